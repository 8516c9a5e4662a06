#pragma once

#include "analyze/analysis.h"

#include <QBitArray>
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
// of white space), and the same types' words in French, Spanish, German, Russian and Arabic
// (written forms, or stems ending in "*" that match any word they begin). Phrases are looked up by their first word, so a sentence is read once per
// entry instead of being run through a large regular expression; indexing a library analyses
// every article, and this was a third of the time. Shared, immutable, safe from any thread.
class EventLexicon final
{
public:
    static const EventLexicon &instance();

    // Triggers within [start, end) of text, in text order; at one position the longest wins. The
    // English words count in every language; another language's only in text in that language
    // (BCP 47: "fr", "de-AT"), where they would otherwise be found inside English words.
    QList<EventTrigger> find(const QString &text, qsizetype start, qsizetype end, QStringView language = u"en") const;
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
        // Stems (lower case) by their first StemHead letters, longest first.
        QHash<QString, QStringList> stemsByHead = {};
        // German capitalises every noun: there a capital does not make a trigger a name.
        bool mayBeCapitalised = false;
        QString language = {}; // primary language subtag; empty for the English words
    };
    static constexpr qsizetype StemHead = 4;
    static QString stemHeadOf(const QString &key);
    QList<Entry> m_entries;
    // Which entries have phrases starting with a word, or stems starting with its first StemHead
    // letters, in entry order: a word is looked up once, not once per entry. One index per
    // language, holding the English entries and that language's: an English article looks up
    // neither another language's words nor any stem.
    struct WordIndex
    {
        QHash<QString, QList<int>> entriesByFirstWord;
        QHash<QString, QList<int>> entriesByStemHead;
        // The keys of both, one bit each by filterBit(): nearly every word of a sentence starts no
        // phrase and no stem, and one bit test spares it the hashing of a string and two look-ups.
        QBitArray firstWordBits = QBitArray(FilterBits);
        QBitArray stemHeadBits = QBitArray(FilterBits);
    };
    static constexpr qsizetype FilterBits = 1 << 16;
    static int filterBit(QStringView key);
    QHash<QString, WordIndex> m_indexByLanguage; // by primary language subtag; "" for English only
    // Where the entry's phrase or stem found at `at` ends, or -1.
    static qsizetype entryMatchEnd(const Entry &entry, QStringView view, qsizetype at, const QString &key);
};

EventType eventTypeFromName(const QString &name);

} // namespace Attache
