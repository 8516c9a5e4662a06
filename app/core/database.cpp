#include "core/database.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Attache {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool writeAheadLog)
{
    close();
    m_path = path;
    m_connectionName = u"attache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(u"cannot open %1: %2"_s.arg(path, m_db.lastError().text()));
    if (!run(u"PRAGMA foreign_keys = ON"_s))
        return false;
    if (writeAheadLog && path != u":memory:"_s) {
        if (!run(u"PRAGMA journal_mode = WAL"_s) || !run(u"PRAGMA synchronous = FULL"_s))
            return false;
    }
    return run(u"PRAGMA busy_timeout = 5000"_s);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_prepared.clear(); // the statements belong to the connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        fail(u"cannot prepare \"%1\": %2"_s.arg(sql.left(80), query.lastError().text()));
        return QSqlQuery();
    }
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(u"\"%1\" failed: %2"_s.arg(sql.left(80), query.lastError().text()));
        return QSqlQuery();
    }
    return query;
}

QSqlQuery *Database::preparedQuery(const QString &sql)
{
    auto found = m_prepared.find(sql);
    if (found != m_prepared.end())
        return &found->second;
    // SQL built with varying text would fill the cache without ever hitting it: keep it small.
    if (m_prepared.size() >= 64)
        m_prepared.clear();
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        fail(u"cannot prepare \"%1\": %2"_s.arg(sql.left(80), query.lastError().text()));
        return nullptr;
    }
    return &m_prepared.emplace(sql, std::move(query)).first->second;
}

QSqlQuery *Database::execCached(const QString &sql, const QVariantList &values)
{
    auto *query = preparedQuery(sql);
    if (!query)
        return nullptr;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        const auto error = query->lastError().text();
        m_prepared.erase(sql);
        fail(u"\"%1\" failed: %2"_s.arg(sql.left(80), error));
        return nullptr;
    }
    return query;
}

bool Database::run(const QString &sql, const QVariantList &values)
{
    auto *query = execCached(sql, values);
    if (!query)
        return false;
    query->finish(); // release the statement's read lock and reset it for the next run
    return true;
}

int Database::schemaVersion()
{
    auto query = exec(u"PRAGMA user_version"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

bool Database::migrate(const QString &resourceDir)
{
    const auto current = schemaVersion();
    if (current < 0)
        return false;
    static const QRegularExpression numbered(u"^(\\d+)_.*\\.sql$"_s);
    auto files = QDir(resourceDir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const auto &file : std::as_const(files)) {
        const auto match = numbered.match(file);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        if (version <= current)
            continue;
        QFile script(resourceDir + u'/' + file);
        if (!script.open(QIODevice::ReadOnly))
            return fail(u"cannot read migration %1"_s.arg(file));
        const auto sql = QString::fromUtf8(script.readAll());
        if (!transaction())
            return false;
        static const QRegularExpression statementEnd(u";\\s*\\n"_s);
        for (const auto &statement : sql.split(statementEnd, Qt::SkipEmptyParts)) {
            auto trimmed = statement.trimmed();
            if (trimmed.endsWith(u';'))
                trimmed.chop(1);
            // Skip comment-only chunks.
            static const QRegularExpression onlyComments(u"^(\\s*--[^\\n]*\\n?)*\\s*$"_s);
            if (trimmed.isEmpty() || onlyComments.match(trimmed).hasMatch())
                continue;
            QSqlQuery query(m_db);
            if (!query.exec(trimmed)) {
                fail(u"migration %1 failed: %2"_s.arg(file, query.lastError().text()));
                rollback();
                return false;
            }
        }
        // PRAGMA takes no bound values; version is an integer we parsed, not user text.
        QSqlQuery setVersion(m_db);
        if (!setVersion.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !commit()) {
            rollback();
            return fail(u"cannot record schema version %1"_s.arg(version));
        }
        qCInfo(lcStore) << m_path << "migrated to schema" << version;
    }
    return true;
}

bool Database::transaction()
{
    return m_db.transaction() || fail(u"cannot begin a transaction: %1"_s.arg(m_db.lastError().text()));
}

bool Database::commit()
{
    return m_db.commit() || fail(u"cannot commit: %1"_s.arg(m_db.lastError().text()));
}

bool Database::rollback()
{
    return m_db.rollback() || fail(u"cannot roll back: %1"_s.arg(m_db.lastError().text()));
}

QString Database::integrityCheck()
{
    auto query = exec(u"PRAGMA integrity_check"_s);
    if (!query.isActive())
        return m_lastError;
    return query.next() ? query.value(0).toString() : u"no answer from integrity_check"_s;
}

bool Database::fail(const QString &what)
{
    m_lastError = what;
    qCWarning(lcStore).noquote() << what;
    return false;
}

} // namespace Attache
