#pragma once

#include "analyze/analysis.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

// The trigger lexicon of resources/knowledge/event-lexicon.json: per type, its verb forms, nouns
// and weak verbs, matched case-insensitively as whole words (a space in a phrase matches any run
// of white space). Phrases are looked up by their first word, so a sentence is read once per
// entry instead of being run through a large regular expression; indexing a library analyses
// every article, and this was a third of the time. Shared, immutable, safe from any thread.
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
        // Phrases (lower case) by their first word, longest first: the longest wins at a place.
        QHash<QString, QStringList> phrasesByFirstWord;
        EventType type = EventType::Other;
        bool isVerb = false;
        bool isWeak = false;
    };
    QList<Entry> m_entries;
    // Which entries have phrases starting with a word, in entry order: a word is looked up once,
    // not once per entry.
    QHash<QString, QList<int>> m_entriesByFirstWord;
};

EventType eventTypeFromName(const QString &name);

} // namespace Attache
