#include "library/libraryindex.h"

#include "analyze/analyzer.h"
#include "clean/articlecleaner.h"
#include "core/damagedfile.h"
#include "core/database.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

const auto MigrationDir = u":/sql/library"_s;

template<typename T>
constexpr int versionOf()
{
    // The analysers may grow a Version constant like ArticleCleaner's; until then they are 1.
    if constexpr (requires { T::Version; })
        return T::Version;
    else
        return 1;
}

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const auto id : ids)
        parts << QString::number(id);
    return u'[' + parts.join(u',') + u']';
}

BlockKind blockKindFromName(const QString &name)
{
    for (auto kind : {BlockKind::Heading, BlockKind::Paragraph, BlockKind::Quote, BlockKind::ListItem,
                      BlockKind::Caption, BlockKind::Preformatted}) {
        if (blockKindName(kind) == name)
            return kind;
    }
    return BlockKind::Paragraph;
}

DateSource dateSourceFromName(const QString &name)
{
    for (auto source : {DateSource::Metadata, DateSource::JsonLd, DateSource::TimeElement, DateSource::TextDateLine,
                        DateSource::FileModified}) {
        if (dateSourceName(source) == name)
            return source;
    }
    return DateSource::Unknown;
}

SourceFormat formatFromName(const QString &name)
{
    for (auto format : {SourceFormat::PlainText, SourceFormat::Html, SourceFormat::Markdown, SourceFormat::Feed,
                        SourceFormat::Json, SourceFormat::JsonLines, SourceFormat::Pdf, SourceFormat::Email,
                        SourceFormat::Mbox, SourceFormat::Mhtml}) {
        if (sourceFormatName(format) == name)
            return format;
    }
    return SourceFormat::Unknown;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list << item.toString();
    return list;
}

// The inverse of Article::toJson(), so that the reading view can show an indexed article
// without cleaning its file again.
Article articleFromJson(const QJsonObject &object)
{
    Article article;
    article.path = object.value(u"path"_s).toString();
    article.id = object.value(u"id"_s).toString();
    article.format = formatFromName(object.value(u"format"_s).toString());
    article.title = object.value(u"title"_s).toString();
    article.standfirst = object.value(u"standfirst"_s).toString();
    article.byline = object.value(u"byline"_s).toString();
    article.source = object.value(u"source"_s).toString();
    article.url = object.value(u"url"_s).toString();
    article.language = object.value(u"language"_s).toString();
    article.published = QDateTime::fromString(object.value(u"published"_s).toString(), Qt::ISODate);
    article.publishedSource = dateSourceFromName(object.value(u"published_source"_s).toString());
    article.tags = toStringList(object.value(u"tags"_s));
    for (const auto &value : object.value(u"blocks"_s).toArray()) {
        const auto block = value.toObject();
        article.blocks << Block{blockKindFromName(block.value(u"kind"_s).toString()), block.value(u"level"_s).toInt(),
                                block.value(u"text"_s).toString()};
    }
    for (const auto &value : object.value(u"removed"_s).toArray()) {
        const auto fragment = value.toObject();
        article.removed << RemovedFragment{fragment.value(u"text"_s).toString(), fragment.value(u"reason"_s).toString(),
                                           fragment.value(u"before_block"_s).toInt()};
    }
    article.warnings = toStringList(object.value(u"warnings"_s));
    article.contentHash = object.value(u"content_hash"_s).toString();
    article.cleanerVersion = object.value(u"cleaner_version"_s).toInt();
    return article;
}

QList<std::pair<qsizetype, qsizetype>> takeMarkers(QString *text)
{
    // highlight()/snippet() wrap matches in \x02 … \x03; strip them and keep the ranges.
    QList<std::pair<qsizetype, qsizetype>> ranges;
    QString plain;
    plain.reserve(text->size());
    qsizetype start = -1;
    for (const auto c : std::as_const(*text)) {
        if (c == QChar(2)) {
            start = plain.size();
        } else if (c == QChar(3)) {
            if (start >= 0)
                ranges.append({start, plain.size()});
            start = -1;
        } else {
            plain += c;
        }
    }
    *text = plain;
    return ranges;
}

