#include "openfilelimit.h"

#if !defined(Q_OS_WIN)
#  include <sys/resource.h>
#endif

namespace {
// RLIM_INFINITY as a hard limit cannot be the soft limit of descriptors (macOS refuses it): cap it.
constexpr qint64 kMaxSoftLimit = 1 << 20;
} // namespace

qint64 OpenFileLimit::current()
{
#if defined(Q_OS_WIN)
    return -1;
#else
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? kMaxSoftLimit : qint64(limit.rlim_cur);
#endif
}

qint64 OpenFileLimit::raiseToHardLimit()
{
#if defined(Q_OS_WIN)
    return -1;
#else
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(kMaxSoftLimit)
                                                          : qMin(limit.rlim_max, rlim_t(kMaxSoftLimit));
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        ::setrlimit(RLIMIT_NOFILE, &raised); // on failure the old limit simply stays
    }
    return current();
#endif
}
