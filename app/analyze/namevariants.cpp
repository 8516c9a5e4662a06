#include "analyze/namevariants.h"

#include "core/textcase.h"

#include <QFile>
#include <QtEndian>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

enum class RussianGender { Feminine, Masculine, Neuter, Plural };
// The genitive, dative, accusative, instrumental and prepositional, in that order.
using RussianCases = std::array<QString, 5>;

// A one-word Russian noun's cases and its gender, by the declension its ending shows. Nouns ending
// in -о, -е, -и, -у, -ю (Того, Чили, Перу) and foreign ones in -а after a vowel are indeclinable or
// rare as names: none.
std::optional<std::pair<RussianGender, RussianCases>> russianNounCases(const QString &noun)
{
    if (noun.size() < 2)
        return std::nullopt;
    const QString lower = noun.toLower();
    const QChar last = lower.back();
    const QChar beforeLast = lower.at(lower.size() - 2);
    static const QString vowels = u"аеёиоуыэюя"_s;
    static const QString velarsAndSibilants = u"гкхжшщч"_s;
    const QString stem = noun.chopped(1);
    using enum RussianGender;
    if (lower.endsWith(u"ия"_s)) // Россия, Франция, Германия
        return std::pair{Feminine, RussianCases{stem + u'и', stem + u'и', stem + u'ю', stem + u"ей"_s, stem + u'и'}};
    if (last == u'а' && !vowels.contains(beforeLast)) { // Москва, Прага, Англия (above), Африка
        const QChar genitive = velarsAndSibilants.contains(beforeLast) ? u'и' : u'ы';
        const QString instrumental = QStringView(u"жшщчц").contains(beforeLast) ? u"ей"_s : u"ой"_s;
        return std::pair{Feminine, RussianCases{stem + genitive, stem + u'е', stem + u'у', stem + instrumental, stem + u'е'}};
    }
    if (last == u'я' && (!vowels.contains(beforeLast) || beforeLast == u'е')) // Кения is above, Корея here
        return std::pair{Feminine, RussianCases{stem + u'и', stem + u'е', stem + u'ю', stem + u"ей"_s, stem + u'е'}};
    if ((last == u'й' && vowels.contains(beforeLast)) || last == u'ь') // Китай, Парагвай; Израиль, Непаль
        return std::pair{Masculine, RussianCases{stem + u'я', stem + u'ю', noun, stem + u"ем"_s, stem + u'е'}};
    if (!vowels.contains(last) && last.isLetter()) { // Берлин, Ирак, Иран, Египет
        const QString instrumental = QStringView(u"жшщчц").contains(last) ? u"ем"_s : u"ом"_s;
        return std::pair{Masculine, RussianCases{noun + u'а', noun + u'у', noun, noun + instrumental, noun + u'е'}};
    }
    return std::nullopt;
}

// The cases that differ from the name, each once, in case order.
QStringList otherForms(const RussianCases &cases, const QString &name)
{
    QStringList forms;
    for (const auto &form : cases) {
        if (form != name && !forms.contains(form))
            forms << form;
    }
    return forms;
}

// The case forms of a one-word Russian name.
QStringList russianCaseForms(const QString &name)
{
    // Acronyms (США, ФРГ) do not decline.
    if (name.size() < 3 || name.contains(u' ') || name.contains(u'-') || name == name.toUpper())
        return {};
    const auto noun = russianNounCases(name);
    return noun ? otherForms(noun->second, name) : QStringList{};
}

// German writes a place's genitive with -s joined to the name (Deutschlands, Berlins, Europas),
// except after a hissing sound, where it is left as it is ("die Museen von Paris").
// Acronyms and names of several words are kept as written: "der Vereinigten Staaten" declines
// its adjective, and that is a rule for each word.
std::optional<QString> germanGenitive(const QString &name)
{
    if (name.size() < 3 || name.contains(u' ') || name == name.toUpper() || !name.front().isUpper())
        return std::nullopt;
    const QChar last = name.back().toLower();
    if (!last.isLetter() || last == u's' || last == u'x' || last == u'z' || last == u'ß')
        return std::nullopt;
    return name + u's';
}

