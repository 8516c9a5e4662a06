#include "analyze/analysis.h"

using namespace Qt::StringLiterals;

namespace Attache {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return u"PERSON"_s;
    case EntityType::Organisation: return u"ORG"_s;
    case EntityType::GeoPolitical: return u"GPE"_s;
    case EntityType::Location: return u"LOC"_s;
    case EntityType::Nationality: return u"NORP"_s;
    }
    return u"ORG"_s;
}

EntityType entityTypeFromName(const QString &name)
{
    for (auto type : {EntityType::Person, EntityType::Organisation, EntityType::GeoPolitical, EntityType::Location,
                      EntityType::Nationality}) {
        if (entityTypeName(type) == name)
            return type;
    }
    return EntityType::Organisation;
}

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date: return u"DATE"_s;
    case TimexType::Time: return u"TIME"_s;
    case TimexType::Duration: return u"DURATION"_s;
    case TimexType::Set: return u"SET"_s;
    }
    return u"DATE"_s;
}

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::Statement: return u"statement"_s;
    case EventType::Consultation: return u"consultation"_s;
    case EventType::Cooperation: return u"cooperation"_s;
    case EventType::Demand: return u"demand"_s;
    case EventType::Criticism: return u"criticism"_s;
    case EventType::Threat: return u"threat"_s;
    case EventType::Protest: return u"protest"_s;
    case EventType::Sanction: return u"sanction"_s;
    case EventType::Expulsion: return u"expulsion"_s;
    case EventType::LegalAction: return u"legal-action"_s;
    case EventType::MilitaryAction: return u"military-action"_s;
    case EventType::Other: break;
    }
    return u"other"_s;
}

} // namespace Attache
