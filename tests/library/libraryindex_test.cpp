#include "librarytesthelpers.h"

#include "analyze/analyzer.h"
#include "core/database.h"
#include "library/libraryindexwriter.h"
#include "library/triageaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::TestHelpers;

namespace {

// An article made by hand, stored through the writer as the indexer would, so that search can be
// checked on known metadata and entities (the analysers may still return nothing).
IndexedArticle handMade(const QString &path, const QString &title, const QString &source, const QString &published,
                        const QString &body, const QList<EntityMention> &entities)
{
    IndexedArticle indexed;
    auto &article = indexed.article;
    article.path = path;
    article.id = QFileInfo(path).completeBaseName();
    article.title = title;
    article.source = source;
    article.published = QDateTime::fromString(published, Qt::ISODate);
    article.publishedSource = DateSource::Metadata;
    article.blocks = {Block{BlockKind::Paragraph, 0, body}};
    article.contentHash = u"hash-"_s + path;
    indexed.text = article.text();
    indexed.json = QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact);
    indexed.analysis.entities = entities;
    if (title == u"A"_s) {
        Event event;
        event.begin = event.end = QDate(2025, 1, 14);
        event.type = EventType::Criticism;
        event.label = u"Beijing criticises tariffs"_s;
        event.actorIds = {u"country/CN"_s, u"person/li-qiang"_s};
        event.actorNames = {u"China"_s, u"Li Qiang"_s};
        event.sentenceStart = 0;
        event.sentenceEnd = std::min<qsizetype>(body.size(), 20);
        event.sentence = body.left(event.sentenceEnd);
        event.value = u"2025-01-14"_s;
        indexed.analysis.events = {event};
    }
    indexed.fingerprint = textFingerprint(indexed.text);
    return indexed;
}

FileResult fileOf(const IndexedArticle &indexed)
{
    FileResult result;
    result.path = indexed.article.path;
    result.size = 100;
    result.mtime = 1;
    result.hash = indexed.article.contentHash;
    result.articles = {indexed};
    return result;
}

EntityMention mention(const QString &id, const QString &name, EntityType type)
{
    return EntityMention{0, 1, type, id, name};
}

} // namespace

class LibraryIndexTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(m_folder));
        m_dbPath = m_dir->filePath(u"library.sqlite"_s);
    }

    void cleanup() { m_dir.reset(); }

    void fts5IsAvailable()
    {
        Database db;
        QVERIFY(db.open(u":memory:"_s));
        QVERIFY2(db.run(u"CREATE VIRTUAL TABLE t USING fts5(body)"_s), qPrintable(db.lastError()));
    }

    void addThenReaddUnchanged()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(m_folder + u"/a%1.txt"_s.arg(i), articleText(u"Title %1"_s.arg(i), u"trade"_s, i)));
        QVERIFY(writeFile(m_folder + u"/sub/b.md"_s, u"# Markdown story\n\n"_s + articleText(u""_s, u"visas"_s, 9)));
        QVERIFY(writeFile(m_folder + u"/notes.docx"_s, u"not an article format"_s));
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        {
            LibraryIndexer indexer(&index);
            indexer.setWatching(false);
            QSignalSpy ready(&indexer, &LibraryIndexer::articlesReady);
            QVERIFY(indexAndWait(indexer, [&] { QVERIFY(indexer.addPath(m_folder)); }));
            QCOMPARE(indexer.filesDone(), 4);
            QVERIFY(indexer.skipped().isEmpty());
            QCOMPARE(index.articleCount(true), 4);
            QCOMPARE(index.checkIntegrity(), QString());
            int readyCount = 0;
            for (const auto &arguments : ready)
                readyCount += int(arguments.at(0).value<QList<qint64>>().size());
            QCOMPARE(readyCount, 4);
            QCOMPARE(index.folders(), QStringList{QFileInfo(m_folder).canonicalFilePath()});
        }
        const auto ids = index.idsForPath(m_folder + u"/a1.txt"_s);
        QCOMPARE(ids.size(), 1);
        const auto article = index.article(ids.first());
        QVERIFY(article.has_value());
        QVERIFY(article->text().contains(u"trade"_s));
        // Re-adding the same, unchanged files processes none of them.
        LibraryIndexer again(&index);
        again.setWatching(false);
        QSignalSpy added(&index, &LibraryIndex::articlesAdded);
        QSignalSpy updated(&index, &LibraryIndex::articlesUpdated);
        QVERIFY(indexAndWait(again, [&] { again.rescan(); }));
        QCOMPARE(again.filesTotal(), 0);
        QCOMPARE(added.count(), 0);
        QCOMPARE(updated.count(), 0);
        QCOMPARE(index.idsForPath(m_folder + u"/a1.txt"_s), ids);
    }

    // A text copy declares no language: its script tells, and lang: finds it.
    void languageFromScriptIsSearchable()
    {
        QVERIFY(writeFile(m_folder + u"/ru.txt"_s,
                          u"Переговоры о рыболовстве\n\nПереговоры о квотах на вылов трески продолжатся в среду в Мурманске, "
                          "сообщили представители обеих делегаций после восьми часов обсуждений. Следующий раунд "
                          "пройдёт в июне, если стороны договорятся о методике подсчёта запасов.\n"_s));
        QVERIFY(writeFile(m_folder + u"/en.txt"_s, articleText(u"Cod talks"_s, u"quota"_s, 1)));
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        LibraryIndexer indexer(&index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        const auto russian = index.idsForPath(m_folder + u"/ru.txt"_s).value(0);
        const auto english = index.idsForPath(m_folder + u"/en.txt"_s).value(0);
        QVERIFY(russian && english);
        QCOMPARE(index.article(russian)->language, u"ru"_s);
        QCOMPARE(index.search(u"lang:ru"_s).ids, QList<qint64>{russian});
        QCOMPARE(index.search(u"-lang:ru"_s).ids, QList<qint64>{english});
    }

    void changedRemovedAndMovedFiles()
    {
        const auto first = m_folder + u"/first.txt"_s;
        const auto second = m_folder + u"/second.txt"_s;
        QVERIFY(writeFile(first, articleText(u"First"_s, u"copper"_s, 1)));
        QVERIFY(writeFile(second, articleText(u"Second"_s, u"fish"_s, 2)));
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        LibraryIndexer indexer(&index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        const auto firstId = index.idsForPath(first).value(0);
        const auto secondId = index.idsForPath(second).value(0);
        QVERIFY(firstId && secondId);
        QVERIFY(!index.setStarred({firstId, secondId}, true).isEmpty());

        // Changed: re-processed, same id, triage kept.
        QVERIFY(writeFile(first, articleText(u"First, revised"_s, u"aluminium"_s, 3)));
        QSignalSpy updated(&index, &LibraryIndex::articlesUpdated);
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(indexer.filesTotal(), 1);
        QVERIFY(!updated.isEmpty());
        QVERIFY(updated.first().at(0).value<QList<qint64>>().contains(firstId));
        QVERIFY(index.article(firstId)->text().contains(u"aluminium"_s));
        QVERIFY(index.summary(firstId)->triage.isStarred);
        QCOMPARE(index.search(u"aluminium"_s).ids, QList<qint64>{firstId});
        QVERIFY(index.search(u"copper"_s).ids.isEmpty());

        // Moved: same id at the new path, triage kept.
        const auto moved = m_folder + u"/elsewhere/second-renamed.txt"_s;
        QVERIFY(QDir().mkpath(QFileInfo(moved).absolutePath()));
        QVERIFY(QFile::rename(second, moved));
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(index.idsForPath(moved), QList<qint64>{secondId});
        QVERIFY(index.idsForPath(second).isEmpty());
        QVERIFY(index.summary(secondId)->triage.isStarred);

        // Removed: gone from the index and announced.
        QSignalSpy removed(&index, &LibraryIndex::articlesRemoved);
        QVERIFY(QFile::remove(first));
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).value<QList<qint64>>(), QList<qint64>{firstId});
        QVERIFY(!index.summary(firstId));
        QCOMPARE(index.articleCount(true), 1);
        QCOMPARE(index.checkIntegrity(), QString());
    }

    void unreadableAndBrokenFilesAreSkipped()
    {
        QVERIFY(writeFile(m_folder + u"/good.txt"_s, articleText(u"Good"_s, u"ports"_s, 4)));
        QVERIFY(writeFile(m_folder + u"/empty.txt"_s, QString()));
        QVERIFY(QFile::link(m_folder, m_folder + u"/loop"_s)); // a symlink loop
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        LibraryIndexer indexer(&index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QCOMPARE(index.articleCount(true), 1);
        QStringList skippedPaths;
        for (const auto &skipped : indexer.skipped()) {
            skippedPaths << QFileInfo(skipped.path).fileName();
            QVERIFY(!skipped.reason.isEmpty());
        }
        QVERIFY2(skippedPaths.contains(u"empty.txt"_s), qPrintable(skippedPaths.join(u',')));
        QVERIFY2(skippedPaths.contains(u"loop"_s), qPrintable(skippedPaths.join(u',')));
    }

    void fileTheIndexRefusesDoesNotLoseItsBatch()
    {
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        Database writerDb;
        QVERIFY(writerDb.open(m_dbPath));
        // Stands for any failure to store one file (a full disk, a constraint).
        QVERIFY(writerDb.run(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON files WHEN NEW.path LIKE '%refused%'"
                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        IndexWriter writer(writerDb);
        const auto wire = articleText(u"Wire"_s, u"lithium"_s, 60);
        QList<FileResult> files;
        files << fileOf(handMade(u"/x/first.txt"_s, u"First"_s, u"S"_s, u"2025-01-01T10:00:00Z"_s, wire, {}))
              << fileOf(handMade(u"/x/refused.txt"_s, u"Refused"_s, u"S"_s, u"2025-01-02T10:00:00Z"_s, u"body"_s, {}))
              << fileOf(handMade(u"/x/copy.txt"_s, u"Copy"_s, u"S"_s, u"2025-01-03T10:00:00Z"_s, wire, {}));
        WriteOutcome outcome;
        QVERIFY(writer.writeBatch(files, &outcome));
        outcome.normalize();
        QCOMPARE(outcome.skipped.size(), 1);
        QCOMPARE(outcome.skipped.first().path, u"/x/refused.txt"_s);
        QVERIFY(outcome.skipped.first().reason.contains(u"refused by the test"_s));
        QCOMPARE(index.articleCount(true), 2);
        QCOMPARE(index.articleCount(false), 1); // the copy is still found after the rollback
        QCOMPARE(outcome.added.size(), 1);
        QCOMPARE(index.search(QString()).ids, outcome.added);
    }

    void triageAndUndo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("value");
        QTest::newRow("nominal: later") << int(TriageAction::Kind::SetState) << int(TriageState::Later);
        QTest::newRow("nominal: archive") << int(TriageAction::Kind::SetState) << int(TriageState::Archive);
        QTest::newRow("nominal: star") << int(TriageAction::Kind::SetStarred) << 1;
        QTest::newRow("nominal: read") << int(TriageAction::Kind::SetRead) << 1;
        QTest::newRow("nominal: priority 1") << int(TriageAction::Kind::SetPriority) << 1;
        QTest::newRow("nominal: priority 3") << int(TriageAction::Kind::SetPriority) << 3;
        QTest::newRow("nominal: mark") << int(TriageAction::Kind::SetMarked) << 1;
        QTest::newRow("robustness: set what is already set") << int(TriageAction::Kind::SetStarred) << 0;
    }

    void triageAndUndo()
    {
        QFETCH(int, kind);
        QFETCH(int, value);
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        Database writerDb;
        QVERIFY(writerDb.open(m_dbPath));
        IndexWriter writer(writerDb);
        WriteOutcome outcome;
        QList<FileResult> files;
        for (int i = 0; i < 3; ++i)
            files << fileOf(handMade(u"/x/%1.txt"_s.arg(i), u"T%1"_s.arg(i), u"S"_s, u"2025-01-0%1T10:00:00Z"_s.arg(i + 1),
                                     u"body %1"_s.arg(i), {}));
        QVERIFY(writer.writeBatch(files, &outcome));
        const auto ids = outcome.added;
        QCOMPARE(ids.size(), 3);
        // Mixed starting values, so that undo must restore each one.
        index.setStarred({ids.at(0)}, true);
        index.setPriority({ids.at(1)}, 2);
        index.setState({ids.at(2)}, TriageState::Later);
        const auto before = index.triage(ids);

        QUndoStack stack;
        QSignalSpy changed(&index, &LibraryIndex::triageChanged);
        const TriageAction action{TriageAction::Kind(kind), ids, value};
        stack.push(new TriageCommand(&index, action));
        QCOMPARE(changed.count(), 1);
        for (const auto &values : index.triage(ids)) {
            switch (action.kind) {
            case TriageAction::Kind::SetState: QCOMPARE(int(values.state), value); break;
            case TriageAction::Kind::SetStarred: QCOMPARE(values.isStarred, value != 0); break;
            case TriageAction::Kind::SetRead: QCOMPARE(values.isRead, value != 0); break;
            case TriageAction::Kind::SetPriority: QCOMPARE(values.priority, value); break;
            case TriageAction::Kind::SetMarked: QCOMPARE(values.isMarked, value != 0); break;
            }
        }
        stack.undo();
        QCOMPARE(index.triage(ids), before);
        stack.redo();
        stack.undo();
        QCOMPARE(index.triage(ids), before);
        QVERIFY(index.setPriority(ids, 4).isEmpty()); // out of range: refused
        QCOMPARE(index.triage(ids), before);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles"); // in date order, newest first, undated last

        QTest::newRow("nominal: all") << u""_s << QStringList{u"C"_s, u"B"_s, u"A"_s, u"D"_s};
        QTest::newRow("nominal: word") << u"tariffs"_s << QStringList{u"B"_s, u"A"_s};
        QTest::newRow("nominal: word in title") << u"Ottawa"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: prefix") << u"tarif*"_s << QStringList{u"B"_s, u"A"_s};
        QTest::newRow("nominal: diacritics folded") << u"quebec"_s << QStringList{u"D"_s};
        QTest::newRow("nominal: phrase") << u"\"steel tariffs\""_s << QStringList{u"A"_s};
        QTest::newRow("nominal: negated word") << u"-tariffs"_s << QStringList{u"C"_s, u"D"_s};
        QTest::newRow("nominal: word and negated phrase") << u"tariffs -\"steel tariffs\""_s << QStringList{u"B"_s};
        QTest::newRow("nominal: entity by name") << u"entity:\"li qiang\""_s << QStringList{u"B"_s, u"A"_s};
        QTest::newRow("nominal: entity by id") << u"entity:person/mark-carney"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: country") << u"country:cn"_s << QStringList{u"B"_s, u"A"_s};
        QTest::newRow("nominal: negated country") << u"-country:CN"_s << QStringList{u"C"_s, u"D"_s};
        QTest::newRow("nominal: source substring") << u"source:reut"_s << QStringList{u"C"_s, u"A"_s};
        QTest::newRow("nominal: negated source") << u"-source:reuters"_s << QStringList{u"B"_s, u"D"_s};
        QTest::newRow("nominal: published range") << u"published:2025-01-01..2025-02-28"_s << QStringList{u"B"_s, u"A"_s};
        QTest::newRow("nominal: published month") << u"published:2025-03"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: negated published keeps undated") << u"-published:2025"_s << QStringList{u"D"_s};
        QTest::newRow("nominal: in later") << u"in:later"_s << QStringList{u"B"_s};
        QTest::newRow("nominal: not in inbox") << u"-in:inbox"_s << QStringList{u"B"_s};
        QTest::newRow("nominal: starred") << u"is:starred"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: unread") << u"is:unread"_s << QStringList{u"B"_s, u"A"_s, u"D"_s};
        QTest::newRow("nominal: read") << u"is:read"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: priority") << u"priority:1"_s << QStringList{u"A"_s};
        QTest::newRow("nominal: any priority") << u"priority:any"_s << QStringList{u"C"_s, u"A"_s};
        QTest::newRow("nominal: combined") << u"tariffs country:CN source:reuters is:unread"_s << QStringList{u"A"_s};
        QTest::newRow("nominal: tag through lookup") << u"tag:trade"_s << QStringList{u"C"_s};
        QTest::newRow("nominal: annotated through lookup") << u"is:annotated"_s << QStringList{u"D"_s};
        QTest::newRow("robustness: no match") << u"zebra"_s << QStringList{};
        QTest::newRow("robustness: SQL as text") << u"'); DROP TABLE articles; --"_s << QStringList{};
        QTest::newRow("robustness: FTS syntax as text") << u"NEAR( AND"_s << QStringList{};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        const auto ids = writeSearchCorpus();
        index.setState({ids.value(u"B"_s)}, TriageState::Later);
        index.setStarred({ids.value(u"C"_s)}, true);
        index.setRead({ids.value(u"C"_s)}, true);
        index.setPriority({ids.value(u"A"_s)}, 1);
        index.setPriority({ids.value(u"C"_s)}, 3);
        AnnotationLookup lookup;
        lookup.contentHashesWithTag = [](const QString &tag) {
            return tag == u"trade"_s ? QStringList{u"hash-/c/c.txt"_s} : QStringList{};
        };
        lookup.annotatedContentHashes = [] { return QStringList{u"hash-/d/d.txt"_s}; };
        index.setAnnotationLookup(lookup);
        const auto result = index.search(query);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QStringList found;
        for (const auto &summary : index.summaries(result.ids))
            found << summary.title;
        QCOMPARE(found, titles);
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("nominal: date") << int(SortOrder::Date) << QStringList{u"C"_s, u"B"_s, u"A"_s, u"D"_s};
        QTest::newRow("nominal: priority") << int(SortOrder::Priority) << QStringList{u"A"_s, u"C"_s, u"B"_s, u"D"_s};
        QTest::newRow("nominal: source") << int(SortOrder::Source) << QStringList{u"B"_s, u"A"_s, u"C"_s, u"D"_s};
    }

    void sortOrders()
    {
        QFETCH(int, order);
        QFETCH(QStringList, titles);
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        const auto ids = writeSearchCorpus();
        index.setPriority({ids.value(u"A"_s)}, 1);
        index.setPriority({ids.value(u"C"_s)}, 3);
        SearchOptions options;
        options.sort = SortOrder(order);
        QStringList found;
        for (const auto &summary : index.summaries(index.search(QString(), options).ids))
            found << summary.title;
        QCOMPARE(found, titles);
    }

    // A library indexed before events were kept per article (schema 4, a row per event) keeps its
    // events, in their order, once opened: the migration moves them, nothing is re-read.
    void eventsOfAnOlderLibraryAreKept()
    {
        QTemporaryDir olderSchema;
        for (const auto &name : QDir(u":/sql/library"_s).entryList({u"00[1-4]_*.sql"_s}, QDir::Files, QDir::Name))
            QVERIFY(QFile::copy(u":/sql/library/"_s + name, olderSchema.filePath(name)));
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QVERIFY(db.migrate(olderSchema.path()));
            QVERIFY(db.run(u"INSERT INTO files (id, path, size, mtime, content_hash, cleaner_version, analyzer_version,"
                           " indexed_at) VALUES (1, '/news/a.txt', 1, 1, 'h', 1, 1, 'now')"_s));
            QVERIFY(db.run(u"INSERT INTO articles (id, file_id, item_no, item_id, content_hash, format, title, source,"
                           " byline, url, language, published_uncertain, word_count, fingerprint, added_at)"
                           " VALUES (7, 1, 0, 'a', 'c', 'text', 'T', '', '', '', 'en', 0, 3, x'00', 'now')"_s));
            const auto insertEvent = u"INSERT INTO article_events (article_id, begin_date, end_date, uncertain, type,"
                                     " label, actors, actor_ids, sentence_start, sentence_end, sentence, timex_value)"
                                     " VALUES (7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
            QVERIFY(db.run(insertEvent, {QVariant(), QVariant(), 1, u"statement"_s, u"Undated"_s, u""_s, u""_s, 0, 8,
                                         u"Undated."_s, u""_s}));
            QVERIFY(db.run(insertEvent, {u"2025-03-02"_s, u"2025-03-02"_s, 0, u"meeting"_s, u"Met"_s,
                                         u"France; Algeria"_s, u"country/FR country/DZ"_s, 9, 30,
                                         u"They met on 2 March 2025."_s, u"2025-03-02"_s}));
            QVERIFY(db.run(insertEvent, {u"2025-01-10"_s, u"2025-01-31"_s, 0, u"sanction"_s, u"Sanctions"_s, u""_s,
                                         u""_s, 31, 50, u"Sanctions in January."_s, u"2025-01"_s}));
        }
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        const auto events = index.events(7);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).label, u"Sanctions"_s); // dated first, by date; undated last
        QCOMPARE(events.at(0).end, QDate(2025, 1, 31));
        QCOMPARE(events.at(1).actors, (QStringList{u"France"_s, u"Algeria"_s}));
        QCOMPARE(events.at(1).actorIds, (QStringList{u"country/FR"_s, u"country/DZ"_s}));
        QCOMPARE(events.at(1).sentenceStart, 9);
        QCOMPARE(events.at(1).sentence, u"They met on 2 March 2025."_s);
        QCOMPARE(events.at(1).value, u"2025-03-02"_s);
        QVERIFY(!events.at(2).begin.isValid());
        QVERIFY(events.at(2).isUncertain);
        const auto all = index.events(QList<qint64>{7});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().second.label, u"Undated"_s); // as the analysis gave them
    }

    void highlightsAndEntities()
    {
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        const auto ids = writeSearchCorpus();
        const auto highlights = index.highlights(ids.value(u"A"_s), u"tariffs"_s);
        QVERIFY(highlights.snippet.contains(u"tariffs"_s));
        QCOMPARE(highlights.textRanges.size(), 1);
        const auto text = index.article(ids.value(u"A"_s))->text();
        const auto [start, end] = highlights.textRanges.first();
        QCOMPARE(text.mid(start, end - start), u"tariffs"_s);
        SearchOptions options;
        options.includesSnippets = true;
        options.sort = SortOrder::Relevance;
        const auto withSnippets = index.search(u"tariffs"_s, options);
        QCOMPARE(withSnippets.ids.size(), 2);
        QCOMPARE(withSnippets.highlights.size(), 2);
        for (const auto &match : withSnippets.highlights) {
            QCOMPARE(match.snippetRanges.size(), 1);
            const auto [from, to] = match.snippetRanges.first();
            QCOMPARE(match.snippet.mid(from, to - from), u"tariffs"_s);
        }
        const auto entities = index.entities(ids.value(u"A"_s));
        QCOMPARE(entities.size(), 2);
        QCOMPARE(entities.first().name, u"Li Qiang"_s); // two mentions: first
        QCOMPARE(entities.first().mentions, 2);
        QCOMPARE(index.summary(ids.value(u"A"_s))->mainEntities, (QStringList{u"Li Qiang"_s, u"China"_s}));
        const auto events = index.events(ids.value(u"A"_s));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().begin, QDate(2025, 1, 14));
        QCOMPARE(events.first().type, u"criticism"_s);
        QCOMPARE(events.first().actors, (QStringList{u"China"_s, u"Li Qiang"_s}));
        QCOMPARE(events.first().actorIds, (QStringList{u"country/CN"_s, u"person/li-qiang"_s}));
        // The sentence is kept, so that the library-wide timeline opens the article at it.
        QCOMPARE(events.first().sentenceEnd, 20);
        QCOMPARE(events.first().sentence, text.left(20));
        QCOMPARE(events.first().value, u"2025-01-14"_s);

        // Many articles at once: the library-wide timeline and entity list.
        const QList<qint64> all = ids.values();
        const auto manyEvents = index.events(all);
        QCOMPARE(manyEvents.size(), 1);
        QCOMPARE(manyEvents.first().first, ids.value(u"A"_s));
        QCOMPARE(manyEvents.first().second.label, events.first().label);
        const auto totals = index.entityTotals();
        QVERIFY(!totals.isEmpty());
        const auto china = std::find_if(totals.cbegin(), totals.cend(),
                                        [](const EntityTotal &total) { return total.entityId == u"country/CN"_s; });
        QVERIFY(china != totals.cend());
        int articlesWithChina = 0;
        for (const auto id : all)
            for (const auto &entity : index.entities(id))
                articlesWithChina += entity.entityId == u"country/CN"_s ? 1 : 0;
        QCOMPARE(china->articles, articlesWithChina);
        QCOMPARE(index.entityTotals({ids.value(u"A"_s)}).size(), entities.size());
    }

    void duplicatesAreGrouped()
    {
        const auto wire = articleText(u"Wire story"_s, u"rare earths"_s, 5);
        QVERIFY(writeFile(m_folder + u"/wire-a.txt"_s, wire));
        QVERIFY(writeFile(m_folder + u"/feeds/wire-b.txt"_s, u"Another headline for it\n\n"_s + wire.mid(wire.indexOf(u'\n'))
                                                              + u"\n\nReporting by a desk; editing by another."_s));
        QVERIFY(writeFile(m_folder + u"/wire-c.md"_s, u"# Wire story\n\n"_s + wire.mid(wire.indexOf(u'\n'))));
        QVERIFY(writeFile(m_folder + u"/other.txt"_s, articleText(u"Other story"_s, u"rare earths"_s, 6)));
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        LibraryIndexer indexer(&index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
        QCOMPARE(index.articleCount(true), 4);
        QCOMPARE(index.articleCount(false), 2);
        const auto entries = index.summaries(index.search(QString()).ids);
        QCOMPARE(entries.size(), 2);
        const auto group = std::find_if(entries.cbegin(), entries.cend(),
                                        [](const ArticleSummary &s) { return s.duplicateCount > 0; });
        QVERIFY(group != entries.cend());
        QCOMPARE(group->duplicateCount, 2);
        QCOMPARE(index.copiesOf(group->id).size(), 2);
        // The entry's file goes: a copy takes its place and keeps the group.
        QSignalSpy added(&index, &LibraryIndex::articlesAdded);
        QVERIFY(QFile::remove(group->path));
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(index.articleCount(false), 2);
        QCOMPARE(added.count(), 1);
        const auto heir = added.first().at(0).value<QList<qint64>>().value(0);
        QCOMPARE(index.summary(heir)->duplicateCount, 1);
        // A copy arriving in a later job is found among what earlier jobs stored.
        QVERIFY(writeFile(m_folder + u"/later/wire-d.txt"_s, wire + u"\n\nThis story has been corrected."_s));
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(index.articleCount(false), 2);
        QCOMPARE(index.summary(heir)->duplicateCount, 2);
    }

    void fingerprintIndex_data()
    {
        QTest::addColumn<QStringList>("stored");     // texts, stored as ids 1, 2, …
        QTest::addColumn<QList<qint64>>("removed");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("similar");
        const auto wire = articleText(u"Wire"_s, u"lithium"_s, 60);
        const auto copy = u"Another headline\n\n"_s + wire.mid(wire.indexOf(u'\n')) + u"\n\n(Reporting by a desk)"_s;
        const auto other = articleText(u"Wire"_s, u"lithium"_s, 61);
        QTest::newRow("nominal: the copy, not the other story") << QStringList{other, copy} << QList<qint64>{} << wire
                                                                << QList<qint64>{2};
        QTest::newRow("nominal: the closest copy first") << QStringList{copy, wire} << QList<qint64>{} << wire
                                                         << QList<qint64>{2, 1};
        QTest::newRow("nominal: equal copies, the oldest first") << QStringList{wire, wire} << QList<qint64>{} << wire
                                                                 << QList<qint64>{1, 2};
        QTest::newRow("nominal: a removed article is not found") << QStringList{wire, copy} << QList<qint64>{1} << wire
                                                                 << QList<qint64>{2};
        QTest::newRow("robustness: nothing stored") << QStringList{} << QList<qint64>{} << wire << QList<qint64>{};
        QTest::newRow("robustness: bands held by too many articles are passed over")
            << QStringList(IndexWriter::MaximumBandMembers, wire) << QList<qint64>{} << wire << QList<qint64>{};
        QTest::newRow("robustness: one fewer is still looked at")
            << QStringList(IndexWriter::MaximumBandMembers - 1, other) << QList<qint64>{} << other
            << [] { QList<qint64> all; for (qint64 id = 1; id < IndexWriter::MaximumBandMembers; ++id) all << id; return all; }();
    }

    void fingerprintIndex()
    {
        QFETCH(QStringList, stored);
        QFETCH(QList<qint64>, removed);
        QFETCH(QString, query);
        QFETCH(QList<qint64>, similar);
        FingerprintIndex index;
        for (qsizetype i = 0; i < stored.size(); ++i)
            index.insert(i + 1, textFingerprint(stored.at(i)));
        for (const auto id : std::as_const(removed))
            index.remove(id);
        QCOMPARE(index.size(), stored.size() - removed.size());
        QCOMPARE(index.similar(textFingerprint(query), IndexWriter::DuplicateSimilarity, IndexWriter::MaximumBandMembers),
                 similar);
    }

    void fingerprintSimilarity_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("isDuplicate");
        const auto wire = articleText(u"Wire"_s, u"lithium"_s, 60);
        QTest::newRow("nominal: identical") << wire << wire << true;
        QTest::newRow("nominal: other headline and footer")
            << wire << (u"Another headline\n\n"_s + wire.mid(wire.indexOf(u'\n')) + u"\n\n(Reporting by a desk)"_s) << true;
        QTest::newRow("nominal: case and punctuation differ") << wire << wire.toUpper().replace(u'.', u';') << true;
        QTest::newRow("nominal: same topic, other story") << wire << articleText(u"Wire"_s, u"lithium"_s, 61) << false;
        QTest::newRow("nominal: unrelated") << wire << u"Completely different words about the weather in spring, "
                                                       "with rain expected over the hills and valleys for days."_s
                                            << false;
        QTest::newRow("robustness: empty") << wire << QString() << false;
    }

    void fingerprintSimilarity()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, isDuplicate);
        const auto first = textFingerprint(a);
        const auto second = textFingerprint(b);
        QCOMPARE(first.similarity(second) >= IndexWriter::DuplicateSimilarity, isDuplicate);
        QCOMPARE(TextFingerprint::fromBytes(first.toBytes()).minima, first.minima);
        QCOMPARE(textFingerprint(a), first); // deterministic
    }

    void damagedIndexIsRebuilt()
    {
        QVERIFY(writeFile(m_folder + u"/a.txt"_s, articleText(u"Alpha"_s, u"grain"_s, 7)));
        QVERIFY(writeFile(m_folder + u"/b.txt"_s, articleText(u"Beta"_s, u"grain"_s, 8)));
        {
            LibraryIndex index;
            QVERIFY(index.open(m_dbPath));
            LibraryIndexer indexer(&index);
            indexer.setWatching(false);
            QVERIFY(indexAndWait(indexer, [&] { indexer.addPath(m_folder); }));
            QCOMPARE(index.articleCount(), 2);
        }
        {
            QFile file(m_dbPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(0));
            file.write(QByteArray(4096, 'x')); // the header and first page: not a database any more
        }
        QFile::remove(m_dbPath + u"-wal"_s);
        LibraryIndex index;
        QSignalSpy recovered(&index, &LibraryIndex::recovered);
        QVERIFY(index.open(m_dbPath));
        QCOMPARE(recovered.count(), 1);
        QVERIFY(index.recoveryMessage().contains(u"damaged"_s));
        QCOMPARE(index.articleCount(), 0);
        QCOMPARE(index.folders(), QStringList{QFileInfo(m_folder).canonicalFilePath()});
        const auto aside = QDir(m_dir->path()).entryList({u"library.sqlite.damaged-*"_s});
        QVERIFY(!aside.isEmpty());
        LibraryIndexer indexer(&index);
        indexer.setWatching(false);
        QVERIFY(indexAndWait(indexer, [&] { indexer.rescan(); }));
        QCOMPARE(index.articleCount(), 2);
        QCOMPARE(index.checkIntegrity(), QString());
    }

    void savedSearches()
    {
        LibraryIndex index;
        QVERIFY(index.open(m_dbPath));
        QStringList names;
        for (const auto &view : index.views())
            names << view.name;
        QCOMPARE(names, (QStringList{u"Inbox"_s, u"Later"_s, u"Starred"_s, u"Archive"_s, u"All"_s}));
        QVERIFY(index.saveSearch({u"China trade"_s, u"country:CN trade"_s, SortOrder::Priority, false}));
        QVERIFY(!index.saveSearch({u"inbox"_s, u"x"_s, SortOrder::Date, false})); // a built-in name
        const auto view = index.view(u"china TRADE"_s);
        QVERIFY(view.has_value());
        QCOMPARE(view->query, u"country:CN trade"_s);
        QCOMPARE(view->sort, SortOrder::Priority);
        QCOMPARE(index.views().size(), 6);
        QVERIFY(index.removeSavedSearch(u"China trade"_s));
        QCOMPARE(index.views().size(), 5);
    }

