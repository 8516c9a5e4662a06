#include "annotate/annotationstore.h"
#include "clean/article.h"
#include "core/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// Written for these tests.
Article makeArticle(const QStringList &paragraphs, const QString &hash = u"hash-1"_s, const QString &path = u"/news/a.txt"_s)
{
    Article article;
    article.path = path;
    article.id = u"a"_s;
    article.title = u"Ministers Agree to Reopen Talks"_s;
    article.source = u"Example Wire"_s;
    article.url = u"https://example.invalid/talks"_s;
    article.published = QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::UTC);
    article.publishedSource = DateSource::Metadata;
    article.contentHash = hash;
    article.cleanerVersion = 1;
    for (const auto &paragraph : paragraphs)
        article.blocks << Block{BlockKind::Paragraph, 0, paragraph};
    return article;
}

const QStringList Paragraphs{
    u"Foreign ministers met in Geneva on Tuesday and agreed to reopen the talks that stalled last spring."_s,
    u"The delegations will meet again in Ottawa next month, officials said."_s,
    u"Observers called the meeting a modest but real step toward a settlement."_s,
};

qsizetype startOf(const Article &article, const QString &quote)
{
    return article.text().indexOf(quote);
}

} // namespace

class AnnotationStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void migrationFromEmpty();
    void roundTrip();
    void undoRedo_data();
    void undoRedo();
    void articleFoundAgain_data();
    void articleFoundAgain();
    void publicationDate_data();
    void publicationDate();
    void reanchoring();
    void damagedFile_data();
    void damagedFile();
    void backupsRotate();
    void jsonRoundTrip();
    void select();

private:
    QString addThree(AnnotationStore &store, const Article &article);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void AnnotationStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"annotations.sqlite"_s);
}

QString AnnotationStoreTest::addThree(AnnotationStore &store, const Article &article)
{
    const auto first = store.addHighlight(article, startOf(article, u"agreed to reopen"_s), startOf(article, u"agreed to reopen"_s) + 16, 1,
                                          u"**Key** point"_s, {u"talks"_s, u"Geneva"_s});
    [&] { QVERIFY(first.isValid()); }();
    const auto ottawa = startOf(article, u"Ottawa"_s);
    [&] { QVERIFY(store.addHighlight(article, ottawa, ottawa + 6, 2).isValid()); }();
    [&] { QVERIFY(store.setArticleNote(article, u"Worth following."_s).isValid()); }();
    return first.after ? first.after->id : QString();
}

void AnnotationStoreTest::migrationFromEmpty()
{
    AnnotationStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
    QCOMPARE(store.database().schemaVersion(), 1);
    auto journal = store.database().exec(u"PRAGMA journal_mode"_s);
    QVERIFY(journal.next());
    QCOMPARE(journal.value(0).toString(), u"wal"_s);
    auto foreignKeys = store.database().exec(u"PRAGMA foreign_keys"_s);
    QVERIFY(foreignKeys.next());
    QCOMPARE(foreignKeys.value(0).toInt(), 1);
    auto synchronous = store.database().exec(u"PRAGMA synchronous"_s);
    QVERIFY(synchronous.next());
    QCOMPARE(synchronous.value(0).toInt(), 2); // FULL
    QCOMPARE(store.integrityCheck(), u"ok"_s);
    QVERIFY(store.allAnnotations().isEmpty());
    QVERIFY(!store.wasRecovered());
    // Foreign keys are enforced: an annotation needs its article.
    QVERIFY(!store.database().run(u"INSERT INTO annotations (id, article_id, created, modified) VALUES ('x', 'none', '', '')"_s));
}

void AnnotationStoreTest::roundTrip()
{
    const auto article = makeArticle(Paragraphs);
    QList<Annotation> saved;
    {
        AnnotationStore store;
        QVERIFY(store.open(m_path));
        QSignalSpy changed(&store, &AnnotationStore::annotationChanged);
        addThree(store, article);
        QCOMPARE(changed.size(), 3);
        saved = store.allAnnotations();
    }
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    const auto loaded = store.annotationsFor(article);
    QCOMPARE(loaded, saved);
    QCOMPARE(loaded.size(), 3);
    QVERIFY(loaded.at(0).isArticleNote());
    QCOMPARE(loaded.at(0).note, u"Worth following."_s);
    QCOMPARE(loaded.at(1).selector.exact, u"agreed to reopen"_s);
    QCOMPARE(loaded.at(1).tags, (QStringList{u"Geneva"_s, u"talks"_s}));
    QCOMPARE(loaded.at(1).colour, 1);
    QCOMPARE(loaded.at(1).note, u"**Key** point"_s);
    QCOMPARE(loaded.at(2).selector.exact, u"Ottawa"_s);
    QCOMPARE(store.allTags(), (QStringList{u"Geneva"_s, u"talks"_s}));
    QCOMPARE(store.articles().size(), 1);
    QCOMPARE(store.articles().first().title, article.title);
}

