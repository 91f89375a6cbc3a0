// The /claude/config routes through a real HttpServer + ApiRouter over loopback: who may use them, the reply
// shapes (reference-compatible), the file they write, and that no reply ever contains the client key.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "claude/claudeconfigapi.h"
#include "http/httpserver.h"
#include "server/apirouter.h"
#include "server/managementapi.h"
#include "upstream/upstreamclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QByteArray ClientKey = "client-key-for-claude-tests-0123456789";

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestClaudeConfigApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<UpstreamClient> m_upstream;
    std::unique_ptr<ManagementApi> m_management;
    std::unique_ptr<ClaudeConfigApi> m_api;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_key;

    Response request(const QByteArray &method, const QString &path, const HeaderList &headers, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path)));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(req, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("request timed out");
        Response response{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        if (response.body.contains(ClientKey))
            qFatal("a reply contains the client key");
        return response;
    }
    Response withKey(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return request(method, path, {{"X-Codex-Bridge-Key", m_key}}, body);
    }
    QByteArray ownOrigin() const { return "http://127.0.0.1:" + QByteArray::number(m_server->serverPort()); }
    QString proxyUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()); }
    void writeSettings(const QByteArray &bytes)
    {
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"claude"_s)));
        qputenv("CLAUDE_CONFIG_DIR", m_dir.filePath(u"claude"_s).toUtf8());
        m_settingsPath = m_dir.filePath(u"claude/settings.json"_s);
        m_accounts = std::make_unique<AccountStore>(m_dir.path(),
                                                    std::make_unique<FileSecretStore>(m_dir.filePath(u"secrets.json"_s)));
        QString error;
        m_key = ManagementApi::loadOrCreateKey(m_dir.path(), &error);
        QVERIFY2(!m_key.isEmpty(), qPrintable(error));
        UpstreamConfig config;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/backend-api/codex"_s);
        m_upstream = std::make_unique<UpstreamClient>(config);
        m_management = std::make_unique<ManagementApi>(m_accounts.get(), nullptr, nullptr, m_key);
        ProxySettings settings;
        settings.port = 0; // as with `serve --port 0`: the URL must use the port actually listened on
        settings.clientKey = QString::fromLatin1(ClientKey);
        settings.modelMapper.setFamilyTarget(ModelMapper::Family::Opus, u"gpt-5.4"_s);
        m_api = std::make_unique<ClaudeConfigApi>(settings, m_dir.path(), m_management.get());
        m_router = std::make_unique<ApiRouter>(settings, m_accounts.get(), m_upstream.get());
        m_router->setManagementApi(m_management.get());
        m_router->setClaudeConfigApi(m_api.get());
        m_server = std::make_unique<HttpServer>(m_router.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_router->setListeningPort(m_server->serverPort());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_router.reset();
        qunsetenv("CLAUDE_CONFIG_DIR");
    }

    void access_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("status");
        const QList<QPair<QByteArray, QString>> routes{
            {"GET", u"/claude/config"_s}, {"POST", u"/claude/config/proxy"_s}, {"POST", u"/claude/config/direct"_s}};
        for (const auto &[method, path] : routes) {
            const QByteArray name = method + ' ' + path.toUtf8();
            QTest::addRow("%s: no key", name.constData()) << method << path << HeaderList{} << 403;
            QTest::addRow("%s: wrong key", name.constData())
                << method << path << HeaderList{{"X-Codex-Bridge-Key", "not-the-key-0123456789012345678901"}} << 403;
            // The client key opens the API routes, not these.
            QTest::addRow("%s: client key", name.constData())
                << method << path << HeaderList{{"x-api-key", ClientKey}} << 403;
            QTest::addRow("%s: other origin", name.constData())
                << method << path << HeaderList{{"Origin", "http://evil.example"}, {"X-Codex-Bridge-Key", "x"}} << 403;
            QTest::addRow("%s: same origin, not a fetch", name.constData())
                << method << path << HeaderList{{"Origin", "SELF"}} << 403;
            QTest::addRow("%s: dashboard", name.constData())
                << method << path << HeaderList{{"Origin", "SELF"}, {"Sec-Fetch-Site", "same-origin"}} << 200;
            QTest::addRow("%s: management key", name.constData())
                << method << path << HeaderList{{"X-Codex-Bridge-Key", "KEY"}} << 200;
        }
    }

    void access()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(HeaderList, headers);
        QFETCH(int, status);
        for (auto &[name, value] : headers) {
            if (value == "SELF")
                value = ownOrigin();
            else if (value == "KEY")
                value = m_key;
        }
        const QByteArray before = readAll(m_settingsPath);
        const Response response = request(method, path, headers);
        QCOMPARE(response.status, status);
        QCOMPARE(response.json().value(u"success"_s).toBool(), status == 200);
        if (status != 200) {
            QCOMPARE(response.json().value(u"error"_s).toObject().value(u"type"_s).toString(), u"permission_error"_s);
            QCOMPARE(readAll(m_settingsPath), before); // refused: nothing written
        }
        withKey("POST", u"/claude/config/direct"_s); // back to off for the next row
    }

    void onAndOff()
    {
        const QByteArray original = "{\n  \"env\": {\n    \"ANTHROPIC_AUTH_TOKEN\": \"user-own-anthropic-token-xyz\"\n  },\n"
                                    "  \"theme\": \"dark\"\n}\n";
        writeSettings(original);
        Response response = withKey("GET", u"/claude/config"_s);
        QCOMPARE(response.status, 200);
        QJsonObject json = response.json();
        QCOMPARE(json.value(u"state"_s).toString(), u"off"_s);
        QCOMPARE(json.value(u"configured"_s).toBool(), false);
        QCOMPARE(json.value(u"path"_s).toString(), m_settingsPath);
        QCOMPARE(json.value(u"exists"_s).toBool(), true);
        QCOMPARE(json.value(u"proxyUrl"_s).toString(), proxyUrl());
        // The user's own token is masked too.
        QCOMPARE(json.value(u"config"_s).toObject().value(u"env"_s).toObject().value(u"ANTHROPIC_AUTH_TOKEN"_s).toString(),
                 u"use…-xyz"_s);
        QVERIFY(!response.body.contains("user-own-anthropic-token"));

        response = withKey("POST", u"/claude/config/proxy"_s);
        QCOMPARE(response.status, 200);
        json = response.json();
        QCOMPARE(json.value(u"success"_s).toBool(), true);
        QCOMPARE(json.value(u"message"_s).toString(), u"Claude CLI configured to use proxy at %1"_s.arg(proxyUrl()));
        QCOMPARE(json.value(u"state"_s).toString(), u"on"_s);
        QCOMPARE(json.value(u"configured"_s).toBool(), true);
        const QJsonObject env = json.value(u"config"_s).toObject().value(u"env"_s).toObject();
        QCOMPARE(env.value(u"ANTHROPIC_BASE_URL"_s).toString(), proxyUrl());
        QCOMPARE(env.value(u"ANTHROPIC_DEFAULT_OPUS_MODEL"_s).toString(), u"gpt-5.4"_s);
        QCOMPARE(env.value(u"ANTHROPIC_AUTH_TOKEN"_s).toString(), u"cli…6789"_s);
        const QJsonObject written = QJsonDocument::fromJson(readAll(m_settingsPath)).object();
        QCOMPARE(written.value(u"env"_s).toObject().value(u"ANTHROPIC_AUTH_TOKEN"_s).toString(), QString::fromLatin1(ClientKey));
        QCOMPARE(written.value(u"theme"_s).toString(), u"dark"_s);

        // The reference's direct mode takes an API key; it is not written anywhere.
        response = withKey("POST", u"/claude/config/direct"_s, R"({"apiKey":"sk-ant-api03-never-written-0000"})");
        QCOMPARE(response.status, 200);
        json = response.json();
        QCOMPARE(json.value(u"state"_s).toString(), u"off"_s);
        QVERIFY(json.value(u"notes"_s).toArray().first().toString().contains(u"apiKey"_s));
        QCOMPARE(readAll(m_settingsPath), original);
        QVERIFY(!readAll(m_settingsPath + u".codex-bridge.bak"_s).contains("never-written"));
    }

    void invalidFileIsAConflict()
    {
        const QByteArray broken = "{\n  \"env\": {\n    \"A\": 1,\n  }\n}\n";
        writeSettings(broken);
        Response response = withKey("GET", u"/claude/config"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"state"_s).toString(), u"invalid"_s);
        QVERIFY(response.json().value(u"message"_s).toString().contains(u"line 4"_s));
        for (const QString &path : {u"/claude/config/proxy"_s, u"/claude/config/direct"_s}) {
            response = withKey("POST", path);
            QCOMPARE(response.status, 409);
            QCOMPARE(response.json().value(u"success"_s).toBool(), false);
            QVERIFY(response.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(m_settingsPath));
            QCOMPARE(readAll(m_settingsPath), broken);
        }
        QFile::remove(m_settingsPath);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("POST on the status route") << QByteArray("POST") << u"/claude/config"_s << QByteArray() << 405;
        QTest::newRow("GET on proxy") << QByteArray("GET") << u"/claude/config/proxy"_s << QByteArray() << 405;
        QTest::newRow("DELETE on direct") << QByteArray("DELETE") << u"/claude/config/direct"_s << QByteArray() << 405;
        QTest::newRow("unknown") << QByteArray("GET") << u"/claude/config/other"_s << QByteArray() << 404;
        QTest::newRow("body not JSON") << QByteArray("POST") << u"/claude/config/direct"_s << QByteArray("{apiKey") << 400;
        QTest::newRow("body an array") << QByteArray("POST") << u"/claude/config/proxy"_s << QByteArray("[]") << 400;
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Response response = withKey(method, path, body);
        QCOMPARE(response.status, status);
        QCOMPARE(response.json().value(u"success"_s).toBool(true), false);
        QVERIFY(!response.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(!QFile::exists(m_settingsPath));
    }
};

QTEST_GUILESS_MAIN(TestClaudeConfigApi)
#include "tst_claudeconfigapi.moc"
