#pragma once

#include "responses/responsesevent.h"
#include "upstream/sseparser.h"
#include "upstream/upstreamconfig.h"
#include "upstream/upstreamcredentials.h"
#include "upstream/upstreamfailure.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

// One attempt of POST {base}/responses: sends the body with the backend's headers and parses the SSE reply as
// bytes arrive. Retrying is the caller's decision (it knows whether anything reached the client). After abort()
// no signal is emitted.
class UpstreamRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamRequest)

public:
    UpstreamRequest(QNetworkAccessManager *network, const UpstreamConfig &config,
                    const UpstreamCredentials &credentials, const QString &sessionId, const QByteArray &body,
                    QObject *parent = nullptr);
    ~UpstreamRequest() override;

    void start();
    void abort();
    // Backpressure: while paused no more bytes are taken from the network (the socket's receive window fills
    // and the backend slows down), so a slow client cannot make the proxy buffer an unbounded amount.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int httpStatus() const { return m_status; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    // Response headers (also for error replies): the quota headers are read from these.
    void headersReceived(int status, const QList<QNetworkReply::RawHeaderPair> &headers);
    void eventReceived(const ResponsesEvent &event);
    // All events of one network read have been delivered: the moment to hand output to the client in one write.
    void eventsDelivered();
    // HTTP error status, network error, timeout or an oversized event. Final.
    void failed(const UpstreamFailure &failure);
    // The 2xx stream ended (EOF). Whether it ended with a terminal event is for the translator to say. Final.
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void onSseEvent(SseParser::Event &&event);
    void fail(const UpstreamFailure &failure);
    bool checkHeaders();

    QNetworkAccessManager *m_network;
    UpstreamConfig m_config;
    UpstreamCredentials m_credentials;
    QString m_sessionId;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_done = false;
    bool m_paused = false;
};
