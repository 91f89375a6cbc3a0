#include "httpbenchclient.h"

#include <QEventLoop>
#include <QTimer>

HttpBenchClient::HttpBenchClient(const QString &host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        // Small request writes must not wait for Nagle.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_busy)
            writeRequest();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpBenchClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpBenchClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &HttpBenchClient::onError);
}

void HttpBenchClient::send(const Request &request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_request = request;
    m_result = Result();
    m_buffer.clear();
    m_pos = 0;
    m_markerScanFrom = 0;
    m_closeAfter = false;
    m_state = State::Head;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        writeRequest();
        return;
    }
    // Connection set-up is not part of the measurement: the clock starts when the request is written.
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    m_socket.connectToHost(m_host, m_port);
}

HttpBenchClient::Result HttpBenchClient::sendAndWait(const Request &request, int timeoutMs)
{
    QEventLoop loop;
    Result result;
    const QMetaObject::Connection done = connect(this, &HttpBenchClient::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        m_socket.abort();
        failWith(QStringLiteral("timed out after %1 ms").arg(timeoutMs));
    });
    send(request);
    if (m_busy)
        loop.exec();
    disconnect(done);
    return result;
}

QByteArray HttpBenchClient::serialize(const QString &host, quint16 port, const Request &request)
{
    QByteArray head;
    head.reserve(512 + request.body.size());
    head += request.method + ' ' + request.path + " HTTP/1.1\r\nHost: " + host.toLatin1() + ':'
        + QByteArray::number(port) + "\r\nConnection: keep-alive\r\n";
    for (const auto &[name, value] : std::as_const(request.headers))
        head += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST")
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "\r\n";
    head += request.body;
    return head;
}

void HttpBenchClient::writeRequest()
{
    const QByteArray bytes = serialize(m_host, m_port, m_request);
    m_clock.start();
    m_socket.write(bytes);
}

void HttpBenchClient::onReadyRead()
{
    if (!m_busy) {
        m_socket.readAll(); // nothing is expected between requests
        return;
    }
    m_buffer += m_socket.readAll();
    if (m_state == State::Head && !parseHead())
        return;
    parseBody();
    // Consumed bytes are dropped once per read, not per chunk: a long stream has 100,000 small chunks.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

bool HttpBenchClient::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    m_result.headersNs = m_clock.nsecsElapsed();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_pos = end + 4;
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_result.status = statusLine.value(1).toInt(&ok);
    if (!ok) {
        failWith(QStringLiteral("bad status line"));
        return false;
    }
    qint64 contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            chunked = value.contains("chunked");
        else if (name == "connection")
            m_closeAfter = value.contains("close");
    }
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength >= 0) {
        m_state = State::FixedBody;
        m_remaining = contentLength;
    } else {
        m_state = State::UntilClose;
        m_closeAfter = true;
    }
    return true;
}

void HttpBenchClient::parseBody()
{
    while (m_busy) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
        switch (m_state) {
        case State::FixedBody: {
            const qint64 take = qMin<qint64>(m_remaining, rest.size());
            appendBody(rest.first(take));
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                complete();
            return;
        }
        case State::UntilClose:
            appendBody(rest);
            m_pos += rest.size();
            return; // completes on disconnect
        case State::ChunkSize: {
            const qsizetype eol = rest.indexOf(QByteArrayView("\r\n"));
            if (eol < 0)
                return;
            QByteArrayView size = rest.first(eol);
            const qsizetype extension = size.indexOf(';');
            if (extension >= 0)
                size = size.first(extension);
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            m_pos += eol + 2;
            if (!ok) {
                failWith(QStringLiteral("bad chunk size"));
                return;
            }
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (rest.isEmpty())
                return;
            const qint64 take = qMin<qint64>(m_remaining, rest.size());
            appendBody(rest.first(take));
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (rest.size() < 2)
                return;
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype eol = rest.indexOf(QByteArrayView("\r\n"));
            if (eol < 0)
                return;
            m_pos += eol + 2;
            if (eol == 0) {
                complete();
                return;
            }
            break;
        }
        case State::Head:
        case State::Done:
            return;
        }
    }
}

void HttpBenchClient::appendBody(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_result.firstByteNs < 0)
        m_result.firstByteNs = m_clock.nsecsElapsed();
    m_result.body.append(bytes);
    const QByteArray &marker = m_request.contentMarker;
    if (m_result.firstContentNs < 0 && !marker.isEmpty()) {
        if (m_result.body.indexOf(marker, m_markerScanFrom) >= 0)
            m_result.firstContentNs = m_clock.nsecsElapsed();
        else
            m_markerScanFrom = qMax<qsizetype>(0, m_result.body.size() - marker.size() + 1);
    }
}

void HttpBenchClient::complete()
{
    m_result.lastByteNs = m_clock.nsecsElapsed();
    m_state = State::Done;
    m_busy = false;
    if (m_closeAfter)
        m_socket.disconnectFromHost();
    Q_EMIT finished(m_result);
}

void HttpBenchClient::failWith(const QString &error)
{
    if (!m_busy)
        return;
    m_result.error = error;
    m_state = State::Done;
    m_busy = false;
    m_socket.abort();
    Q_EMIT finished(m_result);
}

void HttpBenchClient::onDisconnected()
{
    if (!m_busy)
        return;
    m_buffer += m_socket.readAll();
    if (m_state == State::Head && !parseHead()) {
        failWith(QStringLiteral("connection closed before the response head"));
        return;
    }
    parseBody();
    if (!m_busy)
        return;
    if (m_state == State::UntilClose) {
        complete();
        return;
    }
    failWith(QStringLiteral("connection closed before the response was complete"));
}

void HttpBenchClient::onError()
{
    if (m_socket.error() == QAbstractSocket::RemoteHostClosedError)
        return; // handled by onDisconnected
    failWith(m_socket.errorString());
}
