#include "httprequestparser.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <limits>
#include <utility>

namespace {

constexpr qsizetype kMaxChunkLineBytes = 4096;     // chunk size + extensions; real clients send a few bytes
constexpr qsizetype kCompactThreshold = 16 * 1024; // drop consumed bytes from the buffer beyond this
constexpr qint64 kMaxBodyReserve = 1024 * 1024;     // never pre-allocate more than this on a client's word

// RFC 9110 tchar
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = true;
    for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        t[static_cast<uchar>(c)] = true;
    return t;
}
constexpr std::array<bool, 256> kTokenTable = makeTokenTable();

inline bool isTchar(char c) { return kTokenTable[static_cast<uchar>(c)]; }
inline bool isCtl(char c) { return static_cast<uchar>(c) < 0x20 || c == 0x7f; }
inline bool isOws(char c) { return c == ' ' || c == '\t'; }

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    qsizetype begin = 0;
    qsizetype end = v.size();
    while (begin < end && isOws(v[begin]))
        ++begin;
    while (end > begin && isOws(v[end - 1]))
        --end;
    return v.sliced(begin, end - begin);
}

// Calls fn(item) for each non-empty, OWS-trimmed element of a comma-separated field value.
template<typename Fn>
void forEachListItem(QByteArrayView value, Fn &&fn)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView item = trimmedOws(value.sliced(start, comma - start));
        if (!item.isEmpty())
            fn(item);
        start = comma + 1;
    }
}

// Strict %XX decoding; a decoded NUL is refused (it would truncate paths in C APIs further down).
bool percentDecode(QByteArrayView in, QByteArray *out)
{
    out->resize(in.size());
    char *d = out->data();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            *d++ = in[i];
            continue;
        }
        if (i + 2 >= in.size())
            return false;
        const int hi = hexValue(in[i + 1]);
        const int lo = hexValue(in[i + 2]);
        if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
            return false;
        *d++ = static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    out->truncate(d - out->constData());
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpServerLimits &limits)
    : m_maxBodyBytes(qMax<qint64>(0, limits.maxBodyBytes))
    , m_maxHeaderBytes(qMax(16, limits.maxHeaderBytes))
{
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Error)
        return m_state;
    if (!data.isEmpty()) {
        if (m_pos == m_buf.size()) {
            m_buf.resize(0);
            m_pos = m_scan = 0;
            // Nothing buffered: body bytes go straight into the body (saves a copy of large uploads).
            if (m_state == State::NeedMore && (m_step == Step::Body || m_step == Step::ChunkData)) {
                const auto n = static_cast<qsizetype>(qMin<qint64>(data.size(), m_remaining));
                m_req.body.append(data.data(), n);
                m_remaining -= n;
                data = data.sliced(n);
                if (m_remaining == 0)
                    m_step = m_step == Step::Body ? Step::Done : Step::ChunkDataEnd;
            }
        } else if (m_pos >= kCompactThreshold) {
            m_buf.remove(0, m_pos);
            m_scan = qMax<qsizetype>(0, m_scan - m_pos);
            m_pos = 0;
        }
        m_buf.append(data.data(), data.size());
    }
    if (m_state == State::NeedMore)
        run();
    return m_state;
}

HttpRequestParser::Phase HttpRequestParser::phase() const
{
    switch (m_step) {
    case Step::Start:
        return m_requestLineStarted ? Phase::Header : Phase::Idle;
    case Step::Headers:
    case Step::Failed:
        return Phase::Header;
    default:
        return Phase::Body;
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::RequestReady)
        return {};
    HttpRequest request = std::move(m_req);
    resetRequest();
    if (m_pos == m_buf.size()) {
        // Idle keep-alive connections should not hold on to buffers.
        m_buf = QByteArray();
        m_pos = m_scan = 0;
    }
    return request;
}

bool HttpRequestParser::needsContinue() const
{
    if (!m_expectContinue || m_continueAcked || m_state != State::NeedMore || m_pos != m_buf.size())
        return false;
    return (m_step == Step::Body && m_req.body.isEmpty()) || (m_step == Step::ChunkSize && m_chunkCount == 0);
}

void HttpRequestParser::resetRequest()
{
    m_req = HttpRequest();
    m_headerBytes = 0;
    m_trailerBytes = 0;
    m_remaining = 0;
    m_bodyTotal = 0;
    m_chunkCount = 0;
    m_requestLineSpaces = 0;
    m_requestLineStarted = false;
    m_expectContinue = false;
    m_continueAcked = false;
    m_step = Step::Start;
    m_state = State::NeedMore;
}

