#include "analyze/entityrecognizer.h"

namespace Attache {

// TODO: the entities issue fills this in (gazetteer, rules, in-document alias resolution).
QList<EntityMention> EntityRecognizer::recognize(const QString &) const
{
    return {};
}

} // namespace Attache
