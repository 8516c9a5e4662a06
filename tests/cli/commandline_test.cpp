// The verbs' command lines, as Attache::Cli::run reads them: every verb and command answers
// --help on the standard output, and a word it does not know is a usage error (exit 2) that names
// it on the error stream.
#include "cli/commandline.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const auto Article = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");

} // namespace

class CommandLineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void run_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after `attache`; %ARTICLE%, %LIBRARY%, %NOTES% are replaced
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("inOutput");
        QTest::addColumn<QStringList>("inErrors");

        const auto help = [](const char *name, const QStringList &arguments, const QStringList &inOutput) {
            QTest::newRow(name) << arguments << 0 << inOutput << QStringList{};
        };
        help("help: attache", {u"--help"_s}, {u"Usage: attache [options] COMMAND"_s, u"--version"_s, u"clean"_s,
                                               u"analyze"_s, u"timeline"_s, u"library"_s, u"annotations"_s});
        help("help: clean", {u"clean"_s, u"--help"_s},
             {u"Usage: attache clean [options] PATH…"_s, u"--format <text|markdown|json|jsonl>"_s, u"--jobs <N>"_s});
        help("help: clean, short", {u"clean"_s, u"-h"_s}, {u"Usage: attache clean"_s});
        help("help: analyze", {u"analyze"_s, u"--help"_s},
             {u"Usage: attache analyze [options] PATH…"_s, u"--input-jsonl <IN>"_s, u"--output-jsonl <OUT>"_s,
              u"--entity-model <FILE>"_s});
        help("help: timeline", {u"timeline"_s, u"--help"_s},
             {u"Usage: attache timeline [options] PATH…"_s, u"--format <markdown|json>"_s});
        help("help: library", {u"library"_s, u"--help"_s},
             {u"Usage: attache library [options] COMMAND"_s, u"--db <FILE>"_s, u"add"_s, u"search"_s, u"list"_s,
              u"set"_s});
        help("help: library add", {u"library"_s, u"add"_s, u"--help"_s},
             {u"Usage: attache library add [options] DIR…"_s, u"--db <FILE>"_s});
        help("help: library search", {u"library"_s, u"search"_s, u"--help"_s},
             {u"Usage: attache library search [options] QUERY…"_s, u"--format <text|jsonl>"_s,
              u"--sort <date|priority|source|relevance>"_s, u"--limit <N>"_s});
        help("help: library list", {u"library"_s, u"list"_s, u"--help"_s},
             {u"Usage: attache library list [options]"_s, u"--view <NAME>"_s, u"--format <text|jsonl>"_s});
        help("help: library set", {u"library"_s, u"set"_s, u"--help"_s},
             {u"Usage: attache library set [options] CHANGE ARTICLE…"_s, u"priority=N"_s});
        help("help: library, after --db", {u"library"_s, u"--db"_s, u"%LIBRARY%"_s, u"search"_s, u"-h"_s},
             {u"Usage: attache library search"_s});
        help("help: annotations", {u"annotations"_s, u"--help"_s},
             {u"Usage: attache annotations [options] COMMAND"_s, u"--db <FILE>"_s, u"add"_s, u"list"_s,
              u"export"_s, u"import"_s});
        help("help: annotations add", {u"annotations"_s, u"add"_s, u"--help"_s},
             {u"Usage: attache annotations add [options]"_s, u"--article <PATH>"_s, u"--quote <TEXT>"_s,
              u"--note <TEXT>"_s, u"--tag <T>"_s, u"--colour, --color <0-4>"_s});
        help("help: annotations list", {u"annotations"_s, u"list"_s, u"--help"_s},
             {u"Usage: attache annotations list [options]"_s, u"--format <text|jsonl>"_s});
        help("help: annotations export", {u"annotations"_s, u"export"_s, u"--help"_s},
             {u"Usage: attache annotations export [options]"_s, u"--format <markdown|json>"_s, u"--from <DATE>"_s,
              u"--to <DATE>"_s, u"--title <TEXT>"_s, u"--output <FILE>"_s});
        help("help: annotations import", {u"annotations"_s, u"import"_s, u"--help"_s},
             {u"Usage: attache annotations import [options] FILE"_s});

        const auto usage = [](const char *name, const QStringList &arguments, const QStringList &inErrors) {
            QTest::newRow(name) << arguments << 2 << QStringList{} << inErrors;
        };
        usage("usage: unknown option, clean", {u"clean"_s, u"--bogus"_s, u"%ARTICLE%"_s},
              {u"attache clean: unknown option 'bogus'"_s, u"attache clean --help"_s});
        usage("usage: unknown option, analyze", {u"analyze"_s, u"--bogus"_s, u"%ARTICLE%"_s},
              {u"attache analyze: unknown option 'bogus'"_s});
        usage("usage: unknown option, timeline", {u"timeline"_s, u"-x"_s, u"%ARTICLE%"_s},
              {u"attache timeline: unknown option 'x'"_s});
        usage("usage: unknown option, library", {u"library"_s, u"--bogus"_s, u"list"_s},
              {u"attache library: unknown option 'bogus'"_s});
        usage("usage: unknown option, library search", {u"library"_s, u"search"_s, u"--bogus"_s, u"word"_s},
              {u"attache library search: unknown option 'bogus'"_s});
        usage("usage: unknown option, annotations add", {u"annotations"_s, u"add"_s, u"--bogus"_s},
              {u"attache annotations add: unknown option 'bogus'"_s});
        usage("usage: another command's option", {u"annotations"_s, u"list"_s, u"--quote"_s, u"words"_s},
              {u"attache annotations list: unknown option 'quote'"_s});
        usage("usage: missing value, clean", {u"clean"_s, u"%ARTICLE%"_s, u"--format"_s},
              {u"attache clean: missing value after '--format'"_s});
        usage("usage: missing value, timeline", {u"timeline"_s, u"%ARTICLE%"_s, u"--format"_s},
              {u"attache timeline: missing value after '--format'"_s});
        usage("usage: missing value, library search", {u"library"_s, u"search"_s, u"word"_s, u"--limit"_s},
              {u"missing value after '--limit'"_s});
        usage("usage: missing value, --db", {u"annotations"_s, u"--db"_s}, {u"missing value after '--db'"_s});
        usage("usage: unknown format, clean", {u"clean"_s, u"--format"_s, u"x"_s, u"%ARTICLE%"_s},
              {u"attache clean: unknown format 'x' (text, markdown, json or jsonl)"_s});
        usage("usage: unknown format, timeline", {u"timeline"_s, u"--format=xml"_s, u"%ARTICLE%"_s},
              {u"attache timeline: unknown format 'xml' (json or markdown)"_s});
        usage("usage: no paths, clean", {u"clean"_s}, {u"Usage: attache clean [options] PATH…"_s});
        usage("usage: no paths, analyze", {u"analyze"_s, u"--output-jsonl"_s, u"-"_s},
              {u"Usage: attache analyze [options] PATH…"_s});
        usage("usage: no folders, library add", {u"library"_s, u"--db"_s, u"%LIBRARY%"_s, u"add"_s},
              {u"Usage: attache library add"_s});
        usage("usage: no command, library", {u"library"_s}, {u"Usage: attache library"_s});
        usage("usage: unknown command", {u"frobnicate"_s}, {u"attache: unknown command frobnicate"_s});
        usage("usage: unknown command, library", {u"library"_s, u"frobnicate"_s},
              {u"attache library: unknown command frobnicate"_s});
        usage("usage: unknown command, annotations", {u"annotations"_s, u"frobnicate"_s},
              {u"attache annotations: unknown command frobnicate"_s});
        usage("usage: --jobs 0 before the verb", {u"--jobs"_s, u"0"_s, u"clean"_s, u"%ARTICLE%"_s},
              {u"--jobs needs a number of threads of at least 1"_s});
        usage("usage: --jobs 0 after the verb", {u"clean"_s, u"--jobs"_s, u"0"_s, u"%ARTICLE%"_s},
              {u"--jobs needs a number of threads of at least 1"_s});
        usage("usage: unexpected argument, library list", {u"library"_s, u"--db"_s, u"%LIBRARY%"_s, u"list"_s,
                                                            u"inbox"_s},
              {u"attache library list: unexpected argument inbox"_s});
        usage("usage: colour out of range", {u"annotations"_s, u"--db"_s, u"%NOTES%"_s, u"add"_s, u"--colour"_s,
                                             u"9"_s, u"--article"_s, u"%ARTICLE%"_s, u"--quote"_s, u"talks"_s},
              {u"attache annotations: --colour takes 0 to"_s});
        usage("usage: not a date", {u"annotations"_s, u"export"_s, u"--format"_s, u"markdown"_s, u"--from"_s,
                                    u"May"_s},
              {u"attache annotations: --from takes a date as YYYY-MM-DD"_s});

        const auto nominal = [](const char *name, const QStringList &arguments, const QStringList &inOutput) {
            QTest::newRow(name) << arguments << 0 << inOutput << QStringList{};
        };
        nominal("nominal: --version", {u"--version"_s}, {u"attache "_s});
        nominal("nominal: --format=json", {u"clean"_s, u"--format=json"_s, u"%ARTICLE%"_s},
                {u"[\n"_s, u"\"id\": \"fisheries-talks\""_s});
        nominal("nominal: --format json", {u"clean"_s, u"--format"_s, u"json"_s, u"%ARTICLE%"_s},
                {u"[\n"_s, u"\"id\": \"fisheries-talks\""_s});
        nominal("nominal: options after the paths", {u"clean"_s, u"%ARTICLE%"_s, u"--format"_s, u"jsonl"_s},
                {u"\"id\":\"fisheries-talks\""_s});
        nominal("nominal: --format md", {u"clean"_s, u"--format=md"_s, u"%ARTICLE%"_s}, {u"# "_s});
        nominal("nominal: --jobs before the verb", {u"--jobs"_s, u"2"_s, u"clean"_s, u"--format"_s, u"jsonl"_s,
                                                    u"%ARTICLE%"_s},
                {u"\"id\":\"fisheries-talks\""_s});
        nominal("nominal: --jobs=1 after the verb", {u"timeline"_s, u"--jobs=1"_s, u"--format=json"_s,
                                                     u"%ARTICLE%"_s},
                {u"\"date\": \"2019-01-01\""_s});
        nominal("nominal: --db before the command", {u"library"_s, u"--db"_s, u"%LIBRARY%"_s, u"list"_s}, {});
        nominal("nominal: --db after the command", {u"library"_s, u"list"_s, u"--db=%LIBRARY%"_s, u"--view"_s,
                                                    u"inbox"_s},
                {});
        nominal("nominal: a search word left out", {u"library"_s, u"--db"_s, u"%LIBRARY%"_s, u"search"_s,
                                                    u"fisheries"_s, u"-quota"_s, u"--format"_s, u"jsonl"_s},
                {});
        nominal("nominal: annotations, --db after the command", {u"annotations"_s, u"list"_s, u"--db"_s,
                                                                 u"%NOTES%"_s, u"--format"_s, u"jsonl"_s},
                {});

        QTest::newRow("failure: every file fails") << QStringList{u"clean"_s, u"/nonexistent/attache.txt"_s} << 1
                                                   << QStringList{} << QStringList{u"/nonexistent/attache.txt"_s};
    }

    // The query language leaves a word out with a dash ("-quota"): such a word is part of the
    // query, not an unknown option, wherever it stands.
    void searchKeepsDashWords_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::addColumn<bool>("isFound");
        QTest::newRow("nominal: a word") << QStringList{u"fisheries"_s} << true;
        QTest::newRow("nominal: a word left out") << QStringList{u"fisheries"_s, u"-quota"_s} << false;
        QTest::newRow("nominal: a word left out, first") << QStringList{u"-quota"_s, u"fisheries"_s} << false;
        QTest::newRow("nominal: after --") << QStringList{u"--"_s, u"fisheries"_s, u"-quota"_s} << false;
        QTest::newRow("nominal: another word left out") << QStringList{u"fisheries"_s, u"-embargo"_s} << true;
    }

    void searchKeepsDashWords()
    {
        QFETCH(QStringList, query);
        QFETCH(bool, isFound);
        const auto database = m_dir.filePath(u"search.sqlite"_s);
        QString output;
        QString errors;
        QTextStream out(&output);
        QTextStream err(&errors);
        if (!QFileInfo::exists(database)) {
            const QStringList add{u"attache"_s, u"library"_s, u"--db"_s, database, u"add"_s, QStringLiteral(ATTACHE_FIXTURES_DIR)};
            QCOMPARE(Attache::Cli::run(add, out, err), 0);
            output.clear();
        }
        const auto arguments = QStringList{u"attache"_s, u"library"_s, u"--db"_s, database, u"search"_s, u"--format"_s,
                                           u"jsonl"_s}
            + query;
        QCOMPARE(Attache::Cli::run(arguments, out, err), 0);
        out.flush();
        QCOMPARE(output.contains(u"fisheries-talks.txt"_s), isFound);
    }

    void run()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, inOutput);
        QFETCH(QStringList, inErrors);
        QStringList argv{u"attache"_s};
        for (auto argument : std::as_const(arguments))
            argv << argument.replace(u"%ARTICLE%"_s, Article)
                        .replace(u"%LIBRARY%"_s, m_dir.filePath(u"library.sqlite"_s))
                        .replace(u"%NOTES%"_s, m_dir.filePath(u"annotations.sqlite"_s));
        QString output;
        QString errors;
        QTextStream out(&output);
        QTextStream err(&errors);
        const int code = Attache::Cli::run(argv, out, err);
        out.flush();
        err.flush();
        const auto context = QString(u"out:\n"_s + output.left(2000) + u"\nerr:\n"_s + errors.left(2000));
        QVERIFY2(code == exitCode, qPrintable(u"exit code %1\n"_s.arg(code) + context));
        for (const auto &expected : std::as_const(inOutput))
            QVERIFY2(output.contains(expected), qPrintable(u"no '"_s + expected + u"' in\n"_s + context));
        for (const auto &expected : std::as_const(inErrors))
            QVERIFY2(errors.contains(expected), qPrintable(u"no '"_s + expected + u"' in\n"_s + context));
        // Help goes to the output, so that `attache clean --help | less` works, and is all there is.
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s))
            QVERIFY2(errors.isEmpty(), qPrintable(context));
        // A usage error says so on the error stream, never on the output.
        if (exitCode == 2)
            QVERIFY2(output.isEmpty(), qPrintable(context));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
