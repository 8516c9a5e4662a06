#include "analyze/entitypass.h"
#include "analyze/namevariants.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Attache::Recognition {

// "l'Agence française de développement (AFD)", "la Comisión Económica para América Latina
// (CEPAL)": the words before a bracketed acronym whose first letters spell it, the joining words
// between them taken or left out, are the organisation's name in full: lower-case words and all,
// as languages that write names in sentence case have them ("Общество научных работников
// (ОНР)"), and over the parts of it found as names of their own ("Comisión Económica" and
// "América Latina").
void Pass::markAcronymExpansions()
{
    // Wider than the gazetteer's connectors, which also join the words of a name found by its
    // capitals: here the acronym's letters decide where the name starts.
    static const QSet<QString> joiningWords{
        u"of"_s,  u"and"_s, u"the"_s, u"for"_s, u"on"_s,  u"in"_s,  u"to"_s,   u"de"_s,  u"du"_s,  u"des"_s,
        u"la"_s,  u"le"_s,  u"les"_s, u"l"_s,   u"d"_s,   u"et"_s,  u"pour"_s, u"sur"_s, u"à"_s,   u"au"_s,
        u"aux"_s, u"en"_s,  u"del"_s, u"el"_s,  u"los"_s, u"las"_s, u"y"_s,    u"para"_s, u"e"_s,  u"do"_s,
        u"da"_s,  u"dos"_s, u"das"_s, u"für"_s, u"und"_s, u"der"_s, u"die"_s,  u"zur"_s, u"zum"_s};
    // "the Democratic Republic of Congo (DRC)" names a state.
    static const QSet<QString> stateWords{u"republic"_s,  u"kingdom"_s,   u"federation"_s, u"emirates"_s,
                                          u"république"_s, u"royaume"_s,  u"fédération"_s, u"república"_s,
                                          u"reino"_s,      u"federación"_s, u"republik"_s,  u"königreich"_s};
    constexpr int MaximumWords = 16;
    const auto initialOf = [this](qsizetype i) {
        return QString(view(i, i).front()).normalized(QString::NormalizationForm_D).front().toUpper();
    };
    for (qsizetype bracket = 1; bracket + 2 < m_tokens.size(); ++bracket) {
        if (!isChar(bracket, u'(') || !isWord(bracket + 1) || !token(bracket + 1).isAllCaps || !isChar(bracket + 2, u')'))
            continue;
        const auto acronym = view(bracket + 1, bracket + 1);
        if (acronym.size() < 2 || acronym.size() > 8 || !std::all_of(acronym.begin(), acronym.end(), [](QChar c) { return c.isLetter(); }))
            continue;
        // The words before the bracket, nearest first; an apostrophe or a hyphen inside the name is passed over.
        QList<qsizetype> words;
        for (qsizetype k = bracket - 1; k >= 0 && words.size() < MaximumWords; --k) {
            if (isWord(k))
                words.append(k);
            else if (!isChar(k, u'\'') && !isChar(k, u'’') && !isChar(k, u'-'))
                break;
        }
        // Spells acronym[0 … letter] with words[w …]; gives the name's first word, or -1.
        const std::function<qsizetype(qsizetype, qsizetype)> spell = [&](qsizetype w, qsizetype letter) -> qsizetype {
            if (w >= words.size())
                return -1;
            const qsizetype k = words.at(w);
            const bool isJoining = token(k).isLower && joiningWords.contains(view(k, k).toString());
            if (initialOf(k) == acronym.at(letter)) {
                if (letter == 0)
                    return token(k).isCapitalised ? k : -1;
                if (const qsizetype first = spell(w + 1, letter - 1); first >= 0)
                    return first;
            }
            return isJoining ? spell(w + 1, letter) : -1;
        };
        const qsizetype first = spell(0, acronym.size() - 1);
        const qsizetype last = bracket - 1;
        if (first < 0 || first == last)
            continue;
        // A name found across the span's edge, or over all of it, is left as it is; names inside
        // it are parts of it ("Comisión Económica", "América Latina"), and so is one that only
        // adds the article opening the sentence ("L'Alliance" of "L'Alliance des États du Sahel").
        const auto firstPastArticle = [this, first](const Found &found) {
            if (found.first >= first || !isArticle(found.first))
                return found.first;
            return isChar(found.first + 1, u'\'') || isChar(found.first + 1, u'’') ? found.first + 2 : found.first + 1;
        };
        bool isLeft = false;
        bool hasFoundPart = false;
        for (const auto &found : std::as_const(m_found)) {
            if (found.first > last || found.last < first)
                continue;
            const bool isInside = firstPastArticle(found) >= first && found.last <= last;
            isLeft = isLeft || !isInside || (found.first == first && found.last == last);
            hasFoundPart = hasFoundPart || isInside;
        }
        if (isLeft)
            continue;
        // A name of capitalised words alone is the other rules' to find: the acronym only joins the
        // parts they found of it ("State Board" of "State Board of Antiquities and Heritage (SBAH)"),
        // and does not make one of a product's or an event's ("Software Development Kit (SDK)").
        bool hasLowercaseWord = false;
        bool isState = false;
        for (qsizetype k = first; k <= last; ++k) {
            if (!isWord(k))
                continue;
            const auto word = view(k, k).toString();
            hasLowercaseWord = hasLowercaseWord || (token(k).isLower && !joiningWords.contains(word));
            isState = isState || (token(k).isCapitalised && stateWords.contains(word.toLower()));
        }
        if (!hasLowercaseWord && !hasFoundPart)
            continue;
        removeFoundIf([&](const Found &found) { return firstPastArticle(found) >= first && found.last <= last; });
        if (isState)
            addFound(first, last, EntityType::GeoPolitical, -1, u"place/"_s);
        else
            addFound(first, last, EntityType::Organisation, -1, u"org/"_s);
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
    if (!added.isEmpty())
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
        else if (isPlaceAfterLocative(i))
            addFound(i, i, EntityType::GeoPolitical, -1, u"place/"_s);
    }

    // Capitals that speak for their government: "Ottawa said", "Beijing has". Not after a
    // preposition of place: "In Tokio will er …" is where he wants to speak.
    for (auto &found : m_found) {
        if (found.entity < 0)
            continue;
        const auto &entity = m_gazetteer.entities().at(found.entity);
        if (!entity.isCapital || !(wordClass(found.last + 1) & ActorVerb) || isLocative(found.first - 1))
            continue;
        const int country = m_gazetteer.countryEntity(entity.country);
        if (country >= 0)
            found.entity = country;
    }
}

