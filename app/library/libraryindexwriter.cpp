#include "library/libraryindexwriter.h"

#include "analyze/analyzer.h"
#include "analyze/scriptlanguage.h"
#include "clean/articlecleaner.h"
#include "core/compactjsonwriter.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/textcase.h"
#include "ingest/sourcereader.h"
#include "library/libraryindex.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

quint64 fnv1a(const QChar *data, qsizetype size, quint64 hash = 14695981039346656037ULL)
{
    for (qsizetype i = 0; i < size; ++i) {
        const auto unit = data[i].unicode();
        hash = (hash ^ (unit & 0xff)) * 1099511628211ULL;
        hash = (hash ^ (unit >> 8)) * 1099511628211ULL;
    }
    return hash;
}

quint64 mix(quint64 value)
{
    // splitmix64's finaliser: spreads every input bit over the output.
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// Qt SQL binds a null QString as NULL; the text columns hold "" for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// The list shows a line of title; a cleaner that found no title may give a whole paragraph. The
// full title stays in the stored article and the full-text index.
QString listTitle(const QString &title)
{
    constexpr qsizetype MaximumLength = 300;
    if (title.size() <= MaximumLength)
        return text(title);
    return title.left(MaximumLength - 1) + u'…';
}

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

// The article's events as article_timelines stores them (005_event_timelines.sql; read back by
// LibraryIndex::events()), in the analysis's order.
QByteArray timelineJson(const QList<Event> &events)
{
    qsizetype expected = 2;
    for (const auto &event : events)
        expected += 2 * (event.sentence.size() + event.label.size()) + 160;
    CompactJsonWriter json(expected);
    json.beginArray();
    for (const auto &event : events) {
        json.beginArray();
        json.isoDay(event.begin);
        json.isoDay(event.end);
        json.integer(event.isUncertain ? 1 : 0);
        json.string(eventTypeName(event.type));
        json.string(event.label);
        json.string(event.actorNames.join(u"; "_s));
        json.string(event.actorIds.join(u' '));
        json.integer(event.sentenceStart);
        json.integer(event.sentenceEnd);
        json.string(event.sentence);
        json.string(event.value);
        json.endArray();
    }
    json.endArray();
    return json.take();
}

// The article's entities as article_entities stores them: one row each, with its mentions in the
// headline and the text, in the order of their first mention.
QList<ArticleEntity> entityRows(const ArticleAnalysis &analysis)
{
    QHash<QString, qsizetype> rowOfKey;
    QList<ArticleEntity> rows;
    for (const auto &mentions : {&analysis.titleEntities, &analysis.entities}) {
        for (const auto &mention : *mentions) {
            const auto key = mention.entityId.isEmpty() ? mention.name : mention.entityId;
            if (key.isEmpty())
                continue;
            const auto row = rowOfKey.constFind(key);
            if (row != rowOfKey.cend()) {
                ++rows[*row].mentions;
                continue;
            }
            rowOfKey.insert(key, rows.size());
            rows.append(ArticleEntity{key, mention.name, entityTypeName(mention.type), 1});
        }
    }
    return rows;
}

} // namespace

