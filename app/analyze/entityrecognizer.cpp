#include "analyze/entityrecognizer.h"

#include "analyze/entitypass.h"
#include "analyze/nertagger.h"
#include "analyze/scriptlanguage.h"
#include "core/logging.h"
#include "core/textcase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <map>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// ISO 4217's currency codes (iso-codes, embedded at build time): "EUR", "USD", "CHF".
bool isCurrencyCode(QStringView word)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        QFile file(u":/knowledge/iso_4217.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcAnalyze) << "currency codes missing:" << file.fileName();
            return set;
        }
        for (const auto &currency : QJsonDocument::fromJson(file.readAll()).object().value(u"4217"_s).toArray())
            set.insert(currency.toObject().value(u"alpha_3"_s).toString());
        return set;
    }();
    return codes.contains(word.toString());
}

// The exact-case token hashes of words (TextToken::hash), so that a token is looked up in a list
// without building its text: the passes below ask this of every word.
QSet<quint64> tokenHashes(std::initializer_list<QStringView> words)
{
    QSet<quint64> hashes;
    for (const auto word : words)
        hashes.insert(PhraseHash::token(word, false));
    return hashes;
}

// The German names of widely traded currencies, singular and plural.
bool isCurrencyName(QStringView word)
{
    static const QSet<QString> names{u"Euro"_s, u"Euros"_s, u"Dollar"_s, u"Dollars"_s, u"Yen"_s, u"Pfund"_s,
                                     u"Rubel"_s, u"Yuan"_s, u"Renminbi"_s, u"Cent"_s, u"Cents"_s, u"Rupie"_s,
                                     u"Rupien"_s, u"Lira"_s, u"Peso"_s, u"Pesos"_s, u"Zloty"_s, u"Forint"_s,
                                     u"Dinar"_s, u"Rial"_s, u"Riyal"_s, u"Won"_s};
    return names.contains(word.toString());
}

// Whether a character is in the Arabic block: the cheap test the Arabic passes ask first, so that
// words of other scripts are spared their look-ups.
constexpr bool isInArabicBlock(char16_t c)
{
    return c >= 0x0600 && c <= 0x06FF;
}

// The one-letter proclitics the gazetteer writes Arabic names behind (nameVariants()): و "and",
// ب "in", ل "for".
bool isArabicProclitic(QChar c)
{
    return c == u'و' || c == u'ب' || c == u'ل';
}

} // namespace

