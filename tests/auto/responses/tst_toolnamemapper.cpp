#include "responses/toolnamemapper.h"

#include <QSet>
#include <QTest>

class tst_ToolNameMapper : public QObject
{
    Q_OBJECT

private slots:
    void isValidName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Bash") << true;
        QTest::newRow("mcp") << QStringLiteral("mcp__github__create_issue") << true;
        QTest::newRow("dash") << QStringLiteral("web-fetch") << true;
        QTest::newRow("64") << QString(64, QChar(u'a')) << true;
        QTest::newRow("65") << QString(65, QChar(u'a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral("server.tool") << false;
        QTest::newRow("space") << QStringLiteral("my tool") << false;
        QTest::newRow("non-ascii") << QStringLiteral(u"outil_é") << false;
    }
    void isValidName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ToolNameMapper::isValidName(name), valid);
    }

    void shorten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid unchanged") << QStringLiteral("Read") << QStringLiteral("Read");
        QTest::newRow("valid mcp unchanged")
            << QStringLiteral("mcp__server__tool") << QStringLiteral("mcp__server__tool");
        QTest::newRow("invalid chars") << QStringLiteral("files.read:v2") << QStringLiteral("files_read_v2");
        QTest::newRow("long mcp keeps tool part")
            << QStringLiteral("mcp__a_very_long_server_name_that_goes_on_and_on_forever__b__list_issues")
            << QStringLiteral("mcp__list_issues");
        QTest::newRow("long mcp with dots")
            << QStringLiteral("mcp__claude.ai Google Drive connector for the whole company__search.files")
            << QStringLiteral("mcp__search_files");
        QTest::newRow("long non-mcp cut") << QString(70, QChar(u'x')) << QString(64, QChar(u'x'));
        QTest::newRow("long mcp tool part still too long")
            << QStringLiteral("mcp__server__") + QString(80, QChar(u't'))
            << (QStringLiteral("mcp__") + QString(80, QChar(u't'))).left(64);
        QTest::newRow("long mcp without tool part cut")
            << QStringLiteral("mcp__") + QString(70, QChar(u's')) + QStringLiteral("__")
            << (QStringLiteral("mcp__") + QString(70, QChar(u's'))).left(64);
        QTest::newRow("empty") << QString() << QStringLiteral("tool");
    }
    void shorten()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString shortened = ToolNameMapper::shorten(name);
        QCOMPARE(shortened, expected);
        QVERIFY(ToolNameMapper::isValidName(shortened));
    }

    void mapping_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected"); // upstream name of each, in order

        const QString longA = QStringLiteral("mcp__first_server_with_a_really_long_descriptive_name_indeed__x__search");
        const QString longB = QStringLiteral("mcp__second_server_with_a_really_long_descriptive_name_indeed__y__search");
        QTest::newRow("all valid")
            << QStringList{QStringLiteral("Bash"), QStringLiteral("Read")}
            << QStringList{QStringLiteral("Bash"), QStringLiteral("Read")};
        QTest::newRow("collision gets _1, _2")
            << QStringList{longA, longB, QStringLiteral("mcp__") + QString(70, QChar(u'z')) + QStringLiteral("__search")}
            << QStringList{QStringLiteral("mcp__search"), QStringLiteral("mcp__search_1"), QStringLiteral("mcp__search_2")};
        QTest::newRow("valid name keeps its name even when listed later")
            << QStringList{longA, QStringLiteral("mcp__search")}
            << QStringList{QStringLiteral("mcp__search_1"), QStringLiteral("mcp__search")};
        QTest::newRow("suffix skips taken names")
            << QStringList{QStringLiteral("a.b"), QStringLiteral("a_b"), QStringLiteral("a_b_1"), QStringLiteral("a:b")}
            << QStringList{QStringLiteral("a_b_2"), QStringLiteral("a_b"), QStringLiteral("a_b_1"), QStringLiteral("a_b_3")};
        QTest::newRow("duplicates map to one name")
            << QStringList{QStringLiteral("x.y"), QStringLiteral("x.y")}
            << QStringList{QStringLiteral("x_y"), QStringLiteral("x_y")};
        QTest::newRow("suffix on a 64-char name stays within 64")
            << QStringList{QString(64, QChar(u'q')), QString(64, QChar(u'q')) + QStringLiteral("!")}
            << QStringList{QString(64, QChar(u'q')), QString(62, QChar(u'q')) + QStringLiteral("_1")};
    }
    void mapping()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        const ToolNameMapper mapper(names);
        QSet<QString> upstreamNames;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString upstream = mapper.toUpstream(names.at(i));
            QCOMPARE(upstream, expected.at(i));
            QVERIFY(ToolNameMapper::isValidName(upstream));
            QCOMPARE(mapper.toClient(upstream), names.at(i));
            upstreamNames.insert(upstream);
        }
        QCOMPARE(upstreamNames.size(), QSet<QString>(names.cbegin(), names.cend()).size());

        // Deterministic: the same list gives the same mapping.
        const ToolNameMapper again(names);
        for (const QString &name : names)
            QCOMPARE(again.toUpstream(name), mapper.toUpstream(name));
    }

    void unknownNames()
    {
        const ToolNameMapper mapper(QStringList{QStringLiteral("Bash")});
        QCOMPARE(mapper.toClient(QStringLiteral("NotATool")), QStringLiteral("NotATool"));
        QCOMPARE(mapper.toUpstream(QStringLiteral("not.listed")), QStringLiteral("not_listed"));
        QVERIFY(!mapper.isEmpty());
        QVERIFY(ToolNameMapper().isEmpty());
        QCOMPARE(ToolNameMapper().toClient(QStringLiteral("Read")), QStringLiteral("Read"));
    }
};

QTEST_APPLESS_MAIN(tst_ToolNameMapper)
#include "tst_toolnamemapper.moc"
