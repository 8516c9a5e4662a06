#include "analyze/timextagger.h"

namespace Attache {

// TODO: the timeline issue fills this in.
QList<Timex> TimexTagger::tag(const QString &, const QDate &, bool) const
{
    return {};
}

} // namespace Attache
