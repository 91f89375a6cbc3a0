#include "auth/oauthcallbackserver.h"
#include "auth/oauthloginflow.h"
#include "auth/oauthpkcecodes.h"
#include "auth/oauthtokenclient.h"
#include "http/httphandler.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace {
QByteArray fakeJwt(const QJsonObject &payload)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
}

// POST /oauth/token of a fake issuer: accepts `expectedCode` when sha256(code_verifier) matches `challenge`.
class FakeTokenEndpoint : public HttpHandler
{
public:
    QByteArray challenge;
    QString expectedCode = QStringLiteral("ac_the-code");
    QString expectedRedirectUri;
    int calls = 0;
    QUrlQuery lastForm;
    QJsonObject lastJson;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override
    {
        ++calls;
        if (request.path != "/oauth/token" || request.method != "POST") {
            responder->send(404, "application/json", "{}");
            return;
        }
        if (request.header("content-type").startsWith("application/json")) {
            lastJson = QJsonDocument::fromJson(request.body).object();
            if (lastJson.value(QStringLiteral("refresh_token")).toString() == QLatin1String("rt_used")) {
                responder->send(400, "application/json", R"({"error":"refresh_token_reused"})");
                return;
            }
            responder->send(200, "application/json", tokens("rt_rotated"));
            return;
        }
        lastForm = QUrlQuery(QString::fromUtf8(request.body));
        const QByteArray verifier = lastForm.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
        const bool ok = lastForm.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("authorization_code")
            && lastForm.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) == expectedCode
            && lastForm.queryItemValue(QStringLiteral("client_id")) == QLatin1String("app_EMoamEEZ73f0CkXaXp7hrann")
            && lastForm.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) == expectedRedirectUri
            && OAuthPkceCodes::challengeFor(verifier) == challenge;
        if (!ok) {
            responder->send(400, "application/json", R"({"error":"invalid_grant"})");
            return;
        }
        responder->send(200, "application/json", tokens("rt_first"));
    }
    QByteArray protocolErrorBody(const QByteArray &, int, const QString &) override { return "{}"; }

    static QByteArray tokens(const char *refreshToken)
    {
        const QJsonObject auth{{QStringLiteral("chatgpt_account_id"), QStringLiteral("acc-42")},
                               {QStringLiteral("chatgpt_plan_type"), QStringLiteral("pro")},
                               {QStringLiteral("chatgpt_user_id"), QStringLiteral("user-42")}};
        const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
        const QByteArray id = fakeJwt({{QStringLiteral("email"), QStringLiteral("me@example.com")},
                                       {QStringLiteral("exp"), exp},
                                       {QStringLiteral("https://api.openai.com/auth"), auth}});
        const QByteArray access = fakeJwt({{QStringLiteral("exp"), exp}});
        return QJsonDocument(QJsonObject{{QStringLiteral("id_token"), QString::fromLatin1(id)},
                                         {QStringLiteral("access_token"), QString::fromLatin1(access)},
                                         {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                                         {QStringLiteral("expires_in"), 3600}})
            .toJson(QJsonDocument::Compact);
    }
};
} // namespace

class TestOAuthLoginFlow : public QObject
{
    Q_OBJECT

private:
    FakeTokenEndpoint m_endpoint;
    HttpServer *m_issuer = nullptr;
    QNetworkAccessManager m_browser;

    OAuthConfig config() const
    {
        OAuthConfig config;
        config.issuer = QStringLiteral("http://127.0.0.1:%1").arg(m_issuer->serverPort());
        config.callbackPorts = {0};
        return config;
    }
    // The "browser": follows the redirect to the callback with the given query.
    QNetworkReply *hitCallback(const OAuthLoginFlow &flow, const QString &query)
    {
        QUrl url(flow.redirectUri());
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setQuery(query);
        return m_browser.get(QNetworkRequest(url));
    }
    void prepare(const OAuthLoginFlow &flow)
    {
        const QUrlQuery query(flow.authorizeUrl());
        m_endpoint.challenge = query.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
        m_endpoint.expectedRedirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_issuer = new HttpServer(&m_endpoint, {}, this);
        QVERIFY(m_issuer->listen(QHostAddress::LocalHost, 0));
    }
    void init() { m_endpoint.calls = 0; }

