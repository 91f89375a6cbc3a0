#include "fixturereplay.h"

#include "openai/chatstreamtranslator.h"
#include "responses/toolnamemapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace FixtureReplay;

namespace {

constexpr qint64 kCreated = 1700000000;
const char *const kClientModel = "gpt-4o-via-bridge";

ChatStreamTranslator::Options options(bool includeUsage = true, const ToolNameMapper &names = ToolNameMapper())
{
    ChatStreamTranslator::Options o;
    o.clientModel = QString::fromLatin1(kClientModel);
    o.toolNames = names;
    o.includeUsage = includeUsage;
    o.created = kCreated;
    return o;
}

// What a client assembles from the chunks, plus structural checks done on the way.
struct Assembled
{
    QString content;
    QString reasoning;
    QJsonArray toolCalls; // [{id, name, arguments}] by index
    QString finishReason;
    QJsonObject usage;
    int finishChunks = 0;
    QString problem; // first structural violation
};

Assembled assemble(const QList<QJsonObject> &chunks, bool includeUsage)
{
    Assembled a;
    auto problem = [&](const QString &text) {
        if (a.problem.isEmpty())
            a.problem = text;
    };
    if (chunks.isEmpty())
        return a;

    const QString id = chunks.first().value(QLatin1String("id")).toString();
    if (!id.startsWith(QLatin1String("chatcmpl-")))
        problem(QStringLiteral("id does not start with chatcmpl-: ") + id);
    const QJsonObject firstDelta = chunks.first().value(QLatin1String("choices")).toArray().at(0).toObject()
                                       .value(QLatin1String("delta")).toObject();
    if (firstDelta != QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), QStringLiteral("")}})
        problem(QStringLiteral("first chunk is not the role chunk"));

    QList<QJsonObject> calls;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QJsonObject &c = chunks.at(i);
        if (c.value(QLatin1String("id")).toString() != id)
            problem(QStringLiteral("id changes"));
        if (c.value(QLatin1String("object")) != QLatin1String("chat.completion.chunk"))
            problem(QStringLiteral("object is not chat.completion.chunk"));
        if (c.value(QLatin1String("created")).toInteger() != kCreated)
            problem(QStringLiteral("created differs"));
        if (c.value(QLatin1String("model")) != QLatin1String(kClientModel))
            problem(QStringLiteral("model is not the client's"));
        if (includeUsage != c.contains(QLatin1String("usage")))
            problem(QStringLiteral("usage key presence does not follow include_usage"));
        if (a.finishChunks > 0 && !(includeUsage && i == chunks.size() - 1))
            problem(QStringLiteral("chunk after the finish chunk"));

        const QJsonArray choices = c.value(QLatin1String("choices")).toArray();
        if (c.value(QLatin1String("usage")).isObject()) {
            if (!choices.isEmpty() || i != chunks.size() - 1)
                problem(QStringLiteral("usage chunk is not last or has choices"));
            a.usage = c.value(QLatin1String("usage")).toObject();
            continue;
        }
        if (choices.size() != 1) {
            problem(QStringLiteral("a chunk without exactly one choice"));
            continue;
        }
        const QJsonObject choice = choices.at(0).toObject();
        if (choice.value(QLatin1String("index")).toInt(-1) != 0)
            problem(QStringLiteral("choice index is not 0"));
        if (choice.value(QLatin1String("finish_reason")).isString()) {
            a.finishReason = choice.value(QLatin1String("finish_reason")).toString();
            ++a.finishChunks;
        } else if (!choice.value(QLatin1String("finish_reason")).isNull()) {
            problem(QStringLiteral("finish_reason neither null nor a string"));
        }
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        if (i > 0 && delta.contains(QLatin1String("role")))
            problem(QStringLiteral("role repeated"));
        a.content += delta.value(QLatin1String("content")).toString();
        a.reasoning += delta.value(QLatin1String("reasoning_content")).toString();
        for (const QJsonValue &value : delta.value(QLatin1String("tool_calls")).toArray()) {
            const QJsonObject call = value.toObject();
            const int index = call.value(QLatin1String("index")).toInt(-1);
            const QJsonObject function = call.value(QLatin1String("function")).toObject();
            if (index == calls.size()) { // first appearance: must carry id, type and name
                if (call.value(QLatin1String("id")).toString().isEmpty()
                    || call.value(QLatin1String("type")) != QLatin1String("function")
                    || function.value(QLatin1String("name")).toString().isEmpty())
                    problem(QStringLiteral("first tool call chunk lacks id/type/name"));
                calls.append(QJsonObject{{QStringLiteral("id"), call.value(QLatin1String("id"))},
                                         {QStringLiteral("name"), function.value(QLatin1String("name"))},
                                         {QStringLiteral("arguments"), function.value(QLatin1String("arguments")).toString()}});
            } else if (index >= 0 && index < calls.size()) {
                if (call.contains(QLatin1String("id")) || function.contains(QLatin1String("name")))
                    problem(QStringLiteral("tool call header repeated"));
                calls[index].insert(QStringLiteral("arguments"),
                                    calls[index].value(QLatin1String("arguments")).toString()
                                        + function.value(QLatin1String("arguments")).toString());
            } else {
                problem(QStringLiteral("tool call index out of order: %1").arg(index));
            }
        }
    }
    for (const QJsonObject &call : std::as_const(calls))
        a.toolCalls.append(call);
    return a;
}

