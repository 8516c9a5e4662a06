#include "library/libraryindexer.h"

#include "analyze/analyzer.h"
#include "core/database.h"
#include "core/logging.h"
#include "ingest/articlefiles.h"
#include "library/libraryindex.h"
#include "library/libraryindexwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

QString likePrefix(const QString &root)
{
    auto escaped = root;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return escaped + u"/%"_s;
}

bool isUnder(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + u'/');
}

struct KnownFile
{
    qint64 size = 0;
    qint64 mtime = 0;
    QString hash;
    bool isOutdated = false;
};

// Runs on a worker thread with its own read connection.
ScanResult scanFolders(const QStringList &roots, const QString &databasePath)
{
    ScanResult result;
    Database db;
    QHash<QString, KnownFile> known;
    if (db.open(databasePath)) {
        for (const auto &root : roots) {
            auto query = db.exec(u"SELECT path, size, mtime, content_hash, cleaner_version, analyzer_version FROM files"
                                 " WHERE path = ? OR path LIKE ? ESCAPE '\\'"_s,
                                 {root, likePrefix(root)});
            while (query.next()) {
                known.insert(query.value(0).toString(),
                             KnownFile{query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString(),
                                       query.value(4).toInt() != LibraryIndex::cleanerVersion()
                                           || query.value(5).toInt() != LibraryIndex::analyzerVersion()});
            }
        }
    }
    db.close();

    QSet<QString> seen;
    QStringList unreadable;
    QSet<QString> visited;
    auto takeFile = [&](const QFileInfo &entry) {
        const auto path = entry.absoluteFilePath();
        if (!isArticleFile(entry))
            return;
        seen.insert(path);
        if (!entry.isReadable()) {
            result.skipped << SkippedFile{path, u"file cannot be read (permission denied)"_s};
            return;
        }
        result.files << path;
        const auto found = known.constFind(path);
        if (found != known.cend() && !found->isOutdated && found->size == entry.size()
            && found->mtime == entry.lastModified().toMSecsSinceEpoch()) {
            ++result.unchanged;
            return;
        }
        result.tasks << FileTask{path, found != known.cend() ? found->hash : QString(),
                                 found != known.cend() && found->isOutdated};
    };
    for (const auto &root : roots) {
        // A single article file added on its own is a root too.
        if (const QFileInfo rootInfo(root); rootInfo.isFile()) {
            takeFile(rootInfo);
            continue;
        }
        QStringList stack{root};
        while (!stack.isEmpty()) {
            const auto dirPath = stack.takeLast();
            const QFileInfo dirInfo(dirPath);
            if (!dirInfo.exists())
                continue; // removed: what was indexed under it goes below
            const auto canonical = dirInfo.canonicalFilePath();
            if (visited.contains(canonical))
                continue;
            visited.insert(canonical);
            QDir dir(dirPath);
            if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
                result.skipped << SkippedFile{dirPath, u"folder cannot be read (permission denied)"_s};
                unreadable << dirPath;
                continue;
            }
            result.dirs << dirPath;
            const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const auto &entry : entries) {
                if (entry.isDir()) {
                    // Symlinked folders are not followed: a link loop cannot trap the scan, and
                    // a folder linked in twice is not indexed twice.
                    if (entry.isSymLink())
                        result.skipped << SkippedFile{entry.absoluteFilePath(), u"symbolic link to a folder, not followed"_s};
                    else
                        stack << entry.absoluteFilePath();
                    continue;
                }
                takeFile(entry);
            }
        }
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const bool isHidden = std::any_of(unreadable.cbegin(), unreadable.cend(),
                                          [&](const QString &dir) { return isUnder(it.key(), dir); });
        if (!isHidden)
            result.removed << it.key();
    }
    return result;
}

} // namespace

