#pragma once

#include "httprequest.h"
#include "httpserverlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Incremental HTTP/1.0 and HTTP/1.1 request parser. Pure: no I/O, no timers, no signals. Feed it byte
// slices of any size (down to single bytes); it stops at the end of each request so pipelined bytes stay
// buffered for the next one (call feed({}) after takeRequest() to continue with them).
//
// Leniency decisions (RFC 9112 allows either way; these are the ones we made):
//  - A bare LF is accepted as a line terminator wherever CRLF is expected (request line, headers, chunk
//    lines, trailers). A CR that is not directly followed by LF is rejected.
//  - Empty lines before a request line are skipped (they count towards maxHeaderBytes).
//  - Rejected with 400: obsolete line folding, whitespace before a header colon, control characters
//    (other than HTAB in values), NUL from percent-decoding, HTTP/1.1 without exactly one Host header,
//    Content-Length together with Transfer-Encoding, Transfer-Encoding in HTTP/1.0, conflicting
//    Content-Length values. Unknown transfer codings -> 501, unknown Expect -> 417.
//  - Trailer fields are validated and dropped (never merged into the headers).
class HttpRequestParser
{
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

public:
    enum class State { NeedMore, RequestReady, Error };
    // Where the request in progress is: nothing yet, inside the header section, or inside the body.
    enum class Phase { Idle, Header, Body };

    explicit HttpRequestParser(const HttpServerLimits &limits = {});

    // Buffers `data` and parses as far as possible. Once RequestReady, further bytes are only buffered
    // until takeRequest(); Error is final.
    State feed(QByteArrayView data);
    State state() const { return m_state; }
    Phase phase() const;

    // The completed request; the parser then starts on the next one (with any bytes already buffered).
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    // The request path once the request line was read (percent-decoded when that succeeded), else empty.
    QByteArray pathSoFar() const { return m_req.path; }

    // True when the request asked for "Expect: 100-continue" and its body has not started to arrive:
    // the connection should send "HTTP/1.1 100 Continue" once and call acknowledgeContinue().
    bool needsContinue() const;
    void acknowledgeContinue() { m_continueAcked = true; }

    // Bytes received but not yet consumed (e.g. the start of the next pipelined request).
    qsizetype bufferedBytes() const { return m_buf.size() - m_pos; }
    // Header plus body bytes consumed so far for the request in progress.
    qint64 requestBytesSoFar() const { return m_headerBytes + m_req.body.size(); }

private:
    enum class Step : quint8 {
        Start, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed
    };

    void run();
    bool stepStart();
    bool stepHeaders(bool trailers);
    bool stepBody();
    bool stepChunkSize();
    bool stepChunkDataEnd();

    bool takeLine(qint64 budget, QByteArrayView *line, qsizetype *consumed, bool *tooLong);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, bool store);
    bool finishHeaders();
    bool parseChunkSize(QByteArrayView line);
    bool fail(int status, const char *message);
    void resetRequest();

    qint64 m_maxBodyBytes;
    qint64 m_maxHeaderBytes;

    QByteArray m_buf;       // received bytes; [m_pos, size) not consumed yet
    qsizetype m_pos = 0;
    qsizetype m_scan = 0;   // where the search for the next '\n' resumes (avoids rescanning)

    HttpRequest m_req;
    qint64 m_headerBytes = 0;   // request line + headers consumed (also leading empty lines)
    qint64 m_trailerBytes = 0;
    qint64 m_remaining = 0;     // body bytes left (Content-Length or current chunk)
    qint64 m_bodyTotal = 0;     // de-chunked bytes announced so far
    int m_chunkCount = 0;
    int m_requestLineSpaces = 0; // request-line pre-validation state for partial lines
    bool m_requestLineStarted = false;
    bool m_expectContinue = false;
    bool m_continueAcked = false;

    Step m_step = Step::Start;
    State m_state = State::NeedMore;
    int m_errorStatus = 0;
    QString m_errorMessage;
};
