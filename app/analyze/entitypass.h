#pragma once

// The recognizer's working state for one text, shared by the files that implement its passes
// (entityrecognizer.cpp: the passes in order; entitynames.cpp: runs of capitalised words;
// entityaliases.cpp: aliases and office holders; entityroles.cpp: the roles countries take and
// the merging of spans). Private to app/analyze.

#include "analyze/analysis.h"
#include "analyze/gazetteer.h"
#include "analyze/nertagger.h"

#include <QBitArray>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Attache::Recognition {

using namespace Qt::StringLiterals;

// The recognizer works in three passes over the tokens: (1) each line is classified as running
// text, a headline in title case, or text in capitals; (2) runs of capitalised words are split
// and typed by the gazetteer and the rules (titles, honorifics, organisation and place words,
// given names); (3) in-document aliases (surnames, acronyms defined in brackets, "the Premier",
// capitals speaking for their government) link later short forms to entities found earlier.

inline constexpr qsizetype MaxRunTokens = 16;

struct Found
{
    qsizetype first = 0; // token indices, inclusive
    qsizetype last = 0;
    EntityType type = EntityType::Organisation;
    int entity = -1;     // gazetteer entity, or -1 for an entity known only from this text
    QString id;          // for entity == -1
    QString name;        // for entity == -1
};

struct PhraseMatch
{
    qsizetype last = -1;
    Gazetteer::Phrase phrase;
};

// What the rules need to know of the text's language.
struct LanguageTraits
{
    // The language writes a name and a noun as one hyphenated word ("US-Präsident", "EU-Gipfel" in
    // German), and such a word is no mention of the name.
    bool isCompounding = false;
    // Every noun is capitalised (German): a capital alone says little.
    bool capitalisesNouns = false;
    // The language's word list, for a model trained with it (NerFeatures).
    const NerLexicon *lexicon = nullptr;
    // A place and the country or state it lies in, parted by a comma, name one place, as English
    // news writes "Mobile, Alabama"; elsewhere two places beside a comma are two names of a list.
    bool namesPlaceWithItsRegion = true;
    // A country that acts ("the United States condemns") is its government, typed as an
    // organisation: the convention of English news corpora (ACE, re3d). Elsewhere (CoNLL,
    // GermEval, factRuEval's LocOrg, ANERcorp) a country is a place whatever it does, and the
    // cues that tell an acting country are English words.
    bool typesActingCountriesAsOrganisations = true;
    // An organisation's name opens with its kind, adjectives after it, then "de" and what it is
    // of: "Cámara Nacional de Comercio" (Spanish). In French "Centre de Brest" is as often the
    // town's centre, so only Spanish.
    bool namesOrganisationsKindFirst = false;
    // The language's articles, lower-case ("le", "la", "un", "une"; "der", "die", …): a person's
    // name takes none, so a capitalised word between one and a name is a noun of its own.
    QList<QStringView> articles;
    // Adjectives of nationality are written in lower case ("le gouvernement français", "el
    // ministro francés"), so a capitalised one after a capitalised word is part of that word's
    // name: "Compagnie Française", "Comédie-Française" (French, Spanish; not English or German).
    bool writesNationalityAdjectivesInLowerCase = false;
    // Endings of a finite verb in the past that no name has, lower-case ("ó" in Spanish): a
    // capitalised word so ending that opens a sentence before a lower-case word is that verb.
    QList<QStringView> pastVerbEndings;
    // Nouns of a round number, capitalised only where they open a sentence, before "de" and what
    // they count ("Miles de personas", "Decenas de migrantes"): no name, though one is a given
    // name elsewhere ("Miles").
    QList<QStringView> quantityNouns;
    // Courts are written in lower case and named by the town they sit in: "le tribunal de Reims",
    // "la cour d'appel de Paris" (French).
    bool namesCourtsByTheirSeat = false;
};

