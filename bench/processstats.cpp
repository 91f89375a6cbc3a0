#include "processstats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace {

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(pid > 0 ? QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name))
                       : QStringLiteral("/proc/self/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 statusKb(qint64 pid, QByteArrayView field)
{
    const QByteArray status = procFile(pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 ProcessStats::residentKb(qint64 pid)
{
    return statusKb(pid, "VmRSS:");
}

qint64 ProcessStats::peakResidentKb(qint64 pid)
{
    return statusKb(pid, "VmHWM:");
}

double ProcessStats::cpuSeconds(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    if (stat.isEmpty())
        return -1;
    // Fields after the command name (which may contain spaces) start after the last ')'; utime and stime are
    // fields 14 and 15 of the whole line, i.e. 12 and 13 after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}
