#pragma once

#include <QString>

namespace Attache {

// The sample articles compiled into the program, opened when Attaché starts with no paths.
inline QString sampleLibraryPath()
{
    return QStringLiteral(":/samples");
}

} // namespace Attache