private:
    QHash<QString, qint64> writeSearchCorpus()
    {
        Database db;
        [&] { QVERIFY(db.open(m_dbPath)); }();
        IndexWriter writer(db);
        WriteOutcome outcome;
        const QList<FileResult> files{
            fileOf(handMade(u"/a/a.txt"_s, u"A"_s, u"Reuters"_s, u"2025-01-15T08:00:00Z"_s,
                            u"Beijing answered the steel tariffs with a statement."_s,
                            {mention(u"person/li-qiang"_s, u"Li Qiang"_s, EntityType::Person),
                             mention(u"person/li-qiang"_s, u"Li Qiang"_s, EntityType::Person),
                             mention(u"country/CN"_s, u"China"_s, EntityType::GeoPolitical)})),
            fileOf(handMade(u"/b/b.txt"_s, u"B"_s, u"Agence France-Presse"_s, u"2025-02-10T08:00:00Z"_s,
                            u"New tariffs on electric cars were discussed."_s,
                            {mention(u"person/li-qiang"_s, u"Li Qiang"_s, EntityType::Person),
                             mention(u"country/CN"_s, u"China"_s, EntityType::GeoPolitical)})),
            fileOf(handMade(u"/c/c.txt"_s, u"C"_s, u"Reuters Canada"_s, u"2025-03-05T08:00:00Z"_s,
                            u"Ottawa welcomed the call between the leaders."_s,
                            {mention(u"person/mark-carney"_s, u"Mark Carney"_s, EntityType::Person)})),
            fileOf(handMade(u"/d/d.txt"_s, u"D"_s, u"Xinhua"_s, QString(), u"A delegation visited Québec."_s, {})),
        };
        [&] { QVERIFY(writer.writeBatch(files, &outcome)); }();
        QHash<QString, qint64> ids;
        const QStringList titles{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        for (int i = 0; i < outcome.added.size(); ++i)
            ids.insert(titles.at(i), outcome.added.at(i));
        return ids;
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(LibraryIndexTest)
#include "libraryindex_test.moc"
