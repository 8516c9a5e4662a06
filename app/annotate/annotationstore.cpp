#include "annotate/annotationstore.h"
#include "annotate/annotationrecords.h"

#include "clean/article.h"
#include "core/damagedfile.h"
#include "core/database.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace AnnotationRecords;

namespace {

constexpr QChar TagSeparator = QChar(0x1F);

// Qt binds a null QString as SQL NULL; the schema wants text.
QString sqlText(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Items of multi-item files share a path; the item number keeps them apart.
QString locationOf(const Article &article)
{
    const auto hash = article.id.lastIndexOf(u'#');
    return hash >= 0 ? article.path + article.id.mid(hash) : article.path;
}

const QString AnnotationColumns = u"a.id, a.article_id, a.kind, a.exact, a.prefix, a.suffix, a.start_position, "
                                  "a.end_position, a.cleaner_version, a.colour, a.note, a.created, a.modified, "
                                  "a.is_orphan, (SELECT group_concat(t.name, char(31)) FROM annotation_tags l "
                                  "JOIN tags t ON t.id = l.tag_id WHERE l.annotation_id = a.id)"_s;
const QString AnnotationOrder = u" ORDER BY a.kind = 'highlight', a.is_orphan, a.start_position, a.created, a.id"_s;
const QString ArticleColumns = u"id, content_hash, path, url, title, source, published, text_hash, cleaner_version"_s;

Annotation annotationFromQuery(const QSqlQuery &query)
{
    Annotation annotation;
    annotation.id = query.value(0).toString();
    annotation.articleId = query.value(1).toString();
    annotation.kind = annotationKindFromName(query.value(2).toString());
    annotation.selector.exact = query.value(3).toString();
    annotation.selector.prefix = query.value(4).toString();
    annotation.selector.suffix = query.value(5).toString();
    annotation.selector.start = query.value(6).toLongLong();
    annotation.selector.end = query.value(7).toLongLong();
    annotation.cleanerVersion = query.value(8).toInt();
    annotation.colour = query.value(9).toInt();
    annotation.note = query.value(10).toString();
    annotation.created = parseTimestamp(query.value(11).toString());
    annotation.modified = parseTimestamp(query.value(12).toString());
    annotation.isOrphan = query.value(13).toInt() != 0;
    annotation.tags = normalizedTags(query.value(14).toString().split(TagSeparator, Qt::SkipEmptyParts));
    return annotation;
}

AnnotatedArticle articleFromQuery(const QSqlQuery &query)
{
    AnnotatedArticle article;
    article.id = query.value(0).toString();
    article.contentHash = query.value(1).toString();
    article.path = query.value(2).toString();
    article.url = query.value(3).toString();
    article.title = query.value(4).toString();
    article.source = query.value(5).toString();
    article.published = parseTimestamp(query.value(6).toString());
    article.textHash = query.value(7).toString();
    article.cleanerVersion = query.value(8).toInt();
    return article;
}

} // namespace

QJsonObject annotationToJson(const Annotation &annotation)
{
    return QJsonObject{{u"id"_s, annotation.id},
                       {u"kind"_s, annotationKindName(annotation.kind)},
                       {u"exact"_s, annotation.selector.exact},
                       {u"prefix"_s, annotation.selector.prefix},
                       {u"suffix"_s, annotation.selector.suffix},
                       {u"start"_s, qint64(annotation.selector.start)},
                       {u"end"_s, qint64(annotation.selector.end)},
                       {u"cleaner_version"_s, annotation.cleanerVersion},
                       {u"colour"_s, annotation.colour},
                       {u"note"_s, annotation.note},
                       {u"tags"_s, QJsonArray::fromStringList(annotation.tags)},
                       {u"created"_s, timestamp(annotation.created)},
                       {u"modified"_s, timestamp(annotation.modified)},
                       {u"orphan"_s, annotation.isOrphan}};
}

Annotation annotationFromJson(const QJsonObject &object)
{
    Annotation annotation;
    annotation.id = object.value(u"id"_s).toString();
    annotation.kind = annotationKindFromName(object.value(u"kind"_s).toString());
    annotation.selector.exact = object.value(u"exact"_s).toString();
    annotation.selector.prefix = object.value(u"prefix"_s).toString();
    annotation.selector.suffix = object.value(u"suffix"_s).toString();
    annotation.selector.start = object.value(u"start"_s).toInteger();
    annotation.selector.end = object.value(u"end"_s).toInteger();
    annotation.cleanerVersion = object.value(u"cleaner_version"_s).toInt();
    annotation.colour = object.value(u"colour"_s).toInt();
    annotation.note = object.value(u"note"_s).toString();
    QStringList tags;
    for (const auto &tag : object.value(u"tags"_s).toArray())
        tags << tag.toString();
    annotation.tags = normalizedTags(tags);
    annotation.created = parseTimestamp(object.value(u"created"_s).toString());
    annotation.modified = parseTimestamp(object.value(u"modified"_s).toString());
    annotation.isOrphan = object.value(u"orphan"_s).toBool();
    return annotation;
}

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>())
    , m_clock(&AnnotationRecords::now)
{
    qRegisterMetaType<Annotation>();
}

