#include "cli/commandline.h"

#include "cli/cleancommand.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

const QStringList Verbs{u"clean"_s};

QString usage()
{
    return uR"(Usage: attache [PATH…]                 open the reading window on articles or folders
       attache --screenshot FILE [PATH…] [--select N]
                                       render the window to a PNG and exit
       attache clean [--format text|markdown|json|jsonl] PATH…
                                       print the cleaned articles
       attache --version | --help
)"_s;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const auto &first = arguments.at(1);
    return Verbs.contains(first) || first == u"--version"_s || first == u"-v"_s || first == u"--help"_s
        || first == u"-h"_s;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
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
    err << usage();
    return 2;
}

} // namespace Attache::Cli
