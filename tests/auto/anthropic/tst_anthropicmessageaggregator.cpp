#include "anthropic/anthropicmessageaggregator.h"
#include "anthropic/anthropicstreamtranslator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString clientModel = QStringLiteral("claude-opus-4-1");

// One recorded stream file may hold several responses; each starts at `response.created`.
QList<QList<ResponsesEvent>> loadFixture(const QString &name)
{
    QFile file(QStringLiteral(CODEXBRIDGE_SHARED_DIR "/fixtures/responses-streams/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QList<ResponsesEvent>> responses;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            doc = QJsonDocument::fromJson(line + '}'); // parallel-tool-call-wrapper.1 lacks some closing braces
        if (!doc.isObject())
            return {};
        const QJsonObject object = doc.object();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("response.created") || responses.isEmpty())
            responses.append(QList<ResponsesEvent>());
        responses.last().append(ResponsesEvent{object.value(QLatin1String("type")).toString().toUtf8(), object});
    }
    return responses;
}

AnthropicMessageAggregator *aggregate(const QList<ResponsesEvent> &events, AnthropicMessageAggregator *aggregator)
{
    AnthropicStreamTranslator::Options options;
    options.clientModel = clientModel;
    options.inputTokensEstimate = 99;
    AnthropicStreamTranslator translator(options);
    QList<AnthropicEvent> out;
    for (const ResponsesEvent &event : events)
        translator.feed(event, out);
    translator.finish(out);
    for (const AnthropicEvent &event : out)
        aggregator->add(event);
    return aggregator;
}

// Signatures are long opaque blobs: compare them as "<length>:<first 24 characters>".
QJsonObject abbreviateSignatures(QJsonObject message)
{
    QJsonArray content = message.value(QLatin1String("content")).toArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        QJsonObject block = content.at(i).toObject();
        const QString signature = block.value(QLatin1String("signature")).toString();
        if (!signature.isEmpty()) {
            block.insert(QStringLiteral("signature"), QString::number(signature.size()) + QLatin1Char(':') + signature.left(24));
            content.replace(i, block);
        }
    }
    message.insert(QStringLiteral("content"), content);
    return message;
}

ResponsesEvent upstreamEvent(const char *json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    return ResponsesEvent{object.value(QLatin1String("type")).toString().toUtf8(), object};
}

} // namespace

class tst_AnthropicMessageAggregator : public QObject
{
    Q_OBJECT

private slots:
    void fixtureMessage_data();
    void fixtureMessage();
    void webSearchFixture();
    void errorFixture();
    void failureAfterOutput();
    void cutOffToolInput();
    void eventsAfterStopIgnored();
};

void tst_AnthropicMessageAggregator::fixtureMessage_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("response");
    QTest::addColumn<QByteArray>("expected"); // the message without its generated id

    const QString reasoning = QStringLiteral("openai-reasoning-encrypted-content.1.chunks.txt");
    QTest::newRow("reasoning+call 1") << reasoning << 0 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[
          {"type":"thinking","thinking":"**Calculating step-by-step using calculator**\n\nI'll compute 12 plus 7, then multiply the result by 3, and finally multiply that by 10, reporting the final product.",
           "signature":"1060:gAAAAABpPDIVOKrsHNZ0Gwso"},
          {"type":"tool_use","id":"call_AB6AaRZ1FYZB2RwS6A5vbdqn","name":"calculator","input":{"a":12,"b":7,"op":"add"}}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":134,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":28}})");
    QTest::newRow("reasoning+call 2") << reasoning << 1 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[{"type":"tool_use","id":"call_Q6pW65MUgW9vF59BmItYGos3","name":"calculator","input":{"a":19,"b":3,"op":"multiply"}}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":221,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":26}})");
    QTest::newRow("reasoning+call 3") << reasoning << 2 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[{"type":"tool_use","id":"call_Zl5vIMnD7dVAjgU6FkhmiCZh","name":"calculator","input":{"a":57,"b":10,"op":"multiply"}}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":260,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":26}})");
    QTest::newRow("reasoning+call 4") << reasoning << 3 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[{"type":"text","text":"The final result is **570**."}],
        "stop_reason":"end_turn","stop_sequence":null,
        "usage":{"input_tokens":299,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":12}})");

    const QByteArray summary = "This is placeholder reasoning text for anonymized fixture summary index %1. The actual "
                               "reasoning content has been redacted; only the streaming structure is preserved for test purposes.";
    QByteArray thinking;
    for (int i = 0; i < 6; ++i) {
        if (i > 0)
            thinking += "\\n\\n";
        thinking += "**Anonymized summary " + QByteArray::number(i) + "**\\n\\n"
            + QByteArray(summary).replace("%1", QByteArray::number(i));
    }
    QTest::newRow("azure multi-summary") << QStringLiteral("azure-gpt5-reasoning-multi-summary-with-encryption.chunks.txt") << 0
        << QByteArray(R"({"type":"message","role":"assistant","model":"claude-opus-4-1",
               "content":[{"type":"thinking","thinking":")" + thinking + R"(","signature":"13688:AZURE_FIXTURE_CANONICAL_"},
                          {"type":"text","text":"X"}],
               "stop_reason":"end_turn","stop_sequence":null,
               "usage":{"input_tokens":100,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":500}})");

    QTest::newRow("phase") << QStringLiteral("openai-phase.1.chunks.txt") << 0 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[{"type":"text","text":"Got it"},{"type":"text","text":"Here are a few **AI"}],
        "stop_reason":"end_turn","stop_sequence":null,
        "usage":{"input_tokens":4040,"cache_creation_input_tokens":0,"cache_read_input_tokens":3072,"output_tokens":463}})");

    QTest::newRow("parallel wrapper") << QStringLiteral("parallel-tool-call-wrapper.1.chunks.txt") << 0 << QByteArray(R"({
        "type":"message","role":"assistant","model":"claude-opus-4-1",
        "content":[{"type":"tool_use","id":"call_parallel_0","name":"weather","input":{"location":"San Francisco"}},
                   {"type":"tool_use","id":"call_parallel_1","name":"cityAttractions","input":{"city":"Rome"}}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":34,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":28}})");
}

