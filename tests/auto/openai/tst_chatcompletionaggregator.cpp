#include "fixturereplay.h"

#include "openai/chatcompletionaggregator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace FixtureReplay;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject aggregateFixture(const QString &name, int segment)
{
    bool ok = false;
    const QList<Stream> segments = loadSegments(name, &ok);
    if (!ok || segment >= segments.size())
        return QJsonObject();
    ChatStreamTranslator::Options options;
    options.clientModel = QStringLiteral("client-model");
    options.includeUsage = true;
    options.created = 42;
    const Replay r = replay(segments.at(segment), options);
    ChatCompletionAggregator aggregator;
    for (const QJsonObject &chunk : r.chunks)
        aggregator.add(chunk);
    return aggregator.completion();
}

} // namespace

class tst_ChatCompletionAggregator : public QObject
{
    Q_OBJECT

private slots:
    void fromFixtures_data();
    void fromFixtures();
    void fromChunks_data();
    void fromChunks();
};

// Whole completion objects, written by hand from the fixtures (id and created fixed by the translator
// options and the upstream response id).
void tst_ChatCompletionAggregator::fromFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("segment");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("reasoning and a tool call")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 0
        << QByteArray(R"({"id":"chatcmpl-01830d662ab3856501693c321345c88190b0de00f3b9975691","object":"chat.completion",
              "created":42,"model":"client-model",
              "choices":[{"index":0,"logprobs":null,"finish_reason":"tool_calls",
                "message":{"role":"assistant","content":null,"refusal":null,
                  "reasoning_content":"**Calculating step-by-step using calculator**\n\nI'll compute 12 plus 7, then multiply the result by 3, and finally multiply that by 10, reporting the final product.",
                  "tool_calls":[{"id":"call_AB6AaRZ1FYZB2RwS6A5vbdqn","type":"function",
                                 "function":{"name":"calculator","arguments":"{\"a\":12,\"b\":7,\"op\":\"add\"}"}}]}}],
              "usage":{"prompt_tokens":134,"completion_tokens":28,"total_tokens":162,
                       "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}})");
    QTest::newRow("final text answer")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 3
        << QByteArray(R"({"id":"chatcmpl-01830d662ab3856501693c3217ba4c8190a3ddf6c839d4f12a","object":"chat.completion",
              "created":42,"model":"client-model",
              "choices":[{"index":0,"logprobs":null,"finish_reason":"stop",
                "message":{"role":"assistant","content":"The final result is **570**.","refusal":null}}],
              "usage":{"prompt_tokens":299,"completion_tokens":12,"total_tokens":311,
                       "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}})");
    QTest::newRow("parallel wrapper")
        << QStringLiteral("parallel-tool-call-wrapper.1") << 0
        << QByteArray(R"({"id":"chatcmpl-parallel","object":"chat.completion","created":42,"model":"client-model",
              "choices":[{"index":0,"logprobs":null,"finish_reason":"tool_calls",
                "message":{"role":"assistant","content":null,"refusal":null,
                  "tool_calls":[{"id":"call_parallel_0","type":"function",
                                 "function":{"name":"weather","arguments":"{\"location\":\"San Francisco\"}"}},
                                {"id":"call_parallel_1","type":"function",
                                 "function":{"name":"cityAttractions","arguments":"{\"city\":\"Rome\"}"}}]}}],
              "usage":{"prompt_tokens":34,"completion_tokens":28,"total_tokens":62,
                       "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}})");
    QTest::newRow("phases, cached tokens")
        << QStringLiteral("openai-phase.1") << 0
        << QByteArray(R"({"id":"chatcmpl-0a63f40a2632b74300699f8818e5648196a8fa657ae8091421","object":"chat.completion",
              "created":42,"model":"client-model",
              "choices":[{"index":0,"logprobs":null,"finish_reason":"stop",
                "message":{"role":"assistant","content":"Got it\n\nHere are a few **AI","refusal":null}}],
              "usage":{"prompt_tokens":7112,"completion_tokens":463,"total_tokens":7575,
                       "prompt_tokens_details":{"cached_tokens":3072},"completion_tokens_details":{"reasoning_tokens":64}}})");
}

void tst_ChatCompletionAggregator::fromFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, segment);
    QFETCH(QByteArray, expected);
    const QJsonObject completion = aggregateFixture(fixture, segment);
    QVERIFY(!completion.isEmpty());
    QCOMPARE(compact(completion), compact(parse(expected)));
}

