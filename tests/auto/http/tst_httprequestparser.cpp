#include "http/httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// One line per request: METHOD|target|path|query|1.x|ka or close|name=value,...|body
QByteArray describe(const HttpRequest &r)
{
    QByteArray s = r.method + '|' + r.target + '|' + r.path + '|' + r.query + "|1."
        + QByteArray::number(r.versionMinor) + '|' + (r.wantsKeepAlive() ? "ka" : "close") + '|';
    for (qsizetype i = 0; i < r.headers.size(); ++i)
        s += (i ? "," : "") + r.headers[i].first + '=' + r.headers[i].second;
    return s + '|' + r.body;
}

struct ParseResult
{
    QByteArrayList requests;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
    QString errorMessage;
    qsizetype buffered = 0;
};

ParseResult parsePieces(const QList<QByteArrayView> &pieces, const HttpServerLimits &limits = {})
{
    HttpRequestParser parser(limits);
    ParseResult result;
    for (QByteArrayView piece : pieces) {
        auto state = parser.feed(piece);
        while (state == HttpRequestParser::State::RequestReady) {
            result.requests << describe(parser.takeRequest());
            state = parser.feed({});
        }
    }
    result.state = parser.state();
    result.errorStatus = parser.errorStatus();
    result.errorMessage = parser.errorMessage();
    result.buffered = parser.bufferedBytes();
    return result;
}

ParseResult parseWhole(QByteArrayView input, const HttpServerLimits &limits = {})
{
    return parsePieces({input}, limits);
}

ParseResult parseSplit(QByteArrayView input, qsizetype at, const HttpServerLimits &limits = {})
{
    return parsePieces({input.first(at), input.sliced(at)}, limits);
}

ParseResult parseBytewise(QByteArrayView input, const HttpServerLimits &limits = {})
{
    QList<QByteArrayView> pieces;
    for (qsizetype i = 0; i < input.size(); ++i)
        pieces << input.sliced(i, 1);
    return parsePieces(pieces, limits);
}

// A literal that may contain NUL bytes.
template<qsizetype N>
QByteArray bin(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

HttpServerLimits smallLimits(int maxHeaderBytes, qint64 maxBodyBytes)
{
    HttpServerLimits limits;
    limits.maxHeaderBytes = maxHeaderBytes;
    limits.maxBodyBytes = maxBodyBytes;
    return limits;
}

} // namespace

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodRequests_data();
    void goodRequests();
    void malformedRequests_data();
    void malformedRequests();
    void headerLimitBoundary();
    void bodyLimitBoundary_data();
    void bodyLimitBoundary();
    void expectContinue();
    void phases();
    void pathSoFarOnError();
    void queryItem_data();
    void queryItem();
    void randomGarbageIsRejected();
    void mutatedRequestsNeverCrash();
};

