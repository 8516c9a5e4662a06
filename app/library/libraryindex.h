#pragma once

#include "clean/article.h"
#include "library/libraryquery.h"
#include "library/librarytypes.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Attache {

class Database;

// The library's index: one SQLite file (library.sqlite under the app data location, apart from
// the annotations) with what the indexer learnt about every article file in the user's folders
// (metadata, the cleaned article, entities, events, full text, duplicate groups) and the
// analyst's triage. Everything but triage and saved searches can be rebuilt from the files, and
// is: a damaged file is moved aside and a fresh index is filled again from the folders.
//
// Thread: lives on the thread that opened it (the UI thread) and holds that thread's connection.
// LibraryIndexer writes through its own connection on its own thread and reports here, so that
// the signals below come from one place.
class LibraryIndex final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryIndex(QObject *parent = nullptr);
    ~LibraryIndex() override;

    static QString defaultPath(); // <AppDataLocation>/library.sqlite
    // Versions stamped on indexed files; a newer one re-processes them in the background.
    static int cleanerVersion();
    static int analyzerVersion();

    // Opens or creates the index at `path`. A file that is not a healthy index is moved aside
    // (to "<path>.damaged-<time>"), a new one is created, the folder list is recovered from the
    // side file "<path>.folders", and recoveryMessage() says what happened. False only when no
    // index can be created at all (lastError() says why).
    bool open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const { return m_lastError; }
    QString recoveryMessage() const { return m_recoveryMessage; }
    // Reads every page (PRAGMA quick_check; about a second per 200 MB): empty when healthy, else the
    // problem. open() checks less, to start fast; run this when idle, and on a problem close the
    // index, move the file aside and open() again to rebuild.
    QString checkIntegrity();

    // Folders the user added. Recording one does not scan it: LibraryIndexer does.
    QStringList folders();
    bool addFolder(const QString &path);
    bool removeFolder(const QString &path);

    // Reading. Ids are stable for the life of an article (across re-indexing and moves).
    int articleCount(bool includesCopies = false);
    std::optional<ArticleSummary> summary(qint64 id);
    QList<ArticleSummary> summaries(const QList<qint64> &ids); // in the order given; unknown ids left out
    std::optional<Article> article(qint64 id);                 // the cleaned article as indexed
    QList<ArticleEntity> entities(qint64 id);                   // most mentioned first
    QList<ArticleEvent> events(qint64 id);                      // by date
    // The events of many articles at once (the library-wide timeline), as (article id, event).
    QList<std::pair<qint64, ArticleEvent>> events(const QList<qint64> &ids);
    // Entities across these articles (all entries when empty), most articles first.
    QList<EntityTotal> entityTotals(const QList<qint64> &ids = {});
    QList<qint64> copiesOf(qint64 id);                          // duplicates grouped under this entry
    QList<qint64> idsForPath(const QString &path);              // the articles of one file

    // Search (see LibraryQuery for the syntax). Ids come in the requested order.
    struct SearchResult
    {
        QList<qint64> ids;
        QList<MatchHighlights> highlights; // parallel to ids with SearchOptions::includesSnippets (no textRanges)
        QStringList warnings; // what was not understood or not available, for the search field
        QString error;        // set when the search could not run
        bool isOk() const { return error.isEmpty(); }
    };
    SearchResult search(const QString &query, const SearchOptions &options = {});
    SearchResult search(const LibraryQuery &query, const SearchOptions &options = {});
    // Snippet and highlight ranges of the query's words in one article (empty without words).
    MatchHighlights highlights(qint64 id, const QString &query);
    void setAnnotationLookup(const AnnotationLookup &lookup) { m_annotationLookup = lookup; }

    // Views: the built-in Inbox, Later, Starred, Archive, All, then the saved searches by name.
    static QList<SavedSearch> builtInViews();
    QList<SavedSearch> views();
    std::optional<SavedSearch> view(const QString &name); // case-insensitive
    bool saveSearch(const SavedSearch &search);            // replaces one of the same name
    bool removeSavedSearch(const QString &name);

    // Triage. Each setter returns the values before the change (empty on failure), which
    // restoreTriage() puts back: that pair is the undo. Emits triageChanged.
    QList<TriageValues> triage(const QList<qint64> &ids);
    QList<TriageValues> setState(const QList<qint64> &ids, TriageState state);
    QList<TriageValues> setStarred(const QList<qint64> &ids, bool isStarred);
    QList<TriageValues> setRead(const QList<qint64> &ids, bool isRead);
    QList<TriageValues> setPriority(const QList<qint64> &ids, int priority); // 0–3
    QList<TriageValues> setMarked(const QList<qint64> &ids, bool isMarked);
    bool restoreTriage(const QList<TriageValues> &values);
    QList<qint64> markedIds();

    // The UI thread's connection, for LibraryIndexer's reads. Not for other threads.
    Database &database();

    // Called by LibraryIndexer when its writer committed a batch.
    void notifyIndexed(const QList<qint64> &added, const QList<qint64> &updated, const QList<qint64> &removed);

Q_SIGNALS:
    void articlesAdded(const QList<qint64> &ids);   // new entries, visible now
    void articlesUpdated(const QList<qint64> &ids); // re-indexed text or metadata, or regrouped
    void articlesRemoved(const QList<qint64> &ids); // their files are gone
    void triageChanged(const QList<qint64> &ids);
    void savedSearchesChanged();
    void recovered(const QString &message); // the index was damaged and is being rebuilt

private:
    bool openHealthy(const QString &path, QString *problem);
    void writeFolderSideFile();
    QList<TriageValues> update(const QList<qint64> &ids, const QString &column, const QVariant &value);
    bool fail(const QString &what);

    std::unique_ptr<Database> m_db; // core/database.h stays out of this header
    QString m_lastError;
    QString m_recoveryMessage;
    AnnotationLookup m_annotationLookup;
};

} // namespace Attache