void AnnotationStoreTest::undoRedo_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("nominal: add") << u"add"_s;
    QTest::newRow("nominal: delete") << u"delete"_s;
    QTest::newRow("nominal: edit note") << u"note"_s;
    QTest::newRow("nominal: colour") << u"colour"_s;
    QTest::newRow("nominal: set tags") << u"tags"_s;
    QTest::newRow("nominal: add tag") << u"addTag"_s;
    QTest::newRow("nominal: remove tag") << u"removeTag"_s;
    QTest::newRow("nominal: re-attach") << u"reattach"_s;
    QTest::newRow("nominal: article note deleted") << u"articleNote"_s;
    QTest::newRow("robustness: tag removed that was the last use") << u"lastTag"_s;
}

void AnnotationStoreTest::undoRedo()
{
    QFETCH(QString, operation);
    const auto article = makeArticle(Paragraphs);
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    const auto id = addThree(store, article);
    const auto before = store.allAnnotations();
    const auto tagsBefore = store.allTags();

    AnnotationChange change;
    if (operation == u"add"_s)
        change = store.addHighlight(article, 0, 7, 3, u"new"_s, {u"x"_s});
    else if (operation == u"delete"_s)
        change = store.remove(id);
    else if (operation == u"note"_s)
        change = store.setNote(id, u"changed"_s);
    else if (operation == u"colour"_s)
        change = store.setColour(id, 4);
    else if (operation == u"tags"_s)
        change = store.setTags(id, {u"a"_s, u"b"_s});
    else if (operation == u"addTag"_s)
        change = store.addTag(id, u"new tag"_s);
    else if (operation == u"removeTag"_s)
        change = store.removeTag(id, u"TALKS"_s);
    else if (operation == u"reattach"_s)
        change = store.reattach(id, 0, 7, article.text(), 1);
    else if (operation == u"articleNote"_s)
        change = store.setArticleNote(article, {});
    else if (operation == u"lastTag"_s)
        change = store.setTags(id, {});
    QVERIFY2(change.isValid(), qPrintable(store.lastError()));
    const auto after = store.allAnnotations();
    QVERIFY(after != before);

    QVERIFY(store.undo(change));
    QCOMPARE(store.allAnnotations(), before);
    QCOMPARE(store.allTags(), tagsBefore);
    QVERIFY(store.redo(change));
    QCOMPARE(store.allAnnotations(), after);
    QVERIFY(store.undo(change));
    QCOMPARE(store.allAnnotations(), before);
}

void AnnotationStoreTest::articleFoundAgain_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isFound");
    QTest::newRow("nominal: moved and renamed, same bytes") << u"hash-1"_s << u"/elsewhere/b.txt"_s << QString() << true;
    QTest::newRow("nominal: re-downloaded, same URL") << u"hash-2"_s << u"/news/b.txt"_s << u"https://example.invalid/talks"_s << true;
    QTest::newRow("nominal: edited in place") << u"hash-3"_s << u"/news/a.txt"_s << QString() << true;
    QTest::newRow("robustness: another article") << u"hash-4"_s << u"/news/c.txt"_s << u"https://example.invalid/other"_s << false;
}

void AnnotationStoreTest::publicationDate_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("isRecorded");
    QTest::newRow("nominal: a date from the page's metadata is recorded") << int(DateSource::Metadata) << true;
    QTest::newRow("nominal: a date line in the text is recorded") << int(DateSource::TextDateLine) << true;
    QTest::newRow("robustness: the file's time is not a publication date") << int(DateSource::FileModified) << false;
    QTest::newRow("robustness: a date of unknown origin is not recorded") << int(DateSource::Unknown) << false;
}

