#pragma once

// Running the same first work on several threads released together, for tests of libraries that
// set themselves up on first use.

#include <QDeadlineTimer>
#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <thread>
#include <vector>

namespace Attache::TestHelpers {

// Runs work(0) … work(count - 1), each on a thread of its own, all released at the same moment.
// Returns when all have finished. When they have not within `timeout`, says so and ends the process
// with a failure: a thread stuck inside a library cannot be joined, and waiting for it would hang the
// test run instead of failing it.
inline void runAtOnce(qsizetype count, const std::function<void(qsizetype)> &work, std::chrono::milliseconds timeout)
{
    std::barrier start(count);
    std::atomic<qsizetype> finished = 0;
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            work(i);
            ++finished;
        });
    }
    const QDeadlineTimer deadline(timeout);
    while (finished < count && !deadline.hasExpired())
        QThread::msleep(10);
    if (finished < count) {
        qCritical("only %lld of %lld threads finished within %lld ms: they wait on each other", qint64(finished.load()),
                  qint64(count), qint64(timeout.count()));
        std::_Exit(EXIT_FAILURE);
    }
    for (auto &thread : threads)
        thread.join();
}

} // namespace Attache::TestHelpers
