#include "chatstreamtranslator.h"

#include "core/jsonwriter.h"
#include "core/loggingcategories.h"
#include "responses/responsesids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The model sometimes wraps several calls into one call of this pseudo tool (see the
// parallel-tool-call-wrapper fixture): {"tool_uses":[{"recipient_name":"functions.X","parameters":{..}}]}.
bool isParallelWrapperName(const QString &name)
{
    return name == QLatin1String("parallel") || name == QLatin1String("multi_tool_use.parallel");
}

// Deltas are keyed by item_id; output_index is the fallback for streams that omit it.
QString itemKey(const QJsonObject &data, const QJsonObject &item = QJsonObject())
{
    QString key = data.value(QLatin1String("item_id")).toString();
    if (key.isEmpty())
        key = item.value(QLatin1String("id")).toString();
    if (key.isEmpty())
        key = QLatin1Char('#') + QString::number(data.value(QLatin1String("output_index")).toInt());
    return key;
}

QJsonObject toolCallsDelta(const QJsonObject &toolCall)
{
    return QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{toolCall}}};
}

QJsonObject usageFrom(const QJsonObject &upstream)
{
    const qint64 input = upstream.value(QLatin1String("input_tokens")).toInteger();
    const qint64 output = upstream.value(QLatin1String("output_tokens")).toInteger();
    const QJsonValue total = upstream.value(QLatin1String("total_tokens"));
    const qint64 cached = upstream.value(QLatin1String("input_tokens_details")).toObject()
                              .value(QLatin1String("cached_tokens")).toInteger();
    const qint64 reasoning = upstream.value(QLatin1String("output_tokens_details")).toObject()
                                 .value(QLatin1String("reasoning_tokens")).toInteger();
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), input},
        {QStringLiteral("completion_tokens"), output},
        {QStringLiteral("total_tokens"), total.isDouble() ? total.toInteger() : input + output},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), cached}}},
        {QStringLiteral("completion_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}}},
    };
}

} // namespace

ChatStreamTranslator::ChatStreamTranslator(Options options)
    : m_options(std::move(options))
{
}

void ChatStreamTranslator::feed(const ResponsesEvent &event, QList<QJsonObject> &chunks)
{
    if (m_terminated)
        return;
    const QByteArray &type = event.type;
    const QJsonObject &data = event.data;

    // Most frequent first: the deltas.
    if (type == "response.output_text.delta") {
        onTextDelta(data, data.value(QLatin1String("delta")).toString(), false, chunks);
    } else if (type == "response.reasoning_summary_text.delta") {
        onReasoningDelta(data, data.value(QLatin1String("delta")).toString(), false, chunks);
    } else if (type == "response.function_call_arguments.delta") {
        onArgumentsDelta(data, chunks);
    } else if (type == "response.output_item.added") {
        onOutputItemAdded(data, chunks);
    } else if (type == "response.output_item.done") {
        onOutputItemDone(data, chunks);
    } else if (type == "response.function_call_arguments.done") {
        onArgumentsDone(data, chunks);
    } else if (type == "response.output_text.done") {
        onTextDelta(data, data.value(QLatin1String("text")).toString(), true, chunks);
    } else if (type == "response.reasoning_summary_text.done") {
        onReasoningDelta(data, data.value(QLatin1String("text")).toString(), true, chunks);
    } else if (type == "response.refusal.delta") {
        appendDelta(QStringLiteral("refusal"), data.value(QLatin1String("delta")).toString(), chunks);
    } else if (type == "response.created") {
        onCreated(data);
    } else if (type == "response.completed") {
        onTerminal(data, false, chunks);
    } else if (type == "response.incomplete") {
        onTerminal(data, true, chunks);
    } else if (type == "response.failed" || type == "error") {
        onFailure(data);
    }
    // Everything else (in_progress, part added/done, web_search_call.*, annotations) carries nothing
    // a Chat Completions client can use.
}

void ChatStreamTranslator::finish(QList<QJsonObject> &chunks)
{
    Q_UNUSED(chunks); // a truncated stream gets no finish chunk: the caller reports failure()
    if (m_terminated)
        return;
    m_failure = UpstreamFailure::network(
        tr("The ChatGPT backend closed the stream before the response was complete."));
    m_failed = true;
    m_terminated = true;
}

QByteArray ChatStreamTranslator::toSse(const QJsonObject &chunk)
{
    QByteArray sse;
    // A delta chunk repeats id, object, created and model: about 150 bytes before its text.
    sse.reserve(256);
    sse.append("data: ", 6);
    JsonWriter::appendCompactOrQt(sse, chunk);
    sse.append("\n\n", 2);
    return sse;
}

