#pragma once

#include <QtGlobal>

// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID): what a piece of work costs on one core, whatever
// else the machine is running. On a shared, oversubscribed machine wall time measures the scheduler instead.
class ThreadCpuTimer
{
public:
    void start();
    qint64 nsecsElapsed() const;

private:
    qint64 m_startNs = 0;
};
