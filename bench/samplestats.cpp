#include "samplestats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

SampleStats::SampleStats(QList<double> samples)
    : m_samples(std::move(samples))
    , m_sorted(false)
{
}

void SampleStats::add(double sample)
{
    m_samples.append(sample);
    m_sorted = false;
}

void SampleStats::sort() const
{
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
}

double SampleStats::min() const
{
    sort();
    return m_samples.isEmpty() ? 0 : m_samples.first();
}

double SampleStats::max() const
{
    sort();
    return m_samples.isEmpty() ? 0 : m_samples.last();
}

double SampleStats::mean() const
{
    if (m_samples.isEmpty())
        return 0;
    return std::accumulate(m_samples.cbegin(), m_samples.cend(), 0.0) / double(m_samples.size());
}

double SampleStats::percentile(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    sort();
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
    return m_samples.at(std::clamp<qsizetype>(rank - 1, 0, m_samples.size() - 1));
}
