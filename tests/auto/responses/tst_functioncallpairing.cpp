#include "responses/functioncallpairing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_FunctionCallPairing : public QObject
{
    Q_OBJECT

private:
    static QJsonArray parse(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qFatal("bad test JSON: %s", json.constData());
        return doc.array();
    }

private slots:
    void repair_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("synthesized");
        QTest::addColumn<int>("orphans");
        QTest::addColumn<int>("renamed");

        const QByteArray user = R"({"type":"message","role":"user","content":[{"type":"input_text","text":"go"}]})";
        const QByteArray assistant =
            R"({"type":"message","role":"assistant","content":[{"type":"output_text","text":"ok"}]})";

        QTest::newRow("already paired")
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"done"}])"
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"done"}])"
            << 0 << 0 << 0;
        QTest::newRow("no calls") << "[" + user + "," + assistant + "]" << "[" + user + "," + assistant + "]" << 0 << 0 << 0;
        QTest::newRow("interrupted last call")
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"}])"
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"tool call was interrupted"}])"
            << 1 << 0 << 0;
        QTest::newRow("interrupted call mid-conversation, output after the parallel run")
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Read","arguments":"{}"},
                  {"type":"function_call","call_id":"b","name":"Read","arguments":"{}"},
                  {"type":"function_call_output","call_id":"b","output":"B"},)" + user + "," + assistant + "]"
            << "[" + user + R"(,{"type":"function_call","call_id":"a","name":"Read","arguments":"{}"},
                  {"type":"function_call","call_id":"b","name":"Read","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"tool call was interrupted"},
                  {"type":"function_call_output","call_id":"b","output":"B"},)" + user + "," + assistant + "]"
            << 1 << 0 << 0;
        QTest::newRow("orphan string output becomes user text")
            << "[" + user + R"(,{"type":"function_call_output","call_id":"gone","output":"file contents"}])"
            << "[" + user + R"(,{"type":"message","role":"user","content":[
                  {"type":"input_text","text":"Result of tool call gone:\nfile contents"}]}])"
            << 0 << 1 << 0;
        QTest::newRow("orphan list output keeps its parts")
            << QByteArray(R"([{"type":"function_call_output","call_id":"x","output":[
                  {"type":"input_text","text":"shot"},{"type":"input_image","image_url":"data:image/png;base64,AA=="}]}])")
            << QByteArray(R"([{"type":"message","role":"user","content":[
                  {"type":"input_text","text":"Result of tool call x:"},{"type":"input_text","text":"shot"},
                  {"type":"input_image","image_url":"data:image/png;base64,AA=="}]}])")
            << 0 << 1 << 0;
        QTest::newRow("output before its call is an orphan, call then interrupted")
            << QByteArray(R"([{"type":"function_call_output","call_id":"a","output":"early"},
                  {"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"}])")
            << QByteArray(R"([{"type":"message","role":"user","content":[{"type":"input_text","text":"Result of tool call a:\nearly"}]},
                  {"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"tool call was interrupted"}])")
            << 1 << 1 << 0;
        QTest::newRow("second output for the same call is an orphan")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"1"},
                  {"type":"function_call_output","call_id":"a","output":"2"}])")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"1"},
                  {"type":"message","role":"user","content":[{"type":"input_text","text":"Result of tool call a:\n2"}]}])")
            << 0 << 1 << 0;
        QTest::newRow("repeated call id renamed with its output")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"1"},
                  {"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"2"}])")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"1"},
                  {"type":"function_call","call_id":"a_2","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a_2","output":"2"}])")
            << 0 << 0 << 1;
        QTest::newRow("reasoning between calls breaks the run")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"reasoning","summary":[],"encrypted_content":"gAAAAx"},
                  {"type":"function_call","call_id":"b","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"b","output":"B"}])")
            << QByteArray(R"([{"type":"function_call","call_id":"a","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"a","output":"tool call was interrupted"},
                  {"type":"reasoning","summary":[],"encrypted_content":"gAAAAx"},
                  {"type":"function_call","call_id":"b","name":"Bash","arguments":"{}"},
                  {"type":"function_call_output","call_id":"b","output":"B"}])")
            << 1 << 0 << 0;
    }
    void repair()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QFETCH(int, synthesized);
        QFETCH(int, orphans);
        QFETCH(int, renamed);
        QJsonArray items = parse(input);
        const FunctionCallPairing::Report report = FunctionCallPairing::repair(items);
        const QJsonArray wanted = parse(expected);
        QVERIFY2(items == wanted, QJsonDocument(items).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(report.synthesizedOutputs, synthesized);
        QCOMPARE(report.orphanOutputs, orphans);
        QCOMPARE(report.renamedCalls, renamed);

        // A repaired list needs no further repair.
        const FunctionCallPairing::Report again = FunctionCallPairing::repair(items);
        QCOMPARE(again.synthesizedOutputs + again.orphanOutputs + again.renamedCalls, 0);
        QVERIFY(items == wanted);
    }
};

QTEST_APPLESS_MAIN(tst_FunctionCallPairing)
#include "tst_functioncallpairing.moc"
