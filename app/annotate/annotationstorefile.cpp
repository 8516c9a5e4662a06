// AnnotationStore's file: opening, damage and recovery, backups.

#include "annotate/annotationstore.h"
#include "annotate/annotationrecords.h"

#include "clean/article.h"
#include "core/damagedfile.h"
#include "core/database.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace AnnotationRecords;

namespace {

const auto MigrationDirectory = u":/sql/annotations"_s;

} // namespace

// --- Opening, damage, backups ---

bool AnnotationStore::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_recoveryMessage.clear();
    m_lastError.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(u"cannot create the folder of %1"_s.arg(m_path));
    // A backup interrupted by a crash leaves a temporary file; it is never a valid backup.
    QDir backupDir(backupDirectory());
    for (const auto &leftover : backupDir.entryList({u"*.tmp"_s}, QDir::Files))
        backupDir.remove(leftover);

    if (QFileInfo::exists(m_path)) {
        const auto problem = checkFile(m_path);
        // A file another process holds locked is busy, not damaged: never move it aside.
        if (problem.contains(u"locked"_s, Qt::CaseInsensitive) || problem.contains(u"busy"_s, Qt::CaseInsensitive))
            return fail(u"the annotation file %1 is in use: %2"_s.arg(m_path, problem));
        if (!problem.isEmpty() && !recover(problem))
            return false;
    }
    if (!openChecked(m_path))
        return false;
    makeBackupIfDue();
    return true;
}

bool AnnotationStore::openChecked(const QString &path)
{
    if (!m_db->open(path) || !m_db->migrate(MigrationDirectory)) {
        const auto error = m_db->lastError();
        m_db->close();
        return fail(u"cannot open the annotation file %1: %2"_s.arg(path, error));
    }
    return true;
}

void AnnotationStore::close()
{
    m_db->close();
}

QString AnnotationStore::checkFile(const QString &path) const
{
    Database probe;
    if (!probe.open(path, false))
        return probe.lastError();
    auto query = probe.exec(u"PRAGMA quick_check"_s);
    if (!query.isActive())
        return probe.lastError();
    const auto answer = query.next() ? query.value(0).toString() : u"no answer from quick_check"_s;
    if (answer != u"ok"_s)
        return answer;
    if (probe.schemaVersion() < 0)
        return probe.lastError();
    return {};
}

bool AnnotationStore::recover(const QString &problem)
{
    QString damaged;
    if (!setDamagedDatabaseAside(m_path, m_clock(), &damaged))
        return fail(u"the annotation file %1 is damaged (%2) and cannot be moved aside"_s.arg(m_path, problem));
    QString restored;
    for (const auto &backup : backups()) {
        if (!checkFile(backup).isEmpty())
            continue;
        if (QFile::copy(backup, m_path)) {
            QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            restored = backup;
            break;
        }
    }
    if (restored.isEmpty()) {
        m_recoveryMessage = u"The annotation file was damaged (%1). It was moved to %2. No usable backup was "
                            "found, so a new, empty annotation file was started."_s.arg(problem, damaged);
    } else {
        m_recoveryMessage = u"The annotation file was damaged (%1). It was moved to %2 and the backup of %3 "
                            "was restored; annotations made after that backup are only in the damaged file."_s
                                .arg(problem, damaged, QFileInfo(restored).lastModified().toString(Qt::ISODate));
    }
    qCWarning(lcStore).noquote() << m_recoveryMessage;
    return true;
}

QString AnnotationStore::backupDirectory() const
{
    return m_path + u".backups"_s;
}

QStringList AnnotationStore::backups() const
{
    const QDir dir(backupDirectory());
    QStringList paths;
    // Names carry the date, so name order is age order.
    for (const auto &name : dir.entryList({u"annotations-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed))
        paths << dir.absoluteFilePath(name);
    return paths;
}

bool AnnotationStore::makeBackup()
{
    if (!m_db->isOpen())
        return fail(u"no annotation file is open"_s);
    if (!QDir().mkpath(backupDirectory()))
        return fail(u"cannot create %1"_s.arg(backupDirectory()));
    const QString target = backupDirectory() + u"/annotations-"_s + m_clock().toString(u"yyyy-MM-dd"_s) + u".sqlite"_s;
    const QString temporary = target + u".tmp"_s;
    QFile::remove(temporary);
    // VACUUM INTO writes a consistent, compact copy even while the WAL holds recent commits.
    if (!m_db->run(u"VACUUM INTO ?"_s, {temporary}))
        return fail(u"backup failed: %1"_s.arg(m_db->lastError()));
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return fail(u"cannot move the backup into place at %1"_s.arg(target));
    const auto existing = backups();
    for (qsizetype i = BackupsKept; i < existing.size(); ++i)
        QFile::remove(existing.at(i));
    return true;
}

void AnnotationStore::makeBackupIfDue()
{
    const auto existing = backups();
    if (!existing.isEmpty() && QFileInfo(existing.first()).lastModified().secsTo(m_clock()) < 24 * 3600)
        return;
    // An empty file has nothing to protect; the first backup follows the first annotation.
    auto count = m_db->exec(u"SELECT count(*) FROM annotations"_s);
    const bool isEmpty = !count.next() || count.value(0).toInt() == 0;
    count.finish(); // VACUUM refuses to run beside an unfinished statement
    if (!isEmpty)
        makeBackup();
}

} // namespace Attache