// Full texts the upstream reported in its own `.done` events, joined like distinct message items.
QString doneTexts(const Stream &stream)
{
    QStringList texts;
    for (const ResponsesEvent &ev : stream) {
        if (ev.type == "response.output_text.done")
            texts.append(ev.data.value(QLatin1String("text")).toString());
    }
    return texts.join(QLatin1String("\n\n"));
}

QJsonObject usage(qint64 prompt, qint64 completion, qint64 total, qint64 cached, qint64 reasoning)
{
    return QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                       {QStringLiteral("completion_tokens"), completion},
                       {QStringLiteral("total_tokens"), total},
                       {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), cached}}},
                       {QStringLiteral("completion_tokens_details"),
                        QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}}}};
}

QJsonArray calls(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

Stream events(const QList<QByteArray> &lines)
{
    Stream stream;
    for (const QByteArray &line : lines)
        stream.append(event(line));
    return stream;
}

const QByteArray kCreatedEvent = R"({"type":"response.created","response":{"id":"resp_abc","created_at":1234,"status":"in_progress"}})";
const QByteArray kMessageAdded = R"({"type":"response.output_item.added","output_index":0,"item":{"id":"msg_1","type":"message","role":"assistant","content":[]}})";
QByteArray textDelta(const char *text)
{
    return QByteArray(R"({"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":")")
           + text + "\"}";
}
const QByteArray kCompleted = R"({"type":"response.completed","response":{"id":"resp_abc","status":"completed","usage":{"input_tokens":10,"input_tokens_details":{"cached_tokens":4},"output_tokens":5,"output_tokens_details":{"reasoning_tokens":2},"total_tokens":15}}})";

} // namespace

class tst_ChatStreamTranslator : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void errorFixtureFailsBeforeOutput();
    void failureBeforeOutput();
    void failureAfterOutput();
    void endOfStreamWithoutTerminalEvent_data();
    void endOfStreamWithoutTerminalEvent();
    void incomplete_data();
    void incomplete();
    void toolCallVariants_data();
    void toolCallVariants();
    void toolNamesRestored();
    void textOnlyInDoneEvent();
    void noUsageWithoutIncludeUsage();
    void createdAndIdFromUpstream();
    void eventsAfterTerminalIgnored();
    void sseFraming();
    void throughput_data();
    void throughput();
};