void ChatStreamTranslator::onCreated(const QJsonObject &data)
{
    const QJsonObject response = data.value(QLatin1String("response")).toObject();
    m_responseId = response.value(QLatin1String("id")).toString();
    m_created = response.value(QLatin1String("created_at")).toInteger();
}

void ChatStreamTranslator::onOutputItemAdded(const QJsonObject &data, QList<QJsonObject> &chunks)
{
    const QJsonObject item = data.value(QLatin1String("item")).toObject();
    if (item.value(QLatin1String("type")) != QLatin1String("function_call"))
        return;
    ToolCall call;
    call.callId = item.value(QLatin1String("call_id")).toString();
    call.name = item.value(QLatin1String("name")).toString();
    const QString arguments = item.value(QLatin1String("arguments")).toString();
    const QString key = itemKey(data, item);
    if (call.name.isEmpty() || isParallelWrapperName(call.name)) {
        // Without a name the client cannot use the header; a wrapper must be seen whole to be unwrapped.
        call.held = true;
        call.bufferedArguments = arguments;
    } else {
        announce(call, arguments, chunks);
    }
    m_toolCalls.insert(key, call);
}

void ChatStreamTranslator::onArgumentsDelta(const QJsonObject &data, QList<QJsonObject> &chunks)
{
    const QString delta = data.value(QLatin1String("delta")).toString();
    auto it = m_toolCalls.find(itemKey(data));
    if (it == m_toolCalls.end()) { // no output_item.added seen: hold it until the name is known
        ToolCall call;
        call.held = true;
        it = m_toolCalls.insert(itemKey(data), call);
    }
    if (it->held) {
        it->bufferedArguments += delta;
        return;
    }
    if (delta.isEmpty())
        return;
    it->sawArgumentDeltas = true;
    const int index = it->index;
    ensureStarted(chunks);
    chunks.append(chunk(toolCallsDelta(QJsonObject{
                            {QStringLiteral("index"), index},
                            {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), delta}}}}),
                        QJsonValue::Null));
}

void ChatStreamTranslator::onArgumentsDone(const QJsonObject &data, QList<QJsonObject> &chunks)
{
    const QString arguments = data.value(QLatin1String("arguments")).toString();
    auto it = m_toolCalls.find(itemKey(data));
    if (it == m_toolCalls.end()) {
        ToolCall call;
        call.held = true;
        it = m_toolCalls.insert(itemKey(data), call);
    }
    if (it->name.isEmpty())
        it->name = data.value(QLatin1String("name")).toString();
    if (it->held) {
        if (!arguments.isEmpty())
            it->bufferedArguments = arguments; // the full text is authoritative
        return;
    }
    if (!it->sawArgumentDeltas && !arguments.isEmpty()) {
        it->sawArgumentDeltas = true;
        const int index = it->index;
        ensureStarted(chunks);
        chunks.append(chunk(toolCallsDelta(QJsonObject{
                                {QStringLiteral("index"), index},
                                {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), arguments}}}}),
                            QJsonValue::Null));
    }
}

void ChatStreamTranslator::onOutputItemDone(const QJsonObject &data, QList<QJsonObject> &chunks)
{
    const QJsonObject item = data.value(QLatin1String("item")).toObject();
    if (item.value(QLatin1String("type")) != QLatin1String("function_call"))
        return;
    const QString key = itemKey(data, item);
    auto it = m_toolCalls.find(key);
    if (it == m_toolCalls.end()) {
        ToolCall call;
        call.held = true;
        it = m_toolCalls.insert(key, call);
    }
    ToolCall &call = *it;
    if (call.callId.isEmpty())
        call.callId = item.value(QLatin1String("call_id")).toString();
    if (call.name.isEmpty())
        call.name = item.value(QLatin1String("name")).toString();
    const QString arguments = item.value(QLatin1String("arguments")).toString();
    if (call.held) {
        releaseHeldCall(call, call.bufferedArguments.isEmpty() ? arguments : call.bufferedArguments, chunks);
    } else if (!call.sawArgumentDeltas && !arguments.isEmpty()) {
        ensureStarted(chunks);
        chunks.append(chunk(toolCallsDelta(QJsonObject{
                                {QStringLiteral("index"), call.index},
                                {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), arguments}}}}),
                            QJsonValue::Null));
    }
    m_toolCalls.erase(it);
}

void ChatStreamTranslator::announce(ToolCall &call, const QString &arguments, QList<QJsonObject> &chunks)
{
    call.held = false;
    call.index = m_nextToolIndex;
    call.sawArgumentDeltas = !arguments.isEmpty();
    if (call.callId.isEmpty())
        call.callId = ResponsesIds::generate(QStringLiteral("call_"));
    emitToolCall(call.callId, m_options.toolNames.toClient(call.name), arguments, chunks);
}

