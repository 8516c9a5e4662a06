#include "analyze/entityrecognizer.h"

#include "analyze/gazetteer.h"
#include "analyze/nertagger.h"

#include <QBitArray>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// The recognizer works in three passes over the tokens: (1) each line is classified as running
// text, a headline in title case, or text in capitals; (2) runs of capitalised words are split
// and typed by the gazetteer and the rules (titles, honorifics, organisation and place words,
// given names); (3) in-document aliases (surnames, acronyms defined in brackets, "the Premier",
// capitals speaking for their government) link later short forms to entities found earlier.

constexpr qsizetype MaxRunTokens = 16;

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

class Pass
{
public:
    Pass(const Gazetteer &gazetteer, const NerModel &model, const QString &text)
        : m_gazetteer(gazetteer), m_text(text), m_tokens(tokenize(text))
    {
        classifyLines();
        m_tagged = NerTagger(model).tag(NerFeatures(m_text, m_tokens, m_gazetteer));
    }

    QList<EntityMention> run();

private:
    const TextToken &token(qsizetype i) const { return m_tokens.at(i); }
    bool isWord(qsizetype i) const { return i >= 0 && i < m_tokens.size() && m_tokens.at(i).isWord; }
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
    bool isLocative(qsizetype i) const
    {
        if (!isWord(i))
            return false;
        const QString word = view(i, i).toString().toLower();
        return word == u"in"_s || word == u"near"_s || word == u"inside"_s || word == u"outside"_s || word == u"to"_s
               || word == u"from"_s || word == u"across"_s || word == u"around"_s || word == u"throughout"_s
               || word == u"within"_s || word == u"into"_s || word == u"at"_s;
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
    quint64 foldedHash(qsizetype first, qsizetype last) const
    {
        quint64 hash = PhraseHash::Seed;
        for (qsizetype k = first; k <= last; ++k)
            hash = PhraseHash::extend(hash, token(k).foldedHash, k > first && token(k).hasSpaceBefore);
        return hash;
    }
    // The last token of a place named in capitals at a line's start and followed by a dash or a
    // comma ("BAGHDAD -", "NEW DELHI,"), or -1.
    qsizetype datelineEnd(qsizetype start) const
    {
        for (qsizetype end = start; end < start + 3 && isWord(end) && token(end).isAllCaps; ++end) {
            const QChar next = isWord(end + 1) || end + 1 >= m_tokens.size() ? QChar() : m_text.at(token(end + 1).start);
            if (next != u'-' && next != u'–' && next != u'—' && next != u',')
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
    void processRun(qsizetype first, qsizetype last);
    qsizetype nameEnd(qsizetype first, qsizetype last) const;
    void addFound(qsizetype first, qsizetype last, EntityType type, int entity, const QString &prefix = {});
    void resolveAliases();
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
        m_found.resize(kept);
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
    void findHolderOffices();
    void retypePlaceNames();
    void qualifyGovernmentBodies();
    Gazetteer::PhraseKind phraseKindOf(qsizetype first, qsizetype last) const;
    qsizetype titleEndingAt(qsizetype end) const;
    qsizetype titleStartingAt(qsizetype start) const;
    const Found *foundAt(qsizetype first, qsizetype last) const;
    QString countryOf(const Found *found) const;
    QString documentCountryOf(const QString &title) const;
    void mergeSpans();
    qsizetype titleChainStart(qsizetype end) const;
    QString normalised(qsizetype first, qsizetype last) const;

    const Gazetteer &m_gazetteer;
    const QString &m_text;
    QList<TextToken> m_tokens;
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

void Pass::classifyLines()
{
    const qsizetype n = m_tokens.size();
    m_wordClassCache.assign(size_t(n), -1);
    m_phraseCache.assign(size_t(n), PhraseMatch{-2, {}});
    m_isHeadline.assign(size_t(n), 0);
    m_isShouting.assign(size_t(n), 0);
    m_isSentenceStart.assign(size_t(n), 0);
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !(i > lineStart && token(i).hasNewlineBefore))
            continue;
        int words = 0, lower = 0, capitals = 0, longWords = 0, all = 0;
        for (qsizetype k = lineStart; k < i; ++k) {
            const auto &t = token(k);
            if (!t.isWord)
                continue;
            ++all;
            if (t.end - t.start >= 2 && t.isAllCaps && !m_text.at(t.start).isDigit())
                ++capitals;
            if (t.end - t.start < 4)
                continue;
            ++longWords;
            if (t.isLower)
                ++lower;
            ++words;
        }
        const bool endsSentence = i > lineStart && (isChar(i - 1, u'.') || isChar(i - 1, u'!') || isChar(i - 1, u'?'))
                                  && !(isChar(i - 2, u'.') && isChar(i - 3, u'.'));
        const bool isShouting = all >= 2 && capitals * 10 >= all * 7;
        const bool isHeadline = isShouting || (words >= 3 && all <= 30 && lower * 4 <= words && !endsSentence);
        for (qsizetype k = lineStart; k < i; ++k) {
            m_isHeadline[size_t(k)] = isHeadline;
            m_isShouting[size_t(k)] = isShouting;
        }
        lineStart = i;
    }
    qsizetype previousWord = -1;
    QBitArray sentenceStarts(1 << 14);
    for (qsizetype i = 0; i < n; ++i) {
        const auto &t = token(i);
        if (!t.isWord)
            continue;
        bool isStart = previousWord < 0 || t.hasNewlineBefore;
        if (!isStart) {
            // The last punctuation before this word, skipping quotes and brackets.
            qsizetype k = i - 1;
            while (k > previousWord && !token(k).isWord) {
                const QChar c = m_text.at(token(k).start);
                if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'•' || c == u'|') {
                    // "U.S. President": a dot after a single capital is an abbreviation's.
                    const auto &before = token(k - 1);
                    const bool isAbbreviation = c == u'.' && before.isWord && before.end - before.start == 1
                                                && before.isCapitalised;
                    isStart = !isAbbreviation;
                    break;
                }
                if (c == u',' || c == u';')
                    break;
                --k;
            }
        }
        m_isSentenceStart[size_t(i)] = isStart;
        if (isStart && t.isCapitalised)
            sentenceStarts.setBit(int(t.foldedHash >> 50));
        previousWord = i;
    }
    // Which sentence-initial words also occur in lower case ("After" / "after"): a word that
    // does is an ordinary word. The bit filter keeps this to one test for most words.
    for (qsizetype i = 0; i < n; ++i) {
        const auto &t = token(i);
        if (t.isWord && t.isLower && sentenceStarts.testBit(int(t.foldedHash >> 50)))
            m_lowercaseWords.insert(t.foldedHash);
    }
}

PhraseMatch Pass::longestPhrase(qsizetype start) const
{
    auto &cached = m_phraseCache[size_t(start)];
    if (cached.last == -2)
        cached = findLongestPhrase(start);
    return cached;
}

PhraseMatch Pass::findLongestPhrase(qsizetype start) const
{
    PhraseMatch match;
    const bool isFolded = m_isShouting[size_t(start)];
    quint64 hash = PhraseHash::Seed;
    for (qsizetype i = start; i < m_tokens.size() && i < start + MaxRunTokens; ++i) {
        const auto &t = token(i);
        if (i > start && t.hasNewlineBefore)
            break;
        hash = PhraseHash::extend(hash, isFolded ? t.foldedHash : t.hash, i > start && t.hasSpaceBefore);
        const auto phrase = m_gazetteer.phrase(hash, isFolded);
        if (phrase.kind != Gazetteer::PhraseKind::None) {
            match.last = i;
            match.phrase = phrase;
        }
        if (!phrase.isPrefix)
            break;
    }
    // A phrase must end at a word boundary: "US" in "USA" cannot happen (tokens), but "Mr" of
    // "Mr." can, so no extra check is needed beyond whole tokens.
    return match;
}

// The run of capitalised words starting at start: joined by spaces, hyphens or apostrophes inside
// a word ("Ki-moon", "O'Leary"), initials ("J."), and connectors followed by a capitalised word.
qsizetype Pass::runEnd(qsizetype start) const
{
    qsizetype last = start;
    qsizetype i = start + 1;
    const qsizetype n = m_tokens.size();
    while (i < n && i - start < MaxRunTokens) {
        const auto &t = token(i);
        if (t.hasNewlineBefore)
            break;
        if (t.isWord) {
            if (isNameWord(i) && (t.hasSpaceBefore || !isWord(i - 1))) {
                last = i;
                ++i;
                continue;
            }
            // "… Prime Minister on Friday": a word that names nothing is not joined.
            if (t.hasSpaceBefore && (wordClass(i) & Connector) && !m_isShouting[size_t(i)] && isNameWord(i + 1)
                && token(i + 1).hasSpaceBefore && !(wordClass(i + 1) & NotName)) {
                i += 1; // tentatively; kept only if a name word follows
                continue;
            }
            if (t.hasSpaceBefore && (wordClass(i) & Connector) && (wordClass(i + 1) & Connector) && isNameWord(i + 2)) {
                i += 2; // "of the"
                continue;
            }
            break;
        }
        const QChar c = m_text.at(t.start);
        const bool isGlued = !t.hasSpaceBefore && i + 1 < n && token(i + 1).isWord && !token(i + 1).hasSpaceBefore;
        if (isGlued && (c == u'-' || c == u'\'' || c == u'’')) {
            const auto &next = token(i + 1);
            const bool isPossessive = c != u'-' && next.end - next.start == 1 && m_text.at(next.start) == u's';
            // "Al-Abadi", "El-Sisi": an Arabic article joins the capitalised name after it.
            const auto before = view(i - 1, i - 1);
            const bool isArticle = c == u'-' && isWord(i - 1)
                                   && (before == u"Al"_s || before == u"El"_s || before == u"Ad"_s || before == u"Ash"_s);
            if (!isPossessive && (next.isLower || ((c != u'-' || isArticle) && isNameWord(i + 1)))) {
                last = i + 1;
                i += 2;
                continue;
            }
            break;
        }
        if (c == u'.' && !t.hasSpaceBefore && isWord(i - 1) && token(i - 1).end - token(i - 1).start == 1
            && token(i - 1).isCapitalised) {
            // An initial or an abbreviation such as "U.S.": keep the dot, go on if a name follows,
            // but not into the next sentence ("… on a U.S. warrant. … from the U.S. What …").
            last = i;
            ++i;
            if (isWord(i) && (wordClass(i) & NotName))
                break;
            continue;
        }
        break;
    }
    return last;
}

QString Pass::normalised(qsizetype first, qsizetype last) const
{
    return view(first, last).toString().simplified();
}

void Pass::addFound(qsizetype first, qsizetype last, EntityType type, int entity, const QString &prefix)
{
    // Trailing dots belong to the sentence unless they end an initial or an abbreviation.
    while (last > first && !token(last).isWord && !(isChar(last, u'.') && token(last - 1).end - token(last - 1).start == 1))
        --last;
    Found found{first, last, type, entity, {}, {}};
    if (entity < 0) {
        found.name = normalised(first, last);
        found.id = prefix + Gazetteer::slug(found.name);
    }
    m_found.append(found);
}

// The end of a person's name starting at first: capitalised words, initials and particles, up to
// last, stopping before a word that starts a known phrase of another kind.
qsizetype Pass::nameEnd(qsizetype first, qsizetype last) const
{
    qsizetype end = first;
    for (qsizetype i = first + 1; i <= last; ++i) {
        if (isWord(i) && (wordClass(i) & Connector) && token(i).isLower && !(wordClass(i) & (OrgSuffix))) {
            const auto word = view(i, i);
            if (word != u"al"_s && word != u"bin"_s && word != u"von"_s && word != u"van"_s && word != u"de"_s
                && word != u"der"_s && word != u"el"_s && word != u"la"_s && word != u"da"_s)
                break;
            continue;
        }
        end = i;
    }
    return end;
}

void Pass::processRun(qsizetype first, qsizetype last)
{
    qsizetype pos = first;
    while (pos <= last) {
        if (!isWord(pos) || ((wordClass(pos) & Connector) && token(pos).isLower && longestPhrase(pos).last < 0)) {
            ++pos;
            continue;
        }
        const bool isHeadline = m_isHeadline[size_t(pos)];
        const auto match = longestPhrase(pos);
        // Leading words that name nothing ("The Department of State") are passed over first, so
        // that a known name after them is looked up from its own start.
        if (match.last < 0 && (wordClass(pos) & NotName) && pos < last) {
            ++pos;
            continue;
        }
        const auto kind = match.phrase.kind;
        const quint16 firstClass = wordClass(pos);

        // "Air India", "Air China": an airline named after its country.
        if (view(pos, pos) == u"Air"_s && pos < last && isNameWord(pos + 1) && token(pos + 1).hasSpaceBefore) {
            const auto country = longestPhrase(pos + 1);
            if (country.phrase.kind == Gazetteer::PhraseKind::Entity && country.last <= last
                && m_gazetteer.entities().at(country.phrase.entity).type == EntityType::GeoPolitical
                && m_gazetteer.entities().at(country.phrase.entity).id.startsWith(u"country/"_s)) {
                addFound(pos, country.last, EntityType::Organisation, -1, u"org/"_s);
                pos = country.last + 1;
                continue;
            }
        }
        // "Upper Nile", "East Jerusalem", "Central Asia": a qualifier before a known place that is
        // not a country names another place, one mention ("Northern Syria" stays Syria).
        if (match.last < 0 && (firstClass & PlaceQualifier) && pos < last && isNameWord(pos + 1)
            && token(pos + 1).hasSpaceBefore) {
            const auto place = longestPhrase(pos + 1);
            if (place.phrase.kind == Gazetteer::PhraseKind::Entity && place.last <= last) {
                const auto &entity = m_gazetteer.entities().at(place.phrase.entity);
                if ((entity.type == EntityType::GeoPolitical || entity.type == EntityType::Location)
                    && !entity.id.startsWith(u"country/"_s)) {
                    addFound(pos, place.last, entity.type, -1, u"place/"_s);
                    pos = place.last + 1;
                    continue;
                }
            }
        }

        // Organisation and place words decide the whole segment they end: "Bank of Canada",
        // "Chinese Foreign Ministry", "Idlib Province".
        qsizetype orgEnd = -1;
        qsizetype locEnd = -1;
        EntityType locType = EntityType::Location;
        if (!isHeadline && kind != Gazetteer::PhraseKind::Honorific) {
            for (qsizetype k = pos + 1; k <= last; ++k) {
                if (isWord(k) && token(k).isLower && (wordClass(k) & Connector) && view(k, k) != u"of"_s)
                    break; // "Montreal for the South China Sea" is two names
                if (!isNameWord(k))
                    continue;
                const quint16 wc = wordClass(k);
                if (wc & OrgSuffix)
                    orgEnd = k;
                else if (wc & (LocSuffix | FacSuffix))
                    locEnd = k;
            }
            if ((firstClass & OrgHead) && isWord(pos + 1) && (wordClass(pos + 1) & Connector)
                && (view(pos + 1, pos + 1) == u"of"_s || view(pos + 1, pos + 1) == u"for"_s) && last > pos + 1)
                orgEnd = last;
            if (locEnd > orgEnd && locEnd >= 0)
                locType = (wordClass(locEnd) & FacSuffix) ? EntityType::Location : EntityType::GeoPolitical;
        }
        if ((firstClass & LocHead) && isNameWord(pos + 1) && locEnd < 0 && orgEnd < 0) {
            locEnd = nameEnd(pos + 1, last);
            locType = EntityType::Location;
        }
        const qsizetype ruleEnd = std::max(orgEnd, locEnd);

        if (kind == Gazetteer::PhraseKind::Entity && match.last >= ruleEnd) {
            const auto &entity = m_gazetteer.entities().at(match.phrase.entity);
            addFound(pos, match.last, entity.type, match.phrase.entity);
            pos = match.last + 1;
            continue;
        }
        if (ruleEnd >= 0 && (kind != Gazetteer::PhraseKind::Title || ruleEnd > match.last + 1)) {
            // Strip leading words that name nothing ("The Government Accountability Office").
            while (pos < ruleEnd && (wordClass(pos) & NotName) && longestPhrase(pos).last < 0)
                ++pos;
            if (orgEnd >= locEnd)
                addFound(pos, orgEnd, EntityType::Organisation, -1, u"org/"_s);
            else
                addFound(pos, locEnd, locType, -1, u"place/"_s);
            pos = ruleEnd + 1;
            continue;
        }
        if (kind == Gazetteer::PhraseKind::Title || kind == Gazetteer::PhraseKind::Honorific) {
            qsizetype start = match.last + 1;
            while (start <= last && !isWord(start))
                ++start;
            if (start > last || !isNameWord(start)) {
                m_titlesAlone.append({pos, match.last});
                pos = match.last + 1;
                continue;
            }
            const auto person = longestPhrase(start);
            if (person.phrase.kind == Gazetteer::PhraseKind::Entity) {
                const auto &entity = m_gazetteer.entities().at(person.phrase.entity);
                if (entity.type == EntityType::Person) {
                    addFound(start, person.last, EntityType::Person, person.phrase.entity);
                    m_titleHolder.insert(PhraseHash::token(view(pos, match.last).toString().simplified(), false),
                                         m_found.size() - 1);
                    pos = person.last + 1;
                    continue;
                }
                if (person.phrase.kind == Gazetteer::PhraseKind::Entity && entity.type != EntityType::Person) {
                    // "President Putin" is a person, "Minister Canada" is not a name: leave the
                    // known entity to the next round.
                    m_titlesAlone.append({pos, match.last});
                    pos = start;
                    continue;
                }
            }
            if (person.phrase.kind == Gazetteer::PhraseKind::Title) {
                pos = start; // "Army General …": the next title takes over
                continue;
            }
            if (isHeadline && !(wordClass(start) & FirstName)) {
                pos = start;
                continue;
            }
            const qsizetype end = nameEnd(start, last);
            addFound(start, end, EntityType::Person, -1, u"person/"_s);
            m_titleHolder.insert(PhraseHash::token(view(pos, match.last).toString().simplified(), false), m_found.size() - 1);
            pos = end + 1;
            continue;
        }

        // An unknown name: up to the next word that starts a known phrase.
        qsizetype end = pos;
        for (qsizetype k = pos + 1; k <= last; ++k) {
            if (isWord(k) && (wordClass(k) & Connector) && token(k).isLower)
                break;
            if (isWord(k) && longestPhrase(k).last >= 0)
                break;
            if (isWord(k) || isChar(k, u'.') || isChar(k, u'-') || isChar(k, u'\'') || isChar(k, u'’'))
                end = k;
        }
        while (end > pos && !isWord(end) && !isChar(end, u'.'))
            --end;
        const bool isSentenceStart = m_isSentenceStart[size_t(pos)];
        if ((firstClass & NotName) || (isSentenceStart && m_lowercaseWords.contains(token(pos).foldedHash))) {
            ++pos;
            continue;
        }
        if (firstClass & FirstName && end > pos) {
            addFound(pos, end, EntityType::Person, -1, u"person/"_s);
            pos = end + 1;
            continue;
        }
        if (isHeadline) {
            pos = end + 1;
            continue;
        }
        if (end == pos || (end == pos + 1 && isChar(end, u'.'))) {
            m_loneCandidates.append(pos);
            pos = end + 1;
            continue;
        }
        if (isSentenceStart) {
            // "Moving Forward Together": a sentence-initial word that is not a name on its own
            // leaves the rest to be judged without it.
            const auto &t = token(pos);
            const auto word = view(pos, pos);
            if (word.endsWith(u"ing"_s) || word.endsWith(u"ly"_s) || (word.endsWith(u"ed"_s) && t.end - t.start > 4)) {
                ++pos;
                continue;
            }
        }
        // Otherwise only context types an unknown name: "…, Paul Nesbit said", "in Ayn Isa".
        if (wordClass(end + 1) & ActorVerb && isWord(end + 1) && (view(end + 1, end + 1).startsWith(u"sa"_s) || view(end + 1, end + 1) == u"told"_s))
            addFound(pos, end, EntityType::Person, -1, u"person/"_s);
        else if (isLocative(pos - 1) && !isInsideName(pos - 1))
            addFound(pos, end, EntityType::GeoPolitical, -1, u"place/"_s);
        pos = end + 1;
    }
}

void Pass::resolveAliases()
{
    // Short forms introduced by the text itself.
    QHash<quint64, qsizetype> alias; // token hash -> index into m_found
    const qsizetype foundCount = m_found.size();
    for (qsizetype f = 0; f < foundCount; ++f) {
        const auto &found = m_found.at(f);
        const auto type = found.type;
        if (type == EntityType::Person && found.last > found.first) {
            qsizetype lastWord = found.last;
            while (lastWord > found.first && !isWord(lastWord))
                --lastWord;
            alias.insert(token(lastWord).hash, f);
            if (wordClass(found.first) & AsianSurname)
                alias.insert(token(found.first).hash, f);
        }
        // "European Aeronautic Defence and Space Company (EADS)", "Naval Forces Central Command's
        // (NAVCENT)": the bracketed acronym.
        qsizetype bracket = found.last + 1;
        if (type == EntityType::Organisation && (isChar(bracket, u'\'') || isChar(bracket, u'’')) && isPossessiveS(bracket + 1))
            bracket += 2; // not "Japan's (ANA)": what a country possesses is not the country
        if ((type == EntityType::Organisation || type == EntityType::Location || type == EntityType::GeoPolitical)
            && isChar(bracket, u'(') && isWord(bracket + 1) && token(bracket + 1).isAllCaps && isChar(bracket + 2, u')'))
            alias.insert(token(bracket + 1).hash, f);
    }

    QList<Found> added;
    std::vector<char> isCovered(size_t(m_tokens.size()), 0);
    for (const auto &found : std::as_const(m_found))
        for (qsizetype i = found.first; i <= found.last; ++i)
            isCovered[size_t(i)] = 1;

    auto copyOf = [&](qsizetype f, qsizetype first, qsizetype last) {
        Found copy = m_found.at(f);
        copy.first = first;
        copy.last = last;
        added.append(copy);
        isCovered[size_t(first)] = 1;
    };

    // Acronyms defined in brackets and surnames, wherever they occur (also before the full form
    // in a headline).
    if (!alias.isEmpty()) {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (!isWord(i) || isCovered[size_t(i)] || !isNameWord(i))
                continue;
            const auto it = alias.constFind(token(i).hash);
            if (it == alias.constEnd())
                continue;
            // "Carney's" ends before the apostrophe; "Li Qiang" itself is covered already.
            copyOf(*it, i, i);
        }
    }