IndexStageTimes &IndexStageTimes::operator+=(const IndexStageTimes &other)
{
    read += other.read;
    clean += other.clean;
    analyse += other.analyse;
    prepare += other.prepare;
    write += other.write;
    files += other.files;
    return *this;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

TextFingerprint textFingerprint(const QString &text)
{
    TextFingerprint fingerprint;
    fingerprint.minima.fill(0xffffffffU);
    // The words, lower-cased, into one buffer written in place (no string per word, no append
    // call per character: this runs on every article).
    QString letters(text.size(), Qt::Uninitialized);
    QChar *letter = letters.data();
    qsizetype letterCount = 0;
    QList<std::pair<qsizetype, qsizetype>> words; // start and length in `letters`
    words.reserve(text.size() / 5 + 1);
    qsizetype wordStart = -1;
    for (const auto c : text) {
        if (c.isLetterOrNumber()) {
            if (wordStart < 0)
                wordStart = letterCount;
            letter[letterCount++] = QChar(lowerCase(c.unicode()));
        } else if (wordStart >= 0) {
            words.append({wordStart, letterCount - wordStart});
            wordStart = -1;
        }
    }
    if (wordStart >= 0)
        words.append({wordStart, letterCount - wordStart});
    fingerprint.wordCount = int(words.size());
    if (words.isEmpty())
        return fingerprint;
    const qsizetype shingle = std::min<qsizetype>(3, words.size());
    const QChar space(u' ');
    for (qsizetype i = 0; i + shingle <= words.size(); ++i) {
        // FNV-1a of the shingle's words joined by single spaces, fed piece by piece.
        auto hash = fnv1a(letters.constData() + words.at(i).first, words.at(i).second);
        for (qsizetype k = 1; k < shingle; ++k) {
            hash = fnv1a(&space, 1, hash);
            hash = fnv1a(letters.constData() + words.at(i + k).first, words.at(i + k).second, hash);
        }
        for (int m = 0; m < TextFingerprint::Size; ++m) {
            const auto value = quint32(mix(hash ^ (quint64(m + 1) * 0x9e3779b97f4a7c15ULL)));
            auto &minimum = fingerprint.minima[size_t(m)];
            minimum = std::min(minimum, value);
        }
    }
    return fingerprint;
}

double TextFingerprint::similarity(const TextFingerprint &other) const
{
    int equal = 0;
    for (int m = 0; m < Size; ++m)
        equal += minima[size_t(m)] == other.minima[size_t(m)] ? 1 : 0;
    return double(equal) / Size;
}

std::array<qint64, TextFingerprint::Bands> TextFingerprint::bandKeys() const
{
    std::array<qint64, Bands> keys{};
    for (int band = 0; band < Bands; ++band) {
        quint64 key = mix(quint64(band));
        for (int row = 0; row < Rows; ++row)
            key = mix(key ^ minima[size_t(band * Rows + row)]);
        keys[size_t(band)] = qint64(key);
    }
    return keys;
}

QByteArray TextFingerprint::toBytes() const
{
    QByteArray bytes;
    bytes.reserve(Size * 4);
    for (const auto minimum : minima) {
        for (int shift = 0; shift < 32; shift += 8)
            bytes += char((minimum >> shift) & 0xff);
    }
    return bytes;
}

TextFingerprint TextFingerprint::fromBytes(const QByteArray &bytes)
{
    TextFingerprint fingerprint;
    if (bytes.size() != Size * 4)
        return fingerprint;
    for (int m = 0; m < Size; ++m) {
        quint32 value = 0;
        for (int b = 0; b < 4; ++b)
            value |= quint32(quint8(bytes.at(m * 4 + b))) << (8 * b);
        fingerprint.minima[size_t(m)] = value;
    }
    return fingerprint;
}

void FingerprintIndex::insert(qint64 id, const TextFingerprint &fingerprint)
{
    remove(id);
    m_fingerprints.insert(id, fingerprint);
    for (const auto key : fingerprint.bandKeys())
        m_bandMembers[key].append(id);
}

void FingerprintIndex::remove(qint64 id)
{
    const auto found = m_fingerprints.constFind(id);
    if (found == m_fingerprints.cend())
        return;
    for (const auto key : found->bandKeys()) {
        const auto members = m_bandMembers.find(key);
        if (members == m_bandMembers.end())
            continue;
        members->removeOne(id);
        if (members->isEmpty())
            m_bandMembers.erase(members);
    }
    m_fingerprints.erase(found);
}

void FingerprintIndex::clear()
{
    m_fingerprints.clear();
    m_bandMembers.clear();
}

QList<qint64> FingerprintIndex::similar(const TextFingerprint &fingerprint, double threshold, int maximumBandMembers) const
{
    QList<qint64> candidates;
    for (const auto key : fingerprint.bandKeys()) {
        const auto members = m_bandMembers.constFind(key);
        if (members == m_bandMembers.cend() || members->size() >= maximumBandMembers)
            continue;
        candidates += *members;
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<std::pair<double, qint64>> scored;
    for (const auto id : std::as_const(candidates)) {
        const double similarity = fingerprint.similarity(m_fingerprints.value(id));
        if (similarity >= threshold)
            scored.append({-similarity, id});
    }
    std::sort(scored.begin(), scored.end());
    QList<qint64> ids;
    ids.reserve(scored.size());
    for (const auto &entry : std::as_const(scored))
        ids << entry.second;
    return ids;
}

FileResult processFile(const FileTask &task, const Analyzer &analyzer)
{
    FileResult result;
    result.path = task.path;
    result.times.files = 1;
    double clock = threadCpuSeconds();
    // Seconds of this thread since the last lap, for the stage just ended.
    const auto lap = [&clock] {
        const double now = threadCpuSeconds();
        return now - std::exchange(clock, now);
    };
    // Stat before reading (QFileInfo caches lazily, so ask now) to notice a write during the read.
    const QFileInfo before(task.path);
    const auto sizeBefore = before.size();
    const auto modifiedBefore = before.lastModified();
    const auto read = SourceReader().read(task.path);
    if (!read.document) {
        result.error = read.error;
        return result;
    }
    const auto &document = *read.document;
    QFileInfo after(task.path);
    after.refresh();
    if (!after.exists()) {
        result.error = u"removed while being indexed"_s;
        result.hasChangedWhileRead = true;
        return result;
    }
    if (after.size() != sizeBefore || after.lastModified() != modifiedBefore
        || after.size() != document.bytes.size()) {
        result.error = u"changed while being indexed; it will be indexed again"_s;
        result.hasChangedWhileRead = true;
        return result;
    }
    result.size = after.size();
    result.mtime = after.lastModified().toMSecsSinceEpoch();
    result.hash = document.contentHash();
    result.times.read = lap();
    if (!task.isOutdated && !task.knownHash.isEmpty() && task.knownHash == result.hash) {
        result.isContentUnchanged = true;
        return result;
    }
    const auto cleaned = ArticleCleaner().clean(document);
    result.times.clean = lap();
    if (!cleaned.isOk()) {
        result.error = cleaned.error;
        return result;
    }
    if (cleaned.articles.isEmpty()) {
        result.error = u"no article found in the file"_s;
        return result;
    }
    result.articles.reserve(cleaned.articles.size());
    for (const auto &article : cleaned.articles) {
        IndexedArticle indexed;
        indexed.article = article;
        indexed.text = article.text();
        // Stored, shown and searchable (lang:ru) as the analysis reads it: declared, or implied
        // by the script.
        indexed.article.language = analysisLanguage(article.language, indexed.text);
        // The stored article is read back by its blocks (articleFromJson); the joined text beside
        // them would double what every article writes.
        indexed.json = indexed.article.toCompactJson(Article::JoinedText::Omitted);
        result.times.prepare += lap();
        indexed.analysis = analyzer.analyze(indexed.article);
        result.times.analyse += lap();
        indexed.fingerprint = textFingerprint(indexed.text);
        if (!indexed.analysis.events.isEmpty())
            indexed.timelineJson = timelineJson(indexed.analysis.events);
        indexed.entities = entityRows(indexed.analysis);
        // The writer, the one stage that does not run in parallel, needs no more than the above and
        // the article's metadata: the rest is let go here, on this worker's thread, rather than
        // freed by the writer (whose frees of another thread's memory wait on that thread's heap).
        indexed.article.blocks = {};
        indexed.article.removed = {};
        indexed.analysis = {};
        result.articles << std::move(indexed);
        result.times.prepare += lap();
    }
    return result;
}

void WriteOutcome::append(const WriteOutcome &other)
{
    added += other.added;
    updated += other.updated;
    removed += other.removed;
    skipped += other.skipped;
    changedWhileRead += other.changedWhileRead;
    times += other.times;
}

void WriteOutcome::normalize()
{
    const QSet<qint64> removedSet(removed.cbegin(), removed.cend());
    auto unique = [](QList<qint64> &ids, const QSet<qint64> &exclude) {
        QSet<qint64> seen;
        QList<qint64> kept;
        for (const auto id : std::as_const(ids)) {
            if (!exclude.contains(id) && !seen.contains(id)) {
                seen.insert(id);
                kept << id;
            }
        }
        ids = kept;
    };
    unique(removed, {});
    unique(added, removedSet);
    auto excluded = removedSet;
    for (const auto id : std::as_const(added))
        excluded.insert(id);
    unique(updated, excluded);
}

IndexWriter::IndexWriter(Database &db)
    : m_db(db)
{
}

bool IndexWriter::writeBatch(const QList<FileResult> &results, WriteOutcome *outcome)
{
    for (const auto &result : results) {
        if (!result.error.isEmpty()) {
            outcome->skipped << SkippedFile{result.path, result.error};
            if (result.hasChangedWhileRead)
                outcome->changedWhileRead << result.path;
        }
    }
    // The batch in one transaction. No savepoint per file: the full-text index writes out what it
    // holds in memory at every savepoint, which made a segment of every article, then merges.
    if (!m_db.transaction())
        return false;
    WriteOutcome written;
    bool isStored = true;
    for (const auto &result : results) {
        if (result.error.isEmpty() && !writeFile(result, &written)) {
            isStored = false;
            break;
        }
    }
    if (isStored && m_db.commit()) {
        outcome->append(written);
        return true;
    }
    const auto error = m_db.lastError();
    m_db.rollback();
    releaseCaches(); // they may hold what was rolled back
    // Rarely: a file could not be stored. Each file again on its own, so that it does not lose
    // the others.
    qCWarning(lcLibrary).noquote() << "a batch could not be written, writing its files one by one:" << error;
    for (const auto &result : results) {
        if (!result.error.isEmpty())
            continue;
        WriteOutcome one;
        if (!m_db.transaction())
            return false;
        if (writeFile(result, &one) && m_db.commit()) {
            outcome->append(one);
            continue;
        }
        outcome->skipped << SkippedFile{result.path, u"could not be stored in the index: "_s + m_db.lastError()};
        m_db.rollback();
        releaseCaches();
    }
    return true;
}

void IndexWriter::releaseCaches()
{
    m_fingerprints.clear();
    m_hasFingerprints = false;
}

bool IndexWriter::loadFingerprints()
{
    if (m_hasFingerprints)
        return true;
    auto query = m_db.exec(u"SELECT id, fingerprint FROM articles WHERE word_count >= ?"_s, {MinimumDuplicateWords});
    if (!query.isActive())
        return false;
    while (query.next())
        m_fingerprints.insert(query.value(0).toLongLong(), TextFingerprint::fromBytes(query.value(1).toByteArray()));
    m_hasFingerprints = true;
    return true;
}

bool IndexWriter::removeFiles(const QStringList &paths, WriteOutcome *outcome)
{
    if (paths.isEmpty())
        return true;
    if (!m_db.transaction())
        return false;
    for (const auto &path : paths) {
        if (!removeFile(path, outcome)) {
            m_db.rollback();
            return false;
        }
    }
    if (m_db.commit())
        return true;
    releaseCaches();
    return false;
}

bool IndexWriter::writeFile(const FileResult &result, WriteOutcome *outcome)
{
    const auto now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (result.isContentUnchanged) {
        return m_db.run(u"UPDATE files SET size = ?, mtime = ? WHERE path = ?"_s, {result.size, result.mtime, result.path});
    }
    auto *upsert = m_db.execCached(u"INSERT INTO files (path, size, mtime, content_hash, cleaner_version, analyzer_version,"
                                   " indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET"
                                   " size = excluded.size, mtime = excluded.mtime, content_hash = excluded.content_hash,"
                                   " cleaner_version = excluded.cleaner_version, analyzer_version = excluded.analyzer_version,"
                                   " indexed_at = excluded.indexed_at RETURNING id"_s,
                                   {result.path, result.size, result.mtime, result.hash, LibraryIndex::cleanerVersion(),
                                    LibraryIndex::analyzerVersion(), now});
    if (!upsert || !upsert->next())
        return false;
    const auto fileId = upsert->value(0).toLongLong();
    upsert->finish();
    for (qsizetype i = 0; i < result.articles.size(); ++i) {
        if (!storeArticle(fileId, int(i), result.articles.at(i), outcome))
            return false;
    }
    // Items the file no longer holds (a feed that lost entries).
    QList<qint64> stale;
    auto *staleQuery = m_db.execCached(u"SELECT id FROM articles WHERE file_id = ? AND item_no >= ?"_s,
                                       {fileId, result.articles.size()});
    if (!staleQuery)
        return false;
    while (staleQuery->next())
        stale << staleQuery->value(0).toLongLong();
    staleQuery->finish();
    for (const auto id : std::as_const(stale)) {
        if (!removeArticle(id, outcome))
            return false;
    }
    return true;
}

bool IndexWriter::storeArticle(qint64 fileId, int itemNo, const IndexedArticle &indexed, WriteOutcome *outcome)
{
    const auto &article = indexed.article;
    const auto fingerprint = indexed.fingerprint.toBytes();
    const QVariantList metadata{text(article.id), text(article.contentHash), sourceFormatName(article.format),
                                listTitle(article.title), text(article.source), text(article.byline), text(article.url),
                                text(article.language),
                                article.published.isValid() ? QVariant(isoUtc(article.published)) : QVariant(),
                                int(article.isPublishedUncertain()), indexed.fingerprint.wordCount,
                                fingerprint};
    const auto setMetadata = u"item_id = ?, content_hash = ?, format = ?, title = ?, source = ?, byline = ?, url = ?,"
                             " language = ?, published = ?, published_uncertain = ?, word_count = ?,"
                             " fingerprint = ?"_s;

    qint64 id = 0;
    QByteArray previousFingerprint;
    bool isNew = false;
    auto *existing = m_db.execCached(u"SELECT id, fingerprint FROM articles WHERE file_id = ? AND item_no = ?"_s,
                                     {fileId, itemNo});
    if (!existing)
        return false;
    const bool isStored = existing->next();
    if (isStored) {
        id = existing->value(0).toLongLong();
        previousFingerprint = existing->value(1).toByteArray();
    }
    existing->finish();
    if (!isStored) {
        // A file moved or renamed: the same item whose old file is gone keeps its id and triage.
        auto *moved = m_db.execCached(u"SELECT a.id, a.fingerprint, f.path FROM articles a JOIN files f ON f.id = a.file_id"
                                      " WHERE a.content_hash = ? AND a.file_id != ?"_s,
                                      {article.contentHash, fileId});
        if (!moved)
            return false;
        while (moved->next()) {
            if (!QFileInfo::exists(moved->value(2).toString())) {
                id = moved->value(0).toLongLong();
                previousFingerprint = moved->value(1).toByteArray();
                break;
            }
        }
        moved->finish();
    }
    if (id != 0) {
        if (!m_db.run(u"UPDATE articles SET file_id = ?, item_no = ?, "_s + setMetadata + u" WHERE id = ?"_s,
                      QVariantList{fileId, itemNo} + metadata + QVariantList{id}))
            return false;
        if (!m_db.run(u"DELETE FROM article_entities WHERE article_id = ?"_s, {id})
            || !m_db.run(u"DELETE FROM article_timelines WHERE article_id = ?"_s, {id})
            || !m_db.run(u"DELETE FROM article_fts WHERE rowid = ?"_s, {id}))
            return false;
        outcome->updated << id;
    } else {
        auto *insert = m_db.execCached(u"INSERT INTO articles (file_id, item_no, item_id, content_hash, format, title, source,"
                                       " byline, url, language, published, published_uncertain, word_count, fingerprint,"
                                       " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                       QVariantList{fileId, itemNo} + metadata
                                           + QVariantList{QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!insert)
            return false;
        id = insert->lastInsertId().toLongLong();
        insert->finish();
        isNew = true;
        outcome->added << id;
    }

    if (!m_db.run(u"INSERT OR REPLACE INTO article_content (article_id, json) VALUES (?, ?)"_s, {id, indexed.json}))
        return false;

    const auto entities = indexed.entities.isEmpty() ? entityRows(indexed.analysis) : indexed.entities;
    QVariantList entityRows;
    entityRows.reserve(entities.size() * 5);
    for (const auto &entity : entities) {
        entityRows << id << text(entity.entityId) << text(entity.name) << text(entity.type) << entity.mentions;
    }
    if (!insertRows(u"INSERT INTO article_entities (article_id, entity_id, name, type, mentions)"_s, 5, entityRows))
        return false;
    if (!indexed.timelineJson.isEmpty() || !indexed.analysis.events.isEmpty()) {
        // Made by the worker (processFile), off this thread; here for an article given without.
        const auto timeline = indexed.timelineJson.isEmpty() ? timelineJson(indexed.analysis.events) : indexed.timelineJson;
        if (!m_db.run(u"INSERT INTO article_timelines (article_id, events) VALUES (?, ?)"_s, {id, timeline}))
            return false;
    }
    if (!m_db.run(u"INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)"_s, {id, text(article.title), text(indexed.text)}))
        return false;

    if (isNew || previousFingerprint != fingerprint) {
        if (!isNew && !detach(id, outcome))
            return false;
        if (!loadFingerprints())
            return false;
        m_fingerprints.remove(id);
        if (indexed.fingerprint.wordCount < MinimumDuplicateWords)
            return true;
        return group(id, indexed.fingerprint, outcome);
    }
    return true;
}

bool IndexWriter::removeFile(const QString &path, WriteOutcome *outcome)
{
    QList<qint64> ids;
    auto query = m_db.exec(u"SELECT a.id FROM articles a JOIN files f ON f.id = a.file_id WHERE f.path = ?"_s, {path});
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    for (const auto id : std::as_const(ids)) {
        if (!removeArticle(id, outcome))
            return false;
    }
    return m_db.run(u"DELETE FROM files WHERE path = ?"_s, {path});
}

bool IndexWriter::removeArticle(qint64 id, WriteOutcome *outcome)
{
    if (!detach(id, outcome))
        return false;
    if (!m_db.run(u"DELETE FROM article_fts WHERE rowid = ?"_s, {id}) || !m_db.run(u"DELETE FROM articles WHERE id = ?"_s, {id}))
        return false;
    m_fingerprints.remove(id);
    outcome->removed << id;
    return true;
}

bool IndexWriter::detach(qint64 id, WriteOutcome *outcome)
{
    auto query = m_db.exec(u"SELECT duplicate_of FROM articles WHERE id = ?"_s, {id});
    if (!query.next())
        return true;
    const auto canonical = query.value(0).toLongLong();
    query.finish();
    if (canonical != 0) {
        outcome->updated << canonical; // one copy fewer
        return m_db.run(u"UPDATE articles SET duplicate_of = NULL WHERE id = ?"_s, {id});
    }
    // This entry heads a group: its oldest copy takes its place.
    auto copies = m_db.exec(u"SELECT min(id) FROM articles WHERE duplicate_of = ?"_s, {id});
    if (!copies.next() || copies.isNull(0))
        return true;
    const auto heir = copies.value(0).toLongLong();
    copies.finish();
    if (!m_db.run(u"UPDATE articles SET duplicate_of = NULL WHERE id = ?"_s, {heir})
        || !m_db.run(u"UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?"_s, {heir, id}))
        return false;
    outcome->added << heir; // visible as an entry of its own now
    return true;
}

bool IndexWriter::insertRows(const QString &insertInto, int columnCount, const QVariantList &values)
{
    // Up to 16 rows a statement, in power-of-two chunks so that few statement texts are prepared.
    const qsizetype rowCount = values.size() / columnCount;
    for (qsizetype done = 0; done < rowCount;) {
        qsizetype chunk = 16;
        while (chunk > rowCount - done)
            chunk /= 2;
        auto &sql = m_insertStatements[std::pair(insertInto, chunk)];
        if (sql.isEmpty()) {
            const QString row = u'(' + u"?, "_s.repeated(columnCount - 1) + u"?)"_s;
            sql = insertInto + u" VALUES "_s + row;
            for (qsizetype i = 1; i < chunk; ++i)
                sql += u", "_s + row;
        }
        const bool isStored = chunk == rowCount ? m_db.run(sql, values)
                                                : m_db.run(sql, values.mid(done * columnCount, chunk * columnCount));
        if (!isStored)
            return false;
        done += chunk;
    }
    return true;
}

bool IndexWriter::group(qint64 id, const TextFingerprint &fingerprint, WriteOutcome *outcome)
{
    const auto similar = m_fingerprints.similar(fingerprint, DuplicateSimilarity, MaximumBandMembers);
    m_fingerprints.insert(id, fingerprint);
    // The most similar copy still in the index leads to its group's head.
    qint64 best = 0;
    for (const auto candidate : similar) {
        auto *head = m_db.execCached(u"SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?"_s, {candidate});
        if (!head)
            return false;
        if (head->next())
            best = head->value(0).toLongLong();
        head->finish();
        if (best != 0)
            break;
    }
    if (best == 0)
        return true;
    // Anything grouped under this article (it headed a group before) follows it.
    if (!m_db.run(u"UPDATE articles SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?"_s, {best, id, id}))
        return false;
    outcome->updated << best;
    outcome->removed << id; // no longer an entry of its own …
    outcome->added.removeAll(id);
    return true;
}

} // namespace Attache
