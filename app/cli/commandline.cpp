#include "cli/commandline.h"

#include "cli/analyzecommand.h"
#include "cli/annotationscommand.h"
#include "cli/cleancommand.h"
#include "cli/timelinecommand.h"
#include "cli/librarycommand.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

const QStringList Verbs{u"clean"_s, u"analyze"_s, u"timeline"_s, u"annotations"_s, u"library"_s};

QString usage()
{
    return uR"(Usage: attache [PATH…]                 open the reading window on articles or folders
       attache --screenshot FILE [PATH…] [--select N]
                                       render the window to a PNG and exit
       attache clean [--format text|markdown|json|jsonl] PATH…
                                       print the cleaned articles
       attache analyze PATH… | --input-jsonl IN [--output-jsonl OUT]
                                       print entities, temporal expressions and events
       attache timeline [--format markdown|json] PATH…
                                       print the events of the articles, sorted by date
       attache library [--db FILE] add DIR…
                                       index folders into the library (progress on stderr)
       attache library [--db FILE] search QUERY [--format jsonl] [--sort date|priority|source|relevance]
       attache library [--db FILE] list [--view inbox|later|starred|archive|all] [--format jsonl]
       attache library [--db FILE] set inbox|later|archive|star|unstar|read|unread|priority=N ARTICLE…
                                       search, list and triage the library (ARTICLE = id or path)
)"_s + annotationsUsage() + uR"(Options for every verb:
       --jobs N                        use at most N threads (default: all cores)
       attache --version | --help
)"_s;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    const auto first = arguments.value(1) == u"--jobs"_s ? arguments.value(3) : arguments.value(1);
    return Verbs.contains(first) || first == u"--version"_s || first == u"-v"_s || first == u"--help"_s
        || first == u"-h"_s;
}

int run(const QStringList &givenArguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --jobs applies to every verb, so it is taken out before the verb sees its arguments.
    QStringList arguments;
    for (qsizetype i = 0; i < givenArguments.size(); ++i) {
        if (givenArguments.at(i) == u"--jobs"_s) {
            const int jobs = givenArguments.value(++i).toInt();
            if (jobs < 1) {
                err << "attache: --jobs needs a number of threads of at least 1\n";
                return 2;
            }
            QThreadPool::globalInstance()->setMaxThreadCount(jobs);
            continue;
        }
        arguments << givenArguments.at(i);
    }
    const auto &first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        out << "attache " << ApplicationVersion << Qt::endl;
        return 0;
    }
    if (first == u"--help"_s || first == u"-h"_s) {
        out << usage();
        return 0;
    }
    if (first == u"clean"_s)
        return runClean(arguments.mid(2), out, err);
    if (first == u"analyze"_s)
        return runAnalyze(arguments.mid(2), out, err);
    if (first == u"annotations"_s)
        return runAnnotations(arguments.mid(2), out, err);
    if (first == u"timeline"_s)
        return runTimeline(arguments.mid(2), out, err);
    if (first == u"library"_s)
        return runLibrary(arguments.mid(2), out, err);
    err << usage();
    return 2;
}

} // namespace Attache::Cli
