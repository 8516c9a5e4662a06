#pragma once

#include "analyze/analysis.h"

#include <QBitArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Attache {

// What the recognizer knows about one word on its own (bit flags).
enum WordClass : quint16 {
    OrgSuffix = 1 << 0,    // ends an organisation name: "… Council"
    OrgHead = 1 << 1,      // starts one when "of" follows: "Ministry of …"
    LocSuffix = 1 << 2,    // ends a place name: "… Province", "… Sea"
    FacSuffix = 1 << 3,    // ends a facility name: "… Airport"
    FirstName = 1 << 4,    // common given name
    NotName = 1 << 5,      // capitalised at a sentence start, names nothing: "The", "After"
    Connector = 1 << 6,    // may join the words of one name: "of", "and", "de", "al"
    AsianSurname = 1 << 7, // family name first: "Li Qiang" is later "Li"
    ActorVerb = 1 << 8,    // a verb after a place that makes it an actor: "Ottawa said"
    AgentNoun = 1 << 9,    // a state's agents after a country or nationality: "U.S. forces", "Iraqi government"
    LocHead = 1 << 10,     // starts a place name: "Camp …", "Fort …"
    PlaceQualifier = 1 << 11, // before a known place names another: "Upper Nile", "East Jerusalem"
    ObjectVerb = 1 << 12,  // a verb whose object is a state acting: "support Iraq", "join Jordan"
    Demonym = 1 << 13,     // an Arabic nationality adjective: "الفرنسي", "والسعودية"
    PlaceGivenName = 1 << 14, // a place's name that is also a given name: "Israel", "Jordan", "Victoria"
};

// One known entity.
struct GazetteerEntity
{
    QString id;      // "country/CA", "person/mark-carney", "org/nato", "place/montreal"
    QString name;    // canonical name
    EntityType type = EntityType::Organisation;
    QString country; // alpha_2 of the country it belongs to or represents (demonyms, capitals, cities)
    bool isCapital = false;
    int place = -1;  // for a name that is also a place's ("Amazon"): that place's entity index
    QString holder = {}; // for an office serving a title's holder ("Prime Minister's Office"): the title
    bool isCompany = false; // a company or a media group, whose subsidiaries carry its name on
};

// A word-sequence hashing shared by the gazetteer and the recognizer: names are split into tokens
// the same way as text, and a phrase's key is a hash over its tokens and whether space separates
// them. Collisions are astronomically unlikely for a few thousand phrases and 64-bit keys.
namespace PhraseHash {
constexpr quint64 Seed = 1469598103934665603ULL;
quint64 token(QStringView text, bool isFolded);
inline quint64 extend(quint64 phrase, quint64 token, bool hasSpaceBefore)
{
    return (phrase ^ (token + (hasSpaceBefore ? 0x9e3779b97f4a7c15ULL : 0x7f4a7c159e3779b9ULL))) * 1099511628211ULL;
}
} // namespace PhraseHash

// The knowledge behind EntityRecognizer: countries (ISO 3166-1 from Debian's iso-codes, embedded at
// build time), the curated :/knowledge/gazetteer.json (people, organisations, places, demonyms,
// capitals) and the rules' word lists. Immutable after loading; instance() loads it once per process
// on first use (thread-safe) and costs a few tens of milliseconds.
class Gazetteer final
{
public:
    enum class PhraseKind : quint8 { None, Entity, Title, Honorific };
    struct Phrase
    {
        int entity = -1; // index into entities() for PhraseKind::Entity
        PhraseKind kind = PhraseKind::None;
        bool isPrefix = false; // a longer phrase starts with this one
    };

    static const Gazetteer &instance();

    // Loads from the given resource or file paths; warnings() says what was missing or malformed.
    Gazetteer(const QString &countriesPath, const QString &gazetteerPath);