    // "the Premier", "the Prime Minister": the holder of that title named earlier.
    for (const auto &[first, last] : std::as_const(m_titlesAlone)) {
        if (isCovered[size_t(first)])
            continue;
        const auto it = m_titleHolder.constFind(PhraseHash::token(normalised(first, last), false));
        if (it == m_titleHolder.constEnd() || m_found.at(*it).first > first)
            continue;
        // Only a title used as a name ("the Premier said"), not one before "of …".
        if (isWord(last + 1) && view(last + 1, last + 1) == u"of"_s)
            continue;
        copyOf(*it, first, last);
    }
    m_found.append(added);

    // Organisations of several words by their last word: "the Council" after "the Security Council".
    QHash<quint64, QList<qsizetype>> organisationsByLastWord;
    for (qsizetype f = 0; f < foundCount; ++f) {
        const auto &found = m_found.at(f);
        if (found.type == EntityType::Organisation && found.last > found.first && isWord(found.last))
            organisationsByLastWord[token(found.last).hash].append(f);
    }

    // Single words no rule typed: organisation words ("the Coalition"), places after "in".
    for (const qsizetype i : std::as_const(m_loneCandidates)) {
        if (isCovered[size_t(i)])
            continue;
        const auto &t = token(i);
        const bool isTheAcronym = t.isAllCaps && t.end - t.start >= 3 && !m_isShouting[size_t(i)] && isWord(i - 1)
                                  && view(i - 1, i - 1).compare(u"the"_s, Qt::CaseInsensitive) == 0;
        // "the Coalition", "the GAO": an organisation word or an acronym used as a name; "the
        // Council" is the nearest council named before it, if any.
        qsizetype named = -1;
        if (wordClass(i) & OrgSuffix) {
            for (const qsizetype f : organisationsByLastWord.value(t.hash))
                if (m_found.at(f).last < i && (named < 0 || m_found.at(f).last > m_found.at(named).last))
                    named = f;
        }
        if (named >= 0) {
            Found copy = m_found.at(named);
            copy.first = copy.last = i;
            m_found.append(copy);
        } else if ((wordClass(i) & OrgSuffix) || isTheAcronym)
            addFound(i, i, EntityType::Organisation, -1, u"org/"_s);
        else if (isLocative(i - 1) && !isInsideName(i - 1))
            addFound(i, i, EntityType::GeoPolitical, -1, u"place/"_s);
    }

