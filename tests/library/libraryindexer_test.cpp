#include "librarytesthelpers.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::TestHelpers;

namespace {

// Waits on `spy` until `condition` holds; false after `timeoutMs` without it.
template<typename Condition>
bool waitUntil(QSignalSpy &spy, Condition condition, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return condition();
    }
    return true;
}

} // namespace

class LibraryIndexerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir.emplace();
        m_folder = m_dir->filePath(u"watched"_s);
        QVERIFY(QDir().mkpath(m_folder));
        m_index.emplace();
        QVERIFY(m_index->open(m_dir->filePath(u"library.sqlite"_s)));
    }

    void cleanup()
    {
        m_index.reset();
        m_dir.reset();
    }

    void watcherPicksUpChanges()
    {
        QVERIFY(writeFile(m_folder + u"/first.txt"_s, articleText(u"First"_s, u"wheat"_s, 1)));
        LibraryIndexer indexer(&*m_index);
        indexer.setDebounceInterval(50);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QCOMPARE(m_index->articleCount(), 1);

        // A new file.
        QSignalSpy added(&*m_index, &LibraryIndex::articlesAdded);
        const auto second = m_folder + u"/second.txt"_s;
        QVERIFY(writeFile(second, articleText(u"Second"_s, u"barley"_s, 2)));
        QVERIFY(waitUntil(added, [&] { return !m_index->idsForPath(second).isEmpty(); }));
        const auto secondId = m_index->idsForPath(second).first();

        // A new file in a new subfolder.
        const auto nested = m_folder + u"/2025/03/third.md"_s;
        QVERIFY(writeFile(nested, u"# Third\n\n"_s + articleText(QString(), u"oats"_s, 3)));
        QVERIFY(waitUntil(added, [&] { return !m_index->idsForPath(nested).isEmpty(); }));

        // A file changed in place.
        QSignalSpy updated(&*m_index, &LibraryIndex::articlesUpdated);
        QVERIFY(writeFile(second, articleText(u"Second, updated"_s, u"rye"_s, 4)));
        QVERIFY(waitUntil(updated, [&] { return m_index->article(secondId)->text().contains(u"rye"_s); }));

        // A file moved: same article, new path.
        QSignalSpy finished(&indexer, &LibraryIndexer::indexingFinished);
        const auto moved = m_folder + u"/2025/second-moved.txt"_s;
        QVERIFY(QFile::rename(second, moved));
        QVERIFY(waitUntil(finished, [&] { return m_index->idsForPath(moved) == QList<qint64>{secondId}; }));

        // A file deleted.
        QSignalSpy removed(&*m_index, &LibraryIndex::articlesRemoved);
        QVERIFY(QFile::remove(moved));
        QVERIFY(waitUntil(removed, [&] { return !m_index->summary(secondId); }));

        // A folder deleted with what it held.
        QVERIFY(QDir(m_folder + u"/2025"_s).removeRecursively());
        QVERIFY(waitUntil(removed, [&] { return m_index->articleCount(true) == 1; }));
        QVERIFY(indexer.skipped().isEmpty());
    }

    void cancelThenResume()
    {
        for (int i = 0; i < 120; ++i)
            QVERIFY(writeFile(m_folder + u"/n%1.txt"_s.arg(i), articleText(u"Note %1"_s.arg(i), u"trade"_s, 100 + i)));
        LibraryIndexer indexer(&*m_index);
        indexer.setWatching(false);
        QSignalSpy finished(&indexer, &LibraryIndexer::indexingFinished);
        QSignalSpy progress(&indexer, &LibraryIndexer::progressChanged);
        QVERIFY(indexer.addPath(m_folder));
        QVERIFY(indexer.isIndexing());
        QVERIFY(progress.wait(15000));
        indexer.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(15000));
        QVERIFY(!indexer.isIndexing());
        QVERIFY(m_index->articleCount(true) <= 120);
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(m_index->articleCount(true), 120);
        const auto last = progress.last();
        QCOMPARE(last.at(0).toInt(), last.at(1).toInt()); // done == total at the end
    }

    // Issue 7, bad input: a folder of 50 000 files (nearly all of them not articles, as in a
    // downloads folder) is scanned without blocking the event loop, and the articles in it are
    // indexed.
    void aFolderOfFiftyThousandFilesKeepsTheUiResponsive()
    {
        const QByteArray junk("not an article");
        for (int i = 0; i < 50000; ++i) {
            const auto dir = u"%1/batch-%2"_s.arg(m_folder).arg(i / 5000);
            if (i % 5000 == 0)
                QVERIFY(QDir().mkpath(dir));
            QFile file(u"%1/file-%2.bin"_s.arg(dir).arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        for (int i = 0; i < 20; ++i)
            QVERIFY(writeFile(u"%1/batch-%2/article-%3.txt"_s.arg(m_folder).arg(i % 10).arg(i),
                              articleText(u"Article %1"_s.arg(i), u"grain"_s, i + 1)));

        LibraryIndexer indexer(&*m_index);
        indexer.setWatching(false);
        // The UI thread's event loop must keep turning: measure the longest gap between ticks.
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        ticker.start();
        QVERIFY(indexAndWait(indexer, [&] { QVERIFY(indexer.addPath(m_folder)); }, 120000));
        ticker.stop();
        QCOMPARE(m_index->articleCount(), 20);
        QVERIFY2(longestGap < 1000, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longestGap)));
    }

    // A file rewritten while the indexer reads the folder ends up indexed as it is at the end.
    void aFileChangingWhileIndexedEndsUpCurrent()
    {
        for (int i = 0; i < 60; ++i)
            QVERIFY(writeFile(u"%1/article-%2.txt"_s.arg(m_folder).arg(i, 3, 10, QChar(u'0')),
                              articleText(u"Article %1"_s.arg(i), u"fisheries"_s, i + 1)));
        const auto changing = m_folder + u"/article-059.txt"_s;
        LibraryIndexer indexer(&*m_index);
        indexer.setDebounceInterval(50);
        indexer.setBatchSize(4);
        QSignalSpy progress(&indexer, &LibraryIndexer::progressChanged);
        QSignalSpy finished(&indexer, &LibraryIndexer::indexingFinished);
        QVERIFY(indexer.addPath(m_folder));
        // Rewrite the file several times while the indexing runs.
        for (int round = 0; round < 5 && indexer.isIndexing(); ++round) {
            progress.wait(2000);
            QVERIFY(writeFile(changing, articleText(u"Rewritten %1"_s.arg(round), u"fisheries"_s, 100 + round)));
        }
        QVERIFY(writeFile(changing, articleText(u"Final version"_s, u"fisheries"_s, 200)));
        auto isCurrent = [&] {
            if (indexer.isIndexing())
                return false;
            const auto ids = m_index->idsForPath(changing);
            // Seed 200 writes "week 20000", which no earlier version of the file has.
            return ids.size() == 1 && m_index->article(ids.first())->text().contains(u"week 20000"_s);
        };
        const bool becameCurrent = waitUntil(finished, isCurrent, 30000);
        const auto ids = m_index->idsForPath(changing);
        QVERIFY2(becameCurrent, qPrintable(u"indexing: %1, entries for the file: %2, text: %3"_s.arg(indexer.isIndexing())
                                               .arg(ids.size())
                                               .arg(ids.isEmpty() ? QString() : m_index->article(ids.first())->text().left(200))));
        QCOMPARE(m_index->articleCount(true), 60); // copies included: the texts are made from one template
    }

    void removeFolderForgetsItsArticles()
    {
        QVERIFY(writeFile(m_folder + u"/a.txt"_s, articleText(u"A"_s, u"coal"_s, 11)));
        const auto other = m_dir->filePath(u"other"_s);
        QVERIFY(writeFile(other + u"/b.txt"_s, articleText(u"B"_s, u"coal"_s, 12)));
        LibraryIndexer indexer(&*m_index);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(other); }));
        QCOMPARE(m_index->articleCount(), 2);
        QVERIFY(indexAndWait(indexer, [&] { indexer.removeFolder(other); }));
        QCOMPARE(m_index->articleCount(), 1);
        QCOMPARE(m_index->folders(), QStringList{QFileInfo(m_folder).canonicalFilePath()});
        QString error;
        QVERIFY(!indexer.addPath(m_dir->filePath(u"missing"_s), &error));
        QVERIFY(error.contains(u"no such file or folder"_s));
    }

    // PDFs, e-mail and saved pages beside bad files of each kind: every bad one is reported with
    // its reason, and everything readable is indexed (a mailbox's readable messages too).
    void badFilesOfEachKindAreSkippedAndTheRestLoads()
    {
        const auto copy = [&](const QString &from, const QString &to) {
            return QFile::copy(from, m_folder + u'/' + to);
        };
        const auto fixtures = QStringLiteral(ATTACHE_FIXTURES_DIR "/pdf/");
        const auto golden = QStringLiteral(ATTACHE_SOURCE_DIR "/tests/clean/golden/input/");
        QVERIFY(copy(fixtures + u"communique-two-pages.pdf"_s, u"communique.pdf"_s));
        QVERIFY(copy(golden + u"mail_newsletter.eml"_s, u"newsletter.eml"_s));
        QVERIFY(copy(golden + u"mhtml_windows1252.mhtml"_s, u"page.mhtml"_s));
        QVERIFY(copy(golden + u"mail_broken_message.mbox"_s, u"inbox.mbox"_s)); // two of three readable
        QVERIFY(copy(fixtures + u"encrypted.pdf"_s, u"locked.pdf"_s));
        QVERIFY(copy(fixtures + u"image-only.pdf"_s, u"scan.pdf"_s));
        QFile pdf(fixtures + u"communique-two-pages.pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QFile truncated(m_folder + u"/truncated.pdf"_s);
        QVERIFY(truncated.open(QIODevice::WriteOnly) && truncated.write(pdf.readAll().left(300)) == 300);
        truncated.close();
        QFile junk(m_folder + u"/junk.eml"_s);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += char((i * 7919) % 256);
        QVERIFY(junk.write(bytes) == bytes.size());
        junk.close();

        LibraryIndexer indexer(&*m_index);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QHash<QString, QString> reasons;
        for (const auto &skipped : indexer.skipped())
            reasons.insert(QFileInfo(skipped.path).fileName(), skipped.reason);
        QVERIFY2(reasons.value(u"locked.pdf"_s).contains(u"encrypted"_s), qPrintable(reasons.value(u"locked.pdf"_s)));
        QVERIFY(reasons.value(u"scan.pdf"_s).contains(u"OCR is not done"_s));
        QVERIFY(reasons.value(u"truncated.pdf"_s).contains(u"damaged or truncated"_s));
        QVERIFY(reasons.value(u"junk.eml"_s).contains(u"binary"_s));
        QCOMPARE(reasons.size(), 4);
        // The PDF, the newsletter, the page and two messages of the mailbox.
        QCOMPARE(m_index->articleCount(true), 5);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<LibraryIndex> m_index;
    QString m_folder;
};

QTEST_GUILESS_MAIN(LibraryIndexerTest)
#include "libraryindexer_test.moc"