void tst_AnthropicMessageAggregator::fixtureMessage()
{
    QFETCH(QString, fixture);
    QFETCH(int, response);
    QFETCH(QByteArray, expected);

    const QList<QList<ResponsesEvent>> responses = loadFixture(fixture);
    QVERIFY(response < responses.size());
    AnthropicMessageAggregator aggregator;
    aggregate(responses.at(response), &aggregator);
    QVERIFY(aggregator.isComplete());
    QVERIFY(!aggregator.error());

    QJsonObject message = abbreviateSignatures(aggregator.message());
    QVERIFY(message.value(QLatin1String("id")).toString().startsWith(QLatin1String("msg_")));
    message.remove(QStringLiteral("id"));
    QJsonParseError parseError;
    const QJsonObject want = QJsonDocument::fromJson(expected, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    if (message != want) {
        qWarning("got:  %s", QJsonDocument(message).toJson(QJsonDocument::Compact).constData());
        qWarning("want: %s", QJsonDocument(want).toJson(QJsonDocument::Compact).constData());
    }
    QVERIFY(message == want);
}

void tst_AnthropicMessageAggregator::webSearchFixture()
{
    const QList<QList<ResponsesEvent>> responses = loadFixture(QStringLiteral("openai-web-search-tool.1.chunks.txt"));
    QCOMPARE(responses.size(), 1);
    AnthropicMessageAggregator aggregator;
    aggregate(responses.first(), &aggregator);
    QVERIFY(aggregator.isComplete());
    const QJsonObject message = aggregator.message();
    const QJsonArray content = message.value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 13); // six searches (use + result) and the answer

    const QJsonObject firstUse = QJsonDocument::fromJson(R"({"type":"server_tool_use",
        "id":"srvtoolu_ws_0cc96ac817fdc57e006933370e71cc81989ece73cbdfe67d25","name":"web_search",
        "input":{"query":"tech news today December 5 2025"}})").object();
    QCOMPARE(content.at(0).toObject(), firstUse);
    const QJsonObject firstResult = content.at(1).toObject();
    QCOMPARE(firstResult.value(QLatin1String("type")).toString(), QStringLiteral("web_search_tool_result"));
    QCOMPARE(firstResult.value(QLatin1String("tool_use_id")).toString(), firstUse.value(QLatin1String("id")).toString());
    const QJsonArray results = firstResult.value(QLatin1String("content")).toArray();
    QCOMPARE(results.size(), 10);
    const QJsonObject wired = QJsonDocument::fromJson(R"({"type":"web_search_result",
        "url":"https://www.wired.com/story/the-big-interview-2025-recap",
        "title":"https://www.wired.com/story/the-big-interview-2025-recap","encrypted_content":"","page_age":null})").object();
    QCOMPARE(results.at(0).toObject(), wired);
    QCOMPARE(content.at(4).toObject().value(QLatin1String("input")).toObject().value(QLatin1String("query")).toString(),
             QStringLiteral("https://techcrunch.com/2025/12/05/petco-confirms-security-lapse-exposed-customers-personal-data/"));

    const QJsonObject answer = content.at(12).toObject();
    QCOMPARE(answer.value(QLatin1String("type")).toString(), QStringLiteral("text"));
    const QString text = answer.value(QLatin1String("text")).toString();
    QCOMPARE(text.size(), 3645);
    QVERIFY(text.startsWith(QStringLiteral("I checked today\u2019s tech headlines")));
    QVERIFY(text.endsWith(QLatin1String("pull out more details now?")));

    QCOMPARE(message.value(QLatin1String("stop_reason")).toString(), QStringLiteral("end_turn"));
    const QJsonObject usage = QJsonDocument::fromJson(R"({"input_tokens":27361,"cache_creation_input_tokens":0,
        "cache_read_input_tokens":3712,"output_tokens":4416,"server_tool_use":{"web_search_requests":6}})").object();
    QCOMPARE(message.value(QLatin1String("usage")).toObject(), usage);
}