bool HttpRequestParser::fail(int status, const char *message)
{
    m_step = Step::Failed;
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = QCoreApplication::translate("HttpRequestParser", message);
    return false;
}

void HttpRequestParser::run()
{
    for (;;) {
        bool progressed = false;
        switch (m_step) {
        case Step::Start:
            progressed = stepStart();
            break;
        case Step::Headers:
            progressed = stepHeaders(false);
            break;
        case Step::Body:
        case Step::ChunkData:
            progressed = stepBody();
            break;
        case Step::ChunkSize:
            progressed = stepChunkSize();
            break;
        case Step::ChunkDataEnd:
            progressed = stepChunkDataEnd();
            break;
        case Step::Trailers:
            progressed = stepHeaders(true);
            break;
        case Step::Done:
            m_state = State::RequestReady;
            return;
        case Step::Failed:
            return;
        }
        if (!progressed)
            return;
    }
}

bool HttpRequestParser::takeLine(qint64 budget, QByteArrayView *line, qsizetype *consumed, bool *tooLong)
{
    const char *b = m_buf.constData();
    const qsizetype size = m_buf.size();
    const qsizetype from = qMax(m_scan, m_pos);
    const void *nl = from < size ? std::memchr(b + from, '\n', size - from) : nullptr;
    if (!nl) {
        m_scan = size;
        *tooLong = size - m_pos > budget;
        return false;
    }
    const qsizetype end = static_cast<const char *>(nl) - b;
    if (end + 1 - m_pos > budget) {
        *tooLong = true;
        return false;
    }
    qsizetype lineEnd = end;
    if (lineEnd > m_pos && b[lineEnd - 1] == '\r')
        --lineEnd;
    *line = QByteArrayView(b + m_pos, lineEnd - m_pos);
    *consumed = end + 1 - m_pos;
    m_pos = end + 1;
    m_scan = m_pos;
    return true;
}

bool HttpRequestParser::stepStart()
{
    const char *b = m_buf.constData();
    const qsizetype size = m_buf.size();
    if (!m_requestLineStarted) {
        // RFC 9112 2.2: empty lines before the request line are ignored.
        while (m_pos < size && (b[m_pos] == '\r' || b[m_pos] == '\n')) {
            ++m_pos;
            if (++m_headerBytes > m_maxHeaderBytes)
                return fail(431, QT_TRANSLATE_NOOP("HttpRequestParser", "Request header section too large"));
        }
        if (m_pos == size)
            return false;
        m_requestLineStarted = true;
        m_scan = m_pos;
    }

    // The line including its '\n' must end before budgetEnd.
    const qsizetype budgetEnd = m_pos + static_cast<qsizetype>(m_maxHeaderBytes - m_headerBytes);
    const qsizetype from = qMax(m_scan, m_pos);
    const void *nl = from < size ? std::memchr(b + from, '\n', size - from) : nullptr;
    const qsizetype end = nl ? static_cast<const char *>(nl) - b : size;

    // Pre-validate the partial line so garbage is refused at once rather than after maxHeaderBytes.
    const qsizetype checkEnd = qMin(end, budgetEnd);
    for (qsizetype i = from; i < checkEnd; ++i) {
        const char c = b[i];
        const bool bad = c == ' ' ? (++m_requestLineSpaces > 2 || i == m_pos)
                                  : (m_requestLineSpaces == 0 ? !isTchar(c) : (isCtl(c) && c != '\r'));
        if (bad)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Malformed request line"));
    }
    m_scan = qMax(m_scan, checkEnd);
    if (end >= budgetEnd && (nl || size > budgetEnd))
        return fail(431, QT_TRANSLATE_NOOP("HttpRequestParser", "Request header section too large"));
    if (!nl)
        return false;

    qsizetype lineEnd = end;
    if (lineEnd > m_pos && b[lineEnd - 1] == '\r')
        --lineEnd;
    const QByteArrayView line(b + m_pos, lineEnd - m_pos);
    m_headerBytes += end + 1 - m_pos;
    m_pos = end + 1;
    m_scan = m_pos;
    if (!parseRequestLine(line))
        return false;
    m_step = Step::Headers;
    return true;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 > 0 ? line.indexOf(' ', sp1 + 1) : -1;
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Malformed request line"));
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);

    if (!isToken(method))
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid request method"));
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.'
        || hexValue(version[5]) < 0 || hexValue(version[5]) > 9 || hexValue(version[7]) < 0
        || hexValue(version[7]) > 9)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Malformed request line"));
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1'))
        return fail(505, QT_TRANSLATE_NOOP("HttpRequestParser", "HTTP version not supported"));
    for (char c : target) {
        if (isCtl(c) || c == ' ')
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid character in request target"));
    }

    QByteArrayView path;
    QByteArrayView query;
    const auto splitQuery = [&](QByteArrayView t) {
        const qsizetype q = t.indexOf('?');
        path = q < 0 ? t : t.first(q);
        if (q >= 0)
            query = t.sliced(q + 1);
    };
    if (target.startsWith('/')) {
        splitQuery(target);
    } else if (target == "*" && method == "OPTIONS") {
        path = target;
    } else {
        // absolute-form (RFC 9112 3.2.2) must be accepted; only its path and query matter here.
        const qsizetype schemeEnd = target.indexOf("://");
        if (schemeEnd <= 0
            || !(equalsIgnoreCase(target.first(schemeEnd), "http")
                 || equalsIgnoreCase(target.first(schemeEnd), "https")))
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid request target"));
        QByteArrayView rest = target.sliced(schemeEnd + 3);
        qsizetype pathStart = 0;
        while (pathStart < rest.size() && rest[pathStart] != '/' && rest[pathStart] != '?')
            ++pathStart;
        if (pathStart == 0)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid request target"));
        splitQuery(rest.sliced(pathStart));
        if (path.isEmpty())
            path = "/";
    }

    m_req.method = method.toByteArray();
    m_req.target = target.toByteArray();
    m_req.query = query.toByteArray();
    m_req.versionMinor = version[7] - '0';
    m_req.path = path.toByteArray(); // raw until decoded, so errors can still name the path
    if (path.contains('%')) {
        QByteArray decoded;
        if (!percentDecode(path, &decoded))
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid percent-encoding in request path"));
        m_req.path = std::move(decoded);
    }
    return true;
}