// The writer thread's side: batches results into transactions on its own connection.
class LibraryIndexer::Writer final : public QObject
{
public:
    Writer(const QString &databasePath, LibraryIndexer *owner)
        : m_databasePath(databasePath)
        , m_owner(owner)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(150);
        connect(&m_timer, &QTimer::timeout, this, &Writer::flush);
    }

    void setBatchSize(int files) { m_batchSize = std::max(1, files); }

    // Workers call this before handing over a result: it blocks while the writer is this far
    // behind, so that a slow disk cannot make processed articles pile up in memory.
    void waitForRoom() { m_room.acquire(); }

    void add(FileResult result)
    {
        m_pending << std::move(result);
        if (m_pending.size() >= m_batchSize)
            flush();
        else if (!m_timer.isActive())
            m_timer.start();
    }

    void flush()
    {
        m_timer.stop();
        if (m_pending.isEmpty() || !ensureOpen())
            return;
        WriteOutcome outcome;
        const auto batch = std::exchange(m_pending, {});
        const double start = threadCpuSeconds();
        if (!m_writer->writeBatch(batch, &outcome))
            qCWarning(lcLibrary).noquote() << "a batch could not be written:" << m_db.lastError();
        for (const auto &result : batch)
            outcome.times += result.times;
        outcome.times.write += threadCpuSeconds() - start;
        m_room.release(int(batch.size()));
        post(outcome);
    }

    void finish(const QStringList &removals)
    {
        flush();
        if (!removals.isEmpty() && ensureOpen()) {
            WriteOutcome outcome;
            if (!m_writer->removeFiles(removals, &outcome))
                qCWarning(lcLibrary).noquote() << "removed files could not be forgotten:" << m_db.lastError();
            post(outcome);
        }
        // Between jobs the writer keeps no copy of the index: memory goes back, and the next job
        // starts from what is stored.
        if (m_writer)
            m_writer->releaseCaches();
        QMetaObject::invokeMethod(m_owner, [owner = m_owner] { owner->onJobFinished(); }, Qt::QueuedConnection);
    }

private:
    bool ensureOpen()
    {
        if (m_db.isOpen())
            return true;
        if (!m_db.open(m_databasePath)) {
            qCWarning(lcLibrary).noquote() << "the indexer cannot open" << m_databasePath << m_db.lastError();
            m_room.release(int(m_pending.size()));
            m_pending.clear();
            return false;
        }
        // What this connection writes can always be rebuilt from the files, so its commits need
        // not wait for the disk: in WAL mode, NORMAL still survives a crash of Attaché (only a
        // power cut may lose the last batches, which the next scan indexes again). Triage is
        // written by the UI's connection, which keeps FULL.
        m_db.run(u"PRAGMA synchronous = NORMAL"_s);
        // The full-text index and the band table are read back for every article written; a
        // page cache of 64 MB keeps a large library's hot pages out of the kernel's way.
        m_db.run(u"PRAGMA cache_size = -65536"_s);
        // Merge the full-text index's segments in larger steps: fewer merges while indexing (the
        // writer is the indexer's narrowest stage), a few more segments for a search to read.
        m_db.run(u"INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16)"_s);
        // Copy the log into the database in larger steps (16 MB, not 4): the pages of the
        // full-text index and the indexes, rewritten batch after batch, are copied once a step.
        m_db.run(u"PRAGMA wal_autocheckpoint = 4096"_s);
        m_writer = std::make_unique<IndexWriter>(m_db);
        return true;
    }

    void post(WriteOutcome outcome)
    {
        outcome.normalize();
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, outcome] { owner->onBatchWritten(outcome); }, Qt::QueuedConnection);
    }

    QString m_databasePath;
    LibraryIndexer *m_owner;
    Database m_db;
    std::unique_ptr<IndexWriter> m_writer;
    QList<FileResult> m_pending;
    QTimer m_timer{this};
    int m_batchSize = 64;
    QSemaphore m_room{1024};
};

LibraryIndexer::LibraryIndexer(LibraryIndex *index, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_analyzer(std::make_unique<Analyzer>())
{
    m_writer = new Writer(index->path(), this);
    m_writer->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(u"attache-index-writer"_s);
    m_writerThread.start();

    connect(&m_scanWatcher, &QFutureWatcher<ScanResult>::finished, this, &LibraryIndexer::onScanned);
    connect(&m_processWatcher, &QFutureWatcher<void>::finished, this, &LibraryIndexer::onProcessed);
    connect(&m_processWatcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int value) {
        m_filesDone = m_doneBeforeJob + value;
        Q_EMIT progressChanged(m_filesDone, m_filesTotal);
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        for (const auto &dir : std::as_const(m_pendingDirs))
            m_queue << ScanRequest{dir, false};
        m_pendingDirs.clear();
        startNext();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryIndexer::scheduleRescan);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this](const QString &file) {
                // A file added on its own is rescanned alone, not with the rest of its folder.
                scheduleRescan(m_index->folders().contains(file) ? file : QFileInfo(file).absolutePath());
            });
}