void tst_ChatStreamTranslator::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("segment");
    // "<done>": the upstream's own output_text.done texts (where the recording's deltas add up to them)
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QJsonArray>("toolCalls");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<QJsonObject>("usage");

    const QString done = QStringLiteral("<done>");
    QTest::newRow("reasoning+call, turn 1")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 0 << QString()
        << QStringLiteral("**Calculating step-by-step using calculator**\n\nI'll compute 12 plus 7, then multiply "
                          "the result by 3, and finally multiply that by 10, reporting the final product.")
        << calls(R"([{"id":"call_AB6AaRZ1FYZB2RwS6A5vbdqn","name":"calculator","arguments":"{\"a\":12,\"b\":7,\"op\":\"add\"}"}])")
        << QStringLiteral("tool_calls") << usage(134, 28, 162, 0, 0);
    QTest::newRow("reasoning+call, turn 2")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 1 << QString() << QString()
        << calls(R"([{"id":"call_Q6pW65MUgW9vF59BmItYGos3","name":"calculator","arguments":"{\"a\":19,\"b\":3,\"op\":\"multiply\"}"}])")
        << QStringLiteral("tool_calls") << usage(221, 26, 247, 0, 0);
    QTest::newRow("reasoning+call, turn 3")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 2 << QString() << QString()
        << calls(R"([{"id":"call_Zl5vIMnD7dVAjgU6FkhmiCZh","name":"calculator","arguments":"{\"a\":57,\"b\":10,\"op\":\"multiply\"}"}])")
        << QStringLiteral("tool_calls") << usage(260, 26, 286, 0, 0);
    QTest::newRow("reasoning+call, turn 4 (answer)")
        << QStringLiteral("openai-reasoning-encrypted-content.1") << 3 << QStringLiteral("The final result is **570**.")
        << QString() << QJsonArray() << QStringLiteral("stop") << usage(299, 12, 311, 0, 0);

    QStringList summaries;
    for (int i = 0; i < 6; ++i) {
        summaries << QStringLiteral("**Anonymized summary %1**\n\nThis is placeholder reasoning text for anonymized "
                                    "fixture summary index %1. The actual reasoning content has been redacted; only "
                                    "the streaming structure is preserved for test purposes.").arg(i);
    }
    // The anonymised recording streams "X" as the only delta while its .done says otherwise: deltas win.
    QTest::newRow("multi-part summary")
        << QStringLiteral("azure-gpt5-reasoning-multi-summary-with-encryption") << 0 << QStringLiteral("X")
        << summaries.join(QLatin1String("\n\n")) << QJsonArray() << QStringLiteral("stop")
        << usage(100, 500, 600, 0, 300);
    QTest::newRow("commentary and final answer phases")
        << QStringLiteral("openai-phase.1") << 0 << QStringLiteral("Got it\n\nHere are a few **AI") << QString() << QJsonArray() << QStringLiteral("stop")
        << usage(7112, 463, 7575, 3072, 64);
    QTest::newRow("hosted web search")
        << QStringLiteral("openai-web-search-tool.1") << 0 << done << QString() << QJsonArray()
        << QStringLiteral("stop") << usage(31073, 4416, 35489, 3712, 3712);
    QTest::newRow("parallel wrapper unwrapped")
        << QStringLiteral("parallel-tool-call-wrapper.1") << 0 << QString() << QString()
        << calls(R"([{"id":"call_parallel_0","name":"weather","arguments":"{\"location\":\"San Francisco\"}"},
                     {"id":"call_parallel_1","name":"cityAttractions","arguments":"{\"city\":\"Rome\"}"}])")
        << QStringLiteral("tool_calls") << usage(34, 28, 62, 0, 0);
}

void tst_ChatStreamTranslator::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, segment);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(QJsonArray, toolCalls);
    QFETCH(QString, finishReason);
    QFETCH(QJsonObject, usage);

    bool ok = false;
    const QList<Stream> segments = loadSegments(fixture, &ok);
    QVERIFY2(ok, qPrintable(fixturePath(fixture)));
    QVERIFY(segment < segments.size());
    const Stream &stream = segments.at(segment);
    if (content == QLatin1String("<done>")) {
        content = doneTexts(stream);
        QVERIFY(content.size() > 100);
    }

    const Replay r = replay(stream, options());
    QVERIFY(r.terminated);
    QVERIFY(!r.failed);
    QVERIFY(r.started);
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.content, content);
    QCOMPARE(a.reasoning, reasoning);
    QCOMPARE(a.toolCalls, toolCalls);
    QCOMPARE(a.finishChunks, 1);
    QCOMPARE(a.finishReason, finishReason);
    QCOMPARE(a.usage, usage);
}

void tst_ChatStreamTranslator::errorFixtureFailsBeforeOutput()
{
    bool ok = false;
    const QList<Stream> segments = loadSegments(QStringLiteral("openai-error.1"), &ok);
    QVERIFY(ok);
    const Replay r = replay(segments.at(0), options());
    QVERIFY(r.chunks.isEmpty());
    QVERIFY(!r.started);
    QVERIFY(r.failed);
    QVERIFY(r.terminated);
    QCOMPARE(r.failure.code, QStringLiteral("insufficient_quota"));
    QVERIFY(r.failure.message.startsWith(QLatin1String("You exceeded your current quota")));
}

