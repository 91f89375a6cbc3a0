#include "tray/quotaformatter.h"

#include <QTest>
#include <QTimeZone>

class tst_QuotaFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percent_data();
    void percent();
    void resetsIn_data();
    void resetsIn();
    void windowName_data();
    void windowName();
    void planName_data();
    void planName();
    void summary();
};

void tst_QuotaFormatter::percent_data()
{
    QTest::addColumn<std::optional<double>>("used");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown is not zero") << std::optional<double>() << QStringLiteral("?");
    QTest::newRow("zero") << std::optional<double>(0.0) << QStringLiteral("0 %");
    QTest::newRow("rounded") << std::optional<double>(42.6) << QStringLiteral("43 %");
    QTest::newRow("clamped high") << std::optional<double>(130.0) << QStringLiteral("100 %");
    QTest::newRow("clamped low") << std::optional<double>(-3.0) << QStringLiteral("0 %");
}

void tst_QuotaFormatter::percent()
{
    QFETCH(std::optional<double>, used);
    QFETCH(QString, expected);
    QCOMPARE(QuotaFormatter::percent(used), expected);
}

void tst_QuotaFormatter::resetsIn_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("past") << qint64(-10) << QStringLiteral("resets now");
    QTest::newRow("last seconds round up") << qint64(20) << QStringLiteral("resets in 1 m");
    QTest::newRow("minutes") << qint64(5 * 60) << QStringLiteral("resets in 5 m");
    QTest::newRow("hours and minutes") << qint64(2 * 3600 + 13 * 60) << QStringLiteral("resets in 2 h 13 m");
    QTest::newRow("partial minute rounds up") << qint64(2 * 3600 + 12 * 60 + 1) << QStringLiteral("resets in 2 h 13 m");
    QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("resets in 3 d 4 h");
}

void tst_QuotaFormatter::resetsIn()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    QCOMPARE(QuotaFormatter::resetsIn(now.addSecs(seconds), now), expected);
}

void tst_QuotaFormatter::windowName_data()
{
    QTest::addColumn<std::optional<int>>("minutes");
    QTest::addColumn<bool>("primary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5 hours") << std::optional<int>(300) << true << QStringLiteral("5-hour");
    QTest::newRow("weekly") << std::optional<int>(10080) << false << QStringLiteral("Weekly");
    QTest::newRow("one day") << std::optional<int>(1440) << false << QStringLiteral("1-day");
    QTest::newRow("odd minutes") << std::optional<int>(90) << true << QStringLiteral("90-minute");
    QTest::newRow("unknown primary") << std::optional<int>() << true << QStringLiteral("5-hour");
    QTest::newRow("unknown secondary") << std::optional<int>() << false << QStringLiteral("Weekly");
}

void tst_QuotaFormatter::windowName()
{
    QFETCH(std::optional<int>, minutes);
    QFETCH(bool, primary);
    QFETCH(QString, expected);
    QuotaSnapshot::Window window;
    window.windowMinutes = minutes;
    QCOMPARE(QuotaFormatter::windowName(window, primary), expected);
}

void tst_QuotaFormatter::planName_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plus") << QStringLiteral("plus") << QStringLiteral("Plus");
    QTest::newRow("case and space") << QStringLiteral(" PRO ") << QStringLiteral("Pro");
    QTest::newRow("unknown capitalised") << QStringLiteral("galaxy") << QStringLiteral("Galaxy");
}

void tst_QuotaFormatter::planName()
{
    QFETCH(QString, plan);
    QFETCH(QString, expected);
    QCOMPARE(QuotaFormatter::planName(plan), expected);
}

void tst_QuotaFormatter::summary()
{
    QCOMPARE(QuotaFormatter::summary(std::nullopt), QStringLiteral("quota unknown"));
    QuotaSnapshot quota;
    QCOMPARE(QuotaFormatter::summary(quota), QStringLiteral("quota unknown"));
    quota.primary.usedPercent = 42;
    QCOMPARE(QuotaFormatter::summary(quota), QStringLiteral("5 h 42 % · week ?"));
    quota.secondary.usedPercent = 13.2;
    QCOMPARE(QuotaFormatter::summary(quota), QStringLiteral("5 h 42 % · week 13 %"));
}

QTEST_APPLESS_MAIN(tst_QuotaFormatter)
#include "tst_quotaformatter.moc"
