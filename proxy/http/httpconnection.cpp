#include "httpconnection.h"

#include "core/loggingcategories.h"
#include "httphandler.h"
#include "httpresponder.h"

#include <QTcpSocket>
#include <QTimerEvent>

#include <chrono>
#include <climits>
#include <utility>

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#else
#  include <sys/socket.h>
#endif

namespace {

constexpr int kMaxQueuedRequests = 16;          // pipelined requests parsed ahead of the current response
constexpr qint64 kMaxLookaheadBytes = 1 << 20;  // ... and at most this many bytes of them
constexpr qint64 kReadBufferSize = 256 * 1024;  // socket input buffer; when full, TCP pushes back
constexpr int kLingerMs = 2000;                 // after our FIN, wait this long for the client's
constexpr int kFlushTimeoutMs = 30'000;         // closing: give up when output makes no progress

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool shutdownWrite(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
#if defined(Q_OS_WIN)
    return ::shutdown(static_cast<SOCKET>(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(static_cast<int>(descriptor), SHUT_WR) == 0;
#endif
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler *handler, const HttpServerLimits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadBufferSize);
    // Streamed events are small writes that must leave at once.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);
}

HttpConnection::~HttpConnection()
{
    // The responder is our child and is deleted after us: it must not call back.
    if (m_responder)
        m_responder->m_connection = nullptr;
}

void HttpConnection::start()
{
    qCDebug(lcHttp) << "connection from" << m_socket->peerAddress() << m_socket->peerPort();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        onDisconnected();
        return;
    }
    pump();
}

void HttpConnection::reject(int status, const QString &message)
{
    qCDebug(lcHttp) << "rejecting connection from" << m_socket->peerAddress() << status;
    m_stopReading = true;
    sendErrorAndClose(status, message);
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    // Hands what is already queued (e.g. a final error event) to the kernel, which still delivers it after close.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
    m_socket->abort(); // emits disconnected() when it was connected
    onDisconnected();
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!m_responder)
        closeAfterFlush();
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Open:
        m_lastActivityMs = nowMs();
        pump();
        break;
    case State::Closing:
    case State::Lingering:
        discardInput();
        break;
    case State::Closed:
        break;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_inSocketCall) // the writer checks the levels itself once the call returns
        return;
    if (m_state == State::Closing) {
        m_lastActivityMs = nowMs();
        if (m_socket->bytesToWrite() == 0)
            startLinger();
        return;
    }
    if (m_aboveHighWater && m_socket->bytesToWrite() < m_limits.lowWaterBytes) {
        m_aboveHighWater = false;
        if (m_responder)
            emit m_responder->drained();
    }
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_timerKind = TimerKind::None;
    m_queue.clear();
    m_queuedBytes = 0;
    if (HttpResponder *responder = std::exchange(m_responder, nullptr)) {
        responder->m_connection = nullptr;
        if (responder->m_finished) {
            responder->deleteLater();
        } else if (m_inSocketCall) {
            // We are inside the handler's own write call: tell it once that call has returned.
            QMetaObject::invokeMethod(
                responder,
                [responder] {
                    emit responder->clientDisconnected();
                    responder->deleteLater();
                },
                Qt::QueuedConnection);
        } else {
            qCDebug(lcHttp) << "client went away during a response";
            emit responder->clientDisconnected();
            responder->deleteLater();
        }
    }
    qCDebug(lcHttp) << "connection closed";
    emit closed();
}

