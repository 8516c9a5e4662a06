#pragma once

#include "analyze/analysis.h"

namespace Attache {

// Finds temporal expressions in English news and normalises them TIMEX3-style, resolving relative
// ones against the document creation time (the publication date). Reentrant.
class TimexTagger final
{
public:
    QList<Timex> tag(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain = false) const;
};

} // namespace Attache
