#pragma once

#include "providers/provider.h"
#include "upstream/sseparser.h"
#include "upstream/upstreamfailure.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// One attempt of POST {baseUrl}/chat/completions at a provider, with its API key (Bearer) and extra headers.
// The reply is handed on as it arrives: parsed SSE chunks (Stream), the whole JSON body (Whole), or the raw 2xx
// bytes (Raw, for OpenAI clients passed through). Backpressure and timeouts as in UpstreamRequest. After abort()
// no signal is emitted.
class ProviderRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRequest)

public:
    enum class Mode { Stream, Whole, Raw };

    struct Timeouts
    {
        int headersMs = 300'000; // a local server may load the model before it answers
        int idleMs = 300'000;
    };

    ProviderRequest(QNetworkAccessManager *network, const Provider &provider, const QByteArray &apiKey,
                    const QByteArray &body, Mode mode, Timeouts timeouts, QObject *parent = nullptr);
    ~ProviderRequest() override;

    void start();
    void abort();
    void setPaused(bool paused);
    int httpStatus() const { return m_status; }

Q_SIGNALS:
    void chunkReceived(const QJsonObject &chunk);          // Stream
    void completionReceived(const QJsonObject &completion); // Whole, before finished()
    void rawReceived(const QByteArray &bytes);              // Raw
    // Everything of one network read has been delivered.
    void delivered();
    // HTTP error status, network error, timeout, an oversized event. Final.
    void failed(const UpstreamFailure &failure);
    // The 2xx reply ended (EOF or `data: [DONE]`). Final.
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void onSseEvent(SseParser::Event &&event);
    void fail(const UpstreamFailure &failure);
    void succeed();
    bool checkHeaders();

    QNetworkAccessManager *m_network;
    Provider m_provider;
    QByteArray m_apiKey;
    QByteArray m_body;
    Mode m_mode;
    Timeouts m_timeouts;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_buffer; // error body, or the whole body in Whole mode
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_done = false;
    bool m_paused = false;
};