void AnnotationStore::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&AnnotationRecords::now);
}

AnnotationStore::~AnnotationStore() = default;

Database &AnnotationStore::database()
{
    return *m_db;
}

bool AnnotationStore::isOpen() const
{
    return m_db->isOpen();
}

QString AnnotationStore::integrityCheck()
{
    return m_db->integrityCheck();
}

QString AnnotationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/annotations.sqlite"_s;
}

QString AnnotationStore::textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AnnotationStore::fail(const QString &what) const
{
    m_lastError = what;
    qCWarning(lcStore).noquote() << what;
    return false;
}

// --- Articles ---

std::optional<AnnotatedArticle> AnnotationStore::queryArticle(const QString &condition, const QVariantList &values) const
{
    auto query = m_db->exec(u"SELECT "_s + ArticleColumns + u" FROM articles WHERE "_s + condition + u" ORDER BY rowid LIMIT 2"_s, values);
    if (!query.next())
        return std::nullopt;
    return articleFromQuery(query);
}

std::optional<AnnotatedArticle> AnnotationStore::articleById(const QString &id) const
{
    return queryArticle(u"id = ?"_s, {id});
}

QList<AnnotatedArticle> AnnotationStore::articles() const
{
    QList<AnnotatedArticle> result;
    auto query = m_db->exec(u"SELECT "_s + ArticleColumns
                           + u" FROM articles WHERE id IN (SELECT article_id FROM annotations) ORDER BY title, id"_s);
    while (query.next())
        result << articleFromQuery(query);
    return result;
}

std::optional<AnnotatedArticle> AnnotationStore::findArticle(const Article &article)
{
    std::optional<AnnotatedArticle> found;
    if (!article.contentHash.isEmpty())
        found = queryArticle(u"content_hash = ?"_s, {article.contentHash});
    if (!found && !article.url.isEmpty())
        found = queryArticle(u"url = ?"_s, {article.url});
    if (!found && !article.path.isEmpty())
        found = queryArticle(u"path = ?"_s, {locationOf(article)});
    if (!found && !article.title.trimmed().isEmpty()) {
        auto query = m_db->exec(u"SELECT "_s + ArticleColumns + u" FROM articles WHERE title = ? LIMIT 2"_s, {article.title});
        // Only a title nobody else has is trusted.
        if (query.next()) {
            const auto candidate = articleFromQuery(query);
            if (!query.next())
                found = candidate;
        }
    }
    if (!found)
        return std::nullopt;

    auto seen = *found;
    if (!article.contentHash.isEmpty())
        seen.contentHash = article.contentHash;
    if (!article.path.isEmpty())
        seen.path = locationOf(article);
    if (!article.url.isEmpty())
        seen.url = article.url;
    if (!article.title.isEmpty())
        seen.title = article.title;
    if (!article.source.isEmpty())
        seen.source = article.source;
    // A file's time is not a publication date (exports would present it as one); a record
    // that took one from an earlier version loses it when the same time is seen again.
    if (article.published.isValid() && !article.isPublishedUncertain())
        seen.published = article.published.toUTC();
    else if (seen.published.isValid() && seen.published == article.published.toUTC())
        seen.published = QDateTime();
    if (!(seen == *found)) {
        if (!m_db->transaction())
            return std::nullopt;
        if (!updateArticle(seen) || !m_db->commit()) {
            m_db->rollback();
            return std::nullopt;
        }
    }
    return seen;
}

