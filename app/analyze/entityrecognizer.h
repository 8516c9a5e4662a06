#pragma once

#include "analyze/analysis.h"

namespace Attache {

// Finds people, organisations, countries and places, and nationalities in cleaned text and links
// every mention to one entity. Reentrant and thread-safe after construction; the knowledge it
// needs is loaded once per process.
class EntityRecognizer final
{
public:
    QList<EntityMention> recognize(const QString &text) const;
};

} // namespace Attache