void tst_HttpRequestParser::goodRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: example\r\n\r\n")
                         << QByteArrayList{"GET|/|/||1.1|ka|host=example|"};
    QTest::newRow("post content-length")
        << QByteArray("POST /v1/messages HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                      "Content-Length: 13\r\n\r\n{\"a\":\"hello\"}")
        << QByteArrayList{"POST|/v1/messages|/v1/messages||1.1|ka|host=h,content-type=application/json,"
                          "content-length=13|{\"a\":\"hello\"}"};
    QTest::newRow("chunked with extensions and trailers")
        << QByteArray("POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5;name=value\r\nhello\r\n6 ; quoted=\"a;b\"\r\n world\r\nA\r\n0123456789\r\n"
                      "0;last\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n")
        << QByteArrayList{"POST|/up|/up||1.1|ka|host=h,transfer-encoding=chunked|hello world0123456789"};
    QTest::newRow("chunked, case-insensitive coding, no trailers")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << QByteArrayList{"POST|/|/||1.1|ka|host=h,transfer-encoding=Chunked|abc"};
    QTest::newRow("pipelined get and post")
        << QByteArray("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nxyz")
        << QByteArrayList{"GET|/a|/a||1.1|ka|host=h|", "POST|/b|/b||1.1|ka|host=h,content-length=3|xyz"};
    QTest::newRow("pipelined chunked then get")
        << QByteArray("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n"
                      "GET /d?x=1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
        << QByteArrayList{"POST|/c|/c||1.1|ka|host=h,transfer-encoding=chunked|hi",
                          "GET|/d?x=1|/d|x=1|1.1|close|host=h,connection=close|"};
    QTest::newRow("body that looks like a request")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 16\r\n\r\nGET / HTTP/1.1\r\n")
        << QByteArrayList{"POST|/|/||1.1|ka|host=h,content-length=16|GET / HTTP/1.1\r\n"};
    QTest::newRow("http/1.0 closes by default") << QByteArray("GET / HTTP/1.0\r\n\r\n")
                                                << QByteArrayList{"GET|/|/||1.0|close||"};
    QTest::newRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
        << QByteArrayList{"GET|/|/||1.0|ka|connection=Keep-Alive|"};
    QTest::newRow("http/1.1 connection close in a list")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: upgrade, Close\r\n\r\n")
        << QByteArrayList{"GET|/|/||1.1|close|host=h,connection=upgrade, Close|"};
    QTest::newRow("percent-decoded path, raw query")
        << QByteArray("GET /v1/a%20b%2Fc%C3%A9?beta=true&q=a%20b+c HTTP/1.1\r\nHost: h\r\n\r\n")
        << QByteArrayList{"GET|/v1/a%20b%2Fc%C3%A9?beta=true&q=a%20b+c|/v1/a b/c\xC3\xA9|beta=true&q=a%20b+c|1.1|ka|"
                          "host=h|"};
    QTest::newRow("header names lower-cased, values trimmed, duplicates kept")
        << QByteArray("GET / HTTP/1.1\r\nHOST:   h  \r\nX-Empty:\r\nX-Tab:\tv1\t v2 \t\r\nX-Dup: 1\r\nx-dup: 2\r\n\r\n")
        << QByteArrayList{"GET|/|/||1.1|ka|host=h,x-empty=,x-tab=v1\t v2,x-dup=1,x-dup=2|"};
    QTest::newRow("obs-text in a value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-Name: caf\xC3\xA9\r\n\r\n")
        << QByteArrayList{"GET|/|/||1.1|ka|host=h,x-name=caf\xC3\xA9|"};
    QTest::newRow("bare LF line endings")
        << QByteArray("POST /lf HTTP/1.1\nHost: h\nContent-Length: 2\n\nok")
        << QByteArrayList{"POST|/lf|/lf||1.1|ka|host=h,content-length=2|ok"};
    QTest::newRow("bare LF in chunked body")
        << QByteArray("POST / HTTP/1.1\nHost: h\nTransfer-Encoding: chunked\n\n2\nok\n0\n\n")
        << QByteArrayList{"POST|/|/||1.1|ka|host=h,transfer-encoding=chunked|ok"};
    QTest::newRow("empty lines before the request line")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")
        << QByteArrayList{"GET|/|/||1.1|ka|host=h|"};
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://localhost:8080/v1/models?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        << QByteArrayList{"GET|http://localhost:8080/v1/models?x=1|/v1/models|x=1|1.1|ka|host=localhost|"};
    QTest::newRow("absolute-form without path")
        << QByteArray("GET HTTP://localhost HTTP/1.1\r\nHost: localhost\r\n\r\n")
        << QByteArrayList{"GET|HTTP://localhost|/||1.1|ka|host=localhost|"};
    QTest::newRow("asterisk-form") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")
                                   << QByteArrayList{"OPTIONS|*|*||1.1|ka|host=h|"};
    QTest::newRow("equal duplicate content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\nContent-Length: 003\r\n\r\nabc")
        << QByteArrayList{"POST|/|/||1.1|ka|host=h,content-length=3, 3,content-length=003|abc"};
    QTest::newRow("zero content-length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n")
                                         << QByteArrayList{"POST|/|/||1.1|ka|host=h,content-length=0|"};
    QTest::newRow("expect 100-continue with its body")
        << QByteArray("PUT /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody")
        << QByteArrayList{"PUT|/x|/x||1.1|ka|host=h,expect=100-continue,content-length=4|body"};
    QTest::newRow("binary body") << bin("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\n\0\r\n\xff")
                                 << QByteArrayList{bin("POST|/|/||1.1|ka|host=h,content-length=4|\0\r\n\xff")};
}

void tst_HttpRequestParser::goodRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);

    const ParseResult whole = parseWhole(input);
    QCOMPARE(whole.requests, expected);
    QCOMPARE(whole.state, HttpRequestParser::State::NeedMore);
    QCOMPARE(whole.buffered, 0);

    for (qsizetype at = 1; at < input.size(); ++at) {
        const ParseResult split = parseSplit(input, at);
        if (split.requests != expected || split.state != HttpRequestParser::State::NeedMore)
            QFAIL(qPrintable(QStringLiteral("split at %1: %2").arg(at).arg(QString::fromUtf8(split.requests.join('\n')))));
    }

    const ParseResult bytewise = parseBytewise(input);
    QCOMPARE(bytewise.requests, expected);
    QCOMPARE(bytewise.state, HttpRequestParser::State::NeedMore);
}

