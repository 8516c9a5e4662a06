#pragma once

#include <QList>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <thread>
#include <type_traits>
#include <vector>

namespace Attache {

// Applies `function` to every item on as many threads as the global thread pool allows (the
// command line's --jobs sets it) and returns the results in the items' order.
//
// The command-line verbs used QtConcurrent::blockingMapped for this, and `attache clean --jobs 2`
// once sat forever in it with the work done: the calling thread waiting on the engine's barrier,
// the pool's threads idle. Here the workers take the next index from one atomic counter and the
// caller joins them; there is no wake-up to lose. The caller works too, so one job means no
// thread at all.
template <typename Item, typename Function>
auto mapInParallel(const QList<Item> &items, Function function)
    -> QList<std::invoke_result_t<Function &, const Item &>>
{
    using Result = std::invoke_result_t<Function &, const Item &>;
    QList<Result> results(items.size());
    if (items.isEmpty())
        return results;
    // Each worker writes only its own slots, through a pointer taken once: QList's operator[]
    // would check for sharing on every write.
    Result *const slots = results.data();
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype index = next++; index < items.size(); index = next++)
            slots[index] = function(items.at(index));
    };
    const auto threads = std::clamp<qsizetype>(QThreadPool::globalInstance()->maxThreadCount(), 1, items.size());
    std::vector<std::jthread> helpers;
    helpers.reserve(threads - 1);
    for (qsizetype started = 1; started < threads; ++started)
        helpers.emplace_back(work);
    work();
    helpers.clear(); // joins
    return results;
}

} // namespace Attache
