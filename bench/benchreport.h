#pragma once

#include <QList>
#include <QString>

// The result table every benchmark prints: one Markdown row per measurement (area | case | measurement |
// value | baseline measured in the same run | target), so bench/run can merge the output of several programs
// into one table and docs/PERFORMANCE.md can quote it as is. Progress and details go to stderr; only rows (and
// the optional header) go to stdout.
class BenchReport
{
public:
    void addRow(const QString &area, const QString &testCase, const QString &measurement, const QString &value,
                const QString &baseline = QString(), const QString &target = QString());
    // Writes the rows to stdout (with the header line unless rowsOnly) and flushes.
    void print(bool rowsOnly) const;

    static QString header();
    // Prints "error: message" on stderr and exits with status 1 (a benchmark that cannot run measures nothing).
    [[noreturn]] static void fatal(const QString &message);

    // "812k ev/s", "1.23M ev/s"
    static QString rate(double perSecond, const char *unit);
    // 0.123 ms / 12.3 ms / 1.23 s, from nanoseconds.
    static QString duration(double nanoseconds);
    // "12.3 MB"
    static QString megabytes(double bytes);
    static QString number(qint64 value); // 100000 -> "100,000"

private:
    struct Row
    {
        QString area;
        QString testCase;
        QString measurement;
        QString value;
        QString baseline;
        QString target;
    };
    QList<Row> m_rows;
};
