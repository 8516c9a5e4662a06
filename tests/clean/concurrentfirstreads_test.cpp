// The indexer reads, cleans and analyses several files at once from a fresh process. Every reader
// and library behind it (libxml2, KMime, Poppler, md4c, the language models loaded on first use)
// must then give each file what it gives when read alone: no thread waits for ever on another,
// no result depends on which thread came first.
//
// One test function only, and nothing read before it: libraries set themselves up once per process.

#include "analyze/analyzer.h"
#include "clean/articlecleaner.h"

#include "runatonce.h"

#include <QDir>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// What a user sees of a file: each article's title, text, language and the names found in it.
QStringList summary(const CleanResult &result)
{
    QStringList lines{result.error};
    const Analyzer analyzer;
    for (const auto &article : result.articles) {
        lines << article.title << article.text() << article.language;
        for (const auto &mention : analyzer.analyze(article).entities)
            lines << mention.entityId;
    }
    return lines;
}

} // namespace

class ConcurrentFirstReadsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesOfEveryFormatReadAtOnceAsWhenReadAlone()
    {
        const QDir samples(QStringLiteral(ATTACHE_SOURCE_DIR "/resources/samples"));
        const auto names = samples.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 10, "the bundled samples are missing");
        const auto count = names.size();

        std::vector<QStringList> together(static_cast<size_t>(count));
        TestHelpers::runAtOnce(count, [&](qsizetype i) {
            together[size_t(i)] = summary(ArticleCleaner().cleanFile(samples.filePath(names.at(i))));
        }, std::chrono::minutes(1));

        for (qsizetype i = 0; i < count; ++i) {
            const auto alone = summary(ArticleCleaner().cleanFile(samples.filePath(names.at(i))));
            QVERIFY2(alone.size() > 1, qPrintable(names.at(i) + u" gave no article"_s));
            QVERIFY2(together[size_t(i)] == alone, qPrintable(names.at(i) + u" read differently beside the others"_s));
        }
    }
};

QTEST_GUILESS_MAIN(ConcurrentFirstReadsTest)
#include "concurrentfirstreads_test.moc"