std::optional<AnnotatedArticle> AnnotationStore::ensureArticle(const Article &article)
{
    if (auto found = findArticle(article))
        return found;
    AnnotatedArticle created;
    created.id = newId();
    created.contentHash = article.contentHash;
    created.path = locationOf(article);
    created.url = article.url;
    created.title = article.title;
    created.source = article.source;
    created.published = article.published.isValid() && !article.isPublishedUncertain() ? article.published.toUTC() : QDateTime();
    created.textHash = textHash(article.text());
    created.cleanerVersion = article.cleanerVersion;
    if (!m_db->transaction())
        return std::nullopt;
    if (!insertArticle(created) || !m_db->commit()) {
        m_db->rollback();
        return std::nullopt;
    }
    return created;
}

bool AnnotationStore::insertArticle(const AnnotatedArticle &article)
{
    return m_db->run(u"INSERT INTO articles ("_s + ArticleColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {sqlText(article.id), sqlText(article.contentHash), sqlText(article.path), sqlText(article.url),
                     sqlText(article.title), sqlText(article.source), sqlText(timestamp(article.published)),
                     sqlText(article.textHash), article.cleanerVersion});
}

bool AnnotationStore::updateArticle(const AnnotatedArticle &article)
{
    return m_db->run(u"UPDATE articles SET content_hash = ?, path = ?, url = ?, title = ?, source = ?, published = ?, "
                    "text_hash = ?, cleaner_version = ? WHERE id = ?"_s,
                    {sqlText(article.contentHash), sqlText(article.path), sqlText(article.url), sqlText(article.title),
                     sqlText(article.source), sqlText(timestamp(article.published)), sqlText(article.textHash),
                     article.cleanerVersion, article.id});
}

// --- Reading ---

QList<Annotation> AnnotationStore::queryAnnotations(const QString &condition, const QVariantList &values) const
{
    QList<Annotation> result;
    auto query = m_db->exec(u"SELECT "_s + AnnotationColumns + u" FROM annotations a"_s
                               + (condition.isEmpty() ? QString() : QString(u" WHERE "_s + condition)) + AnnotationOrder,
                           values);
    while (query.next())
        result << annotationFromQuery(query);
    return result;
}

QList<Annotation> AnnotationStore::annotations(const QString &articleId) const
{
    return queryAnnotations(u"a.article_id = ?"_s, {articleId});
}

QList<Annotation> AnnotationStore::allAnnotations() const
{
    return queryAnnotations({}, {});
}

