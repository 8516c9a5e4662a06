#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache {

// Offsets in this layer are UTF-16 code units into Article::text() (QString indices), end
// exclusive. The command line converts them to Unicode code points at its boundary.

enum class EntityType {
    Person,
    Organisation,
    GeoPolitical, // countries, states, provinces, cities
    Location,     // regions, seas, other places
    Nationality,  // NORP: nationalities and demonyms, linked to their country
};

QString entityTypeName(EntityType type); // "PERSON", "ORG", "GPE", "LOC", "NORP"
// The reverse of entityTypeName(), for what the library index stores; ORG for an unknown name.
EntityType entityTypeFromName(const QString &name);

struct EntityMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    QString entityId; // stable across articles: "person/mark-carney", "country/CA", "org/nato"
    QString name;     // canonical name: "Mark Carney", "Canada"

    bool operator==(const EntityMention &) const = default;
};

enum class TimexType { Date, Time, Duration, Set };

QString timexTypeName(TimexType type); // "DATE", "TIME", "DURATION", "SET"

struct Timex
{
    qsizetype start = 0;
    qsizetype end = 0;
    TimexType type = TimexType::Date;
    QString value;            // TIMEX3 value: "2025-03-05", "2018", "P3Y", "PAST_REF", "2025-W10", …
    bool isUncertain = false; // resolved against a publication date that was itself uncertain

    bool operator==(const Timex &) const = default;
};

// Coarse diplomatic event types after the CAMEO root categories.
enum class EventType {
    Statement,
    Consultation,  // call, visit, meeting, talks
    Cooperation,   // agree, sign, pledge
    Demand,        // demand, appeal
    Criticism,     // criticise, accuse
    Threat,
    Protest,
    Sanction,      // sanctions, reduced relations
    Expulsion,
    LegalAction,   // arrest, charge, sue
    MilitaryAction,
    Other,
};

QString eventTypeName(EventType type); // "statement", "consultation", …

struct Event
{
    QDate begin;              // first day the event may have happened
    QDate end;                // last day (== begin for a single day; later for "2018" or "March")
    QString value;            // the TIMEX3 value the date came from
    bool isUncertain = false; // the date is a guess (file date, vague expression)
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    QString sentence;
    QString label;            // short: "Huawei executive arrested on a U.S. warrant"
    EventType type = EventType::Other;
    QStringList actorIds;     // entity ids, most prominent first
    QStringList actorNames;   // canonical names, parallel to actorIds

    bool operator==(const Event &) const = default;
};

struct ArticleAnalysis
{
    QList<EntityMention> entities; // sorted by start
    // Mentions in the headline (offsets into Article::title): headlines often name the place or
    // the person the body then calls by a short form. Empty when only a text was analysed.
    QList<EntityMention> titleEntities;
    QList<Timex> timex;            // sorted by start
    QList<Event> events;           // sorted by begin date, then position

    bool operator==(const ArticleAnalysis &) const = default;
};

} // namespace Attache
