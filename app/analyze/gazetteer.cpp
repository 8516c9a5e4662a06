#include "analyze/gazetteer.h"

#include "analyze/namevariants.h"
#include "core/logging.h"
#include "core/textcase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Letters and digits of ASCII, for c < 0x80: one look-up per character of every text tokenized.
constexpr auto AsciiWordChars = [] {
    std::array<bool, 0x80> table{};
    for (char16_t c = 0; c < 0x80; ++c)
        table[c] = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return table;
}();

bool isAsciiWordChar(char16_t c)
{
    return AsciiWordChars[c];
}

bool isNewline(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Rules, not knowledge: the small closed word classes the recognizer's grammar uses.
constexpr std::array connectors{u"of", u"and", u"the", u"for", u"on", u"de", u"du", u"des", u"la", u"le",
                                u"al", u"el", u"bin", u"ben", u"ibn", u"bint", u"von", u"van", u"der", u"den", u"da",
                                u"di", u"dos", u"&", u"y"};
constexpr std::array asianSurnames{u"Li", u"Wang", u"Zhang", u"Liu", u"Chen", u"Yang", u"Zhao", u"Huang",
                                   u"Zhou", u"Wu", u"Xu", u"Sun", u"Hu", u"Zhu", u"Gao", u"Lin", u"Guo",
                                   u"Ma", u"Xi", u"Qin", u"Han", u"Deng", u"Jiang", u"Kim", u"Lee", u"Park",
                                   u"Choi", u"Cho", u"Yoon", u"Moon", u"Kang", u"Nguyen", u"Tran", u"Le",
                                   u"Pham", u"Hun", u"Tsai", u"Lai", u"Ma"};
constexpr std::array actorVerbs{
    u"said", u"says", u"say", u"has", u"have", u"had", u"is", u"was", u"will", u"would", u"could", u"should",
    u"must", u"may", u"can", u"announced", u"announces", u"accused", u"accuses", u"agreed", u"agrees",
    u"warned", u"warns", u"urged", u"urges", u"rejected", u"rejects", u"denied", u"denies", u"condemned",
    u"condemns", u"welcomed", u"welcomes", u"called", u"calls", u"responded", u"responds", u"insisted",
    u"insists", u"hopes", u"hoped", u"expressed", u"expresses", u"wants", u"wanted", u"demanded", u"demands",
    u"threatened", u"threatens", u"imposed", u"imposes", u"launched", u"launches", u"sent", u"sends",
    u"signed", u"signs", u"supports", u"supported", u"strongly", u"also", u"continues", u"continued",
    u"remains", u"stands", u"recognizes", u"recognises", u"believes", u"committed", u"commends", u"notes",
    u"reaffirms", u"reaffirmed", u"participate", u"participates", u"addresses", u"retaliated", u"summoned", u"expelled", u"protested", u"vowed", u"pledged", u"declined", u"refused"};

// A Spanish adjective's four forms from its masculine singular: "ruso" rusa rusos rusas,
// "francés" francesa franceses francesas, "alemán", "letón", "español" likewise; "iraní" iraníes
// iranís; "estadounidense" and "belga" add -s.
QStringList spanishAdjectiveForms(const QString &masculine)
{
    const auto last = masculine.back();
    if (last == u'o') {
        const auto stem = masculine.chopped(1);
        return {masculine, stem + u'a', stem + u"os"_s, stem + u"as"_s};
    }
    if (masculine.endsWith(u"és"_s) || masculine.endsWith(u"án"_s) || masculine.endsWith(u"ón"_s)) {
        static const QHash<QChar, QChar> plain{{u'é', u'e'}, {u'á', u'a'}, {u'ó', u'o'}};
        const auto stem = masculine.chopped(2) + plain.value(masculine.at(masculine.size() - 2)) + last;
        return {masculine, stem + u'a', stem + u"es"_s, stem + u"as"_s};
    }
    if (last == u'l')
        return {masculine, masculine + u'a', masculine + u"es"_s, masculine + u"as"_s};
    if (last == u'í' || last == u'ú')
        return {masculine, masculine + u"es"_s, masculine + u's'};
    return {masculine, masculine + u's'};
}

// A French adjective's forms from its masculine singular: "russe" russes, "ukrainien"
// ukrainienne ukrainiens ukrainiennes, "français" française françaises, "mexicain" mexicaine
// mexicains mexicaines. "turc" takes -s only; its feminine is listed as a form of its own.
QStringList frenchAdjectiveForms(const QString &masculine)
{
    const auto last = masculine.back();
    if (last == u'e')
        return {masculine, masculine + u's'};
    if (masculine.endsWith(u"en"_s))
        return {masculine, masculine + u"ne"_s, masculine + u's', masculine + u"nes"_s};
    if (last == u's')
        return {masculine, masculine + u'e', masculine + u"es"_s};
    if (last == u'c')
        return {masculine, masculine + u's'};
    return {masculine, masculine + u'e', masculine + u's', masculine + u"es"_s};
}

} // namespace