    // Capitals that speak for their government: "Ottawa said", "Beijing has".
    for (auto &found : m_found) {
        if (found.entity < 0)
            continue;
        const auto &entity = m_gazetteer.entities().at(found.entity);
        if (!entity.isCapital || !(wordClass(found.last + 1) & ActorVerb))
            continue;
        const int country = m_gazetteer.countryEntity(entity.country);
        if (country >= 0)
            found.entity = country;
    }
}

// The kind of the phrase that is exactly the tokens first..last (None when it is no phrase).
Gazetteer::PhraseKind Pass::phraseKindOf(qsizetype first, qsizetype last) const
{
    const bool isFolded = m_isShouting[size_t(first)];
    quint64 hash = PhraseHash::Seed;
    for (qsizetype i = first; i <= last; ++i) {
        const auto &t = token(i);
        hash = PhraseHash::extend(hash, isFolded ? t.foldedHash : t.hash, i > first && t.hasSpaceBefore);
    }
    return m_gazetteer.phrase(hash, isFolded).kind;
}

// Where the longest title ending at token end starts ("Prime Minister's" -> "Prime"), or -1.
qsizetype Pass::titleEndingAt(qsizetype end) const
{
    qsizetype start = -1;
    for (qsizetype k = end; k >= 0 && k > end - 6; --k) {
        if (isWord(k) && phraseKindOf(k, end) == Gazetteer::PhraseKind::Title)
            start = k;
        if (token(k).hasNewlineBefore)
            break;
    }
    return start;
}

