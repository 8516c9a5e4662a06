#include "analyze/entitypass.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Attache::Recognition {

namespace {

// A ministry's name as the body it is, in English, whatever the country's place in the phrase and
// the language: "Ministry of Foreign Affairs", "Foreign Ministry" and "Ministerio de Asuntos
// Exteriores" are one body, and so are the two spellings of "Defence". Other bodies keep their
// words ("Ministry of External Affairs").
QString bodyOfMinistry(const QString &body)
{
    static const std::array<std::pair<QRegularExpression, QString>, 8> bodies{{
        {QRegularExpression(uR"(^(?:Government|Gobierno|Gouvernement)$)"_s), u"Government"_s},
        {QRegularExpression(uR"(^(?:Ministry of (?:the )?Foreign Affairs|Foreign Ministry|Ministerio de (?:Asuntos |Relaciones )?Exteriores|Secretaría de Relaciones Exteriores|Cancillería|Ministère des Affaires étrangères|МИД|Министерство иностранных дел)$)"_s),
         u"Foreign Ministry"_s},
        {QRegularExpression(uR"(^(?:Ministry of (?:the )?Defen[cs]e|Defen[cs]e Ministry|Ministerio de Defensa|Ministère de la Défense|Ministère des Armées|Минобороны|Министерство обороны)$)"_s),
         u"Defence Ministry"_s},
        {QRegularExpression(uR"(^(?:Ministry of (?:the )?Interior|Interior Ministry|Ministerio del Interior|Ministère de l['’]Intérieur|МВД|Министерство внутренних дел)$)"_s),
         u"Interior Ministry"_s},
        {QRegularExpression(uR"(^(?:Ministry of Finance|Finance Ministry|Ministerio de (?:Hacienda|Finanzas)|Ministère des Finances|Минфин|Министерство финансов)$)"_s),
         u"Finance Ministry"_s},
        {QRegularExpression(uR"(^(?:Ministry of Justice|Justice Ministry|Ministerio de Justicia|Ministère de la Justice|Минюст|Министерство юстиции)$)"_s),
         u"Justice Ministry"_s},
        {QRegularExpression(uR"(^(?:Embajada|Ambassade|Посольство)$)"_s), u"Embassy"_s},
        {QRegularExpression(uR"(^(?:Consulado|Consulat|Консульство|Генконсульство)$)"_s), u"Consulate"_s},
    }};
    for (const auto &[pattern, canonical] : bodies)
        if (pattern.matchView(body).hasMatch())
            return canonical;
    return body;
}

// Russian names the country of a body in the genitive, with no word between: "МИД России",
// "Министерство обороны РФ", "посольство США".
bool isGenitiveNamedBodyHead(QStringView word)
{
    static constexpr std::array<QStringView, 9> heads{u"МИД", u"Министерство", u"Минобороны", u"МВД", u"Минфин",
                                                       u"Минюст", u"Посольство", u"Консульство", u"Генконсульство"};
    return std::find(heads.begin(), heads.end(), word) != heads.end();
}

bool isGovernmentBodyHead(QStringView word)
{
    static constexpr std::array<QStringView, 15> heads{u"Ministry",     u"Department", u"Embassy",     u"Consulate",
                                                       u"Government",   u"Ministerio", u"Embajada",    u"Consulado",
                                                       u"Gobierno",     u"Cancillería", u"Secretaría", u"Ministère",
                                                       u"Ambassade",    u"Consulat",   u"Gouvernement"};
    return std::find(heads.begin(), heads.end(), word) != heads.end() || isGenitiveNamedBodyHead(word);
}

// The words that join a body to the country after it: "of Russia", "de Rusia", "del Perú",
// "de la Russie", "d'Israël".
bool isJoiningOf(QStringView word)
{
    return word == u"of"_s || word == u"de"_s || word == u"del"_s || word == u"du"_s || word == u"des"_s || word == u"d"_s;
}

} // namespace

