// SseParser on arbitrary bytes fed in arbitrary slices (empty ones included). The first input byte picks the
// slice sizes. Unless the event size limit was hit, slicing must not change which events come out.
#include "fuzzinput.h"
#include "upstream/sseparser.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
constexpr qint64 kMaxEventBytes = 16 * 1024;

struct Outcome
{
    QList<SseParser::Event> events;
    bool overflowed = false;
};

Outcome parse(QByteArrayView data, uint8_t sliceSeed)
{
    Outcome out;
    SseParser parser([&out](SseParser::Event &&event) {
        if (event.data.size() > kMaxEventBytes)
            std::abort();
        out.events.append(std::move(event));
    }, kMaxEventBytes);
    InputSlicer slicer(sliceSeed, 0, 8); // empty feeds too
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype n = slicer.next(data.size() - pos);
        if (!parser.feed(data.sliced(pos, n))) {
            out.overflowed = true;
            return out;
        }
        pos += n;
    }
    parser.finish();
    out.overflowed = parser.overflowed();
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
    // A long line that is still incomplete counts against the limit only when it arrives in pieces.
    if (whole.overflowed || sliced.overflowed)
        return 0;
    if (whole.events.size() != sliced.events.size())
        std::abort();
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        if (whole.events.at(i).name != sliced.events.at(i).name || whole.events.at(i).data != sliced.events.at(i).data)
            std::abort();
    }
    return 0;
}