    const QList<GazetteerEntity> &entities() const { return m_entities; }
    // Looks a phrase hash up (exact case, or case-folded for text in capitals).
    Phrase phrase(quint64 hash, bool isFolded) const
    {
        const auto &filter = isFolded ? m_foldedPhraseFilter : m_phraseFilter;
        return filter.mayContain(hash) ? (isFolded ? m_foldedPhrases : m_phrases).value(hash) : Phrase{};
    }
    quint16 wordClass(quint64 tokenHash) const { return m_wordFilter.mayContain(tokenHash) ? m_words.value(tokenHash) : 0; }
    // False when no phrase that starts in lower case ("al-Qaida") can start with this token: a
    // cheap filter that spares a hash lookup for nearly every ordinary word.
    bool mayStartLowercasePhrase(quint64 tokenHash) const
    {
        return m_lowercaseStarts.testBit(int(tokenHash >> 48));
    }
    int countryEntity(const QString &alpha2) const { return m_countryIndex.value(alpha2, -1); }
    // The country (alpha_2) a lower-case Spanish or French adjective names, in any gender and
    // number ("venezolano", "rusas", "française"), by its token hash; empty for any other word.
    // Never a mention: only the country of the body before it ("el Gobierno venezolano").
    QString countryOfAdjective(quint64 tokenHash) const { return m_adjectiveCountries.value(tokenHash); }
    // One of the commonest German surnames ("Fischer", "Klein"), most of them German words too.
    // Not a word class: the entity models' features stay as they were trained.
    bool isCommonGermanSurname(quint64 tokenHash) const { return m_germanSurnames.contains(tokenHash); }
    // The first word of a month's name that may also be a name ("رجب", "نيسان"): after a day's
    // number it is a date.
    bool isMonthWord(quint64 tokenHash) const { return m_monthWords.contains(tokenHash); }
    // Stock-market indices ("Dow Jones Industrial Average", "DAX"), by their phrase hash as
    // written ("Dax" is also a French town): they name no person, place or organisation, though the entity models, trained on news
    // that labels them so, read a person in "Dow Jones" and a place in "Hang Seng".
    bool isMarketIndex(quint64 phrase) const { return m_marketIndices.contains(phrase); }
    // False when no index's name starts with this token (exact hash): a bit per 16-bit slice of
    // hashes that spares the look-ups for nearly every name of a text.
    bool mayStartMarketIndex(quint64 tokenHash) const { return m_marketIndexStarts.testBit(int(tokenHash >> 48)); }
    // Names that are an index beside a word for one or a number ("the Nikkei index", "FTSE 100")
    // and name a company, a newspaper, an exchange or a town alone ("Dow Jones & Co.", "Nikkei",
    // "Nasdaq", "Dax").
    bool isMarketIndexBesideIndexWord(quint64 phrase) const { return m_marketIndexNamesBesideIndexWords.contains(phrase); }
    // "index", "índice", "Leitindex", "индекс", and the words that end an index's name ("Composite").
    bool isMarketIndexWord(quint64 foldedToken) const { return m_marketIndexWords.contains(foldedToken); }
    // How an index moves, said right after its name: "fell", "cerró", "recule", "schloss", "упал".
    bool isMarketIndexVerb(quint64 foldedToken) const { return m_marketIndexVerbs.contains(foldedToken); }
    // Whether a word beside a listed person's surname is that person's given name in some form:
    // the first word of one of the person's names of several words, case-folded ("ё" read as "е"),
    // with at most three letters of a case ending in place of its last vowel, so that the Russian
    // cases count ("Петра" for "Петро Порошенко", "Ангелой" for "Ангела Меркель") and another
    // bearer of the surname does not ("Michelle" before "Obama", "Владислав" beside "Путин").
    bool isGivenNameOf(int entity, QStringView word) const;

    // Names are compared without their Arabic marks, but a shadda can be all that tells two
    // apart: "عمّان" is Amman, "عمان" Oman. The entity a name is written as, shadda included and
    // other marks left out (withoutArabicMarks(…, KeepShadda)), where the gazetteer writes a name
    // with one; -1 otherwise.
    int entityWrittenWithShadda(const QString &written) const { return m_namesWithShadda.value(written, -1); }
    bool hasNamesWithShadda() const { return !m_namesWithShadda.isEmpty(); }
    // The entities whose name written with a shadda reads, without it, as `unmarked` ("عمان" ->
    // Amman): where the text leaves the shadda out, what else the name may be.
    QList<int> entitiesWrittenWithShaddaAs(const QString &unmarked) const { return m_namesWithShaddaUnmarked.values(unmarked); }

    // The office that serves a country's holder of a title ("Prime Minister", "CA" -> the Prime
    // Minister's Office of Canada), from organisations that give "holder"; -1 when none is listed.
    int holderOffice(const QString &alpha2, const QString &title) const
    {
        return m_holderOffices.value(alpha2 + u'|' + title.toCaseFolded(), -1);
    }
    // Whether any listed organisation serves the holder of this title: the titles that have offices.
    bool hasHolderOffice(const QString &title) const { return m_holderTitles.contains(title.toCaseFolded()); }
    // The countries (alpha_2) for which a person (by entity id) ever held an office of this title.
    QStringList countriesOfTitle(const QString &entityId, const QString &title) const;

    // The office a person held on a date, written out ("Prime Minister of Canada"), for tooltips
    // that say who someone was on an article's date. Empty for unknown ids, people without
    // offices and dates outside every term. A term includes its first day and ends the day
    // before "to" (the successor's first day). Const and reading immutable data: thread-safe.
    std::optional<QString> officeOn(const QString &entityId, const QDate &date) const;