class Pass
{
public:
    Pass(const Gazetteer &gazetteer, const NerModel &model, const QString &text, const LanguageTraits &language = {})
        : m_gazetteer(gazetteer), m_text(text), m_tokens(tokenize(text)), m_language(language)
    {
        classifyLines();
        m_tagged = NerTagger(model).tag(NerFeatures(m_text, m_tokens, m_gazetteer, language.lexicon));
        // Most steps walk the mentions found with a range-for, which on a list never allocated
        // (a sentence without names) allocates an empty block each time: one block, once.
        m_found.reserve(m_tagged.size() + 4);
    }

    QList<EntityMention> run();

private:
    const TextToken &token(qsizetype i) const { return m_tokens.at(i); }
    bool isWord(qsizetype i) const { return i >= 0 && i < m_tokens.size() && m_tokens.at(i).isWord; }
    // Token i is a number ("16", "١٦", "2025").
    bool isNumber(qsizetype i) const { return isWord(i) && m_text.at(m_tokens.at(i).start).isDigit(); }
    bool isChar(qsizetype i, char16_t c) const
    {
        return i >= 0 && i < m_tokens.size() && !m_tokens.at(i).isWord && m_text.at(m_tokens.at(i).start) == c;
    }
    // Both lookups are memoised per token: the rules ask about the same words many times.
    quint16 wordClass(qsizetype i) const
    {
        if (!isWord(i))
            return 0;
        auto &cached = m_wordClassCache[size_t(i)];
        if (cached < 0)
            cached = m_gazetteer.wordClass(token(i).hash);
        return quint16(cached);
    }
    QStringView view(qsizetype first, qsizetype last) const
    {
        return QStringView(m_text).sliced(token(first).start, token(last).end - token(first).start);
    }
    bool isNameWord(qsizetype i) const
    {
        if (!isWord(i))
            return false;
        const auto &t = token(i);
        return m_isShouting[size_t(i)] ? t.isAllCaps : t.isCapitalised;
    }

