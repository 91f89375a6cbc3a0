#include "processstats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>

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

QStringList ProcessStats::mappedLibraries(qint64 pid)
{
    QSet<QString> libraries;
    for (const QByteArray &line : procFile(pid, "maps").split('\n')) {
        // address perms offset dev inode path: the path is the sixth field.
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(5).contains(".so"))
            libraries.insert(QString::fromUtf8(fields.at(5)));
    }
    QStringList sorted(libraries.begin(), libraries.end());
    sorted.sort();
    return sorted;
}

QList<qint64> ProcessStats::children(qint64 pid)
{
    QList<qint64> result;
    const QByteArray parent = QByteArray::number(pid);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 candidate = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = procFile(candidate, "stat");
        // The parent's id is the second field after the command name.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == parent)
            result.append(candidate);
    }
    return result;
}
