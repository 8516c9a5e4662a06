#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Attache::Cli {

// The command line of one verb ("clean", "library search", …): a QCommandLineParser whose help
// page names the verb as it is typed. Every verb knows --help (the page goes to `out`, exit 0) and
// --jobs N (the thread count, which applies to all verbs); an unknown option, a missing value or
// an unknown command is a usage error reported on `err` (exit 2). Parsing never exits the process
// nor writes to the console itself, so the verbs can run inside a test.
class VerbParser final
{
public:
    // A verb's short description, listed on the help page of the verb it belongs to.
    struct Command
    {
        QString name;
        QString summary;
    };

    // verb: the words after `attache` ("clean", "library"), empty for `attache` itself;
    // description: the help page's first paragraph.
    VerbParser(const QString &verb, const QString &description);
    // The parser of one of `parent`'s commands (`library search`): it takes the parent's options
    // too, so `--db FILE` may stand before or after the command, and falls back on their values.
    VerbParser(const VerbParser &parent, const QString &description);
    VerbParser(const VerbParser &) = delete;
    VerbParser &operator=(const VerbParser &) = delete;

    void addOption(const QCommandLineOption &option);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax);
    // The article files and folders a verb reads (PATH…), explained alike for every verb.
    void addArticlePaths(const QString &more = {});
    // -v, --version: parse() prints "attache VERSION" and the verb is done.
    void addVersionOption(const QString &version);
    // The verb is made of commands (`library add|search|list|set`): the first positional argument
    // names one, and it and everything after it are left to that command's parser. Without a
    // command, parse() shows the help page on `err` (a usage error), unless --version is asked.
    void setCommands(const QList<Command> &commands);
    // Words such as "-fisheries" (a negated search term) are positional arguments, not options:
    // for a verb whose only single-dash option is -h.
    void setDashWordsArePositional(bool isPositional) { m_dashWordsArePositional = isPositional; }

    // Parses the arguments after the verb. Returns the exit code when the verb is done (0 after
    // --help, 2 after a usage error, already reported), std::nullopt when the verb should run.
    [[nodiscard]] std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // After parse(). An option this parser was not given reads as unset, or as the parent's value.
    bool isSet(const QCommandLineOption &option) const;
    QString value(const QCommandLineOption &option) const;
    QStringList values(const QCommandLineOption &option) const;
    QStringList positionalArguments() const;
    // With setCommands(): the command named (parse() has checked it is one of them) and the
    // arguments that follow it.
    QString command() const { return m_positional.value(0); }
    QStringList commandArguments() const { return m_positional.mid(1); }

    // "attache library search", as the verb is typed.
    QString name() const;
    QString helpText() const;
    // Reports "attache VERB: message" and where the options are explained; returns 2.
    int usageError(QTextStream &err, const QString &message) const;
    // For a verb called without what it needs: its help page on `err`; returns 2.
    int showUsage(QTextStream &err) const;

private:
    bool isDefined(const QCommandLineOption &option) const;
    QString unmarked(const QString &argument) const;

    const VerbParser *m_parent = nullptr;
    QString m_verb;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_jobs;
    QCommandLineOption m_version;
    QString m_versionText;
    QList<QCommandLineOption> m_options; // those given with addOption(), passed on to commands
    QStringList m_names;
    QList<Command> m_commands;
    QStringList m_positional;
    bool m_dashWordsArePositional = false;
};

} // namespace Attache::Cli