    int formatVersion() const { return m_formatVersion; }
    qint64 loadMilliseconds() const { return m_loadMilliseconds; }
    const QStringList &warnings() const { return m_warnings; }

    static QString slug(QStringView name);
    // The key phrase() looks a name up by: the hash of its tokens as written.
    static quint64 phraseHash(QStringView name);

private:
    void loadCountries(const QString &path);
    void loadGazetteer(const QString &path);
    // The CLDR's exemplar cities in other languages (cldr-cities.tsv beside gazetteer.json, made
    // at build time): names the gazetteer does not know yet, linked to the listed place of the
    // same English name or to a new one.
    void loadCities(const QString &path, QHash<QString, int> &placeByName);
    int addEntity(GazetteerEntity entity);
    // A given name as isGivenNameOf() compares it: case-folded, without a last vowel.
    static QString givenNameStem(QStringView word);
    void addPhrase(const QString &text, int entity, PhraseKind kind);
    // A name with the forms it takes in running text (nameVariants: Russian cases, Arabic clitics).
    void addEntityName(const QString &name, int entity);
    // A German name of several words in the forms its adjectives take after an article
    // (germanDeclinedForms()).
    void addGermanNameAfterArticle(const QString &name, int entity);
    void addWords(const QStringList &words, quint16 wordClass);

    struct Office
    {
        QString role;  // "Prime Minister", as the file gives it
        QString title; // "Prime Minister of Canada" once loaded
        QString of;    // the country code or organisation id, as the file gives it
        QDate from;    // invalid: since before anything we know
        QDate to;      // invalid: still in office
    };
    QString officeHolderOf(const QString &of) const;

    QList<GazetteerEntity> m_entities;
    QHash<QString, QList<Office>> m_offices; // person id -> terms
    QHash<int, QStringList> m_givenNameStems; // person entity -> givenNameStem() of its names' first words
    QHash<QString, int> m_idIndex;
    QHash<QString, int> m_countryIndex;
    QHash<quint64, QString> m_adjectiveCountries; // token hash -> alpha_2
    QHash<QString, int> m_holderOffices; // "CA|prime minister" -> organisation
    QSet<QString> m_holderTitles;        // case-folded
    QHash<quint64, Phrase> m_phrases;
    QHash<quint64, Phrase> m_foldedPhrases;
    QHash<QString, int> m_namesWithShadda; // name without marks but its shadda -> entity
    QMultiHash<QString, int> m_namesWithShaddaUnmarked; // the same names without any mark -> entity
    QHash<quint64, quint16> m_words;
    // A bit per key of the tables above, by the key's top bits: most words of a text start no
    // phrase and have no class, and one bit in a table that stays in the cache tells so before
    // the hash table, which does not, is asked. Set once everything is loaded.
    class KeyFilter
    {
    public:
        template<typename Table>
        void fill(const Table &table)
        {
            for (auto it = table.keyBegin(); it != table.keyEnd(); ++it)
                m_bits.setBit(slot(*it));
        }
        bool mayContain(quint64 key) const { return m_bits.testBit(slot(key)); }

    private:
        // 16 KB each: the tables hold some 10 000 keys, so about one bit in thirteen is set, and
        // the three filters stay in the cache beside the entity model's rows. (2^20 bits, 128 KB,
        // missed the cache itself in a German profile.)
        static constexpr int Bits = 17;
        static int slot(quint64 key) { return int(key >> (64 - Bits)); }
        QBitArray m_bits{1 << Bits};
    };
    KeyFilter m_phraseFilter;
    KeyFilter m_foldedPhraseFilter;
    KeyFilter m_wordFilter;
    QBitArray m_lowercaseStarts{1 << 16};
    QSet<quint64> m_germanSurnames;
    QSet<quint64> m_monthWords;
    QSet<quint64> m_marketIndices;
    QSet<quint64> m_marketIndexNamesBesideIndexWords;
    QSet<quint64> m_marketIndexWords;
    QSet<quint64> m_marketIndexVerbs;
    QBitArray m_marketIndexStarts{1 << 16};
    QStringList m_warnings;
    int m_formatVersion = 0;
    qint64 m_loadMilliseconds = 0;
};

// Splits text into word and punctuation tokens; shared by the gazetteer (for names) and the recognizer.
struct TextToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    quint64 hash = 0;       // PhraseHash::token of the exact text
    quint64 foldedHash = 0; // of the case-folded text
    bool isWord = false;    // letters or digits; otherwise one punctuation character
    bool hasSpaceBefore = false;
    bool hasNewlineBefore = false;
    bool isCapitalised = false; // first character an upper-case letter
    bool isAllCaps = false;     // no lower-case letter, at least one upper-case letter
    bool isLower = false;       // first character a lower-case letter
};

QList<TextToken> tokenize(QStringView text);

} // namespace Attache