// Where the longest title starting at token start ends, or -1.
qsizetype Pass::titleStartingAt(qsizetype start) const
{
    qsizetype end = -1;
    for (qsizetype k = start; k < m_tokens.size() && k < start + 6; ++k) {
        if (k > start && token(k).hasNewlineBefore)
            break;
        if (phraseKindOf(start, k) == Gazetteer::PhraseKind::Title)
            end = k;
    }
    return end;
}

// The mention found so far that starts at first, or (first < 0) ends at last; indexed by
// findHolderOffices() so that every lookup costs the same however long the text.
const Found *Pass::foundAt(qsizetype first, qsizetype last) const
{
    if (!m_isFoundIndexed) {
        m_foundByFirst.clear();
        m_foundByLast.clear();
        for (qsizetype f = 0; f < m_found.size(); ++f) {
            m_foundByFirst.insert(m_found.at(f).first, f);
            m_foundByLast.insert(m_found.at(f).last, f);
        }
        m_isFoundIndexed = true;
    }
    const auto &index = first >= 0 ? m_foundByFirst : m_foundByLast;
    const auto it = index.constFind(first >= 0 ? first : last);
    return it == index.constEnd() ? nullptr : &m_found.at(*it);
}

// The country a mention names or stands for ("Canada", "Canadian"), as alpha_2, or empty.
QString Pass::countryOf(const Found *found) const
{
    if (!found || found->entity < 0)
        return {};
    const auto &entity = m_gazetteer.entities().at(found->entity);
    if (entity.id.startsWith(u"country/"_s))
        return entity.country;
    return {};
}

// The country a title without one belongs to in this text: the one country whose holder of the
// title the text names ("Prime Minister Mark Carney" -> CA); else the one country it mentions that
// has such an office listed, or the only country it mentions at all. Empty when that is unclear.
QString Pass::documentCountryOf(const QString &title) const
{
    QString country;
    bool isAmbiguous = false;
    for (const auto &found : m_found) {
        if (found.type != EntityType::Person || found.entity < 0)
            continue;
        for (const auto &code : m_gazetteer.countriesOfTitle(m_gazetteer.entities().at(found.entity).id, title)) {
            isAmbiguous = isAmbiguous || (!country.isEmpty() && country != code);
            country = code;
        }
    }
    if (isAmbiguous)
        return {};
    if (!country.isEmpty())
        return country;
    QStringList mentioned;
    QStringList withOffice;
    for (const auto &found : m_found) {
        const QString code = countryOf(&found);
        if (code.isEmpty() || mentioned.contains(code))
            continue;
        mentioned << code;
        if (m_gazetteer.holderOffice(code, title) >= 0)
            withOffice << code;
    }
    if (withOffice.size() == 1)
        return withOffice.first();
    return mentioned.size() == 1 ? mentioned.first() : QString();
}