const QString SummaryColumns = uR"(a.id, f.path, a.item_id, a.content_hash, a.format, a.title, a.source, a.byline,
    a.url, a.published, a.published_uncertain, a.state, a.starred, a.read, a.marked, a.priority, a.duplicate_of,
    a.word_count, (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id),
    (SELECT group_concat(name, char(31)) FROM (SELECT e.name FROM article_entities e WHERE e.article_id = a.id
        ORDER BY e.mentions DESC, e.name LIMIT 3)))"_s;

ArticleSummary summaryFromQuery(const QSqlQuery &query)
{
    ArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.path = query.value(1).toString();
    summary.itemId = query.value(2).toString();
    summary.contentHash = query.value(3).toString();
    summary.format = query.value(4).toString();
    summary.title = query.value(5).toString();
    summary.source = query.value(6).toString();
    summary.byline = query.value(7).toString();
    summary.url = query.value(8).toString();
    if (!query.isNull(9))
        summary.published = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    summary.isPublishedUncertain = query.value(10).toBool();
    summary.triage.id = summary.id;
    summary.triage.state = TriageState(query.value(11).toInt());
    summary.triage.isStarred = query.value(12).toBool();
    summary.triage.isRead = query.value(13).toBool();
    summary.triage.isMarked = query.value(14).toBool();
    summary.triage.priority = query.value(15).toInt();
    summary.duplicateOf = query.value(16).toLongLong();
    summary.wordCount = query.value(17).toInt();
    summary.duplicateCount = query.value(18).toInt();
    const auto entities = query.value(19).toString();
    if (!entities.isEmpty())
        summary.mainEntities = entities.split(QChar(31));
    return summary;
}

} // namespace

QString triageStateName(TriageState state)
{
    switch (state) {
    case TriageState::Inbox: return u"inbox"_s;
    case TriageState::Later: return u"later"_s;
    case TriageState::Archive: return u"archive"_s;
    }
    return u"inbox"_s;
}

