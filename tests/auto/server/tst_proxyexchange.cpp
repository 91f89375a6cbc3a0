// The fault policy of codex-protocol.md section 6, end to end inside one process: a real HttpServer + ApiRouter
// (the proxy) in front of a scripted upstream on loopback, driven by real HTTP clients.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "http/httphandler.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "server/apirouter.h"
#include "upstream/upstreamclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QByteArray sse(const QList<QJsonObject> &events)
{
    QByteArray out;
    for (const QJsonObject &e : events)
        out += "event: " + e.value(QLatin1String("type")).toString().toUtf8() + "\ndata: "
            + QJsonDocument(e).toJson(QJsonDocument::Compact) + "\n\n";
    return out;
}

QJsonObject ev(const char *type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), QLatin1String(type));
    return fields;
}

QList<QJsonObject> textStreamHead(const QString &text)
{
    const QJsonObject msg{{QStringLiteral("id"), QStringLiteral("msg_1")},
                          {QStringLiteral("type"), QStringLiteral("message")},
                          {QStringLiteral("role"), QStringLiteral("assistant")},
                          {QStringLiteral("content"), QJsonArray()}};
    return {ev("response.created", {{QStringLiteral("response"), QJsonObject{{QStringLiteral("id"), QStringLiteral("resp_1")}}}}),
            ev("response.output_item.added", {{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), msg}}),
            ev("response.content_part.added",
               {{QStringLiteral("output_index"), 0},
                {QStringLiteral("item_id"), QStringLiteral("msg_1")},
                {QStringLiteral("content_index"), 0},
                {QStringLiteral("part"), QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                                     {QStringLiteral("text"), QString()}}}}),
            ev("response.output_text.delta", {{QStringLiteral("output_index"), 0},
                                                {QStringLiteral("item_id"), QStringLiteral("msg_1")},
                                                {QStringLiteral("content_index"), 0},
                                                {QStringLiteral("delta"), text}})};
}

QList<QJsonObject> textStream(const QString &text)
{
    QList<QJsonObject> events = textStreamHead(text);
    QJsonObject done{{QStringLiteral("id"), QStringLiteral("msg_1")},
                     {QStringLiteral("type"), QStringLiteral("message")},
                     {QStringLiteral("role"), QStringLiteral("assistant")},
                     {QStringLiteral("content"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                             {QStringLiteral("text"), text}}}}};
    events << ev("response.output_item.done", {{QStringLiteral("output_index"), 0}, {QStringLiteral("item"), done}})
           << ev("response.completed",
                 {{QStringLiteral("response"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("resp_1")},
                               {QStringLiteral("status"), QStringLiteral("completed")},
                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 10},
                                                                     {QStringLiteral("output_tokens"), 3}}}}}});
    return events;
}

// One scripted upstream reply.
struct Reply
{
    int status = 200;
    QByteArray body;            // SSE for 200, JSON for errors
    bool cutAfterBody = false;  // close the connection without ending the stream
    bool holdOpen = false;      // write the body, then keep the stream open (client-disconnect test)
};

QByteArray unsignedJwt(const QJsonObject &payload);

class ScriptedUpstream : public HttpHandler
{
public:
    QList<Reply> replies;
    QHash<QByteArray, QList<Reply>> repliesByAccount; // by ChatGPT-Account-Id, used before `replies`
    QList<QJsonObject> bodies;
    QList<QByteArray> sessionHeaders;
    QList<QByteArray> authHeaders;
    QList<QByteArray> accountHeaders;
    QPointer<HttpResponder> held;
    bool heldDisconnected = false;

    // The OAuth token endpoint (CODEX_BRIDGE_AUTH_URL points here): scripted error replies, else a fresh rotated
    // token pair per call.
    QList<Reply> tokenReplies;
    QStringList refreshTokensReceived;
    QString lastIssuedAccessToken;
    int tokensIssued = 0;