void tst_ChatStreamTranslator::failureBeforeOutput()
{
    const Replay r = replay(events({kCreatedEvent, kMessageAdded,
                                    R"({"type":"response.failed","response":{"id":"resp_abc","status":"failed",
                                        "error":{"code":"server_is_overloaded","message":"busy"}}})"}),
                            options());
    QVERIFY(r.chunks.isEmpty());
    QVERIFY(!r.started);
    QVERIFY(r.failed);
    QCOMPARE(r.failure.kind(), UpstreamFailure::Kind::Overloaded);
    QCOMPARE(r.failure.message, QStringLiteral("busy"));
}

void tst_ChatStreamTranslator::failureAfterOutput()
{
    const Replay r = replay(events({kCreatedEvent, kMessageAdded, textDelta("Hel"), textDelta("lo"),
                                    R"({"type":"error","code":"context_length_exceeded","message":"too long"})",
                                    kCompleted}),
                            options());
    QVERIFY(r.started);
    QVERIFY(r.failed);
    QCOMPARE(r.failure.kind(), UpstreamFailure::Kind::ContextTooLong);
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.content, QStringLiteral("Hello"));
    QCOMPARE(a.finishChunks, 0); // never a fake "stop" on a truncated answer
    QVERIFY(a.usage.isEmpty());
}

void tst_ChatStreamTranslator::endOfStreamWithoutTerminalEvent_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("started");
    QTest::newRow("nothing at all") << QList<QByteArray>() << false;
    QTest::newRow("only created") << QList<QByteArray>{kCreatedEvent} << false;
    QTest::newRow("after text") << QList<QByteArray>{kCreatedEvent, kMessageAdded, textDelta("partial")} << true;
}

void tst_ChatStreamTranslator::endOfStreamWithoutTerminalEvent()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, started);
    const Replay r = replay(events(lines), options());
    QCOMPARE(r.started, started);
    QCOMPARE(r.chunks.isEmpty(), !started);
    QVERIFY(r.failed);
    QVERIFY(r.terminated);
    QCOMPARE(r.failure.kind(), UpstreamFailure::Kind::NetworkError); // retryable if nothing was sent
    QVERIFY(!r.failure.message.isEmpty());
    QCOMPARE(assemble(r.chunks, true).finishChunks, 0);
}

void tst_ChatStreamTranslator::incomplete_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<bool>("withToolCall");
    QTest::addColumn<QString>("finishReason");
    QTest::newRow("max_output_tokens") << QByteArray("max_output_tokens") << false << QStringLiteral("length");
    QTest::newRow("content_filter") << QByteArray("content_filter") << false << QStringLiteral("content_filter");
    QTest::newRow("tool call wins") << QByteArray("max_output_tokens") << true << QStringLiteral("tool_calls");
}

void tst_ChatStreamTranslator::incomplete()
{
    QFETCH(QByteArray, reason);
    QFETCH(bool, withToolCall);
    QFETCH(QString, finishReason);
    QList<QByteArray> lines{kCreatedEvent, kMessageAdded, textDelta("cut")};
    if (withToolCall) {
        lines << R"({"type":"response.output_item.added","output_index":1,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":""}})"
              << R"({"type":"response.output_item.done","output_index":1,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":"{}"}})";
    }
    lines << R"({"type":"response.incomplete","response":{"status":"incomplete","incomplete_details":{"reason":")" + reason
                 + R"("},"usage":{"input_tokens":3,"output_tokens":7,"total_tokens":10}}})";
    const Replay r = replay(events(lines), options());
    QVERIFY(!r.failed);
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.content, QStringLiteral("cut"));
    QCOMPARE(a.finishReason, finishReason);
    QCOMPARE(a.usage, usage(3, 7, 10, 0, 0));
}

