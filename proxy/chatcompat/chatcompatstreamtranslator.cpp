#include "chatcompatstreamtranslator.h"

#include "chatcompat/chatcompaterror.h"
#include "core/loggingcategories.h"
#include "responses/responsesids.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString translate(const char *text)
{
    return QCoreApplication::translate("ChatCompatStreamTranslator", text);
}

QJsonObject typed(const char *type)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}
} // namespace

ChatCompatStreamTranslator::ChatCompatStreamTranslator(Options options)
    : m_options(std::move(options))
    , m_messageId(ResponsesIds::generate(QStringLiteral("msg_")))
{
}

void ChatCompatStreamTranslator::feedChunk(const QJsonObject &chunk, QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    // OpenRouter and others report a failure that happens mid-generation as a chunk with an `error` object.
    if (chunk.value(QLatin1String("error")).isObject()) {
        fail(UpstreamFailure::fromJson(chunk), out);
        return;
    }
    if (chunk.value(QLatin1String("usage")).isObject())
        readUsage(chunk.value(QLatin1String("usage")).toObject());
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value(QLatin1String("index")).toInt(0) != 0)
            continue; // n > 1 is never asked for
        if (choice.value(QLatin1String("delta")).isObject())
            delta(choice.value(QLatin1String("delta")).toObject(), out);
        if (m_terminated)
            return;
        const QString reason = choice.value(QLatin1String("finish_reason")).toString();
        if (!reason.isEmpty())
            m_finishReason = reason; // the usage chunk may still follow; finish() ends the message
    }
}

void ChatCompatStreamTranslator::feedCompletion(const QJsonObject &completion, QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    if (completion.value(QLatin1String("error")).isObject()) {
        fail(UpstreamFailure::fromJson(completion), out);
        return;
    }
    const QJsonArray choices = completion.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty()) {
        UpstreamFailure failure = UpstreamFailure::network(translate("the provider's reply has no choices"));
        failure.code = QStringLiteral("invalid_reply");
        fail(failure, out);
        return;
    }
    // The whole reply is one big delta: the same state machine then gives the same blocks as a stream would.
    const QJsonObject choice = choices.first().toObject();
    QJsonObject delta = choice.value(QLatin1String("message")).toObject();
    QJsonArray calls = delta.value(QLatin1String("tool_calls")).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QJsonObject call = calls.at(i).toObject();
        call.insert(QStringLiteral("index"), int(i));
        calls.replace(i, call);
    }
    if (!calls.isEmpty())
        delta.insert(QStringLiteral("tool_calls"), calls);
    QJsonObject chunkChoice{{QStringLiteral("index"), 0},
                            {QStringLiteral("delta"), delta},
                            {QStringLiteral("finish_reason"), choice.value(QLatin1String("finish_reason"))}};
    QJsonObject chunk{{QStringLiteral("choices"), QJsonArray{chunkChoice}}};
    if (completion.value(QLatin1String("usage")).isObject())
        chunk.insert(QStringLiteral("usage"), completion.value(QLatin1String("usage")));
    feedChunk(chunk, out);
    if (!m_terminated && m_finishReason.isEmpty())
        m_finishReason = QStringLiteral("stop"); // a whole reply is complete even when a server omits the reason
    finish(out);
}

void ChatCompatStreamTranslator::delta(const QJsonObject &delta, QList<AnthropicEvent> &out)
{
    // DeepSeek, vLLM and llama.cpp say reasoning_content, OpenRouter and Ollama say reasoning; some send both with
    // the same text, so one is enough.
    QString reasoning = delta.value(QLatin1String("reasoning_content")).toString();
    if (reasoning.isEmpty())
        reasoning = delta.value(QLatin1String("reasoning")).toString();
    appendText(BlockKind::Thinking, reasoning, out);
    appendText(BlockKind::Text, delta.value(QLatin1String("content")).toString(), out);
    const QJsonArray calls = delta.value(QLatin1String("tool_calls")).toArray();
    for (qsizetype i = 0; i < calls.size() && !m_terminated; ++i)
        toolCallDelta(calls.at(i).toObject(), int(i), out);
}

void ChatCompatStreamTranslator::toolCallDelta(const QJsonObject &call, int position, QList<AnthropicEvent> &out)
{
    const QJsonValue indexValue = call.value(QLatin1String("index"));
    const int index = indexValue.isDouble() ? indexValue.toInt() : position;
    ToolCall &tc = m_toolCalls[index];
    const QJsonObject function = call.value(QLatin1String("function")).toObject();
    const QString arguments = function.value(QLatin1String("arguments")).toString();
    const QString name = function.value(QLatin1String("name")).toString();
    const QString id = call.value(QLatin1String("id")).toString();
    if (tc.closed) {
        if (arguments.isEmpty() && (name.isEmpty() || name == tc.name) && (id.isEmpty() || id == tc.id))
            return; // a repeated header without new bytes changes nothing
        UpstreamFailure failure = UpstreamFailure::network(
            translate("the provider continued tool call %1 after another output block had started").arg(index));
        failure.code = QStringLiteral("interleaved_tool_call");
        fail(failure, out);
        return;
    }
    if (tc.id.isEmpty() && !id.isEmpty())
        tc.id = id;
    if (tc.name.isEmpty() && !name.isEmpty())
        tc.name = name;
    if (tc.blockIndex >= 0 && m_openToolCall == index) {
        if (!arguments.isEmpty()) {
            QJsonObject d = typed("input_json_delta");
            d.insert(QStringLiteral("partial_json"), arguments);
            emitDelta(d, out);
        }
        return;
    }
    tc.pendingArguments += arguments;
    if (tc.name.isEmpty())
        return; // wait for the name: a tool_use block cannot start without it
    closeBlock(out);
    if (tc.id.isEmpty())
        tc.id = ResponsesIds::generate(QStringLiteral("toolu_"));
    QJsonObject block = typed("tool_use");
    block.insert(QStringLiteral("id"), tc.id);
    block.insert(QStringLiteral("name"), tc.name);
    block.insert(QStringLiteral("input"), QJsonObject());
    openBlock(BlockKind::ToolUse, block, out);
    tc.blockIndex = m_openIndex;
    m_openToolCall = index;
    m_sawToolUse = true;
    if (!tc.pendingArguments.isEmpty()) {
        QJsonObject d = typed("input_json_delta");
        d.insert(QStringLiteral("partial_json"), std::exchange(tc.pendingArguments, QString()));
        emitDelta(d, out);
    }
}