    void handleRequest(const HttpRequest &request, HttpResponder *responder) override
    {
        if (request.path == "/oauth/token") {
            refreshTokensReceived << QJsonDocument::fromJson(request.body).object().value(QLatin1String("refresh_token")).toString();
            if (!tokenReplies.isEmpty()) {
                const Reply reply = tokenReplies.takeFirst();
                responder->send(reply.status, "application/json", reply.body);
                return;
            }
            ++tokensIssued;
            lastIssuedAccessToken = QString::fromLatin1(unsignedJwt(
                {{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}, {QStringLiteral("n"), tokensIssued}}));
            const QJsonObject body{{QStringLiteral("access_token"), lastIssuedAccessToken},
                                   {QStringLiteral("refresh_token"), QStringLiteral("rt-%1").arg(tokensIssued)},
                                   {QStringLiteral("expires_in"), 3600}};
            responder->send(200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
            return;
        }
        if (request.path.endsWith("/models")) {
            // The proxies' model catalogue fetches are not part of any script.
            responder->send(404, "application/json", R"({"detail":"Not Found"})");
            return;
        }
        bodies.append(QJsonDocument::fromJson(request.body).object());
        sessionHeaders.append(request.header("session_id"));
        authHeaders.append(request.header("authorization"));
        accountHeaders.append(request.header("chatgpt-account-id"));
        QList<Reply> &queue = repliesByAccount.contains(accountHeaders.last()) && !repliesByAccount[accountHeaders.last()].isEmpty()
            ? repliesByAccount[accountHeaders.last()]
            : replies;
        const Reply reply = queue.isEmpty() ? Reply{200, sse(textStream(QStringLiteral("default")))} : queue.takeFirst();
        if (reply.status != 200) {
            responder->send(reply.status, "application/json", reply.body);
            return;
        }
        responder->beginStream(200, "text/event-stream");
        responder->writeChunk(reply.body);
        if (reply.cutAfterBody) {
            responder->abort();
        } else if (reply.holdOpen) {
            held = responder;
            QObject::connect(responder, &HttpResponder::clientDisconnected, responder,
                             [this] { heldDisconnected = true; });
        } else {
            responder->endStream();
        }
    }
    QByteArray protocolErrorBody(const QByteArray &, int, const QString &message) override
    {
        return message.toUtf8();
    }
};

QByteArray unsignedJwt(const QJsonObject &payload)
{
    return "eyJhbGciOiJub25lIn0." + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(
               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + ".sig";
}
} // namespace

class tst_ProxyExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScriptedUpstream m_script;
    std::unique_ptr<HttpServer> m_upstreamServer;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<UpstreamClient> m_upstream;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_proxy;
    QNetworkAccessManager m_nam;

    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
    };

    // A proxy of its own (own config dir, accounts and rotation setting) in front of the same scripted upstream.
    struct Proxy
    {
        QTemporaryDir dir;
        std::unique_ptr<AccountStore> accounts;
        std::unique_ptr<ApiRouter> router;
        std::unique_ptr<HttpServer> server;
        quint16 port() const { return server->serverPort(); }
    };

    static Account account(const QString &id)
    {
        Account a;
        a.email = id + QStringLiteral("@example.com");
        a.accountId = id;
        return a;
    }

    static AccountTokens tokens(qint64 expiresIn, const QString &refreshToken = QStringLiteral("rt-0"))
    {
        return AccountTokens(QString(),
                             QString::fromLatin1(unsignedJwt({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + expiresIn},
                                                              {QStringLiteral("n"), QStringLiteral("initial")}})),
                             refreshToken);
    }

    std::unique_ptr<Proxy> makeProxy(const QStringList &accountIds, const QString &rotation, qint64 expiresIn = 3600)
    {
        auto proxy = std::make_unique<Proxy>();
        if (!proxy->dir.isValid())
            return nullptr;
        proxy->accounts = std::make_unique<AccountStore>(
            proxy->dir.path(), std::make_unique<FileSecretStore>(proxy->dir.filePath(QStringLiteral("secrets.json"))));
        for (const QString &id : accountIds) {
            if (!proxy->accounts->addOrUpdate(account(id), tokens(expiresIn)))
                return nullptr;
        }
        ProxySettings settings;
        if (!rotation.isEmpty())
            settings.rotation = rotation;
        proxy->router = std::make_unique<ApiRouter>(settings, proxy->accounts.get(), m_upstream.get());
        proxy->server = std::make_unique<HttpServer>(proxy->router.get());
        if (!proxy->server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        proxy->router->setListeningPort(proxy->server->serverPort());
        return proxy;
    }

    static QJsonObject withSession(QJsonObject body, const QString &session)
    {
        body.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("user_id"),
                                 QStringLiteral(R"({"device_id":"d","session_id":"%1"})").arg(session)}});
        return body;
    }

    Response post(const QByteArray &path, const QJsonObject &body, quint16 port = 0)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port ? port : m_proxy->serverPort()) + QString::fromLatin1(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!path.contains("chat"))
            request.setRawHeader("anthropic-version", "2023-06-01");
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            qWarning("request did not finish");
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.retryAfter = reply->rawHeader("retry-after");
        reply->deleteLater();
        return r;
    }

    static QJsonObject messages(bool stream)
    {
        return QJsonObject{{QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")},
                           {QStringLiteral("max_tokens"), 100},
                           {QStringLiteral("stream"), stream},
                           {QStringLiteral("messages"),
                            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                   {QStringLiteral("content"), QStringLiteral("hi")}}}}};
    }

    static QJsonObject errorOf(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstreamServer = std::make_unique<HttpServer>(&m_script);
        QVERIFY(m_upstreamServer->listen(QHostAddress::LocalHost, 0));
        // Token refreshes go to the scripted upstream's /oauth/token.
        qputenv("CODEX_BRIDGE_AUTH_URL", QByteArray("http://127.0.0.1:") + QByteArray::number(m_upstreamServer->serverPort()));

        m_accounts = std::make_unique<AccountStore>(
            m_dir.path(), std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets.json"))));
        Account account;
        account.email = QStringLiteral("dev@example.com");
        account.accountId = QStringLiteral("acc-1");
        const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
        AccountTokens tokens(QString(), QString::fromLatin1(unsignedJwt({{QStringLiteral("exp"), exp}})),
                             QStringLiteral("rt"));
        QVERIFY(m_accounts->addOrUpdate(account, tokens));

        UpstreamConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/backend-api/codex").arg(m_upstreamServer->serverPort()));
        config.retryBaseDelayMs = 1;
        m_upstream = std::make_unique<UpstreamClient>(config);
        ProxySettings settings;
        settings.port = 0;
        m_router = std::make_unique<ApiRouter>(settings, m_accounts.get(), m_upstream.get());
        m_proxy = std::make_unique<HttpServer>(m_router.get());
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0));
        m_router->setListeningPort(m_proxy->serverPort());
    }

    void init()
    {
        m_script.replies.clear();
        m_script.bodies.clear();
        m_script.sessionHeaders.clear();
        m_script.authHeaders.clear();
        m_script.accountHeaders.clear();
        m_script.repliesByAccount.clear();
        m_script.tokenReplies.clear();
        m_script.refreshTokensReceived.clear();
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_router.reset();
        m_upstream.reset();
        m_upstreamServer.reset();
    }

    void upstreamErrorBeforeOutput_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QByteArray>("lastBody");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<int>("expectedAttempts");

        const QByteArray plain(R"({"error":{"message":"boom"}})");
        QTest::newRow("503 then success") << QList<int>{503} << QByteArray() << 200 << QString() << 2;
        QTest::newRow("two 500s then success") << QList<int>{500, 500} << QByteArray() << 200 << QString() << 3;
        QTest::newRow("500 four times gives up") << QList<int>{500, 500, 500, 500} << plain << 500 << "api_error" << 4;
        QTest::newRow("overloaded four times") << QList<int>{503, 503, 503, 503} << plain << 529 << "overloaded_error" << 4;
        QTest::newRow("401 twice: one refresh, then authentication_error") << QList<int>{401, 401} << plain << 401 << "authentication_error" << 2;
        QTest::newRow("usage limit") << QList<int>{429}
                                     << QByteArray(R"({"error":{"type":"usage_limit_reached","message":"The usage limit has been reached","resets_in_seconds":120}})")
                                     << 429 << "rate_limit_error" << 1;
        QTest::newRow("context too long -> 413") << QList<int>{400}
                                                 << QByteArray(R"({"error":{"code":"context_length_exceeded","message":"Your input exceeds the context window of this model."}})")
                                                 << 413 << "request_too_large" << 1;
        QTest::newRow("model not allowed") << QList<int>{400}
                                           << QByteArray(R"({"detail":"The 'gpt-x' model is not supported when using Codex with a ChatGPT account."})")
                                           << 400 << "invalid_request_error" << 1;
    }

    void upstreamErrorBeforeOutput()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QByteArray, lastBody);
        QFETCH(int, expectedStatus);
        QFETCH(QString, expectedType);
        QFETCH(int, expectedAttempts);
        for (int status : statuses)
            m_script.replies.append(Reply{status, lastBody.isEmpty() ? QByteArray("{}") : lastBody});
        for (bool stream : {false, true}) {
            QList<Reply> script = m_script.replies;
            m_script.bodies.clear();
            const Response r = post("/v1/messages", messages(stream));
            QCOMPARE(r.status, expectedStatus);
            QCOMPARE(m_script.bodies.size(), expectedAttempts);
            if (expectedStatus == 200) {
                QVERIFY2(r.body.contains("default"), r.body.constData());
                if (stream)
                    QVERIFY(r.body.contains("event: message_stop"));
            } else {
                const QJsonObject error = errorOf(r);
                QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("error"));
                QCOMPARE(error.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(), expectedType);
                QVERIFY(!error.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
            }
            if (expectedStatus == 429)
                QCOMPARE(r.retryAfter, QByteArray("120"));
            m_script.replies = script;
        }
        m_script.replies.clear();
    }

    void openAiClientsGetOpenAiErrors()
    {
        m_script.replies.append(Reply{429, R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":60}})"});
        const QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-5.4")},
                               {QStringLiteral("messages"),
                                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                       {QStringLiteral("content"), QStringLiteral("hi")}}}}};
        const Response r = post("/v1/chat/completions", body);
        QCOMPARE(r.status, 429);
        const QJsonObject error = errorOf(r).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("rate_limit_error"));
        QVERIFY(!errorOf(r).contains(QLatin1String("type")));
    }

    void invalidEncryptedContentRetriesWithoutReasoning()
    {
        m_script.replies.append(Reply{400, R"({"error":{"code":"invalid_encrypted_content","message":"could not decrypt"}})"});
        QJsonObject request = messages(false);
        request.insert(QStringLiteral("messages"),
                       QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("hi")}},
                                  QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"),
                                               QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                                                      {QStringLiteral("thinking"), QStringLiteral("hmm")},
                                                                      {QStringLiteral("signature"), QStringLiteral("gAAAAB-old")}},
                                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                      {QStringLiteral("text"), QStringLiteral("hello")}}}}},
                                  QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("again")}}});
        const Response r = post("/v1/messages", request);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_script.bodies.size(), 2);
        const auto countReasoning = [](const QJsonObject &body) {
            int n = 0;
            for (const QJsonValue &item : body.value(QLatin1String("input")).toArray())
                n += item.toObject().value(QLatin1String("type")).toString() == QLatin1String("reasoning");
            return n;
        };
        QCOMPARE(countReasoning(m_script.bodies.at(0)), 1);
        QCOMPARE(countReasoning(m_script.bodies.at(1)), 0);
    }

    void streamWithoutTerminalBeforeOutputIsRetried()
    {
        m_script.replies.append(Reply{200, sse({ev("response.created", {{QStringLiteral("response"), QJsonObject()}})})});
        const Response r = post("/v1/messages", messages(true));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_script.bodies.size(), 2);
        QVERIFY(r.body.contains("event: message_stop"));
        QVERIFY(!r.body.contains("event: error"));
    }

    void truncatedStreamEndsWithErrorEvent_data()
    {
        QTest::addColumn<bool>("cut");
        QTest::newRow("connection reset mid-stream") << true;
        QTest::newRow("clean end without terminal event") << false;
    }

    void truncatedStreamEndsWithErrorEvent()
    {
        QFETCH(bool, cut);
        Reply reply{200, sse(textStreamHead(QStringLiteral("partial answer")))};
        reply.cutAfterBody = cut;
        m_script.replies.append(reply);
        const Response r = post("/v1/messages", messages(true));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_script.bodies.size(), 1); // output had started: no retry
        QVERIFY(r.body.contains("partial answer"));
        QVERIFY2(r.body.contains("event: error"), r.body.constData());
        QVERIFY(!r.body.contains("message_stop"));
        QVERIFY(!r.body.contains("end_turn"));
    }

    void failedEventBeforeOutputGivesHttpStatus()
    {
        m_script.replies.append(Reply{200, sse({ev("response.created", {{QStringLiteral("response"), QJsonObject()}}),
                                                ev("response.failed",
                                                   {{QStringLiteral("response"),
                                                     QJsonObject{{QStringLiteral("error"),
                                                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("context_length_exceeded")},
                                                                              {QStringLiteral("message"), QStringLiteral("too long")}}}}}})})});
        const Response r = post("/v1/messages", messages(true));
        QCOMPARE(r.status, 413);
        QCOMPARE(errorOf(r).value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("request_too_large"));
    }

    void sessionIdMatchesPromptCacheKey()
    {
        QJsonObject request = messages(false);
        request.insert(QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("user_id"),
                                    QStringLiteral(R"({"device_id":"d","session_id":"3f2a9c1e-1111-4222-8333-444455556666"})")}});
        const Response r = post("/v1/messages", request);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_script.bodies.size(), 1);
        const QString key = m_script.bodies.first().value(QLatin1String("prompt_cache_key")).toString();
        QVERIFY(!key.isEmpty());
        QCOMPARE(QString::fromUtf8(m_script.sessionHeaders.first()), key);
    }

    void clientDisconnectAbortsUpstream()
    {
        Reply reply{200, sse(textStreamHead(QStringLiteral("streaming...")))};
        reply.holdOpen = true;
        m_script.replies.append(reply);
        m_script.heldDisconnected = false;
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_proxy->serverPort());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray body = QJsonDocument(messages(true)).toJson(QJsonDocument::Compact);
        client.write("POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).contains("streaming..."), 10000);
        QVERIFY(m_script.held);
        client.abort();
        // The proxy must drop the upstream request right away.
        QTRY_VERIFY_WITH_TIMEOUT(m_script.heldDisconnected, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_router->inFlight(), 0, 2000);
    }

    void unauthorizedRefreshesOnceThenSucceeds()
    {
        auto proxy = makeProxy({u"acc-r"_s}, QString());
        QVERIFY(proxy);
        const int issuedBefore = m_script.tokensIssued;
        m_script.replies.append(Reply{401, R"({"error":{"message":"token expired","code":"token_expired"}})"});
        const Response r = post("/v1/messages", messages(false), proxy->port());
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("default"));
        QCOMPARE(m_script.bodies.size(), 2);
        QCOMPARE(m_script.refreshTokensReceived, QStringList{u"rt-0"_s});
        QCOMPARE(m_script.tokensIssued, issuedBefore + 1);
        QVERIFY(m_script.authHeaders.at(0) != m_script.authHeaders.at(1));
        QCOMPARE(QString::fromLatin1(m_script.authHeaders.at(1)), u"Bearer "_s + m_script.lastIssuedAccessToken);
        // The rotated tokens were stored.
        const AccountTokens stored = *proxy->accounts->tokens(u"acc-r"_s);
        QCOMPARE(stored.accessToken, m_script.lastIssuedAccessToken);
        QCOMPARE(stored.refreshToken, QStringLiteral("rt-%1").arg(m_script.tokensIssued));
    }

    void expiringTokenIsRefreshedBeforeTheRequest()
    {
        auto proxy = makeProxy({u"acc-x"_s}, QString(), 60); // expires within the 5-minute margin
        QVERIFY(proxy);
        const Response r = post("/v1/messages", messages(true), proxy->port());
        QCOMPARE(r.status, 200);
        QCOMPARE(m_script.refreshTokensReceived, QStringList{u"rt-0"_s});
        QCOMPARE(m_script.bodies.size(), 1);
        QCOMPARE(QString::fromLatin1(m_script.authHeaders.at(0)), u"Bearer "_s + m_script.lastIssuedAccessToken);
    }

    void reusedRefreshTokenNeedsSignIn()
    {
        auto proxy = makeProxy({u"acc-s"_s}, QString());
        QVERIFY(proxy);
        m_script.replies.append(Reply{401, R"({"error":{"message":"expired"}})"});
        m_script.tokenReplies.append(Reply{401, R"({"error":{"message":"Your refresh token has already been used to generate a new access token.","type":"invalid_request_error","code":"refresh_token_reused"}})"});
        const Response r = post("/v1/messages", messages(false), proxy->port());
        QCOMPARE(r.status, 401);
        const QJsonObject error = errorOf(r).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"authentication_error"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"sign in again"_s), qPrintable(error.value(u"message"_s).toString()));
        QVERIFY(error.value(u"message"_s).toString().contains(u"codex-bridge accounts add"_s));
        QCOMPARE(m_script.refreshTokensReceived.size(), 1); // never retried
        QCOMPARE(m_script.bodies.size(), 1);
        QCOMPARE(proxy->accounts->account(u"acc-s"_s)->status, Account::Status::SignInNeeded);
        // The next request is refused at once: no upstream call, no token call.
        const Response again = post("/v1/messages", messages(false), proxy->port());
        QCOMPARE(again.status, 401);
        QCOMPARE(m_script.refreshTokensReceived.size(), 1);
        QCOMPARE(m_script.bodies.size(), 1);
    }

    void usageLimitMovesTheRequestToTheNextAccount_data()
    {
        QTest::addColumn<QString>("rotation");
        QTest::addColumn<bool>("stream");
        QTest::newRow("sticky") << u"sticky"_s << false;
        QTest::newRow("sticky, streaming") << u"sticky"_s << true;
        QTest::newRow("round-robin") << u"round-robin"_s << false;
    }

    void usageLimitMovesTheRequestToTheNextAccount()
    {
        QFETCH(QString, rotation);
        QFETCH(bool, stream);
        auto proxy = makeProxy({u"acc-a"_s, u"acc-b"_s}, rotation);
        QVERIFY(proxy);
        m_script.repliesByAccount["acc-a"].append(
            Reply{429, R"({"error":{"type":"usage_limit_reached","message":"The usage limit has been reached","resets_in_seconds":600}})"});
        const Response r = post("/v1/messages", withSession(messages(stream), u"11111111-1111-4111-8111-111111111111"_s), proxy->port());
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("default"));
        QCOMPARE(m_script.accountHeaders, (QList<QByteArray>{"acc-a", "acc-b"}));
        // A is skipped until its reset: later requests (any session) go to B without touching A.
        m_script.accountHeaders.clear();
        for (const QString &session : {u"11111111-1111-4111-8111-111111111111"_s, u"22222222-2222-4222-8222-222222222222"_s}) {
            const Response next = post("/v1/messages", withSession(messages(false), session), proxy->port());
            QCOMPARE(next.status, 200);
        }
        QCOMPARE(m_script.accountHeaders, (QList<QByteArray>{"acc-b", "acc-b"}));
    }

    void usageLimitWithoutRotationIsReported()
    {
        auto proxy = makeProxy({u"acc-a"_s, u"acc-b"_s}, u"off"_s);
        QVERIFY(proxy);
        m_script.repliesByAccount["acc-a"].append(
            Reply{429, R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":600}})"});
        const Response r = post("/v1/messages", messages(false), proxy->port());
        QCOMPARE(r.status, 429);
        QCOMPARE(m_script.accountHeaders, QList<QByteArray>{"acc-a"});
    }

    void allAccountsExhaustedSaysWhenTheFirstResets()
    {
        auto proxy = makeProxy({u"acc-a"_s, u"acc-b"_s}, u"sticky"_s);
        QVERIFY(proxy);
        m_script.repliesByAccount["acc-a"].append(
            Reply{429, R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":3600}})"});
        m_script.repliesByAccount["acc-b"].append(
            Reply{429, R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":900}})"});
        for (bool stream : {false, true}) {
            const Response r = post("/v1/messages", messages(stream), proxy->port());
            QCOMPARE(r.status, 429);
            const QJsonObject error = errorOf(r).value(u"error"_s).toObject();
            QCOMPARE(error.value(u"type"_s).toString(), u"rate_limit_error"_s);
            const int retryAfter = r.retryAfter.toInt();
            QVERIFY2(retryAfter > 880 && retryAfter <= 900, r.retryAfter.constData());
            // Retry-After is rounded down to whole seconds: the reset minute may be the one a second later.
            const QDateTime resetAt = QDateTime::currentDateTimeUtc().addSecs(retryAfter);
            const QString message = error.value(u"message"_s).toString();
            QVERIFY2(message.contains(resetAt.toString(u"HH:mm"_s)) || message.contains(resetAt.addSecs(1).toString(u"HH:mm"_s)),
                     qPrintable(message));
        }
        QCOMPARE(m_script.accountHeaders, (QList<QByteArray>{"acc-a", "acc-b"})); // the second request sent nothing
    }

    void stickyKeepsASessionOnOneAccount()
    {
        auto proxy = makeProxy({u"acc-a"_s, u"acc-b"_s}, u"sticky"_s);
        QVERIFY(proxy);
        const QString s1 = u"33333333-3333-4333-8333-333333333333"_s;
        const QString s2 = u"44444444-4444-4444-8444-444444444444"_s;
        // s1 moves to B because A is briefly exhausted...
        m_script.repliesByAccount["acc-a"].append(
            Reply{429, R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":1}})"});
        QCOMPARE(post("/v1/messages", withSession(messages(false), s1), proxy->port()).status, 200);
        QCOMPARE(m_script.accountHeaders, (QList<QByteArray>{"acc-a", "acc-b"}));
        QTest::qWait(1100);
        // ...and stays on B after A's reset, while a new session starts on the active account A.
        m_script.accountHeaders.clear();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(post("/v1/messages", withSession(messages(i == 1), s1), proxy->port()).status, 200);
            QCOMPARE(post("/v1/messages", withSession(messages(false), s2), proxy->port()).status, 200);
        }
        QCOMPARE(m_script.accountHeaders,
                 (QList<QByteArray>{"acc-b", "acc-a", "acc-b", "acc-a", "acc-b", "acc-a"}));
    }

    void roundRobinSpreadsRequests()
    {
        auto proxy = makeProxy({u"acc-a"_s, u"acc-b"_s}, u"round-robin"_s);
        QVERIFY(proxy);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(post("/v1/messages", withSession(messages(false), u"55555555-5555-4555-8555-555555555555"_s), proxy->port()).status, 200);
        // The router's one model catalogue fetch (after the first request) also takes a turn, so only check that
        // the requests after it alternate.
        const QList<QByteArray> used = m_script.accountHeaders;
        QCOMPARE(used.size(), 4);
        QCOMPARE(used.first(), QByteArray("acc-a"));
        QVERIFY(used.at(1) != used.at(2));
        QVERIFY(used.at(2) != used.at(3));
    }

    void noAccountIsAClear401()
    {
        QTemporaryDir emptyDir;
        AccountStore empty(emptyDir.path(), std::make_unique<FileSecretStore>(emptyDir.filePath(QStringLiteral("s.json"))));
        ProxySettings settings;
        ApiRouter router(settings, &empty, m_upstream.get());
        HttpServer server(&router);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        router.setListeningPort(server.serverPort());
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/messages").arg(server.serverPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(messages(false)).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("authentication_error"));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("accounts import")));
        QCOMPARE(m_script.bodies.size(), 0);
        delete reply;
    }
};

QTEST_MAIN(tst_ProxyExchange)
#include "tst_proxyexchange.moc"