    void classifyLines();
    // "Airbus A380", "Boeing 787-9", "Embraer E195": a maker followed by a model number names the
    // product, not the company. A name the tagger took for a person's is no person before a code
    // of letters and digits ("E195"); before bare digits it may be ("Ahmed 4-1"). An acronym before
    // a number names a unit or a text ("CTF 50", "UNSCR 2254"), not a product.
    bool namesProduct(const Found &found) const
    {
        const qsizetype next = found.last + 1;
        const bool isTaggedPerson = found.type == EntityType::Person && found.entity < 0;
        if ((found.type != EntityType::Organisation && !isTaggedPerson) || !isWord(next) || !token(next).hasSpaceBefore)
            return false;
        if (found.entity < 0 && found.first == found.last && token(found.first).isAllCaps)
            return false;
        const auto model = view(next, next);
        const bool hasDigit = std::any_of(model.begin(), model.end(), [](QChar c) { return c.isDigit(); });
        const bool hasLetter = std::any_of(model.begin(), model.end(), [](QChar c) { return c.isLetter(); });
        return hasDigit && (found.type == EntityType::Organisation || hasLetter);
    }
    // "the Dow Jones Industrial Average", "el Dow Jones", "le CAC 40", "the Nikkei index", "S&P
    // 500": a stock-market index names no person, place or organisation. A name that is also a
    // company's, a newspaper's, an exchange's or a town's ("Dow Jones & Co.", "Nikkei", "S&P",
    // "Nasdaq", "Dax") is the index beside a word for one or a number, inside the name or around it,
    // or before a verb of how an index moves.
    bool namesMarketIndex(const Found &found) const
    {
        const auto mayStartIndex = [this](qsizetype i) { return m_gazetteer.mayStartMarketIndex(token(i).hash); };
        if (!mayStartIndex(found.first) && (found.first == found.last || !mayStartIndex(found.first + 1)))
            return false;
        const auto isIndexWord = [this](qsizetype i) { return isWord(i) && m_gazetteer.isMarketIndexWord(token(i).foldedHash); };
        // The article a name opening a sentence may have been taken with ("El Nasdaq 100 abrió")
        const qsizetype first = found.first < found.last && isArticle(found.first) ? found.first + 1 : found.first;
        qsizetype last = found.last;
        while (last > first && (isIndexWord(last) || isNumber(last)))
            --last;
        const bool hasIndexWordsAfter = last < found.last;
        if (m_gazetteer.isMarketIndex(exactHash(first, found.last)) || m_gazetteer.isMarketIndex(exactHash(first, last)))
            return true;
        if (!m_gazetteer.isMarketIndexBesideIndexWord(exactHash(first, last)))
            return false;
        const qsizetype next = found.last + 1;
        const bool isNumberAfter = (isNumber(next) && token(next).hasSpaceBefore) // "FTSE 100"
                                   || (isChar(next, u'-') && !token(next).hasSpaceBefore && isNumber(next + 1)); // "CAC-40"
        // "the Nikkei fell 2%", "el Nasdaq cerró": the way an index moves (a newspaper reports, a
        // company says)
        // "the Dow Jones was up 2%", "the Nasdaq is lower": the same said with "be" and a direction
        static const QSet<QString> formsOfBe{u"is"_s, u"was"_s, u"were"_s, u"are"_s};
        static const QSet<QString> directions{u"up"_s, u"down"_s, u"higher"_s, u"lower"_s, u"flat"_s, u"unchanged"_s};
        const bool isMovingAfter = (isWord(next) && m_gazetteer.isMarketIndexVerb(token(next).foldedHash))
                                   || (isWord(next) && isWord(next + 1) && formsOfBe.contains(view(next, next).toString())
                                       && directions.contains(view(next + 1, next + 1).toString()));
        return hasIndexWordsAfter || isIndexWord(next) || isNumberAfter || isMovingAfter || isIndexWord(first - 1);
    }
    bool isPersonalPronoun(qsizetype i) const
    {
        static const QSet<QString> pronouns{u"I"_s, u"We"_s, u"You"_s, u"He"_s, u"She"_s, u"It"_s, u"They"_s};
        return isWord(i) && pronouns.contains(view(i, i).toString());
    }
    bool isLocative(qsizetype i) const
    {
        if (!isWord(i))
            return false;
        const QString word = view(i, i).toString().toLower();
        return word == u"in"_s || word == u"near"_s || word == u"inside"_s || word == u"outside"_s || word == u"to"_s
               || word == u"from"_s || word == u"across"_s || word == u"around"_s || word == u"throughout"_s
               || word == u"within"_s || word == u"into"_s || word == u"at"_s;
    }
    // Whether an unknown capitalised word after a preposition of place names a place: in English it
    // does ("in Kumasi"); in a language that capitalises every noun it tells nothing ("in
    // Zusammenarbeit", "in Kürze" in German), and the tagger alone judges.
    bool isPlaceAfterLocative(qsizetype i) const
    {
        return !m_language.capitalisesNouns && isLocative(i - 1) && !isInsideName(i - 1);
    }
    // Whether a blank line (a paragraph break) stands between two tokens of first … last.
    bool crossesBlankLine(qsizetype first, qsizetype last) const
    {
        for (qsizetype k = first + 1; k <= last; ++k) {
            if (token(k).hasNewlineBefore
                && QStringView(m_text).sliced(token(k - 1).end, token(k).start - token(k - 1).end).count(u'\n') >= 2)
                return true;
        }
        return false;
    }
    // One flag per token: whether a mention found so far covers it.
    std::vector<char> tokensFound() const
    {
        std::vector<char> isFound(size_t(m_tokens.size()), 0);
        for (const auto &found : std::as_const(m_found)) {
            for (qsizetype k = found.first; k <= found.last; ++k)
                isFound[size_t(k)] = 1;
        }
        return isFound;
    }
    // Whether a capitalised word is an ordinary word of a language that capitalises its nouns: a
    // noun the word list has with its plural, a compound ending in one, or a word it also has in
    // lower case. Without the word list, every capitalised word of such a language may be one.
    bool isOrdinaryCapitalisedWord(qsizetype i) const
    {
        if (!m_language.capitalisesNouns || !isWord(i))
            return false;
        if (!m_language.lexicon)
            return true;
        const auto wordClass = m_language.lexicon->classify(view(i, i), token(i).foldedHash);
        return wordClass == NerLexicon::Noun || wordClass == NerLexicon::CompoundNoun
               || wordClass == NerLexicon::BothCases || wordClass == NerLexicon::LowercaseOnly;
    }
    // "Coalition to Counter ISIL", "Mission to Protect": "to" between the words of a title joins
    // them; it is no preposition of place.
    bool isInsideName(qsizetype preposition) const
    {
        return isWord(preposition) && view(preposition, preposition) == u"to"_s && isNameWord(preposition - 1)
               && !m_isSentenceStart[size_t(preposition - 1)];
    }
    // The "s" of "'s", also in a headline in capitals ("CANADA'S").
    bool isPossessiveS(qsizetype i) const
    {
        return isWord(i) && token(i).end - token(i).start == 1 && (m_text.at(token(i).start) == u's' || m_text.at(token(i).start) == u'S');
    }
    // The phrase hash of tokens first … last as written, and case-folded.
    quint64 exactHash(qsizetype first, qsizetype last) const
    {
        quint64 hash = PhraseHash::Seed;
        for (qsizetype k = first; k <= last; ++k)
            hash = PhraseHash::extend(hash, token(k).hash, k > first && token(k).hasSpaceBefore);
        return hash;
    }
    quint64 foldedHash(qsizetype first, qsizetype last) const
    {
        quint64 hash = PhraseHash::Seed;
        for (qsizetype k = first; k <= last; ++k)
            hash = PhraseHash::extend(hash, token(k).foldedHash, k > first && token(k).hasSpaceBefore);
        return hash;
    }
    // The last token of a place named in capitals at a line's start and followed by a dash, a
    // comma or the news agency's name in brackets ("BAGHDAD -", "NEW DELHI,", "KYIV (Reuters)"),
    // or by a dot and a dash, as Spanish agencies write it ("LIMA.-"); or -1.
    qsizetype datelineEnd(qsizetype start) const
    {
        const auto isDash = [this](qsizetype k) { return isChar(k, u'-') || isChar(k, u'–') || isChar(k, u'—'); };
        for (qsizetype end = start; end < start + 3 && isWord(end) && token(end).isAllCaps; ++end) {
            const qsizetype next = end + 1;
            const bool isDotDash = isChar(next, u'.') && isDash(next + 1) && !token(next + 1).hasSpaceBefore;
            if (!isDash(next) && !isChar(next, u',') && !isChar(next, u'(') && !isDotDash)
                continue;
            const auto place = m_gazetteer.phrase(foldedHash(start, end), true);
            if (place.kind == Gazetteer::PhraseKind::Entity && token(end).end - token(start).start >= 4
                && (m_gazetteer.entities().at(place.entity).type == EntityType::GeoPolitical
                    || m_gazetteer.entities().at(place.entity).type == EntityType::Location))
                return end;
            return -1;
        }
        return -1;
    }
    PhraseMatch longestPhrase(qsizetype start) const;
    PhraseMatch findLongestPhrase(qsizetype start) const;
    qsizetype runEnd(qsizetype start) const;
    // A word that opens a hyphenated place name with a given name after it: a saint's title or a
    // place word ("Saint-Martin", "San-Martín", "Val-André", "Mont-Louis").
    bool isPlaceCompoundHead(qsizetype i) const;
    static bool isPlaceType(EntityType type) { return type == EntityType::GeoPolitical || type == EntityType::Location; }
    // Whether token i is a verb of saying after a name: "said", "says", "say", "told".
    bool isSayingVerb(qsizetype i) const
    {
        return isWord(i) && (wordClass(i) & ActorVerb) && (view(i, i).startsWith(u"sa") || view(i, i) == u"told");
    }
    // Whether a mention names a country as a place: not its people or its adjective ("Turkish").
    bool isCountryMention(const Found &found) const
    {
        return found.entity >= 0 && found.type == EntityType::GeoPolitical
               && m_gazetteer.entities().at(found.entity).id.startsWith(u"country/"_s);
    }
    // The first comma from first to last followed by a word, or -1.
    qsizetype commaInside(qsizetype first, qsizetype last) const
    {
        for (qsizetype k = first + 1; k < last; ++k) {
            if ((isChar(k, u',') || isChar(k, u'،')) && isWord(k + 1))
                return k;
        }
        return -1;
    }
    // Whether the place named by token pos is a given name here, before the surname that ends the run
    // at last.
    bool isGivenNameOfPlace(qsizetype pos, qsizetype last) const;
    bool startsPersonName(qsizetype i) const;
    bool holdsKindOfOrganisation(qsizetype first, qsizetype last) const;
    // A one-letter elided article or preposition glued to the word after it: "L'", "d'".
    bool isEliding(qsizetype i) const;
    // Whether token i is one of the language's articles, in any case; whether the word before it
    // is ("le Mauritanien", "l'Algérien").
    bool isArticle(qsizetype i) const;
    bool isAfterArticle(qsizetype i) const;
    // "Le" or "La" written capitalised inside a run of names, with a capitalised word after it:
    // the first word of a surname ("Le Pen", "Le Drian", "La Russa") outside languages that
    // capitalise nouns, where an article inside any other name is written in lower case ("Union
    // de la Presse") or the name is listed ("Le Caire", "La Haye", which then starts at it).
    bool isSurnameArticle(qsizetype i) const
    {
        if (m_language.capitalisesNouns || !isWord(i) || !token(i).hasSpaceBefore || !isNameWord(i + 1)
            || !token(i + 1).hasSpaceBefore || token(i + 1).hasNewlineBefore || m_isShouting[size_t(i)]
            || token(i + 1).isAllCaps)
            return false;
        const auto word = view(i, i);
        return word == u"Le" || word == u"La";
    }
    // The entity type of each of the tagger's types (NerLabel's order; FAC is a Location).
    static constexpr std::array TaggedTypes{EntityType::Person,   EntityType::Organisation, EntityType::GeoPolitical,
                                            EntityType::Location, EntityType::Nationality,  EntityType::Location};
    // Whether the tagger named a place with token i in it.
    bool isInTaggedPlace(qsizetype i) const
    {
        const auto after = std::upper_bound(m_tagged.cbegin(), m_tagged.cend(), i,
                                            [](qsizetype k, const NerTagger::Span &span) { return k < span.firstToken; });
        if (after == m_tagged.cbegin() || std::prev(after)->lastToken < i)
            return false;
        return isPlaceType(TaggedTypes[size_t(std::prev(after)->type)]);
    }
    qsizetype coordinationStart(qsizetype first, qsizetype last) const;
    void processRun(qsizetype first, qsizetype last);
    qsizetype nameEnd(qsizetype first, qsizetype last) const;
    void addFound(qsizetype first, qsizetype last, EntityType type, int entity, const QString &prefix = {});
    void markAcronymExpansions();
    void resolveAliases();
    void linkSurnamesToFullNames();
    // "General Motors Corp.", "Siemens AG", "Ford Motor Co.": a listed company with its legal form
    // after it is that company.
    void linkCompaniesWithLegalForm();
    void relinkCapitalsReadAsCountries();
    // Removes mentions found so far, keeping m_titleHolder's indices into m_found right.
    template<typename Predicate>
    void removeFoundIf(Predicate isRemoved)
    {
        std::vector<qsizetype> newIndex(size_t(m_found.size()), -1);
        qsizetype kept = 0;
        for (qsizetype f = 0; f < m_found.size(); ++f) {
            if (isRemoved(std::as_const(m_found).at(f)))
                continue;
            newIndex[size_t(f)] = kept;
            if (kept != f)
                m_found[kept] = m_found.at(f);
            ++kept;
        }
        // Resizing a list that never held anything allocates one; most passes remove nothing.
        if (kept == m_found.size())
            return;
        m_found.resize(kept);
        // A non-const begin() on an empty hash allocates its table, which every later call then
        // walks: most texts name no title holder.
        if (m_titleHolder.isEmpty())
            return;
        for (auto it = m_titleHolder.begin(); it != m_titleHolder.end();) {
            if (newIndex[size_t(*it)] < 0) {
                it = m_titleHolder.erase(it);
            } else {
                *it = newIndex[size_t(*it)];
                ++it;
            }
        }
    }
    void addTaggedNames();
    qsizetype personNameEnd(qsizetype first, qsizetype last, const std::vector<char> &isFound) const;
    qsizetype particleSurname(qsizetype first, qsizetype last) const;
    bool isPartOfMonth(qsizetype first, qsizetype last) const;
    void markSportsClubs();
    void markArabicClubs();
    void markArabicNewspapers();
    void markReportedSpeakers();
    void markAcronyms();
    void markAdjectiveNames();
    void joinDoubleSurnames();
    void unmarkStateInCommonPhrases();
    void markNamesAfterKinds();
    void markQuotedPublications();
    void widenListedNamesInQuotes();
    void markCourtsOfPlaces();
    void markPlaceGenitives();
    void markNamesAfterRoles();
    bool isAmountBefore(qsizetype i) const;
    void findHolderOffices();
    void retypePlaceNames();
    void qualifyGovernmentBodies();
    Gazetteer::PhraseKind phraseKindOf(qsizetype first, qsizetype last) const;
    qsizetype titleEndingAt(qsizetype end) const;
    qsizetype titleStartingAt(qsizetype start) const;
    const Found *foundAt(qsizetype first, qsizetype last) const;
    QString countryOf(const Found *found) const;
    QString documentCountryOf(const QString &title) const;
    void assignCountryRoles();
    void splitPortfolioFromName();
    void relinkNamesWrittenWithShadda();
    // "в Мурманске" after "Мурманск", "Геннадия Ветлугина" after "Геннадий Ветлугин": the case
    // forms of a Russian name nobody listed are one entity of the text, named by its shortest form
    // there (mostly the nominative), so the entity panel lists it once.
    void unifyRussianCaseForms();
    void mergeSpans();
    qsizetype titleChainStart(qsizetype end) const;
    QString normalised(qsizetype first, qsizetype last) const;

    const Gazetteer &m_gazetteer;
    const QString &m_text;
    QList<TextToken> m_tokens;
    LanguageTraits m_language;
    // Plain vectors: these are read and written once per token, where QList's detach checks show.
    mutable std::vector<qint32> m_wordClassCache;   // -1: not looked up yet
    mutable std::vector<PhraseMatch> m_phraseCache; // last == -2: not looked up yet
    std::vector<char> m_isHeadline;
    std::vector<char> m_isShouting;
    std::vector<char> m_isSentenceStart;
    QSet<quint64> m_lowercaseWords;
    QList<Found> m_found;
    QList<NerTagger::Span> m_tagged; // the learned tagger's names
    QList<qsizetype> m_loneCandidates;           // single capitalised words left untyped
    QList<std::pair<qsizetype, qsizetype>> m_titlesAlone; // titles with no name after them
    QHash<quint64, qsizetype> m_titleHolder;     // title phrase hash -> index into m_found
    mutable QHash<qsizetype, qsizetype> m_foundByFirst; // first token -> index into m_found (findHolderOffices)
    mutable QHash<qsizetype, qsizetype> m_foundByLast;  // last token -> index into m_found
    mutable bool m_isFoundIndexed = false;
};

} // namespace Attache::Recognition
