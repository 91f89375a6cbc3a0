#pragma once

#include "httprequest.h"
#include "httprequestparser.h"
#include "httpserverlimits.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

class QTcpSocket;
class HttpHandler;
class HttpResponder;

// One client connection of HttpServer. Reads and parses requests, hands them to the handler one at a time
// (pipelined requests wait, in order, while a response is in flight), writes responses for HttpResponder,
// and enforces the timeouts of HttpServerLimits. Non-blocking, single-threaded, one small object per
// connection (no per-connection timers besides one QBasicTimer). Emits closed() once the socket is gone;
// the owner then deletes it (deleteLater).
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes ownership of `socket`. `limits` must outlive the connection (the server's copy).
    HttpConnection(QTcpSocket *socket, HttpHandler *handler, const HttpServerLimits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void start();
    // Answers `status` (through HttpHandler::protocolErrorBody) without reading a request, then closes.
    void reject(int status, const QString &message);
    // Closes at once (server shutdown); an active responder gets clientDisconnected().
    void closeNow();
    // Closes once the response under way (if any) is complete, keep-alive or not (the server moved elsewhere).
    void closeWhenIdle();
    bool isOpen() const { return m_state == State::Open; }

Q_SIGNALS:
    void closed();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class HttpResponder;

    enum class State : quint8 { Open, Closing, Lingering, Closed };
    enum class TimerKind : quint8 { None, KeepAlive, Header, BodyIdle, Flush, Linger };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();

    void pump();
    void schedulePump();
    bool readAndParse(bool lookahead);
    void dispatch(HttpRequest &&request);
    void maybeSendContinue();
    void updateTimers();
    void armTimer(TimerKind kind, qint64 ms);
    void sendErrorAndClose(int status, const QString &message);
    void closeAfterFlush();
    void startLinger();
    void discardInput();

    // For HttpResponder.
    void write(const QByteArray &data);
    void flushOutput();
    void responderFinished(HttpResponder *responder, bool keepAlive);
    void responderDestroyed(HttpResponder *responder);
    qint64 pendingBytes() const;

    QTcpSocket *m_socket;
    HttpHandler *m_handler;
    const HttpServerLimits &m_limits;
    HttpRequestParser m_parser;
    QList<HttpRequest> m_queue;       // parsed pipelined requests waiting for the current response
    qint64 m_queuedBytes = 0;
    HttpResponder *m_responder = nullptr;
    QBasicTimer m_timer;
    qint64 m_lastActivityMs = 0;      // last input (body idle) or output progress (flush)
    State m_state = State::Open;
    TimerKind m_timerKind = TimerKind::None;
    bool m_pumping = false;
    bool m_pumpScheduled = false;
    bool m_stopReading = false;       // a request without keep-alive was read: nothing after it counts
    bool m_inSocketCall = false;      // inside write/flush: socket signals may arrive synchronously
    bool m_aboveHighWater = false;
    bool m_closeWhenIdle = false;
};