namespace Recognition {

bool Pass::isAmountBefore(qsizetype i) const
{
    // "5 Mrd. EUR", "12 Millionen USD", "3 bn USD": a number and its order of magnitude.
    static const QSet<QString> magnitudes{u"Mio"_s, u"Mrd"_s, u"Mill"_s, u"Tsd"_s, u"Millionen"_s, u"Milliarden"_s,
                                          u"Million"_s, u"Milliarde"_s, u"million"_s, u"billion"_s, u"bn"_s, u"mn"_s};
    qsizetype k = i - 1;
    if (isChar(k, u'.'))
        --k;
    if (!isWord(k) || !magnitudes.contains(view(k, k).toString()))
        return false;
    return isNumber(k - 1);
}

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
        int words = 0, lower = 0, capitals = 0, all = 0;
        for (qsizetype k = lineStart; k < i; ++k) {
            const auto &t = token(k);
            if (!t.isWord)
                continue;
            ++all;
            if (t.end - t.start >= 2 && t.isAllCaps && !m_text.at(t.start).isDigit())
                ++capitals;
            if (t.end - t.start < 4)
                continue;
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
    // A filter only (a word it lets through is looked up exactly), so its size changes no result:
    // sized to the text, a short text does not clear a filter made for a long one.
    const int filterBits = std::clamp(int(std::bit_width(quint64(n))) + 2, 6, 14);
    const auto filterSlot = [filterBits](quint64 hash) { return int(hash >> (64 - filterBits)); };
    QBitArray sentenceStarts(1 << filterBits);
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
            sentenceStarts.setBit(filterSlot(t.foldedHash));
        previousWord = i;
    }
    // Which sentence-initial words also occur in lower case ("After" / "after"): a word that
    // does is an ordinary word. The bit filter keeps this to one test for most words.
    for (qsizetype i = 0; i < n; ++i) {
        const auto &t = token(i);
        if (t.isWord && t.isLower && sentenceStarts.testBit(filterSlot(t.foldedHash)))
            m_lowercaseWords.insert(t.foldedHash);
    }
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
    // The mentions found by their first and their last token: a span asks only the mentions at
    // its edges, where a look through all of them for each span made a long text's analysis
    // take time in the square of its names.
    QMultiHash<qsizetype, qsizetype> foundStartingAt;
    QMultiHash<qsizetype, qsizetype> foundEndingAt;
    const auto indexFound = [&](qsizetype f) {
        foundStartingAt.insert(m_found.at(f).first, f);
        foundEndingAt.insert(m_found.at(f).last, f);
    };
    const auto unindexFound = [&](qsizetype f) {
        foundStartingAt.remove(m_found.at(f).first, f);
        foundEndingAt.remove(m_found.at(f).last, f);
    };
    // Of the mentions indexed under the keys, the first found that passes: the mention the tagged
    // span meets when two do.
    const auto firstFoundAt = [this](const QMultiHash<qsizetype, qsizetype> &index, qsizetype key, qsizetype earliest,
                                     const auto &passes) {
        const auto [begin, end] = index.equal_range(key);
        for (auto it = begin; it != end; ++it) {
            if ((earliest < 0 || *it < earliest) && passes(m_found.at(*it)))
                earliest = *it;
        }
        return earliest;
    };
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        for (qsizetype k = found.first; k <= found.last; ++k)
            isFound[size_t(k)] = 1;
        if (found.type == EntityType::Person && found.last > found.first && isWord(found.last))
            personBySurname.insert(token(found.last).hash, f);
        indexFound(f);
    }
    static constexpr std::array prefixes{u"person/", u"org/", u"place/", u"place/", u"norp/", u"place/"};
    const auto isTaken = [](char found) { return found != 0; };
    constexpr qsizetype MaxWordsBeforeSpan = 3;
    const auto markFound = [&isFound](qsizetype first, qsizetype last) {
        std::fill(isFound.begin() + first, isFound.begin() + last + 1, 1);
    };
    // Whether a word from first to last is a listed person's given name in some form.
    const auto holdsGivenName = [this](int entity, qsizetype first, qsizetype last) {
        for (qsizetype k = first; k <= last; ++k) {
            if (isWord(k) && m_gazetteer.isGivenNameOf(entity, view(k, k)))
                return true;
        }
        return false;
    };
    // "Petro y Lula", "Sánchez y Feijóo": two persons joined by a conjunction, which the tagger of
    // a language without a model of its own reads as one name. A surname written with "y" in it
    // ("José Ortega y Gasset") stays one: there two words or more stand before the conjunction and
    // one after it.
    static const QSet<QStringView> conjunctions{u"y", u"and", u"und", u"et", u"и"};
    QList<NerTagger::Span> tagged;
    tagged.reserve(m_tagged.size());
    for (const auto &span : std::as_const(m_tagged)) {
        qsizetype first = span.firstToken;
        for (qsizetype k = first + 1; TaggedTypes[size_t(span.type)] == EntityType::Person && k < span.lastToken; ++k) {
            if (!isWord(k) || !token(k).isLower || !conjunctions.contains(view(k, k)) || (k - first >= 2 && k + 1 == span.lastToken))
                continue;
            tagged.append(NerTagger::Span{first, k - 1, span.type});
            first = k + 1;
        }
        tagged.append(NerTagger::Span{first, span.lastToken, span.type});
    }
    for (auto span : std::as_const(tagged)) {
        // A name starts and ends with a word: "U.S." keeps its dot only inside. It does not end
        // in a joining word written in lower case: the name goes on over the capitalised words
        // after it ("Ole von" before "Beust") unless they are a name found already, or ends
        // before it ("Arica el próximo mes", "Fuerzas Aéreas de EEUU"; other lower-case words end
        // Russian and French names: "Государственная дума", "Union européenne"). A word that
        // names nothing does not open it when lower-case words follow it ("Según la Sociedad
        // Nacional …", "After the Geneva talks"; "Los Angeles" and "The Beatles" stay whole).
        while (span.firstToken < span.lastToken && !isWord(span.firstToken))
            ++span.firstToken;
        while (span.lastToken > span.firstToken && !isWord(span.lastToken))
            --span.lastToken;
        const auto isLowerConnector = [this](qsizetype k) { return token(k).isLower && (wordClass(k) & Connector); };
        if (TaggedTypes[size_t(span.type)] == EntityType::Person)
            span.lastToken = personNameEnd(span.firstToken, span.lastToken, isFound);
        if (span.lastToken > span.firstToken && isLowerConnector(span.lastToken)) {
            const qsizetype next = span.lastToken + 1;
            const bool goesOn = isNameWord(next) && token(next).hasSpaceBefore && !m_isSentenceStart[size_t(next)]
                                && !(wordClass(next) & NotName);
            const qsizetype end = goesOn ? runEnd(next) : -1;
            if (goesOn && std::none_of(isFound.cbegin() + next, isFound.cbegin() + end + 1, isTaken)) {
                span.lastToken = end;
            } else {
                while (span.lastToken > span.firstToken
                       && (!isWord(span.lastToken) || isLowerConnector(span.lastToken)))
                    --span.lastToken;
            }
        }
        // A name runs over a comma before a capitalised word only as a town and the listed state
        // or country it is in ("Seattle, Washington", "Palmyra, Syria"): elsewhere the comma ends
        // it, where the tagger reads on into the next name ("Marta, Csavar" in a list of people).
        // A street's number before its comma ("7, rue de Meaux") and words in lower case after it
        // ("Центра химической, биологической и ядерной защиты") stay in the name.
        const bool isTaggedPlace = isPlaceType(TaggedTypes[size_t(span.type)]);
        if (const qsizetype comma = commaInside(span.firstToken, span.lastToken);
            comma >= 0 && !isNumber(comma - 1) && token(comma + 1).isCapitalised) {
            const auto place = longestPhrase(comma + 1);
            const bool isTownAndState = isTaggedPlace && place.phrase.kind == Gazetteer::PhraseKind::Entity
                                        && place.last == span.lastToken
                                        && isPlaceType(m_gazetteer.entities().at(place.phrase.entity).type);
            if (!isTownAndState)
                span.lastToken = comma - 1;
        }
        // Joining words alone name nothing: the tagger may open a name at "al" ("y al Consejo de
        // Seguridad") and the gazetteer take the name itself.
        bool isOnlyConnectors = true;
        for (qsizetype k = span.firstToken; k <= span.lastToken && isOnlyConnectors; ++k)
            isOnlyConnectors = !isWord(k) || isLowerConnector(k);
        if (isOnlyConnectors)
            continue;
        const qsizetype second = span.firstToken + 1;
        if (span.firstToken < span.lastToken && (wordClass(span.firstToken) & NotName)
            && !isPersonalPronoun(span.firstToken) && isWord(second) && token(second).isLower) {
            qsizetype first = second;
            while (first <= span.lastToken && (!isWord(first) || token(first).isLower))
                ++first;
            if (first > span.lastToken)
                continue;
            span.firstToken = first;
        }
        if (!isWord(span.firstToken) || m_isShouting[size_t(span.firstToken)])
            continue;
        // A person's name takes no article: a capitalised word between one and a name is a noun
        // of its own, a nationality or a title the lists do not hold ("le Tunisien Hichem Ben
        // Ammar"); so is one after an article opening the span at a sentence's start ("La
        // Ministra Laura Sarabia"). The name left is a full one (two words, or a given name); a
        // listed name is not cut, nor a surname opening with the article ("Le Drian"). Only names
        // read as persons: cutting organisations made persons of "der Firma Rupert Müller" and
        // "der Schule Regina Helene" in the historical newspapers of ../shared/train.
        if (TaggedTypes[size_t(span.type)] == EntityType::Person && span.firstToken < span.lastToken) {
            qsizetype noun = -1;
            if (isArticle(span.firstToken) && token(span.firstToken + 1).hasSpaceBefore)
                noun = span.firstToken + 1;
            else if (isAfterArticle(span.firstToken))
                noun = span.firstToken;
            const qsizetype rest = noun + 1;
            if (noun >= 0 && noun < span.lastToken && longestPhrase(noun).last < span.lastToken && !(wordClass(noun) & FirstName)
                && isNameWord(rest) && token(rest).hasSpaceBefore && !token(rest).isLower
                && (rest < span.lastToken || (wordClass(rest) & FirstName)))
                span.firstToken = rest;
        }
        // "16 ربيع الآخر 1447 هـ", "14 نيسان": a month after its day's number is a date, though
        // its word is also a given name or a company's.
        if (isNumber(span.firstToken - 1) && m_gazetteer.isMonthWord(token(span.firstToken).hash))
            continue;
        if (isPartOfMonth(span.firstToken, span.lastToken))
            continue;
        if (m_isHeadline[size_t(span.firstToken)] && !namedInRunningText.contains(foldedHash(span.firstToken, span.lastToken)))
            continue;
        // A given name that is also a place's, before a surname ("Victoria Nuland"), is read by the
        // tagger as the place it knows.
        if (isTaggedPlace && isGivenNameOfPlace(span.firstToken, span.lastToken))
            span.type = 0; // PERSON
        const auto type = TaggedTypes[size_t(span.type)];
        // A listed person's name inside a longer name the tagger read, after words nobody found
        // ("Петра Порошенко", "Фидель Алехандро Кастро Рус", "Michelle Obama", "Джордж Буш-старший"):
        // the name is the whole span. It is the listed person's when another of its words is that
        // person's given name, another bearer's of the name otherwise. A span that opens with the
        // listed name is left to it: there the tagger more often runs on into the next name
        // ("Путин Владиславу Суркову") than reads a name written surname first.
        if (type == EntityType::Person && span.firstToken < span.lastToken) {
            qsizetype insideIndex = -1;
            for (qsizetype k = span.firstToken + 1; k <= span.lastToken; ++k)
                insideIndex = firstFoundAt(foundStartingAt, k, insideIndex, [](const Found &) { return true; });
            const auto inside = insideIndex < 0 ? m_found.end() : m_found.begin() + insideIndex;
            const bool isListedPersonInside = inside != m_found.end() && inside->type == EntityType::Person && inside->entity >= 0
                                              && std::none_of(isFound.cbegin() + span.firstToken, isFound.cbegin() + inside->first, isTaken)
                                              && std::none_of(isFound.cbegin() + inside->last + 1, isFound.cbegin() + span.lastToken + 1, isTaken)
                                              && longestPhrase(span.firstToken).phrase.kind == Gazetteer::PhraseKind::None
                                              && !holdsKindOfOrganisation(span.firstToken, inside->first - 1);
            if (isListedPersonInside) {
                const qsizetype last = std::max(span.lastToken, inside->last);
                if (holdsGivenName(inside->entity, span.firstToken, inside->first - 1)
                    || holdsGivenName(inside->entity, inside->last + 1, last)) {
                    unindexFound(insideIndex);
                    inside->first = span.firstToken;
                    inside->last = last;
                    indexFound(insideIndex);
                } else {
                    unindexFound(insideIndex);
                    addFound(span.firstToken, last, type, -1, u"person/"_s);
                    m_found[insideIndex] = m_found.takeLast(); // personBySurname keeps indices
                    indexFound(insideIndex);
                }
                markFound(span.firstToken, last);
                continue;
            }
        }
        // The tagger may split a listed person's full name at the listed part ("Путин" | "Владимир
        // Владимирович", "Петра" | "Порошенко"): a span right beside a listed person, holding that
        // person's given name, joins it.
        if (type == EntityType::Person
            && std::none_of(isFound.cbegin() + span.firstToken, isFound.cbegin() + span.lastToken + 1, isTaken)) {
            const auto isListedPerson = [](const Found &found) { return found.type == EntityType::Person && found.entity >= 0; };
            const qsizetype besideIndex = firstFoundAt(foundStartingAt, span.lastToken + 1,
                                                       firstFoundAt(foundEndingAt, span.firstToken - 1, -1, isListedPerson),
                                                       isListedPerson);
            const auto beside = besideIndex < 0 ? m_found.end() : m_found.begin() + besideIndex;
            if (beside != m_found.end() && !token(std::max(span.firstToken, beside->first)).hasNewlineBefore
                && holdsGivenName(beside->entity, span.firstToken, span.lastToken)) {
                unindexFound(besideIndex);
                beside->first = std::min(beside->first, span.firstToken);
                beside->last = std::max(beside->last, span.lastToken);
                indexFound(besideIndex);
                markFound(span.firstToken, span.lastToken);
                continue;
            }
        }
        // An organisation named for the country or town it serves ("Следственный комитет России",
        // "Совета Безопасности Российской Федерации", "EADS North America"): the tagger's span
        // runs from the organisation's own words, which nothing else claimed, into a listed place
        // that ends it. The place is part of the organisation's name, not a mention of its own.
        // Not where every noun is capitalised: there the span may open with a common noun
        // ("Staatsanwaltschaft Wuppertal"), and German news corpora mark the town alone.
        if (type == EntityType::Organisation && span.firstToken < span.lastToken && !m_language.capitalisesNouns) {
            qsizetype placeStart = span.firstToken;
            while (placeStart <= span.lastToken && !isFound[size_t(placeStart)])
                ++placeStart;
            const qsizetype placeIndex = placeStart > span.firstToken && placeStart <= span.lastToken
                                             ? firstFoundAt(foundStartingAt, placeStart, -1, [](const Found &) { return true; })
                                             : -1;
            if (placeIndex >= 0 && m_found.at(placeIndex).last == span.lastToken
                && (m_found.at(placeIndex).type == EntityType::GeoPolitical || m_found.at(placeIndex).type == EntityType::Location)) {
                unindexFound(placeIndex);
                addFound(span.firstToken, span.lastToken, EntityType::Organisation, -1, u"org/"_s);
                m_found[placeIndex] = m_found.takeLast(); // personBySurname keeps indices
                indexFound(placeIndex);
                markFound(span.firstToken, span.lastToken);
                continue;
            }
        }
        bool isCovered = false;
        for (qsizetype k = span.firstToken; k <= span.lastToken && !isCovered; ++k)
            isCovered = isFound[size_t(k)];
        // A word that names nothing on its own ("Near", "However") is no name however the
        // tagger reads the words after it. Personal pronouns are left to the tagger, trained on
        // corpora that mark "We" for the organisation speaking.
        if (isCovered || (span.firstToken == span.lastToken && (wordClass(span.firstToken) & NotName) && !isPersonalPronoun(span.firstToken)))
            continue;
        auto match = longestPhrase(span.firstToken);
        // A listed title alone is a role, no name: "Le PDG d'Airbus", "the CEO of".
        if (match.phrase.kind == Gazetteer::PhraseKind::Title && match.last == span.lastToken)
            continue;
        // The same, where the tagger's span opens inside the listed name ("مدينة" | "هو تشي منه",
        // "الأمم" | "المتحدة"): a listed phrase that opens a few unclaimed words before the span
        // and runs at least to its end takes it, the nearest opening first. One word back would
        // do for most; three keep a place's name after its kind ("مدينة", "جمهورية").
        if (match.phrase.kind != Gazetteer::PhraseKind::Entity) {
            for (qsizetype start = span.firstToken - 1;
                 start >= 0 && span.firstToken - start <= MaxWordsBeforeSpan && isWord(start) && !isFound[size_t(start)]
                 && !token(start + 1).hasNewlineBefore;
                 --start) {
                const auto before = longestPhrase(start);
                if (before.phrase.kind == Gazetteer::PhraseKind::Entity && before.last >= span.lastToken
                    && std::none_of(isFound.cbegin() + span.lastToken + 1, isFound.cbegin() + before.last + 1, isTaken)) {
                    span.firstToken = start;
                    match = before;
                    break;
                }
            }
        }
        // A listed name the tagger cut short or split in two ("ريو" | "دي جانيرو" for "ريو دي
        // جانيرو"): in a script without capitals the gazetteer finds no run of its own, so the
        // tagger's span opens the name and the listed phrase says where it ends, over words nobody
        // has claimed (a phrase never runs over a line's end).
        if (match.phrase.kind == Gazetteer::PhraseKind::Entity && match.last > span.lastToken
            && std::none_of(isFound.cbegin() + span.lastToken + 1, isFound.cbegin() + match.last + 1, isTaken))
            span.lastToken = match.last;
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
        indexFound(m_found.size() - 1);
        // A name carried on over the next span ("Ole von Beust") leaves none of it to that span.
        markFound(span.firstToken, span.lastToken);
    }
}

// Whether a word from first to last is the kind of an organisation ("Gobierno", "Ministry"): the
// words before a listed person's name that the tagger read with it are then the institution the
// person heads ("El Gobierno de Pedro Sánchez"), no more of the person's name.
bool Pass::holdsKindOfOrganisation(qsizetype first, qsizetype last) const
{
    for (qsizetype k = first; k <= last; ++k) {
        if (isWord(k) && (wordClass(k) & (OrgHead | OrgSuffix)))
            return true;
    }
    return false;
}

// Whether first..last is a part of a month, as German writes it with capitals: "Mitte Januar",
// "Anfang März", "Ende August" (the tagger may read "soll Mitte Januar in Berlin" as a person, or
// "Mitte" alone). "August" or "Mai" alone may be a name; after these words they are not, and
// "Mitte" before a month is no district of Berlin.
bool Pass::isPartOfMonth(qsizetype first, qsizetype last) const
{
    static const QSet<QStringView> parts{u"Anfang", u"Mitte", u"Ende"};
    const qsizetype month = first + 1;
    return (last == first || last == month) && isWord(first) && isWord(month) && parts.contains(view(first, first))
        && m_gazetteer.isMonthWord(token(month).hash);
}

// Where a person's name the tagger read from first to last ends: it goes on over a particle into
// the surname (particleSurname()) unless another mention holds that.
qsizetype Pass::personNameEnd(qsizetype first, qsizetype last, const std::vector<char> &isFound) const
{
    const qsizetype surname = particleSurname(first, last);
    if (surname < 0 || isFound[size_t(surname)])
        return last;
    const qsizetype end = runEnd(surname);
    return std::any_of(isFound.cbegin() + surname, isFound.cbegin() + end + 1, [](char found) { return found != 0; }) ? last : end;
}

