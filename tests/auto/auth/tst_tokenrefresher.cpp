// TokenRefresher: single-flight per account, the rotated refresh token stored before any waiter runs, sign-in
// errors marking the account and never retried, transient errors retried with backoff, token reply parsing.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "auth/tokenrefresher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fakeJwt(const QJsonObject &payload)
{
    return u"eyJhbGciOiJub25lIn0."_s
        + QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + u".sig"_s;
}

QString accessToken(const QString &tag, qint64 expiresIn)
{
    return fakeJwt({{u"exp"_s, QDateTime::currentSecsSinceEpoch() + expiresIn}, {u"nonce"_s, tag}});
}

// Stands in for the OAuth server: records each token request and answers when the test says so.
struct FakeTokenServer
{
    QStringList refreshTokensSeen;
    QList<std::function<void(const TokenRefresher::TokenReply &)>> pending;
    QList<TokenRefresher::TokenReply> scripted; // answered at once, in order, while not empty

    TokenRefresher::TokenFunction function()
    {
        return [this](const QString &refreshToken, std::function<void(const TokenRefresher::TokenReply &)> done) {
            refreshTokensSeen << refreshToken;
            if (!scripted.isEmpty())
                done(scripted.takeFirst());
            else
                pending << std::move(done);
        };
    }

    static TokenRefresher::TokenReply ok(const QString &access, const QString &refresh)
    {
        TokenRefresher::TokenReply reply;
        reply.outcome = TokenRefresher::TokenReply::Outcome::Ok;
        reply.accessToken = access;
        reply.refreshToken = refresh;
        return reply;
    }
    static TokenRefresher::TokenReply failure(TokenRefresher::TokenReply::Outcome outcome, const QString &code)
    {
        TokenRefresher::TokenReply reply;
        reply.outcome = outcome;
        reply.errorCode = code;
        reply.message = code;
        return reply;
    }
};
} // namespace

