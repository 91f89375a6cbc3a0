#pragma once

#include "openai/chatcompletionaggregator.h"
#include "openai/chatstreamtranslator.h"
#include "server/clientstream.h"

// ClientStream for OpenAI Chat Completions clients.
class ChatClientStream final : public ClientStream
{
public:
    ChatClientStream(ChatStreamTranslator::Options options, bool streaming);

    ApiError::Flavor flavor() const override { return ApiError::Flavor::OpenAI; }
    void feed(const ResponsesEvent &event) override;
    void finish() override;
    void fail(const UpstreamFailure &failure) override;
    bool isTerminated() const override { return m_translator.isTerminated() || m_externalFailure; }
    bool hasStarted() const override { return m_translator.hasStarted(); }
    bool hasFailed() const override { return m_translator.hasFailed() || m_externalFailure; }
    const UpstreamFailure &failure() const override;
    Usage usage() const override { return m_usage; }
    QByteArray takeSse() override;
    QByteArray finalBody() const override;

private:
    void consume();
    void endIfTerminated();

    ChatStreamTranslator m_translator;
    ChatCompletionAggregator m_aggregator;
    QList<QJsonObject> m_chunks;
    QByteArray m_sse;
    UpstreamFailure m_failure;
    Usage m_usage;
    bool m_streaming;
    bool m_externalFailure = false;
    bool m_ended = false;
};
