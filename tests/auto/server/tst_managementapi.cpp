// The account-management routes through a real HttpServer + ApiRouter: who may use them (management key, or the
// same-origin dashboard; never another origin), what they answer, and that no reply ever contains a token.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "http/httpserver.h"
#include "quota/quotatracker.h"
#include "server/apirouter.h"
#include "server/managementapi.h"
#include "upstream/upstreamclient.h"
#include "usage/usagestats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace {
QByteArray unsignedJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64("{\"alg\":\"none\"}") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
}

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestManagementApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<UpstreamClient> m_upstream;
    std::unique_ptr<QuotaTracker> m_quota;
    std::unique_ptr<UsageStats> m_usage;
    std::unique_ptr<ManagementApi> m_api;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_key;
    QStringList m_secrets;

    Response request(const QByteArray &method, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                     const QByteArray &body = {})
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
        for (const QString &secret : std::as_const(m_secrets))
            if (response.body.contains(secret.toUtf8()))
                qFatal("a reply contains a token");
        return response;
    }
    Response withKey(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return request(method, path, {{"X-Codex-Bridge-Key", m_key}}, body);
    }
    QByteArray ownOrigin() const { return "http://127.0.0.1:" + QByteArray::number(m_server->serverPort()); }

    void addAccount(const QString &email, const QString &accountId)
    {
        Account account;
        account.email = email;
        account.accountId = accountId;
        account.planType = u"plus"_s;
        const QString access = QString::fromLatin1(
            unsignedJwt({{u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600}, {u"sub"_s, email}}));
        const QString refresh = u"rt-secret-"_s + accountId;
        const QString id = QString::fromLatin1(unsignedJwt({{u"email"_s, email}, {u"nonce"_s, accountId}}));
        m_secrets << access << refresh << id;
        QVERIFY(m_accounts->addOrUpdate(account, AccountTokens(id, access, refresh)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CODEX_BRIDGE_OAUTH_CALLBACK_PORT", "0");
        qputenv("CODEX_BRIDGE_AUTH_URL", "http://127.0.0.1:9/fake-issuer");
        m_accounts = std::make_unique<AccountStore>(
            m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(u"secrets.json"_s)));
        addAccount(u"one@example.com"_s, u"acc-1"_s);
        addAccount(u"two@example.com"_s, u"acc-2"_s);

        QString error;
        m_key = ManagementApi::loadOrCreateKey(m_dir.path(), &error);
        QVERIFY2(!m_key.isEmpty(), qPrintable(error));
        UpstreamConfig config;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/backend-api/codex"_s); // nothing listens: polls fail fast
        m_upstream = std::make_unique<UpstreamClient>(config);
        m_quota = std::make_unique<QuotaTracker>(m_accounts.get(), m_upstream.get());
        m_usage = std::make_unique<UsageStats>(m_dir.filePath(u"usage.json"_s));
        m_api = std::make_unique<ManagementApi>(m_accounts.get(), m_quota.get(), m_usage.get(), m_key);
        ProxySettings settings;
        settings.port = 0;
        m_router = std::make_unique<ApiRouter>(settings, m_accounts.get(), m_upstream.get());
        m_router->setManagementApi(m_api.get());
        m_server = std::make_unique<HttpServer>(m_router.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_router->setListeningPort(m_server->serverPort());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_router.reset();
    }

    void keyFile()
    {
        QFile file(m_dir.filePath(ManagementApi::keyFileName()));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                       | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_key);
        QCOMPARE(QByteArray::fromBase64(m_key, QByteArray::Base64UrlEncoding).size(), 32);
        // Stable across starts, distinct per install.
        QCOMPARE(ManagementApi::loadOrCreateKey(m_dir.path()), m_key);
        QTemporaryDir other;
        QVERIFY(ManagementApi::loadOrCreateKey(other.path()) != m_key);
    }

    void access_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<int>("status");

        using H = HeaderList;
        QTest::newRow("no key") << QByteArray("GET") << u"/accounts"_s << H{} << 403;
        QTest::newRow("wrong key") << QByteArray("GET") << u"/accounts"_s << H{{"X-Codex-Bridge-Key", "wrong"}} << 403;
        QTest::newRow("client api key is not a management key")
            << QByteArray("GET") << u"/accounts"_s << H{{"x-api-key", "KEY"}} << 403;
        QTest::newRow("right key") << QByteArray("GET") << u"/accounts"_s << H{{"X-Codex-Bridge-Key", "KEY"}} << 200;
        QTest::newRow("right key, switch") << QByteArray("POST") << u"/accounts/switch"_s
                                           << H{{"X-Codex-Bridge-Key", "KEY"}} << 400; // allowed, but no body
        QTest::newRow("foreign origin with key")
            << QByteArray("GET") << u"/accounts"_s
            << H{{"X-Codex-Bridge-Key", "KEY"}, {"Origin", "http://evil.example"}} << 403;
        QTest::newRow("foreign origin same-origin claim")
            << QByteArray("POST") << u"/accounts/switch"_s
            << H{{"Origin", "http://evil.example"}, {"Sec-Fetch-Site", "same-origin"}} << 403;
        QTest::newRow("own origin, cross-site fetch")
            << QByteArray("GET") << u"/accounts"_s << H{{"Origin", "OWN"}, {"Sec-Fetch-Site", "cross-site"}} << 403;
        QTest::newRow("own origin without Sec-Fetch-Site")
            << QByteArray("GET") << u"/accounts"_s << H{{"Origin", "OWN"}} << 403;
        QTest::newRow("own origin, same-site") << QByteArray("GET") << u"/accounts"_s
                                               << H{{"Origin", "OWN"}, {"Sec-Fetch-Site", "same-site"}} << 403;
        QTest::newRow("dashboard (same-origin)")
            << QByteArray("GET") << u"/accounts/status"_s << H{{"Origin", "OWN"}, {"Sec-Fetch-Site", "same-origin"}}
            << 200;
        QTest::newRow("foreign Host (DNS rebinding)")
            << QByteArray("GET") << u"/accounts"_s << H{{"X-Codex-Bridge-Key", "KEY"}, {"Host", "evil.example"}} << 403;
        QTest::newRow("no key, usage") << QByteArray("GET") << u"/accounts/usage"_s << H{} << 403;
        QTest::newRow("no key, delete") << QByteArray("DELETE") << u"/accounts/one@example.com"_s << H{} << 403;
        QTest::newRow("no key, add") << QByteArray("POST") << u"/accounts/add"_s << H{} << 403;
        QTest::newRow("auth callback on the proxy port")
            << QByteArray("GET") << u"/auth/callback?code=x&state=y"_s << H{{"X-Codex-Bridge-Key", "KEY"}} << 404;
    }

    void access()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(HeaderList, headers);
        QFETCH(int, status);
        for (auto &header : headers) {
            if (header.second == "KEY")
                header.second = m_key;
            else if (header.second == "OWN")
                header.second = ownOrigin();
        }
        const Response response = request(method, path, headers);
        QCOMPARE(response.status, status);
        QVERIFY(!response.json().isEmpty());
        if (status == 403)
            QCOMPARE(response.json().value(u"error"_s).toObject().value(u"type"_s).toString(), u"permission_error"_s);
        // Still one active account, unchanged by refused requests.
        QCOMPARE(m_accounts->accounts().size(), 2);
    }

    void listAndStatus()
    {
        const Response list = withKey("GET", u"/accounts"_s);
        QCOMPARE(list.status, 200);
        const QJsonObject json = list.json();
        QCOMPARE(json.value(u"total"_s).toInt(), 2);
        QCOMPARE(json.value(u"active"_s).toString(), u"one@example.com"_s);
        const QJsonArray accounts = json.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(1).toObject().value(u"email"_s).toString(), u"two@example.com"_s);
        QCOMPARE(accounts.at(0).toObject().value(u"active"_s).toBool(), true);
        QCOMPARE(accounts.at(1).toObject().value(u"active"_s).toBool(), false);
        QCOMPARE(accounts.at(1).toObject().value(u"planType"_s).toString(), u"plus"_s);

        const Response status = withKey("GET", u"/accounts/status"_s);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(u"usable"_s).toInt(), 2);
        QCOMPARE(status.json().value(u"activeAccount"_s).toObject().value(u"email"_s).toString(), u"one@example.com"_s);
    }

    void quotaFromHeaders()
    {
        m_quota->updateFromHeaders(u"one@example.com"_s, {{"x-codex-primary-used-percent", "33.5"},
                                                          {"x-codex-primary-window-minutes", "300"},
                                                          {"x-codex-plan-type", "plus"}});
        const Response active = withKey("GET", u"/accounts/quota"_s);
        QCOMPARE(active.status, 200);
        QCOMPARE(active.json().value(u"email"_s).toString(), u"one@example.com"_s);
        const QJsonObject quota = active.json().value(u"quota"_s).toObject();
        QCOMPARE(quota.value(u"five_hour"_s).toObject().value(u"used_percent"_s).toDouble(), 33.5);
        QVERIFY(quota.value(u"weekly"_s).toObject().value(u"used_percent"_s).isNull());

        const Response all = withKey("GET", u"/accounts/quota/all"_s);
        QCOMPARE(all.status, 200);
        const QJsonArray rows = all.json().value(u"accounts"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"quota"_s).toObject().value(u"plan_type"_s).toString(), u"plus"_s);
        QVERIFY(rows.at(1).toObject().value(u"quota"_s).isNull()); // nothing known: null, not zeros
    }

    void usage()
    {
        RequestRecord record;
        record.account = u"one@example.com"_s;
        record.clientModel = u"claude-sonnet-4-5"_s;
        record.upstreamModel = u"gpt-5.1-codex"_s;
        record.inputTokens = 120;
        record.outputTokens = 8;
        m_usage->record(record);
        m_usage->record(record);
        const Response usage = withKey("GET", u"/accounts/usage?days=1"_s);
        QCOMPARE(usage.status, 200);
        QCOMPARE(usage.json().value(u"total"_s).toObject().value(u"requests"_s).toInteger(), 2);
        QCOMPARE(usage.json().value(u"byAccount"_s).toObject().value(u"one@example.com"_s).toObject()
                     .value(u"inputTokens"_s).toInteger(), 240);
    }

    void addStartsSignIn()
    {
        const Response add = withKey("POST", u"/accounts/add"_s, "{}");
        QCOMPARE(add.status, 200);
        QCOMPARE(add.json().value(u"status"_s).toString(), u"oauth_url"_s);
        const QUrl url(add.json().value(u"oauth_url"_s).toString());
        QCOMPARE(url.path(), u"/fake-issuer/oauth/authorize"_s);
        QVERIFY(add.json().value(u"callback_port"_s).toInt() > 0);
        QVERIFY(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                    .endsWith(u":%1/auth/callback"_s.arg(add.json().value(u"callback_port"_s).toInt())));
    }

    void switchAndRemove()
    {
        QCOMPARE(withKey("POST", u"/accounts/switch"_s, "{\"email\":\"nobody@example.com\"}").status, 404);
        QCOMPARE(withKey("POST", u"/accounts/switch"_s, "not json").status, 400);
        QCOMPARE(withKey("GET", u"/accounts/switch"_s).status, 405);
        const Response switched = withKey("POST", u"/accounts/switch"_s, "{\"email\":\"two@example.com\"}");
        QCOMPARE(switched.status, 200);
        QVERIFY(switched.json().value(u"success"_s).toBool());
        QCOMPARE(m_accounts->activeAccount()->email, u"two@example.com"_s);

        // The dashboard may switch too.
        const Response dashboard = request("POST", u"/accounts/switch"_s,
                                           {{"Origin", ownOrigin()}, {"Sec-Fetch-Site", "same-origin"}},
                                           "{\"email\":\"one@example.com\"}");
        QCOMPARE(dashboard.status, 200);
        QCOMPARE(m_accounts->activeAccount()->email, u"one@example.com"_s);

        QCOMPARE(withKey("DELETE", u"/accounts/nobody@example.com"_s).status, 404);
        const Response removed = withKey("DELETE", u"/accounts/one@example.com"_s);
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json().value(u"active"_s).toString(), u"two@example.com"_s);
        QCOMPARE(m_accounts->accounts().size(), 1);
    }

    void otherRoutesUnaffected()
    {
        // The health route needs no management key.
        const Response health = request("GET", u"/health"_s, {});
        QCOMPARE(health.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_managementapi.moc"