// "Canada's Prime Minister's office", "the Prime Minister's Office", "the Office of the Canadian
// Prime Minister": the office that serves a title's holder, whatever the case of "office". It
// belongs to the country named around it, or else to the one country whose holder of that title
// the text names; the gazetteer lists such offices ("holder"), others get an id of the same form.
void Pass::findHolderOffices()
{
    static const quint64 officeHash = PhraseHash::token(u"office", true);
    static const quint64 ofHash = PhraseHash::token(u"of", false);
    static const quint64 theHash = PhraseHash::token(u"the", false);
    m_isFoundIndexed = false; // indexed on first use: most texts name no office
    QHash<QString, QString> countryOfTitle; // documentCountryOf() reads every mention: once per title
    auto documentCountry = [&](const QString &title) {
        auto it = countryOfTitle.find(title);
        if (it == countryOfTitle.end())
            it = countryOfTitle.insert(title, documentCountryOf(title));
        return *it;
    };
    QList<Found> offices;
    auto addOffice = [&](qsizetype first, qsizetype last, const QString &title, QString country) {
        if (!m_gazetteer.hasHolderOffice(title))
            return;
        if (country.isEmpty())
            country = documentCountry(title);
        Found office{first, last, EntityType::Organisation, -1, {}, {}};
        if (!country.isEmpty())
            office.entity = m_gazetteer.holderOffice(country, title);
        if (office.entity < 0) {
            const int countryEntity = m_gazetteer.countryEntity(country);
            office.name = title + u"'s Office"_s;
            office.id = u"org/"_s + Gazetteer::slug(office.name);
            if (countryEntity >= 0) {
                office.name += u" ("_s + m_gazetteer.entities().at(countryEntity).name + u')';
                office.id += u'-' + country.toLower();
            }
        }
        offices.append(office);
    };
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (!isWord(i) || token(i).foldedHash != officeHash || token(i).isAllCaps != m_isShouting[size_t(i)])
            continue;
        // "<title>'s office"
        if (token(i).hasSpaceBefore && isWord(i - 1) && isPossessiveS(i - 1) && !token(i - 1).hasSpaceBefore
            && (isChar(i - 2, u'\'') || isChar(i - 2, u'’')) && !token(i - 2).hasSpaceBefore) {
            const qsizetype first = titleEndingAt(i - 3);
            if (first < 0)
                continue;
            // "Canadian Prime Minister's", "Canada's Prime Minister's"
            QString country = countryOf(foundAt(-1, first - 1));
            if (country.isEmpty() && isWord(first - 1) && isPossessiveS(first - 1)
                && (isChar(first - 2, u'\'') || isChar(first - 2, u'’')))
                country = countryOf(foundAt(-1, first - 3));
            addOffice(first, i, normalised(first, i - 3), country);
            continue;
        }
        // "Office of the [Canadian] Prime Minister [of Canada]"
        if (token(i).isCapitalised && isWord(i + 2) && token(i + 1).hash == ofHash && token(i + 2).hash == theHash) {
            qsizetype k = i + 3;
            QString country;
            if (const auto demonym = longestPhrase(k); demonym.phrase.kind == Gazetteer::PhraseKind::Entity
                && m_gazetteer.entities().at(demonym.phrase.entity).type == EntityType::Nationality) {
                country = m_gazetteer.entities().at(demonym.phrase.entity).country;
                k = demonym.last + 1;
            }
            qsizetype last = titleStartingAt(k);
            if (last < 0)
                continue;
            const QString title = normalised(k, last);
            if (isWord(last + 1) && token(last + 1).hash == ofHash && isWord(last + 2)) {
                if (const auto of = longestPhrase(last + 2); of.phrase.kind == Gazetteer::PhraseKind::Entity
                    && m_gazetteer.entities().at(of.phrase.entity).id.startsWith(u"country/"_s)) {
                    country = m_gazetteer.entities().at(of.phrase.entity).country;
                    last = of.last;
                }
            }
            addOffice(i, last, title, country);
        }
    }
    // "PMO" and other names of a listed office: the office of the text's country, if it has one.
    for (auto &found : m_found) {
        if (found.entity < 0 || m_gazetteer.entities().at(found.entity).holder.isEmpty())
            continue;
        const auto &entity = m_gazetteer.entities().at(found.entity);
        const QString country = documentCountry(entity.holder);
        if (const int office = country.isEmpty() ? -1 : m_gazetteer.holderOffice(country, entity.holder); office >= 0)
            found.entity = office;
    }
    if (offices.isEmpty())
        return;
    // The office replaces what was found inside it ("Office", "Canadian", the title alone).
    std::vector<char> isOffice(size_t(m_tokens.size()), 0);
    for (const auto &office : std::as_const(offices))
        std::fill(isOffice.begin() + office.first, isOffice.begin() + office.last + 1, 1);
    removeFoundIf([&isOffice](const Found &found) {
        return std::any_of(isOffice.begin() + found.first, isOffice.begin() + found.last + 1, [](char c) { return c != 0; });
    });
    m_found.append(offices);
}

// "India's Ministry of External Affairs", "Canada's Department of National Defence": a government body known
// only from the text belongs to the country named just before it, so that two countries'
// ministries of the same name stay two entities ("org/ministry-of-external-affairs-in").
void Pass::qualifyGovernmentBodies()
{
    QHash<qsizetype, qsizetype> countryEndingAt; // last token -> index into m_found; built on first use
    bool isIndexed = false;
    for (auto &found : m_found) {
        if (found.type != EntityType::Organisation || found.entity >= 0 || found.last == found.first)
            continue;
        const auto head = view(found.first, found.first);
        if (head != u"Ministry"_s && head != u"Department"_s && head != u"Embassy"_s && head != u"Consulate"_s)
            continue;
        qsizetype before = found.first - 1;
        if (isWord(before) && isPossessiveS(before) && (isChar(before - 1, u'\'') || isChar(before - 1, u'’')))
            before -= 2;
        if (!isIndexed) {
            for (qsizetype f = 0; f < m_found.size(); ++f)
                if (!countryOf(&m_found.at(f)).isEmpty())
                    countryEndingAt.insert(m_found.at(f).last, f);
            isIndexed = true;
        }
        const auto it = countryEndingAt.constFind(before);
        if (it == countryEndingAt.constEnd())
            continue;
        const QString country = countryOf(&m_found.at(*it));
        const int countryEntity = m_gazetteer.countryEntity(country);
        if (countryEntity < 0)
            continue;
        found.id += u'-' + country.toLower();
        found.name += u" ("_s + m_gazetteer.entities().at(countryEntity).name + u')';
    }
}

