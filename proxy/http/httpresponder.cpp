#include "httpresponder.h"

#include "core/loggingcategories.h"
#include "httpconnection.h"

#include <utility>

namespace {

// QIODevice keeps (shares) QByteArrays at least this large instead of copying them into its buffer.
constexpr qsizetype kShareThreshold = 4096;

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

bool isSafeValue(QByteArrayView value)
{
    for (char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

bool isSafeName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (static_cast<uchar>(c) <= 0x20 || c == ':' || c == 0x7f)
            return false;
    }
    return true;
}

// Framing is the server's business; a handler-supplied copy would corrupt the message.
bool isFramingHeader(QByteArrayView name)
{
    return equalsIgnoreCase(name, "content-length") || equalsIgnoreCase(name, "transfer-encoding")
        || equalsIgnoreCase(name, "connection");
}

void appendHex(QByteArray &out, qsizetype value)
{
    char digits[sizeof(qsizetype) * 2];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[value & 0xf];
        value >>= 4;
    } while (value);
    while (n)
        out.append(digits[--n]);
}

} // namespace

HttpResponder::HttpResponder(HttpConnection *connection, bool keepAlive, bool headRequest)
    : QObject(connection)
    , m_connection(connection)
    , m_keepAlive(keepAlive)
    , m_head(headRequest)
{
}

HttpResponder::~HttpResponder()
{
    // Deleted while still answering (not through the connection): the response cannot be completed.
    if (HttpConnection *connection = std::exchange(m_connection, nullptr))
        connection->responderDestroyed(this);
}

QByteArrayView HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 417: return "Expectation Failed";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 425: return "Too Early";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    case 507: return "Insufficient Storage";
    case 529: return "Overloaded"; // Anthropic's overloaded_error
    default: return "Unknown";
    }
}

QByteArray HttpResponder::responseHead(int status, QByteArrayView contentType, qint64 contentLength,
                                       bool chunked, bool keepAlive, bool http10, bool eventStream,
                                       const HttpHeaderList &extraHeaders)
{
    QByteArray head;
    head.reserve(160 + extraHeaders.size() * 48);
    head.append("HTTP/1.1 ");
    head.append(QByteArray::number(status));
    head.append(' ');
    head.append(reasonPhrase(status));
    head.append("\r\n");
    if (!contentType.isEmpty() && isSafeValue(contentType)) {
        head.append("Content-Type: ");
        head.append(contentType);
        head.append("\r\n");
    }
    if (contentLength >= 0) {
        head.append("Content-Length: ");
        head.append(QByteArray::number(contentLength));
        head.append("\r\n");
    }
    if (chunked)
        head.append("Transfer-Encoding: chunked\r\n");
    if (!keepAlive)
        head.append("Connection: close\r\n");
    else if (http10)
        head.append("Connection: keep-alive\r\n");

    bool haveCacheControl = false;
    for (const auto &[name, value] : extraHeaders) {
        if (!isSafeName(name) || !isSafeValue(value) || isFramingHeader(name)) {
            qCWarning(lcHttp) << "dropping invalid response header" << name;
            continue;
        }
        haveCacheControl = haveCacheControl || equalsIgnoreCase(name, "cache-control");
        head.append(name);
        head.append(": ");
        head.append(value);
        head.append("\r\n");
    }
    if (eventStream) {
        // Proxies and nginx in front must pass events through as they come.
        if (!haveCacheControl)
            head.append("Cache-Control: no-cache\r\n");
        head.append("X-Accel-Buffering: no\r\n");
    }
    head.append("\r\n");
    return head;
}

void HttpResponder::send(int status, const QByteArray &contentType, const QByteArray &body,
                         const HttpHeaderList &extraHeaders)
{
    if (m_started || !m_connection)
        return;
    m_started = true;
    m_finished = true;
    HttpConnection *connection = m_connection;
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    connection->write(responseHead(status, contentType, bodyAllowed ? body.size() : -1, false, m_keepAlive,
                                   m_http10, false, extraHeaders));
    if (bodyAllowed && !m_head)
        connection->write(body);
    connection->flushOutput();
    if (m_connection) // the client may have gone away during the flush
        connection->responderFinished(this, m_keepAlive);
}

void HttpResponder::beginStream(int status, const QByteArray &contentType, const HttpHeaderList &extraHeaders)
{
    if (m_started || !m_connection)
        return;
    m_started = true;
    // HTTP/1.0 has no chunked coding: the end of the body is the end of the connection.
    if (m_http10)
        m_keepAlive = false;
    m_chunked = !m_http10;
    const bool eventStream = contentType.size() >= 17 && qstrnicmp(contentType.constData(), 17,
                                                                   "text/event-stream", 17) == 0;
    m_connection->write(responseHead(status, contentType, -1, m_chunked, m_keepAlive, m_http10, eventStream,
                                     extraHeaders));
    m_connection->flushOutput();
}

void HttpResponder::writeChunk(const QByteArray &data)
{
    // An empty chunk would terminate the chunked body; there is nothing to send anyway.
    if (!m_started || m_finished || !m_connection || m_head || data.isEmpty())
        return;
    HttpConnection *connection = m_connection;
    if (!m_chunked) {
        connection->write(data);
    } else if (data.size() >= kShareThreshold) {
        QByteArray sizeLine;
        sizeLine.reserve(20);
        appendHex(sizeLine, data.size());
        sizeLine.append("\r\n");
        connection->write(sizeLine);
        connection->write(data);
        connection->write(QByteArrayLiteral("\r\n"));
    } else {
        QByteArray framed;
        framed.reserve(data.size() + 20);
        appendHex(framed, data.size());
        framed.append("\r\n");
        framed.append(data);
        framed.append("\r\n");
        connection->write(framed);
    }
    connection->flushOutput();
}

void HttpResponder::endStream()
{
    if (!m_started || m_finished || !m_connection)
        return;
    m_finished = true;
    HttpConnection *connection = m_connection;
    if (m_chunked && !m_head)
        connection->write(QByteArrayLiteral("0\r\n\r\n"));
    connection->flushOutput();
    if (m_connection)
        connection->responderFinished(this, m_keepAlive);
}

void HttpResponder::abort()
{
    if (m_finished || !m_connection)
        return;
    m_finished = true;
    m_connection->responderFinished(this, false);
}

bool HttpResponder::isClientConnected() const
{
    return m_connection && m_connection->isOpen();
}

qint64 HttpResponder::pendingBytes() const
{
    return m_connection ? m_connection->pendingBytes() : 0;
}