// A country's ministry, department, embassy or consulate the gazetteer does not list is known by
// the country and the body, however the text joins them: "Russia's Foreign Ministry", "the Russian
// Foreign Ministry", "the Foreign Ministry of Russia" and "el Ministerio de Asuntos Exteriores de
// Rusia" are one organisation (org/foreign-ministry-ru), so the library filter finds every
// article that names it, in any language. A country's government is the country itself.
void Pass::qualifyGovernmentBodies()
{
    // Country mentions by their last and first token -> index into m_found; built on first use.
    QHash<qsizetype, qsizetype> countryEndingAt;
    QHash<qsizetype, qsizetype> countryStartingAt;
    bool isIndexed = false;
    const auto indexCountries = [&] {
        if (isIndexed)
            return;
        for (qsizetype f = 0; f < m_found.size(); ++f) {
            if (!countryOf(&m_found.at(f)).isEmpty()) {
                countryEndingAt.insert(m_found.at(f).last, f);
                countryStartingAt.insert(m_found.at(f).first, f);
            }
        }
        isIndexed = true;
    };
    const auto countryOfPhrase = [this](qsizetype first, qsizetype last) {
        const auto match = longestPhrase(first);
        if (match.last != last || match.phrase.kind != Gazetteer::PhraseKind::Entity || match.phrase.entity < 0)
            return QString();
        const auto &entity = m_gazetteer.entities().at(match.phrase.entity);
        return entity.id.startsWith(u"country/"_s) ? entity.country : QString();
    };
    for (auto &found : m_found) {
        if (found.type != EntityType::Organisation || found.entity >= 0
            || (found.last == found.first && !isGovernmentBodyHead(view(found.first, found.first))))
            continue;
        qsizetype bodyFirst = found.first;
        qsizetype bodyLast = found.last;
        QString country;
        // "the Russian Foreign Ministry", "the US Embassy": the country opens the mention.
        if (const auto opening = longestPhrase(found.first); opening.last >= found.first && opening.last < found.last) {
            country = countryOfPhrase(found.first, opening.last);
            if (!country.isEmpty())
                bodyFirst = opening.last + 1;
        }
        // "the Foreign Ministry of Japan", "el Ministerio de Defensa de Israel": the country closes
        // it, after "of" (and an article: "de la Russie", "d'Israël").
        for (qsizetype of = bodyFirst + 1; country.isEmpty() && of < found.last; ++of) {
            if (!isWord(of) || !isJoiningOf(view(of, of)))
                continue;
            qsizetype name = of + 1;
            if (isChar(name, u'\'') || isChar(name, u'’'))
                ++name;
            else if (isWord(name) && name < found.last && (view(name, name) == u"la"_s || view(name, name) == u"the"_s))
                ++name;
            country = countryOfPhrase(name, found.last);
            if (!country.isEmpty())
                bodyLast = of - 1;
        }
        // "МИД России", "Министерство обороны РФ": the country in the genitive closes it; "МИД
        // Франции", where the country is a mention of its own, names it just after.
        if (country.isEmpty() && isGenitiveNamedBodyHead(view(bodyFirst, bodyFirst))) {
            for (qsizetype name = bodyFirst + 1; country.isEmpty() && name <= found.last; ++name) {
                country = countryOfPhrase(name, found.last);
                if (!country.isEmpty())
                    bodyLast = name - 1;
            }
            if (country.isEmpty() && isWord(found.last + 1) && token(found.last + 1).hasSpaceBefore) {
                indexCountries();
                if (const auto it = countryStartingAt.constFind(found.last + 1); it != countryStartingAt.constEnd())
                    country = countryOf(&m_found.at(*it));
            }
        }
        if (!isGovernmentBodyHead(view(bodyFirst, bodyFirst)) && !isGovernmentBodyHead(view(bodyLast, bodyLast)))
            continue;
        // "le Gouvernement de la France", "la Embajada de Rusia", "the Embassy of Japan": the
        // country after "of" is a mention of its own.
        if (country.isEmpty() && isWord(found.last + 1) && isJoiningOf(view(found.last + 1, found.last + 1))) {
            qsizetype name = found.last + 2;
            if (isChar(name, u'\'') || isChar(name, u'’'))
                ++name;
            else if (isWord(name) && (view(name, name) == u"la"_s || view(name, name) == u"the"_s))
                ++name;
            indexCountries();
            if (const auto it = countryStartingAt.constFind(name); it != countryStartingAt.constEnd())
                country = countryOf(&m_found.at(*it));
        }
        // "el Gobierno venezolano", "la Embajada rusa", "el Ministerio de Defensa ruso": Spanish
        // and French write the country's adjective after the body, in lower case.
        if (country.isEmpty() && isWord(found.last + 1) && token(found.last + 1).isLower && token(found.last + 1).hasSpaceBefore)
            country = m_gazetteer.countryOfAdjective(token(found.last + 1).hash);
        // "Russia's Foreign Ministry", "India's Ministry of External Affairs": the country before it.
        if (country.isEmpty()) {
            qsizetype before = found.first - 1;
            if (isWord(before) && isPossessiveS(before) && (isChar(before - 1, u'\'') || isChar(before - 1, u'’')))
                before -= 2;
            indexCountries();
            const auto it = countryEndingAt.constFind(before);
            if (it != countryEndingAt.constEnd())
                country = countryOf(&m_found.at(*it));
        }
        const int countryEntity = country.isEmpty() ? -1 : m_gazetteer.countryEntity(country);
        if (countryEntity < 0)
            continue;
        const auto body = bodyOfMinistry(normalised(bodyFirst, bodyLast));
        // "the Government of India", "el Gobierno de España": the state acting, as "the Indian
        // government" is (assignCountryRoles()).
        if (body == u"Government"_s) {
            found.entity = countryEntity;
            found.id.clear();
            found.name.clear();
            continue;
        }
        found.id = u"org/"_s + Gazetteer::slug(body) + u'-' + country.toLower();
        found.name = body + u" ("_s + m_gazetteer.entities().at(countryEntity).name + u')';
    }
}

