#include "cli/librarycommand.h"

#include "cli/verbparser.h"
#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/triageaction.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

// The options of the library's commands; each command's parser takes those it uses.
const QCommandLineOption DatabaseOption(u"db"_s, u"Use the library index FILE instead of your own (created if missing)."_s,
                                        u"FILE"_s);
const QCommandLineOption FormatOption(u"format"_s, u"Print a line an article (the default) or JSON lines."_s,
                                      u"text|jsonl"_s, u"text"_s);
const QCommandLineOption SortOption(u"sort"_s, u"Sort by date, priority, source or relevance."_s,
                                    u"date|priority|source|relevance"_s);
const QCommandLineOption LimitOption(u"limit"_s, u"Print at most N articles."_s, u"N"_s);
const QCommandLineOption ViewOption(u"view"_s, u"The view to list: inbox, later, starred, archive, all (the default) "
                                               "or a saved view's name."_s,
                                    u"NAME"_s, u"all"_s);

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    QJsonObject object{
        {u"id"_s, summary.id},
        {u"item_id"_s, summary.itemId},
        {u"path"_s, summary.path},
        {u"title"_s, summary.title},
        {u"source"_s, summary.source},
        {u"published"_s, summary.published.isValid() ? summary.published.toString(Qt::ISODate) : QString()},
        {u"published_uncertain"_s, summary.isPublishedUncertain},
        {u"state"_s, triageStateName(summary.triage.state)},
        {u"starred"_s, summary.triage.isStarred},
        {u"read"_s, summary.triage.isRead},
        {u"priority"_s, summary.triage.priority},
        {u"marked"_s, summary.triage.isMarked},
        {u"entities"_s, QJsonArray::fromStringList(summary.mainEntities)},
        {u"duplicates"_s, summary.duplicateCount},
    };
    return object;
}

void printSummaries(LibraryIndex &index, const LibraryIndex::SearchResult &result, bool isJson, QTextStream &out)
{
    QHash<qint64, QString> snippets;
    for (qsizetype i = 0; i < result.highlights.size(); ++i)
        snippets.insert(result.ids.at(i), result.highlights.at(i).snippet);
    for (const auto &summary : index.summaries(result.ids)) {
        if (isJson) {
            auto object = summaryToJson(summary);
            if (!snippets.isEmpty())
                object.insert(u"snippet"_s, snippets.value(summary.id));
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
            continue;
        }
        QString flags;
        flags += summary.triage.isRead ? u' ' : u'•';
        flags += summary.triage.isStarred ? u'*' : u' ';
        flags += summary.triage.priority ? QString::number(summary.triage.priority) : u" "_s;
        out << qSetFieldWidth(6) << Qt::right << summary.id << qSetFieldWidth(0) << Qt::left << ' ' << flags << ' '
            << (summary.published.isValid() ? summary.published.toString(u"yyyy-MM-dd"_s) : u"          "_s) << "  "
            << summary.title;
        if (!summary.source.isEmpty())
            out << " — " << summary.source;
        if (summary.duplicateCount > 0)
            out << " (+" << summary.duplicateCount << " copies)";
        out << '\n';
    }
}

