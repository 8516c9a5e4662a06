#include "analyze/eventextractor.h"

namespace Attache {

// TODO: the timeline issue fills this in.
QList<Event> EventExtractor::extract(const QString &, const QList<EntityMention> &, const QList<Timex> &,
                                     const QDate &, bool) const
{
    return {};
}

} // namespace Attache
