#pragma once

#include <QList>
#include <QStringList>
#include <QtGlobal>

// What /proc says about a process (Linux): resident memory and CPU time. pid 0 means this process. Values are
// negative when unknown (no such process, not Linux).
class ProcessStats
{
public:
    static qint64 residentKb(qint64 pid);     // VmRSS
    static qint64 peakResidentKb(qint64 pid); // VmHWM
    static double cpuSeconds(qint64 pid);     // user + system
    static QStringList mappedLibraries(qint64 pid); // the shared objects in /proc/PID/maps, sorted, once each
    static QList<qint64> children(qint64 pid);      // processes whose parent is pid
};