int runAdd(LibraryIndex &index, const QStringList &dirs, QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    LibraryIndexer indexer(&index);
    indexer.setWatching(false);
    indexer.setBatchSize(256);
    int added = 0;
    int lastPercent = -1;
    QObject::connect(&indexer, &LibraryIndexer::articlesReady, [&](const QList<qint64> &ids) { added += int(ids.size()); });
    QObject::connect(&indexer, &LibraryIndexer::progressChanged, [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            err << "\rindexing: " << done << '/' << total << " files (" << percent << "%)" << Qt::flush;
        }
    });
    int failures = 0;
    for (const auto &dir : dirs) {
        QString error;
        if (!indexer.addPath(dir, &error)) {
            err << "attache library: " << error << '\n';
            ++failures;
        }
    }
    if (indexer.isIndexing()) {
        QEventLoop loop;
        QObject::connect(&indexer, &LibraryIndexer::indexingFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    err << '\n';
    const int files = indexer.filesDone();
    out << "files processed: " << files << "\n"
        << "new entries: " << added << "\n"
        << "articles in library: " << index.articleCount(true) << " (" << index.articleCount(false)
        << " entries after grouping duplicates)\n"
        << "skipped: " << indexer.skipped().size() << '\n';
    for (const auto &skipped : indexer.skipped())
        out << "  " << skipped.path << ": " << skipped.reason << '\n';
    out << "time: " << QString::number(seconds, 'f', 2) << " s";
    if (seconds > 0 && files > 0)
        out << " (" << QString::number(files / seconds, 'f', 1) << " files/s)";
    out << '\n';
    // For the benchmarks (tests/benchmarks/library_bench.sh): thread CPU seconds per stage.
    if (qEnvironmentVariableIsSet("ATTACHE_INDEX_STAGES")) {
        const auto &times = indexer.stageTimes();
        const auto seconds = [](double value) { return QString::number(value, 'f', 2); };
        out << "stage CPU seconds over " << times.files << " files: read " << seconds(times.read) << ", clean "
            << seconds(times.clean) << ", analyse " << seconds(times.analyse) << ", prepare " << seconds(times.prepare)
            << ", write " << seconds(times.write) << ", total " << seconds(times.total()) << '\n';
    }
    return failures == dirs.size() ? 1 : 0;
}

int runListing(LibraryIndex &index, const VerbParser &parser, bool isSearch, QTextStream &out, QTextStream &err)
{
    const auto format = parser.value(FormatOption);
    const auto sortName = parser.value(SortOption);
    const auto limit = parser.value(LimitOption);
    if (format != u"text"_s && format != u"jsonl"_s) {
        err << "attache library: unknown format " << format << " (text or jsonl)\n";
        return 2;
    }
    QString query;
    SearchOptions options;
    if (isSearch) {
        query = parser.positionalArguments().join(u' ');
        options.sort = SortOrder::Relevance;
        options.includesSnippets = format == u"jsonl"_s;
    } else {
        const auto viewName = parser.value(ViewOption);
        const auto view = index.view(viewName);
        if (!view) {
            err << "attache library: no view named " << viewName << '\n';
            return 2;
        }
        query = view->query;
        options.sort = view->sort;
    }
    if (!limit.isEmpty()) {
        bool isNumber = false;
        options.limit = limit.toInt(&isNumber);
        if (!isNumber || options.limit < 0) {
            err << "attache library: --limit needs a number of articles\n";
            return 2;
        }
    }
    if (!sortName.isEmpty() && !parseSortOrder(sortName, &options.sort)) {
        err << "attache library: unknown sort order " << sortName << '\n';
        return 2;
    }
    const auto result = index.search(query, options);
    for (const auto &warning : result.warnings)
        err << "attache library: " << warning << '\n';
    if (!result.isOk()) {
        err << "attache library: search failed: " << result.error << '\n';
        return 1;
    }
    printSummaries(index, result, format == u"jsonl"_s, out);
    return 0;
}

int runSet(LibraryIndex &index, const VerbParser &parser, QTextStream &out, QTextStream &err)
{
    const auto arguments = parser.positionalArguments();
    QList<qint64> ids;
    int failures = 0;
    for (const auto &article : arguments.mid(1)) {
        bool isNumber = false;
        const auto id = article.toLongLong(&isNumber);
        if (isNumber && index.summary(id)) {
            ids << id;
            continue;
        }
        const auto forPath = index.idsForPath(QFileInfo(article).absoluteFilePath());
        if (forPath.isEmpty()) {
            err << "attache library: " << article << ": no such article in the library\n";
            ++failures;
            continue;
        }
        ids << forPath;
    }
    const auto &change = arguments.first();
    std::optional<TriageAction> action;
    TriageState state = TriageState::Inbox;
    if (parseTriageState(change, &state))
        action = TriageAction::state(ids, state);
    else if (change == u"star"_s || change == u"unstar"_s)
        action = TriageAction::starred(ids, change == u"star"_s);
    else if (change == u"read"_s || change == u"unread"_s)
        action = TriageAction::read(ids, change == u"read"_s);
    else if (change == u"mark"_s || change == u"unmark"_s)
        action = TriageAction::marked(ids, change == u"mark"_s);
    else if (change.startsWith(u"priority="_s)) {
        bool isNumber = false;
        const int priority = change.mid(9).toInt(&isNumber);
        if (!isNumber || priority < 0 || priority > 3) {
            err << "attache library: priority must be 0 (none) to 3\n";
            return 2;
        }
        action = TriageAction::priority(ids, priority);
    }
    if (!action)
        return parser.usageError(err, u"unknown change "_s + change);
    if (ids.isEmpty())
        return 1;
    const auto previous = action->apply(index);
    if (previous.isEmpty()) {
        err << "attache library: " << index.lastError() << '\n';
        return 1;
    }
    out << action->text() << '\n';
    return failures > 0 ? 1 : 0;
}

} // namespace