quint64 PhraseHash::token(QStringView text, bool isFolded)
{
    quint64 hash = Seed;
    for (QChar c : text) {
        if (isArabicMark(c.unicode()))
            continue;
        const char16_t unit = isFolded ? caseFolded(c.unicode()) : c.unicode();
        hash = (hash ^ unit) * 1099511628211ULL;
    }
    return hash;
}

QList<TextToken> tokenize(QStringView text)
{
    QList<TextToken> tokens;
    tokens.reserve(text.size() / 4 + 4);
    const qsizetype size = text.size();
    bool hasSpace = false;
    bool hasNewline = true;
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.unicode() == u' ') {
            hasSpace = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            hasSpace = true;
            hasNewline = hasNewline || isNewline(c);
            ++i;
            continue;
        }
        TextToken token;
        token.start = i;
        token.hasSpaceBefore = hasSpace;
        token.hasNewlineBefore = hasNewline;
        hasSpace = hasNewline = false;
        if (isWordChar(c)) {
            quint64 hash = PhraseHash::Seed;
            quint64 folded = PhraseHash::Seed;
            bool hasUpper = false;
            bool hasLower = false;
            while (i < size) {
                const QChar w = text[i];
                const char16_t unit = w.unicode();
                if (unit < 0x80) {
                    if (!isAsciiWordChar(unit))
                        break;
                    const bool isUpper = unit >= u'A' && unit <= u'Z';
                    hasUpper = hasUpper || isUpper;
                    hasLower = hasLower || (unit >= u'a' && unit <= u'z');
                    hash = (hash ^ unit) * 1099511628211ULL;
                    folded = (folded ^ (isUpper ? char16_t(unit + 32) : unit)) * 1099511628211ULL;
                } else {
                    if (!isWordChar(w))
                        break;
                    if (!isArabicMark(unit)) {
                        hasUpper = hasUpper || w.isUpper();
                        hasLower = hasLower || w.isLower();
                        hash = (hash ^ unit) * 1099511628211ULL;
                        folded = (folded ^ caseFolded(unit)) * 1099511628211ULL;
                    }
                }
                ++i;
            }
            token.end = i;
            token.hash = hash;
            token.foldedHash = folded;
            token.isWord = true;
            token.isCapitalised = c.isUpper() || c.isTitleCase();
            token.isLower = c.isLower();
            token.isAllCaps = hasUpper && !hasLower;
        } else {
            ++i;
            token.end = i;
            token.hash = PhraseHash::token(text.sliced(token.start, 1), false);
            token.foldedHash = token.hash;
        }
        tokens.append(token);
    }
    return tokens;
}