LibraryIndexer::~LibraryIndexer()
{
    m_queue.clear();
    m_processWatcher.cancel();
    m_processWatcher.waitForFinished();
    m_scanWatcher.waitForFinished();
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] { delete writer; }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

void LibraryIndexer::setBatchSize(int files)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, files] { writer->setBatchSize(files); }, Qt::QueuedConnection);
}

bool LibraryIndexer::addPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir() && !(info.isFile() && isArticleFile(info))) {
        if (error)
            *error = !info.exists() ? u"%1: no such file or folder"_s.arg(path)
                                    : u"%1: not a folder or an article file (.txt, .html, .md, feeds, .json)"_s.arg(path);
        return false;
    }
    if (!m_index->addFolder(path)) {
        if (error)
            *error = m_index->lastError();
        return false;
    }
    m_queue << ScanRequest{info.canonicalFilePath(), false};
    startNext();
    return true;
}

void LibraryIndexer::removeFolder(const QString &path)
{
    const auto canonical = QFileInfo(path).canonicalFilePath();
    const auto root = canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    m_index->removeFolder(root);
    const auto watched = m_watcher.directories() + m_watcher.files();
    QStringList unwatch;
    for (const auto &watchedPath : watched) {
        if (isUnder(watchedPath, root))
            unwatch << watchedPath;
    }
    if (!unwatch.isEmpty())
        m_watcher.removePaths(unwatch);
    m_queue << ScanRequest{root, true};
    startNext();
}

void LibraryIndexer::rescan()
{
    for (const auto &folder : m_index->folders())
        m_queue << ScanRequest{folder, false};
    startNext();
}

void LibraryIndexer::cancel()
{
    m_queue.clear();
    m_pendingDirs.clear();
    m_debounce.stop();
    if (m_phase == Phase::Idle)
        return;
    m_isCancelled = true;
    m_processWatcher.cancel();
}

void LibraryIndexer::setWatching(bool isWatching)
{
    m_isWatching = isWatching;
    if (!isWatching) {
        const auto watched = m_watcher.directories() + m_watcher.files();
        if (!watched.isEmpty())
            m_watcher.removePaths(watched);
    }
}

void LibraryIndexer::startNext()
{
    if (m_phase != Phase::Idle || m_queue.isEmpty())
        return;
    if (m_filesTotal == 0 || m_filesDone >= m_filesTotal) {
        m_filesDone = m_doneBeforeJob = m_filesTotal = 0;
        m_stageTimes = {};
    }
    Q_EMIT indexingStarted();
    m_isCancelled = false;
    QStringList roots;
    for (const auto &request : std::exchange(m_queue, {})) {
        if (request.isRemoval) {
            auto query = m_index->database().exec(u"SELECT path FROM files WHERE path LIKE ? ESCAPE '\\'"_s,
                                                  {likePrefix(request.root)});
            while (query.next())
                m_pendingRemovals << query.value(0).toString();
            roots.removeIf([&](const QString &root) { return isUnder(root, request.root); });
            continue;
        }
        if (!roots.contains(request.root))
            roots << request.root;
    }
    // A folder inside another one in the same scan is covered by it.
    QStringList outer;
    for (const auto &root : std::as_const(roots)) {
        const bool isInside = std::any_of(roots.cbegin(), roots.cend(), [&](const QString &other) {
            return other != root && isUnder(root, other);
        });
        if (!isInside)
            outer << root;
    }
    if (outer.isEmpty()) {
        m_phase = Phase::Finishing;
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, removals = std::exchange(m_pendingRemovals, {})] {
            writer->finish(removals);
        }, Qt::QueuedConnection);
        return;
    }
    m_phase = Phase::Scanning;
    m_scanWatcher.setFuture(QtConcurrent::run(scanFolders, outer, m_index->path()));
}

