#include "chatcompat/chatcompatstreamtranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_ChatCompatStreamTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stream_data();
    void stream();
    void completion_data();
    void completion();
    void failureBeforeOutputSendsNothing();
    void externalFailureAfterOutput();
};

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QJsonArray array(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    if (!doc.isArray())
        qFatal("bad test JSON: %s", text);
    return doc.array();
}

// One short line per event, so a row states the whole expected stream.
QStringList trace(const QList<AnthropicEvent> &events)
{
    QStringList lines;
    for (const AnthropicEvent &event : events) {
        const QJsonObject &d = event.data;
        const int index = d.value(QLatin1String("index")).toInt();
        if (event.name == "message_start") {
            lines << QStringLiteral("start");
        } else if (event.name == "content_block_start") {
            const QJsonObject block = d.value(QLatin1String("content_block")).toObject();
            QString line = QStringLiteral("open:%1:%2").arg(index).arg(block.value(QLatin1String("type")).toString());
            if (block.contains(QLatin1String("name")))
                line += QLatin1Char(':') + block.value(QLatin1String("name")).toString() + QLatin1Char(':')
                    + block.value(QLatin1String("id")).toString();
            lines << line;
        } else if (event.name == "content_block_delta") {
            const QJsonObject delta = d.value(QLatin1String("delta")).toObject();
            const QString type = delta.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text_delta"))
                lines << QStringLiteral("%1:text:%2").arg(index).arg(delta.value(QLatin1String("text")).toString());
            else if (type == QLatin1String("thinking_delta"))
                lines << QStringLiteral("%1:thinking:%2").arg(index).arg(delta.value(QLatin1String("thinking")).toString());
            else
                lines << QStringLiteral("%1:json:%2").arg(index).arg(delta.value(QLatin1String("partial_json")).toString());
        } else if (event.name == "content_block_stop") {
            lines << QStringLiteral("close:%1").arg(index);
        } else if (event.name == "message_delta") {
            const QJsonObject usage = d.value(QLatin1String("usage")).toObject();
            lines << QStringLiteral("delta:%1:%2/%3/%4")
                         .arg(d.value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString())
                         .arg(usage.value(QLatin1String("input_tokens")).toInt())
                         .arg(usage.value(QLatin1String("cache_read_input_tokens")).toInt())
                         .arg(usage.value(QLatin1String("output_tokens")).toInt());
        } else if (event.name == "message_stop") {
            lines << QStringLiteral("stop");
        } else if (event.name == "error") {
            lines << QStringLiteral("error:") + d.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString();
        } else {
            lines << QString::fromLatin1(event.name);
        }
    }
    return lines;
}

ChatCompatStreamTranslator::Options options()
{
    ChatCompatStreamTranslator::Options o;
    o.clientModel = QStringLiteral("claude-haiku-4-5");
    o.providerName = QStringLiteral("Fake");
    o.inputTokensEstimate = 10;
    return o;
}
} // namespace

void tst_ChatCompatStreamTranslator::stream_data()
{
    QTest::addColumn<QJsonArray>("chunks");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("failed");

    QTest::newRow("text, usage after finish_reason")
        << array(R"([{"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]},
                     {"choices":[{"index":0,"delta":{"content":"Hel"}}]},
                     {"choices":[{"index":0,"delta":{"content":"lo"}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]},
                     {"choices":[],"usage":{"prompt_tokens":30,"completion_tokens":2,"prompt_tokens_details":{"cached_tokens":8}}}])")
        << strings({"start", "open:0:text", "0:text:Hel", "0:text:lo", "close:0", "delta:end_turn:22/8/2", "stop"})
        << false;

    QTest::newRow("reasoning_content then text")
        << array(R"([{"choices":[{"index":0,"delta":{"reasoning_content":"Let me"}}]},
                     {"choices":[{"index":0,"delta":{"reasoning_content":" think"}}]},
                     {"choices":[{"index":0,"delta":{"content":"Done"},"finish_reason":"stop"}]}])")
        << strings({"start", "open:0:thinking", "0:thinking:Let me", "0:thinking: think", "close:0",
                       "open:1:text", "1:text:Done", "close:1", "delta:end_turn:0/0/0", "stop"})
        << false;

    QTest::newRow("reasoning field (OpenRouter, Ollama)")
        << array(R"([{"choices":[{"index":0,"delta":{"reasoning":"hm","content":null}}]},
                     {"choices":[{"index":0,"delta":{"reasoning":"","content":"ok"}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}])")
        << strings({"start", "open:0:thinking", "0:thinking:hm", "close:0", "open:1:text", "1:text:ok", "close:1",
                       "delta:end_turn:0/0/0", "stop"})
        << false;

    QTest::newRow("two tool calls, arguments split across chunks")
        << array(R"([{"choices":[{"index":0,"delta":{"content":"Reading."}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"Read","arguments":""}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"file_"}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"path\":\"a\"}"}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","function":{"name":"Bash","arguments":"{}"}}]}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}])")
        << strings({"start", "open:0:text", "0:text:Reading.", "close:0", "open:1:tool_use:Read:call_a",
                       "1:json:{\"file_", "1:json:path\":\"a\"}", "close:1", "open:2:tool_use:Bash:call_b", "2:json:{}",
                       "close:2", "delta:tool_use:0/0/0", "stop"})
        << false;

    QTest::newRow("arguments before the name are held back")
        << array(R"([{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\""}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","function":{"name":"T"}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":":1}"}}]}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}])")
        << strings({"start", "open:0:tool_use:T:c1", "0:json:{\"a\"", "0:json::1}", "close:0",
                       "delta:tool_use:0/0/0", "stop"})
        << false;

    QTest::newRow("length cuts a tool call: max_tokens, not tool_use")
        << array(R"([{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","function":{"name":"T","arguments":"{\"a"}}]}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}])")
        << strings({"start", "open:0:tool_use:T:c1", "0:json:{\"a", "close:0", "delta:max_tokens:0/0/0", "stop"})
        << false;

    QTest::newRow("cut after output: error event, no message_stop")
        << array(R"([{"choices":[{"index":0,"delta":{"content":"Half"}}]}])")
        << strings({"start", "open:0:text", "0:text:Half", "error:api_error"})
        << true;

    QTest::newRow("error chunk mid-stream")
        << array(R"([{"choices":[{"index":0,"delta":{"content":"Hi"}}]},
                     {"error":{"message":"upstream model crashed","code":"server_error"}}])")
        << strings({"start", "open:0:text", "0:text:Hi", "error:api_error"})
        << true;

    QTest::newRow("tool call resumed after another block: clean error")
        << array(R"([{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","function":{"name":"A","arguments":"{"}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"c2","function":{"name":"B","arguments":"{}"}}]}}]},
                     {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"}"}}]}}]},
                     {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}])")
        << strings({"start", "open:0:tool_use:A:c1", "0:json:{", "close:0", "open:1:tool_use:B:c2", "1:json:{}",
                       "error:api_error"})
        << true;

    QTest::newRow("empty reply still ends cleanly")
        << array(R"([{"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":"stop"}]}])")
        << strings({"start", "delta:end_turn:0/0/0", "stop"}) << false;
}

