// CredentialProvider: which account and token a request gets (active account, rotation), proactive refresh
// through the single-flight TokenRefresher, refresh after a 401, usage-limit cooldowns.
#include "auth/accountstore.h"
#include "auth/filesecretstore.h"
#include "core/proxysettings.h"
#include "server/credentialprovider.h"
#include "upstream/upstreamfailure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fakeJwt(qint64 expiresIn, const QString &tag)
{
    const QJsonObject payload{{u"exp"_s, QDateTime::currentSecsSinceEpoch() + expiresIn}, {u"tag"_s, tag}};
    return u"eyJhbGciOiJub25lIn0."_s
        + QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + u".sig"_s;
}

struct FakeTokens
{
    QStringList seen;
    QList<std::function<void(const TokenRefresher::TokenReply &)>> pending;
    QList<TokenRefresher::TokenReply> scripted;

    TokenRefresher::TokenFunction function()
    {
        return [this](const QString &refreshToken, std::function<void(const TokenRefresher::TokenReply &)> done) {
            seen << refreshToken;
            if (!scripted.isEmpty())
                done(scripted.takeFirst());
            else
                pending << std::move(done);
        };
    }
    static TokenRefresher::TokenReply ok(const QString &access)
    {
        TokenRefresher::TokenReply r;
        r.outcome = TokenRefresher::TokenReply::Outcome::Ok;
        r.accessToken = access;
        r.refreshToken = u"rt-new"_s;
        return r;
    }
    static TokenRefresher::TokenReply fail(TokenRefresher::TokenReply::Outcome outcome, const QString &code)
    {
        TokenRefresher::TokenReply r;
        r.outcome = outcome;
        r.errorCode = code;
        r.message = code;
        return r;
    }
};
} // namespace

