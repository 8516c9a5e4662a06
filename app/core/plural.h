#pragma once

#include <QString>

namespace Attache {

// "1 article", "2 articles": English plurals without shipping a translation file, which plain
// tr("%n article(s)") would need to avoid showing "(s)".
inline QString countOf(qsizetype count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

} // namespace Attache
