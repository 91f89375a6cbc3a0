#include "benchreport.h"

#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

void BenchReport::addRow(const QString &area, const QString &testCase, const QString &measurement,
                         const QString &value, const QString &baseline, const QString &target)
{
    m_rows.append(Row{area, testCase, measurement, value, baseline, target});
}

QString BenchReport::header()
{
    return QStringLiteral("| area | case | measurement | value | baseline (same run) | target |\n|---|---|---|---|---|---|");
}

void BenchReport::fatal(const QString &message)
{
    QTextStream err(stderr);
    err << "error: " << message << '\n';
    err.flush();
    std::exit(1);
}

void BenchReport::print(bool rowsOnly) const
{
    QTextStream out(stdout);
    if (!rowsOnly)
        out << header() << '\n';
    for (const Row &row : m_rows)
        out << "| " << row.area << " | " << row.testCase << " | " << row.measurement << " | " << row.value << " | "
            << (row.baseline.isEmpty() ? QStringLiteral("-") : row.baseline) << " | "
            << (row.target.isEmpty() ? QStringLiteral("-") : row.target) << " |\n";
    out.flush();
}

QString BenchReport::rate(double perSecond, const char *unit)
{
    if (perSecond >= 1e6)
        return QStringLiteral("%1M %2").arg(perSecond / 1e6, 0, 'f', 2).arg(QLatin1String(unit));
    if (perSecond >= 1e3)
        return QStringLiteral("%1k %2").arg(perSecond / 1e3, 0, 'f', 0).arg(QLatin1String(unit));
    return QStringLiteral("%1 %2").arg(perSecond, 0, 'f', 1).arg(QLatin1String(unit));
}

QString BenchReport::duration(double nanoseconds)
{
    if (nanoseconds >= 1e9)
        return QStringLiteral("%1 s").arg(nanoseconds / 1e9, 0, 'f', 2);
    if (nanoseconds >= 1e7)
        return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 1);
    if (nanoseconds >= 1e5)
        return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 3);
}

QString BenchReport::megabytes(double bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', bytes >= 1e7 ? 1 : 2);
}

QString BenchReport::number(qint64 value)
{
    // Fixed grouping, independent of the machine's locale, so tables from different machines compare.
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value);
}