class tst_CredentialProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    FakeTokens m_tokens;

    void addAccount(const QString &id, qint64 expiresIn, Account::Status status = Account::Status::Active)
    {
        Account a;
        a.email = id + u"@example.com"_s;
        a.accountId = id;
        QVERIFY(m_store->addOrUpdate(a, AccountTokens(QString(), fakeJwt(expiresIn, id), u"rt-"_s + id)));
        if (status != Account::Status::Active)
            QVERIFY(m_store->setStatus(id, status));
    }

    std::unique_ptr<CredentialProvider> provider(AccountRouter::Mode mode)
    {
        auto *refresher = new TokenRefresher(m_store.get(), m_tokens.function());
        refresher->setRetryPolicy(2, 1);
        return std::make_unique<CredentialProvider>(m_store.get(), mode, refresher);
    }

    static CredentialProvider::Result acquireNow(CredentialProvider &p, const QString &session = QString())
    {
        std::optional<CredentialProvider::Result> result;
        p.acquire(session, [&](const CredentialProvider::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 2000))
            qWarning("acquire did not answer");
        return result.value_or(CredentialProvider::Result());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AccountStore>(m_dir->path(),
                                                 std::make_unique<FileSecretStore>(m_dir->filePath(u"secrets.json"_s)));
        m_tokens = FakeTokens();
    }

    void noAccount()
    {
        auto p = provider(AccountRouter::Mode::Sticky);
        const CredentialProvider::Result r = acquireNow(*p);
        QVERIFY(r.error && !r.credentials);
        QCOMPARE(r.error->status, 401);
        QVERIFY(r.error->message.contains(u"accounts import"_s));
    }

    void offUsesTheActiveAccountOnly()
    {
        addAccount(u"acc-a"_s, 3600);
        addAccount(u"acc-b"_s, 3600);
        QVERIFY(m_store->setActive(u"acc-b"_s));
        auto p = provider(AccountRouter::Mode::Off);
        QVERIFY(!p->rotates());
        for (const QString &session : {u"s1"_s, u"s2"_s, u""_s}) {
            const CredentialProvider::Result r = acquireNow(*p, session);
            QVERIFY(r.credentials);
            QCOMPARE(r.credentials->chatgptAccountId, u"acc-b"_s);
            QCOMPARE(r.credentials->accountLabel, u"acc-b@example.com"_s);
            QCOMPARE(r.credentials->accessToken, m_store->tokens(u"acc-b"_s)->accessToken);
        }
        QVERIFY(m_tokens.seen.isEmpty()); // valid tokens: no refresh
        // Usage limits are reported to the client as they are, without rotation.
        UpstreamFailure limit;
        limit.httpStatus = 429;
        limit.code = u"usage_limit_reached"_s;
        limit.resetsInSeconds = 60;
        QVERIFY(!p->reportUsageLimit(*acquireNow(*p).credentials, limit));
        QCOMPARE(acquireNow(*p).credentials->chatgptAccountId, u"acc-b"_s);
    }

    void offWithSignInNeededActiveAccount()
    {
        addAccount(u"acc-a"_s, 3600, Account::Status::SignInNeeded);
        addAccount(u"acc-b"_s, 3600);
        auto p = provider(AccountRouter::Mode::Off);
        const CredentialProvider::Result r = acquireNow(*p);
        QVERIFY(r.error);
        QCOMPARE(r.error->status, 401);
        QVERIFY(r.error->message.contains(u"sign in again"_s));
    }

    void rotationNeverChoosesDisabledOrSignInNeeded_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("sticky") << int(AccountRouter::Mode::Sticky);
        QTest::newRow("round-robin") << int(AccountRouter::Mode::RoundRobin);
    }

    void rotationNeverChoosesDisabledOrSignInNeeded()
    {
        QFETCH(int, mode);
        addAccount(u"acc-a"_s, 3600, Account::Status::SignInNeeded);
        addAccount(u"acc-b"_s, 3600, Account::Status::Disabled);
        addAccount(u"acc-c"_s, 3600);
        auto p = provider(AccountRouter::Mode(mode));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(acquireNow(*p, u"s"_s).credentials->chatgptAccountId, u"acc-c"_s);
    }

    void expiringTokenIsRefreshedOnceForManyRequests()
    {
        addAccount(u"acc-a"_s, 120); // within the 5-minute margin
        auto p = provider(AccountRouter::Mode::Off);
        QList<CredentialProvider::Result> results;
        for (int i = 0; i < 20; ++i)
            p->acquire(QString(), [&](const CredentialProvider::Result &r) { results << r; });
        QCOMPARE(m_tokens.pending.size(), 1);
        QCOMPARE(results.size(), 0);
        const QString fresh = fakeJwt(3600, u"fresh"_s);
        m_tokens.pending.takeFirst()(FakeTokens::ok(fresh));
        QCOMPARE(results.size(), 20);
        for (const CredentialProvider::Result &r : results)
            QCOMPARE(r.credentials->accessToken, fresh);
        QCOMPARE(m_tokens.seen, QStringList{u"rt-acc-a"_s});
        QCOMPARE(m_store->tokens(u"acc-a"_s)->refreshToken, u"rt-new"_s);
        // Fresh now: no further refresh.
        QCOMPARE(acquireNow(*p).credentials->accessToken, fresh);
        QCOMPARE(m_tokens.seen.size(), 1);
    }

    void failedProactiveRefreshKeepsAStillValidToken()
    {
        addAccount(u"acc-a"_s, 120);
        const QString current = m_store->tokens(u"acc-a"_s)->accessToken;
        m_tokens.scripted << FakeTokens::fail(TokenRefresher::TokenReply::Outcome::Transient, u"down"_s)
                          << FakeTokens::fail(TokenRefresher::TokenReply::Outcome::Transient, u"down"_s);
        auto p = provider(AccountRouter::Mode::Off);
        const CredentialProvider::Result r = acquireNow(*p);
        QVERIFY(r.credentials);
        QCOMPARE(r.credentials->accessToken, current);
        QCOMPARE(m_tokens.seen.size(), 2); // retried per the policy, then gave up
    }

    void expiredTokenWithFailingRefreshIsAnError()
    {
        addAccount(u"acc-a"_s, -60);
        m_tokens.scripted << FakeTokens::fail(TokenRefresher::TokenReply::Outcome::SignInNeeded, u"refresh_token_expired"_s);
        auto p = provider(AccountRouter::Mode::Off);
        const CredentialProvider::Result r = acquireNow(*p);
        QVERIFY(r.error && !r.credentials);
        QCOMPARE(r.error->status, 401);
        QVERIFY(r.error->message.contains(u"codex-bridge accounts add"_s));
        QCOMPARE(m_store->account(u"acc-a"_s)->status, Account::Status::SignInNeeded);
    }

    void rotationMovesOnFromAnAccountThatNeedsSignIn()
    {
        addAccount(u"acc-a"_s, -60);
        addAccount(u"acc-b"_s, 3600);
        m_tokens.scripted << FakeTokens::fail(TokenRefresher::TokenReply::Outcome::SignInNeeded, u"refresh_token_reused"_s);
        auto p = provider(AccountRouter::Mode::Sticky);
        const CredentialProvider::Result r = acquireNow(*p, u"s1"_s);
        QVERIFY(r.credentials);
        QCOMPARE(r.credentials->chatgptAccountId, u"acc-b"_s);
        QCOMPARE(m_store->account(u"acc-a"_s)->status, Account::Status::SignInNeeded);
        QCOMPARE(m_tokens.seen.size(), 1);
        QCOMPARE(acquireNow(*p, u"s2"_s).credentials->chatgptAccountId, u"acc-b"_s);
        QCOMPARE(m_tokens.seen.size(), 1);
    }

    void refreshAfterUnauthorized()
    {
        addAccount(u"acc-a"_s, 3600);
        auto p = provider(AccountRouter::Mode::Off);
        const UpstreamCredentials rejected = *acquireNow(*p).credentials;
        // Several requests got the 401 at once: one refresh.
        QList<CredentialProvider::Result> results;
        for (int i = 0; i < 5; ++i)
            p->refreshAfterUnauthorized(rejected, [&](const CredentialProvider::Result &r) { results << r; });
        QCOMPARE(m_tokens.pending.size(), 1);
        const QString fresh = fakeJwt(3600, u"after-401"_s);
        m_tokens.pending.takeFirst()(FakeTokens::ok(fresh));
        QCOMPARE(results.size(), 5);
        for (const CredentialProvider::Result &r : results)
            QCOMPARE(r.credentials->accessToken, fresh);
        // A late 401 for the old token is answered with the new token without another refresh.
        std::optional<CredentialProvider::Result> late;
        p->refreshAfterUnauthorized(rejected, [&](const CredentialProvider::Result &r) { late = r; });
        QVERIFY(late && late->credentials);
        QCOMPARE(late->credentials->accessToken, fresh);
        QCOMPARE(m_tokens.seen.size(), 1);
    }

    void usageLimitCoolsDownUntilReset_data()
    {
        QTest::addColumn<bool>("epoch");
        QTest::newRow("resets_in_seconds") << false;
        QTest::newRow("resets_at") << true;
    }

    void usageLimitCoolsDownUntilReset()
    {
        QFETCH(bool, epoch);
        addAccount(u"acc-a"_s, 3600);
        addAccount(u"acc-b"_s, 3600);
        auto p = provider(AccountRouter::Mode::Sticky);
        const UpstreamCredentials a = *acquireNow(*p, u"s1"_s).credentials;
        QCOMPARE(a.chatgptAccountId, u"acc-a"_s);
        UpstreamFailure limit;
        limit.httpStatus = 429;
        limit.code = u"usage_limit_reached"_s;
        if (epoch)
            limit.resetsAt = QDateTime::currentSecsSinceEpoch() + 1800;
        else
            limit.resetsInSeconds = 1800;
        QVERIFY(p->reportUsageLimit(a, limit));
        const QDateTime until = p->router().cooldownUntil(u"acc-a"_s);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 1800) <= 2);
        QCOMPARE(acquireNow(*p, u"s1"_s).credentials->chatgptAccountId, u"acc-b"_s);
        QCOMPARE(acquireNow(*p, u"s2"_s).credentials->chatgptAccountId, u"acc-b"_s);
        QVERIFY(p->reportUsageLimit(*acquireNow(*p, u"s1"_s).credentials, limit));
        const CredentialProvider::Result none = acquireNow(*p, u"s1"_s);
        QVERIFY(none.error);
        QCOMPARE(none.error->status, 429);
        QVERIFY(none.error->retryAfterSeconds > 1790 && none.error->retryAfterSeconds <= 1800);
    }

    void rotationComesFromSettingsJson_data()
    {
        QTest::addColumn<QString>("rotation");
        QTest::addColumn<bool>("rotates");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("off") << u"off"_s << false;
        QTest::newRow("sticky") << u"sticky"_s << true;
        QTest::newRow("round-robin") << u"round-robin"_s << true;
    }

    void rotationComesFromSettingsJson()
    {
        QFETCH(QString, rotation);
        QFETCH(bool, rotates);
        ProxySettings reread;
        if (!rotation.isEmpty()) {
            ProxySettings settings;
            settings.rotation = rotation;
            QVERIFY(settings.save(m_dir->path()));
            QVERIFY(reread.load(m_dir->path()));
            QCOMPARE(reread.rotation, rotation);
        }
        CredentialProvider p(m_store.get(), reread.rotation);
        QCOMPARE(p.rotates(), rotates);
        if (rotates)
            QCOMPARE(AccountRouter::modeToString(p.router().mode()), rotation);
    }

    void invalidRotationSettingIsAWarning()
    {
        QFile file(m_dir->filePath(ProxySettings::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rotation":"random"})");
        file.close();
        ProxySettings settings;
        QVERIFY(settings.load(m_dir->path()));
        QCOMPARE(settings.rotation, u"off"_s);
        QCOMPARE(settings.warnings().size(), 1);
        QVERIFY(!CredentialProvider(m_store.get(), settings.rotation).rotates());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialProvider)
#include "tst_credentialprovider.moc"