bool HttpRequestParser::stepHeaders(bool trailers)
{
    qint64 &used = trailers ? m_trailerBytes : m_headerBytes;
    QByteArrayView line;
    qsizetype consumed = 0;
    bool tooLong = false;
    if (!takeLine(m_maxHeaderBytes - used, &line, &consumed, &tooLong)) {
        if (tooLong) {
            return trailers
                ? fail(431, QT_TRANSLATE_NOOP("HttpRequestParser", "Request trailer section too large"))
                : fail(431, QT_TRANSLATE_NOOP("HttpRequestParser", "Request header section too large"));
        }
        return false;
    }
    used += consumed;
    if (line.isEmpty()) {
        if (!trailers)
            return finishHeaders();
        m_step = Step::Done;
        return true;
    }
    return parseHeaderLine(line, !trailers);
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, bool store)
{
    if (isOws(line[0]))
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Folded header lines are not supported"));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Malformed header line"));
    const QByteArrayView name = line.first(colon);
    if (!isToken(name))
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid header name"));
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (isCtl(c) && c != '\t')
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid character in header value"));
    }
    if (store)
        m_req.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHeaders()
{
    const bool http11 = m_req.versionMinor == 1;
    int hostCount = 0;
    bool haveLength = false;
    bool lengthInvalid = false;
    bool lengthConflict = false;
    qint64 length = 0;
    bool haveTransferEncoding = false;
    int codings = 0;
    int chunkedCount = 0;
    bool lastIsChunked = false;
    bool expectContinue = false;
    bool expectUnknown = false;

    constexpr qint64 kTooLarge = std::numeric_limits<qint64>::max();
    for (const auto &[name, value] : std::as_const(m_req.headers)) {
        if (name == "host") {
            ++hostCount;
        } else if (name == "content-length") {
            int items = 0;
            forEachListItem(value, [&](QByteArrayView item) {
                ++items;
                qint64 v = 0;
                for (char c : item) {
                    if (c < '0' || c > '9') {
                        lengthInvalid = true;
                        return;
                    }
                    v = v > (kTooLarge - 9) / 10 ? kTooLarge : v * 10 + (c - '0');
                }
                if (haveLength && v != length)
                    lengthConflict = true;
                haveLength = true;
                length = v;
            });
            if (items == 0)
                lengthInvalid = true;
        } else if (name == "transfer-encoding") {
            haveTransferEncoding = true;
            forEachListItem(value, [&](QByteArrayView item) {
                ++codings;
                lastIsChunked = equalsIgnoreCase(item, "chunked");
                chunkedCount += lastIsChunked ? 1 : 0;
            });
        } else if (name == "expect" && http11) {
            if (equalsIgnoreCase(value, "100-continue"))
                expectContinue = true;
            else
                expectUnknown = true;
        }
    }

    if (http11 && hostCount == 0)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Missing Host header"));
    if (hostCount > 1)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Multiple Host headers"));
    if (lengthInvalid)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid Content-Length"));
    if (lengthConflict)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Conflicting Content-Length values"));
    if (haveTransferEncoding) {
        if (haveLength)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser",
                                               "Both Content-Length and Transfer-Encoding are present"));
        if (!http11)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser",
                                               "Transfer-Encoding is not allowed in HTTP/1.0 requests"));
        if (!lastIsChunked || chunkedCount != 1)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid Transfer-Encoding"));
        if (codings != 1)
            return fail(501, QT_TRANSLATE_NOOP("HttpRequestParser", "Unsupported Transfer-Encoding"));
    }
    if (expectUnknown)
        return fail(417, QT_TRANSLATE_NOOP("HttpRequestParser", "Unsupported Expect value"));
    if (haveLength && length > m_maxBodyBytes)
        return fail(413, QT_TRANSLATE_NOOP("HttpRequestParser", "Request body too large"));

    m_expectContinue = expectContinue;
    if (haveTransferEncoding) {
        m_step = Step::ChunkSize;
    } else if (length > 0) {
        m_remaining = length;
        m_req.body.reserve(static_cast<qsizetype>(qMin(length, kMaxBodyReserve)));
        m_step = Step::Body;
    } else {
        m_step = Step::Done;
    }
    return true;
}