void AnnotationStoreTest::publicationDate()
{
    QFETCH(int, source);
    QFETCH(bool, isRecorded);
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    auto article = makeArticle(Paragraphs);
    article.publishedSource = DateSource(source);
    addThree(store, article);
    auto record = store.findArticle(article);
    QVERIFY(record);
    QCOMPARE(record->published.isValid(), isRecorded);
    if (isRecorded)
        QCOMPARE(record->published, article.published);
}

void AnnotationStoreTest::articleFoundAgain()
{
    QFETCH(QString, hash);
    QFETCH(QString, path);
    QFETCH(QString, url);
    QFETCH(bool, isFound);
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    addThree(store, makeArticle(Paragraphs));

    auto moved = makeArticle(Paragraphs, hash, path);
    moved.url = url;
    if (!isFound)
        moved.title = u"Another story"_s;
    const auto annotations = store.annotationsFor(moved);
    QCOMPARE(annotations.size(), isFound ? 3 : 0);
    if (isFound) {
        const auto record = store.findArticle(moved);
        QVERIFY(record);
        QCOMPARE(record->path, path);
        QCOMPARE(record->contentHash, hash);
    }
}

void AnnotationStoreTest::reanchoring()
{
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    const auto original = makeArticle(Paragraphs);
    addThree(store, original);

    // A new cleaner keeps a boilerplate line and the second paragraph is deleted.
    auto changed = makeArticle({u"Skip to content"_s, Paragraphs.at(0), Paragraphs.at(2)});
    changed.cleanerVersion = 2;
    QSignalSpy reanchored(&store, &AnnotationStore::articleReanchored);
    ReanchorReport report;
    const auto annotations = store.annotationsFor(changed, &report);
    QCOMPARE(reanchored.size(), 1);
    QCOMPARE(report.moved, 1);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(annotations.size(), 3); // never deleted
    const auto text = changed.text();
    const auto &moved = annotations.at(1);
    QCOMPARE(text.mid(moved.selector.start, moved.selector.end - moved.selector.start), u"agreed to reopen"_s);
    QCOMPARE(moved.cleanerVersion, 2);
    const auto orphans = store.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().selector.exact, u"Ottawa"_s);

    // Opening the same text again changes nothing.
    QVERIFY(store.annotationsFor(changed, &report) == annotations);
    QCOMPARE(reanchored.size(), 1);

    // The reader re-attaches the orphan to a new passage.
    const auto geneva = text.indexOf(u"Geneva"_s);
    const auto change = store.reattach(orphans.first().id, geneva, geneva + 6, text, changed.cleanerVersion);
    QVERIFY(change.isValid());
    QVERIFY(!change.after->isOrphan);
    QVERIFY(store.orphans().isEmpty());
    QCOMPARE(change.after->selector.exact, u"Geneva"_s);
}

void AnnotationStoreTest::damagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("hasBackup");
    QTest::newRow("robustness: header overwritten, backup restored") << u"header"_s << true;
    QTest::newRow("robustness: file truncated, backup restored") << u"truncate"_s << true;
    QTest::newRow("robustness: b-tree pages overwritten, backup restored") << u"pages"_s << true;
    QTest::newRow("robustness: header overwritten, no backup") << u"header"_s << false;
}

void AnnotationStoreTest::damagedFile()
{
    QFETCH(QString, damage);
    QFETCH(bool, hasBackup);
    const auto article = makeArticle(Paragraphs);
    QList<Annotation> saved;
    {
        AnnotationStore store;
        QVERIFY(store.open(m_path));
        addThree(store, article);
        // Enough rows for several pages, so that page damage hits the b-trees.
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.addHighlight(article, 0, 20, 0, QString(300, u'n')).isValid());
        saved = store.allAnnotations();
        if (hasBackup)
            QVERIFY(store.makeBackup());
        QCOMPARE(store.backups().size(), hasBackup ? 1 : 0);
    }
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"header"_s) {
            file.write(QByteArray(100, 'x'));
        } else if (damage == u"truncate"_s) {
            QVERIFY(file.resize(file.size() / 3 + 1000));
        } else {
            for (qint64 page = 1; page * 4096 < file.size(); page += 2) {
                file.seek(page * 4096);
                file.write(QByteArray(64, '\xff'));
            }
        }
    }
    AnnotationStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
    QVERIFY(store.wasRecovered());
    QVERIFY(store.recoveryMessage().contains(u"damaged"_s));
    QCOMPARE(store.integrityCheck(), u"ok"_s);
    const auto damaged = QDir(m_dir->path()).entryList({u"annotations.sqlite.damaged-*"_s});
    QVERIFY2(!damaged.isEmpty(), "the damaged file is kept aside");
    if (hasBackup) {
        QVERIFY(store.recoveryMessage().contains(u"restored"_s));
        QCOMPARE(store.allAnnotations(), saved);
    } else {
        QVERIFY(store.recoveryMessage().contains(u"No usable backup"_s));
        QVERIFY(store.allAnnotations().isEmpty());
    }
    // The store works after recovery.
    QVERIFY(store.addHighlight(article, 0, 7).isValid());
}

