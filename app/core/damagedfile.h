#pragma once

#include <QDateTime>
#include <QString>

namespace Attache {

// Moves a damaged SQLite file and its "-wal" and "-shm" companions to
// "<path>.damaged-<yyyyMMdd-HHmmss of when>", so that a fresh file can take its place while the
// damaged one stays for the analyst to look at. `aside` receives the damaged file's new path.
// A companion that cannot be moved is deleted: a stale journal must never meet the fresh file.
// Returns false, touching nothing, when the file itself cannot be moved.
// Used by LibraryIndex and AnnotationStore, the two stores.
bool setDamagedDatabaseAside(const QString &path, const QDateTime &when, QString *aside = nullptr);

} // namespace Attache