bool HttpRequestParser::stepBody()
{
    const qsizetype available = m_buf.size() - m_pos;
    if (available == 0)
        return false;
    const auto n = static_cast<qsizetype>(qMin<qint64>(available, m_remaining));
    m_req.body.append(m_buf.constData() + m_pos, n);
    m_pos += n;
    m_remaining -= n;
    if (m_remaining == 0)
        m_step = m_step == Step::Body ? Step::Done : Step::ChunkDataEnd;
    return true;
}

bool HttpRequestParser::stepChunkSize()
{
    QByteArrayView line;
    qsizetype consumed = 0;
    bool tooLong = false;
    if (!takeLine(kMaxChunkLineBytes, &line, &consumed, &tooLong)) {
        if (tooLong)
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Chunk size line too long"));
        return false;
    }
    return parseChunkSize(line);
}

bool HttpRequestParser::parseChunkSize(QByteArrayView line)
{
    quint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const int h = hexValue(line[i]);
        if (h < 0)
            break;
        if (size >> 59)
            return fail(413, QT_TRANSLATE_NOOP("HttpRequestParser", "Request body too large"));
        size = size * 16 + quint64(h);
    }
    if (i == 0)
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid chunk size"));
    while (i < line.size() && isOws(line[i]))
        ++i;
    if (i < line.size()) {
        if (line[i] != ';')
            return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid chunk size"));
        // Extensions carry nothing we use; only make sure they hold no control characters.
        for (; i < line.size(); ++i) {
            if (isCtl(line[i]) && line[i] != '\t')
                return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Invalid chunk extension"));
        }
    }
    if (size == 0) {
        m_step = Step::Trailers;
        return true;
    }
    if (size > quint64(m_maxBodyBytes - m_bodyTotal))
        return fail(413, QT_TRANSLATE_NOOP("HttpRequestParser", "Request body too large"));
    m_bodyTotal += qint64(size);
    m_remaining = qint64(size);
    ++m_chunkCount;
    m_step = Step::ChunkData;
    return true;
}

bool HttpRequestParser::stepChunkDataEnd()
{
    const qsizetype available = m_buf.size() - m_pos;
    if (available == 0)
        return false;
    const char *b = m_buf.constData() + m_pos;
    if (b[0] == '\n') {
        m_pos += 1;
    } else if (b[0] != '\r') {
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Missing line break after chunk data"));
    } else if (available < 2) {
        return false;
    } else if (b[1] != '\n') {
        return fail(400, QT_TRANSLATE_NOOP("HttpRequestParser", "Missing line break after chunk data"));
    } else {
        m_pos += 2;
    }
    m_step = Step::ChunkSize;
    return true;
}
