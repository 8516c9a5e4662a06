#pragma once

#include "analyze/analysis.h"

namespace Attache {

// Turns sentences that carry a date, and reported actions of the article's own day, into dated
// events with actors, a short label and a CAMEO-like type, with the trigger words of the text's
// language (BCP 47) beside the English ones. Reentrant.
class EventExtractor final
{
public:
    QList<Event> extract(const QString &text, const QList<EntityMention> &entities, const QList<Timex> &timex,
                         const QDate &documentDate, bool isDocumentDateUncertain = false,
                         QStringView language = u"en") const;
};

} // namespace Attache