// The name with a hamza'd or madda'd alif (أ إ آ) opening a word, or following the article ال
// that opens it, written as a bare alif (ا).
QString withBareFirstAlif(const QString &name)
{
    QString bare = name;
    for (qsizetype i = 0; i < bare.size(); ++i) {
        const bool opensWord = i == 0 || bare.at(i - 1).isSpace();
        const bool followsArticle = i >= 2 && bare.at(i - 2) == u'ا' && bare.at(i - 1) == u'ل'
            && (i == 2 || bare.at(i - 3).isSpace());
        if ((opensWord || followsArticle) && QStringView(u"أإآ").contains(bare.at(i)))
            bare[i] = u'ا';
    }
    return bare;
}

} // namespace

// The genitive, dative, accusative, instrumental and prepositional of a Russian name of
// adjectives and a noun ("Южная Корея", "Соединённые Штаты", "Объединённые Арабские Эмираты",
// "Соединённое Королевство"): the adjectives and the noun decline together, the noun in the
// gender and number its adjectives show. Empty when a word before the noun is no adjective by its
// ending ("Босния и Герцеговина", "Папуа — Новая Гвинея") or the noun's declension is not plain.
QStringList russianPhraseCaseForms(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    // A hyphen joins two adjectives into one ("Южно-Китайское море"); in the noun it makes a name
    // that does not decline ("Гвинея-Бисау").
    if (words.size() < 2 || words.size() > 4 || words.last().contains(u'-') || name.contains(u'—')
        || firstLetterScript(name) != QChar::Script_Cyrillic)
        return {};
    using enum RussianGender;
    // An adjective's cases, and the gender and number its ending shows.
    const auto adjective = [](const QString &word, RussianGender &gender) -> std::optional<RussianCases> {
        const QString lower = word.toLower();
        const auto stem = [&](qsizetype n) { return word.chopped(n); };
        // After к, г, х and the hushing consonants Russian writes и where other stems take ы
        // ("Японское" → "Японским", "Морской" → "Морским", "Чёрное" → "Чёрным").
        const bool isAfterVelar = lower.size() > 2 && QStringView(u"кгхжшщч").contains(lower.at(lower.size() - 3));
        const QString y = isAfterVelar ? u"и"_s : u"ы"_s;
        const bool isHard = !lower.endsWith(u"ий"_s) || isAfterVelar;
        if (lower.endsWith(u"ая"_s)) {
            gender = Feminine;
            return RussianCases{stem(2) + u"ой"_s, stem(2) + u"ой"_s, stem(2) + u"ую"_s, stem(2) + u"ой"_s, stem(2) + u"ой"_s};
        }
        if (lower.endsWith(u"яя"_s)) {
            gender = Feminine;
            return RussianCases{stem(2) + u"ей"_s, stem(2) + u"ей"_s, stem(2) + u"юю"_s, stem(2) + u"ей"_s, stem(2) + u"ей"_s};
        }
        if (lower.endsWith(u"ый"_s) || lower.endsWith(u"ой"_s) || (lower.endsWith(u"ий"_s) && isHard)) {
            gender = Masculine;
            return RussianCases{stem(2) + u"ого"_s, stem(2) + u"ому"_s, word, stem(2) + y + u'м', stem(2) + u"ом"_s};
        }
        if (lower.endsWith(u"ий"_s)) {
            gender = Masculine;
            return RussianCases{stem(2) + u"его"_s, stem(2) + u"ему"_s, word, stem(2) + u"им"_s, stem(2) + u"ем"_s};
        }
        if (lower.endsWith(u"ово"_s) || lower.endsWith(u"ево"_s)) { // a possessive: "Баренцево море"
            gender = Neuter;
            return RussianCases{stem(1) + u'а', stem(1) + u'у', word, stem(1) + u"ым"_s, stem(1) + u"ом"_s};
        }
        if (lower.endsWith(u"ое"_s)) {
            gender = Neuter;
            return RussianCases{stem(2) + u"ого"_s, stem(2) + u"ому"_s, word, stem(2) + y + u'м', stem(2) + u"ом"_s};
        }
        if (lower.endsWith(u"ые"_s) || lower.endsWith(u"ие"_s)) {
            gender = Plural;
            const QString plural = lower.endsWith(u"ые"_s) ? u"ы"_s : u"и"_s;
            return RussianCases{stem(2) + plural + u'х', stem(2) + plural + u'м', word, stem(2) + plural + u"ми"_s,
                                stem(2) + plural + u'х'};
        }
        if (lower.endsWith(u"овы"_s) || lower.endsWith(u"евы"_s)) { // "Маршалловы Острова"
            gender = Plural;
            return RussianCases{word + u'х', word + u'м', word, word + u"ми"_s, word + u'х'};
        }
        return std::nullopt;
    };
    std::array<QStringList, std::tuple_size_v<RussianCases>> phrases;
    std::optional<RussianGender> agreed;
    for (qsizetype k = 0; k + 1 < words.size(); ++k) {
        RussianGender gender = Feminine;
        const auto cases = adjective(words.at(k), gender);
        if (!cases || (agreed && *agreed != gender))
            return {};
        agreed = gender;
        for (size_t c = 0; c < phrases.size(); ++c)
            phrases[c] << (*cases)[c];
    }
    // The noun, in the adjectives' gender and number: a feminine or masculine one as it declines
    // alone; a neuter one and a plural, which names of one word hardly are, here.
    const QString &noun = words.last();
    const QChar last = noun.back().toLower();
    const QString stem = noun.chopped(1);
    RussianCases nounCases;
    if (*agreed == Neuter && last == u'о')
        nounCases = {stem + u'а', stem + u'у', noun, stem + u"ом"_s, stem + u'е'};
    else if (*agreed == Neuter && last == u'е') // "море"
        nounCases = {stem + u'я', stem + u'ю', noun, stem + u"ем"_s, stem + u'е'};
    else if (*agreed == Plural && (last == u'ы' || last == u'а'))
        nounCases = {stem + u"ов"_s, stem + u"ам"_s, noun, stem + u"ами"_s, stem + u"ах"_s};
    else if (const auto alone = russianNounCases(noun); alone && alone->first == *agreed)
        nounCases = alone->second;
    else
        return {};
    RussianCases declined;
    for (size_t c = 0; c < declined.size(); ++c)
        declined[c] = (phrases[c] + QStringList{nounCases[c]}).join(u' ');
    return otherForms(declined, name);
}

