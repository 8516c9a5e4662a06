#pragma once

#include "analyze/analysis.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Attache {

// A word or phrase that names a diplomatic action, found in a sentence.
struct EventTrigger
{
    qsizetype start = 0;
    qsizetype end = 0;
    EventType type = EventType::Other;
    bool isVerb = false;
    bool isWeak = false; // "said", "told": an event only when the sentence has its own date
};

// The trigger lexicon of resources/knowledge/event-lexicon.json, compiled once into one
// case-insensitive alternation per type. Shared, immutable and safe to use from any thread.
class EventLexicon final
{
public:
    static const EventLexicon &instance();

    // Triggers within [start, end) of text, in text order; at one position the longest wins.
    QList<EventTrigger> find(const QString &text, qsizetype start, qsizetype end) const;
    bool isValid() const { return !m_entries.isEmpty(); }

    // Inflections of a verb lemma: "agree" → agree, agrees, agreed, agreeing; "stop" → stopped…
    static QStringList inflections(const QString &lemma);

private:
    EventLexicon();
    struct Entry
    {
        QRegularExpression pattern;
        EventType type = EventType::Other;
        bool isVerb = false;
        bool isWeak = false;
    };
    QList<Entry> m_entries;
};

EventType eventTypeFromName(const QString &name);

} // namespace Attache
