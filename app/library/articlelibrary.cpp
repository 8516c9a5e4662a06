#include "library/articlelibrary.h"

#include "analyze/analyzer.h"
#include "core/logging.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

bool isArticleFile(const QFileInfo &info)
{
    static const QSet<QString> extensions{u"txt"_s,  u"text"_s, u"html"_s,     u"htm"_s,  u"xhtml"_s,
                                          u"md"_s,   u"markdown"_s, u"rss"_s,  u"atom"_s, u"xml"_s,
                                          u"rdf"_s,  u"json"_s, u"jsonl"_s,    u"ndjson"_s};
    return extensions.contains(info.suffix().toLower());
}

} // namespace

ArticleLibrary::ArticleLibrary(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<LoadedFile>(this))
{
    connect(m_watcher, &QFutureWatcher<LoadedFile>::resultsReadyAt, this, &ArticleLibrary::takeResults);
    connect(m_watcher, &QFutureWatcher<LoadedFile>::progressValueChanged, this,
            [this](int done) { Q_EMIT loadingProgress(done, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcher<LoadedFile>::finished, this, [this] {
        Q_EMIT loadingFinished();
        if (!m_pending.isEmpty())
            start(std::exchange(m_pending, {}));
    });
}

ArticleLibrary::~ArticleLibrary()
{
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

qsizetype ArticleLibrary::indexOfPath(const QString &path) const
{
    const auto found = std::find_if(m_articles.cbegin(), m_articles.cend(),
                                    [&](const Article &article) { return article.path == path; });
    return found == m_articles.cend() ? -1 : std::distance(m_articles.cbegin(), found);
}

QStringList ArticleLibrary::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const auto &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << (path.startsWith(u':') ? path : info.absoluteFilePath());
            continue;
        }
        QStringList found;
        // No symlink following: a link loop cannot trap the scan.
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const auto file = it.nextFileInfo();
            if (isArticleFile(file))
                found << file.absoluteFilePath();
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

void ArticleLibrary::load(const QStringList &paths)
{
    QStringList files;
    for (const auto &file : expandPaths(paths)) {
        if (m_knownPaths.contains(file))
            continue;
        m_knownPaths.insert(file);
        files << file;
    }
    if (files.isEmpty())
        return;
    if (isLoading()) {
        m_pending << files;
        return;
    }
    start(files);
}

void ArticleLibrary::start(const QStringList &files)
{
    qCInfo(lcLibrary) << "loading" << files.size() << "files";
    Q_EMIT loadingStarted(int(files.size()));
    m_watcher->setFuture(QtConcurrent::mapped(files, [](const QString &path) {
        LoadedFile loaded{ArticleCleaner().cleanFile(path), {}};
        const Analyzer analyzer;
        for (const auto &article : std::as_const(loaded.result.articles))
            loaded.analyses << analyzer.analyze(article);
        return loaded;
    }));
}

void ArticleLibrary::cancel()
{
    m_pending.clear();
    m_watcher->cancel();
}

bool ArticleLibrary::isLoading() const
{
    return m_watcher->isRunning();
}

void ArticleLibrary::takeResults(int begin, int end)
{
    const auto first = m_articles.size();
    for (int i = begin; i < end; ++i) {
        const auto loaded = m_watcher->resultAt(i);
        const auto &result = loaded.result;
        if (!result.isOk()) {
            m_problems << LoadProblem{result.path, result.error};
            Q_EMIT loadProblem(result.path, result.error);
            continue;
        }
        m_articles << result.articles;
        m_analyses << loaded.analyses;
    }
    if (m_articles.size() > first)
        Q_EMIT articlesAdded(first, m_articles.size() - 1);
}

} // namespace Attache
