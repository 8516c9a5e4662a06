// clean_speed — Attaché's cleaner over the files named, on this thread, timed the way the
// Readability runner (readability-node/run.js) times Readability: reading each file, parsing and
// extracting are counted; process start-up and loading are not. Attaché does more per page than
// Readability (metadata, blocks, the removed fragments with their reasons), and all of it counts.
//
//   clean_speed [--runs N] FILE…
//
// Prints "pages N seconds S cpu C chars K" for the median of N passes over the files (default 5;
// a pass is well under a second, so one alone is at the mercy of a passing hiccup), then the
// fastest and slowest pass.
#include "clean/articlecleaner.h"
#include "threadseconds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

struct Pass
{
    double wall = 0;
    double cpu = 0;
    qsizetype chars = 0;
};

Pass cleanAll(const QStringList &files)
{
    const ArticleCleaner cleaner;
    Pass pass;
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = threadSeconds();
    for (const auto &file : files) {
        for (const auto &article : cleaner.cleanFile(file).articles)
            pass.chars += article.text().size(); // as the runner sums textContent
    }
    pass.cpu = threadSeconds() - cpuStart;
    pass.wall = double(wall.nsecsElapsed()) / 1e9;
    return pass;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto arguments = app.arguments().mid(1);
    int runs = 5;
    if (arguments.size() >= 2 && arguments.first() == u"--runs"_s) {
        runs = std::max(1, arguments.at(1).toInt());
        arguments = arguments.mid(2);
    }
    QTextStream out(stdout);
    if (arguments.isEmpty()) {
        QTextStream(stderr) << "usage: clean_speed [--runs N] FILE…\n";
        return 1;
    }
    QList<Pass> passes;
    for (int i = 0; i < runs; ++i)
        passes << cleanAll(arguments);
    std::sort(passes.begin(), passes.end(), [](const Pass &a, const Pass &b) { return a.cpu < b.cpu; });
    const auto &median = passes.at(passes.size() / 2);
    out << u"pages %1 seconds %2 cpu %3 chars %4\n"_s.arg(arguments.size())
               .arg(median.wall, 0, 'f', 3)
               .arg(median.cpu, 0, 'f', 3)
               .arg(median.chars);
    out << u"passes %1: cpu from %2 to %3 s\n"_s.arg(runs).arg(passes.first().cpu, 0, 'f', 3).arg(passes.last().cpu, 0, 'f', 3);
    return 0;
}
