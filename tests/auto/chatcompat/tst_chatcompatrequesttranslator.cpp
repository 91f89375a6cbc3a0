#include "chatcompat/chatcompatrequesttranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_ChatCompatRequestTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translate_data();
    void translate();
    void rejects_data();
    void rejects();
    void streamingAsksForUsage();
};

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}
} // namespace

void tst_ChatCompatRequestTranslator::translate_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("plain text, string system, max_tokens, stop")
        << json(R"({"model":"claude-haiku-4-5","system":"Be brief.","max_tokens":256,"stop_sequences":["END"],
                   "temperature":0.2,"messages":[{"role":"user","content":"Hi"}]})")
        << json(R"({"model":"m","max_tokens":256,"stop":["END"],"temperature":0.2,"stream":false,
                   "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}]})");

    QTest::newRow("system blocks, billing marker dropped")
        << json(R"({"model":"x","system":[{"type":"text","text":"x-anthropic-billing-header: cc"},
                   {"type":"text","text":"A"},{"type":"text","text":"B"}],"messages":[{"role":"user","content":"Hi"}]})")
        << json(R"({"model":"m","stream":false,"messages":[{"role":"system","content":"A\n\nB"},
                   {"role":"user","content":"Hi"}]})");

    QTest::newRow("image base64 and url keep content parts")
        << json(R"({"model":"x","messages":[{"role":"user","content":[{"type":"text","text":"What is it?"},
                   {"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAAA"}},
                   {"type":"image","source":{"type":"url","url":"https://example.com/a.png"}}]}]})")
        << json(R"({"model":"m","stream":false,"messages":[{"role":"user","content":[
                   {"type":"text","text":"What is it?"},
                   {"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},
                   {"type":"image_url","image_url":{"url":"https://example.com/a.png"}}]}]})");

    QTest::newRow("tools, tool_use, tool_result before user text, thinking dropped")
        << json(R"({"model":"x","tools":[{"name":"Read","description":"Reads","input_schema":{"type":"object",
                   "properties":{"p":{"type":"string"}}}},{"type":"web_search_20250305","name":"web_search"}],
                   "tool_choice":{"type":"any","disable_parallel_tool_use":true},
                   "messages":[{"role":"user","content":"read a"},
                   {"role":"assistant","content":[{"type":"thinking","thinking":"hmm","signature":"s"},
                    {"type":"text","text":"Reading."},{"type":"tool_use","id":"call_1","name":"Read","input":{"p":"a"}}]},
                   {"role":"user","content":[{"type":"tool_result","tool_use_id":"call_1","content":[{"type":"text","text":"42"}]},
                    {"type":"text","text":"go on"}]}]})")
        << json(R"({"model":"m","stream":false,"tool_choice":"required","parallel_tool_calls":false,
                   "tools":[{"type":"function","function":{"name":"Read","description":"Reads",
                     "parameters":{"type":"object","properties":{"p":{"type":"string"}}}}}],
                   "messages":[{"role":"user","content":"read a"},
                   {"role":"assistant","content":"Reading.","tool_calls":[{"id":"call_1","type":"function",
                     "function":{"name":"Read","arguments":"{\"p\":\"a\"}"}}]},
                   {"role":"tool","tool_call_id":"call_1","content":"42"},
                   {"role":"user","content":"go on"}]})");

    QTest::newRow("tool-only assistant turn has null content; error result is marked; result image follows")
        << json(R"({"model":"x","tool_choice":{"type":"tool","name":"Bash"},"tools":[{"name":"Bash","input_schema":{"type":"object"}}],
                   "messages":[{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"Bash","input":{}}]},
                   {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","is_error":true,"content":"boom"},
                    {"type":"tool_result","tool_use_id":"t2","content":[{"type":"image","source":{"type":"base64",
                    "media_type":"image/jpeg","data":"BBBB"}}]}]}]})")
        << json(R"({"model":"m","stream":false,"tool_choice":{"type":"function","function":{"name":"Bash"}},
                   "tools":[{"type":"function","function":{"name":"Bash","parameters":{"type":"object"}}}],
                   "messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"t1","type":"function",
                     "function":{"name":"Bash","arguments":"{}"}}]},
                   {"role":"tool","tool_call_id":"t1","content":"[tool execution error]\nboom"},
                   {"role":"tool","tool_call_id":"t2","content":""},
                   {"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,BBBB"}}]}]})");

    QTest::newRow("system message between turns becomes a system-reminder user turn")
        << json(R"({"model":"x","messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},
                   {"role":"system","content":"Mind the tests."},{"role":"user","content":"c"}]})")
        << json(R"({"model":"m","stream":false,"messages":[{"role":"user","content":"a"},
                   {"role":"assistant","content":"b"},
                   {"role":"user","content":"<system-reminder>\nMind the tests.\n</system-reminder>"},
                   {"role":"user","content":"c"}]})");

    QTest::newRow("tool_choice none and auto")
        << json(R"({"model":"x","tool_choice":{"type":"auto"},"tools":[{"name":"A","input_schema":{"type":"object"}}],
                   "messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]})")
        << json(R"({"model":"m","stream":false,"tool_choice":"auto",
                   "tools":[{"type":"function","function":{"name":"A","parameters":{"type":"object"}}}],
                   "messages":[{"role":"user","content":"a\n\nb"}]})");
}

