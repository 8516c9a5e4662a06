#include "cli/librarycommand.h"

#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/triageaction.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

const auto Usage = uR"(Usage: attache library [--db FILE] add DIR…
       attache library [--db FILE] search QUERY [--format text|jsonl] [--sort date|priority|source|relevance] [--limit N]
       attache library [--db FILE] list [--view inbox|later|starred|archive|all|NAME] [--format text|jsonl] [--sort …] [--limit N]
       attache library [--db FILE] set inbox|later|archive|star|unstar|read|unread|priority=N ARTICLE…
ARTICLE is an article id (as listed) or a file path.
)"_s;

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
    if (dirs.isEmpty()) {
        err << Usage;
        return 2;
    }
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

bool takeOption(QStringList &arguments, const QString &name, QString *value)
{
    const auto at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return false;
    *value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return true;
}

int runListing(LibraryIndex &index, QStringList arguments, bool isSearch, QTextStream &out, QTextStream &err)
{
    QString format = u"text"_s;
    QString sortName;
    QString viewName = u"all"_s;
    QString limit;
    takeOption(arguments, u"--format"_s, &format);
    takeOption(arguments, u"--limit"_s, &limit);
    takeOption(arguments, u"--sort"_s, &sortName);
    if (!isSearch)
        takeOption(arguments, u"--view"_s, &viewName);
    if (format != u"text"_s && format != u"jsonl"_s) {
        err << "attache library: unknown format " << format << " (text or jsonl)\n";
        return 2;
    }
    QString query;
    SearchOptions options;
    if (isSearch) {
        query = arguments.join(u' ');
        options.sort = SortOrder::Relevance;
        options.includesSnippets = format == u"jsonl"_s;
    } else {
        if (!arguments.isEmpty()) {
            err << Usage;
            return 2;
        }
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

int runSet(LibraryIndex &index, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2) {
        err << Usage;
        return 2;
    }
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
    if (!action) {
        err << "attache library: unknown change " << change << '\n' << Usage;
        return 2;
    }
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

int runLibrary(const QStringList &givenArguments, QTextStream &out, QTextStream &err)
{
    auto arguments = givenArguments;
    QString databasePath = LibraryIndex::defaultPath();
    takeOption(arguments, u"--db"_s, &databasePath);
    if (arguments.isEmpty() || arguments.first() == u"--help"_s) {
        (arguments.isEmpty() ? err : out) << Usage;
        return arguments.isEmpty() ? 2 : 0;
    }
    const auto verb = arguments.takeFirst();
    static const QStringList Verbs{u"add"_s, u"search"_s, u"list"_s, u"set"_s};
    if (!Verbs.contains(verb)) {
        err << "attache library: unknown command " << verb << '\n' << Usage;
        return 2;
    }
    LibraryIndex index;
    if (!index.open(databasePath)) {
        err << "attache library: " << index.lastError() << '\n';
        return 1;
    }
    if (!index.recoveryMessage().isEmpty())
        err << "attache library: " << index.recoveryMessage() << '\n';
    if (verb == u"add"_s)
        return runAdd(index, arguments, out, err);
    if (verb == u"search"_s)
        return runListing(index, arguments, true, out, err);
    if (verb == u"list"_s)
        return runListing(index, arguments, false, out, err);
    return runSet(index, arguments, out, err);
}

} // namespace Attache::Cli
