#include "librarytesthelpers.h"

#include "core/itemdatarole.h"
#include "library/librarylistmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::TestHelpers;

class LibraryListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir.emplace();
        m_folder = m_dir->filePath(u"articles"_s);
        m_index.emplace();
        QVERIFY(m_index->open(m_dir->filePath(u"library.sqlite"_s)));
    }

    void cleanup()
    {
        m_index.reset();
        m_dir.reset();
    }

    void growsAsIndexingAddsArticles_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("sort");
        QTest::newRow("nominal: inbox by date") << u"Inbox"_s << int(SortOrder::Date);
        QTest::newRow("nominal: all by source") << u"All"_s << int(SortOrder::Source);
        QTest::newRow("nominal: all by priority") << u"All"_s << int(SortOrder::Priority);
    }

    void growsAsIndexingAddsArticles()
    {
        QFETCH(QString, view);
        QFETCH(int, sort);
        for (int i = 0; i < 12; ++i) {
            // Dated in the text of a Markdown front matter so that the date order is known.
            const auto text = u"---\ntitle: Story %1\nsource: %2\ndate: 2025-03-%3\n---\n\n"_s.arg(i)
                                  .arg(i % 2 ? u"Reuters"_s : u"AFP"_s)
                                  .arg(10 + i)
                              + articleText(QString(), u"trade"_s, 20 + i);
            QVERIFY(writeFile(m_folder + u"/s%1.md"_s.arg(i), text));
        }
        LibraryListModel model(&*m_index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setView(view));
        model.setSortOrder(SortOrder(sort));
        QCOMPARE(model.rowCount(), 0);
        LibraryIndexer indexer(&*m_index);
        indexer.setWatching(false);
        indexer.setBatchSize(3); // several batches: rows arrive while indexing runs
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(inserted.count() >= 2);
        // Rows inserted one by one sit where a fresh query puts them.
        const auto grown = model.ids();
        model.refresh();
        QCOMPARE(model.ids(), grown);
    }

    void triageUpdatesRowsInPlace()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeFile(m_folder + u"/t%1.txt"_s.arg(i), articleText(u"Item %1"_s.arg(i), u"ports"_s, 40 + i)));
        LibraryIndexer indexer(&*m_index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        LibraryListModel model(&*m_index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setView(u"Inbox"_s));
        QCOMPARE(model.rowCount(), 4);
        const auto id = model.idAt(1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_index->setState({id}, TriageState::Archive);
        m_index->setStarred({id}, true);
        m_index->setPriority({id}, 2);
        m_index->setRead({id}, true);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.rowOf(id), 1); // still under the cursor
        const auto index = model.index(1);
        QCOMPARE(index.data(TriageStateRole).toInt(), int(TriageState::Archive));
        QCOMPARE(index.data(IsStarredRole).toBool(), true);
        QCOMPARE(index.data(PriorityRole).toInt(), 2);
        QCOMPARE(index.data(IsReadRole).toBool(), true);
        QCOMPARE(index.data(IndexIdRole).toLongLong(), id);
        QCOMPARE(index.data(DuplicateCountRole).toInt(), 0);
        QVERIFY(index.data(GroupDayRole).toDate().isValid());
        model.refresh(); // the Inbox no longer holds it
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(id), -1);
    }

    void searchSnippetsAndRemoval()
    {
        QVERIFY(writeFile(m_folder + u"/a.txt"_s, articleText(u"Alpha"_s, u"semiconductors"_s, 50)));
        QVERIFY(writeFile(m_folder + u"/b.txt"_s, articleText(u"Beta"_s, u"fisheries"_s, 51)));
        LibraryIndexer indexer(&*m_index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        LibraryListModel model(&*m_index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"semiconductors"_s);
        QCOMPARE(model.rowCount(), 1);
        const auto snippet = model.index(0).data(SnippetRole).toString();
        QVERIFY(snippet.contains(u"semiconductors"_s));
        const auto ranges = model.index(0).data(SnippetRangesRole).toList();
        QVERIFY(!ranges.isEmpty());
        const auto range = ranges.first().toPoint();
        QCOMPARE(snippet.mid(range.x(), range.y() - range.x()), u"semiconductors"_s);
        model.setQuery(u"is:nonsense"_s);
        QCOMPARE(model.warnings().size(), 1);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(QFile::remove(m_folder + u"/a.txt"_s));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<LibraryIndex> m_index;
    QString m_folder;
};

QTEST_GUILESS_MAIN(LibraryListModelTest)
#include "librarylistmodel_test.moc"