void Pass::unmarkStateInCommonPhrases()
{
    // "secretario de Estado", "jefes de Estado", "golpe de Estado": a lower-case noun, "de" and a
    // capitalised "Estado" are a role or an event, no name, where the tagger (trained on English,
    // which writes "Secretary of State") reads one. After a capitalised word the phrase is a name
    // ("Departamento de Estado", "Consejo de Estado"). A mention that opens at such an "Estado" is
    // dropped, or keeps the listed name it goes on to after a "de" ("secretario de Estado de
    // Estados Unidos").
    static const quint64 stateHash = PhraseHash::token(u"Estado", false);
    static const quint64 ofHash = PhraseHash::token(u"de", false);
    const auto opensCommonPhrase = [this](const Found &found) {
        const qsizetype k = found.first;
        return token(k).hash == stateHash && isWord(k - 1) && token(k - 1).hash == ofHash && isWord(k - 2)
               && token(k - 2).isLower;
    };
    QList<Found> namesAfter;
    for (const auto &found : std::as_const(m_found)) {
        const qsizetype of = found.first + 1;
        if (!opensCommonPhrase(found) || found.last < of + 1 || token(of).hash != ofHash)
            continue;
        if (const auto rest = longestPhrase(of + 1); rest.phrase.kind == Gazetteer::PhraseKind::Entity && rest.last == found.last)
            namesAfter.append({of + 1, rest.last, m_gazetteer.entities().at(rest.phrase.entity).type, rest.phrase.entity, {}, {}});
    }
    removeFoundIf(opensCommonPhrase);
    for (const auto &name : std::as_const(namesAfter))
        addFound(name.first, name.last, name.type, name.entity);
}

void Pass::markSportsClubs()
{
    // "FC Bayern", "AS Rom", "Hansa Rostock", "Manchester United": a sports club is named by a
    // club word before or after its town's or patron's name, and the whole is the club, an
    // organisation, not the town. The name runs on over capitalised words that are no ordinary
    // nouns ("FC Carl Zeiss Jena", not "Hansa Rostock Trainer") and a squad number ("Schalke 04").
    static const QSet<quint64> clubWordsBefore = tokenHashes({
        u"FC", u"1.FC", u"SC", u"SV", u"TSV", u"VfB", u"VfL", u"VfR", u"TuS", u"SpVgg", u"TSG",
        u"FSV", u"BSC", u"SSV", u"MSV", u"AS", u"AC", u"SSC", u"Borussia", u"Eintracht", u"Hansa",
        u"Fortuna", u"Alemannia", u"Arminia", u"Dynamo", u"Olympique", u"Sporting", u"Atlético",
        u"Inter", u"Racing", u"Rapid", u"Austria"});
    static const QSet<quint64> clubWordsAfter = tokenHashes({u"United", u"Rovers", u"Wanderers", u"Kickers", u"Athletic"});
    const qsizetype n = m_tokens.size();
    const auto isClubNameWord = [this](qsizetype i) {
        return isNameWord(i) && token(i).hasSpaceBefore && !m_isSentenceStart[size_t(i)] && !isOrdinaryCapitalisedWord(i);
    };
    const auto isSquadNumber = [this](qsizetype i) {
        return isWord(i) && token(i).hasSpaceBefore && token(i).end - token(i).start == 2 && m_text.at(token(i).start).isDigit()
               && m_text.at(token(i).start + 1).isDigit();
    };
    QList<std::pair<qsizetype, qsizetype>> clubs;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isWord(i) || m_isShouting[size_t(i)])
            continue;
        const quint64 word = token(i).hash;
        // The first word after the club word may look like a noun ("Feldhain": "Hain"); the club
        // word vouches for it.
        if (clubWordsBefore.contains(word) && isNameWord(i + 1) && token(i + 1).hasSpaceBefore) {
            qsizetype end = i + 1;
            while (end + 1 < n && end - i < 4 && isClubNameWord(end + 1))
                ++end;
            if (isSquadNumber(end + 1))
                ++end;
            clubs.append({i, end});
            i = end;
        } else if (clubWordsAfter.contains(word) && i > 0 && isNameWord(i - 1) && token(i).hasSpaceBefore) {
            qsizetype start = i - 1;
            while (start > 0 && i - start < 3 && !m_isSentenceStart[size_t(start)] && token(start).hasSpaceBefore
                   && isNameWord(start - 1) && !isOrdinaryCapitalisedWord(start - 1))
                --start;
            clubs.append({start, i});
        }
    }
    for (const auto &[first, last] : std::as_const(clubs)) {
        removeFoundIf([first, last](const Found &found) { return found.first <= last && first <= found.last; });
        addFound(first, last, EntityType::Organisation, -1, u"org/"_s);
    }
}

void Pass::markArabicClubs()
{
    // "نادي موناكو", "لفريق بيلباو": in Arabic sports news a place named right after the word for
    // a club or a team is the club, an organisation, not its town (ANERcorp's training texts type
    // 50 of the 51 names there so; a national side, "منتخب فرنسا", is left to the country). A
    // person after it stays a person: "الفريق" is also a general's rank ("الفريق سعيد أحمد"),
    // "رئيس النادي" is followed by the chairman's name.
    static const QSet<quint64> clubWords = [] {
        QSet<quint64> hashes;
        for (const QStringView word : {u"نادي", u"فريق"}) {
            for (const QStringView clitics : {u"", u"و", u"ف", u"ب", u"ل", u"ال", u"وال", u"فال", u"بال", u"لل"})
                hashes.insert(PhraseHash::token(QString(clitics.toString() + word), false));
        }
        return hashes;
    }();
    for (auto &found : m_found) {
        if ((found.type != EntityType::GeoPolitical && found.type != EntityType::Location) || !isWord(found.first - 1)
            || token(found.first).hasNewlineBefore || !clubWords.contains(token(found.first - 1).hash))
            continue;
        found.type = EntityType::Organisation;
        found.entity = -1;
        found.name = normalised(found.first, found.last);
        found.id = u"org/"_s + Gazetteer::slug(found.name);
    }
}

void Pass::markArabicNewspapers()
{
    // "نيويورك بوست", "شيكاغو تريبيون", "ديلي تلغراف": Arabic writes the titles of English-language
    // papers and channels in transliteration, ending in the title's own word ("بوست" Post, "تايمز"
    // Times, "نيوز" News …). That word right after a name found there (the paper's town or title)
    // or after "ديلي"/"صنداي" closes the title, and the whole is the paper, an organisation, not its
    // town: ANERcorp's training texts type all 14 of their names so. The word alone ("التايمز") is
    // left to the tagger, and a title the gazetteer lists is already whole.
    static const QSet<quint64> titleWords = tokenHashes({u"بوست", u"تايمز", u"تريبيون", u"هيرالد", u"جورنال",
                                                         u"تلغراف", u"غارديان", u"نيوز", u"ميرور", u"إكسبريس",
                                                         u"كرونيكل", u"غازيت", u"أوبزرفر"});
    static const QSet<quint64> leadingWords = tokenHashes({u"ديلي", u"دايلي", u"صنداي"});
    const auto isTitleWordAt = [this](qsizetype i) {
        // Arabic letters first: the look-up is spared every other word of every other language.
        return isWord(i) && isInArabicBlock(m_text.at(token(i).start).unicode()) && titleWords.contains(token(i).hash);
    };
    struct Title
    {
        qsizetype first, last;
        int town; // the listed town the title opens with, or -1
    };
    QList<Title> titles;
    for (qsizetype i = 1; i < m_tokens.size(); ++i) {
        if (!isTitleWordAt(i) || token(i).hasNewlineBefore)
            continue;
        qsizetype first = i;
        qsizetype last = i;
        bool isWhole = false;
        for (const auto &found : std::as_const(m_found)) {
            if (found.first <= i && i <= found.last) { // a span holds the word already
                first = found.first;
                last = found.last;
                isWhole = found.type == EntityType::Organisation;
            }
        }
        if (isWhole && first < i)
            continue;
        int town = -1;
        for (const auto &found : std::as_const(m_found)) {
            if (found.last == first - 1) { // the town or title before it
                first = found.first;
                town = found.entity;
            }
        }
        while (first > 0 && isWord(first - 1) && !token(first).hasNewlineBefore && leadingWords.contains(token(first - 1).hash))
            --first;
        if (first < i || (first == i && last > i && !isWhole))
            titles.append({first, last, town});
    }
    for (const auto &[first, last, town] : std::as_const(titles)) {
        removeFoundIf([first, last](const Found &found) { return found.first <= last && first <= found.last; });
        addFound(first, last, EntityType::Organisation, -1, u"org/"_s);
        // "لنيويورك تايمز", "وشيكاغو تريبيون": a listed town written with a proclitic names the
        // paper without it.
        auto &title = m_found.last();
        const auto townWord = view(first, first);
        if (town >= 0 && townWord.size() > 2 && isArabicProclitic(townWord.front())
            && m_gazetteer.phrase(Gazetteer::phraseHash(townWord.sliced(1)), false).entity == town) {
            title.name = title.name.sliced(1);
            title.id = u"org/"_s + Gazetteer::slug(title.name);
        }
    }
}