void tst_HttpRequestParser::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requestsBefore");

    const auto row = [](const char *name, const QByteArray &input, int status, int before = 0) {
        QTest::newRow(name) << input << status << before;
    };
    const QByteArray host = "Host: h\r\n";

    // Request line
    row("no version", "GET /\r\n\r\n", 400);
    row("method only", "GET\r\n\r\n", 400);
    row("lower-case version", "GET / http/1.1\r\n" + host + "\r\n", 400);
    row("version without minor", "GET / HTTP/2\r\n" + host + "\r\n", 400);
    row("two-digit minor", "GET / HTTP/1.10\r\n" + host + "\r\n", 400);
    row("http/2.0", "GET / HTTP/2.0\r\n" + host + "\r\n", 505);
    row("http/1.2", "GET / HTTP/1.2\r\n" + host + "\r\n", 505);
    row("http/0.9", "GET / HTTP/0.9\r\n\r\n", 505);
    row("double space", "GET  / HTTP/1.1\r\n" + host + "\r\n", 400);
    row("leading space", " GET / HTTP/1.1\r\n" + host + "\r\n", 400);
    row("trailing space", "GET / HTTP/1.1 \r\n" + host + "\r\n", 400);
    row("tab separator", "GET\t/ HTTP/1.1\r\n" + host + "\r\n", 400);
    row("non-token method", "G(T / HTTP/1.1\r\n" + host + "\r\n", 400);
    row("non-ascii method", "G\xc3\x89T / HTTP/1.1\r\n" + host + "\r\n", 400);
    row("control char in target", "GET /a\x01 HTTP/1.1\r\n" + host + "\r\n", 400);
    row("DEL in target", "GET /a\x7f HTTP/1.1\r\n" + host + "\r\n", 400);
    row("bare CR in request line", "GET / HTTP/1.1\rHost: h\r\n\r\n", 400);
    row("bad percent-encoding", "GET /a%zz HTTP/1.1\r\n" + host + "\r\n", 400);
    row("truncated percent-encoding", "GET /a%2 HTTP/1.1\r\n" + host + "\r\n", 400);
    row("encoded NUL", "GET /a%00b HTTP/1.1\r\n" + host + "\r\n", 400);
    row("relative target", "GET a/b HTTP/1.1\r\n" + host + "\r\n", 400);
    row("ftp target", "GET ftp://x/ HTTP/1.1\r\n" + host + "\r\n", 400);
    row("absolute-form without authority", "GET http:///x HTTP/1.1\r\n" + host + "\r\n", 400);
    row("asterisk with GET", "GET * HTTP/1.1\r\n" + host + "\r\n", 400);

    // Header lines
    row("header without colon", "GET / HTTP/1.1\r\n" + host + "NoColon\r\n\r\n", 400);
    row("space before colon", "GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400);
    row("space in name", "GET / HTTP/1.1\r\n" + host + "X Y: z\r\n\r\n", 400);
    row("empty name", "GET / HTTP/1.1\r\n" + host + ": v\r\n\r\n", 400);
    row("folded header", "GET / HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n", 400);
    row("NUL in value", bin("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n"), 400);
    row("bare CR in value", "GET / HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n", 400);
    row("escape char in value", "GET / HTTP/1.1\r\n" + host + "X-A: \x1b[0m\r\n\r\n", 400);
    row("missing host", "GET / HTTP/1.1\r\n\r\n", 400);
    row("two hosts", "GET / HTTP/1.1\r\n" + host + host + "\r\n", 400);
    row("unknown expectation", "POST / HTTP/1.1\r\n" + host + "Expect: 200-ok\r\nContent-Length: 1\r\n\r\nx", 417);

    // Content-Length / Transfer-Encoding
    row("content-length and transfer-encoding",
        "POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    row("content-length not a number", "POST / HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n", 400);
    row("negative content-length", "POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n", 400);
    row("content-length with plus", "POST / HTTP/1.1\r\n" + host + "Content-Length: +5\r\n\r\nhello", 400);
    row("empty content-length", "POST / HTTP/1.1\r\n" + host + "Content-Length:\r\n\r\n", 400);
    row("content-length only commas", "POST / HTTP/1.1\r\n" + host + "Content-Length: ,\r\n\r\n", 400);
    row("conflicting content-length list", "POST / HTTP/1.1\r\n" + host + "Content-Length: 5, 6\r\n\r\nhello", 400);
    row("conflicting content-length headers",
        "POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello", 400);
    row("content-length over the limit", "POST / HTTP/1.1\r\n" + host + "Content-Length: 4097\r\n\r\n", 413);
    row("huge content-length",
        "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999999999\r\n\r\n", 413);
    row("gzip coding", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n", 400);
    row("gzip then chunked", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501);
    row("chunked twice", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
        400);
    row("empty transfer-encoding", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding:\r\n\r\n", 400);
    row("transfer-encoding in http/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);

    // Chunked bodies
    const QByteArray chunked = "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n";
    row("bad chunk size", chunked + "zz\r\n", 400);
    row("junk after chunk size", chunked + "5x\r\nhello\r\n", 400);
    row("empty chunk size line", chunked + "\r\n", 400);
    row("negative chunk size", chunked + "-5\r\n", 400);
    row("missing CRLF after chunk data", chunked + "5\r\nhelloXX", 400);
    row("CR without LF after chunk data", chunked + "5\r\nhello\rX", 400);
    row("control char in chunk extension", chunked + "5;a\x01\r\nhello\r\n", 400);
    row("chunk size line too long", chunked + "5;" + QByteArray(5000, 'a') + "\r\n", 400);
    row("chunk over the limit", chunked + "1001\r\n", 413);
    row("chunks over the limit together", chunked + "800\r\n" + QByteArray(2048, 'x') + "\r\n801\r\n", 413);
    row("chunk size overflow", chunked + "ffffffffffffffffffffff\r\n", 413);
    row("bad trailer", chunked + "0\r\nNo colon\r\n\r\n", 400);

    // Header section size (the test limit is 1024 bytes)
    row("huge header value", "GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(1100, 'a') + "\r\n\r\n", 431);
    row("huge request line", "GET /" + QByteArray(1100, 'a') + " HTTP/1.1\r\n" + host + "\r\n", 431);
    row("many headers", "GET / HTTP/1.1\r\n" + host + QByteArray("X-A: b\r\n").repeated(200) + "\r\n", 431);
    row("endless empty lines", QByteArray("\r\n").repeated(600), 431);
    row("huge trailers", chunked + "0\r\nX-T: " + QByteArray(1100, 't') + "\r\n\r\n", 431);

    // A good request first: it must still come out.
    row("good then garbage", "GET / HTTP/1.1\r\n" + host + "\r\nBAD\x01 / HTTP/1.1\r\n", 400, 1);
    row("good then bad version", "GET / HTTP/1.1\r\n" + host + "\r\nGET / HTTP/3.0\r\n" + host + "\r\n", 505, 1);
}

void tst_HttpRequestParser::malformedRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(int, requestsBefore);
    const HttpServerLimits limits = smallLimits(1024, 4096);

    const ParseResult whole = parseWhole(input, limits);
    QCOMPARE(whole.state, HttpRequestParser::State::Error);
    QCOMPARE(whole.errorStatus, status);
    QVERIFY(!whole.errorMessage.isEmpty());
    QCOMPARE(whole.requests.size(), requestsBefore);

    const ParseResult bytewise = parseBytewise(input, limits);
    QCOMPARE(bytewise.state, HttpRequestParser::State::Error);
    QCOMPARE(bytewise.errorStatus, status);
    QCOMPARE(bytewise.errorMessage, whole.errorMessage);
    QCOMPARE(bytewise.requests.size(), requestsBefore);

    const qsizetype step = qMax<qsizetype>(1, input.size() / 64);
    for (qsizetype at = 1; at < input.size(); at += step) {
        const ParseResult split = parseSplit(input, at, limits);
        QCOMPARE(split.errorStatus, status);
        QCOMPARE(split.errorMessage, whole.errorMessage);
    }

    // Error is final: more input changes nothing.
    HttpRequestParser parser(limits);
    auto state = parser.feed(input);
    while (state == HttpRequestParser::State::RequestReady) {
        parser.takeRequest();
        state = parser.feed({});
    }
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), status);
}

void tst_HttpRequestParser::headerLimitBoundary()
{
    const int limit = 512;
    const QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\nX-Pad: ";
    const QByteArray tail = "\r\n\r\n";
    const QByteArray exact = head + QByteArray(limit - head.size() - tail.size(), 'p') + tail;
    QCOMPARE(exact.size(), limit);

    ParseResult r = parseWhole(exact, smallLimits(limit, 0));
    QCOMPARE(r.requests.size(), 1);
    r = parseBytewise(exact, smallLimits(limit, 0));
    QCOMPARE(r.requests.size(), 1);

    const QByteArray over = head + QByteArray(limit - head.size() - tail.size() + 1, 'p') + tail;
    r = parseWhole(over, smallLimits(limit, 0));
    QCOMPARE(r.errorStatus, 431);
    r = parseBytewise(over, smallLimits(limit, 0));
    QCOMPARE(r.errorStatus, 431);
}

void tst_HttpRequestParser::bodyLimitBoundary_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void tst_HttpRequestParser::bodyLimitBoundary()
{
    QFETCH(bool, chunked);
    const qint64 limit = 100;
    const auto request = [chunked](int size) {
        const QByteArray body(size, 'b');
        if (!chunked)
            return "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n" + body;
        // Two chunks, so the limit applies to their sum.
        const int first = size / 2;
        return "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(first, 16)
            + "\r\n" + body.left(first) + "\r\n" + QByteArray::number(size - first, 16) + "\r\n"
            + body.mid(first) + "\r\n0\r\n\r\n";
    };
    ParseResult r = parseBytewise(request(limit), smallLimits(1024, limit));
    QCOMPARE(r.requests.size(), 1);
    QVERIFY(r.requests.first().endsWith(QByteArray(limit, 'b')));

    r = parseWhole(request(limit + 1), smallLimits(1024, limit));
    QCOMPARE(r.state, HttpRequestParser::State::Error);
    QCOMPARE(r.errorStatus, 413);
}

void tst_HttpRequestParser::expectContinue()
{
    const QByteArray head = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 5\r\n\r\n";
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed(head.left(head.size() - 1)), HttpRequestParser::State::NeedMore);
        QVERIFY(!parser.needsContinue()); // header not complete yet
        QCOMPARE(parser.feed(head.right(1)), HttpRequestParser::State::NeedMore);
        QVERIFY(parser.needsContinue());
        parser.acknowledgeContinue();
        QVERIFY(!parser.needsContinue());
        QCOMPARE(parser.feed("hello"), HttpRequestParser::State::RequestReady);
        QCOMPARE(parser.takeRequest().body, QByteArray("hello"));
    }
    {
        // The body is already here: nothing to confirm.
        HttpRequestParser parser;
        QCOMPARE(parser.feed(head + "he"), HttpRequestParser::State::NeedMore);
        QVERIFY(!parser.needsContinue());
    }
    {
        // Chunked: before the first chunk only.
        HttpRequestParser parser;
        parser.feed("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
        QVERIFY(parser.needsContinue());
        parser.feed("1\r\na\r\n");
        QVERIFY(!parser.needsContinue());
    }
    {
        // HTTP/1.0 clients do not understand 100 Continue (RFC 9110 10.1.1).
        HttpRequestParser parser;
        parser.feed("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QVERIFY(!parser.needsContinue());
    }
    {
        // The next request on a connection starts without the previous one's expectation.
        HttpRequestParser parser;
        QCOMPARE(parser.feed(head + "hello" + "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\n"),
                 HttpRequestParser::State::RequestReady);
        parser.takeRequest();
        QCOMPARE(parser.feed({}), HttpRequestParser::State::NeedMore);
        QVERIFY(!parser.needsContinue());
    }
}

void tst_HttpRequestParser::phases()
{
    HttpRequestParser parser;
    QCOMPARE(parser.phase(), HttpRequestParser::Phase::Idle);
    parser.feed("\r\n");
    QCOMPARE(parser.phase(), HttpRequestParser::Phase::Idle); // empty lines before a request do not count
    parser.feed("P");
    QCOMPARE(parser.phase(), HttpRequestParser::Phase::Header);
    parser.feed("OST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(parser.phase(), HttpRequestParser::Phase::Body);
    QCOMPARE(parser.feed("okGET"), HttpRequestParser::State::RequestReady);
    QCOMPARE(parser.bufferedBytes(), 3);
    parser.takeRequest();
    QCOMPARE(parser.feed({}), HttpRequestParser::State::NeedMore);
    QCOMPARE(parser.phase(), HttpRequestParser::Phase::Header);
}

void tst_HttpRequestParser::pathSoFarOnError()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("POST /v1/messages HTTP/1.1\r\nHost: h\r\nBad Header\r\n\r\n"),
             HttpRequestParser::State::Error);
    QCOMPARE(parser.pathSoFar(), QByteArray("/v1/messages"));

    HttpRequestParser badPercent;
    QCOMPARE(badPercent.feed("POST /v1/chat/completions%zz HTTP/1.1\r\n"), HttpRequestParser::State::Error);
    QCOMPARE(badPercent.pathSoFar(), QByteArray("/v1/chat/completions%zz"));

    HttpRequestParser noLine;
    QCOMPARE(noLine.feed("\x01\x02"), HttpRequestParser::State::Error);
    QVERIFY(noLine.pathSoFar().isEmpty());
}

void tst_HttpRequestParser::queryItem_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("beta=true") << QStringLiteral("beta") << QStringLiteral("true");
    QTest::newRow("second") << QByteArray("a=1&beta=x") << QStringLiteral("beta") << QStringLiteral("x");
    QTest::newRow("first of two") << QByteArray("k=1&k=2") << QStringLiteral("k") << QStringLiteral("1");
    QTest::newRow("decoded") << QByteArray("q=a%20b+c%C3%A9") << QStringLiteral("q")
                             << QStringLiteral("a b c\u00e9");
    QTest::newRow("encoded key") << QByteArray("my%20key=v") << QStringLiteral("my key") << QStringLiteral("v");
    QTest::newRow("no value") << QByteArray("flag&x=1") << QStringLiteral("flag") << QString();
    QTest::newRow("absent") << QByteArray("a=1") << QStringLiteral("b") << QString();
    QTest::newRow("prefix is not a match") << QByteArray("betas=1") << QStringLiteral("beta") << QString();
}

