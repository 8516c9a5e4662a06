#pragma once

#include "analyze/analysis.h"
#include "clean/articlecleaner.h"

#include <QFutureWatcher>
#include <QObject>

namespace Attache {

// One file cleaned and analysed on a worker thread.
struct LoadedFile
{
    CleanResult result;
    QList<ArticleAnalysis> analyses; // one per article of result
};

struct LoadProblem
{
    QString path;
    QString reason;
};

// The articles open in this session. Files are cleaned and analysed on worker threads (all
// cores); articles
// arrive in batches through articlesAdded while the UI keeps running. Files that cannot be read
// are reported through loadProblem, named with their reason, and never stop the others.
class ArticleLibrary final : public QObject
{
    Q_OBJECT

public:
    explicit ArticleLibrary(QObject *parent = nullptr);
    ~ArticleLibrary() override;

    const QList<Article> &articles() const { return m_articles; }
    // Entities, dates and events of articles()[i]; computed while loading.
    const QList<ArticleAnalysis> &analyses() const { return m_analyses; }
    const QList<LoadProblem> &problems() const { return m_problems; }
    qsizetype indexOfPath(const QString &path) const;

    // Expands folders recursively into the article files they hold, sorted for a stable order.
    static QStringList expandPaths(const QStringList &paths);

    // Starts loading in the background; paths already loaded are skipped.
    void load(const QStringList &paths);
    void cancel();
    bool isLoading() const;

Q_SIGNALS:
    void loadingStarted(int fileCount);
    void loadingProgress(int filesDone, int fileCount);
    void articlesAdded(qsizetype first, qsizetype last);
    void loadProblem(const QString &path, const QString &reason);
    void loadingFinished();

private:
    void start(const QStringList &files);
    void takeResults(int begin, int end);

    QList<Article> m_articles;
    QList<ArticleAnalysis> m_analyses;
    QList<LoadProblem> m_problems;
    QSet<QString> m_knownPaths;
    QFutureWatcher<LoadedFile> *m_watcher = nullptr;
    QStringList m_pending; // asked for while a load was running
};

} // namespace Attache
