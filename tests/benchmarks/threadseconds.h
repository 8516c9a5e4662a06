#pragma once

#include <ctime>

namespace Attache {

// CPU time of this thread: on a shared machine wall time also counts other processes' turns.
inline double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace Attache
