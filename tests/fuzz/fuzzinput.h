#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// Every fuzz input is one option byte (what the target varies: slicing, translator options, the edit) followed by
// the payload; the seeds in run-fuzzers.sh are written that way.
struct FuzzInput
{
    uint8_t options = 0;
    QByteArrayView payload;

    // False for an empty input, which carries no option byte.
    bool read(const uint8_t *bytes, size_t size)
    {
        if (size < 1)
            return false;
        options = bytes[0];
        payload = QByteArrayView(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
        return true;
    }
};

// Cuts an input into slices of minSlice..maxSlice bytes, the same cuts for the same seed; seed 0 gives one slice.
// Parsers fed in pieces must reach the outcome they reach in one go.
class InputSlicer
{
public:
    InputSlicer(uint8_t seed, qsizetype minSlice, qsizetype maxSlice)
        : m_seed(seed), m_rng(seed | 1u), m_min(minSlice), m_span(uint32_t(maxSlice - minSlice + 1))
    {
    }

    qsizetype next(qsizetype remaining)
    {
        if (m_seed == 0)
            return remaining;
        m_rng = m_rng * 1103515245u + 12345u;
        return qMin<qsizetype>(remaining, m_min + qsizetype((m_rng >> 16) % m_span));
    }

private:
    uint8_t m_seed;
    uint32_t m_rng;
    qsizetype m_min;
    uint32_t m_span;
};