void Pass::markReportedSpeakers()
{
    // '", sagte Rüttgers.', '…, erklärt Koß.', '", so Weidlich.': in German news a reporting verb is
    // followed by its speaker, and a capitalised word there that the word list knows as no noun
    // (a name it lists, or one it lacks) is a person: "sagte Alt" (also "alt") and "sagte Helm"
    // (a noun with its plural) stay unnamed. The speaker is one or two such words, or a double
    // name ("Anschütz-Thoms"), with no capitalised word after them ("sagte Bremens Stürmer").
    static const QSet<quint64> reportingVerbs = tokenHashes({
        u"sagte", u"sagt", u"sagten", u"erklärte", u"erklärt", u"betonte", u"betont", u"meinte",
        u"meint", u"kritisierte", u"kritisiert", u"bemerkte", u"bemerkt", u"berichtete", u"berichtet",
        u"ergänzte", u"ergänzt", u"erläuterte", u"erläutert", u"warnte", u"warnt", u"fragte",
        u"fragt", u"bestätigte", u"bestätigt", u"forderte", u"fordert", u"unterstrich",
        u"versicherte", u"versichert", u"schrieb", u"schreibt", u"kommentierte", u"kommentiert",
        u"so"});
    static const QSet<quint64> speechVerbs = tokenHashes({u"sagte", u"sagt", u"meinte", u"meint", u"betonte", u"betont",
                                                          u"bemerkte", u"bemerkt", u"ergänzte", u"ergänzt", u"so"});
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    const auto isSpeakerWord = [&](qsizetype i) {
        return isNameWord(i) && !isFound[size_t(i)] && !m_isSentenceStart[size_t(i)] && !token(i).isAllCaps
               && !isOrdinaryCapitalisedWord(i) && !(wordClass(i) & NotName);
    };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!isWord(i) || !token(i).isLower || !reportingVerbs.contains(token(i).hash))
            continue;
        // "so" reports only after the quote it closes: '…", so Weidlich.'
        if (view(i, i) == u"so"_s && !isChar(i - 1, u','))
            continue;
        qsizetype first = i + 1;
        // After a comma a verb of saying reports the speech before it, and the one word after it is
        // its subject even when the word list has it as a noun ('…, sagte Alt.', '…, bemerkte Helm
        // und lachte'): a noun there would take its article.
        const bool isSubjectOfSaying = isChar(i - 1, u',') && speechVerbs.contains(token(i).hash) && isNameWord(first)
                                       && !isFound[size_t(first)] && !token(first).isAllCaps && !(wordClass(first) & NotName)
                                       && (isChar(first + 1, u'.') || isChar(first + 1, u',')
                                           || (isWord(first + 1) && token(first + 1).isLower));
        if (!(isSpeakerWord(first) || isSubjectOfSaying) || !token(first).hasSpaceBefore)
            continue;
        qsizetype last = first;
        if (isChar(last + 1, u'-') && !token(last + 1).hasSpaceBefore && isNameWord(last + 2) && !token(last + 2).hasSpaceBefore)
            last += 2;
        else if (isSpeakerWord(last + 1) && token(last + 1).hasSpaceBefore)
            ++last;
        if (isNameWord(last + 1) && token(last + 1).hasSpaceBefore)
            continue;
        addFound(first, last, EntityType::Person, -1, u"person/"_s);
        // Marked here so that the passes below, which read the same table, leave the speaker be.
        std::fill(isFound.begin() + first, isFound.begin() + last + 1, 1);
        i = last;
    }
    // "Röttgen bestätigte …", "Middelhoff habe …": a sentence that opens with a word the word list
    // lacks altogether (no compound of its nouns either) and goes on in lower case opens with its
    // subject's surname. So does one of the commonest surnames, which the list has as a noun or
    // an adjective ("Fischer", "Klein"), before a verb in the singular ("Fischer sieht …",
    // "Schulte bestätigte …"): a noun there would take its article, and the plural of such a noun
    // ("Fischer protestieren") takes a verb in -en.
    if (!m_language.lexicon)
        return;
    static const QSet<QString> singularVerbs{u"ist"_s, u"war"_s, u"hat"_s, u"wird"_s, u"will"_s, u"soll"_s, u"kann"_s,
                                             u"muss"_s, u"darf"_s, u"mag"_s, u"habe"_s, u"sei"_s, u"wäre"_s};
    // A pronoun right after the verb is the subject, and the word before it something else: "Kühn
    // stellte er …" (boldly).
    static const QSet<QString> subjectPronouns{u"er"_s,  u"sie"_s, u"es"_s, u"man"_s,
                                               u"ich"_s, u"wir"_s, u"ihr"_s, u"du"_s};
    const auto isSurnameBeforeSingularVerb = [this](qsizetype i) {
        if (!m_gazetteer.isCommonGermanSurname(token(i).hash) || !isWord(i + 1) || !token(i + 1).isLower)
            return false;
        if (isWord(i + 2) && subjectPronouns.contains(view(i + 2, i + 2).toString()))
            return false;
        const auto verb = view(i + 1, i + 1);
        return (verb.size() >= 4 && (verb.endsWith(u't') || verb.endsWith(u"te"_s)))
               || singularVerbs.contains(verb.toString());
    };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!m_isSentenceStart[size_t(i)] || !isNameWord(i) || isFound[size_t(i)] || token(i).isAllCaps
            || token(i).end - token(i).start < 3 || (wordClass(i) & NotName) || !isWord(i + 1) || !token(i + 1).isLower
            || !token(i + 1).hasSpaceBefore)
            continue;
        if (m_language.lexicon->classify(view(i, i), token(i).foldedHash) != NerLexicon::Absent
            && !isSurnameBeforeSingularVerb(i))
            continue;
        addFound(i, i, EntityType::Person, -1, u"person/"_s);
        isFound[size_t(i)] = 1;
    }
    // "hatte sich Röttgen darauf berufen", "war Close bereits", "wenn Conz krank würde": German
    // puts the subject after the finite verb or the conjunction of a clause, and a noun there takes
    // an article; a word the word list lacks altogether, right after an auxiliary or modal verb, a
    // reflexive "sich" or a subordinating conjunction and before a lower-case word or a stop, is the
    // subject's surname. A long word there is more likely a compound the word list cannot split
    // ("Regierungshandeln") than a surname.
    static const QSet<QString> subjectLeaders{
        u"hat"_s, u"hatte"_s, u"hätte"_s, u"habe"_s, u"ist"_s, u"war"_s, u"wäre"_s, u"sei"_s, u"wird"_s, u"wurde"_s,
        u"würde"_s, u"will"_s, u"wollte"_s, u"soll"_s, u"sollte"_s, u"kann"_s, u"konnte"_s, u"könnte"_s,
        u"muss"_s, u"musste"_s, u"müsste"_s, u"darf"_s, u"durfte"_s, u"mag"_s, u"möchte"_s, u"sich"_s,
        u"wenn"_s, u"dass"_s, u"weil"_s, u"ob"_s, u"obwohl"_s, u"nachdem"_s};
    static const QSet<QString> copulas{u"ist"_s, u"war"_s, u"wäre"_s, u"sei"_s, u"wird"_s, u"wurde"_s, u"würde"_s};
    for (qsizetype i = 1; i + 1 < n; ++i) {
        if (m_isSentenceStart[size_t(i)] || m_isHeadline[size_t(i)] || !isNameWord(i) || isFound[size_t(i)]
            || token(i).isAllCaps || token(i).end - token(i).start < 4 || token(i).end - token(i).start > 12
            || (wordClass(i) & NotName) || !token(i).hasSpaceBefore || !isWord(i - 1) || !token(i - 1).isLower
            || !subjectLeaders.contains(view(i - 1, i - 1).toString()))
            continue;
        const bool isStopAfter = isChar(i + 1, u'.') || isChar(i + 1, u',') || isChar(i + 1, u';');
        if (!isStopAfter && !(isWord(i + 1) && token(i + 1).isLower && token(i + 1).hasSpaceBefore))
            continue;
        // One of the commonest surnames counts there too ("hatte Schulz seine Entscheidung", "dass
        // Schumacher nie"), except after a form of "sein" or "werden", where a trade stands bare
        // ("ist Richter am Landgericht", "wird Koch").
        const bool isSurnameAfterLeader = m_gazetteer.isCommonGermanSurname(token(i).hash) && !isStopAfter
                                          && !copulas.contains(view(i - 1, i - 1).toString());
        if (m_language.lexicon->classify(view(i, i), token(i).foldedHash) != NerLexicon::Absent
            && !isSurnameAfterLeader)
            continue;
        addFound(i, i, EntityType::Person, -1, u"person/"_s);
        isFound[size_t(i)] = 1;
    }
}

void Pass::markCourtsOfPlaces()
{
    // "le tribunal de Reims", "la cour d'appel de Paris", "le tribunal correctionnel de Dijon",
    // "le tribunal de commerce de Nantes": the court is the whole, an organisation, and the town
    // only names it (French newspapers' corpora mark it so). One lower-case word may qualify the
    // court, or "de" and one.
    const qsizetype n = m_tokens.size();
    const auto isWordOf = [this](qsizetype k, QStringView word) { return isWord(k) && view(k, k) == word; };
    const auto isApostrophe = [this](qsizetype k) { return isChar(k, u'\'') || isChar(k, u'’'); };
    for (qsizetype i = 0; i + 2 < n; ++i) {
        qsizetype k = -1;
        if (isWordOf(i, u"tribunal"))
            k = i + 1;
        else if (isWordOf(i, u"cour") && isWordOf(i + 1, u"d") && isApostrophe(i + 2) && isWordOf(i + 3, u"appel"))
            k = i + 4;
        else
            continue;
        const bool isConnector = isWordOf(k, u"de") || isWordOf(k, u"du") || isWordOf(k, u"des") || isWordOf(k, u"d");
        if (isWord(k) && token(k).isLower && !isConnector)
            ++k; // "correctionnel", "civil"
        else if (isWordOf(k, u"de") && isWord(k + 1) && token(k + 1).isLower && !isWordOf(k + 1, u"la") && !isWordOf(k + 1, u"l"))
            k += 2; // "de commerce"
        // "de", "du", "des", "de la", "de l'", "d'"
        if (isWordOf(k, u"de") && isWordOf(k + 1, u"la"))
            k += 2;
        else if (isWordOf(k, u"de") && isWordOf(k + 1, u"l") && isApostrophe(k + 2))
            k += 3;
        else if (isWordOf(k, u"d") && isApostrophe(k + 1))
            k += 2;
        else if (isWordOf(k, u"de") || isWordOf(k, u"du") || isWordOf(k, u"des"))
            k += 1;
        else
            continue;
        if (!isNameWord(k) || m_isShouting[size_t(k)])
            continue;
        qsizetype last = nameEnd(k, runEnd(k));
        for (const auto &found : std::as_const(m_found)) {
            if (found.first == k)
                last = std::max(last, found.last);
        }
        removeFoundIf([i, last](const Found &found) { return found.first <= last && i <= found.last; });
        addFound(i, last, EntityType::Organisation, -1, u"org/"_s);
        i = last;
    }
}

void Pass::markAcronyms()
{
    // "des ADAC", "frohlockt IBM", "bei EMI": in German running text a word of two to five
    // capitals that nothing else named is mostly an organisation's acronym; not a currency's code
    // ("EUR"), a Roman numeral ("II"), a model's code after a number ("500 BEV"), or a word the
    // lists say names nothing (a time zone: "15 Uhr MEZ").
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    static const QRegularExpression romanNumeral(uR"(^[IVXLCDM]+$)"_s);
    for (qsizetype i = 0; i < n; ++i) {
        const auto &t = token(i);
        const qsizetype length = t.end - t.start;
        if (!t.isWord || !t.isAllCaps || length < 2 || length > 5 || isFound[size_t(i)] || m_isShouting[size_t(i)]
            || m_isHeadline[size_t(i)])
            continue;
        const auto word = view(i, i);
        if (!std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }) || isCurrencyCode(word)
            || romanNumeral.matchView(word).hasMatch())
            continue;
        if (isNumber(i - 1) || isNumber(i + 1) || (wordClass(i) & NotName))
            continue;
        addFound(i, i, EntityType::Organisation, -1, u"org/"_s);
    }
}