QString Gazetteer::slug(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool isDash = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            isDash = false;
        } else if (!isDash && !out.isEmpty()) {
            out += u'-';
            isDash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

const Gazetteer &Gazetteer::instance()
{
    // A function-local static is initialised once, thread-safely (C++11 "magic statics").
    static const Gazetteer gazetteer(u":/knowledge/iso_3166-1.json"_s, u":/knowledge/gazetteer.json"_s);
    return gazetteer;
}

Gazetteer::Gazetteer(const QString &countriesPath, const QString &gazetteerPath)
{
    QElapsedTimer timer;
    timer.start();
    for (const auto word : connectors)
        m_words[PhraseHash::token(word, false)] |= Connector;
    for (const auto word : asianSurnames)
        m_words[PhraseHash::token(word, false)] |= AsianSurname;
    for (const auto word : actorVerbs)
        m_words[PhraseHash::token(word, false)] |= ActorVerb;
    loadCountries(countriesPath);
    loadGazetteer(gazetteerPath);
    m_phraseFilter.fill(m_phrases);
    m_foldedPhraseFilter.fill(m_foldedPhrases);
    m_wordFilter.fill(m_words);
    m_loadMilliseconds = timer.elapsed();
    for (const auto &warning : std::as_const(m_warnings))
        qCWarning(lcAnalyze) << "gazetteer:" << warning;
}

namespace {

// A given name as names are compared: case-folded, "ё" read as "е".
QString foldedGivenName(QStringView word)
{
    return word.toString().toCaseFolded().replace(u'ё', u'е');
}

} // namespace

QString Gazetteer::givenNameStem(QStringView word)
{
    // A final vowel, "й" or soft sign is where a Russian given name takes its case endings
    // ("Петро", "Ангела", "Дмитрий"): the stem is the name without it.
    static const QString endings = u"аеиоуыэюяйьaeiouy"_s;
    auto stem = foldedGivenName(word);
    if (stem.size() > 3 && endings.contains(stem.back()))
        stem.chop(1);
    return stem;
}

bool Gazetteer::isGivenNameOf(int entity, QStringView word) const
{
    const auto folded = foldedGivenName(word);
    const auto stems = m_givenNameStems.value(entity);
    return std::any_of(stems.cbegin(), stems.cend(), [&folded](const QString &stem) {
        return folded.startsWith(stem) && folded.size() - stem.size() <= 3;
    });
}

int Gazetteer::addEntity(GazetteerEntity entity)
{
    m_entities.append(std::move(entity));
    return int(m_entities.size() - 1);
}

void Gazetteer::addPhrase(const QString &text, int entity, PhraseKind kind)
{
    const auto tokens = tokenize(text);
    if (tokens.isEmpty())
        return;
    if (kind == PhraseKind::Entity && entity >= 0 && text.contains(QChar(ArabicShadda))) {
        m_namesWithShadda.insert(withoutArabicMarks(text, ArabicMarks::KeepShadda), entity);
        m_namesWithShaddaUnmarked.insert(withoutArabicMarks(text), entity);
    }
    // Short all-capital forms ("US", "WHO", "AU") would match ordinary words in a headline set
    // in capitals, so only longer names take part in case-insensitive matching.
    if (tokens.first().isLower)
        m_lowercaseStarts.setBit(int(tokens.first().hash >> 48));
    const bool isFoldable = text.size() > 4 || (text.size() > 3 && !tokens.first().isAllCaps);
    for (int folded = 0; folded < (isFoldable ? 2 : 1); ++folded) {
        auto &table = folded ? m_foldedPhrases : m_phrases;
        quint64 hash = PhraseHash::Seed;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const auto &token = tokens.at(i);
            hash = PhraseHash::extend(hash, folded ? token.foldedHash : token.hash, i > 0 && token.hasSpaceBefore);
            auto &phrase = table[hash];
            if (i + 1 < tokens.size()) {
                phrase.isPrefix = true;
            } else if (phrase.kind == PhraseKind::None) {
                phrase.kind = kind;
                phrase.entity = entity;
            }
        }
    }
}

void Gazetteer::addWords(const QStringList &words, quint16 wordClass)
{
    for (const auto &word : words) {
        // An Arabic word is also written with its clitics joined (وأحمد, لأحمد) and, for a first
        // hamza, with a bare alif (احمد): news writes both (nameVariants).
        const QStringList forms = firstLetterScript(word) == QChar::Script_Arabic ? nameVariants(word) : QStringList{word};
        for (const auto &form : forms) {
            const auto tokens = tokenize(form);
            // The last word decides: "Air Base" ends in "Base", "Co." in "Co".
            for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
                if (tokens.at(i).isWord) {
                    m_words[tokens.at(i).hash] |= wordClass;
                    break;
                }
            }
        }
    }
}