namespace {

// A noun German makes feminine by its ending ("Republik", "Föderation"), whose genitive has no -s.
bool isGermanFeminineNoun(QStringView noun)
{
    for (const QStringView ending : {u"ik", u"ion", u"ei", u"ung", u"heit", u"keit", u"schaft", u"ät"}) {
        if (noun.endsWith(ending))
            return true;
    }
    return false;
}

} // namespace

QStringList germanDeclinedForms(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || name == name.toUpper() || firstLetterScript(name) != QChar::Script_Latin)
        return {};
    // The adjectives before the noun, capitalised in a name ("Vereinigte", "Arabische",
    // "Heiliger", "Auswärtiges"), take -en after the article in the other cases; in the
    // nominative after it, a masculine's -er and a neuter's -es become -e ("der Deutsche
    // Bundestag", "das Auswärtige Amt"). Small words ("von", "und") are no adjectives.
    // A masculine's or neuter's adjectives (-er, -es) take -em in the dative without an article:
    // "laut Statistischem Bundesamt".
    bool hasAdjective = false;
    bool isMasculineOrNeuter = false;
    QStringList nominative = words;
    QStringList strongDative = words;
    for (qsizetype k = 0; k + 1 < words.size(); ++k) {
        QString &word = words[k];
        if (word.size() < 5 || !word.front().isUpper() || word.contains(u'-'))
            continue;
        for (const QStringView ending : {u"es", u"er", u"e"}) {
            if (word.endsWith(ending)) {
                isMasculineOrNeuter = isMasculineOrNeuter || ending.size() == 2;
                nominative[k] = word.chopped(ending.size()) + u'e';
                strongDative[k] = word.chopped(ending.size()) + u"em"_s;
                word = word.chopped(ending.size()) + u"en"_s;
                hasAdjective = true;
                break;
            }
        }
    }
    QStringList forms;
    const QString noun = words.last();
    if (hasAdjective)
        forms << words.join(u' ');
    if (const auto weak = nominative.join(u' '); weak != name)
        forms << weak;
    if (noun.endsWith(u'e')) {
        words.last() = noun + u'n';
        forms << words.join(u' ');
    } else if (hasAdjective && !QStringView(u"nsxzß").contains(noun.back()) && !isGermanFeminineNoun(noun)) {
        words.last() = noun + u's';
        forms << words.join(u' ');
        // After a consonant closing a stressed syllable the genitive is written with -es as
        // often: "des Deutschen Bundestages", "des Auswärtigen Amtes".
        const bool isUnstressedEnding = noun.endsWith(u"el") || noun.endsWith(u"er") || noun.endsWith(u"em");
        if (!QStringView(u"aeiouäöüy").contains(noun.back()) && !isUnstressedEnding) {
            words.last() = noun + u"es"_s;
            forms << words.join(u' ');
        }
    }
    if (isMasculineOrNeuter)
        forms << strongDative.join(u' ');
    return forms;
}