void Pass::markNamesAfterRoles()
{
    // "Trainer Ralf Kolbe", "Fußball-Experte Sammer", "Kuratorin Jana Wiesel": in German a
    // person's role stands bare before the name, and one or two capitalised words after a word
    // ending in a role that the word list knows as no ordinary word name that person.
    static const auto roleEndings = std::to_array<QStringView>({
        u"experte", u"expertin", u"spieler", u"spielerin", u"trainer", u"trainerin", u"coach", u"chef", u"chefin",
        u"sprecher", u"sprecherin", u"minister", u"ministerin", u"präsident", u"präsidentin", u"kanzler",
        u"kanzlerin", u"vorsitzende", u"vorsitzender", u"direktor", u"direktorin", u"leiter", u"leiterin",
        u"kurator", u"kuratorin", u"stürmer", u"torhüter", u"torwart", u"kapitän", u"kollege", u"kollegin",
        u"professor", u"professorin", u"autor", u"autorin", u"sänger", u"sängerin", u"schauspieler",
        u"schauspielerin", u"regisseur", u"regisseurin", u"moderator", u"moderatorin", u"bürgermeister",
        u"bürgermeisterin", u"abgeordnete", u"abgeordneter", u"politiker", u"politikerin", u"anwalt", u"anwältin",
        u"richter", u"richterin", u"manager", u"managerin", u"geschäftsführer", u"geschäftsführerin", u"sekretär",
        u"sekretärin", u"botschafter", u"botschafterin", u"senator", u"senatorin", u"landrat", u"landrätin",
        u"pfarrer", u"bischof", u"kommissar", u"kommissarin", u"ermittler", u"ermittlerin", u"verteidiger",
        u"verteidigerin", u"fahrer", u"fahrerin", u"läufer", u"läuferin", u"weltmeister", u"weltmeisterin",
        u"olympiasieger", u"olympiasiegerin", u"journalist", u"journalistin", u"reporter", u"reporterin",
        u"historiker", u"historikerin", u"wissenschaftler", u"wissenschaftlerin", u"forscher", u"forscherin",
        u"künstler", u"künstlerin", u"komponist", u"komponistin", u"dirigent", u"dirigentin", u"schriftsteller",
        u"schriftstellerin", u"musiker", u"musikerin", u"ehefrau", u"ehemann", u"witwe", u"sohn", u"tochter",
        u"bruder", u"schwester", u"frau", u"herr", u"herrn",
        // the weak nouns' other cases: "seinen Amtskollegen Radosław Sikorski", "dem Präsidenten"
        u"kollegen", u"präsidenten", u"experten", u"journalisten", u"komponisten", u"dirigenten",
        u"vorsitzenden", u"abgeordneten"});
    // Asked of every capitalised word: its end lower-cased on the stack, then looked up once per
    // length an ending has, instead of compared with every ending.
    static const auto endingsByLength = [] {
        std::map<qsizetype, QSet<QStringView>> byLength;
        for (const QStringView ending : roleEndings)
            byLength[ending.size()].insert(ending);
        return byLength;
    }();
    const auto isRole = [this](qsizetype i) {
        if (!isWord(i) || !token(i).isCapitalised)
            return false;
        const auto word = view(i, i);
        QVarLengthArray<char16_t, 24> lower;
        for (const QChar c : word.last(std::min<qsizetype>(word.size(), 24)))
            lower.append(lowerCase(c.unicode()));
        const QStringView end(lower.data(), lower.size());
        for (const auto &[length, endings] : endingsByLength) {
            if (length > end.size())
                break;
            if (endings.contains(end.last(length)))
                return true;
        }
        return false;
    };
    // The tagger reads "Mittelfeldspieler Tamo" as one name when a given name follows the role:
    // the role is left out and the surname taken in.
    QList<std::pair<qsizetype, qsizetype>> retrimmed;
    removeFoundIf([&](const Found &found) {
        if (found.type != EntityType::Person || found.entity >= 0 || found.last == found.first || !isRole(found.first)
            || !isOrdinaryCapitalisedWord(found.first))
            return false;
        retrimmed.append({found.first + 1, found.last});
        return true;
    });
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    const auto isNamePart = [&](qsizetype i) {
        return isNameWord(i) && !isFound[size_t(i)] && token(i).hasSpaceBefore && !token(i).isAllCaps
               && !isOrdinaryCapitalisedWord(i) && !(wordClass(i) & NotName);
    };
    for (auto [first, last] : std::as_const(retrimmed)) {
        if (last == first && isNamePart(last + 1))
            ++last;
        addFound(first, last, EntityType::Person, -1, u"person/"_s);
        for (qsizetype k = first; k <= last; ++k)
            isFound[size_t(k)] = 1;
    }
    for (qsizetype i = 1; i < n; ++i) {
        if (!isNamePart(i) || !isRole(i - 1))
            continue;
        qsizetype last = i;
        if (isNamePart(last + 1))
            ++last;
        if (isNameWord(last + 1) && token(last + 1).hasSpaceBefore) {
            // The tagger took the surname alone ("Amtskollegen Radosław | Sikorski"): the given
            // name before it joins the person it found; a title does not ("Minister General Terum").
            if (last == i && longestPhrase(i).last < 0) {
                for (qsizetype f = 0; f < m_found.size(); ++f) {
                    const auto &found = m_found.at(f);
                    if (found.first == i + 1 && found.last == i + 1 && found.type == EntityType::Person && found.entity < 0) {
                        addFound(i, i + 1, EntityType::Person, -1, u"person/"_s); // named anew from both words
                        m_found[f] = m_found.takeLast();
                        break;
                    }
                }
            }
            continue;
        }
        addFound(i, last, EntityType::Person, -1, u"person/"_s);
        i = last;
    }
}

void Pass::joinDoubleSurnames()
{
    // "Daniel Domscheit-Berg", "Wolfram Graf-Rudolf": after a given name, a capitalised word joined
    // to the surname by a hyphen is the second part of a double surname, not a compound's second
    // part ("US-Präsident"): a compound made of a full name is hyphenated throughout
    // ("Angela-Merkel-Vertrauter").
    QList<qsizetype> joined;
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        const qsizetype hyphen = found.last + 1;
        if (found.type != EntityType::Person || found.entity >= 0 || found.last == found.first
            || !(wordClass(found.first) & FirstName) || !isChar(hyphen, u'-') || token(hyphen).hasSpaceBefore
            || !isNameWord(hyphen + 1) || token(hyphen + 1).hasSpaceBefore || isChar(hyphen + 2, u'-'))
            continue;
        joined.append(f);
    }
    // The second part may have been named alone; the whole name takes its place.
    QSet<qsizetype> secondParts;
    for (const qsizetype f : std::as_const(joined)) {
        auto &found = m_found[f];
        found.last += 2;
        found.name = normalised(found.first, found.last);
        found.id = u"person/"_s + Gazetteer::slug(found.name);
        secondParts.insert(found.last);
    }
    removeFoundIf([&](const Found &found) { return found.first == found.last && secondParts.contains(found.first); });
}

void Pass::widenListedNamesInQuotes()
{
    // «Газпром-Медиа», «Газпром нефть», «ЛУКОЙЛ — Западная Сибирь», "Rosneft Deutschland": a
    // listed company's name that a word or two carry on inside quotes is another company's, a
    // subsidiary's, named whole (a movement's is a slogan: «Исламское государство останется»): the quoted name, with no listed id. Only in quotes, which close
    // the name ("OTAN-Russie" outside them may be two parties), and only a word or two: a longer
    // quote is speech («Газпром готов к переговорам»). A word after a hyphen is capitalised
    // («Facebook-депрессии» is a thing named for the company). Not in German, which writes
    // compounds so ("Gazprom-Chef").
    const auto isQuote = [this](qsizetype i) {
        return isChar(i, u'"') || isChar(i, u'„') || isChar(i, u'“') || isChar(i, u'”') || isChar(i, u'«') || isChar(i, u'»');
    };
    const auto isDash = [this](qsizetype i) { return isChar(i, u'—') || isChar(i, u'–'); };
    constexpr int MaxWordsAfterName = 2;
    QList<std::pair<qsizetype, qsizetype>> subsidiaries;
    for (const auto &found : std::as_const(m_found)) {
        if (found.entity < 0 || !m_gazetteer.entities().at(found.entity).isCompany || !isQuote(found.first - 1)
            || token(found.first).hasSpaceBefore)
            continue;
        qsizetype last = found.last;
        for (int words = 0; words < MaxWordsAfterName; ++words) {
            const qsizetype next = last + 1;
            if (isChar(next, u'-') && !token(next).hasSpaceBefore && isNameWord(next + 1) && !token(next + 1).hasSpaceBefore)
                last = next + 1;
            else if (isDash(next) && token(next).hasSpaceBefore && isWord(next + 1) && token(next + 1).hasSpaceBefore)
                last = next + 1;
            else if (isWord(next) && token(next).hasSpaceBefore && !token(next).hasNewlineBefore)
                last = next;
            else
                break;
        }
        if (last > found.last && isWord(last) && isQuote(last + 1) && !token(last + 1).hasSpaceBefore)
            subsidiaries.append({found.first, last});
    }
    for (const auto &[first, last] : std::as_const(subsidiaries)) {
        removeFoundIf([first, last](const Found &found) { return found.first <= last && first <= found.last; });
        addFound(first, last, EntityType::Organisation, -1, u"org/"_s);
    }
}

void Pass::markQuotedPublications()
{
    // 'sagte er dem "Spiegel"', 'Angaben der „Ostsee-Zeitung“', 'die «Hessisch Niedersächsische
    // Allgemeine»': German news sets the titles of newspapers and magazines in quotes. A quoted run
    // of capitalised words that ends in a newspaper's word (a compound of it, or after other words:
    // "Westfalenpost", "Kölner Rundschau"), or that is a periodical known by a word that is also an
    // ordinary noun ("Spiegel", "Stern": only in quotes), is the publication, an organisation.
    static const std::array heads{u"zeitung", u"post", u"allgemeine", u"rundschau", u"anzeiger", u"kurier",
                                  u"nachrichten", u"tagblatt", u"tageblatt", u"blatt", u"presse", u"illustrierte",
                                  u"bote", u"echo", u"journal", u"magazin", u"zeitschrift", u"times", u"herald",
                                  u"tribune", u"gazette", u"telegraph", u"observer", u"chronicle"};
    static const QSet<QString> periodicals{u"Spiegel"_s, u"Focus"_s, u"Stern"_s, u"Bild"_s, u"Zeit"_s, u"Welt"_s,
                                           u"Bunte"_s, u"Gala"_s, u"Cicero"_s, u"Kicker"_s, u"Titanic"_s,
                                           u"Super Illu"_s, u"Superillu"_s, u"Bild am Sonntag"_s, u"Die Zeit"_s,
                                           u"Die Welt"_s, u"Süddeutsche"_s, u"Frankfurter Allgemeine"_s};
    const auto isOpeningQuote = [this](qsizetype i) {
        return isChar(i, u'"') || isChar(i, u'„') || isChar(i, u'“') || isChar(i, u'«') || isChar(i, u'»');
    };
    const auto isClosingQuote = [this](qsizetype i) {
        return isChar(i, u'"') || isChar(i, u'“') || isChar(i, u'”') || isChar(i, u'«') || isChar(i, u'»');
    };
    const qsizetype n = m_tokens.size();
    QList<std::pair<qsizetype, qsizetype>> publications;
    for (qsizetype i = 1; i < n; ++i) {
        if (!isOpeningQuote(i - 1) || !isNameWord(i) || token(i).hasSpaceBefore || m_isShouting[size_t(i)])
            continue;
        // Up to four capitalised words, hyphenated compounds counted as one, then the closing quote.
        qsizetype last = i;
        int words = 1;
        while (words <= 4) {
            if (isChar(last + 1, u'-') && !token(last + 1).hasSpaceBefore && isWord(last + 2) && !token(last + 2).hasSpaceBefore)
                last += 2;
            else if (isWord(last + 1) && token(last + 1).hasSpaceBefore && (isNameWord(last + 1) || view(last + 1, last + 1) == u"am"_s))
                ++last, ++words;
            else
                break;
        }
        if (!isClosingQuote(last + 1) || token(last + 1).hasSpaceBefore || !isNameWord(last))
            continue;
        const QString title = view(i, last).toString().simplified();
        const QString lastWord = view(last, last).toString().toLower();
        const bool endsInHead = std::any_of(heads.begin(), heads.end(), [&](const char16_t *head) {
            return lastWord.endsWith(QStringView(head)) && (lastWord.size() > QStringView(head).size() || last > i);
        });
        if (endsInHead || periodicals.contains(title))
            publications.append({i, last});
        i = last;
    }
    for (const auto &[first, last] : std::as_const(publications)) {
        removeFoundIf([first, last](const Found &found) { return found.first <= last && first <= found.last; });
        addFound(first, last, EntityType::Organisation, -1, u"org/"_s);
    }
}

