#pragma once

#include "providers/provider.h"
#include "upstream/sseparser.h"
#include "upstream/streamingpost.h"
#include "upstream/upstreamfailure.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

// One attempt of POST {baseUrl}/chat/completions at a provider, with its API key (Bearer) and extra headers.
// The reply is handed on as it arrives: parsed SSE chunks (Stream), the whole JSON body (Whole), or the raw 2xx
// bytes (Raw, for OpenAI clients passed through). Reading, timeouts, backpressure and HTTP errors: StreamingPost.
// After abort() no signal is emitted.
class ProviderRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRequest)

public:
    enum class Mode { Stream, Whole, Raw };

    // A local server may load the model before it answers, and a whole (non-streamed) reply only comes when the
    // model is done: generous by default.
    static constexpr StreamingPost::Timeouts DefaultTimeouts{300'000, 300'000};

    ProviderRequest(QNetworkAccessManager *network, const Provider &provider, const QByteArray &apiKey,
                    const QByteArray &body, Mode mode, StreamingPost::Timeouts timeouts, QObject *parent = nullptr);
    ~ProviderRequest() override;

    void start();
    void abort();
    void setPaused(bool paused) { m_post.setPaused(paused); }
    int httpStatus() const { return m_post.httpStatus(); }

Q_SIGNALS:
    void chunkReceived(const QJsonObject &chunk);          // Stream
    void completionReceived(const QJsonObject &completion); // Whole, before finished()
    void rawReceived(const QByteArray &bytes);              // Raw
    // Everything of one network read has been delivered.
    void delivered();
    // HTTP error status, network error, timeout, an oversized or unreadable reply. Final.
    void failed(const UpstreamFailure &failure);
    // The 2xx reply ended (EOF or `data: [DONE]`). Final.
    void finished();

private:
    void onData(const QByteArray &bytes);
    void onFinished();
    void onSseEvent(SseParser::Event &&event);
    void succeed();

    Provider m_provider;
    QByteArray m_apiKey;
    QByteArray m_body;
    Mode m_mode;
    StreamingPost m_post;
    SseParser m_parser;
    QByteArray m_whole; // Whole mode: the body so far
    bool m_done = false;
};