void ChatStreamTranslator::releaseHeldCall(ToolCall &call, const QString &arguments, QList<QJsonObject> &chunks)
{
    if (isParallelWrapperName(call.name) && unwrapParallel(call, arguments, chunks)) {
        call.held = false;
        call.sawArgumentDeltas = true;
        return;
    }
    announce(call, arguments, chunks);
}

bool ChatStreamTranslator::unwrapParallel(const ToolCall &call, const QString &arguments,
                                          QList<QJsonObject> &chunks)
{
    const QJsonObject wrapper = QJsonDocument::fromJson(arguments.toUtf8()).object();
    const QJsonValue usesValue = wrapper.value(QLatin1String("tool_uses"));
    if (!usesValue.isArray() || usesValue.toArray().isEmpty())
        return false;
    const QJsonArray uses = usesValue.toArray();
    for (const QJsonValue &use : uses) {
        if (!use.toObject().value(QLatin1String("recipient_name")).isString())
            return false; // not the wrapper shape: a real tool that happens to be called "parallel"
    }
    const QString baseId = call.callId.isEmpty() ? ResponsesIds::generate(QStringLiteral("call_")) : call.callId;
    for (qsizetype i = 0; i < uses.size(); ++i) {
        const QJsonObject use = uses.at(i).toObject();
        QString name = use.value(QLatin1String("recipient_name")).toString();
        if (name.startsWith(QLatin1String("functions.")))
            name = name.mid(10);
        const QJsonValue parameters = use.value(QLatin1String("parameters"));
        QString callArguments;
        if (parameters.isObject())
            callArguments = QString::fromUtf8(QJsonDocument(parameters.toObject()).toJson(QJsonDocument::Compact));
        else if (parameters.isString())
            callArguments = parameters.toString();
        else
            callArguments = QStringLiteral("{}");
        // Derived ids stay stable for the same upstream call, so replayed history pairs up.
        emitToolCall(ResponsesIds::sanitize(baseId + QLatin1Char('_') + QString::number(i)),
                     m_options.toolNames.toClient(name), callArguments, chunks);
    }
    return true;
}

void ChatStreamTranslator::emitToolCall(const QString &callId, const QString &clientName, const QString &arguments,
                                        QList<QJsonObject> &chunks)
{
    ensureStarted(chunks);
    const int index = m_nextToolIndex++;
    chunks.append(chunk(toolCallsDelta(QJsonObject{
                            {QStringLiteral("index"), index},
                            {QStringLiteral("id"), callId},
                            {QStringLiteral("type"), QStringLiteral("function")},
                            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), clientName},
                                                                     {QStringLiteral("arguments"), arguments}}}}),
                        QJsonValue::Null));
}

// Text of output_text parts. `fromDone` is the part's full text: used only when no delta carried it.
// Separate message items (e.g. a "commentary" then a "final_answer" phase) are joined by a blank line.
void ChatStreamTranslator::onTextDelta(const QJsonObject &data, const QString &text, bool fromDone,
                                       QList<QJsonObject> &chunks)
{
    const QString item = data.value(QLatin1String("item_id")).toString();
    const int part = data.value(QLatin1String("content_index")).toInt();
    const bool sameItem = item == m_lastTextItem;
    if (fromDone && sameItem && part == m_lastTextPart)
        return;
    m_lastTextItem = item;
    m_lastTextPart = part;
    if (text.isEmpty())
        return;
    const bool separate = m_sawText && !sameItem;
    m_sawText = true;
    appendDelta(QStringLiteral("content"), separate ? QLatin1String("\n\n") + text : text, chunks);
}

// Reasoning summary text -> delta.reasoning_content; summary parts and reasoning items are separated by a
// blank line, as the summary parts are paragraphs of one thought.
void ChatStreamTranslator::onReasoningDelta(const QJsonObject &data, const QString &text, bool fromDone,
                                            QList<QJsonObject> &chunks)
{
    const QString item = data.value(QLatin1String("item_id")).toString();
    const int part = data.value(QLatin1String("summary_index")).toInt();
    const bool samePart = item == m_lastReasoningItem && part == m_lastReasoningPart;
    if (fromDone && samePart)
        return;
    m_lastReasoningItem = item;
    m_lastReasoningPart = part;
    if (text.isEmpty())
        return;
    const bool separate = m_sawReasoning && !samePart;
    m_sawReasoning = true;
    appendDelta(QStringLiteral("reasoning_content"), separate ? QLatin1String("\n\n") + text : text, chunks);
}

