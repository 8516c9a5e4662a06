#pragma once

#include <QString>

namespace Attache {

// The sample articles compiled into the program (resources/samples), shown on a first start.
inline QString sampleLibraryPath()
{
    return QStringLiteral(":/samples");
}

// Writes the bundled samples as plain files into `folder` (created if needed), so that the
// library can index and watch them like any folder of the user's. Files already there with the
// same content are left alone. Returns false, with `error`, if the folder cannot be written.
// Only ever called with a folder of Attaché's own (its data location or a temporary one).
bool installSamples(const QString &folder, QString *error = nullptr);

} // namespace Attache
