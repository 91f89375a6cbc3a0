#include "accountfixtures.h"
#include "tray/traystatus.h"

#include <QTest>

class tst_TrayStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void tooltip();
    void exhaustedFromBackendFlag();
};

using State = TrayStatus::State;

void tst_TrayStatus::evaluate_data()
{
    QTest::addColumn<bool>("listening");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QList<AccountOverview>>("accounts");
    QTest::addColumn<State>("expected");

    const auto a = [](std::optional<double> p, std::optional<double> s, Account::Status status = Account::Status::Active) {
        return QList<AccountOverview>{makeOverview(QStringLiteral("a@example.com"), true, p, s, status),
                                      makeOverview(QStringLiteral("b@example.com"), false, 100.0, 100.0)};
    };
    QTest::newRow("starting") << false << false << a(10.0, 10.0) << State::Starting;
    QTest::newRow("listen failed") << false << true << a(10.0, 10.0) << State::Error;
    QTest::newRow("no accounts") << true << false << QList<AccountOverview>() << State::NoAccount;
    QTest::newRow("accounts but none active")
        << true << false << QList<AccountOverview>{makeOverview(QStringLiteral("x@example.com"), false)} << State::NoAccount;
    QTest::newRow("sign-in needed") << true << false << a(10.0, 10.0, Account::Status::SignInNeeded) << State::SignInNeeded;
    QTest::newRow("running, quota unknown") << true << false << a(std::nullopt, std::nullopt) << State::Running;
    QTest::newRow("running") << true << false << a(79.9, 10.0) << State::Running;
    QTest::newRow("5-hour low at 80") << true << false << a(80.0, 10.0) << State::QuotaLow;
    QTest::newRow("weekly low") << true << false << a(5.0, 91.0) << State::QuotaLow;
    QTest::newRow("exhausted") << true << false << a(100.0, 40.0) << State::Exhausted;
    QTest::newRow("weekly exhausted") << true << false << a(3.0, 100.0) << State::Exhausted;
}

void tst_TrayStatus::evaluate()
{
    QFETCH(bool, listening);
    QFETCH(bool, failed);
    QFETCH(QList<AccountOverview>, accounts);
    QFETCH(State, expected);
    QCOMPARE(TrayStatus::evaluate(listening, failed, accounts), expected);
}

void tst_TrayStatus::tooltip()
{
    const QList<AccountOverview> accounts{makeOverview(QStringLiteral("b@example.com"), false, 1.0, 2.0),
                                          makeOverview(QStringLiteral("a@example.com"), true, 42.0, 13.0)};
    const QString tip = TrayStatus::tooltip(State::Running, accounts, QStringLiteral("http://127.0.0.1:8081"));
    QCOMPARE(tip.split(QLatin1Char('\n')),
             QStringList({QStringLiteral("Codex Bridge — Running"), QStringLiteral("http://127.0.0.1:8081"),
                          QStringLiteral("a@example.com (Plus)"), QStringLiteral("5-hour: 42 % used"),
                          QStringLiteral("Weekly: 13 % used")}));
    // No account: the state says so and nothing else is made up.
    QCOMPARE(TrayStatus::tooltip(State::NoAccount, {}, QStringLiteral("http://127.0.0.1:8081")),
             QStringLiteral("Codex Bridge — No ChatGPT account\nhttp://127.0.0.1:8081"));
}

void tst_TrayStatus::exhaustedFromBackendFlag()
{
    AccountOverview overview = makeOverview(QStringLiteral("a@example.com"), true, 20.0, 20.0);
    QVERIFY(!TrayStatus::isExhausted(overview));
    overview.quota->limitReached = true;
    QVERIFY(TrayStatus::isExhausted(overview));
    overview.quota->limitReached = false;
    overview.quota->allowed = false;
    QVERIFY(TrayStatus::isExhausted(overview));
}

QTEST_APPLESS_MAIN(tst_TrayStatus)
#include "tst_traystatus.moc"
