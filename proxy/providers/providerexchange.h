#pragma once

#include "anthropic/anthropicmessageaggregator.h"
#include "chatcompat/chatcompatstreamtranslator.h"
#include "providers/provider.h"
#include "server/requestrecord.h"
#include "upstream/upstreamfailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class HttpResponder;
class ProviderClient;
class ProviderRequest;

// One client request carried to an OpenAI-compatible provider and back. Anthropic clients get the reply
// translated (ChatCompatStreamTranslator); OpenAI Chat clients get the provider's bytes as they are. The fault
// policy follows ProxyExchange: retries with backoff while nothing reached the client (network errors, 5xx,
// overload), a real HTTP status for a failure before output, an in-stream error (never a fake end of turn)
// after it, the provider request aborted when the client goes away, and backpressure on a slow client.
// Deletes itself when done.
class ProviderExchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderExchange)

public:
    enum class ClientApi { Anthropic, OpenAI };

    struct Params
    {
        HttpResponder *responder = nullptr;
        ProviderClient *client = nullptr;
        Provider provider;
        QByteArray apiKey;
        ClientApi api = ClientApi::Anthropic;
        QByteArray body;        // the Chat Completions request to send
        bool streaming = false; // what the client asked for
        ChatCompatStreamTranslator::Options translatorOptions; // Anthropic clients
        RequestRecord record;   // pre-filled: method, path, models
        int maxAttempts = 3;
        int retryBaseDelayMs = 250;
    };

    explicit ProviderExchange(Params params, QObject *parent = nullptr);
    ~ProviderExchange() override;

    void start();
    // The proxy is going away: ends at once without retrying (see ProxyExchange::shutdown).
    void shutdown(const UpstreamFailure &failure);

Q_SIGNALS:
    void finished(const RequestRecord &record);

private:
    void attempt();
    void onChunk(const QJsonObject &chunk);
    void onCompletion(const QJsonObject &completion);
    void onRaw(const QByteArray &bytes);
    void onFailed(const UpstreamFailure &failure);
    // After output: an in-stream error, then the end.
    void failInStream(const UpstreamFailure &failure);
    void onFinished();
    void onClientGone();
    void take(QList<AnthropicEvent> &events);
    void afterProgress();
    void flush();
    bool clientSawOutput() const;
    bool retry(const UpstreamFailure &failure);
    void sendError(const UpstreamFailure &failure);
    void complete();

    Params m_params;
    QPointer<HttpResponder> m_responder;
    ProviderRequest *m_request = nullptr;
    std::unique_ptr<ChatCompatStreamTranslator> m_translator;
    std::unique_ptr<AnthropicMessageAggregator> m_aggregator;
    QByteArray m_pending; // client bytes not written yet
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_done = false;
};
