#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPair>

class HttpConnection;

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// Answers one request. Created by the connection, owned by it, deleted (deleteLater) once the
// response is complete or the client disconnected; keep it in a QPointer when answering later.
// Either send() once, or beginStream() + writeChunk()* + endStream().
class HttpResponder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpResponder)

public:
    explicit HttpResponder(HttpConnection *connection, bool keepAlive, bool headRequest);
    ~HttpResponder() override;

    // A complete response with Content-Length.
    void send(int status, const QByteArray &contentType, const QByteArray &body,
              const HttpHeaderList &extraHeaders = {});

    // Starts a streamed response (chunked transfer encoding; for HTTP/1.0 close-delimited).
    // For SSE pass "text/event-stream"; Cache-Control: no-cache is added for it.
    void beginStream(int status, const QByteArray &contentType, const HttpHeaderList &extraHeaders = {});
    // Written to the socket right away (no buffering in the server).
    void writeChunk(const QByteArray &data);
    void endStream();
    // Ends the response abnormally: the connection is closed without the terminating chunk, so the client
    // sees a truncated response rather than a clean end.
    void abort();

    bool hasStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isClientConnected() const;
    // Bytes handed to the socket but not yet written to the network (for backpressure).
    qint64 pendingBytes() const;

    // "OK", "Not Found", ... ("Unknown" for codes without a registered phrase).
    static QByteArrayView reasonPhrase(int status);

Q_SIGNALS:
    // The client went away before the response was finished. Stop work for it (abort upstream).
    void clientDisconnected();
    // Pending bytes fell below the low-water mark after having been above it.
    void drained();

private:
    friend class HttpConnection;

    // Status line and header section. contentLength < 0: no Content-Length header.
    static QByteArray responseHead(int status, QByteArrayView contentType, qint64 contentLength, bool chunked,
                                   bool keepAlive, bool http10, bool eventStream,
                                   const HttpHeaderList &extraHeaders);

    HttpConnection *m_connection; // null once finished or the client went away: every call is then a no-op
    bool m_keepAlive;
    bool m_head;
    bool m_started = false;
    bool m_finished = false;
    bool m_chunked = false;
    bool m_http10 = false;
};