// "Under-Secretary-General for Political Affairs Rosemary DiCarlo", "Assistant Secretary for
// European Affairs James O'Brien": a title's portfolio ends at "Affairs", and the capitalised
// words after it are the holder's name, where a run of capitals read all of it as one
// organisation. Not before an organisation's word or a title ("Foreign Affairs Committee",
// "Foreign Affairs Minister Penny Wong").
void Pass::splitPortfolioFromName()
{
    QList<Found> holders;
    for (auto &found : m_found) {
        if (found.type != EntityType::Organisation || found.entity >= 0)
            continue;
        for (qsizetype k = found.first; k + 2 <= found.last; ++k) {
            if (!isWord(k) || view(k, k) != u"Affairs"_s)
                continue;
            int names = 0;
            bool isName = true;
            for (qsizetype n = k + 1; n <= found.last && isName; ++n) {
                if (!isWord(n)) {
                    isName = isChar(n, u'\'') || isChar(n, u'’') || isChar(n, u'-');
                    continue;
                }
                const auto kind = longestPhrase(n).phrase.kind;
                isName = isNameWord(n) && !(wordClass(n) & (OrgHead | OrgSuffix)) && kind != Gazetteer::PhraseKind::Title
                         && kind != Gazetteer::PhraseKind::Honorific;
                ++names;
            }
            if (!isName || names < 2 || names > 4)
                break;
            Found holder{k + 1, found.last, EntityType::Person, -1, {}, {}};
            if (const auto listed = longestPhrase(k + 1); listed.last == found.last && listed.phrase.kind == Gazetteer::PhraseKind::Entity
                && listed.phrase.entity >= 0 && m_gazetteer.entities().at(listed.phrase.entity).type == EntityType::Person) {
                holder.entity = listed.phrase.entity;
            } else {
                holder.name = normalised(k + 1, found.last);
                holder.id = u"person/"_s + Gazetteer::slug(holder.name);
            }
            holders.append(holder);
            found.last = k;
            found.name = normalised(found.first, found.last);
            found.id = u"org/"_s + Gazetteer::slug(found.name);
            break;
        }
    }
    m_found.append(holders);
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
        if (f + 1 >= m_found.size())
            continue;
        auto &next = m_found[f + 1];
        // "Palmyra, Syria": a place that is not itself a country, a comma, then a country, or a
        // known place that does not go on into a list ("Mosul, Tikrit and Ramadi"). English news
        // names a place so; German or Russian news names two ("in Münster, Frankfurt und Köln").
        if (m_language.namesPlaceWithItsRegion && isPlace(found) && !isCountryMention(found) && (isPlace(next) || isCountryMention(next))
            && isChar(found.last + 1, u',')
            && next.first == found.last + 2) {
            const bool isListGoingOn = isChar(next.last + 1, u',') && (f + 2 < m_found.size() && m_found.at(f + 2).first == next.last + 2)
                                       && !isCountryMention(m_found.at(f + 2));
            const bool isAndAfter = isWord(next.last + 1) && (view(next.last + 1, next.last + 1) == u"and"_s || view(next.last + 1, next.last + 1) == u"or"_s);
            if (isCountryMention(next) || (next.entity >= 0 && !isListGoingOn && !isAndAfter)) {
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

// Nationalities and countries take the role the sentence gives them: "Iraqi forces" name a
// state's forces, "the Syrians" a people, a country that acts its government (the ACE and re3d
// convention), a country as a place stays geopolitical.
void Pass::assignCountryRoles()
{
    if (!m_language.typesActingCountriesAsOrganisations)
        return;
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
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        if (m_found.at(f).type == EntityType::GeoPolitical || m_found.at(f).type == EntityType::Location)
            placeEndingAt.insert(m_found.at(f).last);
        if (!isCountryMention(m_found.at(f)))
            continue;
        qsizetype g = f;
        while (g + 1 < m_found.size() && isCountryMention(m_found.at(g + 1))) {
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
                                  && isCountryMention(m_found.at(f + 1)) && (wordClass(m_found.at(f + 1).last + 1) & ActorVerb);
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
}

} // namespace Attache::Recognition