std::optional<Annotation> AnnotationStore::annotation(const QString &id) const
{
    const auto found = queryAnnotations(u"a.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Annotation> AnnotationStore::articleNote(const QString &articleId) const
{
    const auto found = queryAnnotations(u"a.article_id = ? AND a.kind = 'article_note'"_s, {articleId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Annotation> AnnotationStore::orphans(const QString &articleId) const
{
    if (articleId.isEmpty())
        return queryAnnotations(u"a.is_orphan = 1"_s, {});
    return queryAnnotations(u"a.is_orphan = 1 AND a.article_id = ?"_s, {articleId});
}

QStringList AnnotationStore::allTags() const
{
    QStringList tags;
    auto query = m_db->exec(u"SELECT name FROM tags ORDER BY name COLLATE NOCASE"_s);
    while (query.next())
        tags << query.value(0).toString();
    return tags;
}

QList<Annotation> AnnotationStore::select(const AnnotationFilter &filter) const
{
    QList<Annotation> result;
    for (const auto &annotation : allAnnotations()) {
        if (!filter.articleIds.isEmpty() && !filter.articleIds.contains(annotation.articleId))
            continue;
        if (!filter.includeArticleNotes && annotation.isArticleNote())
            continue;
        if (!filter.includeOrphans && annotation.isOrphan)
            continue;
        const auto day = annotation.created.toUTC().date();
        if ((filter.from.isValid() && day < filter.from) || (filter.to.isValid() && day > filter.to))
            continue;
        if (!filter.tags.isEmpty()
            && std::none_of(filter.tags.begin(), filter.tags.end(), [&annotation](const QString &tag) {
                   return annotation.tags.contains(normalizedTags({tag}).value(0), Qt::CaseInsensitive);
               }))
            continue;
        result << annotation;
    }
    return result;
}

QList<Annotation> AnnotationStore::annotationsFor(const Article &article, ReanchorReport *report)
{
    const auto found = findArticle(article);
    if (!found)
        return {};
    auto record = *found;
    auto stored = annotations(record.id);
    const auto text = article.text();
    const auto hash = textHash(text);
    if (record.textHash == hash && record.cleanerVersion == article.cleanerVersion)
        return stored;

    ReanchorReport counts;
    if (!m_db->transaction())
        return stored;
    QList<Annotation> changed;
    for (auto &annotation : stored) {
        if (annotation.isArticleNote())
            continue;
        const auto anchor = Anchoring::anchor(text, annotation.selector);
        auto updated = annotation;
        switch (anchor.method) {
        case AnchorMethod::Position:
            ++counts.unchanged;
            updated.isOrphan = false;
            break;
        case AnchorMethod::ExactQuote:
            ++counts.moved;
            // The same words (up to whitespace and quote style): take the new text's spelling.
            updated.selector = TextSelector::fromText(text, anchor.start, anchor.end);
            updated.isOrphan = false;
            break;
        case AnchorMethod::Fuzzy:
            ++counts.fuzzy;
            // Keep the reader's quote and context: the next re-anchoring starts from them, not
            // from a drifting approximation.
            updated.selector.start = anchor.start;
            updated.selector.end = anchor.end;
            updated.isOrphan = false;
            break;
        case AnchorMethod::Orphan:
            ++counts.orphaned;
            updated.isOrphan = true;
            break;
        }
        if (!updated.isOrphan)
            updated.cleanerVersion = article.cleanerVersion;
        if (updated == annotation)
            continue;
        if (!write(updated)) {
            m_db->rollback();
            return stored;
        }
        annotation = updated;
        changed << updated;
    }
    record.textHash = hash;
    record.cleanerVersion = article.cleanerVersion;
    if (!updateArticle(record) || !m_db->commit()) {
        m_db->rollback();
        return annotations(record.id);
    }
    if (report)
        *report = counts;
    qCDebug(lcStore) << "re-anchored" << record.id << counts.unchanged << counts.moved << counts.fuzzy << counts.orphaned;
    for (const auto &annotation : std::as_const(changed))
        Q_EMIT annotationChanged(annotation);
    Q_EMIT articleReanchored(record.id);
    return annotations(record.id);
}

// --- Changes ---

bool AnnotationStore::writeTags(const QString &id, const QStringList &tags)
{
    if (!m_db->run(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s, {id}))
        return false;
    for (const auto &tag : tags) {
        if (!m_db->run(u"INSERT OR IGNORE INTO tags (name) VALUES (?)"_s, {tag})
            || !m_db->run(u"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                         "SELECT ?, id FROM tags WHERE name = ?"_s,
                         {id, tag}))
            return false;
    }
    return m_db->run(u"DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)"_s);
}

bool AnnotationStore::write(const Annotation &annotation)
{
    const auto &s = annotation.selector;
    return m_db->run(u"INSERT INTO annotations (id, article_id, kind, exact, prefix, suffix, start_position, "
                    "end_position, cleaner_version, colour, note, created, modified, is_orphan) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "article_id = excluded.article_id, kind = excluded.kind, exact = excluded.exact, "
                    "prefix = excluded.prefix, suffix = excluded.suffix, start_position = excluded.start_position, "
                    "end_position = excluded.end_position, cleaner_version = excluded.cleaner_version, "
                    "colour = excluded.colour, note = excluded.note, created = excluded.created, "
                    "modified = excluded.modified, is_orphan = excluded.is_orphan"_s,
                    {annotation.id, annotation.articleId, annotationKindName(annotation.kind), sqlText(s.exact),
                     sqlText(s.prefix), sqlText(s.suffix), qint64(s.start), qint64(s.end), annotation.cleanerVersion,
                     annotation.colour, sqlText(annotation.note), sqlText(timestamp(annotation.created)),
                     sqlText(timestamp(annotation.modified)), annotation.isOrphan ? 1 : 0})
        && writeTags(annotation.id, normalizedTags(annotation.tags));
}

bool AnnotationStore::erase(const QString &id)
{
    return m_db->run(u"DELETE FROM annotations WHERE id = ?"_s, {id})
        && m_db->run(u"DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)"_s);
}

AnnotationChange AnnotationStore::commitChange(AnnotationChange change)
{
    if (!change.isValid() || !m_db->transaction())
        return {};
    const bool isWritten = change.after ? write(*change.after) : erase(change.before->id);
    if (!isWritten || !m_db->commit()) {
        m_db->rollback();
        return {};
    }
    if (change.after)
        Q_EMIT annotationChanged(*change.after);
    else
        Q_EMIT annotationRemoved(change.before->id, change.before->articleId);
    return change;
}

AnnotationChange AnnotationStore::modify(const QString &id, const std::function<bool(Annotation &)> &edit)
{
    const auto before = annotation(id);
    if (!before) {
        fail(u"no annotation with id %1"_s.arg(id));
        return {};
    }
    auto after = *before;
    if (!edit(after))
        return {};
    after.tags = normalizedTags(after.tags);
    if (after == *before)
        return AnnotationChange{before, after}; // nothing to write; undo and redo are no-ops
    after.modified = std::max(m_clock(), before->modified);
    return commitChange({before, after});
}

AnnotationChange AnnotationStore::addHighlight(const Article &article, qsizetype start, qsizetype end, int colour,
                                               const QString &note, const QStringList &tags)
{
    const auto record = ensureArticle(article);
    if (!record)
        return {};
    return addHighlight(record->id, article.text(), article.cleanerVersion, start, end, colour, note, tags);
}

AnnotationChange AnnotationStore::addHighlight(const QString &articleId, const QString &text, int cleanerVersion,
                                               qsizetype start, qsizetype end, int colour, const QString &note,
                                               const QStringList &tags)
{
    if (start < 0 || end <= start || end > text.size()) {
        fail(u"the selection %1–%2 is not a passage of the text (%3 characters)"_s.arg(start).arg(end).arg(text.size()));
        return {};
    }
    if (colour < 0 || colour >= Annotation::ColourCount) {
        fail(u"colour %1 is not one of 0–%2"_s.arg(colour).arg(Annotation::ColourCount - 1));
        return {};
    }
    Annotation annotation;
    annotation.id = newId();
    annotation.articleId = articleId;
    annotation.selector = TextSelector::fromText(text, start, end);
    annotation.cleanerVersion = cleanerVersion;
    annotation.colour = colour;
    annotation.note = note;
    annotation.tags = normalizedTags(tags);
    annotation.created = m_clock();
    annotation.modified = annotation.created;
    return commitChange({std::nullopt, annotation});
}

AnnotationChange AnnotationStore::setArticleNote(const Article &article, const QString &markdown)
{
    const auto record = markdown.isEmpty() ? findArticle(article) : ensureArticle(article);
    if (!record)
        return {};
    const auto existing = articleNote(record->id);
    if (existing) {
        if (markdown.isEmpty())
            return commitChange({existing, std::nullopt});
        return setNote(existing->id, markdown);
    }
    if (markdown.isEmpty()) {
        fail(u"the article has no note to delete"_s);
        return {};
    }
    Annotation note;
    note.id = newId();
    note.articleId = record->id;
    note.kind = AnnotationKind::ArticleNote;
    note.cleanerVersion = article.cleanerVersion;
    note.note = markdown;
    note.created = m_clock();
    note.modified = note.created;
    return commitChange({std::nullopt, note});
}

AnnotationChange AnnotationStore::setNote(const QString &id, const QString &markdown)
{
    return modify(id, [&markdown](Annotation &annotation) {
        annotation.note = markdown;
        return true;
    });
}

AnnotationChange AnnotationStore::setColour(const QString &id, int colour)
{
    if (colour < 0 || colour >= Annotation::ColourCount) {
        fail(u"colour %1 is not one of 0–%2"_s.arg(colour).arg(Annotation::ColourCount - 1));
        return {};
    }
    return modify(id, [colour](Annotation &annotation) {
        annotation.colour = colour;
        return true;
    });
}

AnnotationChange AnnotationStore::setTags(const QString &id, const QStringList &tags)
{
    return modify(id, [&tags](Annotation &annotation) {
        annotation.tags = normalizedTags(tags);
        return true;
    });
}

AnnotationChange AnnotationStore::addTag(const QString &id, const QString &tag)
{
    return modify(id, [&tag](Annotation &annotation) {
        annotation.tags = normalizedTags(annotation.tags + QStringList{tag});
        return true;
    });
}

AnnotationChange AnnotationStore::removeTag(const QString &id, const QString &tag)
{
    return modify(id, [&tag](Annotation &annotation) {
        const auto name = normalizedTags({tag}).value(0);
        annotation.tags.removeIf([&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
        return true;
    });
}

AnnotationChange AnnotationStore::remove(const QString &id)
{
    const auto before = annotation(id);
    if (!before) {
        fail(u"no annotation with id %1"_s.arg(id));
        return {};
    }
    return commitChange({before, std::nullopt});
}

AnnotationChange AnnotationStore::reattach(const QString &id, qsizetype start, qsizetype end, const QString &text,
                                           int cleanerVersion)
{
    if (start < 0 || end <= start || end > text.size()) {
        fail(u"the selection %1–%2 is not a passage of the text"_s.arg(start).arg(end));
        return {};
    }
    return modify(id, [&](Annotation &annotation) {
        if (annotation.isArticleNote())
            return fail(u"an article note has no passage to re-attach"_s);
        annotation.selector = TextSelector::fromText(text, start, end);
        if (cleanerVersion >= 0)
            annotation.cleanerVersion = cleanerVersion;
        annotation.isOrphan = false;
        return true;
    });
}

bool AnnotationStore::restore(const Annotation &annotation)
{
    const auto before = this->annotation(annotation.id);
    return commitChange({before, annotation}).isValid();
}

bool AnnotationStore::removeById(const QString &id)
{
    const auto before = annotation(id);
    if (!before)
        return true; // already gone: undoing an add twice is harmless
    return commitChange({before, std::nullopt}).isValid();
}

bool AnnotationStore::undo(const AnnotationChange &change)
{
    if (!change.isValid())
        return fail(u"nothing to undo"_s);
    return change.before ? restore(*change.before) : removeById(change.after->id);
}

bool AnnotationStore::redo(const AnnotationChange &change)
{
    if (!change.isValid())
        return fail(u"nothing to redo"_s);
    return change.after ? restore(*change.after) : removeById(change.before->id);
}

} // namespace Attache