void tst_ChatStreamTranslator::toolCallVariants_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QJsonArray>("toolCalls");
    QTest::addColumn<int>("chunkCount"); // role + tool chunks + finish + usage

    QTest::newRow("name only on output_item.done: held until then")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","arguments":""}})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"{\"q\":"})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"1}"})",
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"search","arguments":"{\"q\":1}"}})",
               kCompleted}
        << calls(R"([{"id":"call_1","name":"search","arguments":"{\"q\":1}"}])") << 4;
    QTest::newRow("arguments only in arguments.done, not repeated by item.done")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":""}})",
               R"({"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":0,"arguments":"{\"x\":2}"})",
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":"{\"x\":2}"}})",
               kCompleted}
        << calls(R"([{"id":"call_1","name":"f","arguments":"{\"x\":2}"}])") << 5;
    QTest::newRow("arguments only in item.done")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":""}})",
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":"{\"y\":3}"}})",
               kCompleted}
        << calls(R"([{"id":"call_1","name":"f","arguments":"{\"y\":3}"}])") << 5;
    QTest::newRow("interleaved calls keep their own index")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_a","type":"function_call","call_id":"call_a","name":"f","arguments":""}})",
               R"({"type":"response.output_item.added","output_index":1,"item":{"id":"fc_b","type":"function_call","call_id":"call_b","name":"g","arguments":""}})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_b","output_index":1,"delta":"{\"b\""})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":"{\"a\""})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":":1}"})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_b","output_index":1,"delta":":2}"})",
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_a","type":"function_call","call_id":"call_a","name":"f","arguments":"{\"a\":1}"}})",
               R"({"type":"response.output_item.done","output_index":1,"item":{"id":"fc_b","type":"function_call","call_id":"call_b","name":"g","arguments":"{\"b\":2}"}})",
               kCompleted}
        << calls(R"([{"id":"call_a","name":"f","arguments":"{\"a\":1}"},{"id":"call_b","name":"g","arguments":"{\"b\":2}"}])")
        << 9;
    QTest::newRow("a real tool named parallel is not unwrapped")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"parallel","arguments":""}})",
               R"({"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"{\"jobs\":[1,2]}"})",
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"parallel","arguments":"{\"jobs\":[1,2]}"}})",
               kCompleted}
        << calls(R"([{"id":"call_1","name":"parallel","arguments":"{\"jobs\":[1,2]}"}])") << 4;
    QTest::newRow("only output_item.done (no added, no deltas)")
        << QList<QByteArray>{
               kCreatedEvent,
               R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":"{\"z\":0}"}})",
               kCompleted}
        << calls(R"([{"id":"call_1","name":"f","arguments":"{\"z\":0}"}])") << 4;
}

void tst_ChatStreamTranslator::toolCallVariants()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QJsonArray, toolCalls);
    QFETCH(int, chunkCount);
    const Replay r = replay(events(lines), options());
    QVERIFY(!r.failed);
    QCOMPARE(r.chunks.size(), chunkCount);
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.toolCalls, toolCalls);
    QCOMPARE(a.finishReason, QStringLiteral("tool_calls"));
}

void tst_ChatStreamTranslator::toolNamesRestored()
{
    const QString clientName = QStringLiteral("mcp__some_server_with_a_long_name__and_a_tool_whose_name_is_long_as_well");
    const ToolNameMapper mapper(QStringList{clientName});
    const QString upstreamName = mapper.toUpstream(clientName);
    QVERIFY(upstreamName != clientName);

    const QByteArray added = R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":")"
                             + upstreamName.toUtf8() + R"(","arguments":""}})";
    const QByteArray done = R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":")"
                            + upstreamName.toUtf8() + R"(","arguments":"{}"}})";
    const Replay r = replay(events({kCreatedEvent, added, done, kCompleted}), options(true, mapper));
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.toolCalls.size(), 1);
    QCOMPARE(a.toolCalls.at(0).toObject().value(QLatin1String("name")).toString(), clientName);

    // and inside a parallel wrapper
    const QByteArray wrapperArgs = QJsonDocument(QJsonObject{
        {QStringLiteral("tool_uses"),
         QJsonArray{QJsonObject{{QStringLiteral("recipient_name"), QStringLiteral("functions.") + upstreamName},
                                {QStringLiteral("parameters"), QJsonObject()}}}}}).toJson(QJsonDocument::Compact);
    const QJsonObject wrapperDone{
        {QStringLiteral("type"), QStringLiteral("response.output_item.done")},
        {QStringLiteral("output_index"), 0},
        {QStringLiteral("item"), QJsonObject{{QStringLiteral("id"), QStringLiteral("fc_p")},
                                             {QStringLiteral("type"), QStringLiteral("function_call")},
                                             {QStringLiteral("call_id"), QStringLiteral("call_p")},
                                             {QStringLiteral("name"), QStringLiteral("parallel")},
                                             {QStringLiteral("arguments"), QString::fromUtf8(wrapperArgs)}}}};
    const Replay w = replay(events({kCreatedEvent, QJsonDocument(wrapperDone).toJson(QJsonDocument::Compact), kCompleted}),
                            options(true, mapper));
    const Assembled b = assemble(w.chunks, true);
    QVERIFY2(b.problem.isEmpty(), qPrintable(b.problem));
    QCOMPARE(b.toolCalls.size(), 1);
    QCOMPARE(b.toolCalls.at(0).toObject().value(QLatin1String("name")).toString(), clientName);
    QCOMPARE(b.toolCalls.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("call_p_0"));
}