void LibraryIndexer::onScanned()
{
    const auto result = m_scanWatcher.result();
    for (const auto &skipped : result.skipped)
        skip(skipped);
    watch(result.dirs, result.files);
    m_pendingRemovals << result.removed;
    if (m_isCancelled || result.tasks.isEmpty()) {
        onProcessed();
        return;
    }
    m_tasks = result.tasks;
    m_filesTotal += int(m_tasks.size());
    Q_EMIT progressChanged(m_filesDone, m_filesTotal);
    m_phase = Phase::Processing;
    const Analyzer *analyzer = m_analyzer.get();
    Writer *writer = m_writer;
    m_processWatcher.setFuture(QtConcurrent::map(m_tasks, [analyzer, writer](const FileTask &task) {
        auto result = processFile(task, *analyzer);
        writer->waitForRoom();
        QMetaObject::invokeMethod(writer, [writer, result = std::move(result)]() mutable { writer->add(std::move(result)); },
                                  Qt::QueuedConnection);
    }));
}

void LibraryIndexer::onProcessed()
{
    m_doneBeforeJob += int(m_tasks.size());
    m_filesDone = m_doneBeforeJob;
    m_tasks.clear();
    m_phase = Phase::Finishing;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, removals = std::exchange(m_pendingRemovals, {})] {
        writer->finish(removals);
    }, Qt::QueuedConnection);
}

void LibraryIndexer::onBatchWritten(const WriteOutcome &outcome)
{
    for (const auto &skipped : outcome.skipped)
        skip(skipped);
    for (const auto &path : outcome.changedWhileRead)
        scheduleRescan(QFileInfo(path).absolutePath());
    m_stageTimes += outcome.times;
    m_index->notifyIndexed(outcome.added, outcome.updated, outcome.removed);
    if (!outcome.added.isEmpty())
        Q_EMIT articlesReady(outcome.added);
}

void LibraryIndexer::onJobFinished()
{
    m_phase = Phase::Idle;
    Q_EMIT progressChanged(m_filesDone, m_filesTotal);
    if (!m_queue.isEmpty() && !m_isCancelled) {
        startNext();
        return;
    }
    m_isCancelled = false;
    Q_EMIT indexingFinished();
}

void LibraryIndexer::watch(const QStringList &dirs, const QStringList &files)
{
    if (!m_isWatching)
        return;
    const auto watchedDirs = m_watcher.directories();
    const QSet<QString> alreadyDirs(watchedDirs.cbegin(), watchedDirs.cend());
    QStringList newDirs;
    for (const auto &dir : dirs) {
        if (!alreadyDirs.contains(dir))
            newDirs << dir;
    }
    if (!newDirs.isEmpty()) {
        const auto failed = m_watcher.addPaths(newDirs);
        for (const auto &dir : failed)
            skip(SkippedFile{dir, u"folder cannot be watched (system limit on watches reached?); changes show after a rescan"_s});
    }
    const auto watchedFiles = m_watcher.files();
    const QSet<QString> alreadyFiles(watchedFiles.cbegin(), watchedFiles.cend());
    QStringList newFiles;
    qsizetype room = m_fileWatchLimit - watchedFiles.size();
    for (const auto &file : files) {
        if (room <= 0)
            break;
        if (!alreadyFiles.contains(file)) {
            newFiles << file;
            --room;
        }
    }
    if (!newFiles.isEmpty())
        m_watcher.addPaths(newFiles); // files over the limit are still seen through their folder
}

void LibraryIndexer::scheduleRescan(const QString &dir)
{
    if (!m_isWatching)
        return;
    m_pendingDirs.insert(dir);
    m_debounce.start();
}

void LibraryIndexer::skip(const SkippedFile &file)
{
    if (m_skipped.contains(file))
        return; // a rescan meets the same unreadable file again
    qCInfo(lcLibrary).noquote() << "skipped" << file.path << "-" << file.reason;
    m_skipped << file;
    Q_EMIT fileSkipped(file.path, file.reason);
}

} // namespace Attache
