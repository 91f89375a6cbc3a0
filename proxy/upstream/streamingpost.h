#pragma once

#include "upstream/upstreamfailure.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// One POST whose reply is read as it arrives, with the fault handling every upstream shares: a timeout until the
// response headers and an idle timeout between reads, backpressure (while paused nothing is read, so the socket's
// receive window fills and the server slows down, and a slow client cannot make the proxy buffer without bound),
// an HTTP error body collected (at most 1 MB) and classified with UpstreamFailure (plus retry-after), and network
// errors. UpstreamRequest (Codex) and ProviderRequest (OpenAI-compatible providers) read their replies through it.
// After abort() or fail() no signal is emitted except the one failed() of fail().
class StreamingPost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingPost)

public:
    struct Timeouts
    {
        int headersMs = 30'000;
        int idleMs = 300'000;
    };

    // `label` names the upstream in log lines ("upstream", "provider ollama").
    StreamingPost(QNetworkAccessManager *network, Timeouts timeouts, QString label, QObject *parent = nullptr);
    ~StreamingPost() override;

    void start(const QNetworkRequest &request, const QByteArray &body);
    void abort();
    // Ends the reply with `failure` (e.g. the owner found an oversized event): aborts, then emits failed().
    void fail(const UpstreamFailure &failure);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isDone() const { return m_done; }
    int httpStatus() const { return m_status; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    // Response headers (also for error replies).
    void headersReceived(int status, const QList<QNetworkReply::RawHeaderPair> &headers);
    // Bytes of a 2xx body, once per network read.
    void dataReceived(const QByteArray &bytes);
    // HTTP error status, network error or timeout. Final.
    void failed(const UpstreamFailure &failure);
    // The 2xx body ended (EOF). Final.
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    bool checkHeaders();

    QNetworkAccessManager *m_network;
    Timeouts m_timeouts;
    QString m_label;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_done = false;
    bool m_paused = false;
};
