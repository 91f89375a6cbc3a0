#include "anthropicclientstream.h"

#include <QJsonDocument>

AnthropicClientStream::AnthropicClientStream(AnthropicStreamTranslator::Options options, bool streaming)
    : m_translator(std::move(options))
    , m_streaming(streaming)
{
}

void AnthropicClientStream::consume()
{
    for (const AnthropicEvent &event : std::as_const(m_events)) {
        if (m_streaming)
            m_sse += event.toSse();
        else
            m_aggregator.add(event);
    }
    m_events.clear();
}

void AnthropicClientStream::feed(const ResponsesEvent &event)
{
    m_translator.feed(event, m_events);
    consume();
}

void AnthropicClientStream::finish()
{
    m_translator.finish(m_events);
    consume();
}

void AnthropicClientStream::fail(const UpstreamFailure &failure)
{
    m_translator.fail(failure, m_events);
    consume();
}

ClientStream::Usage AnthropicClientStream::usage() const
{
    const auto &u = m_translator.usage();
    return Usage{u.inputTokens, u.cachedTokens, u.outputTokens};
}

QByteArray AnthropicClientStream::takeSse()
{
    return std::exchange(m_sse, QByteArray());
}

QByteArray AnthropicClientStream::finalBody() const
{
    return QJsonDocument(m_aggregator.message()).toJson(QJsonDocument::Compact);
}
