#include "responses/responsesids.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_ResponsesIds : public QObject
{
    Q_OBJECT

private:
    static bool isValid(const QString &id)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
        return pattern.match(id).hasMatch();
    }

private slots:
    void validIdsUnchanged_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("anthropic tool id") << QStringLiteral("toolu_01A09q90qw90lq917835lq9");
        QTest::newRow("openai call id") << QStringLiteral("call_abc-DEF_123");
        QTest::newRow("exactly 64") << QString(64, QChar(u'a'));
        QTest::newRow("one char") << QStringLiteral("x");
    }
    void validIdsUnchanged()
    {
        QFETCH(QString, id);
        QCOMPARE(ResponsesIds::sanitize(id), id);
    }

    void invalidIdsSanitized_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expectedStart"); // readable part kept before the hash suffix
        QTest::newRow("dots and colons") << QStringLiteral("functions.Bash:0") << QStringLiteral("functions_Bash_0_");
        QTest::newRow("spaces") << QStringLiteral("tool use 1") << QStringLiteral("tool_use_1_");
        QTest::newRow("non-ascii") << QStringLiteral(u"outil_é") << QStringLiteral("outil___");
        QTest::newRow("too long") << QString(100, QChar(u'b')) << QString(55, QChar(u'b')) + QChar(u'_');
        QTest::newRow("65 chars") << QString(65, QChar(u'c')) << QString(55, QChar(u'c')) + QChar(u'_');
        QTest::newRow("empty") << QString() << QStringLiteral("_");
    }
    void invalidIdsSanitized()
    {
        QFETCH(QString, id);
        QFETCH(QString, expectedStart);
        const QString sanitized = ResponsesIds::sanitize(id);
        QVERIFY2(isValid(sanitized), qPrintable(sanitized));
        QVERIFY2(sanitized.startsWith(expectedStart), qPrintable(sanitized));
        QCOMPARE(sanitized.size(), expectedStart.size() + 8);
        // Deterministic, so a tool_use id and its tool_result id stay paired.
        QCOMPARE(ResponsesIds::sanitize(id), sanitized);
        // Idempotent: a sanitized id is valid and passes unchanged.
        QCOMPARE(ResponsesIds::sanitize(sanitized), sanitized);
    }

    void distinctInputsStayDistinct_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("differ in replaced char") << QStringLiteral("call.1") << QStringLiteral("call:1");
        QTest::newRow("differ beyond the cut") << QString(80, QChar(u'x')) + QStringLiteral("1")
                                               << QString(80, QChar(u'x')) + QStringLiteral("2");
        QTest::newRow("replaced vs literal underscore") << QStringLiteral("a.b") << QStringLiteral("a_b");
    }
    void distinctInputsStayDistinct()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(ResponsesIds::sanitize(a) != ResponsesIds::sanitize(b));
    }

    void generate_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("msg") << QStringLiteral("msg_");
        QTest::newRow("toolu") << QStringLiteral("toolu_");
        QTest::newRow("chatcmpl") << QStringLiteral("chatcmpl-");
        QTest::newRow("very long prefix") << QString(70, QChar(u'p'));
    }
    void generate()
    {
        QFETCH(QString, prefix);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString id = ResponsesIds::generate(prefix);
            QVERIFY2(isValid(id), qPrintable(id));
            QVERIFY(id.startsWith(prefix.left(40)));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_APPLESS_MAIN(tst_ResponsesIds)
#include "tst_responsesids.moc"
