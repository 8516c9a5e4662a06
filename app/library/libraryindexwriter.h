#pragma once

#include "analyze/analysis.h"
#include "clean/article.h"
#include "library/librarytypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Attache {

class Analyzer;
class Database;

// A MinHash signature of the set of word 3-shingles of a text. The share of equal minima
// estimates the Jaccard similarity of two texts' shingle sets: the same wire story under another
// headline or with another footer scores near 1, different stories on the same topic near 0.
// Deterministic across runs and platforms.
struct TextFingerprint
{
    static constexpr int Rows = 3;   // minima per band
    static constexpr int Bands = 10; // P(candidate) = 1 - (1 - J^3)^10: 0.985 at J = 0.7, 0.03 at J = 0.15
    static constexpr int Size = Rows * Bands;

    std::array<quint32, Size> minima{};
    int wordCount = 0;

    double similarity(const TextFingerprint &other) const;
    std::array<qint64, Bands> bandKeys() const;
    QByteArray toBytes() const;
    static TextFingerprint fromBytes(const QByteArray &bytes);
    bool operator==(const TextFingerprint &) const = default;
};

TextFingerprint textFingerprint(const QString &text);

// The fingerprints of the stored articles and their bands, in memory, for finding the copies
// of a new article: articles sharing a band are compared. The writer builds it from the index
// when it first needs it and keeps it in step with what it stores and removes; held in SQL, the
// band lookups and fingerprint reads were half of the writer's time.
class FingerprintIndex final
{
public:
    void insert(qint64 id, const TextFingerprint &fingerprint);
    void remove(qint64 id);
    void clear();
    qsizetype size() const { return m_fingerprints.size(); }

    // The articles at least `threshold` similar to `fingerprint`, most similar first (then
    // oldest first). Bands holding `maximumBandMembers` or more articles are passed over: they
    // come from phrases common to a source or a genre, not from one story, and looking them up
    // would compare each new article with thousands.
    QList<qint64> similar(const TextFingerprint &fingerprint, double threshold, int maximumBandMembers) const;

private:
    QHash<qint64, TextFingerprint> m_fingerprints;
    QHash<qint64, QList<qint64>> m_bandMembers;
};

// Thread CPU seconds per stage of indexing, summed over the workers and the writer: where the
// time goes. Measured on every run (a few clock reads a file); `attache library add` prints them
// when ATTACHE_INDEX_STAGES is set.
struct IndexStageTimes
{
    double read = 0;    // stat, read, decode, content hash
    double clean = 0;   // ArticleCleaner
    double analyse = 0; // Analyzer (entities with the learned tagger, events, dates)
    double prepare = 0; // what the writer is handed: text, JSON, fingerprint
    double write = 0;   // the writer thread: SQL, full-text index, duplicates
    int files = 0;

    IndexStageTimes &operator+=(const IndexStageTimes &other);
    double total() const { return read + clean + analyse + prepare + write; }
};

// CPU time of the calling thread, in seconds.
double threadCpuSeconds();

// One file the indexer should (re)process, as found by a scan.
struct FileTask
{
    QString path;
    QString knownHash;        // of the indexed version, empty when new
    bool isOutdated = false;  // indexed with an older cleaner or analyser
};

// One article of a processed file, everything the writer stores. processFile() gives the stored
// forms (json, timelineJson, entities) and only the article's metadata; an article given with its
// analysis instead has the stored forms made by the writer.
struct IndexedArticle
{
    Article article;
    QString text;
    QByteArray json;
    ArticleAnalysis analysis;
    QByteArray timelineJson;       // article_timelines.events
    QList<ArticleEntity> entities; // article_entities rows, in the order of first mention
    TextFingerprint fingerprint;
};

// What a worker made of one file: its articles or the reason it was skipped.
struct FileResult
{
    QString path;
    qint64 size = 0;
    qint64 mtime = 0; // ms since the epoch
    QString hash;
    QList<IndexedArticle> articles;
    QString error;
    bool isContentUnchanged = false;   // same bytes as indexed: only size/mtime to update
    bool hasChangedWhileRead = false;  // written to while we read it: try again later
    IndexStageTimes times;             // spent on this file by the worker
};

// Reads, cleans and analyses one file. Reentrant: runs on worker threads.
FileResult processFile(const FileTask &task, const Analyzer &analyzer);

// What a written batch changed, for LibraryIndex's signals.
struct WriteOutcome
{
    QList<qint64> added;
    QList<qint64> updated;
    QList<qint64> removed;
    QList<SkippedFile> skipped;
    QStringList changedWhileRead; // to be tried again
    IndexStageTimes times;        // of the files in the batch, and of writing it
    void normalize(); // one mention per id, the strongest (removed > added > updated)
    void append(const WriteOutcome &other);
};

// Stores processed files into the index through one connection, in transactions the caller
// opens (one per batch). Keeps triage across re-indexing (articles are updated in place) and
// across moves (an article whose old file is gone is re-pointed to its new file).
class IndexWriter final
{
public:
    explicit IndexWriter(Database &db);

    // Near-duplicate threshold on the estimated Jaccard similarity of the shingle sets.
    static constexpr double DuplicateSimilarity = 0.7;
    // Shorter texts are never grouped: a few words say too little about the story.
    static constexpr int MinimumDuplicateWords = 30;
    // See FingerprintIndex::similar().
    static constexpr int MaximumBandMembers = 64;

    bool writeBatch(const QList<FileResult> &results, WriteOutcome *outcome);
    bool removeFiles(const QStringList &paths, WriteOutcome *outcome);
    // Frees what the writer keeps in memory between batches; it is read again when needed.
    void releaseCaches();

private:
    bool writeFile(const FileResult &result, WriteOutcome *outcome);
    bool removeFile(const QString &path, WriteOutcome *outcome);
    bool storeArticle(qint64 fileId, int itemNo, const IndexedArticle &indexed, WriteOutcome *outcome);
    bool removeArticle(qint64 id, WriteOutcome *outcome);
    bool detach(qint64 id, WriteOutcome *outcome);
    bool group(qint64 id, const TextFingerprint &fingerprint, WriteOutcome *outcome);
    // Runs `insertInto` ("INSERT INTO t (a, b)") over `values`, `columnCount` to a row, several
    // rows a statement: an article brings about thirty events, and a statement per row cost more
    // than storing the rows.
    bool insertRows(const QString &insertInto, int columnCount, const QVariantList &values);
    bool loadFingerprints();

    Database &m_db;
    FingerprintIndex m_fingerprints;
    bool m_hasFingerprints = false; // m_fingerprints holds the index's articles
    QHash<std::pair<QString, qsizetype>, QString> m_insertStatements; // see insertRows()

};

} // namespace Attache