// "the Amazon", "in the Amazon.": a company's name that is also a place's names the place after
// "the" unless a noun it modifies follows ("the Amazon warehouse").
void Pass::retypePlaceNames()
{
    for (auto &found : m_found) {
        if (found.entity < 0)
            continue;
        const int place = m_gazetteer.entities().at(found.entity).place;
        if (place < 0 || !isWord(found.first - 1) || view(found.first - 1, found.first - 1).compare(u"the"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (isWord(found.last + 1) && token(found.last + 1).isLower && !(wordClass(found.last + 1) & (ActorVerb | Connector)))
            continue;
        found.entity = place;
        found.type = m_gazetteer.entities().at(place).type;
    }
}

// Where a chain of titles ending at token end starts ("Senior Chief Petty Officer", "Lt. Gen."),
// or -1 when no title ends there.
qsizetype Pass::titleChainStart(qsizetype end) const
{
    qsizetype chainStart = -1;
    qsizetype chainEnd = end;
    while (chainEnd >= 0) {
        qsizetype found = -1;
        for (qsizetype k = chainEnd; k >= 0 && k > chainEnd - 6; --k) {
            if (!isWord(k) || !isNameWord(k) || token(k).hasNewlineBefore)
                continue;
            const auto match = longestPhrase(k);
            if (match.last == chainEnd
                && (match.phrase.kind == Gazetteer::PhraseKind::Title || match.phrase.kind == Gazetteer::PhraseKind::Honorific))
                found = k;
        }
        if (found < 0)
            break;
        chainStart = found;
        chainEnd = found - 1;
    }
    return chainStart;
}

// Span conventions shared by re3d and MEANTIME (and ACE before them):
// - "Palmyra, Syria", "Fort Campbell, Kentucky": a place located by the country or state after
//   it is one mention;
// - "ISIL-held buildings": a place described by who holds it is a place, not the holder;
// - "Navy Capt. Jeff Davis", "Pentagon Press Secretary Peter Cook": the service or office before
//   a military or government title belongs to the person's mention (business titles such as
//   "Apple CEO" keep the company apart, as the corpora annotate it).
void Pass::mergeSpans()
{
    std::sort(m_found.begin(), m_found.end(), [](const Found &a, const Found &b) { return a.first < b.first; });
    std::vector<char> isDropped(size_t(m_found.size()), 0);
    auto isPlace = [](const Found &found) {
        return found.type == EntityType::GeoPolitical || found.type == EntityType::Location;
    };
    auto isCountry = [this](const Found &found) {
        return found.entity >= 0 && m_gazetteer.entities().at(found.entity).id.startsWith(u"country/"_s);
    };
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        auto &found = m_found[f];
        if (isDropped[size_t(f)])
            continue;
        // "ISIL-held": the mention becomes the place.
        if (found.type == EntityType::Organisation && isChar(found.last + 1, u'-') && !token(found.last + 1).hasSpaceBefore
            && isWord(found.last + 2) && !token(found.last + 2).hasSpaceBefore
            && (view(found.last + 2, found.last + 2) == u"held"_s || view(found.last + 2, found.last + 2) == u"controlled"_s)) {
            found.last += 2;
            found.type = EntityType::Location;
            found.entity = -1;
            found.name = normalised(found.first, found.last);
            found.id = u"place/"_s + Gazetteer::slug(found.name);
            continue;
        }
        // "Coalition aircraft", "ISIL vehicles": a maker's or an operator's name before a word for
        // craft names the craft (a platform or product in both corpora), not the organisation.
        if (found.type == EntityType::Organisation && found.first == found.last && isWord(found.last + 1)
            && token(found.last + 1).hasSpaceBefore) {
            const auto craft = view(found.last + 1, found.last + 1);
            if (craft == u"aircraft"_s || craft == u"vehicle"_s || craft == u"vehicles"_s || craft == u"tank"_s
                || craft == u"tanks"_s || craft == u"jets"_s || craft == u"warplanes"_s || craft == u"drones"_s) {
                isDropped[size_t(f)] = 1;
                continue;
            }
        }
        // "the CJTF-OIR spokesperson", "U.S. Central Command commander": an organisation's role
        // noun makes the mention the person holding it (unless the person's name follows).
        if (found.type == EntityType::Organisation && isWord(found.last + 1) && token(found.last + 1).hasSpaceBefore
            && !(f + 1 < m_found.size() && m_found.at(f + 1).type == EntityType::Person
                 && m_found.at(f + 1).first <= found.last + 3)) {
            const auto role = view(found.last + 1, found.last + 1);
            if (role == u"spokesperson"_s || role == u"spokesman"_s || role == u"spokeswoman"_s || role == u"commander"_s
                || role == u"Commander"_s) {
                found.last += 1;
                found.type = EntityType::Person;
                found.entity = -1;
                found.name = normalised(found.first, found.last);
                found.id = u"person/"_s + Gazetteer::slug(found.name);
                continue;
            }
        }
        if (f + 1 >= m_found.size())
            continue;
        auto &next = m_found[f + 1];
        // "Palmyra, Syria": a place that is not itself a country, a comma, then a country, or a
        // known place that does not go on into a list ("Mosul, Tikrit and Ramadi").
        if (isPlace(found) && !isCountry(found) && (isPlace(next) || isCountry(next)) && isChar(found.last + 1, u',')
            && next.first == found.last + 2) {
            const bool isListGoingOn = isChar(next.last + 1, u',') && (f + 2 < m_found.size() && m_found.at(f + 2).first == next.last + 2)
                                       && !isCountry(m_found.at(f + 2));
            const bool isAndAfter = isWord(next.last + 1) && (view(next.last + 1, next.last + 1) == u"and"_s || view(next.last + 1, next.last + 1) == u"or"_s);
            if (isCountry(next) || (next.entity >= 0 && !isListGoingOn && !isAndAfter)) {
                found.last = next.last;
                found.type = EntityType::GeoPolitical;
                isDropped[size_t(f + 1)] = 1;
                continue;
            }
        }
        // "Army Lt. Gen. Stephen J. Townsend": an organisation, a chain of titles, the person.
        if (found.type == EntityType::Organisation && next.type == EntityType::Person) {
            const qsizetype chainStart = titleChainStart(next.first - 1);
            if (chainStart == found.last + 1 && token(chainStart).hasSpaceBefore && !token(chainStart).hasNewlineBefore) {
                const auto title = view(chainStart, next.first - 1);
                const bool isBusinessTitle = title.contains(u"CEO"_s) || title.contains(u"Executive"_s)
                                             || title.startsWith(u"Chair"_s) || title.startsWith(u"Mr"_s)
                                             || title.startsWith(u"Ms"_s) || title.startsWith(u"Mrs"_s) || title.startsWith(u"Dr"_s);
                if (!isBusinessTitle) {
                    next.first = found.first;
                    isDropped[size_t(f)] = 1;
                }
            }
        }
    }
    qsizetype kept = 0;
    for (qsizetype f = 0; f < m_found.size(); ++f)
        if (!isDropped[size_t(f)])
            m_found[kept++] = m_found.at(f);
    m_found.resize(kept);
}

void Pass::addTaggedNames()
{
    // The rules and the gazetteer had the first word: what they found comes with ids, canonical
    // names and the text's own aliases. The tagger adds the names they did not find, which is
    // most names nobody listed. Text set in capitals gives a tagger trained on ordinary text no
    // case to read, so there only the gazetteer names things; in a headline in title case every
    // word is capitalised, so a name the tagger sees there counts only if the text names it again.
    const qsizetype n = m_tokens.size();
    QSet<quint64> namedInRunningText;
    for (const auto &span : std::as_const(m_tagged)) {
        if (!m_isHeadline[size_t(span.firstToken)] && !m_isShouting[size_t(span.firstToken)])
            namedInRunningText.insert(foldedHash(span.firstToken, span.lastToken));
    }
    std::vector<char> isFound(size_t(n), 0);
    QHash<quint64, qsizetype> personBySurname; // last word of a person's full name -> index into m_found
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        for (qsizetype k = found.first; k <= found.last; ++k)
            isFound[size_t(k)] = 1;
        if (found.type == EntityType::Person && found.last > found.first && isWord(found.last))
            personBySurname.insert(token(found.last).hash, f);
    }
    static constexpr std::array types{EntityType::Person, EntityType::Organisation, EntityType::GeoPolitical,
                                      EntityType::Location, EntityType::Nationality, EntityType::Location};
    static constexpr std::array prefixes{u"person/", u"org/", u"place/", u"place/", u"norp/", u"place/"};
    for (auto span : std::as_const(m_tagged)) {
        // A name starts and ends with a word: "U.S." keeps its dot only inside.
        while (span.firstToken < span.lastToken && !isWord(span.firstToken))
            ++span.firstToken;
        while (span.lastToken > span.firstToken && !isWord(span.lastToken))
            --span.lastToken;
        if (!isWord(span.firstToken) || m_isShouting[size_t(span.firstToken)])
            continue;
        if (m_isHeadline[size_t(span.firstToken)] && !namedInRunningText.contains(foldedHash(span.firstToken, span.lastToken)))
            continue;
        bool isCovered = false;
        for (qsizetype k = span.firstToken; k <= span.lastToken && !isCovered; ++k)
            isCovered = isFound[size_t(k)];
        if (isCovered)
            continue;
        const auto type = types[size_t(span.type)];
        const auto match = longestPhrase(span.firstToken);
        if (match.phrase.kind == Gazetteer::PhraseKind::Entity && match.last == span.lastToken) {
            addFound(span.firstToken, span.lastToken, m_gazetteer.entities().at(match.phrase.entity).type,
                     match.phrase.entity);
        } else if (const auto it = personBySurname.constFind(token(span.firstToken).hash);
                   type == EntityType::Person && span.firstToken == span.lastToken && it != personBySurname.constEnd()) {
            Found copy = m_found.at(*it); // "Halvorsen" after "Ingrid Halvorsen"
            copy.first = copy.last = span.firstToken;
            m_found.append(copy);
        } else {
            addFound(span.firstToken, span.lastToken, type, -1, QString(prefixes[size_t(span.type)]));
            if (type == EntityType::Person && span.lastToken > span.firstToken)
                personBySurname.insert(token(span.lastToken).hash, m_found.size() - 1);
        }
    }
}