void tst_ChatCompatStreamTranslator::stream()
{
    QFETCH(QJsonArray, chunks);
    QFETCH(QStringList, expected);
    QFETCH(bool, failed);
    ChatCompatStreamTranslator translator(options());
    QList<AnthropicEvent> events;
    for (const QJsonValue &chunk : std::as_const(chunks))
        translator.feedChunk(chunk.toObject(), events);
    translator.finish(events);
    QCOMPARE(trace(events), expected);
    QVERIFY(translator.isTerminated());
    QCOMPARE(translator.hasFailed(), failed);
    // Once terminated nothing more comes out.
    const qsizetype count = events.size();
    translator.feedChunk(chunks.first().toObject(), events);
    translator.finish(events);
    QCOMPARE(events.size(), count);
}

void tst_ChatCompatStreamTranslator::completion_data()
{
    QTest::addColumn<QJsonObject>("completion");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("reasoning, text and two tool calls")
        << array(R"([{"id":"x","object":"chat.completion","choices":[{"index":0,"finish_reason":"tool_calls",
                      "message":{"role":"assistant","reasoning_content":"why","content":"Doing it.",
                      "tool_calls":[{"id":"c1","type":"function","function":{"name":"A","arguments":"{\"x\":1}"}},
                                    {"id":"c2","type":"function","function":{"name":"B","arguments":"{}"}}]}}],
                      "usage":{"prompt_tokens":5,"completion_tokens":7}}])").first().toObject()
        << strings({"start", "open:0:thinking", "0:thinking:why", "close:0", "open:1:text", "1:text:Doing it.",
                       "close:1", "open:2:tool_use:A:c1", "2:json:{\"x\":1}", "close:2", "open:3:tool_use:B:c2",
                       "3:json:{}", "close:3", "delta:tool_use:5/0/7", "stop"});

    QTest::newRow("plain answer without finish_reason")
        << array(R"([{"choices":[{"index":0,"message":{"role":"assistant","content":"Hi"}}]}])").first().toObject()
        << strings({"start", "open:0:text", "0:text:Hi", "close:0", "delta:end_turn:0/0/0", "stop"});
}

void tst_ChatCompatStreamTranslator::completion()
{
    QFETCH(QJsonObject, completion);
    QFETCH(QStringList, expected);
    ChatCompatStreamTranslator translator(options());
    QList<AnthropicEvent> events;
    translator.feedCompletion(completion, events);
    QCOMPARE(trace(events), expected);
    QVERIFY(translator.isTerminated());
    QVERIFY(!translator.hasFailed());
}

void tst_ChatCompatStreamTranslator::failureBeforeOutputSendsNothing()
{
    ChatCompatStreamTranslator translator(options());
    QList<AnthropicEvent> events;
    translator.feedChunk(array(R"([{"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}])").first().toObject(),
                         events);
    translator.feedChunk(array(R"([{"error":{"message":"Rate limit exceeded","code":429}}])").first().toObject(), events);
    QVERIFY(events.isEmpty());
    QVERIFY(!translator.hasStarted());
    QVERIFY(translator.hasFailed());
    QCOMPARE(translator.failure().message, QStringLiteral("Rate limit exceeded"));
    // The client is told about the provider, not about ChatGPT.
    QVERIFY2(translator.error().message.contains(QLatin1String("Fake")), qPrintable(translator.error().message));
}

void tst_ChatCompatStreamTranslator::externalFailureAfterOutput()
{
    ChatCompatStreamTranslator translator(options());
    QList<AnthropicEvent> events;
    translator.feedChunk(array(R"([{"choices":[{"index":0,"delta":{"content":"a"}}]}])").first().toObject(), events);
    translator.fail(UpstreamFailure::network(QStringLiteral("connection reset")), events);
    QCOMPARE(trace(events), (strings({"start", "open:0:text", "0:text:a", "error:api_error"})));
    QCOMPARE(events.last().data.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Could not reach provider Fake: connection reset"));
}

QTEST_GUILESS_MAIN(tst_ChatCompatStreamTranslator)
#include "tst_chatcompatstreamtranslator.moc"
