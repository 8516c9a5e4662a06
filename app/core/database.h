#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <unordered_map>

namespace Attache {

// A small RAII wrapper around one SQLite connection through Qt SQL. Failures are reported as
// bool plus lastError(), never thrown. Every value is bound, never formatted into SQL.
// A Database belongs to the thread that opened it (a Qt SQL rule); open one per thread.
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file, or ":memory:". Turns on foreign keys; with
    // `writeAheadLog`, switches the journal to WAL with synchronous=FULL, so that a committed
    // transaction survives a crash or power loss.
    bool open(const QString &path, bool writeAheadLog = true);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase &connection() { return m_db; }

    // Applies the migrations `<resourceDir>/NNN_*.sql` whose number is above PRAGMA user_version,
    // each in its own transaction, and records the new version. Files hold statements separated
    // by ";" at line ends.
    bool migrate(const QString &resourceDir);
    int schemaVersion();

    // Prepares `sql`, binds `values` positionally and executes. Returns the active query, or an
    // inactive one on failure (with lastError() set).
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // The same for a statement whose rows are not read (INSERT, UPDATE, DELETE, DDL). Its
    // prepared form is kept and reused: the indexer runs the same few statements for every
    // article, and preparing each time was a large part of writing one.
    bool run(const QString &sql, const QVariantList &values = {});
    // Like exec() for a statement run again and again whose rows are read: the prepared form is
    // kept, as run() keeps its own. The query belongs to the Database and stays valid until the
    // next run() or execCached() of an SQL text not prepared before; call finish() when done.
    // Null on failure (with lastError() set).
    QSqlQuery *execCached(const QString &sql, const QVariantList &values = {});

    bool transaction();
    bool commit();
    bool rollback();

    // "ok" from PRAGMA integrity_check, or the first problem found.
    QString integrityCheck();

private:
    bool fail(const QString &what);
    QSqlQuery *preparedQuery(const QString &sql);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    std::unordered_map<QString, QSqlQuery> m_prepared; // by SQL text; bounded, see preparedQuery()
};

} // namespace Attache
