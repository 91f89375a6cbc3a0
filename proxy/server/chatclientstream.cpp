#include "chatclientstream.h"

#include <QJsonArray>
#include <QJsonDocument>

ChatClientStream::ChatClientStream(ChatStreamTranslator::Options options, bool streaming)
    : m_translator(std::move(options))
    , m_streaming(streaming)
{
}

void ChatClientStream::consume()
{
    for (const QJsonObject &chunk : std::as_const(m_chunks)) {
        const QJsonObject usage = chunk.value(QLatin1String("usage")).toObject();
        if (!usage.isEmpty()) {
            m_usage.inputTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
            m_usage.outputTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
            m_usage.cachedTokens = usage.value(QLatin1String("prompt_tokens_details"))
                                       .toObject()
                                       .value(QLatin1String("cached_tokens"))
                                       .toInteger();
        }
        if (m_streaming)
            m_sse += ChatStreamTranslator::toSse(chunk);
        else
            m_aggregator.add(chunk);
    }
    m_chunks.clear();
    endIfTerminated();
}

void ChatClientStream::endIfTerminated()
{
    if (m_ended || !isTerminated())
        return;
    m_ended = true;
    if (!m_streaming)
        return;
    if (hasFailed()) {
        // OpenAI-compatible clients (the official SDK among them) raise an `error` object found in the stream.
        if (hasStarted())
            m_sse += "data: " + failure().toApiError().toOpenAiJson() + "\n\n";
        return;
    }
    m_sse += "data: [DONE]\n\n";
}

void ChatClientStream::feed(const ResponsesEvent &event)
{
    m_translator.feed(event, m_chunks);
    consume();
}

void ChatClientStream::finish()
{
    m_translator.finish(m_chunks);
    consume();
}

void ChatClientStream::fail(const UpstreamFailure &failure)
{
    if (isTerminated())
        return;
    m_failure = failure;
    m_externalFailure = true;
    consume();
}

const UpstreamFailure &ChatClientStream::failure() const
{
    return m_externalFailure ? m_failure : m_translator.failure();
}

QByteArray ChatClientStream::takeSse()
{
    return std::exchange(m_sse, QByteArray());
}

QByteArray ChatClientStream::finalBody() const
{
    return QJsonDocument(m_aggregator.completion()).toJson(QJsonDocument::Compact);
}
