#include "library/samplelibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Attache {

bool installSamples(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = u"%1: the folder cannot be created"_s.arg(folder);
        return false;
    }
    QDirIterator it(sampleLibraryPath(), QDir::Files);
    while (it.hasNext()) {
        const auto source = it.nextFileInfo();
        QFile resource(source.filePath());
        if (!resource.open(QIODevice::ReadOnly))
            continue;
        const auto content = resource.readAll();
        const auto target = QDir(folder).filePath(source.fileName());
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            continue;
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            if (error)
                *error = u"%1: %2"_s.arg(target, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Attache
