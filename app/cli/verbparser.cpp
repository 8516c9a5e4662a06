#include "cli/verbparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

// Put before a dash word while QCommandLineParser reads it, so that it passes as positional;
// taken off again by every accessor. A private-use character: no one types it.
constexpr QChar DashWordMark(0xE000);

// Qt prints the description as it is given; its lines are wrapped here like the options' help.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QStringList lines;
    for (const auto &line : text.split(u'\n')) {
        QString current;
        for (const auto &word : line.split(u' ')) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                lines << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : u" "_s) + word;
        }
        lines << current;
    }
    return lines.join(u'\n');
}

bool isDashWord(const QString &argument)
{
    return argument.size() > 1 && argument.at(0) == u'-' && argument.at(1) != u'-' && argument != u"-h"_s;
}

} // namespace

VerbParser::VerbParser(const QString &verb, const QString &description)
    : m_verb(verb)
    , m_description(description)
    , m_help(QStringList{u"h"_s, u"help"_s}, u"Show this help and exit."_s)
    , m_jobs(u"jobs"_s, u"Use at most N threads (default: all cores)."_s, u"N"_s)
    , m_version(QStringList{u"v"_s, u"version"_s}, u"Print the version and exit."_s)
{
    m_parser.setApplicationDescription(wrapped(description));
    m_parser.addOption(m_help);
    m_parser.addOption(m_jobs);
}

VerbParser::VerbParser(const VerbParser &parent, const QString &description)
    : VerbParser(parent.m_verb + u' ' + parent.command(), description)
{
    m_parent = &parent;
    for (const auto &option : parent.m_options)
        addOption(option);
}

void VerbParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options << option;
    m_names << option.names();
}

void VerbParser::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void VerbParser::addArticlePaths(const QString &more)
{
    const auto description = u"Article files, or folders to read with their subfolders."_s;
    m_parser.addPositionalArgument(u"paths"_s, more.isEmpty() ? description : description + u' ' + more, u"PATH…"_s);
}

void VerbParser::addVersionOption(const QString &version)
{
    m_versionText = u"attache "_s + version;
    m_parser.addOption(m_version);
}

void VerbParser::setCommands(const QList<Command> &commands)
{
    m_commands = commands;
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command.name.size());
    QStringList lines{wrapped(m_description), QString(), u"Commands:"_s};
    for (const auto &command : commands)
        lines << u"  "_s + command.name.leftJustified(width + 2) + command.summary;
    m_parser.setApplicationDescription(lines.join(u'\n'));
    m_parser.addPositionalArgument(u"command"_s,
                                   u"One of the commands above; '%1 COMMAND --help' shows its options."_s.arg(name()),
                                   u"COMMAND [ARGUMENTS…]"_s);
    // The command's own options follow it: they are left to its parser.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

std::optional<int> VerbParser::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList marked{u"attache"_s}; // QCommandLineParser expects the program's name first
    for (const auto &argument : arguments)
        marked << (m_dashWordsArePositional && isDashWord(argument) ? DashWordMark + argument : argument);
    if (!m_parser.parse(marked)) {
        auto message = m_parser.errorText();
        // Qt writes a sentence ("Unknown option 'x'."); our messages are lower-case clauses.
        if (!message.isEmpty())
            message[0] = message.at(0).toLower();
        if (message.endsWith(u'.'))
            message.chop(1);
        return usageError(err, message);
    }
    if (m_parser.isSet(m_help)) {
        out << helpText();
        return 0;
    }
    if (!m_versionText.isEmpty() && m_parser.isSet(m_version)) {
        out << m_versionText << Qt::endl;
        return 0;
    }
    if (m_parser.isSet(m_jobs)) {
        const int jobs = m_parser.value(m_jobs).toInt();
        if (jobs < 1)
            return usageError(err, u"--jobs needs a number of threads of at least 1"_s);
        QThreadPool::globalInstance()->setMaxThreadCount(jobs);
    }
    m_positional.clear();
    for (const auto &argument : m_parser.positionalArguments())
        m_positional << unmarked(argument);
    if (!m_commands.isEmpty()) {
        if (m_positional.isEmpty())
            return showUsage(err);
        const bool isKnown = std::any_of(m_commands.cbegin(), m_commands.cend(),
                                         [this](const Command &entry) { return entry.name == command(); });
        if (!isKnown)
            return usageError(err, u"unknown command "_s + command());
    }
    return std::nullopt;
}

bool VerbParser::isDefined(const QCommandLineOption &option) const
{
    return m_names.contains(option.names().constFirst());
}

QString VerbParser::unmarked(const QString &argument) const
{
    return argument.startsWith(DashWordMark) ? argument.mid(1) : argument;
}

bool VerbParser::isSet(const QCommandLineOption &option) const
{
    return (isDefined(option) && m_parser.isSet(option)) || (m_parent && m_parent->isSet(option));
}

QString VerbParser::value(const QCommandLineOption &option) const
{
    const auto all = values(option);
    return all.isEmpty() ? QString() : all.constLast();
}

QStringList VerbParser::values(const QCommandLineOption &option) const
{
    if (isDefined(option) && m_parser.isSet(option)) {
        QStringList all;
        for (const auto &value : m_parser.values(option))
            all << unmarked(value);
        return all;
    }
    if (m_parent)
        return m_parent->values(option);
    return option.defaultValues();
}

QStringList VerbParser::positionalArguments() const
{
    return m_positional;
}

QString VerbParser::name() const
{
    return m_verb.isEmpty() ? u"attache"_s : u"attache "_s + m_verb;
}

QString VerbParser::helpText() const
{
    auto text = m_parser.helpText();
    // Qt names the program by the path it was started as; the page names the verb as it is typed.
    const auto program = QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : u"<executable_name>"_s;
    const auto firstLineEnd = text.indexOf(u'\n');
    for (const auto &spelling : {program, QFileInfo(program).fileName()}) {
        const auto at = spelling.isEmpty() ? -1 : text.indexOf(spelling);
        if (at >= 0 && at < firstLineEnd)
            return text.replace(at, spelling.size(), name());
    }
    return text;
}

int VerbParser::usageError(QTextStream &err, const QString &message) const
{
    err << name() << ": " << message << "\nSee '" << name() << " --help'.\n";
    return 2;
}

int VerbParser::showUsage(QTextStream &err) const
{
    err << helpText();
    return 2;
}

} // namespace Attache::Cli