void tst_ChatCompatRequestTranslator::translate()
{
    QFETCH(QJsonObject, request);
    QFETCH(QJsonObject, expected);
    const ChatCompatRequestTranslator::Result result =
        ChatCompatRequestTranslator::translate(request, QStringLiteral("m"), false);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(QJsonDocument(result.body).toJson(QJsonDocument::Compact),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void tst_ChatCompatRequestTranslator::rejects_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("field");

    QTest::newRow("no messages") << json(R"({"model":"x"})") << QStringLiteral("messages");
    QTest::newRow("bad role") << json(R"({"model":"x","messages":[{"role":"tool","content":"a"}]})")
                              << QStringLiteral("messages.0.role");
    QTest::newRow("bad content") << json(R"({"model":"x","messages":[{"role":"user","content":5}]})")
                                 << QStringLiteral("messages.0.content");
    QTest::newRow("image without data")
        << json(R"({"model":"x","messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64"}}]}]})")
        << QStringLiteral("messages.0.content.0.source");
    QTest::newRow("tool_result without id")
        << json(R"({"model":"x","messages":[{"role":"user","content":[{"type":"tool_result","content":"a"}]}]})")
        << QStringLiteral("messages.0.content.0.tool_use_id");
    QTest::newRow("bad tool_choice")
        << json(R"({"model":"x","tool_choice":{"type":"sometimes"},"messages":[{"role":"user","content":"a"}]})")
        << QStringLiteral("tool_choice");
    QTest::newRow("max_tokens not a number")
        << json(R"({"model":"x","max_tokens":"many","messages":[{"role":"user","content":"a"}]})")
        << QStringLiteral("max_tokens");
}

void tst_ChatCompatRequestTranslator::rejects()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, field);
    const ChatCompatRequestTranslator::Result result =
        ChatCompatRequestTranslator::translate(request, QStringLiteral("m"), true);
    QVERIFY(result.error);
    QCOMPARE(result.error->status, 400);
    QVERIFY2(result.error->message.startsWith(field), qPrintable(result.error->message));
    QVERIFY(result.body.isEmpty());
}

void tst_ChatCompatRequestTranslator::streamingAsksForUsage()
{
    const auto result = ChatCompatRequestTranslator::translate(
        json(R"({"model":"x","messages":[{"role":"user","content":"a"}]})"), QStringLiteral("m"), true);
    QCOMPARE(result.body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(result.body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(),
             true);
}

QTEST_GUILESS_MAIN(tst_ChatCompatRequestTranslator)
#include "tst_chatcompatrequesttranslator.moc"