int runLibrary(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser library(u"library"_s, u"Index folders of articles into the library; search, list and triage it.\n"
                                     "Without --db, your own library (the one the window shows) is used."_s);
    library.addOption(DatabaseOption);
    library.setCommands({{u"add"_s, u"index the articles in folders (progress on the standard error)"_s},
                         {u"search"_s, u"print the articles that match a query"_s},
                         {u"list"_s, u"print the articles of a view"_s},
                         {u"set"_s, u"triage articles: state, star, read, priority"_s}});
    if (const auto done = library.parse(arguments, out, err))
        return *done;
    const auto verb = library.command();

    const QHash<QString, QString> descriptions{
        {u"add"_s, u"Index the article files in folders and their subfolders into the library, and print what was "
                   "added and skipped."_s},
        {u"search"_s, u"Print the articles that match QUERY, best first, a line each (id, unread •, starred *, "
                      "priority, date, title, source)."_s},
        {u"list"_s, u"Print the articles of a view, a line each (id, unread •, starred *, priority, date, title, "
                    "source)."_s},
        {u"set"_s, u"Triage articles: move them to the inbox, later or archive, star or unstar, mark read or "
                   "unread, or set their priority."_s},
    };
    VerbParser parser(library, descriptions.value(verb));
    if (verb == u"add"_s) {
        parser.addPositionalArgument(u"dirs"_s, u"Folders (or files) to index."_s, u"DIR…"_s);
    } else if (verb == u"set"_s) {
        parser.addPositionalArgument(u"change"_s,
                                     u"inbox, later, archive, star, unstar, read, unread, mark, unmark, or "
                                     "priority=N (0 for none to 3)."_s,
                                     u"CHANGE"_s);
        parser.addPositionalArgument(u"articles"_s, u"Article ids (as listed) or file paths."_s, u"ARTICLE…"_s);
    } else {
        parser.addOption(FormatOption);
        parser.addOption(SortOption);
        parser.addOption(LimitOption);
        if (verb == u"list"_s)
            parser.addOption(ViewOption);
        else
            parser.addPositionalArgument(u"query"_s,
                                         u"Words to find; \"a phrase\", -word to leave out, field:value "
                                         "(priority:2, …)."_s,
                                         u"QUERY…"_s);
    }
    // A search may leave words out: "-fisheries" is a word of the query, not an option.
    parser.setDashWordsArePositional(verb == u"search"_s);
    if (const auto done = parser.parse(library.commandArguments(), out, err))
        return *done;
    const auto positional = parser.positionalArguments();
    if ((verb == u"add"_s && positional.isEmpty()) || (verb == u"set"_s && positional.size() < 2))
        return parser.showUsage(err);
    if (verb == u"list"_s && !positional.isEmpty())
        return parser.usageError(err, u"unexpected argument "_s + positional.constFirst());

    LibraryIndex index;
    const auto databasePath = parser.isSet(DatabaseOption) ? parser.value(DatabaseOption) : LibraryIndex::defaultPath();
    if (!index.open(databasePath)) {
        err << "attache library: " << index.lastError() << '\n';
        return 1;
    }
    if (!index.recoveryMessage().isEmpty())
        err << "attache library: " << index.recoveryMessage() << '\n';
    if (verb == u"add"_s)
        return runAdd(index, positional, out, err);
    if (verb == u"search"_s)
        return runListing(index, parser, true, out, err);
    if (verb == u"list"_s)
        return runListing(index, parser, false, out, err);
    return runSet(index, parser, out, err);
}

} // namespace Attache::Cli