void Pass::markNamesAfterKinds()
{
    // "der Stadt Gedern", "die Hafenstadt Dalian", "der Nachrichtenagentur Anadolu", "der
    // Anlagenbauer Gea": German sets the kind of a place or a company bare before its name, as it
    // does a person's role. One or two capitalised words after a word ending in a kind of
    // settlement or of firm, that the word list knows as no ordinary word, are that place or firm.
    static const std::array placeKinds{u"stadt", u"gemeinde", u"dorf", u"ortschaft", u"ortsteil", u"stadtteil",
                                       u"kreis", u"kanton", u"bezirk", u"insel", u"provinz", u"metropole"};
    static const std::array firmKinds{u"agentur", u"konzern", u"konzerns", u"firma", u"unternehmen", u"hersteller",
                                      u"herstellers", u"verlag", u"verlags", u"sender", u"senders", u"kellerei",
                                      u"brauerei", u"label", u"versicherer", u"versicherers", u"händler", u"anbieter",
                                      u"anbieters", u"dienstleister", u"dienstleisters", u"zulieferer", u"autobauer",
                                      u"anlagenbauer", u"maschinenbauer", u"reederei", u"fluggesellschaft", u"airline",
                                      u"bank", u"mobilfunker", u"softwarehaus", u"discounter", u"gruppe"};
    const auto endsWithAny = [this](qsizetype i, const auto &endings) {
        if (!isWord(i) || !token(i).isCapitalised || token(i).isAllCaps)
            return false;
        const QString word = view(i, i).toString().toLower();
        return std::any_of(endings.begin(), endings.end(), [&](const char16_t *ending) { return word.endsWith(QStringView(ending)); });
    };
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    const auto isNamePart = [&](qsizetype i) {
        return isNameWord(i) && !isFound[size_t(i)] && token(i).hasSpaceBefore && !token(i).isAllCaps
               && !isOrdinaryCapitalisedWord(i) && !(wordClass(i) & NotName);
    };
    for (qsizetype i = 1; i < n; ++i) {
        if (!isNamePart(i))
            continue;
        const bool isPlace = endsWithAny(i - 1, placeKinds);
        if (!isPlace && !endsWithAny(i - 1, firmKinds))
            continue;
        qsizetype last = i;
        // "Port-au-Prince", "Neiße-Malxetal": a hyphenated name is one word.
        while (isChar(last + 1, u'-') && !token(last + 1).hasSpaceBefore && isWord(last + 2) && !token(last + 2).hasSpaceBefore)
            last += 2;
        if (isNamePart(last + 1))
            ++last;
        if (isNameWord(last + 1) && token(last + 1).hasSpaceBefore)
            continue;
        addFound(i, last, isPlace ? EntityType::GeoPolitical : EntityType::Organisation, -1, isPlace ? u"place/"_s : u"org/"_s);
        i = last;
    }
}

void Pass::markPlaceGenitives()
{
    // "den Aufstieg Hamburgs", "Berlins Bürgermeister": German writes a place's genitive with -s
    // joined to its name. The gazetteer holds the -s form of aliases and translated names only (a
    // place's own name keeps one form: English "Lyons" is no genitive of Lyon), so in German text a
    // capitalised word that nothing named yet and that is a listed place's name with -s is that place.
    // So is an organisation's, also with -es ("des Bundestages", "des Bundesrates").
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isNameWord(i) || isFound[size_t(i)] || token(i).isAllCaps || token(i).end - token(i).start < 4
            || m_text.at(token(i).end - 1) != u's')
            continue;
        const auto word = view(i, i);
        auto place = m_gazetteer.phrase(PhraseHash::extend(PhraseHash::Seed, PhraseHash::token(word.chopped(1), false), false), false);
        if (place.kind != Gazetteer::PhraseKind::Entity && word.endsWith(u"es"))
            place = m_gazetteer.phrase(PhraseHash::extend(PhraseHash::Seed, PhraseHash::token(word.chopped(2), false), false), false);
        if (place.kind != Gazetteer::PhraseKind::Entity)
            continue;
        const auto type = m_gazetteer.entities().at(place.entity).type;
        if (type == EntityType::GeoPolitical || type == EntityType::Location || type == EntityType::Organisation)
            addFound(i, i, type, place.entity);
    }
}

void Pass::markAdjectiveNames()
{
    // "des Europäischen Parlaments", "der Deutschen Bahn", "der Evangelischen Kirche": German
    // writes an adjective in lower case unless it is part of a name. A capitalised word inside a
    // sentence that the word list has in lower case, with an adjective's ending, between an
    // article and a noun, starts a name: an organisation's, or a place's before a word of
    // geography ("im Nahen Osten"). Before a title it is part of the title ("Regierender
    // Bürgermeister").
    static const std::array endings{u"e", u"en", u"er", u"es", u"em"};
    static const QSet<QString> geography{u"Osten"_s, u"Westen"_s, u"Norden"_s, u"Süden"_s, u"Meer"_s, u"Meeres"_s,
                                         u"Ozean"_s, u"Ozeans"_s, u"See"_s, u"Gebirge"_s, u"Gebirges"_s, u"Inseln"_s,
                                         u"Alpen"_s, u"Wald"_s, u"Waldes"_s};
    if (!m_language.lexicon)
        return;
    const qsizetype n = m_tokens.size();
    auto isFound = tokensFound();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!isNameWord(i) || isFound[size_t(i)] || m_isSentenceStart[size_t(i)] || token(i).isAllCaps
            || m_isHeadline[size_t(i)] || !isNameWord(i + 1) || !token(i + 1).hasSpaceBefore || isFound[size_t(i + 1)])
            continue;
        const auto word = view(i, i);
        if (!std::any_of(endings.begin(), endings.end(), [&](const char16_t *ending) { return word.endsWith(QStringView(ending)); })
            || (m_language.lexicon->classify(word, token(i).foldedHash) != NerLexicon::BothCases
                && m_language.lexicon->classify(word, token(i).foldedHash) != NerLexicon::LowercaseOnly))
            continue;
        // Such a name follows its article ("der Deutschen Bahn"); a determiner or a noun made of an
        // adjective stands without one ("Die Kritik", "Tausende Wildpferde").
        static const QSet<QString> articles{u"der"_s, u"die"_s, u"das"_s, u"des"_s, u"dem"_s, u"den"_s, u"im"_s, u"am"_s,
                                            u"vom"_s, u"zum"_s, u"zur"_s, u"beim"_s, u"ins"_s};
        if (!isWord(i - 1) || !articles.contains(view(i - 1, i - 1).toString()))
            continue;
        // "am Ende Juli": a month is no name's noun.
        static const QSet<QString> months{u"Januar"_s, u"Jänner"_s, u"Februar"_s, u"März"_s, u"April"_s, u"Mai"_s,
                                          u"Juni"_s, u"Juli"_s, u"August"_s, u"September"_s, u"Oktober"_s,
                                          u"November"_s, u"Dezember"_s};
        if (months.contains(view(i + 1, i + 1).toString()))
            continue;
        // The noun may be one the word list has in lower case only ("Bahn" beside the verb
        // "bahnen"): capitalised after the capitalised adjective, it is the name's.
        const auto nounClass = m_language.lexicon->classify(view(i + 1, i + 1), token(i + 1).foldedHash);
        if (nounClass == NerLexicon::Absent)
            continue;
        const auto next = longestPhrase(i + 1);
        if (next.phrase.kind == Gazetteer::PhraseKind::Title || next.phrase.kind == Gazetteer::PhraseKind::Honorific)
            continue;
        qsizetype last = i + 1;
        // "Deutschen Fußball-Bundes": a hyphenated noun is one word.
        while (isChar(last + 1, u'-') && !token(last + 1).hasSpaceBefore && isWord(last + 2) && !token(last + 2).hasSpaceBefore)
            last += 2;
        const bool isPlace = geography.contains(view(i + 1, i + 1).toString());
        addFound(i, last, isPlace ? EntityType::Location : EntityType::Organisation, -1, isPlace ? u"place/"_s : u"org/"_s);
        i = last;
    }
}

bool Pass::isArticle(qsizetype i) const
{
    if (!isWord(i))
        return false;
    // Asked of most tokens in German: a word of another length is no article, without the
    // case-insensitive comparison's folding.
    const auto word = view(i, i);
    return std::any_of(m_language.articles.cbegin(), m_language.articles.cend(), [&word](QStringView article) {
        return word.size() == article.size() && word.compare(article, Qt::CaseInsensitive) == 0;
    });
}

bool Pass::isAfterArticle(qsizetype i) const
{
    if (!isWord(i))
        return false;
    if (isEliding(i - 2))
        return isArticle(i - 2);
    return token(i).hasSpaceBefore && isArticle(i - 1);
}

bool Pass::isEliding(qsizetype i) const
{
    if (!isWord(i) || token(i).end - token(i).start != 1 || !(isChar(i + 1, u'\'') || isChar(i + 1, u'’'))
        || token(i + 1).hasSpaceBefore || !isWord(i + 2) || token(i + 2).hasSpaceBefore)
        return false;
    const QChar letter = m_text.at(token(i).start);
    return letter == u'L' || letter == u'D' || letter == u'l' || letter == u'd';
}

// A name the text writes with a shadda is the gazetteer's name written so, where there is one,
// whatever the same letters without it name: "عمّان" is Amman, though "عمان" is Oman.
void Pass::relinkNamesWrittenWithShadda()
{
    if (!m_gazetteer.hasNamesWithShadda() || !m_text.contains(QChar(ArabicShadda)))
        return;
    for (auto &found : m_found) {
        const auto written = view(found.first, found.last);
        if (!written.contains(QChar(ArabicShadda)))
            continue;
        const int entity = m_gazetteer.entityWrittenWithShadda(withoutArabicMarks(written, ArabicMarks::KeepShadda));
        if (entity < 0 || entity == found.entity)
            continue;
        found.entity = entity;
        found.type = m_gazetteer.entities().at(entity).type;
    }
}