// Hand-made chunk sequences, independent of the stream translator.
void tst_ChatCompletionAggregator::fromChunks_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("expectedMessage");
    QTest::addColumn<QByteArray>("expectedFinish"); // JSON value
    QTest::addColumn<QByteArray>("expectedUsage");

    const QByteArray head = R"({"id":"chatcmpl-x","object":"chat.completion.chunk","created":7,"model":"m","choices":[{"index":0,"delta":)";
    const auto c = [&](const QByteArray &delta, const QByteArray &finish = "null") {
        return head + delta + R"(,"finish_reason":)" + finish + "}]}";
    };
    const QByteArray zeroUsage = R"({"prompt_tokens":0,"completion_tokens":0,"total_tokens":0,
        "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}})";
    const QByteArray someUsage = R"({"prompt_tokens":9,"completion_tokens":3,"total_tokens":12,
        "prompt_tokens_details":{"cached_tokens":1},"completion_tokens_details":{"reasoning_tokens":2}})";

    QTest::newRow("text, reasoning, usage")
        << QList<QByteArray>{c(R"({"role":"assistant","content":""})"), c(R"({"reasoning_content":"think "})"),
                             c(R"({"reasoning_content":"more"})"), c(R"({"content":"Hel"})"), c(R"({"content":"lo"})"),
                             c("{}", R"("stop")"),
                             R"({"id":"chatcmpl-x","object":"chat.completion.chunk","created":7,"model":"m","choices":[],"usage":)" + someUsage + "}"}
        << QByteArray(R"({"role":"assistant","content":"Hello","refusal":null,"reasoning_content":"think more"})")
        << QByteArray(R"("stop")") << someUsage;
    QTest::newRow("interleaved tool call arguments by index, no usage chunk")
        << QList<QByteArray>{
               c(R"({"role":"assistant","content":""})"),
               c(R"({"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"f","arguments":""}}]})"),
               c(R"({"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"g","arguments":"{\"b\""}}]})"),
               c(R"({"tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1}"}}]})"),
               c(R"({"tool_calls":[{"index":1,"function":{"arguments":":2}"}}]})"), c("{}", R"("tool_calls")")}
        << QByteArray(R"({"role":"assistant","content":null,"refusal":null,"tool_calls":[
               {"id":"call_a","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}},
               {"id":"call_b","type":"function","function":{"name":"g","arguments":"{\"b\":2}"}}]})")
        << QByteArray(R"("tool_calls")") << zeroUsage;
    QTest::newRow("empty answer: empty string content")
        << QList<QByteArray>{c(R"({"role":"assistant","content":""})"), c("{}", R"("length")")}
        << QByteArray(R"({"role":"assistant","content":"","refusal":null})") << QByteArray(R"("length")") << zeroUsage;
    QTest::newRow("refusal")
        << QList<QByteArray>{c(R"({"role":"assistant","content":""})"), c(R"({"refusal":"I can't"})"),
                             c(R"({"refusal":" help."})"), c("{}", R"("stop")")}
        << QByteArray(R"({"role":"assistant","content":"","refusal":"I can't help."})") << QByteArray(R"("stop")")
        << zeroUsage;
    QTest::newRow("no finish chunk: finish_reason null")
        << QList<QByteArray>{c(R"({"role":"assistant","content":""})"), c(R"({"content":"cut"})")}
        << QByteArray(R"({"role":"assistant","content":"cut","refusal":null})") << QByteArray("null") << zeroUsage;
    QTest::newRow("absurd tool index ignored")
        << QList<QByteArray>{c(R"({"role":"assistant","content":""})"),
                             c(R"({"tool_calls":[{"index":100000000,"id":"x","function":{"name":"f","arguments":"{}"}}]})"),
                             c("{}", R"("stop")")}
        << QByteArray(R"({"role":"assistant","content":"","refusal":null})") << QByteArray(R"("stop")") << zeroUsage;
}

void tst_ChatCompletionAggregator::fromChunks()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, expectedMessage);
    QFETCH(QByteArray, expectedFinish);
    QFETCH(QByteArray, expectedUsage);

    ChatCompletionAggregator aggregator;
    for (const QByteArray &chunk : chunks)
        aggregator.add(parse(chunk));
    const QJsonObject completion = aggregator.completion();

    QCOMPARE(completion.value(QLatin1String("id")).toString(), QStringLiteral("chatcmpl-x"));
    QCOMPARE(completion.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(completion.value(QLatin1String("created")).toInteger(), 7);
    QCOMPARE(completion.value(QLatin1String("model")).toString(), QStringLiteral("m"));
    const QJsonArray choices = completion.value(QLatin1String("choices")).toArray();
    QCOMPARE(choices.size(), 1);
    const QJsonObject choice = choices.at(0).toObject();
    QCOMPARE(choice.value(QLatin1String("index")).toInt(-1), 0);
    QCOMPARE(compact(choice.value(QLatin1String("message")).toObject()), compact(parse(expectedMessage)));
    const QJsonValue finish = QJsonDocument::fromJson("[" + expectedFinish + "]").array().at(0);
    QCOMPARE(choice.value(QLatin1String("finish_reason")), finish);
    QCOMPARE(compact(completion.value(QLatin1String("usage")).toObject()), compact(parse(expectedUsage)));
}

QTEST_GUILESS_MAIN(tst_ChatCompletionAggregator)
#include "tst_chatcompletionaggregator.moc"