void tst_AnthropicMessageAggregator::errorFixture()
{
    // A failure before any output emits nothing: the HTTP layer answers from the translator's failure().
    const QList<QList<ResponsesEvent>> responses = loadFixture(QStringLiteral("openai-error.1.chunks.txt"));
    QCOMPARE(responses.size(), 1);
    AnthropicMessageAggregator aggregator;
    aggregate(responses.first(), &aggregator);
    QVERIFY(!aggregator.isComplete());
    QVERIFY(!aggregator.error());
    QVERIFY(aggregator.message().value(QLatin1String("content")).toArray().isEmpty());
}

void tst_AnthropicMessageAggregator::failureAfterOutput()
{
    AnthropicMessageAggregator aggregator;
    aggregate({upstreamEvent(R"({"type":"response.created","response":{}})"),
               upstreamEvent(R"({"type":"response.output_item.added","output_index":0,"item":{"type":"message","id":"m1"}})"),
               upstreamEvent(R"({"type":"response.output_text.delta","output_index":0,"content_index":0,"delta":"Half an"})"),
               upstreamEvent(R"({"type":"error","code":"server_is_overloaded","message":"Overloaded"})")},
              &aggregator);
    QVERIFY(!aggregator.isComplete());
    const std::optional<ApiError> error = aggregator.error();
    QVERIFY(error.has_value());
    QCOMPARE(error->status, 529);
    QCOMPARE(error->anthropicType(), QStringLiteral("overloaded_error"));
    QVERIFY(error->message.contains(QLatin1String("Overloaded")));
    // What arrived before the failure is still there for logging.
    QCOMPARE(aggregator.message().value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Half an"));
}

void tst_AnthropicMessageAggregator::cutOffToolInput()
{
    AnthropicMessageAggregator aggregator;
    aggregate({upstreamEvent(R"({"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc1","call_id":"call_1","name":"Write"}})"),
               upstreamEvent(R"({"type":"response.function_call_arguments.delta","output_index":0,"delta":"{\"content\":\"ab"})"),
               upstreamEvent(R"({"type":"response.incomplete","response":{"incomplete_details":{"reason":"max_output_tokens"},"usage":{"input_tokens":5,"output_tokens":9}}})")},
              &aggregator);
    QVERIFY(aggregator.isComplete());
    const QJsonObject message = aggregator.message();
    QCOMPARE(message.value(QLatin1String("stop_reason")).toString(), QStringLiteral("max_tokens"));
    const QJsonObject block = message.value(QLatin1String("content")).toArray().at(0).toObject();
    QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("tool_use"));
    QCOMPARE(block.value(QLatin1String("input")).toObject(), QJsonObject()); // unparseable input stays {}
}

void tst_AnthropicMessageAggregator::eventsAfterStopIgnored()
{
    AnthropicMessageAggregator aggregator;
    aggregator.add(AnthropicEvent{"message_start", QJsonDocument::fromJson(R"({"type":"message_start","message":{"id":"msg_1",
        "type":"message","role":"assistant","model":"m","content":[],"stop_reason":null,"stop_sequence":null,
        "usage":{"input_tokens":3,"output_tokens":0}}})").object()});
    aggregator.add(AnthropicEvent{"message_delta", QJsonDocument::fromJson(R"({"type":"message_delta",
        "delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":4}})").object()});
    aggregator.add(AnthropicEvent{"message_stop", QJsonObject{{QStringLiteral("type"), QStringLiteral("message_stop")}}});
    aggregator.add(AnthropicEvent{"error", QJsonDocument::fromJson(R"({"type":"error","error":{"type":"api_error","message":"x"}})").object()});
    QVERIFY(aggregator.isComplete());
    QVERIFY(!aggregator.error());
    const QJsonObject usage = aggregator.message().value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 3); // kept from message_start
    QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 4);
}

QTEST_GUILESS_MAIN(tst_AnthropicMessageAggregator)
#include "tst_anthropicmessageaggregator.moc"