void tst_HttpRequestParser::queryItem()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, key);
    QFETCH(QString, value);
    HttpRequest request;
    request.query = query;
    QCOMPARE(request.queryItem(key), value);
}

void tst_HttpRequestParser::randomGarbageIsRejected()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator rng(seed);
        QByteArray garbage(16 + rng.bounded(2000), Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QList<QByteArrayView> pieces;
        for (qsizetype at = 0; at < garbage.size();) {
            const qsizetype n = qMin<qsizetype>(1 + rng.bounded(64), garbage.size() - at);
            pieces << QByteArrayView(garbage).sliced(at, n);
            at += n;
        }
        const ParseResult r = parsePieces(pieces);
        if (r.state != HttpRequestParser::State::Error || r.errorStatus != 400)
            QFAIL(qPrintable(QStringLiteral("seed %1: status %2").arg(seed).arg(r.errorStatus)));
        QVERIFY(r.requests.isEmpty());
    }
}

void tst_HttpRequestParser::mutatedRequestsNeverCrash()
{
    const QByteArrayList seeds = {
        "POST /v1/messages?beta=true HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world",
        "POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nT: 1\r\n\r\n",
        "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.0\r\n\r\n",
    };
    const QList<int> allowed = {400, 413, 417, 431, 501, 505};
    QRandomGenerator rng(20240601);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = seeds[rng.bounded(int(seeds.size()))];
        for (int m = 1 + rng.bounded(4); m > 0; --m) {
            const int at = rng.bounded(int(input.size()));
            switch (rng.bounded(4)) {
            case 0: input[at] = char(rng.bounded(256)); break;
            case 1: input.insert(at, char(rng.bounded(256))); break;
            case 2: input.remove(at, 1 + rng.bounded(4)); break;
            default: input.insert(at, input.mid(rng.bounded(int(input.size())), rng.bounded(16))); break;
            }
        }
        QList<QByteArrayView> pieces;
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype n = qMin<qsizetype>(1 + rng.bounded(8), input.size() - at);
            pieces << QByteArrayView(input).sliced(at, n);
            at += n;
        }
        const ParseResult r = parsePieces(pieces, smallLimits(256, 64));
        if (r.state == HttpRequestParser::State::Error) {
            QVERIFY2(allowed.contains(r.errorStatus), input.toPercentEncoding().constData());
            QVERIFY(!r.errorMessage.isEmpty());
        }
        // Splitting differently must not change the outcome.
        const ParseResult whole = parseWhole(input, smallLimits(256, 64));
        QCOMPARE(whole.requests, r.requests);
        QCOMPARE(whole.errorStatus, r.errorStatus);
    }
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
