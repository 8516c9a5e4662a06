// The indexer cleans several files at once. The first pages and feeds a process reads must not
// wait on each other for ever, whichever threads read them (libxml2 2.9 sets itself up on first
// use, and did so unguarded: threads starting together hung in some runs).
//
// One test function only, and nothing parsed before it: the set-up happens once per process.

#include "clean/feedreader.h"
#include "clean/htmlextractor.h"

#include "runatonce.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace Attache;

class Libxml2ThreadsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPagesAndFeedsReadOnSeveralThreadsAtOnceFinish()
    {
        const QByteArray page = "<html><head><title>Talks resume in Geneva</title></head><body><article>"
                                "<h1>Talks resume in Geneva</h1><p>The envoys met on Tuesday for the first "
                                "time since the spring, their ministries said.</p></article></body></html>";
        const QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                                "<item><title>Envoys meet</title><description>The envoys met on Tuesday."
                                "</description></item></channel></rss>";
        constexpr int threadCount = 8;
        std::vector<QString> titles(threadCount);
        TestHelpers::runAtOnce(threadCount, [&](qsizetype i) {
            if (i % 2 == 1) {
                const auto result = FeedReader().read(feed);
                titles[size_t(i)] = result.articles.isEmpty() ? result.error : result.articles.constFirst().title;
            } else {
                titles[size_t(i)] = HtmlExtractor().extractUtf8(page).title;
            }
        }, std::chrono::seconds(20));
        for (int i = 0; i < threadCount; ++i)
            QCOMPARE(titles[size_t(i)], i % 2 == 1 ? u"Envoys meet"_s : u"Talks resume in Geneva"_s);
    }
};

QTEST_GUILESS_MAIN(Libxml2ThreadsTest)
#include "libxml2threads_test.moc"
