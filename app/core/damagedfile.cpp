#include "core/damagedfile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Attache {

bool setDamagedDatabaseAside(const QString &path, const QDateTime &when, QString *aside)
{
    const auto target = path + u".damaged-"_s + when.toString(u"yyyyMMdd-HHmmss"_s);
    if (aside)
        *aside = target;
    if (!QFile::rename(path, target))
        return false;
    for (const auto &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion) && !QFile::rename(path + companion, target + companion))
            QFile::remove(path + companion);
    }
    return true;
}

} // namespace Attache