void AnnotationStoreTest::backupsRotate()
{
    const auto article = makeArticle(Paragraphs);
    {
        AnnotationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.backups().isEmpty()); // nothing to protect yet
        addThree(store, article);
    }
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.backups().size(), 1); // made at open: none was younger than a day
    // Older backups, as left by earlier days.
    for (int day = 1; day <= 9; ++day) {
        const QString name = store.backupDirectory() + u"/annotations-2020-01-%1.sqlite"_s.arg(day, 2, 10, QChar(u'0'));
        QVERIFY(QFile::copy(store.backups().first(), name));
    }
    QVERIFY(store.makeBackup());
    const auto kept = store.backups();
    QCOMPARE(kept.size(), AnnotationStore::BackupsKept);
    QVERIFY(kept.first().endsWith(QDate::currentDate().toString(Qt::ISODate) + u".sqlite"_s)
            || kept.first().endsWith(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate) + u".sqlite"_s));
    QVERIFY(!kept.last().endsWith(u"2020-01-01.sqlite"_s));
}

void AnnotationStoreTest::jsonRoundTrip()
{
    const auto article = makeArticle(Paragraphs);
    AnnotationStore first;
    // A clock of the test's own: the edit below is later than the copy imported, whatever the
    // machine's clock resolution.
    auto clock = QDateTime(QDate(2026, 3, 5), QTime(9, 0), QTimeZone::UTC);
    first.setClock([&clock] { return clock; });
    QVERIFY(first.open(m_path));
    addThree(first, article);
    // Text a JSON or SQL layer could mangle.
    QVERIFY(first.addHighlight(article, 0, 7, 4, u"quote \" backslash \\ tab\t emoji 🙂 '; DROP TABLE annotations; --"_s,
                               {u"ünïcödé"_s})
                .isValid());
    const auto json = first.exportJson();

    AnnotationStore second;
    QVERIFY(second.open(m_dir->filePath(u"other.sqlite"_s)));
    auto result = second.importJson(json);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.articlesAdded, 1);
    QCOMPARE(result.annotationsAdded, 4);
    QCOMPARE(second.allAnnotations(), first.allAnnotations());
    QCOMPARE(second.articles(), first.articles());

    // Importing again merges: nothing new.
    result = second.importJson(json);
    QCOMPARE(result.annotationsAdded, 0);
    QCOMPARE(result.annotationsKept, 4);

    // A newer edit on one side wins over the older copy.
    const auto id = first.allAnnotations().at(1).id;
    clock = clock.addSecs(60);
    QVERIFY(first.setNote(id, u"edited later"_s).isValid());
    QCOMPARE(first.annotation(id)->modified, clock);
    result = second.importJson(first.exportJson());
    QCOMPARE(result.annotationsUpdated, 1);
    QCOMPARE(second.annotation(id)->note, u"edited later"_s);

    // Robustness: not ours, not JSON.
    QVERIFY(!second.importJson("{\"articles\": []}").isOk());
    QVERIFY(!second.importJson("not json").isOk());
    QCOMPARE(second.allAnnotations(), first.allAnnotations());
}

void AnnotationStoreTest::select()
{
    const auto article = makeArticle(Paragraphs);
    AnnotationStore store;
    QVERIFY(store.open(m_path));
    addThree(store, article);
    AnnotationFilter filter;
    filter.tags = {u"#Talks"_s};
    QCOMPARE(store.select(filter).size(), 1);
    filter = {};
    filter.includeArticleNotes = false;
    QCOMPARE(store.select(filter).size(), 2);
    filter.from = QDateTime::currentDateTimeUtc().date().addDays(1);
    QCOMPARE(store.select(filter).size(), 0);
    filter = {};
    filter.articleIds = {u"unknown"_s};
    QCOMPARE(store.select(filter).size(), 0);
}

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "annotationstore_test.moc"
