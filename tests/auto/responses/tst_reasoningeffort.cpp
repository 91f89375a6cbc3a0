#include "responses/reasoningeffort.h"

#include <QTest>

using OptionalBudget = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalBudget)

class tst_ReasoningEffort : public QObject
{
    Q_OBJECT

private slots:
    void levelsAreOrdered()
    {
        const QStringList expected{QStringLiteral("none"), QStringLiteral("minimal"), QStringLiteral("low"),
                                   QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("xhigh"),
                                   QStringLiteral("max"), QStringLiteral("ultra")};
        QCOMPARE(ReasoningEffort::levels(), expected);
    }

    void fromBudgetTokens_data()
    {
        QTest::addColumn<OptionalBudget>("budget");
        QTest::addColumn<QString>("effort");
        QTest::newRow("absent") << OptionalBudget() << QStringLiteral("medium");
        QTest::newRow("0") << OptionalBudget(0) << QStringLiteral("none");
        QTest::newRow("negative") << OptionalBudget(-5) << QStringLiteral("none");
        QTest::newRow("1") << OptionalBudget(1) << QStringLiteral("minimal");
        QTest::newRow("512") << OptionalBudget(512) << QStringLiteral("minimal");
        QTest::newRow("513") << OptionalBudget(513) << QStringLiteral("low");
        QTest::newRow("1024") << OptionalBudget(1024) << QStringLiteral("low");
        QTest::newRow("1025") << OptionalBudget(1025) << QStringLiteral("medium");
        QTest::newRow("8192") << OptionalBudget(8192) << QStringLiteral("medium");
        QTest::newRow("8193") << OptionalBudget(8193) << QStringLiteral("high");
        QTest::newRow("24576") << OptionalBudget(24576) << QStringLiteral("high");
        QTest::newRow("24577") << OptionalBudget(24577) << QStringLiteral("xhigh");
        QTest::newRow("claude code 31999") << OptionalBudget(31999) << QStringLiteral("xhigh");
        QTest::newRow("huge") << OptionalBudget(Q_INT64_C(10000000000)) << QStringLiteral("xhigh");
    }
    void fromBudgetTokens()
    {
        QFETCH(OptionalBudget, budget);
        QFETCH(QString, effort);
        QCOMPARE(ReasoningEffort::fromBudgetTokens(budget), effort);
    }

    void clamp_data()
    {
        QTest::addColumn<QString>("effort");
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("expected");

        const QStringList gpt55{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                QStringLiteral("xhigh")};
        const QStringList sol{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                              QStringLiteral("xhigh"), QStringLiteral("max"), QStringLiteral("ultra")};
        const QStringList gaps{QStringLiteral("minimal"), QStringLiteral("high")};
        const QString medium = QStringLiteral("medium");

        QTest::newRow("supported as is") << QStringLiteral("high") << gpt55 << medium << QStringLiteral("high");
        QTest::newRow("none -> lowest supported") << QStringLiteral("none") << gpt55 << medium << QStringLiteral("low");
        QTest::newRow("minimal -> low") << QStringLiteral("minimal") << gpt55 << medium << QStringLiteral("low");
        QTest::newRow("max -> closest lower") << QStringLiteral("max") << gpt55 << medium << QStringLiteral("xhigh");
        QTest::newRow("ultra on sol") << QStringLiteral("ultra") << sol << medium << QStringLiteral("ultra");
        QTest::newRow("gap prefers lower") << QStringLiteral("medium") << gaps << medium << QStringLiteral("minimal");
        QTest::newRow("gap xhigh -> high") << QStringLiteral("xhigh") << gaps << medium << QStringLiteral("high");
        QTest::newRow("below all -> higher") << QStringLiteral("none") << gaps << medium << QStringLiteral("minimal");
        QTest::newRow("case-insensitive") << QStringLiteral("HIGH") << gpt55 << medium << QStringLiteral("high");
        QTest::newRow("empty supported -> fallback") << QStringLiteral("xhigh") << QStringList() << medium << medium;
        QTest::newRow("unknown requested -> fallback") << QStringLiteral("turbo") << gpt55 << medium << medium;
        QTest::newRow("unknown requested, fallback clamped")
            << QStringLiteral("turbo") << gaps << QStringLiteral("low") << QStringLiteral("minimal");
        QTest::newRow("only unknown supported -> fallback")
            << QStringLiteral("high") << QStringList{QStringLiteral("hyper")} << medium << medium;
        QTest::newRow("unknown supported entries ignored")
            << QStringLiteral("high") << QStringList{QStringLiteral("hyper"), QStringLiteral("low")} << medium
            << QStringLiteral("low");
    }
    void clamp()
    {
        QFETCH(QString, effort);
        QFETCH(QStringList, supported);
        QFETCH(QString, fallback);
        QFETCH(QString, expected);
        QCOMPARE(ReasoningEffort::clamp(effort, supported, fallback), expected);
    }
};

QTEST_APPLESS_MAIN(tst_ReasoningEffort)
#include "tst_reasoningeffort.moc"
