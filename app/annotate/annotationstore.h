#pragma once

#include "annotate/anchoring.h"
#include "annotate/annotation.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Attache {

class Database;

struct Article;

// Which annotations a brief or an export takes.
struct AnnotationFilter
{
    QStringList tags;       // any of them, case-insensitive; empty: no condition
    QStringList articleIds; // empty: every article
    QDate from;             // inclusive, on the creation date (UTC); invalid: open-ended
    QDate to;
    bool includeArticleNotes = true;
    bool includeOrphans = true;
};

// What re-anchoring an article's annotations in its current text did.
struct ReanchorReport
{
    int unchanged = 0; // the stored position still held the quote
    int moved = 0;     // the quote was found elsewhere
    int fuzzy = 0;     // an approximate match was taken
    int orphaned = 0;  // not found: flagged, kept
};

struct ImportResult
{
    int articlesAdded = 0;
    int annotationsAdded = 0;
    int annotationsUpdated = 0; // the imported copy was newer
    int annotationsKept = 0;    // the local copy was as new or newer
    QStringList warnings;
    QString error;              // set when nothing was imported

    bool isOk() const { return error.isEmpty(); }
};

// The reader's highlights, notes and tags, in their own SQLite file (WAL, synchronous=FULL), apart
// from the rebuildable library index.
//
// Contract: every mutating call runs in one transaction and returns only after the commit; a
// valid AnnotationChange (or true) means the change is on disk and survives a crash. Each change
// returns its before and after states so that undo()/redo() can invert it exactly (wrap them in
// a QUndoCommand). Signals fire after the commit, for item models.
//
// open() checks the file; a damaged one is moved aside and the newest good automatic backup is
// restored (recoveryMessage() says what happened). A backup (VACUUM INTO) is made at open when
// the newest is older than a day; BackupsKept are kept.
//
// Lives in the thread that opened it (a Qt SQL rule).
class AnnotationStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int BackupsKept = 7;

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    // Where the store reads the time for created/modified stamps, backups and exports: the
    // system clock (UTC) unless a test sets its own.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);

    // <AppDataLocation>/annotations.sqlite
    static QString defaultPath();

    bool open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Non-empty when open() found the file damaged: what was moved where, what was restored.
    QString recoveryMessage() const { return m_recoveryMessage; }
    bool wasRecovered() const { return !m_recoveryMessage.isEmpty(); }
    QString backupDirectory() const;
    QStringList backups() const; // newest first, absolute paths
    bool makeBackup();           // today's backup now, replacing today's if any
    QString integrityCheck();
    // The connection itself, for diagnostics and tests (PRAGMA queries); not for changes.
    Database &database();

    // --- Articles ---
    // Finds the article's record by content hash, then URL, then location, then a unique title,
    // so that moved, renamed or re-downloaded files keep their annotations; records where and
    // how it was seen. No record is created.
    std::optional<AnnotatedArticle> findArticle(const Article &article);
    // findArticle(), creating the record when there is none.
    std::optional<AnnotatedArticle> ensureArticle(const Article &article);
    std::optional<AnnotatedArticle> articleById(const QString &id) const;
    QList<AnnotatedArticle> articles() const; // those with at least one annotation, by title

    // --- Reading ---
    // The article's annotations anchored in its current text: when the text differs from the
    // one they were anchored in (new cleaner, edited file), every highlight is re-anchored and
    // the new positions and orphan flags are committed. Article note first, then highlights in
    // reading order, orphans last.
    QList<Annotation> annotationsFor(const Article &article, ReanchorReport *report = nullptr);
    QList<Annotation> annotations(const QString &articleId) const; // as stored, same order
    QList<Annotation> allAnnotations() const;
    QList<Annotation> select(const AnnotationFilter &filter) const;
    std::optional<Annotation> annotation(const QString &id) const;
    std::optional<Annotation> articleNote(const QString &articleId) const;
    QList<Annotation> orphans(const QString &articleId = {}) const;
    QStringList allTags() const;

    // --- Changes: one transaction each; invalid result on failure (see lastError()) ---
    AnnotationChange addHighlight(const Article &article, qsizetype start, qsizetype end, int colour = 0,
                                  const QString &note = {}, const QStringList &tags = {});
    // The same, for an article already known: `text` is its current canonical text.
    AnnotationChange addHighlight(const QString &articleId, const QString &text, int cleanerVersion, qsizetype start,
                                  qsizetype end, int colour = 0, const QString &note = {},
                                  const QStringList &tags = {});
    // Sets the note about the whole article; an empty text deletes it.
    AnnotationChange setArticleNote(const Article &article, const QString &markdown);
    AnnotationChange setNote(const QString &id, const QString &markdown);
    AnnotationChange setColour(const QString &id, int colour);
    AnnotationChange setTags(const QString &id, const QStringList &tags);
    AnnotationChange addTag(const QString &id, const QString &tag);
    AnnotationChange removeTag(const QString &id, const QString &tag);
    AnnotationChange remove(const QString &id);
    // Attaches a highlight (typically an orphan) to a new passage of the article's current text;
    // `cleanerVersion` of that text, or -1 to keep the recorded one.
    AnnotationChange reattach(const QString &id, qsizetype start, qsizetype end, const QString &text,
                              int cleanerVersion = -1);

    // Writes the annotation exactly as given (creating or replacing), or deletes one.
    bool restore(const Annotation &annotation);
    bool removeById(const QString &id);
    bool undo(const AnnotationChange &change);
    bool redo(const AnnotationChange &change);

    // --- Exchange ---
    // Everything (or the given articles) as one JSON document: articles with their annotations.
    QByteArray exportJson(const QStringList &articleIds = {}) const;
    // Merges by annotation id (the newer `modified` wins) and finds articles by id, content
    // hash or URL. All or nothing: one transaction.
    ImportResult importJson(const QByteArray &json);

    static QString textHash(const QString &text);

Q_SIGNALS:
    void annotationChanged(const Attache::Annotation &annotation); // added or modified
    void annotationRemoved(const QString &id, const QString &articleId);
    void articleReanchored(const QString &articleId);
    void annotationsReset(); // after an import: reload everything

private:
    bool fail(const QString &what) const;
    bool openChecked(const QString &path);
    QString checkFile(const QString &path) const;
    bool recover(const QString &problem);
    void makeBackupIfDue();
    std::optional<AnnotatedArticle> queryArticle(const QString &condition, const QVariantList &values) const;
    bool insertArticle(const AnnotatedArticle &article);
    bool updateArticle(const AnnotatedArticle &article);
    QList<Annotation> queryAnnotations(const QString &condition, const QVariantList &values) const;
    bool write(const Annotation &annotation);
    bool writeTags(const QString &id, const QStringList &tags);
    bool erase(const QString &id);
    // Runs `change` (which edits a copy of the annotation) in a transaction.
    AnnotationChange modify(const QString &id, const std::function<bool(Annotation &)> &change);
    AnnotationChange commitChange(AnnotationChange change);

    std::unique_ptr<Database> m_db; // core/database.h stays out of this header
    QString m_path;
    mutable QString m_lastError;
    QString m_recoveryMessage;
    Clock m_clock;
};

} // namespace Attache
