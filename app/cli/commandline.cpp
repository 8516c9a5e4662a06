#include "cli/commandline.h"

#include "cli/analyzecommand.h"
#include "cli/annotationscommand.h"
#include "cli/cleancommand.h"
#include "cli/timelinecommand.h"
#include "cli/librarycommand.h"
#include "cli/verbparser.h"
#include "core/version.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

using Verb = int (*)(const QStringList &, QTextStream &, QTextStream &);

struct VerbEntry
{
    VerbParser::Command command;
    Verb run;
};

// Each verb's own help page (`attache clean --help`) tells its options; these lines only name it.
const QList<VerbEntry> &verbs()
{
    static const QList<VerbEntry> Verbs{
        {{u"clean"_s, u"print the cleaned articles"_s}, runClean},
        {{u"analyze"_s, u"print entities, temporal expressions and events"_s}, runAnalyze},
        {{u"timeline"_s, u"print the events of the articles, sorted by date"_s}, runTimeline},
        {{u"library"_s, u"index folders; search, list and triage the library"_s}, runLibrary},
        {{u"annotations"_s, u"add, list, export and import highlights and notes"_s}, runAnnotations},
    };
    return Verbs;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    const auto first = arguments.value(1) == u"--jobs"_s ? arguments.value(3) : arguments.value(1);
    const bool isVerb = std::any_of(verbs().cbegin(), verbs().cend(),
                                    [&first](const VerbEntry &verb) { return verb.command.name == first; });
    return isVerb || first == u"--version"_s || first == u"-v"_s || first == u"--help"_s || first == u"-h"_s;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QString(), uR"(Attaché, a desktop reader for diplomatic news.

Without a command, `attache [PATH…]` opens the reading window on articles or folders;
`attache --screenshot FILE [--select N] [PATH…]` renders the window to a PNG and exits.)"_s);
    parser.addVersionOption(QString::fromLatin1(ApplicationVersion));
    QList<VerbParser::Command> commands;
    for (const auto &verb : verbs())
        commands << verb.command;
    parser.setCommands(commands);
    if (const auto done = parser.parse(arguments.mid(1), out, err))
        return *done;
    const auto verb = std::find_if(verbs().cbegin(), verbs().cend(),
                                   [&parser](const VerbEntry &entry) { return entry.command.name == parser.command(); });
    return verb->run(parser.commandArguments(), out, err); // parse() has checked the command is known
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

} // namespace Attache::Cli
