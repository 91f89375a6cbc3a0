#pragma once

#include <QList>

// Order statistics of a set of timings (any unit). Percentiles use the nearest-rank method, so a reported
// p99 is a value that was actually measured.
class SampleStats
{
public:
    SampleStats() = default;
    explicit SampleStats(QList<double> samples);

    void add(double sample);
    qsizetype count() const { return m_samples.size(); }
    bool isEmpty() const { return m_samples.isEmpty(); }

    double min() const;
    double max() const;
    double mean() const;
    double median() const { return percentile(50); }
    // p in (0, 100]; 0 for an empty set.
    double percentile(double p) const;

private:
    void sort() const;

    mutable QList<double> m_samples;
    mutable bool m_sorted = true;
};