QList<EntityMention> Pass::run()
{
    const qsizetype n = m_tokens.size();
    qsizetype i = 0;
    while (i < n) {
        const auto &t = token(i);
        if (!t.isWord) {
            ++i;
            continue;
        }
        // "the 158th Fighter Wing": an ordinal may start a unit's name.
        if (m_text.at(t.start).isDigit() && isNameWord(i + 1) && t.end - t.start >= 3) {
            const auto suffix = view(i, i).right(2);
            if (suffix == u"st"_s || suffix == u"nd"_s || suffix == u"rd"_s || suffix == u"th"_s) {
                const qsizetype end = runEnd(i + 1);
                if (wordClass(end) & OrgSuffix) {
                    addFound(i, end, EntityType::Organisation, -1, u"org/"_s);
                    i = end + 1;
                    continue;
                }
            }
        }
        // "BAGHDAD - …", "NEW DELHI, Nov. 3": a dateline in capitals at the start of a line.
        if (t.hasNewlineBefore && t.isAllCaps && !m_isShouting[size_t(i)]) {
            const qsizetype end = datelineEnd(i);
            if (end >= 0) {
                const auto place = m_gazetteer.phrase(foldedHash(i, end), true);
                addFound(i, end, m_gazetteer.entities().at(place.entity).type, place.entity);
                i = end + 1;
                continue;
            }
        }
        if (isNameWord(i)) {
            const auto match = longestPhrase(i);
            qsizetype end = std::max(runEnd(i), match.last);
            // "Mr. Halvorsen": a title ending in a dot still leads into the name after it.
            if (match.phrase.kind != Gazetteer::PhraseKind::None && match.phrase.kind != Gazetteer::PhraseKind::Entity
                && match.last == end && isNameWord(end + 1) && token(end + 1).hasSpaceBefore)
                end = runEnd(end + 1);
            processRun(i, end);
            i = end + 1;
            continue;
        }
        // Names that start in lower case: "al-Qaida", "mainland China".
        if (!t.isLower || !m_gazetteer.mayStartLowercasePhrase(t.hash)) {
            ++i;
            continue;
        }
        const auto match = longestPhrase(i);
        if (match.phrase.kind == Gazetteer::PhraseKind::Entity && match.last > i) {
            const auto &entity = m_gazetteer.entities().at(match.phrase.entity);
            addFound(i, match.last, entity.type, match.phrase.entity);
            i = match.last + 1;
            continue;
        }
        ++i;
    }
    findHolderOffices();
    retypePlaceNames();
    qualifyGovernmentBodies();
    // "Airbus A380", "Boeing 787" name products; "US$40" is a currency; "the Geneva Communique"
    // and "Air Force F-16" name documents and weapons that merely start with a known name.
    removeFoundIf([this](const Found &found) {
        const qsizetype next = found.last + 1;
        if (found.entity >= 0 && found.type != EntityType::Person && found.type != EntityType::Nationality
            && isNameWord(next) && token(next).hasSpaceBefore && !m_isHeadline[size_t(next)] && !m_isSentenceStart[size_t(next)]
            && !(wordClass(next) & (NotName | AgentNoun)) && longestPhrase(next).last < 0)
            return true;
        if (found.type == EntityType::Organisation && isWord(next) && token(next).hasSpaceBefore
            && std::any_of(m_text.begin() + token(next).start, m_text.begin() + token(next).end,
                           [](QChar c) { return c.isDigit(); }))
            return true;
        return found.type == EntityType::GeoPolitical && isChar(next, u'$') && !token(next).hasSpaceBefore;
    });
    resolveAliases();
    addTaggedNames();
    // "Iraqi forces", "the Syrian government", "Iraqi security forces": a nationality before the
    // word for a state's agents names that state's government or forces.
    for (auto &found : m_found) {
        if (found.type != EntityType::Nationality || found.entity < 0)
            continue;
        qsizetype noun = found.last + 1;
        if (isWord(noun) && !(wordClass(noun) & AgentNoun) && token(noun).isLower && (wordClass(noun + 1) & AgentNoun))
            ++noun;
        if (!isWord(noun) || !(wordClass(noun) & AgentNoun) || !token(noun).hasSpaceBefore)
            continue;
        const int country = m_gazetteer.countryEntity(m_gazetteer.entities().at(found.entity).country);
        if (country < 0)
            continue;
        found.last = noun;
        found.type = EntityType::Organisation;
        found.entity = country;
    }
    // "the Syrians", "all Iraqis": a demonym in the plural names a nation's people as a group, an
    // organisation in the corpora's terms (re3d), linked to the country; not before a name.
    for (auto &found : m_found) {
        if (found.type != EntityType::Nationality || found.entity < 0 || found.first != found.last || m_isShouting[size_t(found.first)])
            continue;
        const auto word = view(found.first, found.last);
        if (word.size() < 5 || !word.endsWith(u's') || (isNameWord(found.last + 1) && token(found.last + 1).hasSpaceBefore))
            continue;
        const quint64 singular = PhraseHash::extend(PhraseHash::Seed, PhraseHash::token(word.chopped(1), false), false);
        const auto phrase = m_gazetteer.phrase(singular, false);
        if (phrase.kind == Gazetteer::PhraseKind::Entity && phrase.entity == found.entity)
            found.type = EntityType::Organisation;
    }
    // A country that acts ("the United States condemns", "Ottawa said") is a government, typed
    // as an organisation (the ACE and re3d convention); a country as a place stays geopolitical.
    // So are the members of a list of three or more countries ("Australia, Bahrain, Canada and
    // Denmark conducted strikes") unless the list follows a preposition of place.
    std::sort(m_found.begin(), m_found.end(), [](const Found &a, const Found &b) { return a.first < b.first; });
    QSet<qsizetype> placeEndingAt;
    QSet<qsizetype> countryList;
    auto isCountry = [this](const Found &found) {
        return found.entity >= 0 && found.type == EntityType::GeoPolitical
               && m_gazetteer.entities().at(found.entity).id.startsWith(u"country/"_s);
    };
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        if (m_found.at(f).type == EntityType::GeoPolitical || m_found.at(f).type == EntityType::Location)
            placeEndingAt.insert(m_found.at(f).last);
        if (!isCountry(m_found.at(f)))
            continue;
        qsizetype g = f;
        while (g + 1 < m_found.size() && isCountry(m_found.at(g + 1))) {
            // Only commas, "and", "the" between the two.
            bool isJoined = true;
            for (qsizetype k = m_found.at(g).last + 1; k < m_found.at(g + 1).first && isJoined; ++k)
                isJoined = isChar(k, u',') || (isWord(k) && (view(k, k) == u"and"_s || view(k, k) == u"the"_s));
            if (!isJoined)
                break;
            ++g;
        }
        if (g - f >= 2) {
            qsizetype before = m_found.at(f).first - 1;
            if (isWord(before) && view(before, before) == u"the"_s)
                --before;
            if (!isLocative(before))
                for (qsizetype k = f; k <= g; ++k)
                    countryList.insert(m_found.at(k).first);
        }
        f = g;
    }
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        auto &found = m_found[f];
        if (found.entity < 0 || found.type != EntityType::GeoPolitical)
            continue;
        const auto &entity = m_gazetteer.entities().at(found.entity);
        if (!entity.id.startsWith(u"country/"_s))
            continue;
        // "U.S. Secretary of State John Kerry": a country before a title says whose official it
        // is, as "American" would: a nationality.
        if (isNameWord(found.last + 1) && token(found.last + 1).hasSpaceBefore) {
            const auto title = longestPhrase(found.last + 1);
            if (title.phrase.kind == Gazetteer::PhraseKind::Title) {
                found.type = EntityType::Nationality;
                continue;
            }
        }
        qsizetype before = found.first - 1;
        if (isWord(before) && view(before, before).compare(u"the"_s, Qt::CaseInsensitive) == 0)
            --before;
        // "the government of Iraq", "the people of Syria": the state, not the place.
        const bool isStateOf = isWord(before) && view(before, before) == u"of"_s && (wordClass(before - 1) & AgentNoun);
        // "the United States and Iraq signed": the first of two countries that act together.
        qsizetype partnerStart = found.last + 2;
        if (isWord(partnerStart) && view(partnerStart, partnerStart) == u"the"_s)
            ++partnerStart;
        const bool isActingWith = isWord(found.last + 1) && view(found.last + 1, found.last + 1) == u"and"_s
                                  && f + 1 < m_found.size() && m_found.at(f + 1).first == partnerStart
                                  && isCountry(m_found.at(f + 1)) && (wordClass(m_found.at(f + 1).last + 1) & ActorVerb);
        // "for Iraq to obtain": a country that is to do something ("visit Canada to discuss" is
        // still a place; "enable Iraq to" is the object of such a verb, below).
        const bool isDoing = before == found.first - 1 && isWord(before) && view(before, before) == u"for"_s
                             && isWord(found.last + 1) && view(found.last + 1, found.last + 1) == u"to"_s && isWord(found.last + 2)
                             && token(found.last + 2).isLower && !(wordClass(found.last + 2) & Connector);
        // "support Iraq", "join Jordan in": the object of such a verb is a state acting.
        const bool isObject = before == found.first - 1 && (wordClass(before) & ObjectVerb);
        // "Saudi Arabia's leadership", "the United States' message": a state's agents, possessed.
        qsizetype afterPossessive = -1;
        if ((isChar(found.last + 1, u'\'') || isChar(found.last + 1, u'’')) && !token(found.last + 1).hasSpaceBefore)
            afterPossessive = isWord(found.last + 2) && view(found.last + 2, found.last + 2) == u"s"_s ? found.last + 3 : found.last + 2;
        const bool isPossessor = afterPossessive > 0 && isWord(afterPossessive) && (wordClass(afterPossessive) & AgentNoun);
        const bool isActor = (wordClass(found.last + 1) & (ActorVerb | AgentNoun)) || isStateOf || isActingWith || isDoing || isObject
                             || isPossessor
                             || (isWord(before) && (view(before, before) == u"with"_s || view(before, before) == u"ally"_s));
        // "U.S.-led", "Iranian-backed": the country acts.
        const bool isLeader = isChar(found.last + 1, u'-') && isWord(found.last + 2)
                              && (view(found.last + 2, found.last + 2) == u"led"_s || view(found.last + 2, found.last + 2) == u"backed"_s);
        // "Palmyra, Syria" locates; ", the United States remains" does not.
        const bool isLocating = before == found.first - 1 && isChar(before, u',') && placeEndingAt.contains(before - 1);
        const bool isListed = countryList.contains(found.first);
        if (!isListed && ((isLocative(before) && !isStateOf) || isLocating || !(isActor || isLeader)))
            continue;
        found.type = EntityType::Organisation;
    }

    // "the Governments of Iraq and the United States", "the United States and the coalition
    // can play": a country joined by "and" to a state or an organisation acting is one too.
    for (qsizetype f = 0; f + 1 < m_found.size(); ++f) {
        auto &first = m_found[f];
        auto &second = m_found[f + 1];
        qsizetype k = first.last + 1;
        if (!isWord(k) || view(k, k) != u"and"_s)
            continue;
        if (isWord(k + 1) && view(k + 1, k + 1) == u"the"_s)
            ++k;
        if (second.first != k + 1)
            continue;
        auto isPlainCountry = [this](const Found &found) {
            return found.type == EntityType::GeoPolitical && found.entity >= 0
                   && m_gazetteer.entities().at(found.entity).id.startsWith(u"country/"_s);
        };
        qsizetype before = first.first - 1;
        if (isWord(before) && view(before, before).compare(u"the"_s, Qt::CaseInsensitive) == 0)
            --before;
        if (isLocative(before) || isChar(before, u','))
            continue;
        if (first.type == EntityType::Organisation && isPlainCountry(second))
            second.type = EntityType::Organisation;
        else if (second.type == EntityType::Organisation && isPlainCountry(first))
            first.type = EntityType::Organisation;
    }

    mergeSpans();

    QList<EntityMention> mentions;
    mentions.reserve(m_found.size());
    for (const auto &found : std::as_const(m_found)) {
        EntityMention mention;
        mention.start = token(found.first).start;
        mention.end = token(found.last).end;
        mention.type = found.type;
        if (found.entity >= 0) {
            const auto &entity = m_gazetteer.entities().at(found.entity);
            mention.entityId = entity.id;
            mention.name = entity.name;
        } else {
            mention.entityId = found.id;
            mention.name = found.name;
        }
        mentions.append(mention);
    }
    std::sort(mentions.begin(), mentions.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    return mentions;
}

} // namespace

EntityRecognizer::EntityRecognizer()
    : m_gazetteer(&Gazetteer::instance()), m_model(&NerTagger::defaultModel())
{
}

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer), m_model(&NerTagger::defaultModel())
{
}

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer, const NerModel &model)
    : m_gazetteer(&gazetteer), m_model(&model)
{
}

QList<EntityMention> EntityRecognizer::recognize(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return Pass(*m_gazetteer, *m_model, text).run();
}

} // namespace Attache
