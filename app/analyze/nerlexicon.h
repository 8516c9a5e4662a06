#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Attache {

// What a language's spelling dictionary says of a capitalised word, for the entity tagger of a
// language that capitalises every noun (German): a word the dictionary has only capitalised is a
// noun or a well-known name, one it has in lower case is an ordinary word opening a sentence, a
// word it lacks may be a name it never heard of. The tagger learns what each class is worth; the
// dictionary names no entity.
//
// The German lexicon is Debian's wngerman word list (igerman98, GPL-2+), embedded at build time
// (resources/CMakeLists.txt). Immutable after loading; forLanguage() loads a language's lexicon
// once per process on first use (thread-safe), in a few tens of milliseconds.
class NerLexicon final
{
public:
    enum Class : quint8 {
        Unknown = 0,       // no lexicon, or not a word
        Noun = 1,          // only capitalised, with plural forms ("Regierung", "Regierungen")
        CapitalisedOnly,   // only capitalised, no plural form: names and uncountable nouns ("Merkel", "Berlin", "Polizei")
        BothCases,         // capitalised and in lower case ("Deutsche", "Recht")
        LowercaseOnly,     // only in lower case: an ordinary word opening a sentence ("Nach", "Wegen")
        CompoundNoun,      // absent, but ends in a noun of the list ("Grenzschutzbehörde")
        Absent,            // none of the above: a rare word, or a name the dictionary does not know
    };

    // The lexicon of a language (a BCP 47 tag, "de", "de-AT"), or nullptr when Attaché has none.
    static const NerLexicon *forLanguage(QStringView language);
    // Whether forLanguage(language) has read its word list in this process (wngerman: ~120 ms and
    // 4 MB); false for a language without one. Lets callers that only read ahead leave it unread.
    static bool isLoaded(QStringView language);
    // Whether forLanguage(language) would read a word list now: the language has one, not read yet.
    static bool needsLoading(QStringView language);

    // Builds a lexicon from a word list, one word a line; isValid() is false when it cannot be read.
    explicit NerLexicon(const QString &path);
    bool isValid() const { return m_count > 0; }
    qsizetype size() const { return m_count; }

    // The class of a word (its text as it stands) whose case-folded PhraseHash is foldedHash.
    Class classify(QStringView word, quint64 foldedHash) const;

private:
    enum Bit : quint8 { Capitalised = 1, Lowercase = 2 };
    static constexpr quint8 BitMask = 3;
    static constexpr quint64 KeyMark = quint64(1) << 63; // no stored key is 0, the empty slot
    void insert(quint64 foldedHash, quint8 bits);
    quint8 bitsOf(quint64 foldedHash) const;
    static quint64 extended(quint64 foldedHash, const char16_t *ending);
    bool hasPlural(quint64 foldedHash) const;
    bool isNoun(QStringView word, quint64 foldedHash) const;
    Class classifyUncached(QStringView word, quint64 foldedHash) const;
    // Open addressing over the case-folded PhraseHash, its two lowest bits replaced by the word's
    // Bits: half a million slots, 4 MB, for wngerman's 356,000 words.
    std::vector<quint64> m_slots;
    quint64 m_mask = 0;
    qsizetype m_count = 0;
    quint64 m_serial = 0; // this lexicon's key in the threads' caches of classes
};

} // namespace Attache