void tst_ChatStreamTranslator::textOnlyInDoneEvent()
{
    const Replay r = replay(events({kCreatedEvent, kMessageAdded,
                                    R"({"type":"response.output_text.done","item_id":"msg_1","content_index":0,"text":"whole"})",
                                    kCompleted}),
                            options());
    const Assembled a = assemble(r.chunks, true);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.content, QStringLiteral("whole"));
}

void tst_ChatStreamTranslator::noUsageWithoutIncludeUsage()
{
    const Replay r = replay(events({kCreatedEvent, kMessageAdded, textDelta("hi"), kCompleted}), options(false));
    const Assembled a = assemble(r.chunks, false); // also checks no chunk has a "usage" key
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(r.chunks.size(), 3); // role, text, finish
    QCOMPARE(a.finishReason, QStringLiteral("stop"));
}

void tst_ChatStreamTranslator::createdAndIdFromUpstream()
{
    ChatStreamTranslator::Options o = options();
    o.created = 0;
    ChatStreamTranslator translator(o);
    QList<QJsonObject> chunks;
    for (const ResponsesEvent &ev : events({kCreatedEvent, kMessageAdded, textDelta("a"), textDelta("b"), kCompleted}))
        translator.feed(ev, chunks);
    QCOMPARE(chunks.size(), 5);
    for (const QJsonObject &c : std::as_const(chunks)) {
        QCOMPARE(c.value(QLatin1String("created")).toInteger(), 1234);
        QCOMPARE(c.value(QLatin1String("id")).toString(), QStringLiteral("chatcmpl-abc"));
    }
    QCOMPARE(translator.completionId(), QStringLiteral("chatcmpl-abc"));
}

void tst_ChatStreamTranslator::eventsAfterTerminalIgnored()
{
    ChatStreamTranslator translator(options());
    QList<QJsonObject> chunks;
    for (const ResponsesEvent &ev : events({kCreatedEvent, kMessageAdded, textDelta("a"), kCompleted}))
        translator.feed(ev, chunks);
    QVERIFY(translator.isTerminated());
    const qsizetype count = chunks.size();
    for (const ResponsesEvent &ev : events({textDelta("late"), R"({"type":"error","message":"late"})", kCompleted}))
        translator.feed(ev, chunks);
    translator.finish(chunks);
    QCOMPARE(chunks.size(), count);
    QVERIFY(!translator.hasFailed());
}

void tst_ChatStreamTranslator::sseFraming()
{
    const QJsonObject chunk{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")}, {QStringLiteral("n"), 1}};
    QCOMPARE(ChatStreamTranslator::toSse(chunk), QByteArray("data: {\"id\":\"chatcmpl-1\",\"n\":1}\n\n"));
}

// Events per second through the translator: a recorded stream (deltas, items, annotations, web search)
// and a long answer of text deltas, the common case. Divide the event count by the time per iteration.
void tst_ChatStreamTranslator::throughput_data()
{
    QTest::addColumn<Stream>("stream");
    bool ok = false;
    const QList<Stream> segments = loadSegments(QStringLiteral("openai-web-search-tool.1"), &ok);
    QVERIFY(ok);
    QTest::newRow("web search fixture (185 events)") << segments.at(0);

    Stream deltas = events({kCreatedEvent, kMessageAdded});
    const ResponsesEvent delta = FixtureReplay::event(textDelta("some words "));
    for (int i = 0; i < 1000; ++i)
        deltas.append(delta);
    deltas.append(FixtureReplay::event(kCompleted));
    QTest::newRow("1003 text deltas") << deltas;
}

void tst_ChatStreamTranslator::throughput()
{
    QFETCH(Stream, stream);
    QList<QJsonObject> chunks;
    chunks.reserve(stream.size() + 4);
    QBENCHMARK {
        ChatStreamTranslator translator(options());
        chunks.clear();
        for (const ResponsesEvent &ev : stream)
            translator.feed(ev, chunks);
    }
    QVERIFY(!chunks.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ChatStreamTranslator)
#include "tst_chatstreamtranslator.moc"
