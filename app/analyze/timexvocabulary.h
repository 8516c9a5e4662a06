#pragma once

// The rule set TimexRules builds over one language's words (timexrulesromance.cpp): French,
// Spanish, German, Russian (timexrulesrussian.cpp) and Arabic (timexrulesarabic.cpp) each give a
// Vocabulary, and buildRules turns it into the same rules. Internal to analyze.

#include "analyze/temporalvalue.h"
#include "analyze/timexrules.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>
#include <utility>

namespace Attache::TimexRules {

// Adds one rule: a pattern (wrapped in the vocabulary's word boundaries) and its normaliser.
using AddRule = std::function<void(const QString &pattern, Normaliser normalise)>;

struct Vocabulary
{
    // One alternation per month, January first, and per weekday, Monday first. A space inside
    // a name ("كانون الثاني") matches any run of white space.
    QStringList months;
    QStringList weekdays;
    QHash<QString, int> numbers; // number words; -1 for vague ones ("quelques")
    QString unitPattern;                              // the words for year … minute, one capture
    std::function<QString(const QString &)> unitCode; // word → Y, M, W, D, H, MIN, DE, CE
    QString dayBeforeMonth;  // between the day number and the month: " ", " de "
    QString monthBeforeYear; // between the month and the year
    QString yearSuffix;      // an optional word after a year that belongs to it: "года", "م"
    QString article;         // an optional article before a date: "le ", "el "
    // An optional article between a weekday and the date after it, which names the same day:
    // "am Sonntag, den 14. Dezember", "dimanche, le 14 décembre"
    QString articleAfterWeekday;
    // Days of the month in words other than "premier", "primero", "الأول" and digits, as a
    // pattern that reads the month after it ("السابع عشر من"), and the day each names.
    QString dayOrdinals;
    std::function<int(const QString &)> dayOrdinalNumber;
    QString thisBefore;      // "this" before a weekday: "ce", "este", "diesen"; empty: no such rule
    // Between the first day of a range and the second, which carries the month: "au" in "du 4
    // au 8 juin", "y el" in "entre el 4 y el 8 de junio". Empty: no such rule.
    QString dayRangeJoin;
    // Around a range of months: the word before its start and the one joining it to its end, as
    // in "de octubre a enero", "von Oktober bis Januar". Empty: no such ranges.
    QString monthRangeFrom;
    QString monthRangeJoin;
    QString todayWords;      // yesterday|today|tomorrow|… as one alternation
    std::function<int(const QString &)> dayOffset;
    // A today word that is also a noun for a part of the day (Spanish "mañana", tomorrow and
    // morning), and the words before it that make it that noun: "la mañana del martes", "a media
    // mañana", "cada mañana". Empty: no such word.
    QString todayWordAlsoPartOfDay;
    QString partOfDayDeterminers;
    QString partsOfDay; // "ce matin", "esta noche", … one alternation
    std::function<std::pair<int, QString>(const QString &)> partOfDay; // phrase → day offset, code
    QString shiftedUnits; // "la semaine dernière", "el año pasado", … one alternation
    std::function<std::pair<QString, int>(const QString &)> shift; // phrase → unit, step
    QString ago;          // before the count: "il y a", "hace"
    QString agoAfter;     // after the unit: "назад" ("два года назад"); the count may be left out
    QString later;        // before a count that looks ahead: "dans", "dentro de" ("dans deux semaines")
    bool isUnitAloneCounted = false; // "через неделю": the unit alone after `later` is one of it
    QString laterFromEvent;          // after that count: it runs from an event ("через 55 лет после")
    // A unit in the dual, two of it in one word ("أسبوعين", two weeks): counted after `ago` and
    // `later` as "two weeks" is. unitCode() names its unit. Empty: the language has no dual.
    QString dualUnitPattern;
    // Whether a count after `later` is a date only where a cue looks ahead, not in a clause without
    // cues: Arabic "بعد" is as often "after" in a story told in the past, which no cue marks.
    bool isLaterDatedOnlyWhenAhead = false;
    // Words that make the count after "il y a", "hace", "dans" an approximate one: "il y a près
    // de dix-huit mois", "hace casi dos años", "vor fast zwei Jahren". Empty: none.
    QString approximately;
    // A day and a month in figures without a year, after the word that introduces a day: the
    // day's number, then the month's ("le 31/03", "am 31.3."). Empty: not read.
    QString numericDayMonth;
    QString every;        // "chaque", "cada", "tous les", "todos los"
    QString presentWords; // "actuellement", "ahora"
    QString pastWords;    // "recientemente", "en el pasado": PAST_REF
    QString futureWords;  // "en el futuro": FUTURE_REF
    QString futureCues;   // words that make a bare weekday or month look ahead
    QString pastCues;     // words of the past that, nearer to it than any future cue, keep it back
    QString sinceWords;   // "depuis", "desde", "seit": a day and month after them is a past one
    QString untilWords;   // "jusqu'au", "hasta", "bis", "до": a day and month after them looks ahead
    QString hourMarker;   // "h", ":"
    // The characters an hour marker, or a part of the day said right after the hour
    // (clockDayParts), may open with, in either case ("h" of "14 h 30", "u" of "14 Uhr", "d" of "8
    // du soir"): a run of digits anchors the clock rule only before one of them. Empty: any run does.
    QString hourMarkerFirst;
    // Words that open a part of a month: "début mars", "Anfang März", "в начале марта".
    QString monthParts =
        QStringLiteral(R"((?:début|fin|mi-|courant|finales\s+de|fines\s+de|principios\s+de|comienzos\s+de|inicios\s+de|mediados\s+de|Anfang|Ende|Mitte))");
    // Where a word may start: not after a letter or an apostrophe. Arabic lets a one-letter
    // proclitic (و, ف, ب, ل) stand between, outside the match.
    QString wordStart = QStringLiteral(R"((?<![\w']))");
    // Words that elide their vowel before the next ("d'", "qu'"): after them an ASCII apostrophe
    // is read as the typographic one, which wordStart lets a word follow. Cheaper than a wider
    // wordStart, which would keep the pattern engine from skipping ahead to where a rule may start.
    QStringList elidedWords;
    bool hasPairedMonths = false; // "مارس/آذار": two names of one month, the first one counts
    // The months as agencies' datelines and sites' bylines shorten them after a day's number, one
    // alternation each, January first ("dic", "Dez", "déc"; empty for a month written out, whose
    // dot ends a sentence), with what stands between the day and them ("5 dic (EFE)", "4. Dez
    // (Reuters)", "3 déc. 2025"); the dot after them is read. No list: the language's datelines
    // write the month out.
    QStringList monthAbbreviations;
    QString dayBeforeMonthAbbreviation; // on one line: a dateline is
    // Words that point a weekday, a month or a season back or ahead: after it ("mercredi
    // dernier", "juin prochain", "el martes pasado") or before it ("el pasado martes"). Empty: no
    // such rules.
    QString lastAfter;
    QString nextAfter;
    QString lastBefore;
    QString nextBefore;
    // Holidays by their names, as written (matched case-sensitively: "Noël" the feast, not "noël"),
    // longer names first where one holds another ("veille de Noël" before "Noël").
    QList<std::pair<QString, Holiday>> holidays;
    // One alternation per season, spring first; "this" before a season ("cet été", "este verano").
    QStringList seasons;
    QString thisSeason;
    // Seasons' names that are also other words (French "été", been; German "Sommer", a surname),
    // and the determiners that make them the season ("l'été", "en été", "im Sommer"); at a
    // sentence start each is one too.
    QStringList ambiguousSeasons; // lower case
    QString seasonDeterminers;
    // French: the nouns of time a season after "d'" may qualify ("les mois d'été"); after any
    // other noun it names a kind ("les Jeux d'hiver", "l'heure d'été"), no time. Empty: no check.
    QString nounsOfTimeBeforeElidedSeason;
    // Whether a season named bare is the article's year's, as English reads "in the fall"
    // (resolveSeasonYear by the clause's tense), rather than any year's (XXXX-FA), the convention
    // of the French and Spanish TimeML corpora.
    bool isBareSeasonOfArticleYear = false;
    // Adverbs of repetition: "annuellement", "diariamente"; each gives its unit code (Y, M, W, D).
    QHash<QString, QString> repetitionAdverbs;
    // A rate: a unit after a preposition ("par an", "al año", "a la semana", capture 1 the unit),
    // read only after a count in the same clause ("20 000 véhicules par an", "dos veces al año"),
    // with the word for "times" ("fois", "veces"). Empty perUnit: no such rule.
    QString perUnit;
    QString timesWord;
    // A person's age is no duration: the text before "N ans" (anchored at its end) that makes it
    // one on its own ("âgé de", "une fillette de", "les 6-"), and, after a comma before the count,
    // the text after it that closes an apposition ("Alain Parmentier, 53 ans, employé").
    QString ageBefore;
    QString afterAppositionStart; // what may stand between the comma and the count: "", "de "
    QString halfAfter;            // "et demi", "y medio": half a unit more
    QString clockAfterDay;        // between a day and its clock time: "à", "vers", "a las"
    QString clockBefore;          // before "N heures", "N horas" that is a clock time: "à", "a las"
    // A clock time after those words, its hour in digits or words: the word for hours, the
    // fractions after it ("et demie", "y cuarto"; read by their last word: demie/media 30,
    // quart/cuarto 15, after moins/menos 45 of the hour before), and the parts of the day that
    // put it in the afternoon or evening (captured; soir/tarde/noche add twelve hours).
    QString clockHourWord;
    QString clockFractions;
    QString clockDayParts;
    QString partsAfterWeekday;    // "soir" in "mardi soir", "por la tarde"; one capture
    QString weekdayPartSeparator = QStringLiteral(R"(\s+)"); // German joins them: "Mittwochabend"
    // A part of the day before its weekday, one capture: "مساء الأربعاء" (Wednesday evening)
    QString partsBeforeWeekday;
    // The night that ends on a weekday, no capture: "in der Nacht zu Sonntag", "в ночь на
    // воскресенье" (the night from Saturday to Sunday, dated Saturday as TIMEX3 does)
    QString nightBeforeWeekday;
    // The TIMEX3 code (TMO, TAF, TEV, TNI) of a part of the day, from its word or a lower-case
    // phrase that holds it: of a weekday's part, and of the phrases partOfDay reads
    std::function<QString(const QString &)> partOfDayCode;
    // A weekday of a week named by its distance, after the weekday, one capture read by `shift`:
    // "Freitag vergangener Woche", "в пятницу на прошлой неделе"
    QString weekdayOfShiftedWeek;
    // A year, month or week as a month part's object ("Anfang des Jahres", "в конце прошлого
    // года", "نهاية العام الماضي", "Ende des Monats", "в начале следующей недели"), one capture
    // read by `shift`, which tells the unit and its distance. Empty: no such rule.
    QString unitAfterPart;
    QString noonWords;            // "midi", "mediodía": 12:00 of the article's day (or the day named)
    bool hasTwoDigitYears = false; // "octobre 98", "le 10 novembre 93" before punctuation
    // Parts of a year, as business news counts them: one alternation per quarter's ordinal, first
    // first ("primer|1er"), the word for a quarter ("trimestre", "Quartal"), the same for halves
    // ("semestre", "Halbjahr"; empty: no such rule), and what stands between the part and its
    // year (" de ", " des Jahres "). Empty quarterWord: no such rules.
    QStringList partOrdinals;
    QString lastPartOrdinal; // "dernier", "último": the year's last part, where the year is named
    QString quarterWord;
    QString halfWord;
    QString partArticle;
    QString partBeforeYear;
    // The word for the part comes before its ordinal ("الربع الأول", the quarter the first).
    bool isPartWordFirst = false;
    // A half of the year said with the word for "half" ("la segunda mitad del año", "la seconde
    // moitié de 2008", "in der zweiten Jahreshälfte"): the two ordinals as they agree with that
    // word, the article before them, and what follows them, with the year (if named) in a capture,
    // in digits or as words `shift` reads ("año pasado"), else meaning the article's year. Empty
    // halfOfYear: no such rule.
    QStringList halfOrdinals;
    QString halfArticle;
    QString halfOfYear;
    // A month, quarter or half of a year named by its distance from the article's: after the
    // month's name or the part, one capture read by `shift` ("octubre del año pasado", "mars de
    // l'année dernière", "el tercer trimestre del año pasado", "im dritten Quartal des Vorjahres").
    QString yearOfMonth;
    // A decade: what stands before its number ("les années ", "los años "), what follows it
    // ("er-Jahre", "-е годы"), and the decades said in words, each with its tens digit
    // ("noventa" 9, "neunzig" 9). Empty decadeBefore and decadeAfter: no such rule.
    QString decadeBefore;
    QString decadeAfter;
    QHash<QString, int> decadeWords;
    // A century, its number in Roman numerals or digits between the two ("el siglo " XXI, XXI
    // "e siècle", 20 ". Jahrhundert", XXI " века"). Both empty: no such rule.
    QString centuryBefore;
    QString centuryAfter;
    // The word for "month" between a modifier before it and the month's name: "el pasado mes de
    // septiembre".
    QString monthNoun;
    // Days counted from the last day the text named: a phrase for the day after it ("le
    // lendemain", "al día siguiente"), for the day before it ("la veille", "am Vortag") and for
    // the same day ("le même jour", "в тот же день"), and the
    // words after a count of days that count after or before it ("deux jours plus tard", "drei Tage
    // zuvor"). Each leaves out the uses that count from an event instead ("la veille du scrutin",
    // "dos días después de la votación"). Empty: no such rule.
    QString dayAfterNarrated;
    QString dayBeforeNarrated;
    // A day of the month without its month, the month being the article's or one beside it
    // ("el día 15", "el pasado día 3", "el próximo día 20"): the day's number is the last capture,
    // a word before it that points back or ahead the first (pointsBack says which). Empty: none.
    QString dayOfMonthAlone;
    QString dayOfMonthBack;
    QString sameDayNarrated; // "le même jour", "ese mismo día", "am selben Tag": the day itself
    // The same for a year, counted from the year of the last date the text named: "l'année
    // suivante", "al año siguiente", "im folgenden Jahr"; "cette année-là", "ese mismo año", "im
    // selben Jahr"; "l'année précédente", "el año anterior", which without a year named before are
    // the article's year before (Resolution::yearsFromNarratedYear). Empty: no such rule.
    QString yearAfterNarrated;
    QString sameYearNarrated;
    QString yearBeforeNarrated;
    QString daysAfterCount;
    QString daysBeforeCount;
    QString dayWords; // the unit those counts take: "jours?", "días?"
    // An unsaid number of a unit, capture 1 the unit: "ces dernières semaines", "los próximos
    // meses", "in den vergangenen Tagen", "в последние годы", "الأيام الأخيرة". Empty: no such rule.
    QString unsaidNumberOfUnit;
    // Rules of the language's own, added after the shared ones; given this vocabulary, whose
    // numbers and units they read.
    std::function<void(const AddRule &, const Vocabulary &)> extraRules;
};

std::vector<Rule> buildRules(const Vocabulary &words);
Vocabulary russianVocabulary();
Vocabulary arabicVocabulary();

// Helpers for the vocabularies' own rules.
std::optional<Resolution> fixedValue(const QString &value, TimexType type = TimexType::Date);
std::optional<Resolution> relativeValue(const QString &value, TimexType type = TimexType::Date);
// "P3Y", "PT2H" from an amount and a unit code.
QString duration(const QString &amount, const QString &code);
// The date `amount` units (code Y, M, W, D) before the reference: "2023", "2025-03", "2025-W10".
QString countedBack(const QDate &reference, int amount, const QString &code);

} // namespace Attache::TimexRules
