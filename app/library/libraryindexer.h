#pragma once

#include "library/libraryindexwriter.h"
#include "library/librarytypes.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Attache {

class Analyzer;
class LibraryIndex;

// What a scan found: files to (re)process, indexed files that are gone, folders to watch.
struct ScanResult
{
    QList<FileTask> tasks;
    QStringList removed;
    QStringList dirs;
    QStringList files;
    QList<SkippedFile> skipped;
    int unchanged = 0;
};

// Keeps a LibraryIndex in step with the user's folders. Folders are scanned recursively (symlinked
// folders are not followed, so a link loop cannot trap the scan) and watched: new, changed, moved
// and deleted files are picked up while Attaché runs, after a short debounce.
//
// Threads: scanning runs on a worker; cleaning and analysis on the global thread pool (all cores,
// or --jobs); database writes in batches on one writer thread with its own connection. The UI
// thread only receives progress and "these ids are ready" — it never waits for a file.
// Files that cannot be indexed are recorded in skipped() with the reason; the rest go on.
class LibraryIndexer final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryIndexer(LibraryIndex *index, QObject *parent = nullptr);
    ~LibraryIndexer() override; // cancels and waits for the running work

    // Records the folder (or a single article file) in the index and indexes it. False (with
    // `error`) if it is neither.
    bool addPath(const QString &path, QString *error = nullptr);
    // Forgets the folder and every article indexed from it.
    void removeFolder(const QString &path);
    // Scans every folder again: picks up changes made while Attaché was closed, files indexed by
    // an older cleaner or analyser, and after a damaged index was rebuilt, everything.
    void rescan();
    // Stops after the files being processed now; what was written stays.
    void cancel();

    bool isIndexing() const { return m_phase != Phase::Idle || !m_queue.isEmpty(); }
    int filesDone() const { return m_filesDone; }
    int filesTotal() const { return m_filesTotal; }
    const QList<SkippedFile> &skipped() const { return m_skipped; }
    // Where the time of the files processed since indexing last started from idle went.
    const IndexStageTimes &stageTimes() const { return m_stageTimes; }
    void clearSkipped() { m_skipped.clear(); }

    // Watching is on by default; the command line turns it off.
    void setWatching(bool isWatching);
    bool isWatching() const { return m_isWatching; }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    // Individual files are watched too (to see in-place edits) up to this many; folders always.
    void setFileWatchLimit(int files) { m_fileWatchLimit = files; }
    // Files per write transaction (default 64): larger is faster, smaller shows articles sooner.
    void setBatchSize(int files);

Q_SIGNALS:
    void indexingStarted();
    void progressChanged(int filesDone, int filesTotal);
    void articlesReady(const QList<qint64> &ids); // new entries, already in the index
    void fileSkipped(const QString &path, const QString &reason);
    void indexingFinished(); // nothing left to do (also after cancel)

private:
    enum class Phase { Idle, Scanning, Processing, Finishing };
    struct ScanRequest
    {
        QString root;
        bool isRemoval = false; // forget everything under root
    };
    class Writer;

    void startNext();
    void onScanned();
    void onProcessed();
    void onBatchWritten(const WriteOutcome &outcome);
    void onJobFinished();
    void watch(const QStringList &dirs, const QStringList &files);
    void scheduleRescan(const QString &dir);
    void skip(const SkippedFile &file);

    LibraryIndex *m_index;
    std::unique_ptr<Analyzer> m_analyzer;
    QThread m_writerThread;
    Writer *m_writer = nullptr; // lives on m_writerThread
    Phase m_phase = Phase::Idle;
    bool m_isCancelled = false;
    QList<ScanRequest> m_queue;
    QStringList m_pendingRemovals;
    QList<FileTask> m_tasks; // the processing job's input; QtConcurrent::map needs it alive
    QFutureWatcher<ScanResult> m_scanWatcher;
    QFutureWatcher<void> m_processWatcher;
    int m_filesDone = 0;
    int m_filesTotal = 0;
    int m_doneBeforeJob = 0;
    QList<SkippedFile> m_skipped;
    IndexStageTimes m_stageTimes;
    QFileSystemWatcher m_watcher;
    bool m_isWatching = true;
    int m_fileWatchLimit = 20000;
    QSet<QString> m_pendingDirs;
    QTimer m_debounce;
};

} // namespace Attache