class tst_TokenRefresher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    const QString m_key = u"acc-1"_s;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<AccountStore>(
            m_dir->path(), std::make_unique<FileSecretStore>(m_dir->filePath(u"secrets.json"_s)));
        Account account;
        account.email = u"dev@example.com"_s;
        account.accountId = m_key;
        QVERIFY(m_store->addOrUpdate(account, AccountTokens(QString(), accessToken(u"old"_s, -10), u"rt-1"_s)));
    }

    void concurrentRequestsShareOneRefresh()
    {
        FakeTokenServer server;
        TokenRefresher refresher(m_store.get(), server.function());
        const QString newAccess = accessToken(u"new"_s, 3600);
        int released = 0;
        int sawStoredRotation = 0;
        for (int i = 0; i < 50; ++i) {
            refresher.refresh(m_key, [&](const TokenRefresher::Result &result) {
                ++released;
                QVERIFY(result.tokens);
                QCOMPARE(result.tokens->accessToken, newAccess);
                // The rotated refresh token is in the store before any waiter runs.
                const std::optional<AccountTokens> stored = m_store->tokens(m_key);
                if (stored && stored->refreshToken == u"rt-2"_s && stored->accessToken == newAccess)
                    ++sawStoredRotation;
            });
        }
        QVERIFY(refresher.isRefreshing(m_key));
        QCOMPARE(server.pending.size(), 1);
        QCOMPARE(server.refreshTokensSeen, QStringList{u"rt-1"_s});
        QCOMPARE(released, 0);
        server.pending.takeFirst()(FakeTokenServer::ok(newAccess, u"rt-2"_s));
        QCOMPARE(released, 50);
        QCOMPARE(sawStoredRotation, 50);
        QVERIFY(!refresher.isRefreshing(m_key));
        QCOMPARE(refresher.tokenRequestCount(), 1);
        const AccountTokens stored = *m_store->tokens(m_key);
        QVERIFY(!stored.expiresWithin(TokenRefresher::ProactiveMargin));
        QVERIFY(stored.lastRefresh.isValid());

        // The next refresh is a new flight with the rotated token.
        refresher.refresh(m_key, [](const TokenRefresher::Result &) {});
        QCOMPARE(server.refreshTokensSeen, (QStringList{u"rt-1"_s, u"rt-2"_s}));
    }

    void waiterAskingAgainStartsANewFlight()
    {
        FakeTokenServer server;
        TokenRefresher refresher(m_store.get(), server.function());
        bool secondDone = false;
        refresher.refresh(m_key, [&](const TokenRefresher::Result &) {
            refresher.refresh(m_key, [&](const TokenRefresher::Result &result) { secondDone = result.tokens.has_value(); });
        });
        server.pending.takeFirst()(FakeTokenServer::ok(accessToken(u"a"_s, 3600), u"rt-2"_s));
        QCOMPARE(server.pending.size(), 1);
        server.pending.takeFirst()(FakeTokenServer::ok(accessToken(u"b"_s, 3600), u"rt-3"_s));
        QVERIFY(secondDone);
        QCOMPARE(server.refreshTokensSeen, (QStringList{u"rt-1"_s, u"rt-2"_s}));
    }

    void keepsRefreshTokenWhenNoneIsReturned()
    {
        FakeTokenServer server;
        server.scripted << FakeTokenServer::ok(accessToken(u"n"_s, 3600), QString());
        TokenRefresher refresher(m_store.get(), server.function());
        bool ok = false;
        refresher.refresh(m_key, [&](const TokenRefresher::Result &r) { ok = r.tokens.has_value(); });
        QVERIFY(ok);
        QCOMPARE(m_store->tokens(m_key)->refreshToken, u"rt-1"_s);
    }

    void signInErrorsMarkTheAccount_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("reused") << u"refresh_token_reused"_s;
        QTest::newRow("expired") << u"refresh_token_expired"_s;
        QTest::newRow("invalidated") << u"refresh_token_invalidated"_s;
    }

    void signInErrorsMarkTheAccount()
    {
        QFETCH(QString, code);
        FakeTokenServer server;
        server.scripted << FakeTokenServer::failure(TokenRefresher::TokenReply::Outcome::SignInNeeded, code);
        TokenRefresher refresher(m_store.get(), server.function());
        refresher.setRetryPolicy(5, 0);
        int calls = 0;
        std::optional<TokenRefresher::Result> result;
        refresher.refresh(m_key, [&](const TokenRefresher::Result &r) {
            ++calls;
            result = r;
            // Marked before the waiters hear about it.
            QCOMPARE(m_store->account(m_key)->status, Account::Status::SignInNeeded);
        });
        QTest::qWait(20); // room for a (wrong) retry timer
        QCOMPARE(calls, 1);
        QVERIFY(result && result->error && result->signInNeeded && !result->tokens);
        QCOMPARE(result->error->status, 401);
        QCOMPARE(result->error->anthropicType(), u"authentication_error"_s);
        QVERIFY(result->error->message.contains(u"sign in again"_s));
        QVERIFY(result->error->message.contains(u"codex-bridge accounts add"_s));
        QVERIFY(result->error->message.contains(code));
        QCOMPARE(m_store->account(m_key)->status, Account::Status::SignInNeeded);
        QCOMPARE(server.refreshTokensSeen.size(), 1); // never retried
        QVERIFY(server.pending.isEmpty());
        QCOMPARE(m_store->tokens(m_key)->refreshToken, u"rt-1"_s);
    }

    void signInErrorIsNotRetried()
    {
        FakeTokenServer server;
        TokenRefresher refresher(m_store.get(), server.function());
        refresher.setRetryPolicy(5, 0);
        int released = 0;
        for (int i = 0; i < 10; ++i)
            refresher.refresh(m_key, [&](const TokenRefresher::Result &r) { released += r.signInNeeded; });
        server.pending.takeFirst()(
            FakeTokenServer::failure(TokenRefresher::TokenReply::Outcome::SignInNeeded, u"refresh_token_reused"_s));
        QTest::qWait(20);
        QCOMPARE(released, 10);
        QCOMPARE(server.refreshTokensSeen.size(), 1);
        QVERIFY(server.pending.isEmpty());
    }

    void transientErrorsAreRetriedWithBackoff()
    {
        FakeTokenServer server;
        server.scripted << FakeTokenServer::failure(TokenRefresher::TokenReply::Outcome::Transient, u"net"_s)
                        << FakeTokenServer::failure(TokenRefresher::TokenReply::Outcome::Transient, u"503"_s)
                        << FakeTokenServer::ok(accessToken(u"n"_s, 3600), u"rt-2"_s);
        TokenRefresher refresher(m_store.get(), server.function());
        refresher.setRetryPolicy(3, 10);
        std::optional<TokenRefresher::Result> result;
        refresher.refresh(m_key, [&](const TokenRefresher::Result &r) { result = r; });
        QVERIFY(!result); // waiting for the backoff
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
        QVERIFY(result->tokens);
        QCOMPARE(server.refreshTokensSeen, (QStringList{u"rt-1"_s, u"rt-1"_s, u"rt-1"_s}));
        QCOMPARE(m_store->tokens(m_key)->refreshToken, u"rt-2"_s);
        QCOMPARE(m_store->account(m_key)->status, Account::Status::Active);
    }

    void transientErrorsGiveUpWithAClearError()
    {
        FakeTokenServer server;
        for (int i = 0; i < 5; ++i)
            server.scripted << FakeTokenServer::failure(TokenRefresher::TokenReply::Outcome::Transient, u"HTTP 502"_s);
        TokenRefresher refresher(m_store.get(), server.function());
        refresher.setRetryPolicy(3, 1);
        std::optional<TokenRefresher::Result> result;
        refresher.refresh(m_key, [&](const TokenRefresher::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
        QCOMPARE(server.refreshTokensSeen.size(), 3);
        QVERIFY(result->error && !result->signInNeeded);
        QCOMPARE(result->error->status, 502);
        QVERIFY(result->error->message.contains(u"HTTP 502"_s));
        QCOMPARE(m_store->account(m_key)->status, Account::Status::Active);
    }

    void unknownAccount()
    {
        FakeTokenServer server;
        TokenRefresher refresher(m_store.get(), server.function());
        std::optional<TokenRefresher::Result> result;
        refresher.refresh(u"nobody"_s, [&](const TokenRefresher::Result &r) { result = r; });
        QVERIFY(result && result->error);
        QCOMPARE(result->error->status, 401);
        QVERIFY(server.refreshTokensSeen.isEmpty());
    }

    void parseTokenReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        using O = TokenRefresher::TokenReply::Outcome;
        QTest::newRow("ok") << 200 << QByteArray(R"({"access_token":"a","refresh_token":"r","id_token":"i","expires_in":3600})")
                            << int(O::Ok) << QString();
        QTest::newRow("ok without access token") << 200 << QByteArray(R"({"refresh_token":"r"})") << int(O::Rejected) << QString();
        QTest::newRow("openai reused") << 401
                                       << QByteArray(R"({"error":{"message":"Your refresh token has already been used","type":"invalid_request_error","param":null,"code":"refresh_token_reused"}})")
                                       << int(O::SignInNeeded) << u"refresh_token_reused"_s;
        QTest::newRow("expired") << 401 << QByteArray(R"({"error":{"code":"refresh_token_expired","message":"expired"}})")
                                 << int(O::SignInNeeded) << u"refresh_token_expired"_s;
        QTest::newRow("rfc6749 invalidated") << 400 << QByteArray(R"({"error":"refresh_token_invalidated","error_description":"revoked"})")
                                             << int(O::SignInNeeded) << u"refresh_token_invalidated"_s;
        QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << int(O::SignInNeeded) << u"invalid_grant"_s;
        QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})") << int(O::Rejected) << u"invalid_client"_s;
        QTest::newRow("500") << 500 << QByteArray("oops") << int(O::Transient) << QString();
        QTest::newRow("503 json") << 503 << QByteArray(R"({"error":{"message":"down"}})") << int(O::Transient) << QString();
        QTest::newRow("429") << 429 << QByteArray() << int(O::Transient) << QString();
        QTest::newRow("network") << 0 << QByteArray() << int(O::Transient) << QString();
    }

    void parseTokenReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, code);
        const TokenRefresher::TokenReply reply = TokenRefresher::parseTokenReply(status, body, u"Connection refused"_s);
        QCOMPARE(int(reply.outcome), outcome);
        QCOMPARE(reply.errorCode, code);
        if (reply.outcome == TokenRefresher::TokenReply::Outcome::Ok) {
            QCOMPARE(reply.accessToken, u"a"_s);
            QCOMPARE(reply.refreshToken, u"r"_s);
            QCOMPARE(reply.idToken, u"i"_s);
        } else {
            QVERIFY(!reply.message.isEmpty());
        }
        if (status == 0)
            QVERIFY2(reply.message.contains(u"Connection refused"_s), qPrintable(reply.message));
    }

    void issuerUrlFromEnvironment()
    {
        qputenv("CODEX_BRIDGE_AUTH_URL", "http://127.0.0.1:9/issuer");
        QCOMPARE(TokenRefresher::issuerUrl(), QUrl(u"http://127.0.0.1:9/issuer"_s));
        qunsetenv("CODEX_BRIDGE_AUTH_URL");
        QCOMPARE(TokenRefresher::issuerUrl(), QUrl(u"https://auth.openai.com"_s));
    }
};

QTEST_GUILESS_MAIN(tst_TokenRefresher)
#include "tst_tokenrefresher.moc"