void HttpConnection::pump()
{
    if (m_pumping) // the loop below picks up whatever changed
        return;
    m_pumping = true;
    while (m_state == State::Open) {
        if (m_responder) {
            while (readAndParse(true)) { }
            break;
        }
        if (!m_queue.isEmpty()) {
            dispatch(m_queue.takeFirst());
            continue;
        }
        if (m_parser.state() == HttpRequestParser::State::Error) {
            sendErrorAndClose(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        if (!readAndParse(false) && m_parser.state() != HttpRequestParser::State::Error)
            break;
    }
    m_pumping = false;
    // Nothing after this point will be processed: drop further input instead of letting it fill the
    // bounded socket buffer, which would stop Qt from noticing that the client went away.
    if (m_state == State::Open && (m_stopReading || m_parser.state() == HttpRequestParser::State::Error))
        discardInput();
    maybeSendContinue();
    updateTimers();
}

void HttpConnection::schedulePump()
{
    if (m_pumping || m_pumpScheduled)
        return;
    // Not from inside the handler's send()/endStream(): it should not see the next request re-entrantly.
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

bool HttpConnection::readAndParse(bool lookahead)
{
    if (m_stopReading || (lookahead && m_queue.size() >= kMaxQueuedRequests))
        return false;
    HttpRequestParser::State state = m_parser.feed({});
    for (;;) {
        if (state == HttpRequestParser::State::RequestReady) {
            HttpRequest request = m_parser.takeRequest();
            if (!request.wantsKeepAlive())
                m_stopReading = true;
            m_queuedBytes += request.body.size();
            m_queue.append(std::move(request));
            return true;
        }
        if (state == HttpRequestParser::State::Error)
            return false;
        const qint64 available = m_socket->bytesAvailable();
        qint64 n = available;
        if (lookahead) {
            n = qMin(n, kMaxLookaheadBytes - m_queuedBytes - m_parser.requestBytesSoFar()
                            - m_parser.bufferedBytes());
        }
        if (n <= 0)
            return false;
        state = m_parser.feed(n == available ? m_socket->readAll() : m_socket->read(n));
    }
}

void HttpConnection::dispatch(HttpRequest &&request)
{
    m_queuedBytes -= request.body.size();
    request.peerAddress = m_socket->peerAddress();
    request.localAddress = m_socket->localAddress();
    request.localPort = m_socket->localPort();
    auto *responder = new HttpResponder(this, request.wantsKeepAlive(), request.method == "HEAD");
    responder->m_http10 = request.versionMinor == 0;
    m_responder = responder;
    // The path only: queries may carry keys.
    qCDebug(lcHttp).noquote() << "request" << request.method << request.path;
    m_handler->handleRequest(request, responder);
}

void HttpConnection::maybeSendContinue()
{
    if (m_state != State::Open || m_responder || !m_queue.isEmpty() || m_stopReading
        || !m_parser.needsContinue())
        return;
    m_parser.acknowledgeContinue();
    write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    flushOutput();
}

void HttpConnection::updateTimers()
{
    if (m_state != State::Open)
        return;
    TimerKind want = TimerKind::None;
    qint64 ms = 0;
    if (!m_responder && m_queue.isEmpty() && m_parser.state() == HttpRequestParser::State::NeedMore) {
        switch (m_parser.phase()) {
        case HttpRequestParser::Phase::Idle:
            want = TimerKind::KeepAlive;
            ms = m_limits.keepAliveIdleTimeoutMs;
            break;
        case HttpRequestParser::Phase::Header:
            want = TimerKind::Header;
            ms = m_limits.headerTimeoutMs;
            break;
        case HttpRequestParser::Phase::Body:
            want = TimerKind::BodyIdle;
            ms = m_limits.bodyIdleTimeoutMs;
            break;
        }
        if (ms <= 0)
            want = TimerKind::None;
    }
    // Same kind: keep the running deadline (the header timeout counts from the header's first byte).
    if (want == m_timerKind)
        return;
    if (want == TimerKind::None) {
        m_timer.stop();
        m_timerKind = TimerKind::None;
        return;
    }
    if (want == TimerKind::BodyIdle)
        m_lastActivityMs = nowMs();
    armTimer(want, ms);
}

void HttpConnection::armTimer(TimerKind kind, qint64 ms)
{
    m_timerKind = kind;
    m_timer.start(static_cast<int>(qBound(qint64(1), ms, qint64(INT_MAX))), this);
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    const TimerKind kind = std::exchange(m_timerKind, TimerKind::None);
    switch (kind) {
    case TimerKind::None:
        break;
    case TimerKind::KeepAlive:
        qCDebug(lcHttp) << "closing idle connection";
        closeNow();
        break;
    case TimerKind::Header:
        sendErrorAndClose(408, tr("Timed out waiting for the request header"));
        break;
    case TimerKind::BodyIdle: {
        const qint64 left = m_lastActivityMs + m_limits.bodyIdleTimeoutMs - nowMs();
        if (left > 0)
            armTimer(TimerKind::BodyIdle, left);
        else
            sendErrorAndClose(408, tr("Timed out waiting for the request body"));
        break;
    }
    case TimerKind::Flush: {
        const qint64 left = m_lastActivityMs + kFlushTimeoutMs - nowMs();
        if (left > 0)
            armTimer(TimerKind::Flush, left);
        else
            closeNow();
        break;
    }
    case TimerKind::Linger:
        closeNow();
        break;
    }
}

void HttpConnection::sendErrorAndClose(int status, const QString &message)
{
    if (m_state != State::Open)
        return;
    qCDebug(lcHttp) << "refusing request with" << status << message;
    m_stopReading = true;
    const QByteArray body = m_handler->protocolErrorBody(m_parser.pathSoFar(), status, message);
    write(HttpResponder::responseHead(status, "application/json", body.size(), false, false, false, false, {}));
    write(body);
    flushOutput();
    closeAfterFlush();
}

void HttpConnection::closeAfterFlush()
{
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_queue.clear();
    m_queuedBytes = 0;
    if (m_socket->bytesToWrite() == 0) {
        startLinger();
        return;
    }
    m_lastActivityMs = nowMs();
    armTimer(TimerKind::Flush, kFlushTimeoutMs);
}

void HttpConnection::startLinger()
{
    m_state = State::Lingering;
    // Half-close, so the client sees the end of the response, and keep reading: closing a socket with
    // unread input makes the kernel send a reset, which can destroy the response before it was read.
    if (!shutdownWrite(m_socket->socketDescriptor())) {
        closeNow();
        return;
    }
    armTimer(TimerKind::Linger, kLingerMs);
    discardInput();
}

void HttpConnection::discardInput()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0)
        m_socket->skip(available);
}

void HttpConnection::write(const QByteArray &data)
{
    if (m_state != State::Open || data.isEmpty())
        return;
    const bool nested = std::exchange(m_inSocketCall, true);
    m_socket->write(data);
    m_inSocketCall = nested;
}

void HttpConnection::flushOutput()
{
    if (m_state != State::Open)
        return;
    // Hand the bytes to the kernel now rather than on the next event loop pass.
    const bool nested = std::exchange(m_inSocketCall, true);
    m_socket->flush();
    m_inSocketCall = nested;
    if (m_state == State::Open && m_socket->bytesToWrite() > m_limits.highWaterBytes)
        m_aboveHighWater = true;
}

void HttpConnection::responderFinished(HttpResponder *responder, bool keepAlive)
{
    if (responder != m_responder)
        return;
    m_responder = nullptr;
    responder->m_connection = nullptr;
    responder->deleteLater();
    m_aboveHighWater = false;
    if (m_state != State::Open)
        return;
    if (!keepAlive || m_closeWhenIdle) {
        closeAfterFlush();
        return;
    }
    schedulePump();
}

void HttpConnection::responderDestroyed(HttpResponder *responder)
{
    if (responder != m_responder)
        return;
    m_responder = nullptr;
    closeAfterFlush();
}

qint64 HttpConnection::pendingBytes() const
{
    return m_socket->bytesToWrite();
}
