#include "threadcputimer.h"

#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
} // namespace

void ThreadCpuTimer::start()
{
    m_startNs = threadCpuNs();
}

qint64 ThreadCpuTimer::nsecsElapsed() const
{
    return threadCpuNs() - m_startNs;
}
