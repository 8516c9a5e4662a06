#include "core/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}
} // namespace

// The SQLite wrapper both stores are built on: migrations applied once and whole, values bound
// and never formatted into SQL, failures reported with a message, committed data durable.
class DatabaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(migrations()));
        writeFile(migrations() + u"/001_initial.sql"_s,
                  "-- the first schema\nCREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                  "CREATE INDEX notes_body ON notes(body);\n");
        writeFile(migrations() + u"/002_tags.sql"_s, "ALTER TABLE notes ADD COLUMN tag TEXT;\n");
        writeFile(migrations() + u"/README.txt"_s, "not a migration\n");
    }

    void migrationsApplyOnceInOrder()
    {
        Database db;
        QVERIFY2(db.open(m_dir->filePath(u"a.sqlite"_s)), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), 0);
        QVERIFY2(db.migrate(migrations()), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), 2);
        // Again: nothing to do, nothing fails ("ALTER TABLE … ADD COLUMN" twice would).
        QVERIFY2(db.migrate(migrations()), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), 2);
        QVERIFY(db.run(u"INSERT INTO notes (body, tag) VALUES (?, ?)"_s, {u"one"_s, u"t"_s}));
    }

    void failedMigrationLeavesTheSchemaAsItWas()
    {
        writeFile(migrations() + u"/003_broken.sql"_s,
                  "CREATE TABLE extra (id INTEGER);\nTHIS IS NOT SQL;\n");
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"b.sqlite"_s)));
        QVERIFY(!db.migrate(migrations()));
        QVERIFY2(db.lastError().contains(u"003_broken.sql"_s), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), 2);
        // The first statement of the broken migration was rolled back with it.
        QVERIFY(!db.exec(u"SELECT count(*) FROM extra"_s).isActive());
    }

    void valuesAreBoundNotFormatted_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: plain text") << u"talks resumed"_s;
        QTest::newRow("robustness: quotes and an injection attempt") << u"it's \"fine\"'); DROP TABLE notes; --"_s;
        QTest::newRow("robustness: unicode and a NUL-free control character") << u"Genève 🙂 \t é"_s;
        QTest::newRow("boundary: empty") << u""_s;
    }

    void valuesAreBoundNotFormatted()
    {
        QFETCH(QString, body);
        Database db;
        QVERIFY(db.open(u":memory:"_s, false));
        QVERIFY(db.migrate(migrations()));
        QVERIFY2(db.run(u"INSERT INTO notes (body) VALUES (?)"_s, {body}), qPrintable(db.lastError()));
        auto query = db.exec(u"SELECT body FROM notes WHERE body = ?"_s, {body});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), body);
        QCOMPARE(db.exec(u"SELECT count(*) FROM notes"_s).next(), true);
    }

    void cachedStatementsAreReused()
    {
        Database db;
        QVERIFY(db.open(u":memory:"_s, false));
        QVERIFY(db.migrate(migrations()));
        for (int i = 0; i < 50; ++i)
            QVERIFY(db.run(u"INSERT INTO notes (body) VALUES (?)"_s, {u"n%1"_s.arg(i)}));
        for (int i = 0; i < 3; ++i) {
            auto *query = db.execCached(u"SELECT count(*) FROM notes WHERE body LIKE ?"_s, {u"n1%"_s});
            QVERIFY(query);
            QVERIFY(query->next());
            QCOMPARE(query->value(0).toInt(), 11); // n1, n10…n19
            query->finish();
        }
    }

    void errorsAreReportedNotThrown()
    {
        Database db;
        QVERIFY(db.open(u":memory:"_s, false));
        QVERIFY(!db.run(u"INSERT INTO missing_table VALUES (1)"_s));
        QVERIFY(db.lastError().contains(u"missing_table"_s));
        QVERIFY(!db.exec(u"SELEKT 1"_s).isActive());
        QVERIFY(!db.execCached(u"SELEKT 1"_s));
        QVERIFY(!db.lastError().isEmpty());
    }

    void rollbackDiscardsAndCommitKeeps()
    {
        const auto path = m_dir->filePath(u"c.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.migrate(migrations()));
            QVERIFY(db.transaction());
            QVERIFY(db.run(u"INSERT INTO notes (body) VALUES (?)"_s, {u"kept"_s}));
            QVERIFY(db.commit());
            QVERIFY(db.transaction());
            QVERIFY(db.run(u"INSERT INTO notes (body) VALUES (?)"_s, {u"discarded"_s}));
            QVERIFY(db.rollback());
            QCOMPARE(db.integrityCheck(), u"ok"_s);
        }
        Database reopened;
        QVERIFY(reopened.open(path));
        auto query = reopened.exec(u"SELECT body FROM notes ORDER BY id"_s);
        QStringList bodies;
        while (query.next())
            bodies << query.value(0).toString();
        QCOMPARE(bodies, QStringList{u"kept"_s});
    }

    void aFileThatIsNotADatabaseIsNoDatabase()
    {
        const auto path = m_dir->filePath(u"text.sqlite"_s);
        writeFile(path, QByteArray("this is a text file, not SQLite\n").repeated(200));
        Database db;
        // Opening is lazy in SQLite; the first read tells.
        const bool usable = db.open(path) && db.schemaVersion() >= 0;
        QVERIFY(!usable);
        QVERIFY(!db.lastError().isEmpty());
    }

private:
    QString migrations() const { return m_dir->filePath(u"migrations"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
