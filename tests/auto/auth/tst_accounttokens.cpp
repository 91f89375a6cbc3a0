#include "auth/account.h"
#include "auth/accounttokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fakeJwt(qint64 exp)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"none"})") + '.' + b64("{\"exp\":" + QByteArray::number(exp) + '}')
                               + '.');
}

} // namespace

class tst_AccountTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryFromAccessToken();
    void expiresWithin_data();
    void expiresWithin();
    void secretRoundTrip();
    void fromSecretRejectsGarbage_data();
    void fromSecretRejectsGarbage();
    void fromSecretWithoutExpiryReadsToken();
    void accountJsonRoundTrip();
    void accountFromJsonNeedsIdentity();
    void statusStrings();
};

void tst_AccountTokens::expiryFromAccessToken()
{
    const AccountTokens tokens(u"id"_s, fakeJwt(1800000000), u"refresh"_s);
    QCOMPARE(tokens.accessTokenExpiresAt.toSecsSinceEpoch(), 1800000000);
    QVERIFY(!AccountTokens(u"id"_s, u"opaque"_s, u"refresh"_s).accessTokenExpiresAt.isValid());
    QVERIFY(AccountTokens().isEmpty());
    QVERIFY(!AccountTokens(QString(), QString(), u"r"_s).isEmpty());
}

void tst_AccountTokens::expiresWithin_data()
{
    QTest::addColumn<qint64>("exp"); // 0: opaque token, expiry unknown
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("margin");
    QTest::addColumn<bool>("expected");
    QTest::newRow("far away") << qint64(1800000000) << qint64(1700000000) << 300 << false;
    QTest::newRow("inside margin") << qint64(1700000200) << qint64(1700000000) << 300 << true;
    QTest::newRow("exactly at margin") << qint64(1700000300) << qint64(1700000000) << 300 << true;
    QTest::newRow("just outside margin") << qint64(1700000301) << qint64(1700000000) << 300 << false;
    QTest::newRow("already expired") << qint64(1600000000) << qint64(1700000000) << 0 << true;
    QTest::newRow("unknown expiry") << qint64(0) << qint64(1700000000) << 300 << true;
}

void tst_AccountTokens::expiresWithin()
{
    QFETCH(qint64, exp);
    QFETCH(qint64, now);
    QFETCH(int, margin);
    QFETCH(bool, expected);
    const AccountTokens tokens(u"id"_s, exp ? fakeJwt(exp) : u"opaque"_s, u"r"_s);
    QCOMPARE(tokens.expiresWithin(std::chrono::seconds(margin), QDateTime::fromSecsSinceEpoch(now, Qt::UTC)),
             expected);
}

void tst_AccountTokens::secretRoundTrip()
{
    AccountTokens tokens(u"id-token"_s, fakeJwt(1800000000), u"refresh-token"_s,
                         QDateTime::fromString(u"2025-08-11T12:34:56.789Z"_s, Qt::ISODateWithMs));
    const std::optional<AccountTokens> back = AccountTokens::fromSecret(tokens.toSecret());
    QVERIFY(back);
    QCOMPARE(*back, tokens);
    QCOMPARE(back->lastRefresh.toString(Qt::ISODateWithMs), u"2025-08-11T12:34:56.789Z"_s);

    const std::optional<AccountTokens> empty = AccountTokens::fromSecret(AccountTokens().toSecret());
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    QVERIFY(!empty->lastRefresh.isValid());
}

void tst_AccountTokens::fromSecretRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("refresh-token");
    QTest::newRow("array") << QByteArray("[]");
}

void tst_AccountTokens::fromSecretRejectsGarbage()
{
    QFETCH(QByteArray, secret);
    QVERIFY(!AccountTokens::fromSecret(secret));
}

void tst_AccountTokens::fromSecretWithoutExpiryReadsToken()
{
    const QByteArray secret = QJsonDocument(QJsonObject{{u"access_token"_s, fakeJwt(1750000000)},
                                                        {u"refresh_token"_s, u"r"_s},
                                                        {u"expires_at"_s, 42}})
                                  .toJson();
    const std::optional<AccountTokens> tokens = AccountTokens::fromSecret(secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessTokenExpiresAt.toSecsSinceEpoch(), 1750000000);
}

void tst_AccountTokens::accountJsonRoundTrip()
{
    Account account;
    account.email = u"a@example.com"_s;
    account.accountId = u"acc"_s;
    account.userId = u"user"_s;
    account.planType = u"pro"_s;
    account.addedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    account.status = Account::Status::SignInNeeded;
    const std::optional<Account> back = Account::fromJson(account.toJson());
    QVERIFY(back);
    QCOMPARE(*back, account);
    QVERIFY(!back->lastUsedAt.isValid());
}

void tst_AccountTokens::accountFromJsonNeedsIdentity()
{
    QVERIFY(!Account::fromJson(QJsonObject{{u"planType"_s, u"plus"_s}}));
    QVERIFY(!Account::fromJson(QJsonObject{{u"email"_s, 5}}));
    const std::optional<Account> odd = Account::fromJson(
        QJsonObject{{u"accountId"_s, u"acc"_s}, {u"addedAt"_s, u"yesterday"_s}, {u"status"_s, 3}});
    QVERIFY(odd);
    QVERIFY(!odd->addedAt.isValid());
    QCOMPARE(odd->status, Account::Status::Active);
}

void tst_AccountTokens::statusStrings()
{
    for (Account::Status status : {Account::Status::Active, Account::Status::SignInNeeded, Account::Status::Disabled})
        QCOMPARE(Account::statusFromString(Account::statusToString(status)), status);
    QCOMPARE(Account::statusFromString(u"from-the-future"_s), Account::Status::Active);
}

QTEST_GUILESS_MAIN(tst_AccountTokens)
#include "tst_accounttokens.moc"