namespace {

// An acronym that can be said as a word: four to seven capitals with a vowel and no three
// consonants in a row ("NATO", "UNESCO", "ASEAN"; not "UNHCR" or "ICRC", which are spelt out).
bool isWordLikeAcronym(QStringView name)
{
    if (name.size() < 4 || name.size() > 7)
        return false;
    bool hasVowel = false;
    int consonantsInARow = 0;
    for (const QChar c : name) {
        if (c < u'A' || c > u'Z')
            return false;
        const bool isVowel = QStringView(u"AEIOU").contains(c);
        hasVowel = hasVowel || isVowel;
        consonantsInARow = isVowel ? 0 : consonantsInARow + 1;
        if (consonantsInARow == 3)
            return false;
    }
    return hasVowel;
}

QJsonObject readJson(const QString &path, QStringList &warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warnings << u"%1: cannot be read (%2)"_s.arg(path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        warnings << u"%1: not a JSON object: %2"_s.arg(path, error.errorString());
        return {};
    }
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

void Gazetteer::loadCountries(const QString &path)
{
    const auto root = readJson(path, m_warnings);
    const auto countries = root.value(u"3166-1"_s).toArray();
    // iso-codes' translations of the names, where the build embedded them beside the list.
    QList<std::pair<QString, QHash<QString, QString>>> translations; // language, catalogue
    for (const auto language : {u"de", u"fr", u"es", u"ru", u"ar"}) {
        const auto catalogue = path.section(u'.', 0, -2) + u'.' + QString(language) + u".mo"_s;
        if (QFile::exists(catalogue))
            translations.append({QString(language), readGettextCatalogue(catalogue)});
    }
    if (!root.isEmpty() && countries.isEmpty())
        m_warnings << u"%1: no \"3166-1\" list of countries"_s.arg(path);
    for (const auto &value : countries) {
        const auto object = value.toObject();
        const auto code = object.value(u"alpha_2"_s).toString();
        const auto name = object.value(u"name"_s).toString();
        const auto common = object.value(u"common_name"_s).toString();
        if (code.isEmpty() || name.isEmpty())
            continue;
        const int index = addEntity({u"country/"_s + code, common.isEmpty() ? name : common,
                                     EntityType::GeoPolitical, code, false});
        m_countryIndex.insert(code, index);
        // "Korea, Republic of" is a catalogue form nobody writes in running text.
        if (!name.contains(u','))
            addPhrase(name, index, PhraseKind::Entity);
        if (!common.isEmpty())
            addPhrase(common, index, PhraseKind::Entity);
        const auto official = object.value(u"official_name"_s).toString();
        if (!official.isEmpty() && !official.contains(u','))
            addPhrase(official, index, PhraseKind::Entity);
        for (const auto &[language, catalogue] : std::as_const(translations)) {
            for (const auto &english : {name, common, official}) {
                const auto translated = catalogue.value(english);
                // Catalogue forms ("Iran, Islamische Republik") are left out, as in English.
                if (translated.isEmpty() || translated.contains(u',') || translated.contains(u'،'))
                    continue;
                addEntityName(translated, index);
                if (language == u"de"_s && !translated.contains(u' ')) {
                    // "in den Niederlanden": a one-word plural's dative, for country names only
                    for (const auto &declined : germanDeclinedForms(translated))
                        addEntityName(declined, index);
                }
            }
        }
    }
}

void Gazetteer::addEntityName(const QString &name, int entity)
{
    for (const auto &form : nameVariants(name))
        addPhrase(form, entity, PhraseKind::Entity);
    // A Russian place's or organisation's name of adjectives and a noun declines as a whole
    // ("в Южной Корее", "Соединённых Штатов"); a person's given name and surname do not, but a
    // surname alone has forms of its own ("с Зеленским", "Путиным").
    if (m_entities.at(entity).type == EntityType::Person) {
        for (const auto &form : russianSurnameForms(name))
            addPhrase(form, entity, PhraseKind::Entity);
        return;
    }
    for (const auto &declined : russianPhraseCaseForms(name)) {
        for (const auto &form : nameVariants(declined))
            addPhrase(form, entity, PhraseKind::Entity);
    }
    addGermanNameAfterArticle(name, entity);
}

void Gazetteer::addGermanNameAfterArticle(const QString &name, int entity)
{
    // "die Vereinigten Staaten", "im Nahen Osten", "das Auswärtige Amt": in another language's
    // name the forms are words nobody writes. Not a one-word name's plural in -n: "Lippen" is no
    // form of Lippe, "Arten" none of Arte.
    if (!name.contains(u' '))
        return;
    for (const auto &declined : germanDeclinedForms(name))
        addPhrase(declined, entity, PhraseKind::Entity);
}

void Gazetteer::loadGazetteer(const QString &path)
{
    const auto root = readJson(path, m_warnings);
    if (root.isEmpty())
        return;
    m_formatVersion = root.value(u"format_version"_s).toInt();
    if (m_formatVersion != 1)
        m_warnings << u"%1: format_version %2 is not 1; reading it as version 1"_s.arg(path).arg(m_formatVersion);

    // Every entry says where its facts come from: a key of "sources", optionally with a detail
    // after ": ". An entry without one is loaded but reported, so that tests catch it.
    const auto sources = root.value(u"sources"_s).toObject();
    auto checkSource = [&](const char *section, const QString &name, const QJsonObject &object) {
        const auto source = object.value(u"source"_s).toString();
        const auto key = source.section(u": "_s, 0, 0);
        if (key.isEmpty() || !sources.contains(key))
            m_warnings << u"%1: %2 entry %3 names no known source (\"%4\")"_s.arg(path, QString::fromLatin1(section), name, source);
    };

    // Places first, so that countries' capitals link to them.
    QHash<QString, int> placeByName;
    for (const auto &value : root.value(u"places"_s).toArray()) {
        const auto object = value.toObject();
        const auto name = object.value(u"name"_s).toString();
        if (name.isEmpty())
            continue;
        checkSource("places", name, object);
        const auto type = object.value(u"type"_s).toString() == u"LOC"_s ? EntityType::Location : EntityType::GeoPolitical;
        const int index = addEntity({u"place/"_s + slug(name), name, type, object.value(u"country"_s).toString(), false});
        placeByName.insert(name, index);
        addPhrase(name, index, PhraseKind::Entity);
        for (const auto &alias : strings(object.value(u"aliases"_s)))
            addEntityName(alias, index);
    }

    for (const auto &value : root.value(u"countries"_s).toArray()) {
        const auto object = value.toObject();
        const auto code = object.value(u"code"_s).toString();
        checkSource("countries", code, object);
        int index = m_countryIndex.value(code, -1);
        if (index < 0) {
            const auto aliases = strings(object.value(u"aliases"_s));
            if (aliases.isEmpty()) {
                m_warnings << u"%1: country %2 is not in ISO 3166-1 and has no name"_s.arg(path, code);
                continue;
            }
            index = addEntity({u"country/"_s + code, aliases.first(), EntityType::GeoPolitical, code, false});
            m_countryIndex.insert(code, index);
        }
        const auto countryName = m_entities.at(index).name;
        for (const auto &alias : strings(object.value(u"aliases"_s)))
            addEntityName(alias, index);
        const auto demonyms = strings(object.value(u"demonyms"_s));
        if (!demonyms.isEmpty()) {
            const int nationality = addEntity({u"country/"_s + code, countryName, EntityType::Nationality, code, false});
            for (const auto &demonym : demonyms) {
                // The first entity a phrase names keeps it: a demonym spelt as another name
                // already known (the German "Italien" is Italy) would never name the nationality.
                const auto known = m_phrases.value(phraseHash(demonym));
                const bool isOtherName = known.kind != PhraseKind::None
                                         && (known.entity < 0 || m_entities.at(known.entity).type != EntityType::Nationality
                                             || m_entities.at(known.entity).country != code);
                if (isOtherName)
                    m_warnings << u"%1: demonym %2 of %3 is already another name (%4)"_s.arg(
                        path, demonym, code, known.entity >= 0 ? m_entities.at(known.entity).id : u"a title"_s);
                addPhrase(demonym, nationality, PhraseKind::Entity);
            }
        }
        const auto adjectives = object.value(u"adjectives"_s).toObject();
        for (const auto &adjective : strings(adjectives.value(u"es"_s)))
            for (const auto &form : spanishAdjectiveForms(adjective))
                m_adjectiveCountries.insert(PhraseHash::token(form, false), code);
        for (const auto &adjective : strings(adjectives.value(u"fr"_s)))
            for (const auto &form : frenchAdjectiveForms(adjective))
                m_adjectiveCountries.insert(PhraseHash::token(form, false), code);
        const auto capital = object.value(u"capital"_s).toString();
        if (!capital.isEmpty()) {
            int place = placeByName.value(capital, -1);
            if (place < 0) {
                place = addEntity({u"place/"_s + slug(capital), capital, EntityType::GeoPolitical, code, true});
                addPhrase(capital, place, PhraseKind::Entity);
            }
            m_entities[place].isCapital = true;
            m_entities[place].country = code;
        }
    }

    for (const auto &value : root.value(u"people"_s).toArray()) {
        const auto object = value.toObject();
        const auto name = object.value(u"name"_s).toString();
        if (name.isEmpty())
            continue;
        checkSource("people", name, object);
        QString country;
        const auto offices = object.value(u"offices"_s).toArray();
        if (!offices.isEmpty())
            country = offices.first().toObject().value(u"of"_s).toString();
        const int index = addEntity({u"person/"_s + slug(name), name, EntityType::Person,
                                     country.contains(u'/') ? QString() : country, false});
        QList<Office> terms;
        for (const auto &officeValue : offices) {
            const auto office = officeValue.toObject();
            const auto title = office.value(u"title"_s).toString();
            const auto of = office.value(u"of"_s).toString();
            const auto from = QDate::fromString(office.value(u"from"_s).toString(), Qt::ISODate);
            const auto toText = office.value(u"to"_s).toString();
            const auto to = QDate::fromString(toText, Qt::ISODate);
            if (title.isEmpty() || (!toText.isEmpty() && !to.isValid())) {
                m_warnings << u"%1: an office of %2 has no title or a malformed date"_s.arg(path, name);
                continue;
            }
            terms.append({title, title, of, from, to}); // "of" is written out once organisations are loaded
        }
        if (!terms.isEmpty())
            m_offices.insert(m_entities.at(index).id, terms);
        QStringList names = strings(object.value(u"aliases"_s));
        names.prepend(name);
        QStringList givenNameStems;
        for (const auto &written : std::as_const(names)) {
            addEntityName(written, index);
            const auto words = QStringView(written).split(u' ', Qt::SkipEmptyParts);
            if (words.size() > 1 && !givenNameStems.contains(givenNameStem(words.first())))
                givenNameStems.append(givenNameStem(words.first()));
        }
        m_givenNameStems.insert(index, givenNameStems);
    }

    for (const auto &value : root.value(u"organisations"_s).toArray()) {
        const auto object = value.toObject();
        const auto name = object.value(u"name"_s).toString();
        if (name.isEmpty())
            continue;
        checkSource("organisations", name, object);
        auto id = object.value(u"id"_s).toString();
        if (id.isEmpty())
            id = slug(name);
        const auto country = object.value(u"country"_s).toString();
        const int index = addEntity({u"org/"_s + id, name, EntityType::Organisation, country, false});
        m_idIndex.insert(u"org/"_s + id, index);
        // "Prime Minister's Office": the office of a country's holder of a title.
        if (const auto holder = object.value(u"holder"_s).toString(); !holder.isEmpty()) {
            if (country.isEmpty())
                m_warnings << u"%1: organisation %2 serves a holder but names no country"_s.arg(path, name);
            m_holderOffices.insert(country + u'|' + holder.toCaseFolded(), index);
            m_entities[index].holder = holder;
            m_holderTitles.insert(holder.toCaseFolded());
        }
        // "Amazon" the company is also the Amazon the region: the recognizer picks by context.
        if (const auto place = object.value(u"place"_s).toString(); !place.isEmpty()) {
            m_entities[index].place = placeByName.value(place, -1);
            if (m_entities.at(index).place < 0)
                m_warnings << u"%1: organisation %2 names an unknown place %3"_s.arg(path, name, place);
        }
        // Arabic names take their joined clitics and Russian ones their cases, as places do
        // ("للأمم المتحدة", "Евросоюза"). Names in Latin script are kept as written, but for a
        // German name's adjectives after an article ("das Auswärtige Amt", "beim Internationalen
        // Komitee"): a German genitive -s would make English plurals of companies' names
        // ("Apples", "Shells").
        // An international body's acronym that is said as a word is also written as one, with a
        // capital only: "l'Otan", "la Unesco", "Opec", "die Asean". Not a news agency's, a party's
        // or a company's: "Sana", "Wafa" and "Kuna" are names of people too.
        const auto kind = object.value(u"kind"_s).toString();
        m_entities[index].isCompany = kind == u"company"_s || kind == u"media"_s;
        const bool isAcronymWrittenAsWord =
            kind == u"international"_s || kind == u"armed-group"_s || kind == u"military"_s;
        const auto addLatinName = [&](const QString &latin) {
            addPhrase(latin, index, PhraseKind::Entity);
            addGermanNameAfterArticle(latin, index);
            if (isAcronymWrittenAsWord && isWordLikeAcronym(latin))
                addPhrase(latin.left(1) + latin.mid(1).toLower(), index, PhraseKind::Entity);
        };
        addLatinName(name);
        for (const auto &alias : strings(object.value(u"aliases"_s))) {
            if (firstLetterScript(alias) == QChar::Script_Latin)
                addLatinName(alias);
            else
                addEntityName(alias, index);
        }
    }

    // Offices name their country or organisation by code or id in the file; write them out now
    // that every organisation is known.
    for (auto &terms : m_offices) {
        for (auto &office : terms) {
            if (!office.of.isEmpty())
                office.title += u" of "_s + officeHolderOf(office.of);
        }
    }

    const auto rules = root.value(u"rules"_s).toObject();
    for (const auto &title : strings(rules.value(u"titles"_s)))
        addPhrase(title, -1, PhraseKind::Title);
    for (const auto &honorific : strings(rules.value(u"honorifics"_s)))
        addPhrase(honorific, -1, PhraseKind::Honorific);
    addWords(strings(rules.value(u"org_suffixes"_s)), OrgSuffix);
    addWords(strings(rules.value(u"org_heads"_s)), OrgHead);
    addWords(strings(rules.value(u"loc_suffixes"_s)), LocSuffix);
    addWords(strings(rules.value(u"fac_suffixes"_s)), FacSuffix);
    addWords(strings(rules.value(u"first_names"_s)), FirstName);
    addWords(strings(rules.value(u"arabic_first_names"_s)), FirstName);
    // Arabic nationality adjectives, given in the masculine singular without the article: news
    // writes them with the article after the noun they qualify ("الرئيس الفرنسي"), in the
    // feminine ("الحكومة الفرنسية") and, for people, in the plural ("الفرنسيون", "الفرنسيين").
    // They are a word class, not names: the tagger learns what follows them (a foreign name
    // after "الروسي") and what they end ("البنك المركزي الأردني").
    const auto arabicDemonyms = rules.value(u"arabic_demonyms"_s).toObject();
    for (auto it = arabicDemonyms.begin(); it != arabicDemonyms.end(); ++it) {
        if (!m_countryIndex.contains(it.key()))
            m_warnings << u"%1: Arabic demonyms of an unknown country %2"_s.arg(path, it.key());
        QStringList forms;
        for (const auto &adjective : strings(it.value())) {
            for (const auto &ending : {u""_s, u"ة"_s, u"ون"_s, u"ين"_s})
                forms << adjective + ending << u"ال"_s + adjective + ending;
        }
        addWords(forms, Demonym);
    }
    for (const auto &surname : strings(rules.value(u"german_surnames"_s)))
        m_germanSurnames.insert(PhraseHash::token(surname, false));
    for (const auto &month : strings(rules.value(u"month_words"_s)))
        m_monthWords.insert(PhraseHash::token(month, false));
    for (const auto &[key, indices] : {std::pair{u"market_indices"_s, &m_marketIndices},
                                       std::pair{u"market_index_names_beside_index_words"_s, &m_marketIndexNamesBesideIndexWords}}) {
        for (const auto &index : strings(rules.value(key))) {
            indices->insert(phraseHash(index));
            if (const auto tokens = tokenize(index); !tokens.isEmpty())
                m_marketIndexStarts.setBit(int(tokens.first().hash >> 48));
        }
    }
    for (const auto &word : strings(rules.value(u"market_index_words"_s)))
        m_marketIndexWords.insert(PhraseHash::token(word, true));
    for (const auto &verb : strings(rules.value(u"market_index_verbs"_s)))
        m_marketIndexVerbs.insert(PhraseHash::token(verb, true));
    addWords(strings(rules.value(u"not_names"_s)), NotName);
    addWords(strings(rules.value(u"agent_nouns"_s)), AgentNoun);
    addWords(strings(rules.value(u"loc_heads"_s)), LocHead);
    addWords(strings(rules.value(u"place_qualifiers"_s)), PlaceQualifier);
    addWords(strings(rules.value(u"object_verbs"_s)), ObjectVerb);
    addWords(strings(rules.value(u"place_given_names"_s)), PlaceGivenName);
    loadCities(QFileInfo(path).path() + u"/cldr-cities.tsv"_s, placeByName);
}

quint64 Gazetteer::phraseHash(QStringView name)
{
    const auto tokens = tokenize(name);
    quint64 hash = PhraseHash::Seed;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        hash = PhraseHash::extend(hash, tokens.at(i).hash, i > 0 && tokens.at(i).hasSpaceBefore);
    return hash;
}

void Gazetteer::loadCities(const QString &path, QHash<QString, int> &placeByName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return; // a build without unicode-cldr-core: the curated places only
    // Rows "zone<TAB>language<TAB>name", English first where the CLDR writes an English name that
    // the zone's own id does not give ("Asia/Saigon": Ho Chi Minh City).
    QHash<QString, QString> englishNames;
    QList<std::pair<QString, QString>> translations; // zone, name
    while (!file.atEnd()) {
        const auto fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (fields.size() != 3 || fields.at(2).isEmpty())
            continue;
        const auto &zone = fields.at(0);
        // Antarctic stations ("Vostok" is "east" in Russian) and the zones of no city are no
        // places of the news.
        if (zone.startsWith(u"Etc/"_s) || zone.startsWith(u"Antarctica/"_s))
            continue;
        if (fields.at(1) == u"en"_s)
            englishNames.insert(zone, fields.at(2));
        else
            translations.append({zone, fields.at(2)});
    }
    for (const auto &[zone, name] : std::as_const(translations)) {
        const auto english = englishNames.value(zone, zone.section(u'/', -1).replace(u'_', u' '));
        // A name written as in English adds nothing ("Darwin", "Regina" are people as often),
        // one the gazetteer knows keeps its entity ("Koweït" is the country), and a word the
        // gazetteer says names nothing stays so (Christmas Island's town is "Navidad" in Spanish).
        // (The tables are asked directly: their filters are filled once everything is loaded.)
        if (name.compare(english, Qt::CaseInsensitive) == 0 || name.size() < 3
            || m_phrases.value(phraseHash(name)).kind != PhraseKind::None
            || (m_words.value(PhraseHash::token(name, false)) & NotName))
            continue;
        int index = placeByName.value(english, -1);
        if (index < 0) {
            // An English name the gazetteer has as another spelling of a place ("Reykjavik" of
            // Reykjavík, "Kiev" of Kyiv) is that place.
            const auto known = m_phrases.value(phraseHash(english));
            if (known.kind == PhraseKind::Entity && m_entities.at(known.entity).id.startsWith(u"place/"_s))
                index = known.entity;
        }
        if (index < 0) {
            index = addEntity({u"place/"_s + slug(english), english, EntityType::GeoPolitical, QString(), false});
            placeByName.insert(english, index);
        }
        addEntityName(name, index);
    }
}

QString Gazetteer::officeHolderOf(const QString &of) const
{
    int index = m_countryIndex.value(of, -1);
    if (index < 0)
        index = m_idIndex.value(of.startsWith(u"org/"_s) ? of : u"org/"_s + of, -1);
    if (index < 0)
        return of;
    QString name = m_entities.at(index).name;
    // "Korea, Republic of" reads "Republic of Korea" in a sentence.
    if (const qsizetype comma = name.indexOf(u", "_s); comma > 0)
        name = name.mid(comma + 2) + u' ' + name.left(comma);
    // "President of the United States", "Secretary-General of the United Nations", but "of Canada"
    // and "of NATO": names of unions, plurals and organisations take the article.
    const bool isAcronym = name.size() <= 6 && name == name.toUpper();
    const bool takesArticle = m_entities.at(index).type == EntityType::Organisation
                                  ? !isAcronym
                                  : (name.startsWith(u"United "_s) || name.startsWith(u"Republic "_s)
                                     || name.contains(u"Kingdom"_s) || name.endsWith(u's') || name.contains(u" of "_s));
    if (takesArticle && !name.startsWith(u"the "_s))
        name.prepend(u"the "_s);
    return name;
}

QStringList Gazetteer::countriesOfTitle(const QString &entityId, const QString &title) const
{
    QStringList countries;
    const auto it = m_offices.constFind(entityId);
    if (it == m_offices.constEnd())
        return countries;
    for (const auto &office : *it) {
        if (office.role.compare(title, Qt::CaseInsensitive) == 0 && m_countryIndex.contains(office.of)
            && !countries.contains(office.of))
            countries << office.of;
    }
    return countries;
}

std::optional<QString> Gazetteer::officeOn(const QString &entityId, const QDate &date) const
{
    const auto it = m_offices.constFind(entityId);
    if (it == m_offices.constEnd() || !date.isValid())
        return std::nullopt;
    for (const auto &office : *it) {
        if ((!office.from.isValid() || office.from <= date) && (!office.to.isValid() || date < office.to))
            return office.title;
    }
    return std::nullopt;
}

} // namespace Attache