// "M. Barrot", "Mr. Barrot", "Herr Wadephul", "عبد العاطي": a surname a rule found on its own
// (after a courtesy title) before the tagger named the person in full is that person, not a second
// one. Run once every name is found, so the order in which the rules and the tagger found them does
// not matter.
void Pass::linkSurnamesToFullNames()
{
    // The names of two words or more by their last word (the surname), in the order of the text.
    QHash<quint64, QList<qsizetype>> personsBySurname; // -> indices into m_found
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        if (found.type == EntityType::Person && found.last > found.first && isWord(found.last))
            personsBySurname[token(found.last).hash].append(f);
    }
    if (personsBySurname.isEmpty())
        return;
    // Whether the words of `tail` end the name `full` and are fewer: "Barrot" of "Jean-Noël
    // Barrot", "عبد العاطي" of "بدر عبد العاطي", "Lula da Silva" of "Luiz Inácio Lula da Silva".
    // A surname of several words opens with its particle ("de", "van", "bin", "عبد", "أبو"): a name
    // of several words that opens otherwise is a full name of its own ("علي عبد الله صالح" is the
    // father of "أحمد علي عبد الله صالح").
    static const QSet<QStringView> particles{u"de", u"De", u"da", u"Da", u"di", u"Di", u"du", u"Du", u"del", u"Del",
                                             u"della", u"van", u"Van", u"von", u"Von", u"der", u"le", u"Le", u"la", u"La",
                                             u"al", u"Al", u"el", u"El", u"bin", u"Bin", u"ibn", u"Ibn", u"abu", u"Abu",
                                             u"ben", u"Ben", u"عبد", u"أبو", u"ابو", u"أبي", u"بن", u"ابن", u"آل",
                                             u"دي", u"دا", u"فان", u"فون"};
    const auto endsName = [this](const Found &tail, const Found &full) {
        const qsizetype length = tail.last - tail.first;
        if (length > 0 && !particles.contains(view(tail.first, tail.first)))
            return false;
        if (length >= full.last - full.first)
            return false;
        for (qsizetype k = 0; k <= length; ++k) {
            if (token(tail.last - k).hash != token(full.last - k).hash)
                return false;
        }
        return true;
    };
    for (auto &lone : m_found) {
        // A surname alone that the tagger read as an organisation ("DiCarlo said") is the person
        // named in full before it.
        const bool isReadAsOrganisation = lone.type == EntityType::Organisation && lone.first == lone.last;
        // Russian surnames change with their case and are linked by their stems, after this
        // (unifyRussianCaseForms()): "Алиева" is Алиев's genitive and Алиева's nominative.
        if ((lone.type != EntityType::Person && !isReadAsOrganisation) || lone.entity >= 0 || !isWord(lone.last)
            || firstLetterScript(view(lone.last, lone.last)) == QChar::Script_Cyrillic)
            continue;
        const auto it = personsBySurname.constFind(token(lone.last).hash);
        if (it == personsBySurname.constEnd())
            continue;
        // Of two persons sharing the surname, the one named last before it; else the first after.
        const auto isNearer = [&lone](const Found &candidate, const Found &best) {
            const bool isCandidateBefore = candidate.last < lone.first;
            if (isCandidateBefore != (best.last < lone.first))
                return isCandidateBefore;
            return isCandidateBefore ? candidate.last > best.last : candidate.first < best.first;
        };
        qsizetype nearest = -1;
        for (const qsizetype f : *it) {
            if (endsName(lone, m_found.at(f)) && (nearest < 0 || isNearer(m_found.at(f), m_found.at(nearest))))
                nearest = f;
        }
        // The full name before it: of a person the lists know, or opening with a given name they
        // know, or one that speaks ("DiCarlo said"). A person the tagger read in a product's or a
        // company's name ("Macbook Pro", "Financiere de Paribas") lends its surname to none.
        if (nearest >= 0 && isReadAsOrganisation) {
            const auto &full = m_found.at(nearest);
            bool hasLowercaseWord = false;
            for (qsizetype k = full.first; k <= full.last; ++k)
                hasLowercaseWord = hasLowercaseWord || (isWord(k) && token(k).isLower);
            const bool isKnownPerson = full.entity >= 0 || (wordClass(full.first) & FirstName);
            if (full.last > lone.first || (!isKnownPerson && (hasLowercaseWord || !isSayingVerb(lone.last + 1))))
                continue;
        }
        if (nearest < 0)
            continue;
        const auto &full = m_found.at(nearest);
        lone.type = EntityType::Person;
        lone.entity = full.entity;
        lone.id = full.id;
        lone.name = full.name;
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
    if (!offices.isEmpty())
        m_found.append(offices);
}