QChar::Script firstLetterScript(QStringView text)
{
    for (const QChar c : text)
        if (c.isLetter())
            return c.script();
    return QChar::Script_Unknown;
}

QStringList russianSurnameForms(const QString &surname)
{
    if (surname.size() < 4 || surname.contains(u' ') || surname.contains(u'-') || !surname.front().isUpper()
        || firstLetterScript(surname) != QChar::Script_Cyrillic)
        return {};
    if (surname.endsWith(u"ский"_s) || surname.endsWith(u"цкий"_s)) {
        const QString stem = surname.chopped(2);
        return {stem + u"ого"_s, stem + u"ому"_s, stem + u"им"_s, stem + u"ом"_s};
    }
    if (surname.endsWith(u"ов"_s) || surname.endsWith(u"ев"_s) || surname.endsWith(u"ёв"_s) || surname.endsWith(u"ин"_s)
        || surname.endsWith(u"ын"_s))
        return {surname + u"ым"_s};
    return {};
}

QStringList nameVariants(const QString &name)
{
    const auto script = firstLetterScript(name);
    if (script == QChar::Script_Arabic) {
        const auto withProclitics = [](const QString &written) {
            // ل before the article drops its alif: للعراق
            return QStringList{written, u"و"_s + written, u"ب"_s + written,
                               written.startsWith(u"ال"_s) ? QString(u"ل"_s + written.mid(1)) : QString(u"ل"_s + written)};
        };
        // Harakat are rarely written in news: the forms without them first. A name written with
        // its marks keeps them in forms of its own too, since a shadda can tell it from another
        // name (Gazetteer::entityWrittenWithShadda).
        const auto plain = withoutArabicMarks(name);
        QStringList forms = withProclitics(plain);
        // Much of the Arabic press leaves out the hamza of a word's first alif, after the article
        // too: إسرائيل and اسرائيل, الأمم المتحدة and الامم المتحدة are the same names.
        const auto bare = withBareFirstAlif(plain);
        if (bare != plain)
            forms << withProclitics(bare);
        if (plain != name)
            forms << withProclitics(name);
        return forms;
    }
    QStringList forms{name};
    if (script == QChar::Script_Latin) {
        if (const auto genitive = germanGenitive(name))
            forms << *genitive;
    } else if (script == QChar::Script_Cyrillic) {
        forms << russianCaseForms(name);
        if (name.contains(u'ё')) {
            for (const auto &form : QStringList(forms))
                forms << QString(form).replace(u'ё', u'е');
        }
    }
    forms.removeDuplicates();
    return forms;
}

QHash<QString, QString> readGettextCatalogue(const QString &path, QString *error)
{
    QHash<QString, QString> translations;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return translations;
    }
    const QByteArray data = file.readAll();
    if (data.size() < 28) {
        if (error)
            *error = u"%1: too short for a gettext catalogue"_s.arg(path);
        return translations;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool isLittleEndian = magic == 0x950412deU;
    if (!isLittleEndian && qFromBigEndian<quint32>(bytes) != 0x950412deU) {
        if (error)
            *error = u"%1: not a gettext catalogue"_s.arg(path);
        return translations;
    }
    auto word = [&](qsizetype at) -> qint64 {
        if (at < 0 || at + 4 > data.size())
            return -1;
        return isLittleEndian ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    const qint64 count = word(8);
    const qint64 originals = word(12);
    const qint64 translated = word(16);
    // A table entry is a length and an offset; a string that would run past the end is skipped.
    auto string = [&](qint64 table, qint64 index) -> std::optional<QString> {
        const qint64 length = word(table + 8 * index);
        const qint64 offset = word(table + 8 * index + 4);
        if (length < 0 || offset < 0 || offset + length > data.size())
            return std::nullopt;
        return QString::fromUtf8(data.constData() + offset, length);
    };
    for (qint64 i = 0; i < count && i < 100000; ++i) {
        const auto original = string(originals, i);
        const auto translation = string(translated, i);
        if (!original || !translation || original->isEmpty() || translation->isEmpty())
            continue;
        translations.insert(*original, *translation);
    }
    return translations;
}

} // namespace Attache