void ChatCompatStreamTranslator::readUsage(const QJsonObject &usage)
{
    m_usage.inputTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
    m_usage.outputTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
    m_usage.cachedTokens = usage.value(QLatin1String("prompt_tokens_details"))
                               .toObject()
                               .value(QLatin1String("cached_tokens"))
                               .toInteger();
}

void ChatCompatStreamTranslator::appendText(BlockKind kind, const QString &text, QList<AnthropicEvent> &out)
{
    if (text.isEmpty())
        return;
    if (m_open != kind) {
        closeBlock(out);
        QJsonObject block = typed(kind == BlockKind::Thinking ? "thinking" : "text");
        if (kind == BlockKind::Thinking) {
            block.insert(QStringLiteral("thinking"), QString());
            block.insert(QStringLiteral("signature"), QString());
        } else {
            block.insert(QStringLiteral("text"), QString());
        }
        openBlock(kind, block, out);
    }
    QJsonObject d = typed(kind == BlockKind::Thinking ? "thinking_delta" : "text_delta");
    d.insert(kind == BlockKind::Thinking ? QStringLiteral("thinking") : QStringLiteral("text"), text);
    emitDelta(d, out);
}

void ChatCompatStreamTranslator::ensureMessageStart(QList<AnthropicEvent> &out)
{
    if (m_started)
        return;
    m_started = true;
    out.append(AnthropicEvent::messageStart(m_messageId, m_options.clientModel, m_options.inputTokensEstimate));
}

void ChatCompatStreamTranslator::openBlock(BlockKind kind, const QJsonObject &contentBlock, QList<AnthropicEvent> &out)
{
    ensureMessageStart(out);
    m_open = kind;
    m_openIndex = m_nextBlockIndex++;
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_start"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                          {QStringLiteral("index"), m_openIndex},
                                          {QStringLiteral("content_block"), contentBlock}}});
}

void ChatCompatStreamTranslator::emitDelta(const QJsonObject &delta, QList<AnthropicEvent> &out)
{
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_delta"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                          {QStringLiteral("index"), m_openIndex},
                                          {QStringLiteral("delta"), delta}}});
}

void ChatCompatStreamTranslator::closeBlock(QList<AnthropicEvent> &out)
{
    if (m_open == BlockKind::None)
        return;
    out.append(AnthropicEvent{QByteArrayLiteral("content_block_stop"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                          {QStringLiteral("index"), m_openIndex}}});
    if (m_open == BlockKind::ToolUse) {
        m_toolCalls[m_openToolCall].closed = true;
        m_openToolCall = -1;
    }
    m_open = BlockKind::None;
}

void ChatCompatStreamTranslator::complete(QList<AnthropicEvent> &out)
{
    closeBlock(out);
    for (auto it = m_toolCalls.cbegin(); it != m_toolCalls.cend(); ++it) {
        if (it->blockIndex < 0)
            qCWarning(lcTranslate) << "dropping a provider tool call without a name, index" << it.key();
    }
    if (m_finishReason == QLatin1String("length"))
        m_stopReason = QStringLiteral("max_tokens"); // a cut-off tool call must not run as if complete
    else if (m_finishReason == QLatin1String("content_filter"))
        m_stopReason = QStringLiteral("refusal");
    else if (m_sawToolUse)
        m_stopReason = QStringLiteral("tool_use"); // some local servers say "stop" after tool calls
    else
        m_stopReason = QStringLiteral("end_turn");
    ensureMessageStart(out);
    out.append(AnthropicEvent::messageDelta(m_stopReason, m_usage.inputTokens, m_usage.cachedTokens, m_usage.outputTokens));
    out.append(AnthropicEvent{QByteArrayLiteral("message_stop"), typed("message_stop")});
    m_terminated = true;
}

void ChatCompatStreamTranslator::finish(QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    if (!m_finishReason.isEmpty()) {
        complete(out);
        return;
    }
    fail(UpstreamFailure::network(translate("the provider's stream ended before the reply was complete")), out);
}

void ChatCompatStreamTranslator::fail(const UpstreamFailure &failure, QList<AnthropicEvent> &out)
{
    if (m_terminated)
        return;
    m_terminated = true;
    m_failed = true;
    m_failure = failure;
    if (!m_started)
        return; // nothing sent yet: the caller answers with a real HTTP status (or retries)
    out.append(AnthropicEvent::error(error()));
}

ApiError ChatCompatStreamTranslator::error() const
{
    return ChatCompatError::toApiError(m_failure, m_options.providerName);
}