void Pass::linkCompaniesWithLegalForm()
{
    // The legal forms news writes after a company's name; the tagger takes them into the name,
    // which would then be another organisation than the listed company in the entity panel.
    static constexpr std::array<std::u16string_view, 16> legalForms{
        u"Corp", u"Co", u"Inc", u"Ltd", u"LLC", u"plc", u"PLC", u"AG", u"SA", u"SE", u"NV", u"GmbH",
        u"Corporation", u"Company", u"Limited", u"Incorporated"};
    const auto isLegalForm = [this](qsizetype i) {
        const auto word = view(i, i);
        return std::any_of(legalForms.cbegin(), legalForms.cend(), [word](std::u16string_view form) { return word == QStringView(form); });
    };
    // "Ford Motor Co.", "Toyota Motor Corp.": the maker's word before the form is part of it.
    const auto isFormPrefix = [this](qsizetype i) { return view(i, i) == u"Motor"_s || view(i, i) == u"Motors"_s; };
    const auto listedCompany = [this](qsizetype first, qsizetype last) {
        if (last < first)
            return -1;
        const auto phrase = m_gazetteer.phrase(exactHash(first, last), false);
        return phrase.kind == Gazetteer::PhraseKind::Entity && m_gazetteer.entities().at(phrase.entity).isCompany ? phrase.entity
                                                                                                                  : -1;
    };
    // "McDonald's Corp.", "Macy's Inc.": a word in the possessive right before a legal form is the
    // company's name (the tagger, trained on "Britain's ruling party", ends a name at the
    // possessive and keeps the form alone, whatever type it guessed for the word). Only right
    // before the form: with a name between, the possessive is the owner's ("Toshiba's
    // Westinghouse Electric Co."), and a listed entity's stays its own.
    std::vector<char> isTakenIntoCompany(size_t(m_found.size()), 0);
    for (auto &found : m_found) {
        const qsizetype owner = found.first - 3;
        if (found.entity >= 0 || found.first != found.last || !isLegalForm(found.last) || owner < 0 || !isWord(owner) || !token(owner).isCapitalised
            || !(isChar(owner + 1, u'\'') || isChar(owner + 1, u'’')) || token(owner + 1).hasSpaceBefore
            || !isWord(owner + 2) || view(owner + 2, owner + 2) != u"s"_s || token(owner + 2).hasSpaceBefore
            || !token(found.first).hasSpaceBefore)
            continue;
        // "Standard & Poor's Corp.": names joined to the word by "&" are the company's too.
        qsizetype start = owner;
        while (isChar(start - 1, u'&') && isWord(start - 2) && token(start - 2).isCapitalised)
            start -= 2;
        bool isOwnerNamedApart = false;
        for (qsizetype f = 0; f < m_found.size(); ++f) {
            const auto &other = m_found.at(f);
            if (other.first > owner || other.last < start)
                continue;
            if (other.entity >= 0 || other.first < start || other.last > owner)
                isOwnerNamedApart = true;
        }
        if (isOwnerNamedApart)
            continue;
        for (qsizetype f = 0; f < m_found.size(); ++f) {
            if (m_found.at(f).first <= owner && m_found.at(f).last >= start)
                isTakenIntoCompany[size_t(f)] = 1;
        }
        found.first = start;
        found.type = EntityType::Organisation;
        found.name = normalised(found.first, found.last);
        found.id = u"org/"_s + Gazetteer::slug(found.name);
    }
    if (std::find(isTakenIntoCompany.cbegin(), isTakenIntoCompany.cend(), 1) != isTakenIntoCompany.cend()) {
        qsizetype index = 0;
        removeFoundIf([&](const Found &) { return isTakenIntoCompany[size_t(index++)] != 0; });
    }
    for (auto &found : m_found) {
        if (found.entity >= 0 || found.type != EntityType::Organisation || found.first == found.last || !isLegalForm(found.last))
            continue;
        qsizetype last = found.last - 1;
        if (isChar(last, u',')) // "Apple, Inc."
            --last;
        int entity = listedCompany(found.first, last);
        if (entity < 0 && last > found.first && isFormPrefix(last))
            entity = listedCompany(found.first, last - 1);
        if (entity >= 0)
            found.entity = entity;
    }
    // "Apple, Inc.": the form after a comma, taken alone, names nothing of its own.
    removeFoundIf([this, isLegalForm](const Found &found) {
        return found.entity < 0 && found.first == found.last && isChar(found.first - 1, u',') && isLegalForm(found.first);
    });
}

