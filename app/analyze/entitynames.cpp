#include "analyze/entitypass.h"
#include "core/textcase.h"

using namespace Qt::StringLiterals;

namespace Attache::Recognition {

PhraseMatch Pass::longestPhrase(qsizetype start) const
{
    // Callers look a few tokens ahead ("Office of the …" at the very end of a text): past the
    // last token no phrase starts.
    if (start < 0 || start >= m_tokens.size())
        return {};
    auto &cached = m_phraseCache[size_t(start)];
    if (cached.last == -2)
        cached = findLongestPhrase(start);
    return cached;
}

PhraseMatch Pass::findLongestPhrase(qsizetype start) const
{
    // The longest listed phrase from start, its words' hashes folded or not, over the words
    // `isInPhrase` accepts; only one of at least `minimumTokens` words, and with `isEntityOnly` only
    // an entity's name, counts.
    const auto longest = [this, start](bool isFolded, qsizetype minimumTokens, bool isEntityOnly, auto isInPhrase) {
        PhraseMatch match;
        quint64 hash = PhraseHash::Seed;
        for (qsizetype i = start; i < m_tokens.size() && i < start + MaxRunTokens; ++i) {
            const auto &t = token(i);
            if ((i > start && t.hasNewlineBefore) || !isInPhrase(t))
                break;
            hash = PhraseHash::extend(hash, isFolded ? t.foldedHash : t.hash, i > start && t.hasSpaceBefore);
            const auto phrase = m_gazetteer.phrase(hash, isFolded);
            const bool counts = isEntityOnly ? phrase.kind == Gazetteer::PhraseKind::Entity : phrase.kind != Gazetteer::PhraseKind::None;
            if (counts && i - start + 1 >= minimumTokens) {
                match.last = i;
                match.phrase = phrase;
            }
            if (!phrase.isPrefix)
                break;
        }
        return match;
    };
    const bool isFolded = m_isShouting[size_t(start)];
    PhraseMatch match = longest(isFolded, 1, false, [](const TextToken &) { return true; });
    // A listed name of several words set in capitals in a line that is not ("MADRID (EUROPA
    // PRESS) -", "said RIA NOVOSTI"): matched folded, every word of it in capitals. One word in
    // capitals is left to the exact match: "US", "WHO" and "AP" are listed as they are written.
    if (!isFolded && match.last <= start && token(start).isAllCaps && isWord(start + 1) && token(start + 1).isAllCaps) {
        if (const auto folded = longest(true, 2, true, [](const TextToken &t) { return !t.isWord || t.isAllCaps; }); folded.last >= 0)
            match = folded;
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
            // "Jean-Marie", "Hans-Dietrich", "Anne-Sophie": two given names joined are one, where a
            // capitalised word after a hyphen otherwise ends the run ("US-Präsident"). Not where
            // the hyphens go on to a word of another kind: "Friedrich-Alfred-Hütte" is a works.
            const bool goesOnToNoun = isChar(i + 2, u'-') && !token(i + 2).hasSpaceBefore && !(wordClass(i + 3) & FirstName);
            const bool isGivenNames = c == u'-' && isWord(i - 1) && (wordClass(i - 1) & FirstName)
                                      && (wordClass(i + 1) & FirstName) && !goesOnToNoun;
            // "Yaël Braun-Pivet", "Dominique Lévy-Bruhl": after a given name and a surname, a
            // hyphen joins a second surname, where the language does not compound its nouns so
            // ("Trump-Putin" after "Donald" is two people the gazetteer lists).
            const bool isDoubleSurname = c == u'-' && !m_language.capitalisesNouns && i - 2 >= start && isWord(i - 1)
                                         && token(i - 1).hasSpaceBefore && (wordClass(i - 2) & FirstName)
                                         && longestPhrase(i + 1).last < 0;
            if (!isPossessive && (next.isLower || ((c != u'-' || isArticle || isGivenNames || isDoubleSurname) && isNameWord(i + 1)))) {
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

bool Pass::isPlaceCompoundHead(qsizetype i) const
{
    static const QSet<QStringView> heads{u"Saint", u"Sainte", u"St", u"Ste", u"San", u"Santa", u"Santo",
                                         u"São", u"Sankt", u"Val", u"Mont", u"Port", u"Pont", u"Bourg"};
    return isWord(i) && heads.contains(view(i, i));
}

QString Pass::normalised(qsizetype first, qsizetype last) const
{
    return simplifiedText(view(first, last).toString());
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
            static const QSet<QStringView> particles{u"al", u"bin", u"ben", u"ibn", u"bint", u"von", u"van",
                                                     u"de",  u"der", u"el",  u"la",  u"da"};
            if (!particles.contains(view(i, i)))
                break;
            continue;
        }
        end = i;
    }
    return end;
}

// The capitalised word a person's name from first to last goes on to over a particle and an
// article, or -1: where the name stops at a capitalised particle ("José De" | "la Gasca") or is a
// given name alone ("Pierre" | "de la Gorce", "Jean" | "de La Fontaine"). After a surname the
// particle is a preposition ("Emmanuel Macron de France").
qsizetype Pass::particleSurname(qsizetype first, qsizetype last) const
{
    static const QSet<QStringView> particles{u"de", u"del", u"della", u"di", u"da", u"do", u"dos", u"das", u"du", u"van", u"von"};
    static const QSet<QStringView> articles{u"la", u"las", u"los", u"le", u"der", u"den"};
    const auto isParticle = [&](qsizetype k) {
        return isWord(k) && token(k).hasSpaceBefore && token(k).end - token(k).start <= 5
            && particles.contains(view(k, k).toString().toLower());
    };
    // Not in German, where "von" before a capitalised word is as often "from" ("Giovanni von
    // Bolzano" in a list of residents) and every noun after the surname is capitalised. Not a
    // given name inside a compound ("Saint-Nicolas de Coutances", "St-Martin de Rivoli").
    if (m_language.capitalisesNouns || (first > 0 && !token(first).hasSpaceBefore && isChar(first - 1, u'-')))
        return -1;
    qsizetype next = last + 1;
    const bool endsInParticle = last > first && isParticle(last) && token(last).isCapitalised;
    const bool isGivenNameBeforeParticle = last == first && (wordClass(first) & FirstName) && isParticle(next) && token(next).isLower;
    if (!endsInParticle && !isGivenNameBeforeParticle)
        return -1;
    if (isGivenNameBeforeParticle)
        ++next;
    // The article in either case: "de la Gorce", "de La Fontaine"
    if (isWord(next) && token(next).hasSpaceBefore && articles.contains(view(next, next).toString().toLower()) && isNameWord(next + 1))
        ++next;
    if (!isNameWord(next) || !token(next).hasSpaceBefore || token(next).hasNewlineBefore || (wordClass(next) & NotName))
        return -1;
    // A place after the particle says where someone is from ("Johann von Innsbruck", "Paul de
    // Bayonne"): no surname.
    if (const auto match = longestPhrase(next); match.phrase.kind == Gazetteer::PhraseKind::Entity) {
        const auto type = m_gazetteer.entities().at(match.phrase.entity).type;
        if (type == EntityType::GeoPolitical || type == EntityType::Location)
            return -1;
    }
    return next;
}

// Where a conjunction and an article open another name in the run first..last ("Banco
// Interamericano de Desarrollo y el Mercosur", "Banque mondiale et l'Union européenne"), or last + 1.
// A conjunction alone joins the words of one name ("Ministerio de Agricultura y Ganadería").
qsizetype Pass::coordinationStart(qsizetype first, qsizetype last) const
{
    static const QSet<QStringView> conjunctions{u"y", u"e", u"o", u"u", u"et", u"ou", u"und", u"oder", u"and", u"or"};
    static const QSet<QStringView> articles{u"el", u"la", u"los", u"las", u"le", u"les", u"l", u"der", u"die", u"das",
                                            u"den", u"dem", u"the"};
    for (qsizetype k = first + 1; k < last; ++k) {
        if (isWord(k) && token(k).isLower && conjunctions.contains(view(k, k)) && isWord(k + 1) && token(k + 1).isLower
            && articles.contains(view(k + 1, k + 1)))
            return k;
    }
    return last + 1;
}

// "Israel Katz", "Victoria Nuland", "Jordan Bardella": a place's name that is also a given name,
// followed by one capitalised word that nothing lists and that is the last of the run, is a
// person where the words around say so: after a title ("Defence Minister Israel Katz"), between
// commas or from a sentence's start to a comma (an apposition: "le ministre, Israel Katz, a dit"),
// or before "said" or "told" (isSayingVerb()). Else it stays the place: "Dallas Cowboys", "Georgia Tech", "Lincoln
// Memorial". Not after an article ("the Jordan Times"), not on a headline or in capitals, and in a
// language that capitalises its nouns not before an ordinary noun ("in Israel Raketen").
bool Pass::isGivenNameOfPlace(qsizetype pos, qsizetype last) const
{
    const qsizetype surname = pos + 1;
    if (last != surname || !(wordClass(pos) & PlaceGivenName) || m_isHeadline[size_t(pos)] || m_isShouting[size_t(pos)]
        || token(pos).isAllCaps || isAfterArticle(pos))
        return false;
    if (!isWord(surname) || !token(surname).hasSpaceBefore || !token(surname).isCapitalised || token(surname).isAllCaps
        || (wordClass(surname) & ~quint16(FirstName | AsianSurname)) || longestPhrase(surname).last >= 0
        || isOrdinaryCapitalisedWord(surname))
        return false;
    const bool isAfterTitle = std::any_of(m_titlesAlone.cbegin(), m_titlesAlone.cend(),
                                          [pos](const auto &title) { return title.second == pos - 1; });
    const bool isApposition = (isChar(pos - 1, u',') || m_isSentenceStart[size_t(pos)]) && isChar(surname + 1, u',');
    return isAfterTitle || isApposition || isSayingVerb(surname + 1);
}

// Whether a person's name starts at token i: a listed person's or a listed given name.
bool Pass::startsPersonName(qsizetype i) const
{
    if (!isNameWord(i))
        return false;
    if (wordClass(i) & FirstName)
        return true;
    const auto match = longestPhrase(i);
    return match.phrase.kind == Gazetteer::PhraseKind::Entity
           && m_gazetteer.entities().at(match.phrase.entity).type == EntityType::Person;
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
            // "Ministry of Defence"; in Spanish, up to two adjectives may come between the kind and
            // its "de": "Ministerio de Defensa", "Cámara Nacional de Comercio", "Banco Central de
            // Chile"
            const auto isOfOrFor = [this](qsizetype k) {
                return isWord(k) && (view(k, k) == u"of"_s || view(k, k) == u"for"_s);
            };
            if ((firstClass & OrgHead) && isOfOrFor(pos + 1) && last > pos + 1)
                orgEnd = coordinationStart(pos, last) - 1;
            // The same after a country's or an organisation's name before the kind: "US Department
            // of Homeland Security", "IAEA Board of Governors", "Israeli Ministry of Foreign Affairs".
            // Either ends before "and the" that opens the next name.
            if (orgEnd > pos && orgEnd + 1 < last && (wordClass(orgEnd) & OrgHead) && isOfOrFor(orgEnd + 1))
                orgEnd = std::max(orgEnd, coordinationStart(orgEnd, last) - 1);
            if (m_language.namesOrganisationsKindFirst && (firstClass & OrgHead)) {
                const qsizetype lastJoin = std::min(pos + 3, last - 1);
                qsizetype k = pos + 1;
                while (k <= lastJoin && isNameWord(k))
                    ++k;
                // Not the government of a person ("Gobierno de Pedro Sánchez"): the kind stays a
                // name of its own and the person is found after it.
                if (k <= lastJoin && (view(k, k) == u"de"_s || view(k, k) == u"del"_s) && !startsPersonName(k + 1))
                    orgEnd = coordinationStart(pos, last) - 1;
                // Without "de", the kind and its capitalised adjectives are the name: "Asamblea
                // General", "Guardia Nacional", "Consejo Nacional Electoral"; not a person after
                // the kind ("Gobierno Petro").
                qsizetype adjectiveEnd = pos;
                while (orgEnd < 0 && adjectiveEnd < std::min(pos + 3, last) && isNameWord(adjectiveEnd + 1)
                       && token(adjectiveEnd + 1).hasSpaceBefore && !startsPersonName(adjectiveEnd + 1)
                       && longestPhrase(adjectiveEnd + 1).phrase.kind != Gazetteer::PhraseKind::Entity)
                    ++adjectiveEnd;
                if (orgEnd < 0 && adjectiveEnd > pos && adjectiveEnd == last)
                    orgEnd = adjectiveEnd;
            }
            if (locEnd > orgEnd && locEnd >= 0)
                locType = (wordClass(locEnd) & FacSuffix) ? EntityType::Location : EntityType::GeoPolitical;
        }
        if ((firstClass & LocHead) && isNameWord(pos + 1) && locEnd < 0 && orgEnd < 0) {
            locEnd = nameEnd(pos + 1, last);
            locType = EntityType::Location;
        }
        // "Plaza de Mayo", "Stade de France", "Cape of Good Hope": a place's kind, then what it is
        // of, names the place whole.
        if ((firstClass & LocHead) && isWord(pos + 1) && token(pos + 1).isLower && (wordClass(pos + 1) & Connector)
            && last > pos + 1 && locEnd < 0 && orgEnd < 0) {
            locEnd = coordinationStart(pos, last) - 1;
            locType = EntityType::Location;
        }
        const qsizetype ruleEnd = std::max(orgEnd, locEnd);

        if (kind == Gazetteer::PhraseKind::Entity && match.last == pos && ruleEnd < 0 && isGivenNameOfPlace(pos, last)) {
            addFound(pos, pos + 1, EntityType::Person, -1, u"person/"_s);
            pos += 2;
            continue;
        }
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

        // An unknown name: up to the next word that starts a known phrase, unless a surname's
        // article comes before it ("Bruno Le Maire").
        qsizetype end = pos;
        for (qsizetype k = pos + 1; k <= last; ++k) {
            if (isWord(k) && (wordClass(k) & Connector) && token(k).isLower)
                break;
            if (isWord(k) && longestPhrase(k).last >= 0 && !(k == end + 1 && isSurnameArticle(end)))
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
        // A given name joined to a saint's title or a place word names a place: "Sainte-Marguerite",
        // "San-Martín", "Val-André" (while "Ralph-Thorsten" is a person's two given names).
        const bool isInPlaceCompound = pos > 1 && !token(pos).hasSpaceBefore && isChar(pos - 1, u'-')
                                       && !token(pos - 1).hasSpaceBefore && isPlaceCompoundHead(pos - 2);
        const bool isGivenName = (firstClass & FirstName) && !isInPlaceCompound;
        if (isGivenName) {
            // The run may stop before the surname ("Jean" | "de La Fontaine"); the words after it
            // are not looked at again (run()).
            if (const qsizetype surname = particleSurname(pos, end); surname >= 0)
                end = runEnd(surname);
        }
        if (isGivenName && end > pos) {
            addFound(pos, end, EntityType::Person, -1, u"person/"_s);
            pos = end + 1;
            continue;
        }
        // "Marine Le Pen", "Hervé Le Bras": a name, a surname's article and a name are a person,
        // whether the given name is listed or not; not a place the tagger sees before a place
        // ("Dieppe Le Havre" in a list of towns), nor words in capitals ("FLOTTE Le Loiret").
        if (end == pos + 2 && isSurnameArticle(pos + 1) && !isHeadline && !token(pos).isAllCaps && !isInTaggedPlace(pos)) {
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
        if (isSayingVerb(end + 1))
            addFound(pos, end, EntityType::Person, -1, u"person/"_s);
        else if (isPlaceAfterLocative(pos))
            addFound(pos, end, EntityType::GeoPolitical, -1, u"place/"_s);
        pos = end + 1;
    }
}

} // namespace Attache::Recognition
