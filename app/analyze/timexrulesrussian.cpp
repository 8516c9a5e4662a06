// TIMEX3 words for Russian news, over the shared rule set (timexvocabulary.h). Russian declines
// month and weekday names, so each is listed in the cases news writes it in: the nominative
// ("март"), the genitive after a day number ("14 марта"), the prepositional after "в" ("в марте").
// Prepositions ("в", "на", "во") stay outside the expression, as TimeML has "in" and "on".

#include "analyze/timexvocabulary.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Attache::TimexRules {

Vocabulary russianVocabulary()
{
    Vocabulary w;
    w.months = {u"январь|января|январе"_s,     u"февраль|февраля|феврале"_s, u"март|марта|марте"_s,
                u"апрель|апреля|апреле"_s,     u"май|мая|мае"_s,             u"июнь|июня|июне"_s,
                u"июль|июля|июле"_s,           u"август|августа|августе"_s,  u"сентябрь|сентября|сентябре"_s,
                u"октябрь|октября|октябре"_s, u"ноябрь|ноября|ноябре"_s,    u"декабрь|декабря|декабре"_s};
    // Wednesday and Friday only in the accusative of "в среду", "в пятницу": "среда" is also
    // "environment" ("окружающей среды").
    w.weekdays = {u"понедельник"_s, u"вторник"_s, u"среду"_s,      u"четверг"_s,
                  u"пятницу"_s,     u"субботу"_s, u"воскресенье"_s};
    w.thisBefore = uR"((?:этот|эту|это))"_s;
    // "в последние дни", "в ближайшие недели", "за последние годы", "последних месяцев"
    w.unsaidNumberOfUnit = uR"((?:последние|ближайшие|прошедшие|минувшие|последних|ближайших|прошедших|минувших)\s+(дни|дней|недели|недель|месяцы|месяцев|годы|лет))"_s;
    // "на следующий день", "три дня спустя"; the preposition stays out
    w.dayAfterNarrated = uR"((?<=\bна\s)следующий\s+день)"_s;
    // "накануне" as an adverb: before a part of the day, a stop, a preposition or a pronoun
    // ("Накануне вечером", "накануне он заявил"). Before a noun it is the eve of an event
    // ("накануне выборов"), counted from the event, not from a day; before its date in apposition
    // ("накануне, 4 ноября") the date says the day.
    w.dayBeforeNarrated = uR"((?<=\bв\s)предыдущий\s+день|накануне(?:\s+(утром|днём|днем|вечером|ночью)|(?=\s*[.;:!?)»]|\s*[,—–](?!\s*\d)|\s+(?:в|во|на|он|она|оно|они|мы|я|же|также|тоже|уже)\b)))"_s;
    // "в тот же день", "в этот же день", "в тот день"; the preposition stays out
    w.sameDayNarrated = uR"((?<=\bв\s)(?:тот\s+же|этот\s+же|тот)\s+день)"_s;
    // "в ночь на воскресенье": the night that ends on Sunday; the preposition stays out
    w.nightBeforeWeekday = uR"((?<=\bв\s)ночь\s+на\s+)"_s;
    // "в том же году", "в тот же год": the year the text named last ("в следующем году" and "на
    // следующий год" are the article's next year, and stay so)
    w.sameYearNarrated = uR"((?<=\bв\s)(?:том\s+же|этом\s+же)\s+году|(?<=\bв\s)тот\s+же\s+год)"_s;
    // "3-го числа", "на 15-е число", "к 20-му числу": a day of the month without its month (the
    // pointer's capture is empty: Russian names the month when it is not the nearest); "в 20-х
    // числах" (around the 20th) is no day
    w.dayOfMonthAlone = uR"(()([0-3]?\d)(?:-?(?:го|е|ое|му))?\s+(?:числа|число|числу)(?!\w))"_s;
    w.daysAfterCount = uR"((?:спустя|позже))"_s;
    w.dayWords = uR"(день|дня|дней|сутки|суток)"_s;
    w.numbers = {{u"один"_s, 1},    {u"одна"_s, 1},   {u"одну"_s, 1},   {u"два"_s, 2},     {u"две"_s, 2},
                 {u"двух"_s, 2},    {u"три"_s, 3},    {u"трёх"_s, 3},   {u"трех"_s, 3},    {u"четыре"_s, 4},
                 {u"пять"_s, 5},    {u"шесть"_s, 6},  {u"семь"_s, 7},   {u"восемь"_s, 8},  {u"девять"_s, 9},
                 {u"десять"_s, 10}, {u"двадцать"_s, 20}, {u"тридцать"_s, 30}, {u"сто"_s, 100},
                 // the collective numerals that count "сутки": "двое суток"
                 {u"двое"_s, 2},    {u"трое"_s, 3},   {u"четверо"_s, 4}, {u"пятеро"_s, 5},
                 {u"несколько"_s, -1}, {u"нескольких"_s, -1}};
    w.unitPattern =
        uR"((год|года|году|лет|годы|годов|месяц|месяца|месяцев|неделя|недели|недель|неделю|день|дня|дней|сутки|суток|час|часа|часов|минута|минуты|минут|минуту|десятилетие|десятилетия|десятилетий|век|века|веков))"_s;
    w.unitCode = [](const QString &unit) {
        if (unit.startsWith(u"десятилет"_s)) return u"DE"_s;
        if (unit.startsWith(u"год"_s) || unit == u"лет"_s) return u"Y"_s;
        if (unit.startsWith(u"месяц"_s)) return u"M"_s;
        if (unit.startsWith(u"недел"_s)) return u"W"_s;
        if (unit.startsWith(u"д"_s) || unit.startsWith(u"сут"_s)) return u"D"_s;
        if (unit.startsWith(u"час"_s)) return u"H"_s;
        if (unit.startsWith(u"минут"_s)) return u"MIN"_s;
        return u"CE"_s;
    };
    // An age: "в возрасте 56 лет", "в возрасте до 18 лет"
    w.ageBefore = uR"(в\s+возрасте(?:\s+(?:до|от|старше|около))?)"_s;
    w.dayBeforeMonth = uR"(\s+)"_s;
    w.monthBeforeYear = uR"(\s+)"_s;
    w.dayRangeJoin = uR"((?:по|и|-|–))"_s;
    w.monthRangeFrom = uR"(с|со)"_s;
    w.monthRangeJoin = uR"(по|до|на)"_s;
    // "2025 года", "в 2025 году", "2025 г."
    w.yearSuffix = uR"(\s+(?:года|году|год)|\s*г\.)"_s;
    // "1990-е годы", "в 90-х годах"; without the word for years "10-м", "30-х" are as often
    // ordinals ("на 10-м месте", "в 20-х числах"); a year's four digits are none (extraRules)
    w.decadeAfter = uR"(-(?:е|х|м|ми)\s+год(?:ы|ов|ах|ам|ами))"_s;
    // A century in Roman numerals; in digits with an ordinal's ending ("21-го века"), in the
    // locative ("в 21 веке") or from five up ("начала 21 века"): "2 века", "3 века" count them.
    w.centuryAfter = uR"((?:-?(?:й|м|го|му)\s+век(?:а|е|у|ом)?|\s+век(?:е|ом)|(?<=[xvi]|[5-9]|\d\d)\s+век(?:а|у)?))"_s;
    // The adjectives, in every case, name the day as well: "на вчерашнем заседании",
    // "сегодняшние торги", "завтрашняя встреча" ("на сегодняшний день" is the present, see
    // presentWords).
    w.todayWords = uR"(позавчера|послезавтра|сегодня|вчера|завтра|(?:позавчерашн|послезавтрашн|сегодняшн|вчерашн|завтрашн)(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими))"_s;
    w.dayOffset = [](const QString &word) {
        if (word.startsWith(u"позавчера"_s)) return -2;
        if (word.startsWith(u"послезавтра"_s)) return 2;
        if (word.startsWith(u"вчера"_s)) return -1;
        if (word.startsWith(u"завтра"_s)) return 1;
        return 0;
    };
    w.partsOfDay = uR"((?:сегодня|вчера|завтра)\s+(?:утром|днём|днем|вечером|ночью)|(?:этой|прошлой)\s+ночью|этим\s+(?:утром|вечером))"_s;
    // The part is the phrase's last word: "сегодня вечером" (whose "сегодня" holds "дн"), "этим утром"
    w.partOfDayCode = [](const QString &words) {
        const auto part = words.section(u' ', -1);
        return part == u"утром"_s ? u"TMO"_s : part == u"днём"_s || part == u"днем"_s ? u"TAF"_s
             : part == u"вечером"_s ? u"TEV"_s : u"TNI"_s;
    };
    w.partOfDay = [code = w.partOfDayCode](const QString &phrase) {
        const int offset = phrase.startsWith(u"вчера"_s) || phrase.startsWith(u"прошлой"_s) ? -1
                         : phrase.startsWith(u"завтра"_s)                                     ? 1
                                                                                             : 0;
        return std::pair{offset, code(phrase)};
    };
    // "в прошлом году", "на прошлой неделе", "в этом месяце", "в следующем году", "в позапрошлом
    // году", "по сравнению с прошлым годом", "итоги прошлого года", "в прошлом квартале", in the
    // cases the prepositions take (and the nominative of a heading: "прошлый год"); "в прошлом
    // десятилетии": the decade, a date ("201"), as in English.
    // "в выходные", "на прошлых выходных": the weekend only with its preposition ("выходные данные"
    // are output data), which here is part of the expression
    w.shiftedUnits =
        uR"((?:позапрошл|прошл|минувш|предыдущ|следующ|будущ|текущ|нынешн)(?:ом|ой|ий|ая|ем|ую|ей|его|ого|ее|ое|ым|им)\s+(?:году|годом|года|год|месяце|месяцем|месяца|месяц|неделе|неделей|недели|неделю|неделя|квартале|кварталом|квартала|квартал|десятилетии|десятилетием|десятилетия|десятилетие)|(?:этом|этот|этой|эту|этого|этим)\s+(?:году|годом|года|год|месяце|месяцем|месяца|месяц|неделе|неделей|недели|неделю|квартале|квартала|квартал|десятилетии)|)"_s
        uR"((?:в|на)\s+(?:(?:эти|этих|прошлые|прошлых|минувшие|минувших|следующие|следующих|ближайшие|ближайших)\s+)?(?:выходные|выходных))"_s;
    w.shift = [](const QString &phrase) {
        const QString unit = phrase.contains(u"выходн"_s) ? u"weekend"_s : phrase.contains(u"недел"_s) ? u"week"_s
                           : phrase.contains(u"месяц"_s) ? u"month"_s : phrase.contains(u"квартал"_s) ? u"quarter"_s
                           : phrase.contains(u"десятилет"_s) ? u"decade"_s : u"year"_s;
        // "в позапрошлом году": the one before the last
        const int step = phrase.startsWith(u"позапрошл"_s) ? -2
                       : phrase.startsWith(u"прошл"_s) || phrase.startsWith(u"минувш"_s) || phrase.startsWith(u"предыдущ"_s) ? -1
                       : phrase.startsWith(u"следующ"_s) || phrase.startsWith(u"будущ"_s)                                     ? 1
                                                                                                                            : 0;
        return std::pair{unit, step};
    };
    // "в июне прошлого года", "в марте этого года", "летом следующего года": a month or season of
    // the year named by its distance from the article's
    w.yearOfMonth = uR"(((?:прошлого|минувшего|предыдущего|этого|текущего|нынешнего|следующего|будущего)\s+года))"_s;
    // Russian counts back with the word after: "два года назад", "год тому назад".
    w.agoAfter = uR"((?:тому\s+)?назад)"_s;
    // "через две недели", "через год": a date counted ahead ("через границу" has no unit after it)
    w.later = uR"(через)"_s;
    w.isUnitAloneCounted = true;
    w.laterFromEvent = uR"(после)"_s;
    w.untilWords = uR"(до)"_s;
    w.every = uR"(каждый|каждую|каждое|каждые)"_s;
    w.presentWords = uR"(сейчас|в\s+настоящее\s+время|в\s+данный\s+момент|ныне|на\s+сегодняшний\s+день)"_s;
    // What someone expects or forecasts lies ahead ("ожидает замедления инфляции во втором
    // полугодии"). A perfective verb in the non-past looks ahead: a prefix and a personal ending
    // ("посетит", "проведёт", "подпишут", "отправится"), also written with е for ё after a consonant
    // ("проведет", "подпишет"; "отвечает" after a vowel is a present); "запрет", "совет" and
    // "ответ" are nouns. What is
    // put off or scheduled to a time puts it ahead ("перенесена на начало декабря", "отложили на
    // март", "назначены на 15-е число").
    // The present of what runs to a timetable looks ahead as well: "закон вступает в силу в
    // понедельник", "саммит открывается в четверг". So do "may" and "must" with the verb they
    // govern ("встреча может состояться в декабре", "договор должны подписать в марте").
    w.futureCues =
        uR"(будет|будут|состоится|состояться|может|могут|должен|должна|должно|должны|улетит|улетят|уедет|уедут|уйдёт|уйдет|уйдут|вступа(?:ет|ют)\s+в\s+силу|начина(?:ет|ют)ся(?!\s+с\s)|открыва(?:ет|ют)ся|заканчива(?:ет|ют)ся|истекает|состоятся|пройдёт|пройдет|планирует|планируют|ожидает|ожидают|прогнозирует|прогнозируют|намерен[аы]?|собирается|собираются|следующ\w*|предстоящ\w*|ближайш\w*|(?:по|при|про|под|от|вы|пере|раз|об)\w{2,}(?:ит|ёт|ут|ят)(?:ся)?|(?:по|при|про|под|от|вы|пере|раз|об)\w+[бвгджзйклмнпрстфхцчшщ]ет(?:ся)?|(?:перенес|отлож|назнач|запланирова)\w{0,4}\s+на)"_s;
    // The past tense ends in -л, -ла, -ло, -ли after a vowel ("подписал", "прервались", "было",
    // "провёл"); a few nouns end so too ("сигнал"), which only keeps a month where it was before
    // Verbs whose stem ends in a consonant drop the -л in the masculine and keep the consonant
    // before the other endings: "умер", "погибли", "достигла", the ones news of deaths and
    // records tells with. "Идти" and its prefixed verbs have a past of their own: "прошла",
    // "пришли", "вышел". "Быть" is too short for the pattern: "был", "было".
    w.pastCues = uR"(был|была|было|были|\w{2,}[аяеиуыё](?:л|ла|ло|ли)(?:ся|сь)?|\w{0,4}(?:шёл|шел|шла|шло|шли)|(?:у|по|вы)мер(?:ла|ло|ли)?|(?:по|за)гиб(?:ла|ло|ли)?|(?:до|по)стиг(?:ла|ло|ли)?(?:сь)?)"_s;
    w.hourMarker = uR"((?::(?=\d\d)))"_s;
    w.hourMarkerFirst = u":"_s;
    // "в первом квартале", "во втором полугодии 2025 года", "в 4-м квартале прошлого года"; Russian
    // economic news numbers quarters and halves in Roman numerals as often: "во II квартале",
    // "за I полугодие"
    w.lastPartOrdinal = uR"(последн(?:ий|его|ем|ее|ей|юю|яя))"_s;
    w.partOrdinals = {u"первый|первого|первом|1-й|1-м|i"_s, u"второй|второго|втором|2-й|2-м|ii"_s,
                      u"третий|третьего|третьем|3-й|3-м|iii"_s,
                      u"четвёртый|четвертый|четвёртого|четвертого|четвёртом|четвертом|4-й|4-м|iv"_s};
    w.quarterWord = uR"(квартал(?:а|е|у|ом)?)"_s;
    w.halfWord = uR"(полугоди(?:е|я|и|ю|ем))"_s;
    // "в первой половине 2025 года", "во второй половине прошлого года", "до конца первой половины
    // года": a half said with the word for "half" only with its year, as "во второй половине дня"
    // is a day's
    w.halfOrdinals = {u"первой|первую|первая"_s, u"второй|вторую|вторая"_s};
    w.halfOfYear = uR"(половин(?:е|у|а|ы|ой)\s+(?:((?:19|20)\d\d)(?:\s+года|\s*г\.)|(?:((?:прошлого|минувшего|предыдущего|этого|текущего|нынешнего|следующего|будущего))\s+)?года))"_s;
    w.partBeforeYear = uR"(\s+)"_s;
    w.monthParts = uR"((?:начале|конце|середине|начала|конца|середины|начало|конец|середину|началу|концу))"_s;
    // "в начале года", "в конце прошлого года", "в конце месяца", "в начале следующей недели"
    w.unitAfterPart = uR"(((?:(?:этого|текущего|нынешнего|прошлого|минувшего|предыдущего|следующего|будущего)\s+)?(?:года|месяца)|(?:(?:этой|текущей|прошлой|минувшей|предыдущей|следующей|будущей)\s+)?недели))"_s;
    // Adjective endings spelt out: a rule's anchors need a bounded reach
    const auto endings = uR"((?:ый|ий|ая|яя|ую|юю|ое|ее|ой|ей|ым|им|ом|ем|ого|его|ые|ие|ых|их))"_s;
    w.lastBefore = uR"((?:прошл|минувш|предыдущ))"_s + endings;
    w.nextBefore = uR"((?:следующ|будущ|ближайш))"_s + endings;
    w.weekdayOfShiftedWeek = uR"(\s+на\s+((?:прошлой|минувшей|этой|следующей)\s+неделе))"_s;
    // "в среду вечером", "в понедельник утром"
    w.partsAfterWeekday = uR"((утром|днём|днем|вечером|ночью))"_s;
    // In the cases news writes them: "весной", "летом" (in spring, in summer), "этой осенью",
    // "прошлой зимой", "весна 2025 года"
    // Russia keeps Christmas and Easter by the Orthodox reckoning; the Catholic one is said so.
    w.holidays = {{uR"((?:католическое|католического|католическому|католическим|католическом)\s+Рождеств(?:о|а|у|ом|е))"_s, Holiday::Christmas},
                  {uR"(Рождеств(?:о|а|у|ом|е))"_s, Holiday::OrthodoxChristmas},
                  {uR"(канун(?:е|у)?\s+Нового\s+года)"_s, Holiday::NewYearsEve},
                  {uR"((?:Новый|Нового|Новому|Новым)\s+год(?:а|у|ом)?)"_s, Holiday::NewYearsDay},
                  {uR"(Пасха|Пасхи|Пасху|Пасхе|Пасхой)"_s, Holiday::OrthodoxEaster}};
    w.seasons = {u"весна|весной|весну|весны|весне"_s, u"лето|летом|лета|лете"_s, u"осень|осенью|осени"_s,
                 u"зима|зимой|зиму|зимы|зиме"_s};
    w.thisSeason = uR"((?:этой|этим|этот|эту|это|этого|этом))"_s;
    w.isBareSeasonOfArticleYear = true;
    w.repetitionAdverbs = {{u"ежегодно"_s, u"Y"_s}, {u"ежемесячно"_s, u"M"_s}, {u"еженедельно"_s, u"W"_s},
                           {u"ежедневно"_s, u"D"_s}};
    // "за последние сутки", "за минувшие сутки": the last twenty-four hours, one day ("сутки" is
    // plural in form only, so not some days as "последние дни" are)
    w.extraRules = [](const AddRule &add, const Vocabulary &words) {
        add(uR"((?:последние|минувшие|прошедшие|истекшие|истёкшие|ближайшие)\s+сутки)"_s,
            [](const QRegularExpressionMatch &, const Context &) { return fixedValue(u"P1D"_s, TimexType::Duration); });
        // "в 1970-х", "в середине 1990-х", "2000-е": a decade in a year's four digits needs no word
        // for years. A rule of its own, with the shortest reach: the decade rule, anchored on any
        // number for it, read around each of them.
        add(u"(?:"_s + words.monthParts + uR"(\s+)?((?:1[6-9]|20)\d)0-(?:е|х))"_s,
            [](const QRegularExpressionMatch &m, const Context &) { return fixedValue(m.captured(1)); });
        // "двухдневный визит", "после трёхнедельных переговоров", "многомесячная осада": a span
        // said as an adjective, as the English "a two-day visit". Years are left out: "пятилетний"
        // is as often a child's age, and so are months before a child ("трёхмесячная дочь").
        add(uR"((?<!\w)(одно|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|много)(дневн|недельн|месячн)\p{Ll}{1,3}(?!\w)(?!\s+(?:дочь|дочер|сын|ребён|ребен|младен|малыш)))"_s,
            [](const QRegularExpressionMatch &m, const Context &) {
                static const QStringList counts{u"одно"_s, u"двух"_s, u"трёх"_s, u"трех"_s, u"четырёх"_s, u"четырех"_s, u"пяти"_s,
                                                u"шести"_s, u"семи"_s, u"восьми"_s, u"девяти"_s, u"десяти"_s};
                static constexpr std::array<int, 12> values{1, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10};
                const auto stem = m.captured(2).toLower();
                const auto unit = stem.startsWith(u"дн"_s) ? u'D' : stem.startsWith(u"нед"_s) ? u'W' : u'M';
                const auto index = counts.indexOf(m.captured(1).toLower());
                const auto count = index < 0 ? u"X"_s : QString::number(values[size_t(index)]);
                return fixedValue(u'P' + count + unit, TimexType::Duration);
            });
    };
    return w;
}

} // namespace Attache::TimexRules
