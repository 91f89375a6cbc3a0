// AccountRouter: which account serves a request in each rotation mode, cooldowns after usage_limit_reached, and
// the error when every account is exhausted.
#include "auth/accountrouter.h"

#include <QTest>

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC);

Account account(const QString &id, Account::Status status = Account::Status::Active)
{
    Account a;
    a.email = id + QStringLiteral("@example.com");
    a.accountId = id;
    a.status = status;
    return a;
}

// Accounts "a".."d" with statuses from a string: '.' active, 's' sign-in needed, 'd' disabled.
QList<Account> accounts(const QString &statuses)
{
    QList<Account> list;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QChar c = statuses.at(i);
        const Account::Status status = c == QLatin1Char('s') ? Account::Status::SignInNeeded
            : c == QLatin1Char('d')                          ? Account::Status::Disabled
                                                             : Account::Status::Active;
        list << account(QString(QChar(char16_t(u'a' + i))), status);
    }
    return list;
}
QString S(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList L(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromLatin1(t);
    return list;
}
} // namespace

class tst_AccountRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modeStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode"); // -1 = invalid
        QTest::newRow("off") << S("off") << int(AccountRouter::Mode::Off);
        QTest::newRow("sticky") << S("sticky") << int(AccountRouter::Mode::Sticky);
        QTest::newRow("round-robin") << S("round-robin") << int(AccountRouter::Mode::RoundRobin);
        QTest::newRow("capitalised") << S("Sticky") << -1;
        QTest::newRow("empty") << S("") << -1;
        QTest::newRow("roundrobin") << S("roundrobin") << -1;
    }

    void modeStrings()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        const std::optional<AccountRouter::Mode> parsed = AccountRouter::modeFromString(text);
        QCOMPARE(parsed ? int(*parsed) : -1, mode);
        if (parsed)
            QCOMPARE(AccountRouter::modeToString(*parsed), text);
    }

    // A sequence of requests; each entry is "session:expected" (expected account key, or "!" + status of the error).
    // Cooldowns are given as "account:secondsFromT0" before the requests run.
    void choices_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QStringList>("cooldowns");
        QTest::addColumn<QStringList>("requests");

        const int off = int(AccountRouter::Mode::Off);
        const int sticky = int(AccountRouter::Mode::Sticky);
        const int rr = int(AccountRouter::Mode::RoundRobin);
        QTest::newRow("off: always the active account") << off << S("...") << S("b") << L({})
                                                        << L({"s1:b", "s2:b", ":b", "s1:b"});
        QTest::newRow("off: ignores cooldowns (the upstream reports them)")
            << off << S("..") << S("a") << L({"a:600"}) << L({"s1:a"});
        QTest::newRow("off: no active account") << off << S("") << S("") << L({}) << L({"s1:!401"});
        QTest::newRow("sticky: new sessions start on the active account, then stay")
            << sticky << S("...") << S("b") << L({}) << L({"s1:b", "s2:b", "s1:b", "s2:b"});
        QTest::newRow("sticky: skips a cooling active account")
            << sticky << S("...") << S("a") << L({"a:600"}) << L({"s1:b", "s1:b", "s2:b"});
        QTest::newRow("sticky: skips sign-in needed and disabled")
            << sticky << S("sd.") << S("a") << L({}) << L({"s1:c", "s2:c"});
        QTest::newRow("round-robin: cycles from the active account")
            << rr << S("...") << S("b") << L({}) << L({"s1:b", "s1:c", "s1:a", "s2:b"});
        QTest::newRow("round-robin: skips unusable accounts")
            << rr << S(".s.d") << S("a") << L({"c:60"}) << L({":a", ":a", ":a"});
        QTest::newRow("round-robin: all unusable") << rr << S("sd") << S("a") << L({}) << L({":!401"});
        QTest::newRow("sticky: all exhausted -> 429") << sticky << S("..") << S("a") << L({"a:600", "b:120"})
                                                       << L({"s1:!429"});
    }

    void choices()
    {
        QFETCH(int, mode);
        QFETCH(QString, statuses);
        QFETCH(QString, active);
        QFETCH(QStringList, cooldowns);
        QFETCH(QStringList, requests);
        AccountRouter router{AccountRouter::Mode(mode)};
        const QList<Account> list = accounts(statuses);
        for (const QString &c : cooldowns) {
            const QStringList parts = c.split(QLatin1Char(':'));
            router.reportUsageLimit(parts.at(0), T0.addSecs(parts.at(1).toInt()), T0);
        }
        for (const QString &r : requests) {
            const QStringList parts = r.split(QLatin1Char(':'));
            const AccountRouter::Choice choice = router.choose(list, active, parts.at(0), T0.addSecs(1));
            if (parts.at(1).startsWith(QLatin1Char('!'))) {
                QVERIFY2(!choice.account, qPrintable(r));
                QVERIFY(choice.error);
                QCOMPARE(choice.error->status, parts.at(1).mid(1).toInt());
            } else {
                QVERIFY2(choice.account, qPrintable(r + QStringLiteral(": ") + (choice.error ? choice.error->message : QString())));
                QCOMPARE(choice.account->key(), parts.at(1));
                QVERIFY(!choice.error);
            }
        }
    }

    void stickySessionMovesOnlyWhenExhaustedAndStaysMoved()
    {
        AccountRouter router(AccountRouter::Mode::Sticky);
        const QList<Account> list = accounts(QStringLiteral("..."));
        QCOMPARE(router.choose(list, QStringLiteral("a"), QStringLiteral("s1"), T0).account->key(), QStringLiteral("a"));
        router.reportUsageLimit(QStringLiteral("a"), T0.addSecs(300), T0);
        QCOMPARE(router.choose(list, QStringLiteral("a"), QStringLiteral("s1"), T0.addSecs(1)).account->key(), QStringLiteral("b"));
        QCOMPARE(router.sessionAccount(QStringLiteral("s1")), QStringLiteral("b"));
        // A's reset passed: the session stays on B (its reasoning and cache are bound to B now).
        QCOMPARE(router.choose(list, QStringLiteral("a"), QStringLiteral("s1"), T0.addSecs(400)).account->key(), QStringLiteral("b"));
        // A new session starts on the active account again.
        QCOMPARE(router.choose(list, QStringLiteral("a"), QStringLiteral("s2"), T0.addSecs(400)).account->key(), QStringLiteral("a"));
    }

    void cooldownEndsAtResetTime()
    {
        AccountRouter router(AccountRouter::Mode::RoundRobin);
        router.reportUsageLimit(QStringLiteral("a"), T0.addSecs(120), T0);
        QVERIFY(router.isCoolingDown(QStringLiteral("a"), T0.addSecs(119)));
        QCOMPARE(router.cooldownUntil(QStringLiteral("a"), T0), T0.addSecs(120));
        QVERIFY(!router.isCoolingDown(QStringLiteral("a"), T0.addSecs(120)));
        QVERIFY(!router.cooldownUntil(QStringLiteral("a"), T0.addSecs(121)).isValid());
        const QList<Account> list = accounts(QStringLiteral("."));
        QVERIFY(!router.choose(list, QStringLiteral("a"), QString(), T0.addSecs(60)).account);
        QCOMPARE(router.choose(list, QStringLiteral("a"), QString(), T0.addSecs(121)).account->key(), QStringLiteral("a"));
    }

    void resetInThePastStillSkipsBriefly()
    {
        // A reset time already passed must not let the same request bounce on the same account forever.
        AccountRouter router(AccountRouter::Mode::Sticky);
        router.reportUsageLimit(QStringLiteral("a"), T0.addSecs(-50), T0);
        QVERIFY(router.isCoolingDown(QStringLiteral("a"), T0));
        QVERIFY(!router.isCoolingDown(QStringLiteral("a"), T0.addSecs(1)));
        // No reset time at all: a default cooldown.
        router.reportUsageLimit(QStringLiteral("b"), QDateTime(), T0);
        QCOMPARE(router.cooldownUntil(QStringLiteral("b"), T0), T0.addSecs(AccountRouter::DefaultUsageCooldownSecs));
    }

    void allExhaustedNamesTheEarliestReset_data()
    {
        QTest::addColumn<QList<int>>("resetsIn");
        QTest::addColumn<int>("expectedRetryAfter");
        QTest::newRow("one account") << QList<int>{3600} << 3600;
        QTest::newRow("earliest second") << QList<int>{7200, 90, 600} << 90;
        QTest::newRow("earliest first") << QList<int>{61, 7200} << 61;
    }

    void allExhaustedNamesTheEarliestReset()
    {
        QFETCH(QList<int>, resetsIn);
        QFETCH(int, expectedRetryAfter);
        AccountRouter router(AccountRouter::Mode::RoundRobin);
        const QList<Account> list = accounts(QString(resetsIn.size(), QLatin1Char('.')));
        for (qsizetype i = 0; i < resetsIn.size(); ++i)
            router.reportUsageLimit(list.at(i).key(), T0.addSecs(resetsIn.at(i)), T0);
        const AccountRouter::Choice choice = router.choose(list, QStringLiteral("a"), QStringLiteral("s"), T0);
        QVERIFY(!choice.account);
        QVERIFY(choice.error);
        QCOMPARE(choice.error->status, 429);
        QCOMPARE(choice.error->anthropicType(), QStringLiteral("rate_limit_error"));
        QCOMPARE(choice.error->retryAfterSeconds, expectedRetryAfter);
        const QString when = T0.addSecs(expectedRetryAfter).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(choice.error->message.contains(when), qPrintable(choice.error->message));
    }

    void failureCooldownIsShortAndKeepsUsageLimit()
    {
        AccountRouter router(AccountRouter::Mode::Sticky);
        router.reportFailure(QStringLiteral("a"), T0);
        QCOMPARE(router.cooldownUntil(QStringLiteral("a"), T0), T0.addSecs(AccountRouter::FailureCooldownSecs));
        const AccountRouter::Choice failing = router.choose(accounts(QStringLiteral(".")), QStringLiteral("a"), QString(), T0);
        QVERIFY(failing.error);
        QCOMPARE(failing.error->status, 503);
        router.reportUsageLimit(QStringLiteral("b"), T0.addSecs(3600), T0);
        router.reportFailure(QStringLiteral("b"), T0);
        QCOMPARE(router.cooldownUntil(QStringLiteral("b"), T0), T0.addSecs(3600));
    }
};

QTEST_APPLESS_MAIN(tst_AccountRouter)
#include "tst_accountrouter.moc"