// "India's Ministry of External Affairs", "Canada's Department of National Defence": a government body known
// only from the text belongs to the country named just before it, so that two countries'
// ministries of the same name stay two entities ("org/ministry-of-external-affairs-in").

namespace {

// A Russian word's stem for telling its case forms apart from other words: lower case, without
// the commonest case endings of nouns and adjectives (the longest that leaves three letters).
// Words in capitals (ООН, МИД) do not decline.
QString russianStem(QStringView word, bool isAllCaps)
{
    // Longest first; "-ий" and "-ия" with their cases lose the и too (Геннадий, Геннадия).
    static const std::array<QStringView, 38> endings{
        u"ами", u"ями", u"ого", u"его", u"ому", u"ему", u"ыми", u"ими", u"ием", u"ией", u"иям", u"иях",
        u"ой", u"ей", u"ом", u"ем", u"ах", u"ях", u"ов", u"ев", u"ую", u"юю", u"ая", u"яя", u"ое", u"ее", u"ые",
        u"ие", u"ых", u"их", u"ым", u"им", u"ый", u"ий", u"ия", u"ию", u"ии", u"ье"};
    static const QStringView letters = u"аяуюеиыоьй";
    QString lower = word.toString().toLower();
    if (isAllCaps)
        return lower;
    for (const auto ending : endings) {
        if (lower.size() - ending.size() >= 3 && lower.endsWith(ending))
            return lower.chopped(ending.size());
    }
    if (lower.size() > 3 && letters.contains(lower.back()))
        lower.chop(1);
    return lower;
}

// How many of a name's words end as a nominative may and no other case does: a name in the
// nominative is the one to list it by, whatever case the text met it in first.
int nominativeWords(QStringView name)
{
    static const std::array<QStringView, 19> obliqueEndings{u"ого", u"его", u"ому", u"ему", u"ами", u"ями", u"ой", u"ом",
                                                            u"ем", u"ым", u"им", u"ах", u"ях", u"ы", u"и", u"е", u"у", u"ю", u"ь"};
    int count = 0;
    for (const auto word : name.split(u' ', Qt::SkipEmptyParts)) {
        const auto lower = word.toString().toLower();
        const bool isOblique = std::any_of(obliqueEndings.begin(), obliqueEndings.end(),
                                           [&lower](QStringView ending) { return lower.endsWith(ending); });
        count += isOblique ? 0 : 1;
    }
    return count;
}

// The nominative of a one-word name in an oblique case that `oblique` reads: the stem the
// pattern's first matching group captures, with the ending given for that group. Empty when the
// pattern does not read the name.
QString nominativeOfObliqueForm(QStringView name, const QRegularExpression &oblique,
                                std::initializer_list<QStringView> endingOfGroup)
{
    // Every form the patterns read ends in a Cyrillic letter: other names are spared the match.
    if (name.isEmpty() || name.back().script() != QChar::Script_Cyrillic)
        return {};
    const auto match = oblique.matchView(name);
    for (int group = 1; match.hasMatch() && group <= int(endingOfGroup.size()); ++group) {
        if (match.hasCaptured(group))
            return match.captured(group) + endingOfGroup.begin()[group - 1];
    }
    return {};
}

// A Russian place name of one word in an oblique case, in the nominative, where its ending says
// so surely: a name in -ск in the locative or dative ("в Мурманске", "к Омску"; its genitive in -ска
// may be a nominative, "Небраска", and its instrumental in -ском an adjective's form, "Бостонском"),
// one in -бург, -град or -город in any oblique case ("из Оренбурга", "под Калининградом"), one in
// -поль likewise ("в Севастополе"). Empty when the name is not one such word.
QString russianPlaceNominative(QStringView name)
{
    static const QRegularExpression oblique(
        uR"(^(\p{Lu}\p{Ll}*ск)[еу]$|^(\p{Lu}\p{Ll}*(?:бург|град|город))(?:е|а|у|ом)$|^(\p{Lu}\p{Ll}*пол)(?:е|я|ю|ем)$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return nominativeOfObliqueForm(name, oblique, {u"", u"", u"ь"});
}

// A Russian organisation's name of one word in an oblique case, in the nominative, where its
// ending says so surely: a federal agency's name in -ство ("Росрыболовства", "Росрыболовству") or
// -надзор ("Роскомнадзора", "Роспотребнадзором"), and a ministry's short name, "Мин" and a
// masculine noun ("Минфина", "Минздраву", "Минюстом"). Empty when the name is not one such word.
QString russianOrganisationNominative(QStringView name)
{
    static const QRegularExpression oblique(
        uR"(^(\p{Lu}\p{Ll}*ств)(?:а|у|ом|е)$|^(\p{Lu}\p{Ll}*надзор|Мин\p{Ll}{2,}[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return nominativeOfObliqueForm(name, oblique, {u"о", u""});
}

} // namespace

void Pass::unifyRussianCaseForms()
{
    // The mentions nobody listed, by their type and the stems of their words; the persons of
    // several words also by the stem of their last word (the surname).
    QHash<QString, QList<qsizetype>> byStems;
    QHash<QString, QList<qsizetype>> personsBySurnameStem;
    QHash<qsizetype, QString> singleWordPersonStem;
    for (qsizetype f = 0; f < m_found.size(); ++f) {
        const auto &found = m_found.at(f);
        if (found.entity >= 0 || found.name.isEmpty())
            continue;
        QStringList stems;
        bool isRussian = true;
        for (qsizetype k = found.first; k <= found.last && isRussian; ++k) {
            if (!isWord(k))
                continue;
            const auto word = view(k, k);
            isRussian = firstLetterScript(word) == QChar::Script_Cyrillic;
            if (isRussian)
                stems << russianStem(word, token(k).isAllCaps);
        }
        if (!isRussian || stems.isEmpty())
            continue;
        byStems[QString::number(int(found.type)) + u' ' + stems.join(u' ')].append(f);
        if (found.type == EntityType::Person && stems.size() > 1)
            personsBySurnameStem[stems.last()].append(f);
        else if (found.type == EntityType::Person)
            singleWordPersonStem.insert(f, stems.first());
    }
    // Every form of a group, and every mention already sharing its id, takes the id and name the
    // group knows it by best: a fuller name the text's aliases gave a form ("Манзарек" after "Рэй
    // Манзарек"), then one in the nominative ("Пабло Неруда", not "Пабло Неруды"), then the
    // shortest, then the first in the text. Renamed ids point to the id they became, and the
    // mentions take their final ids in one walk at the end: renaming each group's mentions with
    // a walk over all of them took a long text time in the square of its names.
    QHash<QString, QString> renamedTo;
    QHash<QString, QString> nameOfId; // the name of an id others were renamed to
    const auto currentId = [&renamedTo](const QString &id) {
        QString current = id;
        for (auto it = renamedTo.constFind(current); it != renamedTo.cend(); it = renamedTo.constFind(current))
            current = *it;
        return current;
    };
    const auto currentName = [&](const Found &found) { return nameOfId.value(currentId(found.id), found.name); };
    const auto unify = [&](const QList<qsizetype> &forms) {
        qsizetype best = -1;
        const auto rank = [&](qsizetype f) {
            const auto name = currentName(m_found.at(f));
            return std::tuple(name.count(u' '), nominativeWords(name), -name.size(), -m_found.at(f).first);
        };
        for (const qsizetype f : forms) {
            if (best < 0 || rank(f) > rank(best))
                best = f;
        }
        const auto bestId = currentId(m_found.at(best).id);
        const auto bestName = currentName(m_found.at(best));
        for (const qsizetype f : forms) {
            const auto id = currentId(m_found.at(f).id);
            if (id != bestId) {
                renamedTo.insert(id, bestId);
                nameOfId.insert(bestId, bestName);
            }
        }
    };
    // In the order of the mentions, not of the hash: a group's renaming can reach a mention of
    // another group through an alias, and the result must not depend on the hash's seed.
    auto groups = byStems.values();
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.first() < b.first(); });
    QList<QList<qsizetype>> surnameGroups;
    for (const auto &forms : std::as_const(groups)) {
        const bool isLinked = std::any_of(forms.begin(), forms.end(), [this](qsizetype f) {
            return m_found.at(f).name != normalised(m_found.at(f).first, m_found.at(f).last);
        });
        if (!isLinked && singleWordPersonStem.contains(forms.first()))
            surnameGroups << forms; // linked after the full names are settled
        else if (forms.size() > 1)
            unify(forms);
    }
    // "Моррисона" after "Джим Моррисон": a surname alone in any case is the one person of several
    // words the text names with it; with none or two, its forms are one entity of their own.
    for (auto forms : std::as_const(surnameGroups)) {
        QSet<QString> people;
        qsizetype person = -1;
        for (const qsizetype f : personsBySurnameStem.value(singleWordPersonStem.value(forms.first()))) {
            people.insert(currentId(m_found.at(f).id));
            person = f;
        }
        if (people.size() == 1)
            forms << person;
        if (forms.size() > 1)
            unify(forms);
    }
    for (auto &found : m_found) {
        if (found.entity < 0 && renamedTo.contains(found.id)) {
            found.id = currentId(found.id);
            found.name = nameOfId.value(found.id);
        }
    }
    // A place, an agency or a ministry the text names only in an oblique case is listed by its
    // nominative all the same, so that another article's "Мурманск" or "Росрыболовство" is the
    // same entity.
    for (auto &found : m_found) {
        const bool isPlace = found.type == EntityType::GeoPolitical || found.type == EntityType::Location;
        const bool isOrganisation = found.type == EntityType::Organisation && found.first == found.last;
        if (found.entity >= 0 || (!isPlace && !isOrganisation))
            continue;
        const auto nominative = isPlace ? russianPlaceNominative(found.name) : russianOrganisationNominative(found.name);
        if (!nominative.isEmpty()) {
            found.name = nominative;
            found.id = (isPlace ? u"place/"_s : u"org/"_s) + Gazetteer::slug(nominative);
        }
    }
}

} // namespace Attache::Recognition
