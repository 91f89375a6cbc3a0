#include "accountfixtures.h"
#include "tray/quotaalerts.h"

#include <QTest>

class tst_QuotaAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstUpdateOnlyLearns();
    void transitions_data();
    void transitions();
    void signedIn();
};

using Kind = QuotaAlerts::Alert::Kind;

void tst_QuotaAlerts::firstUpdateOnlyLearns()
{
    QuotaAlerts alerts;
    QVERIFY(alerts.update({makeOverview(QStringLiteral("a@example.com"), true, 100.0, 90.0)}).isEmpty());
    // Still exhausted: not announced again.
    QVERIFY(alerts.update({makeOverview(QStringLiteral("a@example.com"), true, 100.0, 95.0)}).isEmpty());
}

void tst_QuotaAlerts::transitions_data()
{
    QTest::addColumn<QList<AccountOverview>>("before");
    QTest::addColumn<QList<AccountOverview>>("after");
    QTest::addColumn<QList<Kind>>("expected");

    const QString a = QStringLiteral("a@example.com");
    QTest::newRow("normal -> low") << QList{makeOverview(a, true, 50.0, 10.0)} << QList{makeOverview(a, true, 81.0, 10.0)}
                                   << QList<Kind>{Kind::QuotaLow};
    QTest::newRow("low -> exhausted") << QList{makeOverview(a, true, 85.0, 10.0)} << QList{makeOverview(a, true, 100.0, 10.0)}
                                      << QList<Kind>{Kind::QuotaExhausted};
    QTest::newRow("normal -> exhausted once") << QList{makeOverview(a, true, 10.0, 10.0)} << QList{makeOverview(a, true, 10.0, 100.0)}
                                              << QList<Kind>{Kind::QuotaExhausted};
    QTest::newRow("low stays low") << QList{makeOverview(a, true, 85.0, 10.0)} << QList{makeOverview(a, true, 88.0, 10.0)}
                                   << QList<Kind>{};
    QTest::newRow("reset is quiet") << QList{makeOverview(a, true, 100.0, 10.0)} << QList{makeOverview(a, true, 0.0, 10.0)}
                                    << QList<Kind>{};
    QTest::newRow("inactive accounts are watched too")
        << QList{makeOverview(a, true, 1.0, 1.0), makeOverview(QStringLiteral("b@example.com"), false, 10.0, 10.0)}
        << QList{makeOverview(a, true, 1.0, 1.0), makeOverview(QStringLiteral("b@example.com"), false, 100.0, 10.0)}
        << QList<Kind>{Kind::QuotaExhausted};
    QTest::newRow("sign-in needed")
        << QList{makeOverview(a, true, 1.0, 1.0)}
        << QList{makeOverview(a, true, 1.0, 1.0, Account::Status::SignInNeeded)} << QList<Kind>{Kind::SignInNeeded};
    QTest::newRow("new account at its limit is announced")
        << QList{makeOverview(a, true, 1.0, 1.0)}
        << QList{makeOverview(a, true, 1.0, 1.0), makeOverview(QStringLiteral("n@example.com"), false, 100.0, 1.0)}
        << QList<Kind>{Kind::QuotaExhausted};
}

void tst_QuotaAlerts::transitions()
{
    QFETCH(QList<AccountOverview>, before);
    QFETCH(QList<AccountOverview>, after);
    QFETCH(QList<Kind>, expected);
    QuotaAlerts alerts;
    alerts.update(before);
    QList<Kind> kinds;
    for (const QuotaAlerts::Alert &alert : alerts.update(after)) {
        QVERIFY(!alert.title.isEmpty());
        QVERIFY2(alert.message.contains(QLatin1Char('@')), qPrintable(alert.message));
        kinds << alert.kind;
    }
    QCOMPARE(kinds, expected);
}

void tst_QuotaAlerts::signedIn()
{
    const QuotaAlerts::Alert alert = QuotaAlerts::signedIn(QStringLiteral("a@example.com"));
    QCOMPARE(alert.kind, Kind::SignedIn);
    QVERIFY(alert.message.contains(QStringLiteral("a@example.com")));
}

QTEST_APPLESS_MAIN(tst_QuotaAlerts)
#include "tst_quotaalerts.moc"
