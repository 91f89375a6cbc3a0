// HttpRequestParser on arbitrary bytes, fed in arbitrary slices. The first input byte picks the slice sizes, so
// that request boundaries, CRLFs and chunk headers get split everywhere. Checks that slicing does not change
// the outcome (same requests, same error) and that every limit holds.
#include "fuzzinput.h"
#include "http/httprequestparser.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
struct Outcome
{
    QList<HttpRequest> requests;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
};

HttpServerLimits smallLimits()
{
    HttpServerLimits limits;
    limits.maxBodyBytes = 64 * 1024; // small, so that the fuzzer reaches the 413 paths
    limits.maxHeaderBytes = 4 * 1024;
    return limits;
}

void drain(HttpRequestParser &parser, HttpRequestParser::State state, Outcome &out)
{
    const HttpServerLimits limits = smallLimits();
    while (state == HttpRequestParser::State::RequestReady) {
        HttpRequest request = parser.takeRequest();
        if (request.body.size() > limits.maxBodyBytes || request.method.isEmpty())
            std::abort();
        request.wantsKeepAlive();
        request.queryItem(QStringLiteral("beta"));
        out.requests.append(std::move(request));
        state = parser.feed({});
    }
    out.state = state;
}

Outcome parse(QByteArrayView data, uint8_t sliceSeed)
{
    HttpRequestParser parser(smallLimits());
    Outcome out;
    InputSlicer slicer(sliceSeed, 1, 17);
    qsizetype pos = 0;
    while (pos < data.size() && out.state != HttpRequestParser::State::Error) {
        const qsizetype n = slicer.next(data.size() - pos);
        drain(parser, parser.feed(data.sliced(pos, n)), out);
        pos += n;
        parser.needsContinue();
        parser.phase();
    }
    out.errorStatus = parser.errorStatus();
    if (out.state == HttpRequestParser::State::Error && (out.errorStatus < 400 || out.errorStatus > 599))
        std::abort();
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input;
    if (!input.read(bytes, size))
        return 0;
    const Outcome whole = parse(input.payload, 0);
    const Outcome sliced = parse(input.payload, input.options);
    if (whole.state != sliced.state || whole.errorStatus != sliced.errorStatus
        || whole.requests.size() != sliced.requests.size())
        std::abort();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const HttpRequest &a = whole.requests.at(i);
        const HttpRequest &b = sliced.requests.at(i);
        if (a.method != b.method || a.target != b.target || a.headers != b.headers || a.body != b.body)
            std::abort();
    }
    return 0;
}
