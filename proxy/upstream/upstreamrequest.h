#pragma once

#include "responses/responsesevent.h"
#include "upstream/sseparser.h"
#include "upstream/streamingpost.h"
#include "upstream/upstreamconfig.h"
#include "upstream/upstreamcredentials.h"
#include "upstream/upstreamfailure.h"

#include <QNetworkReply>
#include <QObject>

class QNetworkAccessManager;

// One attempt of POST {base}/responses: sends the body with the backend's headers and parses the SSE reply as
// bytes arrive (reading, timeouts, backpressure and HTTP errors: StreamingPost). Retrying is the caller's decision
// (it knows whether anything reached the client). After abort() no signal is emitted.
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
    void setPaused(bool paused) { m_post.setPaused(paused); }
    bool isPaused() const { return m_post.isPaused(); }
    int httpStatus() const { return m_post.httpStatus(); }
    qint64 elapsedMs() const { return m_post.elapsedMs(); }

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
    void onData(const QByteArray &bytes);
    void onFinished();
    void onSseEvent(SseParser::Event &&event);

    UpstreamConfig m_config;
    UpstreamCredentials m_credentials;
    QString m_sessionId;
    QByteArray m_body;
    StreamingPost m_post;
    SseParser m_parser;
    bool m_done = false;
};