    void browserFlow()
    {
        OAuthLoginFlow flow(config());
        QSignalSpy urlSpy(&flow, &OAuthLoginFlow::authorizeUrlReady);
        QSignalSpy okSpy(&flow, &OAuthLoginFlow::succeeded);
        QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
        QVERIFY(flow.start());
        QCOMPARE(urlSpy.size(), 1);
        QCOMPARE(urlSpy.first().first().toUrl(), flow.authorizeUrl());
        QVERIFY(flow.hasListener());
        const QUrlQuery query(flow.authorizeUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("state")).toLatin1(), flow.state());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).toLatin1(),
                 OAuthPkceCodes::challengeFor(flow.codeVerifier()));
        QVERIFY(flow.redirectUri().startsWith(QStringLiteral("http://localhost:")));
        QVERIFY(!flow.redirectUri().endsWith(QStringLiteral(":0/auth/callback"))); // the port actually used
        prepare(flow);

        QNetworkReply *reply = hitCallback(flow, QStringLiteral("code=ac_the-code&state=") + QString::fromLatin1(flow.state()));
        QTRY_COMPARE(okSpy.size(), 1);
        QCOMPARE(failSpy.size(), 0);
        const Account account = okSpy.first().at(0).value<Account>();
        const AccountTokens tokens = okSpy.first().at(1).value<AccountTokens>();
        QCOMPARE(account.email, QStringLiteral("me@example.com"));
        QCOMPARE(account.accountId, QStringLiteral("acc-42"));
        QCOMPARE(account.planType, QStringLiteral("pro"));
        QCOMPARE(account.userId, QStringLiteral("user-42"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("rt_first"));
        QVERIFY(tokens.accessTokenExpiresAt > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("Signed in to Codex Bridge"));
        reply->deleteLater();
        QVERIFY(!flow.isRunning());
    }

    void callbackRefusals_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong state") << QStringLiteral("code=ac_the-code&state=forged") << QStringLiteral("state");
        QTest::newRow("denied") << QStringLiteral("error=access_denied&state=STATE") << QStringLiteral("denied");
    }
    void callbackRefusals()
    {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        OAuthLoginFlow flow(config());
        QSignalSpy okSpy(&flow, &OAuthLoginFlow::succeeded);
        QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
        QVERIFY(flow.start());
        prepare(flow);
        query.replace(QStringLiteral("STATE"), QString::fromLatin1(flow.state()));
        QNetworkReply *reply = hitCallback(flow, query);
        QTRY_COMPARE(failSpy.size(), 1);
        QVERIFY2(failSpy.first().first().toString().contains(messagePart), qPrintable(failSpy.first().first().toString()));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("sign-in failed"));
        reply->deleteLater();
        QCOMPARE(okSpy.size(), 0);
        QCOMPARE(m_endpoint.calls, 0); // nothing exchanged
    }

    void strayRequestsDoNotEndTheFlow()
    {
        OAuthLoginFlow flow(config());
        QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
        QVERIFY(flow.start());
        QNetworkReply *reply = hitCallback(flow, QStringLiteral("foo=bar"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        reply->deleteLater();
        QCOMPARE(failSpy.size(), 0);
        QVERIFY(flow.isRunning());
    }

    void pastedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("success");
        QTest::newRow("full url") << QStringLiteral("REDIRECT?code=ac_the-code&state=STATE") << true;
        QTest::newRow("bare code") << QStringLiteral("ac_the-code") << true;
        QTest::newRow("wrong state") << QStringLiteral("REDIRECT?code=ac_the-code&state=nope") << false;
        QTest::newRow("garbage") << QStringLiteral("what?") << false;
        QTest::newRow("denied") << QStringLiteral("REDIRECT?error=access_denied&state=STATE") << false;
        QTest::newRow("unknown code") << QStringLiteral("ac_other-code") << false;
    }
    void pastedInput()
    {
        QFETCH(QString, input);
        QFETCH(bool, success);
        OAuthLoginFlow flow(config());
        QSignalSpy okSpy(&flow, &OAuthLoginFlow::succeeded);
        QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
        QVERIFY(flow.start());
        prepare(flow);
        input.replace(QStringLiteral("REDIRECT"), flow.redirectUri());
        input.replace(QStringLiteral("STATE"), QString::fromLatin1(flow.state()));
        flow.completeFromPastedInput(input);
        QTRY_COMPARE(okSpy.size() + failSpy.size(), 1);
        QCOMPARE(okSpy.size(), success ? 1 : 0);
        // A second paste after the end is ignored.
        QVERIFY(!flow.completeFromPastedInput(QStringLiteral("ac_the-code")));
        QTest::qWait(50);
        QCOMPARE(okSpy.size() + failSpy.size(), 1);
    }

    void busyPorts()
    {
        QTcpServer busy1;
        QTcpServer busy2;
        QVERIFY(busy1.listen(QHostAddress::LocalHost, 0));
        QVERIFY(busy2.listen(QHostAddress::LocalHost, 0));
        OAuthConfig cfg = config();
        cfg.callbackPorts = {busy1.serverPort(), busy2.serverPort()};
        {
            OAuthLoginFlow flow(cfg);
            QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
            QVERIFY(!flow.start());
            QCOMPARE(failSpy.size(), 1);
            QVERIFY(flow.errorString().contains(QString::number(busy1.serverPort())));
            QVERIFY(flow.errorString().contains(QString::number(busy2.serverPort())));
            QVERIFY(flow.errorString().contains(QStringLiteral("in use")));
        }
        {
            // Headless: go on without a listener, the redirect URI names the first (registered) port.
            OAuthLoginFlow flow(cfg);
            flow.setAllowWithoutListener(true);
            QVERIFY(flow.start());
            QVERIFY(!flow.hasListener());
            QCOMPARE(flow.redirectUri(), OAuthConfig::redirectUri(busy1.serverPort()));
            prepare(flow);
            QSignalSpy okSpy(&flow, &OAuthLoginFlow::succeeded);
            flow.completeFromPastedInput(QStringLiteral("ac_the-code"));
            QTRY_COMPARE(okSpy.size(), 1);
        }
        {
            // The fallback port is used when only the first is busy.
            busy2.close();
            OAuthLoginFlow flow(cfg);
            QVERIFY(flow.start());
            QVERIFY(flow.hasListener());
            QCOMPARE(flow.redirectUri(), OAuthConfig::redirectUri(cfg.callbackPorts.at(1)));
        }
    }

    void timeoutAndCancel()
    {
        OAuthLoginFlow flow(config());
        flow.setTimeout(std::chrono::milliseconds(100));
        QSignalSpy failSpy(&flow, &OAuthLoginFlow::failed);
        QVERIFY(flow.start());
        QTRY_COMPARE(failSpy.size(), 1);
        QVERIFY(failSpy.first().first().toString().contains(QStringLiteral("timed out")));
        QVERIFY(!flow.isRunning());

        flow.setTimeout(std::chrono::minutes(10));
        QVERIFY(flow.start());
        const QString redirect = flow.redirectUri();
        flow.cancel();
        QVERIFY(!flow.isRunning());
        QTest::qWait(500);
        QCOMPARE(failSpy.size(), 1); // cancel() does not report a failure
        // The listener is gone: the callback is refused.
        QUrl url(redirect);
        url.setHost(QStringLiteral("127.0.0.1"));
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
    }

    void tokenClientRefresh()
    {
        OAuthTokenClient client(config());
        OAuthTokenResponse result;
        int calls = 0;
        client.refresh(QStringLiteral("rt_first"), [&](const OAuthTokenResponse &r) { result = r; ++calls; });
        QTRY_COMPARE(calls, 1);
        QVERIFY(result.ok());
        QCOMPARE(result.tokens.refreshToken, QStringLiteral("rt_rotated"));
        QCOMPARE(m_endpoint.lastJson.value(QStringLiteral("grant_type")).toString(), QStringLiteral("refresh_token"));
        QCOMPARE(m_endpoint.lastJson.value(QStringLiteral("client_id")).toString(),
                 QStringLiteral("app_EMoamEEZ73f0CkXaXp7hrann"));
        QCOMPARE(m_endpoint.lastJson.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("rt_first"));

        client.refresh(QStringLiteral("rt_used"), [&](const OAuthTokenResponse &r) { result = r; ++calls; });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(result.errorKind, OAuthTokenResponse::ErrorKind::SignInNeeded);
        QCOMPARE(result.errorCode, QStringLiteral("refresh_token_reused"));

        // Nothing listens there: a transient error.
        OAuthConfig closed = config();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed.issuer = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        OAuthTokenClient unreachable(closed);
        unreachable.refresh(QStringLiteral("rt_x"), [&](const OAuthTokenResponse &r) { result = r; ++calls; });
        QTRY_COMPARE(calls, 3);
        QCOMPARE(result.errorKind, OAuthTokenResponse::ErrorKind::Transient);
        QCOMPARE(result.httpStatus, 0);

        // abortAll(): the callback is never called.
        client.refresh(QStringLiteral("rt_first"), [&](const OAuthTokenResponse &) { ++calls; });
        QCOMPARE(client.pendingCount(), 1);
        client.abortAll();
        QTest::qWait(200);
        QCOMPARE(calls, 3);
    }
};

QTEST_GUILESS_MAIN(TestOAuthLoginFlow)
#include "tst_oauthloginflow.moc"