void ChatStreamTranslator::onTerminal(const QJsonObject &data, bool incomplete, QList<QJsonObject> &chunks)
{
    // Calls still held (their output_item.done never came) are complete now; the order of the
    // leftovers is by first appearance of their index-less state, which the hash does not keep, so
    // sort by key for determinism.
    if (!m_toolCalls.isEmpty()) {
        QStringList keys = m_toolCalls.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            ToolCall &call = m_toolCalls[key];
            if (call.held)
                releaseHeldCall(call, call.bufferedArguments, chunks);
        }
        m_toolCalls.clear();
    }

    const QJsonObject response = data.value(QLatin1String("response")).toObject();
    incomplete = incomplete || response.value(QLatin1String("status")) == QLatin1String("incomplete");
    QString finishReason = QStringLiteral("stop");
    if (m_nextToolIndex > 0) {
        finishReason = QStringLiteral("tool_calls");
    } else if (incomplete) {
        const QString reason = response.value(QLatin1String("incomplete_details")).toObject()
                                   .value(QLatin1String("reason")).toString();
        // Any other cut-off is reported as "length" too: a truncated answer must not look complete.
        finishReason = reason == QLatin1String("content_filter") ? QStringLiteral("content_filter")
                                                                 : QStringLiteral("length");
    }

    ensureStarted(chunks);
    chunks.append(chunk(QJsonObject(), finishReason));
    if (m_options.includeUsage) {
        QJsonObject usageChunk = m_chunkTemplate;
        usageChunk.insert(QStringLiteral("choices"), QJsonArray());
        usageChunk.insert(QStringLiteral("usage"), usageFrom(response.value(QLatin1String("usage")).toObject()));
        chunks.append(usageChunk);
    }
    m_terminated = true;
}

void ChatStreamTranslator::onFailure(const QJsonObject &data)
{
    m_failure = UpstreamFailure::fromJson(data);
    if (m_failure.message.isEmpty() && m_failure.code.isEmpty())
        m_failure.message = tr("The ChatGPT backend reported a failure without details.");
    qCDebug(lcTranslate) << "upstream stream failed, code" << m_failure.code << "after output:" << m_started;
    m_failed = true;
    m_terminated = true;
}

void ChatStreamTranslator::ensureStarted(QList<QJsonObject> &chunks)
{
    if (m_started)
        return;
    m_started = true;
    if (m_id.isEmpty()) {
        m_id = m_responseId.isEmpty() ? ResponsesIds::generate(QStringLiteral("chatcmpl-"))
                                      : QLatin1String("chatcmpl-")
                    + (m_responseId.startsWith(QLatin1String("resp_")) ? m_responseId.mid(5) : m_responseId);
    }
    const qint64 created = m_options.created > 0 ? m_options.created
                           : m_created > 0       ? m_created
                                                 : QDateTime::currentSecsSinceEpoch();
    m_chunkTemplate = QJsonObject{{QStringLiteral("id"), m_id},
                                  {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                  {QStringLiteral("created"), created},
                                  {QStringLiteral("model"), m_options.clientModel}};
    // With include_usage OpenAI sends "usage": null on every chunk but the last; clients check for it.
    if (m_options.includeUsage)
        m_chunkTemplate.insert(QStringLiteral("usage"), QJsonValue::Null);
    m_choiceTemplate = QJsonObject{{QStringLiteral("index"), 0},
                                   {QStringLiteral("delta"), QJsonObject()},
                                   {QStringLiteral("logprobs"), QJsonValue::Null},
                                   {QStringLiteral("finish_reason"), QJsonValue::Null}};
    chunks.append(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QString(QLatin1String(""))}},
                        QJsonValue::Null));
}

QJsonObject ChatStreamTranslator::chunk(const QJsonObject &delta, const QJsonValue &finishReason) const
{
    // Copies of prepared objects with one key replaced: every QJsonObject insert costs a lookup and
    // a re-encoding of the key, so this halves the work per chunk compared to building from scratch.
    QJsonObject choice = m_choiceTemplate;
    choice.insert(QStringLiteral("delta"), delta);
    if (!finishReason.isNull())
        choice.insert(QStringLiteral("finish_reason"), finishReason);
    QJsonObject result = m_chunkTemplate;
    result.insert(QStringLiteral("choices"), QJsonArray{choice});
    return result;
}

void ChatStreamTranslator::appendDelta(const QString &field, const QString &text, QList<QJsonObject> &chunks)
{
    if (text.isEmpty())
        return;
    ensureStarted(chunks);
    chunks.append(chunk(QJsonObject{{field, text}}, QJsonValue::Null));
}