bool parseTriageState(const QString &name, TriageState *state)
{
    for (auto candidate : {TriageState::Inbox, TriageState::Later, TriageState::Archive}) {
        if (name.compare(triageStateName(candidate), Qt::CaseInsensitive) == 0) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString sortOrderName(SortOrder order)
{
    switch (order) {
    case SortOrder::Date: return u"date"_s;
    case SortOrder::Priority: return u"priority"_s;
    case SortOrder::Source: return u"source"_s;
    case SortOrder::Relevance: return u"relevance"_s;
    }
    return u"date"_s;
}

bool parseSortOrder(const QString &name, SortOrder *order)
{
    for (auto candidate : {SortOrder::Date, SortOrder::Priority, SortOrder::Source, SortOrder::Relevance}) {
        if (name.compare(sortOrderName(candidate), Qt::CaseInsensitive) == 0) {
            *order = candidate;
            return true;
        }
    }
    return false;
}

LibraryIndex::LibraryIndex(QObject *parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>())
{
}

LibraryIndex::~LibraryIndex() = default;

bool LibraryIndex::isOpen() const
{
    return m_db->isOpen();
}

QString LibraryIndex::path() const
{
    return m_db->path();
}

Database &LibraryIndex::database()
{
    return *m_db;
}

QString LibraryIndex::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int LibraryIndex::cleanerVersion()
{
    return ArticleCleaner::Version;
}

int LibraryIndex::analyzerVersion()
{
    return versionOf<Analyzer>();
}

bool LibraryIndex::openHealthy(const QString &path, QString *problem)
{
    if (!m_db->open(path)) {
        *problem = m_db->lastError();
        return false;
    }
    // Opening checks what every start needs (a database, our schema, readable tables); a full
    // check reads every page, seconds for a large library, so it is left to checkIntegrity().
    if (!m_db->migrate(MigrationDir)) {
        *problem = m_db->lastError();
        return false;
    }
    if (!m_db->exec(u"SELECT count(*) FROM articles JOIN files ON files.id = articles.file_id"_s).isActive()
        || !m_db->exec(u"SELECT count(*) FROM article_fts"_s).isActive()) {
        *problem = m_db->lastError();
        return false;
    }
    return true;
}

bool LibraryIndex::open(const QString &path)
{
    close();
    m_recoveryMessage.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString problem;
    if (openHealthy(path, &problem))
        return true;
    m_db->close();
    if (!QFileInfo::exists(path))
        return fail(u"cannot create the library index %1: %2"_s.arg(path, problem));

    // Everything in the index but triage can be rebuilt: a file that cannot be moved aside goes.
    QString aside;
    if (!setDamagedDatabaseAside(path, QDateTime::currentDateTimeUtc(), &aside)) {
        for (const auto &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    QString secondProblem;
    if (!openHealthy(path, &secondProblem))
        return fail(u"cannot create the library index %1: %2"_s.arg(path, secondProblem));
    QFile side(path + u".folders"_s);
    if (side.open(QIODevice::ReadOnly)) {
        const auto lines = QString::fromUtf8(side.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const auto &folder : lines)
            m_db->run(u"INSERT OR IGNORE INTO folders (path, added_at) VALUES (?, ?)"_s,
                     {folder, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    }
    m_recoveryMessage = u"The library index %1 was damaged (%2). It was moved to %3 and is being rebuilt from "
                        "your folders; triage marks and saved searches of the damaged index are not recovered."_s
                            .arg(path, problem.left(200), aside);
    qCWarning(lcLibrary).noquote() << m_recoveryMessage;
    Q_EMIT recovered(m_recoveryMessage);
    return true;
}

QString LibraryIndex::checkIntegrity()
{
    // A connection of its own: this one's FTS5 cursor caches the index structure it last read, and
    // the FTS5 part of the check then reports the indexer's newer writes as "malformed".
    Database check;
    if (!check.open(m_db->path()))
        return check.lastError();
    auto query = check.exec(u"PRAGMA quick_check"_s);
    const auto verdict = query.isActive() && query.next() ? query.value(0).toString() : check.lastError();
    query.finish();
    return verdict == u"ok"_s ? QString() : verdict;
}

void LibraryIndex::close()
{
    m_db->close();
}

bool LibraryIndex::fail(const QString &what)
{
    m_lastError = what;
    qCWarning(lcLibrary).noquote() << what;
    return false;
}

QStringList LibraryIndex::folders()
{
    QStringList list;
    auto query = m_db->exec(u"SELECT path FROM folders ORDER BY path"_s);
    while (query.next())
        list << query.value(0).toString();
    return list;
}

void LibraryIndex::writeFolderSideFile()
{
    // The folder list is the one thing a rebuild needs; keep it outside the database too.
    QSaveFile side(m_db->path() + u".folders"_s);
    if (!side.open(QIODevice::WriteOnly))
        return;
    side.write(folders().join(u'\n').toUtf8() + '\n');
    side.commit();
}

bool LibraryIndex::addFolder(const QString &path)
{
    const auto canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return fail(u"%1: no such folder"_s.arg(path));
    if (!m_db->run(u"INSERT OR IGNORE INTO folders (path, added_at) VALUES (?, ?)"_s,
                  {canonical, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return fail(m_db->lastError());
    writeFolderSideFile();
    return true;
}

bool LibraryIndex::removeFolder(const QString &path)
{
    const auto canonical = QFileInfo(path).canonicalFilePath();
    if (!m_db->run(u"DELETE FROM folders WHERE path = ? OR path = ?"_s, {path, canonical}))
        return fail(m_db->lastError());
    writeFolderSideFile();
    return true;
}

int LibraryIndex::articleCount(bool includesCopies)
{
    auto query = m_db->exec(includesCopies ? u"SELECT count(*) FROM articles"_s
                                          : u"SELECT count(*) FROM articles WHERE duplicate_of IS NULL"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<ArticleSummary> LibraryIndex::summary(qint64 id)
{
    const auto list = summaries({id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<ArticleSummary> LibraryIndex::summaries(const QList<qint64> &ids)
{
    QList<ArticleSummary> list;
    if (ids.isEmpty())
        return list;
    list.reserve(ids.size());
    auto query = m_db->exec(u"SELECT "_s + SummaryColumns
                               + u" FROM json_each(?) j CROSS JOIN articles a ON a.id = j.value"
                                 " JOIN files f ON f.id = a.file_id ORDER BY j.key"_s,
                           {idArray(ids)});
    while (query.next())
        list << summaryFromQuery(query);
    return list;
}

std::optional<Article> LibraryIndex::article(qint64 id)
{
    auto query = m_db->exec(u"SELECT c.json, f.path FROM articles a JOIN files f ON f.id = a.file_id"
                           " JOIN article_content c ON c.article_id = a.id WHERE a.id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    auto article = articleFromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    article.path = query.value(1).toString(); // the file may have moved since it was cleaned
    return article;
}

QList<ArticleEntity> LibraryIndex::entities(qint64 id)
{
    QList<ArticleEntity> list;
    auto query = m_db->exec(u"SELECT entity_id, name, type, mentions FROM article_entities WHERE article_id = ?"
                           " ORDER BY mentions DESC, name"_s,
                           {id});
    while (query.next())
        list << ArticleEntity{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toInt()};
    return list;
}

namespace {

// An article's events as article_timelines stores them (see 005_event_timelines.sql and
// timelineJson() in the index writer), in the analysis's order.
QList<ArticleEvent> eventsFromTimeline(const QByteArray &json)
{
    QList<ArticleEvent> events;
    const auto rows = QJsonDocument::fromJson(json).array();
    events.reserve(rows.size());
    for (const auto &value : rows) {
        const auto row = value.toArray();
        ArticleEvent event;
        event.begin = QDate::fromString(row.at(0).toString(), Qt::ISODate);
        event.end = QDate::fromString(row.at(1).toString(), Qt::ISODate);
        event.isUncertain = row.at(2).toInteger() != 0;
        event.type = row.at(3).toString();
        event.label = row.at(4).toString();
        event.actors = row.at(5).toString().split(u"; "_s, Qt::SkipEmptyParts);
        event.actorIds = row.at(6).toString().split(u' ', Qt::SkipEmptyParts);
        event.sentenceStart = row.at(7).toInteger();
        event.sentenceEnd = row.at(8).toInteger();
        event.sentence = row.at(9).toString();
        event.value = row.at(10).toString();
        events << event;
    }
    return events;
}

} // namespace

QList<ArticleEvent> LibraryIndex::events(qint64 id)
{
    auto query = m_db->exec(u"SELECT events FROM article_timelines WHERE article_id = ?"_s, {id});
    if (!query.next())
        return {};
    auto list = eventsFromTimeline(query.value(0).toByteArray());
    // Dated events first, by date; undated ones after them; the analysis's order within each.
    std::stable_sort(list.begin(), list.end(), [](const ArticleEvent &a, const ArticleEvent &b) {
        if (a.begin.isValid() != b.begin.isValid())
            return a.begin.isValid();
        return a.begin < b.begin;
    });
    return list;
}

QList<std::pair<qint64, ArticleEvent>> LibraryIndex::events(const QList<qint64> &ids)
{
    QList<std::pair<qint64, ArticleEvent>> list;
    if (ids.isEmpty())
        return list;
    auto query = m_db->exec(u"SELECT t.article_id, t.events FROM json_each(?) j"
                            " CROSS JOIN article_timelines t ON t.article_id = j.value ORDER BY j.key"_s,
                            {idArray(ids)});
    while (query.next()) {
        const auto id = query.value(0).toLongLong();
        for (auto &event : eventsFromTimeline(query.value(1).toByteArray()))
            list.append({id, std::move(event)});
    }
    return list;
}

QList<EntityTotal> LibraryIndex::entityTotals(const QList<qint64> &ids)
{
    // Only group entries count when no ids are given: a story filed five times is one article.
    const auto from = ids.isEmpty()
        ? u"FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"_s
        : u"FROM json_each(?) j CROSS JOIN article_entities e ON e.article_id = j.value"_s;
    auto query = m_db->exec(u"SELECT e.entity_id, MIN(e.name), MIN(e.type), SUM(e.mentions), COUNT(*) "_s + from
                               + u" GROUP BY e.entity_id ORDER BY COUNT(*) DESC, SUM(e.mentions) DESC, MIN(e.name)"_s,
                           ids.isEmpty() ? QVariantList{} : QVariantList{idArray(ids)});
    QList<EntityTotal> list;
    while (query.next())
        list << EntityTotal{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toInt(), query.value(4).toInt()};
    return list;
}

QList<qint64> LibraryIndex::copiesOf(qint64 id)
{
    QList<qint64> ids;
    auto query = m_db->exec(u"SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id"_s, {id});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<qint64> LibraryIndex::idsForPath(const QString &path)
{
    QList<qint64> ids;
    auto query = m_db->exec(u"SELECT a.id FROM articles a JOIN files f ON f.id = a.file_id WHERE f.path = ? OR f.path = ?"
                           " ORDER BY a.item_no"_s,
                           {path, QFileInfo(path).canonicalFilePath()});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

LibraryIndex::SearchResult LibraryIndex::search(const QString &query, const SearchOptions &options)
{
    return search(LibraryQuery::parse(query), options);
}

LibraryIndex::SearchResult LibraryIndex::search(const LibraryQuery &query, const SearchOptions &options)
{
    SearchResult result;
    result.warnings = query.warnings;
    // Snippets are made in a second step, for the rows returned only: in one query SQLite would
    // make one for every match before sorting and cutting to the limit.
    auto idOptions = options;
    idOptions.includesSnippets = false;
    const auto statement = buildSearchSql(query, idOptions, m_annotationLookup, &result.warnings);
    auto sql = m_db->exec(statement.sql, statement.values);
    if (!sql.isActive()) {
        result.error = m_db->lastError();
        return result;
    }
    while (sql.next())
        result.ids << sql.value(0).toLongLong();
    sql.finish();
    const auto expression = query.matchExpression();
    if (!options.includesSnippets || expression.isEmpty() || result.ids.isEmpty())
        return result;
    QHash<qint64, QString> snippets;
    auto snippetQuery = m_db->exec(u"SELECT rowid, snippet(article_fts, -1, char(2), char(3), '…', 16) FROM article_fts"
                                  " WHERE article_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))"_s,
                                  {expression, idArray(result.ids)});
    while (snippetQuery.next())
        snippets.insert(snippetQuery.value(0).toLongLong(), snippetQuery.value(1).toString());
    result.highlights.reserve(result.ids.size());
    for (const auto id : std::as_const(result.ids)) {
        MatchHighlights highlights;
        highlights.snippet = snippets.value(id);
        highlights.snippetRanges = takeMarkers(&highlights.snippet);
        result.highlights << highlights;
    }
    return result;
}

MatchHighlights LibraryIndex::highlights(qint64 id, const QString &text)
{
    MatchHighlights result;
    const auto expression = LibraryQuery::parse(text).matchExpression();
    if (expression.isEmpty())
        return result;
    // The snippet comes from whichever column matched best (title or text); the ranges are
    // always those of the text, for highlighting in the reading view.
    auto query = m_db->exec(u"SELECT snippet(article_fts, -1, char(2), char(3), '…', 16),"
                           " highlight(article_fts, 1, char(2), char(3))"
                           " FROM article_fts WHERE article_fts MATCH ? AND rowid = ?"_s,
                           {expression, id});
    if (!query.next())
        return result;
    result.snippet = query.value(0).toString();
    result.snippetRanges = takeMarkers(&result.snippet);
    auto full = query.value(1).toString();
    result.textRanges = takeMarkers(&full);
    return result;
}

QList<SavedSearch> LibraryIndex::builtInViews()
{
    return {
        SavedSearch{u"Inbox"_s, u"in:inbox"_s, SortOrder::Date, true},
        SavedSearch{u"Later"_s, u"in:later"_s, SortOrder::Date, true},
        SavedSearch{u"Starred"_s, u"is:starred"_s, SortOrder::Date, true},
        SavedSearch{u"Archive"_s, u"in:archive"_s, SortOrder::Date, true},
        SavedSearch{u"All"_s, QString(), SortOrder::Date, true},
    };
}

QList<SavedSearch> LibraryIndex::views()
{
    auto list = builtInViews();
    auto query = m_db->exec(u"SELECT name, query, sort FROM saved_searches ORDER BY name COLLATE NOCASE"_s);
    while (query.next()) {
        SavedSearch search{query.value(0).toString(), query.value(1).toString(), SortOrder::Date, false};
        parseSortOrder(query.value(2).toString(), &search.sort);
        list << search;
    }
    return list;
}

std::optional<SavedSearch> LibraryIndex::view(const QString &name)
{
    for (const auto &candidate : views()) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

bool LibraryIndex::saveSearch(const SavedSearch &search)
{
    for (const auto &builtIn : builtInViews()) {
        if (builtIn.name.compare(search.name, Qt::CaseInsensitive) == 0)
            return fail(u"\"%1\" is a built-in view"_s.arg(search.name));
    }
    if (search.name.trimmed().isEmpty())
        return fail(u"a saved search needs a name"_s);
    if (!m_db->run(u"INSERT OR REPLACE INTO saved_searches (name, query, sort) VALUES (?, ?, ?)"_s,
                  {search.name.trimmed(), search.query, sortOrderName(search.sort)}))
        return fail(m_db->lastError());
    Q_EMIT savedSearchesChanged();
    return true;
}

bool LibraryIndex::removeSavedSearch(const QString &name)
{
    if (!m_db->run(u"DELETE FROM saved_searches WHERE name = ? COLLATE NOCASE"_s, {name}))
        return fail(m_db->lastError());
    Q_EMIT savedSearchesChanged();
    return true;
}

QList<TriageValues> LibraryIndex::triage(const QList<qint64> &ids)
{
    QList<TriageValues> list;
    if (ids.isEmpty())
        return list;
    auto query = m_db->exec(u"SELECT a.id, a.state, a.starred, a.read, a.marked, a.priority FROM json_each(?) j CROSS"
                           " JOIN articles a ON a.id = j.value ORDER BY j.key"_s,
                           {idArray(ids)});
    while (query.next())
        list << TriageValues{query.value(0).toLongLong(), TriageState(query.value(1).toInt()), query.value(2).toBool(),
                             query.value(3).toBool(), query.value(4).toBool(), query.value(5).toInt()};
    return list;
}

QList<TriageValues> LibraryIndex::update(const QList<qint64> &ids, const QString &column, const QVariant &value)
{
    // `column` is one of our fixed names, never user text.
    if (!m_db->transaction())
        return {};
    auto previous = triage(ids);
    if (!m_db->run(u"UPDATE articles SET %1 = ? WHERE id IN (SELECT value FROM json_each(?))"_s.arg(column),
                  {value, idArray(ids)})) {
        fail(m_db->lastError());
        m_db->rollback();
        return {};
    }
    if (!m_db->commit())
        return {};
    QList<qint64> changed;
    for (const auto &values : std::as_const(previous))
        changed << values.id;
    if (!changed.isEmpty())
        Q_EMIT triageChanged(changed);
    return previous;
}

QList<TriageValues> LibraryIndex::setState(const QList<qint64> &ids, TriageState state)
{
    return update(ids, u"state"_s, int(state));
}

QList<TriageValues> LibraryIndex::setStarred(const QList<qint64> &ids, bool isStarred)
{
    return update(ids, u"starred"_s, int(isStarred));
}

QList<TriageValues> LibraryIndex::setRead(const QList<qint64> &ids, bool isRead)
{
    return update(ids, u"read"_s, int(isRead));
}

QList<TriageValues> LibraryIndex::setPriority(const QList<qint64> &ids, int priority)
{
    if (priority < 0 || priority > 3) {
        fail(u"priority %1 is not between 0 and 3"_s.arg(priority));
        return {};
    }
    return update(ids, u"priority"_s, priority);
}

QList<TriageValues> LibraryIndex::setMarked(const QList<qint64> &ids, bool isMarked)
{
    return update(ids, u"marked"_s, int(isMarked));
}

bool LibraryIndex::restoreTriage(const QList<TriageValues> &values)
{
    if (!m_db->transaction())
        return false;
    QList<qint64> changed;
    for (const auto &value : values) {
        if (!m_db->run(u"UPDATE articles SET state = ?, starred = ?, read = ?, marked = ?, priority = ? WHERE id = ?"_s,
                      {int(value.state), int(value.isStarred), int(value.isRead), int(value.isMarked), value.priority,
                       value.id})) {
            m_db->rollback();
            return fail(m_db->lastError());
        }
        changed << value.id;
    }
    if (!m_db->commit())
        return fail(m_db->lastError());
    if (!changed.isEmpty())
        Q_EMIT triageChanged(changed);
    return true;
}

QList<qint64> LibraryIndex::markedIds()
{
    QList<qint64> ids;
    auto query = m_db->exec(u"SELECT id FROM articles WHERE marked = 1 ORDER BY id"_s);
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

void LibraryIndex::notifyIndexed(const QList<qint64> &added, const QList<qint64> &updated, const QList<qint64> &removed)
{
    if (!removed.isEmpty())
        Q_EMIT articlesRemoved(removed);
    if (!added.isEmpty())
        Q_EMIT articlesAdded(added);
    if (!updated.isEmpty())
        Q_EMIT articlesUpdated(updated);
}

} // namespace Attache
