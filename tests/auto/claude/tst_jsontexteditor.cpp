// JsonTextEditor edits JSON as text: what it does not touch keeps its bytes, what it inserts follows the
// document's layout, and removing an inserted member gives the exact previous bytes back.
#include "claude/jsontexteditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonTextEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setValue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        const QStringList baseUrl{u"env"_s, u"ANTHROPIC_BASE_URL"_s};

        QTest::newRow("replace in place")
            << QByteArray("{\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"https://api.anthropic.com\",\n    \"X\": \"1\"\n  }\n}\n")
            << baseUrl << u"http://127.0.0.1:8081"_s
            << QByteArray("{\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"http://127.0.0.1:8081\",\n    \"X\": \"1\"\n  }\n}\n");
        QTest::newRow("append to env")
            << QByteArray("{\n  \"env\": {\n    \"X\": \"1\"\n  },\n  \"model\": \"opus\"\n}\n") << baseUrl << u"u"_s
            << QByteArray("{\n  \"env\": {\n    \"X\": \"1\",\n    \"ANTHROPIC_BASE_URL\": \"u\"\n  },\n  \"model\": \"opus\"\n}\n");
        QTest::newRow("create env, 2 spaces")
            << QByteArray("{\n  \"zeta\": true,\n  \"alpha\": [1, 2]\n}\n") << baseUrl << u"u"_s
            << QByteArray("{\n  \"zeta\": true,\n  \"alpha\": [1, 2],\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"u\"\n  }\n}\n");
        QTest::newRow("create env, 4 spaces")
            << QByteArray("{\n    \"a\" : 1\n}") << baseUrl << u"u"_s
            << QByteArray("{\n    \"a\" : 1,\n    \"env\" : {\n        \"ANTHROPIC_BASE_URL\" : \"u\"\n    }\n}");
        QTest::newRow("tabs")
            << QByteArray("{\n\t\"a\": 1\n}\n") << baseUrl << u"u"_s
            << QByteArray("{\n\t\"a\": 1,\n\t\"env\": {\n\t\t\"ANTHROPIC_BASE_URL\": \"u\"\n\t}\n}\n");
        QTest::newRow("empty document")
            << QByteArray("{}\n") << baseUrl << u"u"_s
            << QByteArray("{\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"u\"\n  }\n}\n");
        QTest::newRow("empty env object")
            << QByteArray("{\n  \"env\": {},\n  \"a\": 1\n}\n") << baseUrl << u"u"_s
            << QByteArray("{\n  \"env\": {\n    \"ANTHROPIC_BASE_URL\": \"u\"\n  },\n  \"a\": 1\n}\n");
        QTest::newRow("compact")
            << QByteArray("{\"a\":1}") << baseUrl << u"u"_s
            << QByteArray("{\"a\":1,\"env\":{\"ANTHROPIC_BASE_URL\":\"u\"}}");
        QTest::newRow("one line with spaces")
            << QByteArray("{ \"a\": 1 }") << baseUrl << u"u"_s
            << QByteArray("{ \"a\": 1, \"env\": {\"ANTHROPIC_BASE_URL\": \"u\"} }");
        QTest::newRow("CRLF")
            << QByteArray("{\r\n  \"a\": 1\r\n}\r\n") << baseUrl << u"u"_s
            << QByteArray("{\r\n  \"a\": 1,\r\n  \"env\": {\r\n    \"ANTHROPIC_BASE_URL\": \"u\"\r\n  }\r\n}\r\n");
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\n  \"a\": 1\n}\n") << QStringList{u"b"_s} << u"u"_s
            << QByteArray("\xEF\xBB\xBF{\n  \"a\": 1,\n  \"b\": \"u\"\n}\n");
        QTest::newRow("others keep their spelling")
            << QByteArray("{\"n\": 1.50e+2, \"s\": \"\\u00e9\\/\", \"env\": {\"K\": \"old\"}}")
            << QStringList{u"env"_s, u"K"_s} << u"new \"quoted\" é"_s
            << QByteArray("{\"n\": 1.50e+2, \"s\": \"\\u00e9\\/\", \"env\": {\"K\": \"new \\\"quoted\\\" é\"}}");
        QTest::newRow("duplicate key: the last one")
            << QByteArray("{\"k\": 1, \"k\": 2}") << QStringList{u"k"_s} << u"x"_s
            << QByteArray("{\"k\": 1, \"k\": \"x\"}");
        QTest::newRow("escaped key matches")
            << QByteArray("{\"\\u0065nv\": {\"A\": 1}}") << QStringList{u"env"_s, u"A"_s} << u"x"_s
            << QByteArray("{\"\\u0065nv\": {\"A\": \"x\"}}");
        // Found by fuzz_jsontexteditor: Qt's JSON drops a leading U+FEFF from strings, JSON.parse keeps it.
        QTest::newRow("key with a leading U+FEFF is another key")
            << QByteArray("{\"\xEF\xBB\xBF" "env\": {\"A\": 1}}") << QStringList{u"env"_s, u"A"_s} << u"x"_s
            << QByteArray("{\"\xEF\xBB\xBF" "env\": {\"A\": 1},\"env\": {\"A\": \"x\"}}");
        QTest::newRow("key with an escaped leading U+FEFF is another key")
            << QByteArray("{\"\\uFEFFenv\": {\"A\": 1}}") << QStringList{u"env"_s, u"A"_s} << u"x"_s
            << QByteArray("{\"\\uFEFFenv\": {\"A\": 1},\"env\": {\"A\": \"x\"}}");
        QTest::newRow("deeper path created")
            << QByteArray("{\n  \"a\": 1\n}") << QStringList{u"x"_s, u"y"_s, u"z"_s} << u"v"_s
            << QByteArray("{\n  \"a\": 1,\n  \"x\": {\n    \"y\": {\n      \"z\": \"v\"\n    }\n  }\n}");
    }

    void setValue()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, path);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        JsonTextEditor editor(input);
        QVERIFY2(editor.isValid(), qPrintable(editor.errorString()));
        QVERIFY2(editor.setValue(path, value), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), expected);
        QCOMPARE(editor.value(path).toString(), value);
        // Restoring the previous value, or removing the outermost member that was created, gives the input back.
        const JsonTextEditor original(input);
        qsizetype created = 1;
        while (created < path.size() && original.contains(path.mid(0, created)))
            ++created;
        const QByteArray previous = original.rawValue(path);
        const bool ok = previous.isEmpty() ? editor.remove(path.mid(0, created)) : editor.setRawValue(path, previous);
        QVERIFY2(ok, qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), input);
    }

    void remove_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("first of three")
            << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}") << QStringList{u"a"_s}
            << QByteArray("{\n  \"b\": 2,\n  \"c\": 3\n}");
        QTest::newRow("middle") << QByteArray("{\"a\": 1, \"b\": 2, \"c\": 3}") << QStringList{u"b"_s}
                                << QByteArray("{\"a\": 1, \"c\": 3}");
        QTest::newRow("last") << QByteArray("{\"a\": 1, \"b\": {\"x\": [1, {\"}\": \"]\"}]}}") << QStringList{u"b"_s}
                              << QByteArray("{\"a\": 1}");
        QTest::newRow("only member") << QByteArray("{\n  \"env\": {\n    \"K\": \"v\"\n  }\n}") << QStringList{u"env"_s, u"K"_s}
                                     << QByteArray("{\n  \"env\": {}\n}");
        QTest::newRow("missing") << QByteArray("{\"a\": 1}") << QStringList{u"b"_s} << QByteArray("{\"a\": 1}");
        QTest::newRow("missing parent") << QByteArray("{\"a\": 1}") << QStringList{u"env"_s, u"K"_s}
                                        << QByteArray("{\"a\": 1}");
        QTest::newRow("all duplicates") << QByteArray("{\"k\": 1, \"a\": 0, \"k\": 2}") << QStringList{u"k"_s}
                                        << QByteArray("{\"a\": 0}");
    }

    void remove()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, expected);
        JsonTextEditor editor(input);
        QVERIFY2(editor.remove(path), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), expected);
        QVERIFY(!editor.contains(path));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}\n") << u"line 3"_s;
        QTest::newRow("comment") << QByteArray("{\n  // note\n  \"a\": 1\n}") << u"line 2"_s;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"b") << u"line 1"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"line 1"_s;
        QTest::newRow("garbage after") << QByteArray("{} x") << u"line 1"_s;
    }

    void invalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        JsonTextEditor editor(input);
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.errorString().contains(where), qPrintable(editor.errorString()));
        QVERIFY(editor.errorOffset() >= 0);
        QVERIFY(!editor.setValue({u"env"_s, u"K"_s}, u"v"_s));
        QVERIFY(!editor.remove({u"a"_s}));
        QCOMPARE(editor.text(), input);
        QVERIFY(!editor.contains({u"a"_s}));
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("string") << QByteArray("{\"env\": \"FOO=1\"}");
        QTest::newRow("array") << QByteArray("{\"env\": [\"FOO=1\"]}");
        QTest::newRow("null") << QByteArray("{\"env\": null}");
    }

    void notAnObject()
    {
        QFETCH(QByteArray, input);
        JsonTextEditor editor(input);
        QVERIFY(editor.isValid());
        QCOMPARE(editor.memberCount({u"env"_s}), -1);
        QVERIFY(!editor.setValue({u"env"_s, u"K"_s}, u"v"_s));
        QVERIFY2(editor.errorString().contains(u"env"_s), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), input);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QJsonValue>("value");
        const QByteArray doc = "{\"env\": {\"A\": \"a\\\"b\", \"N\": -1.5e3, \"O\": {\"x\": [true]}}, \"t\": null}";
        QTest::newRow("string") << doc << QStringList{u"env"_s, u"A"_s} << QByteArray("\"a\\\"b\"") << QJsonValue(u"a\"b"_s);
        QTest::newRow("number") << doc << QStringList{u"env"_s, u"N"_s} << QByteArray("-1.5e3") << QJsonValue(-1500);
        QTest::newRow("object") << doc << QStringList{u"env"_s, u"O"_s} << QByteArray("{\"x\": [true]}")
                                << QJsonValue(QJsonObject{{u"x"_s, QJsonArray{true}}});
        QTest::newRow("null") << doc << QStringList{u"t"_s} << QByteArray("null") << QJsonValue();
        QTest::newRow("missing") << doc << QStringList{u"env"_s, u"Z"_s} << QByteArray()
                                 << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("through a non-object") << doc << QStringList{u"t"_s, u"x"_s} << QByteArray()
                                              << QJsonValue(QJsonValue::Undefined);
    }

    void values()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, raw);
        QFETCH(QJsonValue, value);
        const JsonTextEditor editor(input);
        QCOMPARE(editor.rawValue(path), raw);
        QCOMPARE(editor.value(path), value);
        QCOMPARE(editor.contains(path), !raw.isEmpty());
    }

    void refusesBadRawValue()
    {
        JsonTextEditor editor("{\"a\": 1}");
        QVERIFY(!editor.setRawValue({u"a"_s}, "1, \"b\": 2"));
        QVERIFY(!editor.setRawValue({u"a"_s}, "{"));
        QCOMPARE(editor.text(), QByteArray("{\"a\": 1}"));
        QVERIFY(editor.setRawValue({u"a"_s}, " [ 1 ,2 ] "));
        QCOMPARE(editor.text(), QByteArray("{\"a\":  [ 1 ,2 ] }"));
    }

    // Whatever is edited, everything else parses to the same values, in the same order.
    void othersUnchanged()
    {
        const QByteArray input = "{\"z\": 1, \"permissions\": {\"allow\": [\"Bash(ls)\"]}, \"env\": {\"KEEP\": \"x\"},"
                                 " \"a\": \"last\"}";
        JsonTextEditor editor(input);
        QVERIFY(editor.setValue({u"env"_s, u"NEW"_s}, u"1"_s));
        QVERIFY(editor.setValue({u"hooks"_s, u"x"_s}, true));
        const QByteArray text = editor.text();
        QVERIFY(text.indexOf("\"z\"") < text.indexOf("\"permissions\""));
        QVERIFY(text.indexOf("\"permissions\"") < text.indexOf("\"env\""));
        QVERIFY(text.indexOf("\"env\"") < text.indexOf("\"a\""));
        QVERIFY(text.indexOf("\"a\"") < text.indexOf("\"hooks\""));
        QJsonObject expected = QJsonDocument::fromJson(input).object();
        expected.insert(u"env"_s, QJsonObject{{u"KEEP"_s, u"x"_s}, {u"NEW"_s, u"1"_s}});
        expected.insert(u"hooks"_s, QJsonObject{{u"x"_s, true}});
        QCOMPARE(QJsonDocument::fromJson(text).object(), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonTextEditor)
#include "tst_jsontexteditor.moc"