void Pass::relinkCapitalsReadAsCountries()
{
    // "استقبل الصفدي في عمان نظيره المصري": without its shadda Amman (عمّان) is written as Oman
    // (عمان). In a text that names the capital's country (Jordan, "الأردني") and names the other
    // country in no other way, the word is the capital; after "سلطنة" (the Sultanate) it stays the
    // country.
    // Only a one-word place in Arabic letters may be such a word: most texts have none, and are
    // spared the look-ups below.
    const auto isArabicPlaceWord = [this](const Found &found) {
        return found.entity >= 0 && found.first == found.last && found.type == EntityType::GeoPolitical
               && isInArabicBlock(view(found.first, found.first).front().unicode());
    };
    if (!m_gazetteer.hasNamesWithShadda() || std::none_of(m_found.cbegin(), m_found.cend(), isArabicPlaceWord))
        return;
    // The places whose word, without its marks (and a proclitic: "وعمان"), a capital is written as.
    struct Candidate
    {
        qsizetype found;
        QString word;
        QList<int> capitals;
    };
    QList<Candidate> candidates;
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        if (!isArabicPlaceWord(found) || (isWord(found.first - 1) && view(found.first - 1, found.first - 1) == u"سلطنة"))
            continue;
        auto word = withoutArabicMarks(view(found.first, found.last));
        auto capitals = m_gazetteer.entitiesWrittenWithShaddaAs(word);
        if (capitals.isEmpty() && word.size() > 2 && isArabicProclitic(word.front())) {
            word = word.sliced(1);
            capitals = m_gazetteer.entitiesWrittenWithShaddaAs(word);
        }
        if (!capitals.isEmpty())
            candidates.append({f, word, capitals});
    }
    if (candidates.isEmpty())
        return;
    QSet<int> entitiesNamed;
    for (const auto &found : std::as_const(m_found))
        entitiesNamed.insert(found.entity);
    // A country is named by its adjective too, which Arabic forms from its name: "الأردني",
    // "الأردنية" (Jordanian) from "الأردن", "المصري" from "مصر".
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        // Most words are no such adjective: told apart on the text as written before a copy.
        const auto written = isWord(i) ? view(i, i) : QStringView();
        if (written.size() < 5 || written[0] != u'ا' || written[1] != u'ل')
            continue;
        const auto last = written.back();
        if (!(last == u'ي' || (last == u'ة' && written[written.size() - 2] == u'ي') || isArabicMark(last.unicode())))
            continue;
        const auto word = withoutArabicMarks(written);
        const qsizetype ending = word.endsWith(u"ية"_s) ? 2 : word.endsWith(u'ي') ? 1 : 0;
        if (ending == 0 || word.size() < ending + 4 || !word.startsWith(u"ال"_s))
            continue;
        const auto withArticle = QStringView(word).chopped(ending);
        for (const auto stem : {withArticle, withArticle.sliced(2)}) {
            const auto phrase = m_gazetteer.phrase(PhraseHash::extend(PhraseHash::Seed, PhraseHash::token(stem, false), false), false);
            if (phrase.kind == Gazetteer::PhraseKind::Entity && m_gazetteer.entities().at(phrase.entity).id.startsWith(u"country/"_s))
                entitiesNamed.insert(phrase.entity);
        }
    }
    // Whether the text names the entity in a form other than the word itself, bare or behind a
    // proclitic ("سلطنة عمان", "العماني").
    const auto isNamedOtherwise = [&](int entity, const QString &word) {
        return std::any_of(m_found.cbegin(), m_found.cend(), [&](const Found &found) {
            if (found.entity != entity)
                return false;
            const auto form = withoutArabicMarks(view(found.first, found.last));
            return form != word && !(form.size() == word.size() + 1 && isArabicProclitic(form.front()) && QStringView(form).sliced(1) == word);
        });
    };
    for (const auto &candidate : std::as_const(candidates)) {
        auto &found = m_found[candidate.found];
        for (const int capital : candidate.capitals) {
            const auto &entity = m_gazetteer.entities().at(capital);
            const int country = entity.isCapital ? m_gazetteer.countryEntity(entity.country) : -1;
            if (capital == found.entity || country < 0 || !entitiesNamed.contains(country)
                || isNamedOtherwise(found.entity, candidate.word))
                continue;
            found.entity = capital;
            found.type = entity.type;
            break;
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
        // "L'Union européenne", "D'Ottawa": a French or Italian elided article or preposition
        // is not part of the known name glued to it (while "L'Oréal", "D'Alema" stay whole).
        if (isEliding(i) && longestPhrase(i + 2).phrase.kind == Gazetteer::PhraseKind::Entity) {
            i += 2;
            continue;
        }
        if (isNameWord(i)) {
            const auto match = longestPhrase(i);
            qsizetype end = std::max(runEnd(i), match.last);
            // "Mr. Halvorsen": a title ending in a dot still leads into the name after it.
            if (match.phrase.kind != Gazetteer::PhraseKind::None && match.phrase.kind != Gazetteer::PhraseKind::Entity
                && match.last == end && isNameWord(end + 1) && token(end + 1).hasSpaceBefore)
                end = runEnd(end + 1);
            // A listed name may run on past the run ("Le Conseil de l'Europe", from "Le Conseil"):
            // the words it holds are not looked at again.
            const qsizetype foundBefore = m_found.size();
            processRun(i, end);
            for (qsizetype f = foundBefore; f < m_found.size(); ++f)
                end = std::max(end, m_found.at(f).last);
            i = end + 1;
            continue;
        }
        // Names that start in lower case: "al-Qaida", "mainland China"; of one word, only an
        // organisation's ("dpa"): a lower-case place or person alias is an ordinary word.
        if (!t.isLower || !m_gazetteer.mayStartLowercasePhrase(t.hash)) {
            ++i;
            continue;
        }
        const auto match = longestPhrase(i);
        if (match.phrase.kind == Gazetteer::PhraseKind::Entity
            && (match.last > i || m_gazetteer.entities().at(match.phrase.entity).type == EntityType::Organisation)) {
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
    // "Airbus A380", "Boeing 787" name products; "the Geneva Communique"
    // and "Air Force F-16" name documents and weapons that merely start with a known name. In a
    // language that capitalises its nouns, an ordinary word after the name is no part of it ("in
    // Peking Vierter", "gegen Bayern Einspruch").
    removeFoundIf([this](const Found &found) {
        const qsizetype next = found.last + 1;
        if (found.entity >= 0 && found.type != EntityType::Person && found.type != EntityType::Nationality
            && isNameWord(next) && token(next).hasSpaceBefore && !m_isHeadline[size_t(next)] && !m_isSentenceStart[size_t(next)]
            && !(wordClass(next) & (NotName | AgentNoun)) && longestPhrase(next).last < 0 && !isOrdinaryCapitalisedWord(next))
            return true;
        return namesProduct(found);
    });
    if (m_language.writesNationalityAdjectivesInLowerCase) {
        // The tagger may still find the whole name.
        removeFoundIf([this](const Found &found) {
            const qsizetype before = found.first - 1;
            if (found.type != EntityType::Nationality || before < 0 || token(found.first).hasNewlineBefore)
                return false;
            const bool isJoined = !token(found.first).hasSpaceBefore && isChar(before, u'-') && !token(before).hasSpaceBefore;
            const qsizetype word = isJoined ? before - 1 : before;
            return (isJoined || token(found.first).hasSpaceBefore) && isNameWord(word) && !(wordClass(word) & NotName)
                && !isArticle(word);
        });
    }
    markAcronymExpansions();
    resolveAliases();
    if (m_language.capitalisesNouns)
        markPlaceGenitives();
    addTaggedNames();
    // Again for the bodies only the tagger found ("МИД России"); the first pass's stay as they are.
    qualifyGovernmentBodies();
    if (m_language.capitalisesNouns) {
        markReportedSpeakers();
        markAcronyms();
        markNamesAfterRoles();
        markNamesAfterKinds();
        markAdjectiveNames();
        // "das Team", "die Post", "im Landratsamt": one word the tagger took for a name, a noun the
        // word list has with its plural (or a compound of one) after an article, is that noun; also
        // after an article opening the sentence ("Das Landratsamt prüft").
        removeFoundIf([this](const Found &found) {
            if (found.entity >= 0 || found.first != found.last || !m_language.lexicon || !isArticle(found.first - 1))
                return false;
            const auto wordClass = m_language.lexicon->classify(view(found.first, found.first), token(found.first).foldedHash);
            return wordClass == NerLexicon::Noun || wordClass == NerLexicon::CompoundNoun;
        });
        // "in Zahlen", "in Moscheen", "in Zivil": one word the tagger took for a place after a
        // preposition, that the word list has as a noun with its plural or also in lower case, is
        // that word; the towns the word list has so ("Essen", "Halle") are the gazetteer's.
        static const QSet<QString> prepositions{u"in"_s, u"aus"_s, u"nach"_s, u"von"_s, u"bei"_s, u"mit"_s, u"auf"_s,
                                                u"über"_s, u"unter"_s, u"vor"_s, u"an"_s, u"zu"_s, u"für"_s};
        removeFoundIf([this](const Found &found) {
            if (found.entity >= 0 || found.first != found.last || !m_language.lexicon || !isWord(found.first - 1)
                || (found.type != EntityType::GeoPolitical && found.type != EntityType::Location)
                || !prepositions.contains(view(found.first - 1, found.first - 1).toString().toLower()))
                return false;
            const auto wordClass = m_language.lexicon->classify(view(found.first, found.first), token(found.first).foldedHash);
            return wordClass == NerLexicon::Noun || wordClass == NerLexicon::BothCases || wordClass == NerLexicon::LowercaseOnly;
        });
    }
    // The tagger knows makers ("Embraer", "Airbus") the gazetteer does not; their models are
    // products all the same.
    removeFoundIf([this](const Found &found) { return namesProduct(found); });
    // "el Gobierno venezolano", "la Fiscalía": in Spanish the kind of an institution, capitalised
    // on its own, names that institution, an organisation, where the tagger (trained on English,
    // which writes "the government") read a place or a person.
    // The article the tagger may take in ("El Gobierno" before "de Gustavo Petro") is left out.
    if (m_language.namesOrganisationsKindFirst) {
        for (auto &found : m_found) {
            const bool isAfterOwnArticle = found.last == found.first + 1 && isArticle(found.first);
            if (found.entity >= 0 || (found.first != found.last && !isAfterOwnArticle)
                || (found.type == EntityType::Organisation && !isAfterOwnArticle) || !(wordClass(found.last) & OrgHead)
                || !token(found.last).isCapitalised)
                continue;
            found.first = found.last;
            found.type = EntityType::Organisation;
            found.name = normalised(found.first, found.last);
            found.id = u"org/"_s + Gazetteer::slug(found.name);
        }
        // "el secretario del Tesoro", "la ministra de Defensa": a capitalised word after an
        // office written in lower case and "de" names the office's department, an organisation,
        // where the tagger (trained on English) read a place or a person.
        static const QSet<QString> offices{u"ministro"_s, u"ministra"_s, u"ministros"_s, u"secretario"_s, u"secretaria"_s,
                                           u"subsecretario"_s, u"subsecretaria"_s, u"viceministro"_s, u"viceministra"_s,
                                           u"ministerio"_s, u"titular"_s, u"cartera"_s};
        for (auto &found : m_found) {
            const qsizetype de = found.first - 1;
            if (found.entity >= 0 || found.first != found.last || found.type == EntityType::Organisation
                || !token(found.first).isCapitalised || !isWord(de) || !isWord(de - 1))
                continue;
            const auto preposition = view(de, de);
            if ((preposition != u"de"_s && preposition != u"del"_s) || !offices.contains(view(de - 1, de - 1).toString()))
                continue;
            found.type = EntityType::Organisation;
            found.id = u"org/"_s + Gazetteer::slug(found.name);
        }
        // So is one nobody found after its article, where the tagger missed it ("LIMA.- La
        // Cancillería chilena convocó…" after a dateline); a capitalised word after it makes a
        // longer name, the other rules' to find.
        std::vector<char> isCovered(size_t(m_tokens.size()), 0);
        for (const auto &found : std::as_const(m_found))
            std::fill(isCovered.begin() + found.first, isCovered.begin() + found.last + 1, 1);
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            if (isCovered[size_t(k)] || !isWord(k) || !token(k).isCapitalised || !(wordClass(k) & OrgHead)
                || m_isHeadline[size_t(k)] || !isAfterArticle(k) || (isNameWord(k + 1) && token(k + 1).hasSpaceBefore))
                continue;
            addFound(k, k, EntityType::Organisation, -1, u"org/"_s);
        }
        // Again for the institutions just read as such ("el Gobierno venezolano").
        qualifyGovernmentBodies();
        unmarkStateInCommonPhrases();
    }
    if (m_language.isCompounding)
        joinDoubleSurnames();
    if (m_language.capitalisesNouns)
        markQuotedPublications();
    else
        widenListedNamesInQuotes();
    removeFoundIf([this](const Found &found) {
        const qsizetype next = found.last + 1;
        // "US-Präsident", "EU-Gipfel": in a compounding language, the first part of a compound.
        if (m_language.isCompounding && isChar(next, u'-') && !token(next).hasSpaceBefore && isWord(next + 1)
            && !token(next + 1).hasSpaceBefore)
            return true;
        // "Nato-Mission", "UNIFIL-Mission": where every noun is capitalised, a common noun after
        // an acronym or a listed name and a hyphen is the tail of a compound that names something
        // of theirs, no name of its own. After a common noun the compound may be a name
        // ("Europäische Fußball-Union"), and a name after the hyphen ("Ost-Jerusalem") is no noun.
        const qsizetype hyphen = found.first - 1;
        if (m_language.capitalisesNouns && found.entity < 0 && isChar(hyphen, u'-') && !token(found.first).hasSpaceBefore
            && !token(hyphen).hasSpaceBefore && isWord(hyphen - 1) && isOrdinaryCapitalisedWord(found.first)
            && (token(hyphen - 1).isAllCaps || longestPhrase(hyphen - 1).phrase.kind == Gazetteer::PhraseKind::Entity))
            return true;
        // "EUR 5", "100 USD", "5 Mrd. EUR": a currency's code beside an amount names no organisation.
        if (found.entity < 0 && found.first == found.last && token(found.first).isAllCaps
            && isCurrencyCode(QStringView(m_text).mid(token(found.first).start, token(found.first).end - token(found.first).start))) {
            return isNumber(found.first - 1) || isNumber(found.first + 1) || isAmountBefore(found.first);
        }
        // "US$40 million", "C$15 million": a country's letters glued to a dollar sign are the
        // currency's; the tagger, which runs after the gazetteer's names were sifted, sees a place.
        if ((found.type == EntityType::GeoPolitical || found.type == EntityType::Location) && isChar(next, u'$')
            && !token(next).hasSpaceBefore)
            return true;
        // "in Euro und Yen", "13 Mrd. Euro": in German a currency's name is a capitalised noun like
        // any other, no place.
        if (m_language.capitalisesNouns && found.first == found.last && isCurrencyName(view(found.first, found.first)))
            return true;
        // "Anunció el canciller …", "Explicó la ministra …", "Votaron el día 28": Spanish news
        // opens sentences with a verb in the past, and a word that ends so, three letters or more
        // before the ending ("Aaron" is a name), names nobody (the tagger, without a Spanish model,
        // reads a capital before "el canciller" as a person).
        if (found.entity < 0 && found.first == found.last && found.type == EntityType::Person
            && m_isSentenceStart[size_t(found.first)] && isWord(next) && token(next).isLower
            && std::any_of(m_language.pastVerbEndings.cbegin(), m_language.pastVerbEndings.cend(), [&](QStringView ending) {
                   const auto word = view(found.first, found.first);
                   return word.size() >= ending.size() + 3 && word.endsWith(ending);
               }))
            return true;
        if (found.entity < 0 && found.first == found.last && m_language.quantityNouns.contains(view(found.first, found.first))
            && isWord(next) && view(next, next) == u"de"_s && isWord(next + 1) && token(next + 1).isLower)
            return true;
        // An article alone names nothing, though the text's "Le Drian" makes the next sentence's
        // "Le" look like him.
        return found.first == found.last && isArticle(found.first);
    });
    if (m_language.capitalisesNouns)
        markSportsClubs();
    if (m_language.namesCourtsByTheirSeat)
        markCourtsOfPlaces();
    markArabicClubs();
    markArabicNewspapers();
    assignCountryRoles();
    splitPortfolioFromName();
    relinkNamesWrittenWithShadda();
    relinkCapitalsReadAsCountries();
    linkSurnamesToFullNames();
    linkCompaniesWithLegalForm();

    mergeSpans();
    removeFoundIf([this](const Found &found) { return namesMarketIndex(found); });
    // A name never runs across a blank line, whatever rule joined its words: the words either side
    // of one end a heading and open the paragraph under it ("Streit über die Kosten" / "Offen
    // blieb, …").
    removeFoundIf([this](const Found &found) { return crossesBlankLine(found.first, found.last); });
    unifyRussianCaseForms();

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

} // namespace Recognition

using Recognition::Pass;

EntityRecognizer::EntityRecognizer()
    : m_gazetteer(&Gazetteer::instance()), m_model(nullptr)
{
}

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer), m_model(nullptr)
{
}

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer, const NerModel &model)
    : m_gazetteer(&gazetteer), m_model(&model)
{
}

QList<EntityMention> EntityRecognizer::recognize(const QString &text, QStringView language) const
{
    if (text.isEmpty())
        return {};
    const auto &model = m_model ? *m_model : NerTagger::modelForLanguage(language);
    const bool isGerman = isLanguage(language, u"de");
    const bool isEnglish = !hasPrimaryLanguage(language) || isLanguage(language, u"en");
    // Not English: there "the" opens institutions named after a person ("the Harry S. Truman
    // Library", "the Dow Jones Industrial Average") that the tagger reads as persons.
    static const QList<QStringView> frenchArticles{u"le", u"la", u"l", u"un", u"une"};
    // German's with the prepositions that contract one ("im", "vom", "zur").
    static const QList<QStringView> germanArticles{u"der", u"die",   u"das",   u"dem",   u"den",   u"des", u"ein",
                                                   u"eine", u"einer", u"einem", u"einen", u"eines", u"im",  u"am",
                                                   u"vom", u"zum",   u"zur",   u"beim",  u"ins"};
    static const QList<QStringView> spanishArticles{u"el", u"la", u"un", u"una"};
    const bool isFrench = isLanguage(language, u"fr");
    const bool isSpanish = isLanguage(language, u"es");
    const auto &articles = isFrench ? frenchArticles
                           : isGerman ? germanArticles
                           : isSpanish ? spanishArticles
                                       : QList<QStringView>();
    // The third person of the Spanish preterite ("anunció", "explicó", "votaron", "decidieron", and
    // the irregular "obtuvo", "mantuvo", "condujo", "redujo", "propuso", "impuso"): no name ends so
    // where a lower-case word follows at a sentence's start.
    static const QList<QStringView> spanishPastVerbEndings{u"ó", u"aron", u"ieron", u"uvo", u"ujo", u"puso"};
    static const QList<QStringView> spanishQuantityNouns{u"Miles", u"Millares", u"Cientos", u"Centenares",
                                                         u"Decenas", u"Docenas", u"Millones"};
    const Recognition::LanguageTraits traits{isGerman,  isGerman, NerLexicon::forLanguage(language), isEnglish,
                                             isEnglish, isSpanish, articles, isFrench || isSpanish,
                                             isSpanish ? spanishPastVerbEndings : QList<QStringView>(),
                                             isSpanish ? spanishQuantityNouns : QList<QStringView>(), isFrench};
    return Pass(*m_gazetteer, model, text, traits).run();
}

} // namespace Attache
