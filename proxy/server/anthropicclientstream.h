#pragma once

#include "anthropic/anthropicmessageaggregator.h"
#include "anthropic/anthropicstreamtranslator.h"
#include "server/clientstream.h"

// ClientStream for Anthropic Messages clients.
class AnthropicClientStream final : public ClientStream
{
public:
    AnthropicClientStream(AnthropicStreamTranslator::Options options, bool streaming);

    ApiError::Flavor flavor() const override { return ApiError::Flavor::Anthropic; }
    void feed(const ResponsesEvent &event) override;
    void finish() override;
    void fail(const UpstreamFailure &failure) override;
    bool isTerminated() const override { return m_translator.isTerminated(); }
    bool hasStarted() const override { return m_translator.hasStarted(); }
    bool hasFailed() const override { return m_translator.hasFailed(); }
    const UpstreamFailure &failure() const override { return m_translator.failure(); }
    Usage usage() const override;
    QByteArray takeSse() override;
    QByteArray finalBody() const override;

private:
    void consume();

    AnthropicStreamTranslator m_translator;
    AnthropicMessageAggregator m_aggregator;
    QList<AnthropicEvent> m_events;
    QByteArray m_sse;
    bool m_streaming;
};
