// /settings/providers and /settings/haiku-model through a real HttpServer + ApiRouter: who may use them (the
// management key or the same-origin dashboard, like the account routes), what they answer, that no reply and no
// file of the config dir ever contains an API key, and the connection test against a port nobody listens on.
// The server fixture is the dashboard tests' (DashboardServer).
#include "../dashboard/dashboardserver.h"
#include "providers/providerclient.h"
#include "providers/providerrouter.h"
#include "providers/providersettingsapi.h"
#include "providers/providerstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr auto ApiKey = "sk-test-7f3c0b5e9d2a4c61b8e0f1a2d3c4b5a6";

} // namespace

class TestProviderSettingsApi : public QObject
{
    Q_OBJECT

    DashboardServer m_server; // router, management key and loopback HTTP client shared with the dashboard tests
    std::unique_ptr<ProviderStore> m_store;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<ProviderRouter> m_providerRouter;
    std::unique_ptr<ProviderSettingsApi> m_settings;

    HttpResult request(const QByteArray &method, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                       const QJsonObject &body = {})
    {
        const HttpResult response = m_server.request(
            method, path, headers, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (response.body.contains(ApiKey))
            qFatal("a reply contains the API key");
        return response;
    }
    HttpResult withKey(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return request(method, path, {{"X-Codex-Bridge-Key", m_server.key}}, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_store = std::make_unique<ProviderStore>(m_server.dir.path(), m_server.accounts->secretStore());
        QVERIFY(m_store->load());
        m_client = std::make_unique<ProviderClient>();
        m_providerRouter = std::make_unique<ProviderRouter>(m_store.get(), m_client.get());
        m_settings = std::make_unique<ProviderSettingsApi>(m_store.get(), m_client.get(), m_server.management.get());
        m_server.router->setProviders(m_providerRouter.get(), m_settings.get());
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void refusedWithoutTheKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        for (const QString &path : {u"/settings/providers"_s, u"/settings/haiku-model"_s}) {
            for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
                const QByteArray tag = method + ' ' + path.toUtf8();
                QTest::newRow((tag + " nothing").constData()) << method << path << QByteArray() << QByteArray();
                QTest::newRow((tag + " wrong key").constData()) << method << path << QByteArray("X-Codex-Bridge-Key")
                                                                << QByteArray("not-the-key-not-the-key-not-the-key");
                QTest::newRow((tag + " other origin").constData()) << method << path << QByteArray("Origin")
                                                                   << QByteArray("http://evil.example");
            }
        }
    }

    void refusedWithoutTheKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({header, value});
        const HttpResult response = request(method, path, headers,
                                          QJsonObject{{u"action"_s, u"remove"_s}, {u"id"_s, u"x"_s}});
        QCOMPARE(response.status, 403);
        // Refused by the route (management key) or, for a web page's Origin, by RequestGuard before it.
        QVERIFY(response.json().value(u"error"_s).isObject());
        QVERIFY(m_store->providers().isEmpty());
    }

    void sameOriginDashboardIsAllowed()
    {
        const HttpResult response = request("POST", u"/settings/providers"_s, m_server.pageHeaders("POST"),
                                            {{u"action"_s, u"routes"_s}});
        QCOMPARE(response.status, 200);
    }

    void addListUpdateRemove()
    {
        const QJsonObject provider{{u"name"_s, u"Local Ollama"_s},
                                   {u"baseUrl"_s, u"http://127.0.0.1:9/v1"_s},
                                   {u"headers"_s, QJsonObject{{u"X-Title"_s, u"bridge"_s}}},
                                   {u"models"_s, QJsonArray{u"qwen3:8b"_s}}};
        HttpResult added = withKey("POST", u"/settings/providers"_s,
                                 {{u"action"_s, u"add"_s}, {u"provider"_s, provider}, {u"apiKey"_s, QString::fromLatin1(ApiKey)}});
        QCOMPARE(added.status, 200);
        const QJsonObject listed = added.json().value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(listed.value(u"id"_s).toString(), u"local-ollama"_s);
        QCOMPARE(listed.value(u"hasApiKey"_s).toBool(), true);
        QCOMPARE(m_store->apiKey(u"local-ollama"_s), QByteArray(ApiKey));

        QCOMPARE(withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"add"_s}, {u"provider"_s, provider}}).status, 409);
        QCOMPARE(withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"fly"_s}}).status, 400);

        // An update without apiKey keeps the key.
        QJsonObject renamed = provider;
        renamed.insert(u"id"_s, u"local-ollama"_s);
        renamed.insert(u"name"_s, u"Ollama here"_s);
        const HttpResult updated = withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"update"_s}, {u"provider"_s, renamed}});
        QCOMPARE(updated.status, 200);
        const QJsonObject after = updated.json().value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(after.value(u"name"_s).toString(), u"Ollama here"_s);
        QCOMPARE(after.value(u"hasApiKey"_s).toBool(), true);

        // Haiku model, compatible with the reference program's route.
        const HttpResult haiku = withKey("POST", u"/settings/haiku-model"_s, {{u"haikuKiloModel"_s, u"local-ollama/qwen3:8b"_s}});
        QCOMPARE(haiku.status, 200);
        QCOMPARE(haiku.json(), (QJsonObject{{u"success"_s, true}, {u"haikuKiloModel"_s, u"local-ollama/qwen3:8b"_s},
                                            {u"kiloEnabled"_s, true}, {u"routeHaiku"_s, false}}));
        QCOMPARE(withKey("GET", u"/settings/haiku-model"_s).json(), haiku.json());
        QCOMPARE(withKey("POST", u"/settings/haiku-model"_s, {{u"haikuKiloModel"_s, 5}}).status, 400);

        // Routing rules must name a provider that exists.
        const HttpResult badRoute = withKey("POST", u"/settings/providers"_s,
                                          {{u"action"_s, u"routes"_s},
                                           {u"routes"_s, QJsonArray{QJsonObject{{u"match"_s, u"haiku"_s}, {u"provider"_s, u"nope"_s}}}}});
        QCOMPARE(badRoute.status, 400);

        // No file of the config dir holds the key (secrets.json stands in for the keychain here).
        QDirIterator it(m_server.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (QFileInfo(file).fileName() == u"secrets.json"_s)
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(ApiKey), qPrintable(file.fileName()));
        }

        // Nothing listens on port 9: the test reports the failure, not an error of the route.
        const HttpResult tested = withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"test"_s}, {u"id"_s, u"local-ollama"_s}});
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.json().value(u"success"_s).toBool(true), false);
        QCOMPARE(tested.json().value(u"status"_s).toInt(-1), 0);
        QVERIFY(!tested.json().value(u"message"_s).toString().isEmpty());

        const HttpResult removed = withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"remove"_s}, {u"id"_s, u"local-ollama"_s}});
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.json().value(u"providers"_s).toArray().isEmpty());
        QVERIFY(m_store->apiKey(u"local-ollama"_s).isEmpty());
        QCOMPARE(withKey("GET", u"/settings/haiku-model"_s).json().value(u"kiloEnabled"_s).toBool(true), false);
        QCOMPARE(withKey("POST", u"/settings/providers"_s, {{u"action"_s, u"remove"_s}, {u"id"_s, u"local-ollama"_s}}).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestProviderSettingsApi)
#include "tst_providersettingsapi.moc"
