// TIMEX3 rules for French, Spanish and German news: calendar dates, months, years, weekdays, the days
// around the article's own ("hier", "mañana"), the weeks, months and years around it, durations,
// clock times and repetitions. Written like the English rules (timexrules.cpp), normalised against
// the article's date the same way; the languages share one rule set over their own words.

#include "analyze/timexvocabulary.h"

#include "analyze/timexanchors.h"
#include "analyze/scriptlanguage.h"
#include "analyze/temporalvalue.h"
#include "core/logging.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Attache::TimexRules {

namespace {

int dayOfMonthNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : 1; // "1er", "premier", "primero", "الأول"
}

// The value of a Roman numeral of I, V and X ("XXI" 21, "iv" 4), or 0.
int romanNumeralValue(QStringView numeral)
{
    const auto digit = [](QChar c) {
        switch (c.toUpper().unicode()) {
        case u'I':
            return 1;
        case u'V':
            return 5;
        case u'X':
            return 10;
        default:
            return 0;
        }
    };
    int value = 0;
    for (qsizetype k = 0; k < numeral.size(); ++k) {
        const int here = digit(numeral[k]);
        if (here == 0)
            return 0;
        value += k + 1 < numeral.size() && digit(numeral[k + 1]) > here ? -here : here;
    }
    return value;
}

QString alternation(const QStringList &parts)
{
    QString joined = parts.join(u'|');
    joined.replace(u' ', uR"(\s+)"_s);
    return u"(?:"_s + joined + u')';
}

// Word → position (1-based) for a list of alternations ("janvier|janv", …): looked up per
// match, so built once per rule set rather than matched as patterns each time. A word may end in
// a lookahead ("الربيع(?!\s+العربي)"), which is not part of it.
QHash<QString, int> positions(const QStringList &alternatives)
{
    QHash<QString, int> index;
    for (int i = 0; i < alternatives.size(); ++i)
        for (const auto &word : alternatives.at(i).split(u'|'))
            index.insert(word.section(u"(?"_s, 0, 0), i + 1);
    return index;
}

// The position of a matched name; of two names joined by a slash ("مارس/آذار"), the first.
int indexIn(const QHash<QString, int> &positions, const QString &word)
{
    return positions.value(word.section(u'/', 0, 0).simplified().toLower(), 0);
}

QString quantity(const Vocabulary &words, const QString &count)
{
    if (count.isEmpty())
        return u"1"_s; // "неделю назад": the unit alone is one of it
    bool ok = false;
    const int number = count.toInt(&ok);
    if (ok)
        return QString::number(number);
    const auto value = words.numbers.value(count.toLower(), -1);
    return value < 0 ? u"X"_s : QString::number(value);
}

// Some of a unit, how many unsaid ("ces dernières semaines", "durante años"): capture 1 is the unit.
std::optional<Resolution> unsaidNumberOf(const Vocabulary &words, const QRegularExpressionMatch &m)
{
    return fixedValue(duration(u"X"_s, words.unitCode(m.captured(1).toLower())), TimexType::Duration);
}

} // namespace

std::optional<Resolution> fixedValue(const QString &value, TimexType type)
{
    return Resolution{value, type, false};
}

std::optional<Resolution> relativeValue(const QString &value, TimexType type)
{
    return Resolution{value, type, true};
}

namespace {

// "le 11 décembre dernier", "el pasado 11 de diciembre": that day of the month in the last year
// before the article's date, or with "prochain"/"próximo" the first one after it.
std::optional<Resolution> dayOfMonthNamed(int day, int month, bool isPast, const QDate &dct)
{
    if (day < 1 || day > 31 || month < 1)
        return std::nullopt;
    // Without the article's date the day is still one expression, of an unknown year
    if (!dct.isValid())
        return relativeValue(dayValue(QDate()));
    QDate date(dct.year(), month, 1);
    date = QDate(date.year(), month, std::min(day, date.daysInMonth()));
    if (isPast && date >= dct)
        date = date.addYears(-1);
    else if (!isPast && date <= dct)
        date = date.addYears(1);
    return relativeValue(dayValue(date));
}

} // namespace

QString duration(const QString &amount, const QString &code)
{
    if (code == u"H"_s)
        return u"PT"_s + amount + u"H"_s;
    if (code == u"MIN"_s)
        return u"PT"_s + amount + u"M"_s;
    if (code == u"S"_s)
        return u"PT"_s + amount + u"S"_s;
    // Decades and centuries in years, as the English rules write them ("P20Y", "PXY"); an unsaid
    // number of centuries stays "PXCE"
    bool isNumber = false;
    const int count = amount.toInt(&isNumber);
    if (code == u"DE"_s)
        return isNumber ? u"P"_s + QString::number(count * 10) + u"Y"_s : u"PXY"_s;
    if (code == u"CE"_s && isNumber)
        return u"P"_s + QString::number(count * 100) + u"Y"_s;
    // Quarters and half-years in months, as the English rules write them ("P12M", "PXQ")
    if (code == u"Q"_s && isNumber)
        return u"P"_s + QString::number(count * 3) + u"M"_s;
    if (code == u"HY"_s)
        return isNumber ? u"P"_s + QString::number(count * 6) + u"M"_s : u"PXM"_s;
    // Lustres (five years) in years
    if (code == u"LU"_s)
        return isNumber ? u"P"_s + QString::number(count * 5) + u"Y"_s : u"PXY"_s;
    return u"P"_s + amount + code;
}

QString countedBack(const QDate &reference, int amount, const QString &code)
{
    if (!reference.isValid())
        return u"PAST_REF"_s;
    if (code == u"Y"_s)
        return yearValue(reference.addYears(-amount));
    if (code == u"M"_s) {
        const auto date = reference.addMonths(-amount);
        return monthValue(date.year(), date.month());
    }
    if (code == u"W"_s)
        return weekValue(reference.addDays(-7 * amount));
    if (code == u"D"_s)
        return dayValue(reference.addDays(-amount));
    if (code == u"Q"_s)
        return shiftedUnitValue(reference, u"quarter"_s, -amount);
    if (code == u"LU"_s)
        return yearValue(reference.addYears(-5 * amount));
    if (code == u"HY"_s) {
        const auto date = reference.addMonths(-6 * amount);
        return yearValue(date) + (date.month() <= 6 ? u"-H1"_s : u"-H2"_s);
    }
    return u"PAST_REF"_s;
}

namespace {

// One of the words of a vocabulary's `alternation`, with what must stand before and after it, in
// any case; a pattern that never matches when the language has no such words.
QRegularExpression wordsPattern(const QString &before, const QString &alternation, const QString &after)
{
    return QRegularExpression(alternation.isEmpty() ? u"(?!)"_s : before + u"(?:"_s + alternation + u')' + after,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The words before an age ("âgé de", "una mujer de"), matched on the text just before a count of
// years: an age is no duration of the news.
QRegularExpression ageBeforePattern(const Vocabulary &words)
{
    return QRegularExpression(words.ageBefore.isEmpty() ? u"(?!)"_s : u"(?:"_s + words.ageBefore + uR"()\s*$)"_s,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// "depuis", "desde", "seit" just before the text it is matched on: a day after them is the last
// one on or before the article's, a count of units back from it the time since then.
QRegularExpression sinceBefore(const Vocabulary &words)
{
    return wordsPattern(u"\\b"_s, words.sinceWords, u"\\s+$"_s);
}

// "jusqu'au", "hasta", "bis", "до" just before it: a day after them looks ahead.
QRegularExpression untilBefore(const Vocabulary &words)
{
    return wordsPattern(u"\\b"_s, words.untilWords, u"\\s+$"_s);
}

// "une dizaine d'années", "una quincena de días": the round number a noun says (a dozen, fifteen,
// a score…) of a unit, a duration; after "il y a", "hace" (isAgo) the date counted back, unless
// "depuis", "desde" (`since`) come before: "desde hace una decena de años" is the time since then,
// as "desde hace tres semanas" is. Years after the words of an age (`ageBefore`) are none: "une
// femme d'une trentaine d'années".
std::optional<Resolution> roundNumberOfUnit(const Vocabulary &words, const QRegularExpression &since,
                                            const QRegularExpression &ageBefore, const QString &noun,
                                            const QString &unit, bool isAgo, const Context &c)
{
    static const QHash<QString, int> roundNumbers{
        {u"dizaine"_s, 10}, {u"decena"_s, 10}, {u"douzaine"_s, 12}, {u"docena"_s, 12}, {u"quinzaine"_s, 15},
        {u"quincena"_s, 15}, {u"vingtaine"_s, 20}, {u"veintena"_s, 20}, {u"trentaine"_s, 30}, {u"treintena"_s, 30},
        {u"cinquantaine"_s, 50}, {u"centaine"_s, 100}, {u"centenar"_s, 100}};
    const int number = roundNumbers.value(noun, 0);
    if (number == 0)
        return std::nullopt;
    const auto code = words.unitCode(unit);
    if (code == u"Y"_s && !isAgo && ageBefore.matchView(c.before(40)).hasMatch())
        return std::nullopt;
    if (isAgo && !since.matchView(c.before(16)).hasMatch())
        return relativeValue(countedBack(c.dct, number, code));
    return fixedValue(duration(QString::number(number), code), TimexType::Duration);
}

// A month pointed back or ahead ("juin prochain", "el pasado mes de septiembre"): the latest one
// before the article's month, or the first one after it.
std::optional<Resolution> monthNamed(int number, bool isPast, const QDate &dct)
{
    if (!dct.isValid())
        return relativeValue(monthValue(0, number));
    int year = dct.year();
    if (isPast && number >= dct.month())
        --year;
    else if (!isPast && number <= dct.month())
        ++year;
    return relativeValue(monthValue(year, number));
}

// The article's month, or the one `step` months from it ("la fin du mois prochain").
std::optional<Resolution> monthShifted(int step, const QDate &dct)
{
    if (!dct.isValid())
        return relativeValue(u"XXXX-XX"_s);
    const QDate month = dct.addMonths(step);
    return relativeValue(monthValue(month.year(), month.month()));
}

} // namespace

std::vector<Rule> buildRules(const Vocabulary &words)
{
    std::vector<Rule> rules;
    const AddRule add = [&rules, &words](const QString &pattern, Normaliser normalise) {
        const QString wrapped = words.wordStart + pattern + uR"((?![\w]))"_s;
        QRegularExpression expression(wrapped, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid()) {
            qCWarning(lcAnalyze) << "timex rule does not compile:" << expression.errorString() << pattern;
            return;
        }
        expression.optimize();
        // The anchors come from the pattern itself, so a word added to a vocabulary is one too.
        rules.push_back({std::move(expression), std::move(normalise), anchorsOfPattern(wrapped).value_or(Anchors{})});
    };
    const auto monthIndex = positions(words.months);
    const auto weekdayIndex = positions(words.weekdays);
    const auto month = u"("_s + alternation(words.months)
        + (words.hasPairedMonths ? QString(uR"((?:\s*/\s*)"_s + alternation(words.months) + u")?"_s) : QString()) + u")"_s;
    const auto weekday = u"("_s + alternation(words.weekdays) + u")"_s;
    // A language's days in words widen every stretch a day-and-month rule is tried in: only where
    // it has them.
    const auto day = uR"((1er|1ᵉʳ|1\.?º|1\.?°|premier|primero|الأول|)"_s
                     + (words.dayOrdinals.isEmpty() ? QString() : words.dayOrdinals + u'|') + uR"([0-3]?\d))"_s;
    const auto dayNumber = [&words](const QString &said) {
        const int ordinal = words.dayOrdinalNumber ? words.dayOrdinalNumber(said) : 0;
        return ordinal > 0 ? ordinal : dayOfMonthNumber(said);
    };
    const auto year = uR"(((?:1[6-9]|20)\d\d))"_s;
    const auto yearSuffix = words.yearSuffix.isEmpty() ? QString() : QString(u"(?:"_s + words.yearSuffix + u")?"_s);
    // A bare weekday or month looks ahead when a future cue stands in its sentence, unless a cue
    // of the past stands nearer to it ("a annoncé mardi qu'il viendra": Tuesday is past). A past
    // cue right after a comma that follows the expression opens the attribution ("…se tiendra en
    // octobre, a précisé le ministère"): it dates the saying, not the event, and does not count.
    const auto cuePattern = [](const QString &alternation) { return wordsPattern(u"\\b"_s, alternation, u"\\b"_s); };
    // The tense of the cues in `sentence`, a view of c.text around the expression, other than
    // those starting before `cuesFrom` after it. Without isPastAsked, no cue of the future is
    // Unmarked without a look for one of the past.
    constexpr qsizetype OtherClauseDistance = 1000; // longer than the stretch tenseOf looks at
    // A cue beyond "and" or "but" is another verb's, of a clause joined to this one ("llegó el
    // martes y se irá el viernes"): nearer than a cue past a comma, farther than any in the clause.
    constexpr qsizetype JoinedClauseDistance = 500;
    const auto tenseIn = [futureCues = cuePattern(words.futureCues), pastCues = cuePattern(words.pastCues)](
                             const Context &c, QStringView sentence, qsizetype cuesFrom, bool isPastAsked) {
        const auto from = sentence.data() - c.text.constData();
        // A date that opens its sentence dates the clause after its comma: no attribution there.
        const bool isFronted = c.isFronted();
        // How far the nearest cue outside the expression stands from it; -1 when there is none.
        const auto nearest = [&](const QRegularExpression &cues, bool isAttributionSkipped) {
            qsizetype best = -1;
            auto matches = cues.globalMatchView(sentence);
            while (matches.hasNext()) {
                const auto match = matches.next();
                const auto cueStart = from + match.capturedStart(0);
                const auto cueEnd = from + match.capturedEnd(0);
                if (cueEnd > c.start && cueStart < std::max(c.end, cuesFrom))
                    continue;
                if (isAttributionSkipped && cueStart >= c.end && !isFronted
                    && QStringView(c.text).mid(c.end, cueStart - c.end).trimmed().endsWith(u','))
                    continue;
                // A cue of the expression's own clause is nearer than any beyond a comma ("Как
                // сообщили во вторник, стороны обсудят": Tuesday is when it was said).
                const auto between = cueEnd <= c.start ? QStringView(c.text).mid(cueEnd, c.start - cueEnd)
                                                       : QStringView(c.text).mid(c.end, cueStart - c.end);
                const auto distance = between.size() + (between.contains(u',') ? OtherClauseDistance : 0)
                                      + (holdsJoiningConjunction(between) ? JoinedClauseDistance : 0);
                if (best < 0 || distance < best)
                    best = distance;
            }
            return best;
        };
        const auto future = nearest(futureCues, false);
        if (future < 0 && !isPastAsked)
            return Tense::Unmarked;
        const auto past = nearest(pastCues, true);
        if (future >= 0 && (past < 0 || future <= past))
            return Tense::Future;
        return past >= 0 ? Tense::Past : Tense::Unmarked;
    };
    // `cuesFrom`: as in tenseIn, where the cues after the expression may start (0: right after it).
    const auto tenseOf = [tenseIn](const Context &c, bool isPastAsked, qsizetype cuesFrom = 0) {
        qsizetype from = c.start;
        // A semicolon ends a clause with a tense of its own, as a full stop ends a sentence.
        const auto isClauseEnd = [](QChar ch) { return ch == u'.' || ch == u';' || ch == u'\n'; };
        while (from > 0 && c.start - from < 200 && !isClauseEnd(c.text.at(from - 1)))
            --from;
        qsizetype to = c.end;
        while (to < c.text.size() && to - c.end < 200 && !isClauseEnd(c.text.at(to)))
            ++to;
        return tenseIn(c, QStringView(c.text).mid(from, to - from), std::max(c.end, cuesFrom), isPastAsked);
    };
    const auto isFuture = [tenseOf](const Context &c) { return tenseOf(c, false) == Tense::Future; };

    // A word of "last", "next" or "this" may stand before a weekday that a day's number follows:
    // "el pasado lunes 3", "ce mardi 31 mars", "el próximo martes 24 de marzo".
    QStringList weekdayModifiers;
    for (const auto *modifier : {&words.lastBefore, &words.nextBefore, &words.thisBefore}) {
        if (!modifier->isEmpty())
            weekdayModifiers << *modifier;
    }
    const auto modifierBeforeNumberedWeekday
        = weekdayModifiers.isEmpty() ? QString() : u"(?:(?:"_s + weekdayModifiers.join(u'|') + uR"()\s+)?)"_s;

    // "le mardi 31 mars 2024", "el 4 de octubre de 2005", "el próximo martes 24 de marzo de 2009"
    add(words.article + u"(?:"_s + modifierBeforeNumberedWeekday + weekday + u",?\\s+"_s + words.articleAfterWeekday + u")?"_s + day + words.dayBeforeMonth + month + words.monthBeforeYear + year + yearSuffix,
        [monthIndex, dayNumber](const QRegularExpressionMatch &m, const Context &) {
            const QDate date(m.captured(4).toInt(), indexIn(monthIndex, m.captured(3)), dayNumber(m.captured(2)));
            return date.isValid() ? fixedValue(dayValue(date)) : std::nullopt;
        });
    // "5 dic (EFE)", "4. Dez. 2025", "3 déc. 2025": a day and a month shortened, as datelines and
    // bylines write them; with a year it is that day, without one the nearest such day (a
    // dateline's is the article's own).
    if (!words.monthAbbreviations.isEmpty()) {
        const auto abbreviationIndex = positions(words.monthAbbreviations);
        auto shortened = words.monthAbbreviations;
        shortened.removeAll(QString());
        // The shortened month a whole word, said beside it for the anchor reader: its letters open
        // many words ("mar" of "marzo", "dic" of "dice"), and the rule ran around each of them.
        const auto abbreviated = words.article + day + words.dayBeforeMonthAbbreviation + uR"((?<![\w])()"_s + alternation(shortened) + uR"()\.?(?![\w]))"_s;
        // One rule with the year optional: with the year required, its digits would be the anchor
        // read, and the rule would be tried around every number. Without a year, not before a
        // word in lower case: a dateline's month is followed by the agency, a bracket or the text,
        // and "5 mar adentro" is the sea.
        add(abbreviated + u"(?:(?:"_s + words.monthBeforeYear + uR"(|,?\s+))"_s + year + uR"(|(?!\s+\p{Ll})))"_s,
            [abbreviationIndex, dayNumber](const QRegularExpressionMatch &m, const Context &c) {
                const int number = dayNumber(m.captured(1));
                const int monthNumber = indexIn(abbreviationIndex, m.captured(2));
                if (number < 1 || number > 31 || monthNumber < 1)
                    return std::optional<Resolution>();
                if (m.capturedLength(3) > 0) {
                    const QDate date(m.captured(3).toInt(), monthNumber, number);
                    return date.isValid() ? fixedValue(dayValue(date)) : std::nullopt;
                }
                return relativeValue(dayValue(resolveDayYear(c.dct, monthNumber, number, Tense::Unmarked)));
            });
    }
    // Read from its pattern, a rule whose matches open with a number is anchored on every number of
    // a text. A date in figures holds digits followed by their separator, a clock time digits before
    // an hour marker, a bare year a run that is a year: most numbers of an article are none of
    // these, so the rule just added (if it compiled) is anchored on such runs alone, reading its
    // whole reach either side of them. Empty followers with isYear: the run is a year.
    const auto anchorOnDigitRuns = [&rules](size_t rulesBefore, const QString &followers, bool isYear) {
        if (rules.size() == rulesBefore)
            return;
        auto &anchors = rules.back().anchors;
        anchors.words.clear();
        anchors.pieces.clear();
        anchors.years = isYear;
        anchors.digits = !isYear;
        anchors.digitsFollowedBy = followers;
        anchors.reachBefore = anchors.reachAfter = anchors.reach;
    };
    // "31/03/2024", "31.03.2024", "31-03-2024": day first
    const auto rulesBeforeDates = rules.size();
    add(uR"((?<!\d)([0-3]?\d)(?:[/.]([01]?\d)[/.]|-([01]?\d)-)((?:1[6-9]|20)\d\d))"_s,
        [](const QRegularExpressionMatch &m, const Context &) {
            const auto monthNumber = m.capturedLength(2) ? m.captured(2).toInt() : m.captured(3).toInt();
            const QDate date(m.captured(4).toInt(), monthNumber, m.captured(1).toInt());
            return date.isValid() ? fixedValue(dayValue(date)) : std::nullopt;
        });
    anchorOnDigitRuns(rulesBeforeDates, u"/.-"_s, false);
    // "le 31 mars", "el 4 de octubre": the year that puts the day nearest the article's date,
    // unless the cues of its own clause deny that side and it is more than three months away, as
    // English has it (resolveDayYear()): "Le 3 février, le ministre avait convoqué…" in October is
    // last February. The clause, not the sentence: the sentence's cues read "avant le 31 décembre"
    // by a past verb elsewhere in it. The word that joins a range of days is no cue for its first
    // day ("vom 1. Januar bis 31. März"). After "depuis", "desde", "seit" the last such day on or
    // before it ("suspendues depuis le 31 mars"); after "jusqu'au", "hasta", "bis", "до" it looks
    // ahead, whatever the verb ("a décidé son arrestation jusqu'au 11 octobre").
    const auto since = sinceBefore(words);
    const auto until = untilBefore(words);
    const auto rangeJoinAfter = wordsPattern(u"^\\s*"_s, words.dayRangeJoin, u"(?!\\w)"_s);
    // "le 3 mars de l'année dernière", "25 декабря прошлого года": the year is named by its
    // distance from the article's. A rule of its own, found by its year words: an optional year
    // in the next rule would widen the stretch it is tried in around every number.
    if (!words.yearOfMonth.isEmpty()) {
        add(words.article + day + words.dayBeforeMonth + month + uR"(\s+)"_s + words.yearOfMonth,
            [monthIndex, dayNumber, &words](const QRegularExpressionMatch &m, const Context &c) {
                const int number = dayNumber(m.captured(1));
                if (number < 1 || number > 31)
                    return std::optional<Resolution>();
                const int monthNumber = indexIn(monthIndex, m.captured(2));
                if (!c.dct.isValid())
                    return relativeValue(dayValue(QDate()));
                const int step = words.shift(m.captured(3).toLower().simplified()).second;
                const QDate date(c.dct.year() + step, monthNumber, number);
                return date.isValid() ? relativeValue(dayValue(date)) : std::nullopt;
            });
    }
    const auto dayOfMonth = [since, until, tenseIn, rangeJoinAfter](int number, int monthNumber, const Context &c) {
        if (number < 1 || number > 31 || monthNumber < 1 || monthNumber > 12)
            return std::optional<Resolution>();
        const auto before = c.before(16);
        if (c.dct.isValid() && since.matchView(before).hasMatch()) {
            QDate past(c.dct.year(), monthNumber, number);
            if (past.isValid() && past > c.dct)
                past = QDate(c.dct.year() - 1, monthNumber, number);
            if (past.isValid())
                return relativeValue(dayValue(past));
        }
        const auto tense = [&] {
            if (until.matchView(before).hasMatch())
                return Tense::Future;
            const auto after = QStringView(c.text).sliced(c.end);
            const auto join = rangeJoinAfter.matchView(after.first(std::min<qsizetype>(24, after.size())));
            return tenseIn(c, c.clauseOfDay(), c.end + join.capturedLength(0), true);
        };
        return relativeValue(dayValue(resolveDayYear(c.dct, monthNumber, number, tense)));
    };
    add(words.article + u"(?:"_s + modifierBeforeNumberedWeekday + weekday + u",?\\s+"_s + words.articleAfterWeekday + u")?"_s + day + words.dayBeforeMonth + month,
        [monthIndex, dayNumber, dayOfMonth](const QRegularExpressionMatch &m, const Context &c) {
            return dayOfMonth(dayNumber(m.captured(2)), indexIn(monthIndex, m.captured(3)), c);
        });
    // "в ночь на 5 марта", "in der Nacht zum 5. März": the night that ends on that day, dated by
    // its evening as the night before a weekday is
    if (!words.nightBeforeWeekday.isEmpty()) {
        add(words.nightBeforeWeekday + day + words.dayBeforeMonth + month,
            [monthIndex, dayNumber, dayOfMonth](const QRegularExpressionMatch &m, const Context &c) {
                auto resolution = dayOfMonth(dayNumber(m.captured(1)), indexIn(monthIndex, m.captured(2)), c);
                const QDate date = resolution ? QDate::fromString(resolution->value, Qt::ISODate) : QDate();
                if (!date.isValid())
                    return resolution;
                resolution->value = dayValue(date.addDays(-1)) + u"TNI"_s;
                resolution->type = TimexType::Time;
                return resolution;
            });
    }
    // "le 31/03", "am 31.3.", "el 4/10": a day and a month in figures, after the word that
    // introduces a day (without it "1/3" is a third and "3.4." a section)
    if (!words.numericDayMonth.isEmpty()) {
        const auto rulesBeforeDays = rules.size();
        add(words.numericDayMonth, [dayOfMonth](const QRegularExpressionMatch &m, const Context &c) {
            return dayOfMonth(m.captured(1).toInt(), m.captured(2).toInt(), c);
        });
        anchorOnDigitRuns(rulesBeforeDays, u"/."_s, false);
    }
    // "mars 2024", "en juillet 2024", "octubre de 2005", "début mars 2024"
    add(u"(?:"_s + words.monthParts + uR"(\s*)?)"_s + month + words.monthBeforeYear + year + yearSuffix,
        [monthIndex](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(monthValue(m.captured(2).toInt(), indexIn(monthIndex, m.captured(1))));
        });
    // "octobre", "fin octobre", "octubre": the past one unless the sentence looks ahead (the
    // preposition before it stays outside, as TimeML has it); "octubre del año pasado", "mars de
    // l'année dernière", "mayo de este año": of the year named by its distance from the article's
    // (in the same rule: a rule of its own ran around every month a second time)
    const auto shiftedYear = words.yearOfMonth.isEmpty() ? QString() : QString(uR"((?:\s+)"_s + words.yearOfMonth + u")?"_s);
    add(u"(?:"_s + words.monthParts + uR"(\s*)?)"_s + month + uR"((?!\s+(?:de\s+|del\s+)?\d))"_s + shiftedYear,
        [monthIndex, tenseOf, rangeJoinAfter, &words](const QRegularExpressionMatch &m, const Context &c) {
            const int number = indexIn(monthIndex, m.captured(1));
            if (m.capturedLength(2) > 0) {
                if (!c.dct.isValid())
                    return relativeValue(monthValue(0, number));
                const auto [unit, step] = words.shift(m.captured(2).toLower().simplified());
                return relativeValue(monthValue(c.dct.year() + step, number));
            }
            // Only the month after the article's asks whether a cue of the past holds it back. The
            // word joining a range of months is no cue for its first ("von Oktober bis Januar").
            const auto after = QStringView(c.text).sliced(c.end);
            const auto join = rangeJoinAfter.matchView(after.first(std::min<qsizetype>(24, after.size())));
            const auto tense = tenseOf(c, isMonthAfter(c.dct, number), c.end + join.capturedLength(0));
            return relativeValue(monthValue(resolveMonthYear(c.dct, number, tense), number));
        });
    // Years: "2024", "en 2024"; not amounts ("2024 euros", "2 024") nor a Russian decade ("1970-х")
    const QString notAmount =
        uR"((?!-\p{L}|[.,]\d|\s*%|\s*(?:euros?|dollars?|personnes|habitants|soldats|morts|personas|muertos|km|tonnes|toneladas)\b))"_s;
    const auto yearValue = [](const QRegularExpressionMatch &m, const Context &c) {
        const auto before = c.before(2);
        if (before.contains(u'$') || before.contains(u'€') || before.contains(u'#'))
            return std::optional<Resolution>();
        return fixedValue(m.captured(1));
    };
    const auto rulesBeforeYears = rules.size();
    add(year + yearSuffix + notAmount, yearValue);
    anchorOnDigitRuns(rulesBeforeYears, QString(), true);
    // A part of a year, as of a month: "début 2026", "mediados de 2026", "Ende 2026", the year's
    // value (as "mid-2026" in English). A rule of its own, anchored on the part's words: an
    // optional word before every year made the year rule try a match at every character near
    // one (anchored on the year instead, it costs Spanish 1% more, German 0.4% less).
    add(words.monthParts + uR"(\s*)"_s + year + yearSuffix + notAmount, yearValue);
    // "hier", "aujourd'hui", "demain", "ayer", "hoy", "pasado mañana"
    const QRegularExpression partOfDayDeterminer(
        words.partOfDayDeterminers.isEmpty() ? u"(?!)"_s : u"(?<![\\w'])(?:"_s + words.partOfDayDeterminers + u")\\s+$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    add(u"("_s + words.todayWords + u")"_s, [&words, partOfDayDeterminer](const QRegularExpressionMatch &m, const Context &c) {
        const QString word = m.captured(1).toLower().simplified();
        if (word == words.todayWordAlsoPartOfDay && partOfDayDeterminer.matchView(c.before(12)).hasMatch())
            return std::optional<Resolution>();
        const int offset = words.dayOffset(word);
        return relativeValue(dayValue(c.dct.isValid() ? c.dct.addDays(offset) : QDate()));
    });
    // "ce matin", "hier soir", "esta noche", "anoche"
    add(u"("_s + words.partsOfDay + u")"_s, [&words](const QRegularExpressionMatch &m, const Context &c) {
        const auto [offset, code] = words.partOfDay(m.captured(1).toLower().simplified());
        return relativeValue(dayValue(c.dct.isValid() ? c.dct.addDays(offset) : QDate()) + code, TimexType::Time);
    });
    // "la semaine dernière", "l'an prochain", "el mes pasado", "este año". The weekend named
    // bare ("le week-end", "el fin de semana", "am Wochenende", "в выходные") is, in an article of
    // a weekday, the one before it when its clause tells the past, as English reads "over the
    // weekend", the one ahead when it looks ahead, and without a cue the nearer one; "this
    // weekend" ("ce week-end", "este fin de semana") stays the article's week's, as in English.
    static const QRegularExpression demonstrative(uR"((?<!\w)(?:ce|este|diese[mnrs]?|эти|этих|هذا|هذه)(?!\w))"_s);
    add(u"("_s + words.shiftedUnits + u")"_s, [&words, tenseOf](const QRegularExpressionMatch &m, const Context &c) {
        const auto phrase = m.captured(1).toLower().simplified();
        const auto [unit, step] = words.shift(phrase);
        if (unit == u"weekend"_s && step == 0 && !demonstrative.matchView(phrase).hasMatch())
            return relativeValue(resolveWeekend(c.dct, [&] { return tenseOf(c, true); }));
        return relativeValue(shiftedUnitValue(c.dct, unit, step));
    });
    // "el martes 4", "le vendredi 14": the day of that number, at most a month from the article's,
    // that falls on that weekday; the nearest if two do. A number that fits no such day is no
    // date ("el martes 30 soldados" in mid-November): the weekday alone is read then. A clock time
    // after the weekday ("lundi 14 h") is no day either. A word of "last", "next" or "this" before
    // the weekday ("el pasado lunes 3", "el próximo jueves 20", "ce jeudi 13") leaves the number to
    // say which day it is.
    add(words.article + modifierBeforeNumberedWeekday + weekday + uR"(\s+([0-3]?\d)(?![\d:]|[,.]\d|\s*(?:h\b|heures?\b|horas?\b|Uhr\b)))"_s,
        [weekdayIndex](const QRegularExpressionMatch &m, const Context &c) {
            if (!c.dct.isValid())
                return std::optional<Resolution>();
            const int weekdayNumber = indexIn(weekdayIndex, m.captured(1));
            std::optional<QDate> nearest;
            qint64 nearestDistance = 32;
            for (int step = -1; step <= 1; ++step) {
                const QDate month = c.dct.addMonths(step);
                const QDate candidate(month.year(), month.month(), m.captured(2).toInt()); // invalid for a day 0 or past the month's end
                const qint64 distance = candidate.isValid() ? std::abs(candidate.daysTo(c.dct)) : nearestDistance;
                if (distance < nearestDistance && candidate.dayOfWeek() == weekdayNumber) {
                    nearest = candidate;
                    nearestDistance = distance;
                }
            }
            if (!nearest)
                return std::optional<Resolution>();
            return relativeValue(dayValue(*nearest));
        });
    // "ce samedi", "este lunes", "diesen Freitag", "в эту пятницу": a day of the article's week,
    // or the nearer one (resolveThisWeekday)
    if (!words.thisBefore.isEmpty()) {
        add(words.thisBefore + uR"(\s+)"_s + weekday, [weekdayIndex, tenseOf](const QRegularExpressionMatch &m, const Context &c) {
            return relativeValue(dayValue(resolveThisWeekday(c.dct, indexIn(weekdayIndex, m.captured(1)), tenseOf(c, true))));
        });
    }
    // "lundi", "el lunes": the last one, or the next when the sentence looks ahead; after "depuis",
    // "desde", "seit" the last one whatever the sentence says next ("une mission séjourne à Dakar
    // depuis lundi et doit rendre ses conclusions")
    add(words.article + weekday, [weekdayIndex, isFuture, since](const QRegularExpressionMatch &m, const Context &c) {
        const bool isAhead = !since.matchView(c.before(16)).hasMatch() && isFuture(c);
        return relativeValue(dayValue(resolveWeekday(c.dct, indexIn(weekdayIndex, m.captured(1)), isAhead)));
    });
    // "il y a deux ans", "hace tres semanas": a date counted back; after "desde" ("desde hace tres
    // semanas") the time since then, a duration
    const QString numberWords = QStringList(words.numbers.keys()).join(u'|');
    const auto count = uR"((\d{1,4}|)"_s + numberWords + u")"_s;
    // The date is the same whether the count is exact or not: "hace casi dos años" is 2023 too. A
    // French hedge may end elided on the count ("il y a plus d'un an").
    const QString approximately =
        words.approximately.isEmpty() ? QString() : u"(?:(?:"_s + words.approximately + uR"()(?:\s+|(?<=['’])))?)"_s;
    if (!words.ago.isEmpty()) {
        add(words.ago + uR"(\s+)"_s + approximately + count + uR"(\s+)"_s + words.unitPattern,
            [&words, since](const QRegularExpressionMatch &m, const Context &c) {
                const auto amount = quantity(words, m.captured(1));
                if (since.matchView(c.before(16)).hasMatch())
                    return fixedValue(duration(amount, words.unitCode(m.captured(2).toLower())), TimexType::Duration);
                if (amount == u"X"_s)
                    return relativeValue(u"PAST_REF"_s);
                return relativeValue(countedBack(c.dct, amount.toInt(), words.unitCode(m.captured(2).toLower())));
            });
    }
    // "le lendemain", "la veille", "la noche anterior": a day counted from the day the text named
    // last; the part of the day the phrase may name is its one capture ("le lendemain matin")
    const auto narratedDay = [&words](const QRegularExpressionMatch &m, int days) {
        QString part;
        for (int i = m.lastCapturedIndex(); i >= 1 && part.isEmpty(); --i)
            part = m.captured(i);
        auto resolution = narratedDayValue(days);
        if (!part.isEmpty() && words.partOfDayCode) {
            resolution->value += words.partOfDayCode(part.toLower());
            resolution->type = TimexType::Time;
        }
        return resolution;
    };
    for (const auto &[phrase, days] : {std::pair{words.dayAfterNarrated, 1}, std::pair{words.dayBeforeNarrated, -1},
                                       std::pair{words.sameDayNarrated, 0}}) {
        if (!phrase.isEmpty())
            add(u"(?:"_s + phrase + u")"_s, [narratedDay, days](const QRegularExpressionMatch &m, const Context &) { return narratedDay(m, days); });
    }
    if (!words.yearAfterNarrated.isEmpty())
        add(words.yearAfterNarrated, [](const QRegularExpressionMatch &, const Context &) { return narratedYearValue(1); });
    if (!words.sameYearNarrated.isEmpty())
        add(words.sameYearNarrated, [](const QRegularExpressionMatch &, const Context &) { return narratedYearValue(0); });
    if (!words.yearBeforeNarrated.isEmpty()) {
        add(words.yearBeforeNarrated, [](const QRegularExpressionMatch &, const Context &c) {
            return narratedYearValue(-1, shiftedUnitValue(c.dct, u"year"_s, -1));
        });
    }
    // "el día 15", "el pasado día 3", "3-го числа": the one the word before it points at, else the
    // nearest such day unless the clause's tense puts it on the other side of the article's ("se
    // votará el día 30", written on the 12th, with the 30th of last month as near)
    if (!words.dayOfMonthAlone.isEmpty()) {
        const QRegularExpression back(u"^(?:"_s + words.dayOfMonthBack + u")$"_s, QRegularExpression::CaseInsensitiveOption);
        add(words.dayOfMonthAlone, [back, tenseOf](const QRegularExpressionMatch &m, const Context &c) {
            if (!c.dct.isValid())
                return relativeValue(dayValue(QDate()));
            const QString pointer = m.captured(1);
            const int day = m.captured(m.lastCapturedIndex()).toInt();
            const QDate date = pointer.isEmpty() ? resolveDayOfMonth(c.dct, day, [&] { return tenseOf(c, true); })
                                                 : resolveDayOfMonth(c.dct, day, back.match(pointer).hasMatch() ? -1 : 1);
            return date.isValid() ? relativeValue(dayValue(date)) : std::nullopt;
        });
    }
    // "deux jours plus tard", "tres días antes": the same, a count of days
    if (!words.dayWords.isEmpty()) {
        const auto countedDays = [&words](const QRegularExpressionMatch &m, int sign) {
            const auto amount = quantity(words, m.captured(1));
            if (amount == u"X"_s || amount.toInt() > 31)
                return std::optional<Resolution>();
            return narratedDayValue(sign * amount.toInt());
        };
        // The unit is spelt out, not the vocabulary's, so that the French rule runs around "jours",
        // not around every "plus".
        for (const auto &[after, sign] : {std::pair{words.daysAfterCount, 1}, std::pair{words.daysBeforeCount, -1}}) {
            if (after.isEmpty())
                continue;
            add(count + uR"(\s+(?:)"_s + words.dayWords + uR"()\s+(?:)"_s + after + u")"_s,
                [countedDays, sign](const QRegularExpressionMatch &m, const Context &) { return countedDays(m, sign); });
        }
    }
    // "dans deux semaines", "dentro de tres meses", "через неделю": a date counted ahead
    if (!words.later.isEmpty()) {
        // The unit alone is one of it where the language leaves the count out ("через неделю"):
        // elsewhere the count is required, so that the rule is not tried at every "dans".
        const QString counted = words.isUnitAloneCounted ? QString(u"(?:"_s + count + uR"(\s+)?)"_s) : QString(count + uR"(\s+)"_s);
        // A dual is its own count: capture 3 ("بعد أسبوعين", in two weeks).
        const QString dual = words.dualUnitPattern.isEmpty() ? QString() : u"|("_s + words.dualUnitPattern + u")"_s;
        add(words.later + uR"(\s+)"_s + approximately + u"(?:"_s + counted + words.unitPattern + dual + u")"_s,
            [&words, tenseOf, countedFromEvent = wordsPattern(u"^\\s+"_s, words.laterFromEvent, u"\\b"_s)](
                const QRegularExpressionMatch &m, const Context &c) {
                const bool isDual = m.capturedLength(3) > 0;
                // Hours and minutes ahead are left to the duration rule: "dans une heure".
                const auto code = words.unitCode(m.captured(isDual ? 3 : 2).toLower());
                if (code != u"Y"_s && code != u"M"_s && code != u"W"_s && code != u"D"_s)
                    return std::optional<Resolution>();
                // In a story told in the past the count is from the last day told, not from the
                // article's: "Через несколько месяцев ситуация изменилась" is months later; before
                // `laterFromEvent` it is from an event ("через 55 лет после его убийства"). The
                // duration rule takes the count, as TimeML has "three days later".
                const auto tense = tenseOf(c, true);
                if (tense == Tense::Past || (words.isLaterDatedOnlyWhenAhead && tense != Tense::Future)
                    || countedFromEvent.matchView(QStringView(c.text).sliced(c.end)).hasMatch())
                    return std::optional<Resolution>();
                const auto amount = isDual ? u"2"_s : quantity(words, m.captured(1));
                if (amount == u"X"_s || !c.dct.isValid())
                    return relativeValue(u"FUTURE_REF"_s);
                return relativeValue(countedBack(c.dct, -amount.toInt(), code));
            });
    }
    // "два года назад", "неделю назад": the same counted back, the word after
    if (!words.agoAfter.isEmpty()) {
        add(u"(?:"_s + count + uR"(\s+)?)"_s + words.unitPattern + uR"(\s+)"_s + words.agoAfter,
            [&words](const QRegularExpressionMatch &m, const Context &c) {
                const auto amount = quantity(words, m.captured(1));
                if (amount == u"X"_s)
                    return relativeValue(u"PAST_REF"_s);
                return relativeValue(countedBack(c.dct, amount.toInt(), words.unitCode(m.captured(2).toLower())));
            });
    }
    // "el siglo XXI", "au XXe siècle", "im 20. Jahrhundert", "в XX веке": a century, which TIMEX3
    // writes as its first two digits ("19" for the twentieth). Before the counts of a unit, so
    // that "в начале 21 века" is the century, not 21 of them.
    if (!words.centuryBefore.isEmpty() || !words.centuryAfter.isEmpty()) {
        add(words.centuryBefore + uR"(([xvi]{1,6}|\d{1,2}))"_s + words.centuryAfter,
            [](const QRegularExpressionMatch &m, const Context &) {
                bool isNumber = false;
                int century = m.captured(1).toInt(&isNumber);
                if (!isNumber)
                    century = romanNumeralValue(m.capturedView(1));
                const auto value = centuryValue(century);
                return value.isEmpty() ? std::optional<Resolution>() : fixedValue(value);
            });
    }
    // "deux ans", "trois mois", "24 heures", "quelques semaines", "dos años"
    const auto flags = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    const QRegularExpression ageBefore = ageBeforePattern(words);
    const QRegularExpression appositionBefore(u",\\s*"_s + words.afterAppositionStart + u"$"_s, flags);
    const QRegularExpression clockBefore(words.clockBefore.isEmpty() ? u"(?!)"_s : uR"((?:^|[^\w'])(?:)"_s + words.clockBefore + uR"()\s+$)"_s, flags);
    static const QRegularExpression appositionAfter(uR"(^\s*[,)])"_s);
    static const QRegularExpression clockSpanAfter(uR"(^\s+(?:à|jusqu'à|jusqu’à|et|a|y|-|–)\s+(?:las?\s+)?[012]?\d(?:\s*(?:h\b|heures?\b|horas?\b)|[:.][0-5]\d))"_s, flags);
    static const QRegularExpression clockSpanBefore(uR"((?:^|\D)[012]?\d(?:\s*(?:h|heures?|horas?)(?:\s*[0-5]\d)?|[:.][0-5]\d)\s+(?:à|jusqu'à|jusqu’à|et|a|y|-|–)\s+(?:las?\s+)?$)"_s, flags);
    // A count may have decimals after a comma, as these languages write them: "2,5 heures" is
    // PT2.5H, not five hours. A thousands' separator is a full stop or a space there.
    const auto countWithDecimals = uR"((\d{1,3},\d{1,2}|\d{1,4}|)"_s + numberWords + u")"_s;
    add(countWithDecimals + uR"(\s+)"_s + words.unitPattern + (words.halfAfter.isEmpty() ? QString() : QString(u"("_s + words.halfAfter + u")?"_s)),
        [&words, ageBefore, appositionBefore, clockBefore](const QRegularExpressionMatch &m, const Context &c) {
            // The minutes of a clock time are no count: "a las 8:00 hora local"; nor are the last
            // digits of a number the count did not take whole ("1,755 heures").
            if (c.start >= 2 && (c.text.at(c.start - 1) == u':' || c.text.at(c.start - 1) == u'.' || c.text.at(c.start - 1) == u',')
                && c.text.at(c.start - 2).isDigit())
                return std::optional<Resolution>();
            const auto code = words.unitCode(m.captured(2).toLower());
            // "à 15 heures", "a las diez horas": the hour of a clock time (the clock rules'); "condamné
            // à 48 heures" is a duration
            if (code == u"H"_s && quantity(words, m.captured(1)).toInt() < 24
                && clockBefore.matchView(c.before(16)).hasMatch())
                return std::optional<Resolution>();
            // Either end of a span between two clock times: "de 9 heures à 19 heures", "entre 8
            // heures et 10 heures", "de 9 horas a 14 horas"
            if (code == u"H"_s && m.capturedLength(3) == 0 && quantity(words, m.captured(1)).toInt() < 24
                && (clockSpanAfter.matchView(QStringView(c.text).mid(c.end, 24)).hasMatch()
                    || clockSpanBefore.matchView(c.before(24)).hasMatch()))
                return std::optional<Resolution>();
            if (code == u"Y"_s) {
                const auto before = c.before(40);
                const auto after = QStringView(c.text).mid(c.end, 3);
                if (ageBefore.matchView(before).hasMatch()
                    || (appositionBefore.matchView(before).hasMatch() && appositionAfter.matchView(after).hasMatch()))
                    return std::optional<Resolution>();
            }
            auto amount = quantity(words, m.captured(1));
            if (m.captured(1).contains(u','))
                amount = m.captured(1).replace(u',', u'.');
            else if (m.capturedLength(3) > 0 && amount != u"X"_s)
                amount += u".5"_s;
            return fixedValue(duration(amount, code), TimexType::Duration);
        });
    // A clock time's hour and minutes with the fraction and the part of the day said after them
    // ("huit heures et demie du soir": 20:30), as "HH:MM"; nothing past the day's end.
    const auto clockOf = [](int hour, int minutes, const QString &fractionSaid, const QString &partSaid) -> std::optional<QString> {
        const auto fraction = fractionSaid.toLower();
        if (fraction.endsWith(u"demie"_s) || fraction.endsWith(u"media"_s)) {
            minutes = 30;
        } else if (fraction.startsWith(u"moins"_s) || fraction.startsWith(u"menos"_s)) {
            hour -= 1;
            minutes = 45;
        } else if (!fraction.isEmpty()) {
            minutes = 15;
        }
        const auto part = partSaid.toLower();
        if (hour < 12 && (part.contains(u"soir"_s) || part.contains(u"après-midi"_s) || part.contains(u"tarde"_s)
                          || (part.contains(u"noche"_s) && hour >= 6)))
            hour += 12;
        if (hour < 0 || hour > 24 || minutes > 59)
            return std::nullopt;
        return QString::number(hour).rightJustified(2, u'0') + u':' + QString::number(minutes).rightJustified(2, u'0');
    };
    const auto never = u"(?!)"_s;
    const auto fractionAfter = uR"((?:\s+()"_s + (words.clockFractions.isEmpty() ? never : words.clockFractions) + u"))?"_s;
    const auto partAfter = uR"((?:\s+()"_s + (words.clockDayParts.isEmpty() ? never : words.clockDayParts) + u"))?"_s;
    // "à 14h30", "vers 20 h", "a las 10:30", "à 8 heures et demie du soir"; "a las 8:30 UTC" is a
    // time in UTC
    // "a las 11 de la noche": the part of the day alone after the hour, where the words that
    // introduce a clock time stand before it.
    const auto partAlone = uR"(|\s+()"_s + (words.clockDayParts.isEmpty() ? never : words.clockDayParts) + u")"_s;
    const auto rulesBeforeClock = rules.size();
    add(uR"(([012]?\d)(?:\s*)"_s + words.hourMarker + uR"(\s*([0-5]\d)?)"_s + fractionAfter + partAfter + partAlone
            + uR"()(\s+(?:UTC|GMT)\b(?!\s*[+-]))?)"_s,
        [clockOf, clockBefore](const QRegularExpressionMatch &m, const Context &c) {
            if (m.capturedLength(5) > 0
                && !clockBefore.matchView(c.before(16)).hasMatch())
                return std::optional<Resolution>();
            const auto clock = clockOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), m.captured(4) + m.captured(5));
            if (!clock)
                return std::optional<Resolution>();
            return relativeValue(dayValue(c.dct) + u'T' + *clock + (m.capturedLength(6) > 0 ? u"Z"_s : QString()), TimexType::Time);
        });
    if (!words.hourMarkerFirst.isEmpty())
        anchorOnDigitRuns(rulesBeforeClock, words.hourMarkerFirst, false);
    // "vers dix heures et demie", "a las diez de la noche": after the words that introduce a clock
    // time, its hour in words (two to twelve: "un", "une", "una" are among the commonest words of
    // a text, and every rule runs around each of its pieces) with the word for hours, a fraction
    // or a part of the day
    if (!words.clockHourWord.isEmpty()) {
        QStringList hourNames;
        for (auto it = words.numbers.cbegin(); it != words.numbers.cend(); ++it) {
            if (it.value() >= 2 && it.value() <= 12)
                hourNames << it.key();
        }
        hourNames.sort();
        add(u"("_s + hourNames.join(u'|') + uR"()(?:\s+(?:)"_s + words.clockHourWord + uR"()(?:\s+()"_s + words.clockFractions
                + uR"()|\s+([0-5]\d))?(?:\s+()"_s + words.clockDayParts + uR"())?|\s+()"_s + words.clockFractions + uR"()(?:\s+()"_s
                + words.clockDayParts + uR"())?|\s+()"_s + words.clockDayParts + u"))"_s,
            [&words, clockBefore, clockOf](const QRegularExpressionMatch &m, const Context &c) {
                const auto before = c.before(16);
                if (!clockBefore.matchView(before).hasMatch())
                    return std::optional<Resolution>();
                const auto clock = clockOf(quantity(words, m.captured(1)).toInt(), m.captured(3).toInt(),
                                           m.captured(2) + m.captured(5), m.captured(4) + m.captured(6) + m.captured(7));
                if (!clock)
                    return std::optional<Resolution>();
                return relativeValue(dayValue(c.dct) + u'T' + *clock, TimexType::Time);
            });

    }
    // "hier à 10 h", "mardi vers 21 h 45", "ayer a las 10:30": a day and its clock time, one
    // expression of that day
    if (!words.clockAfterDay.isEmpty()) {
        const auto clock = uR"(([012]?\d)\s*)"_s + words.hourMarker + uR"(\s*([0-5]\d)?)"_s;
        const auto timeOfDay = [](const QDate &date, const QRegularExpressionMatch &m, int hourCapture) {
            const int hour = m.captured(hourCapture).toInt();
            if (hour > 24 || !date.isValid())
                return std::optional<Resolution>();
            const auto minutes = m.captured(hourCapture + 1).isEmpty() ? u"00"_s : m.captured(hourCapture + 1);
            return relativeValue(dayValue(date) + u'T' + QString::number(hour).rightJustified(2, u'0') + u':' + minutes,
                                 TimexType::Time);
        };
        add(u"("_s + words.todayWords + uR"()\s+(?:)"_s + words.clockAfterDay + uR"()\s+)"_s + clock,
            [&words, timeOfDay](const QRegularExpressionMatch &m, const Context &c) {
                return timeOfDay(c.dct.addDays(words.dayOffset(m.captured(1).toLower().simplified())), m, 2);
            });
        // Notices leave the word out: "lundi 14 heures", "samedi, 20 h 30", "el viernes 18 horas".
        add(words.article + weekday + uR"((?:\s+(?:)"_s + words.clockAfterDay + uR"()|,)?\s+)"_s + clock,
            [weekdayIndex, isFuture, timeOfDay](const QRegularExpressionMatch &m, const Context &c) {
                return timeOfDay(resolveWeekday(c.dct, indexIn(weekdayIndex, m.captured(1)), isFuture(c)), m, 2);
            });
    }
    // "mardi soir", "el lunes por la tarde", "Mittwochabend", "مساء الأربعاء": a weekday's part of
    // the day
    Q_ASSERT((words.partsAfterWeekday.isEmpty() && words.partsBeforeWeekday.isEmpty()) || words.partOfDayCode);
    const auto weekdayPart = [weekdayIndex, isFuture, &words](const QString &weekdayName, const QString &part, const Context &c) {
        const auto date = resolveWeekday(c.dct, indexIn(weekdayIndex, weekdayName), isFuture(c));
        return relativeValue(dayValue(date) + words.partOfDayCode(part.toLower()), TimexType::Time);
    };
    if (!words.partsAfterWeekday.isEmpty()) {
        add(words.article + weekday + words.weekdayPartSeparator + words.partsAfterWeekday,
            [weekdayPart](const QRegularExpressionMatch &m, const Context &c) { return weekdayPart(m.captured(1), m.captured(2), c); });
    }
    if (!words.partsBeforeWeekday.isEmpty()) {
        add(words.partsBeforeWeekday + weekday,
            [weekdayPart](const QRegularExpressionMatch &m, const Context &c) { return weekdayPart(m.captured(2), m.captured(1), c); });
    }
    if (!words.nightBeforeWeekday.isEmpty()) {
        add(words.nightBeforeWeekday + weekday, [weekdayIndex, isFuture](const QRegularExpressionMatch &m, const Context &c) {
            const auto date = resolveWeekday(c.dct, indexIn(weekdayIndex, m.captured(1)), isFuture(c));
            return relativeValue(dayValue(date.isValid() ? date.addDays(-1) : date) + u"TNI"_s, TimexType::Time);
        });
    }
    // "Freitag vergangener Woche", "в пятницу на прошлой неделе": that weekday of the week named
    if (!words.weekdayOfShiftedWeek.isEmpty()) {
        add(words.article + weekday + words.weekdayOfShiftedWeek,
            [weekdayIndex, &words](const QRegularExpressionMatch &m, const Context &c) {
                const int number = indexIn(weekdayIndex, m.captured(1));
                if (number < 1 || !c.dct.isValid())
                    return relativeValue(dayValue(QDate()));
                const auto week = c.dct.addDays(7 * qint64(words.shift(m.captured(2).toLower().simplified()).second));
                return relativeValue(dayValue(week.addDays(number - week.dayOfWeek())));
            });
    }
    // "Anfang des Jahres", "в конце прошлого года", "Ende nächster Woche": the year, month or
    // week, as TIMEX3 writes "early this year" or "the end of the month"
    if (!words.unitAfterPart.isEmpty()) {
        add(words.monthParts + uR"(\s+)"_s + words.unitAfterPart, [&words](const QRegularExpressionMatch &m, const Context &c) {
            const auto [unit, step] = words.shift(m.captured(1).toLower().simplified());
            return relativeValue(shiftedUnitValue(c.dct, unit, step));
        });
    }
    // "à midi", "a mediodía", "minuit": noon or midnight of the day (anchored to a day named
    // before it, like clock times)
    if (!words.noonWords.isEmpty()) {
        add(words.noonWords, [](const QRegularExpressionMatch &m, const Context &c) {
            const bool isMidnight = m.captured(0).startsWith(u"min"_s) || m.captured(0).startsWith(u"medianoche"_s);
            return relativeValue(dayValue(c.dct) + (isMidnight ? u"T00:00"_s : u"T12:00"_s), TimexType::Time);
        });
    }
    // "octobre 98", "le 10 novembre 93": a two-digit year where the clause ends after it
    if (words.hasTwoDigitYears) {
        const auto shortYear = uR"(((?:[5-9]|[0-2])\d)(?=\s*[.,;:)]|\s*$))"_s;
        const auto fullYear = [](const QString &digits) {
            const int n = digits.toInt();
            return n >= 50 ? 1900 + n : 2000 + n;
        };
        add(words.article + day + words.dayBeforeMonth + month + uR"(\s+)"_s + shortYear,
            [monthIndex, dayNumber, fullYear](const QRegularExpressionMatch &m, const Context &) {
                const QDate date(fullYear(m.captured(3)), indexIn(monthIndex, m.captured(2)), dayNumber(m.captured(1)));
                return date.isValid() ? fixedValue(dayValue(date)) : std::nullopt;
            });
        add(month + uR"(\s+)"_s + shortYear, [monthIndex, fullYear](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(monthValue(fullYear(m.captured(2)), indexIn(monthIndex, m.captured(1))));
        });
    }
    // "mercredi dernier", "le 6 mai dernier", "juin prochain", "el pasado martes", "el próximo
    // lunes": the modifier belongs to the expression and fixes its direction. A weekday that is
    // "last" lies before the article's day and a "next" one after it, never the day itself; a
    // month or a day of a month that is "last" is the latest one before the article's date.
    // German has only the modifier before ("am vergangenen Freitag"), Arabic only the one after
    // ("الخميس المقبل").
    const bool hasModifierAfter = !words.lastAfter.isEmpty();
    const bool hasModifierBefore = !words.lastBefore.isEmpty();
    if (hasModifierAfter || hasModifierBefore) {
        const auto modifierAfter = uR"(\s+()"_s + words.lastAfter + u"|"_s + words.nextAfter + u")"_s;
        const auto modifierBefore = u"("_s + words.lastBefore + u"|"_s + words.nextBefore + uR"()\s+)"_s;
        QStringList lastWords;
        if (hasModifierAfter)
            lastWords << words.lastAfter;
        if (hasModifierBefore)
            lastWords << words.lastBefore;
        const auto isLast = [last = QRegularExpression(u"^(?:"_s + lastWords.join(u'|') + u")$"_s,
                                                       QRegularExpression::CaseInsensitiveOption
                                                           | QRegularExpression::UseUnicodePropertiesOption)](const QString &modifier) {
            return last.match(modifier.simplified()).hasMatch();
        };
        const auto weekdayValue = [weekdayIndex, isLast](const QString &name, const QString &modifier, const Context &c) {
            if (!c.dct.isValid())
                return relativeValue(dayValue(QDate()));
            const bool isPast = isLast(modifier);
            const auto from = c.dct.addDays(isPast ? -1 : 1);
            return relativeValue(dayValue(resolveWeekday(from, indexIn(weekdayIndex, name), !isPast)));
        };
        if (hasModifierBefore) {
            add(words.article + modifierBefore + weekday, [weekdayValue](const QRegularExpressionMatch &m, const Context &c) {
                return weekdayValue(m.captured(2), m.captured(1), c);
            });
        }
        if (hasModifierAfter) {
            add(words.article + weekday + modifierAfter, [weekdayValue](const QRegularExpressionMatch &m, const Context &c) {
                return weekdayValue(m.captured(1), m.captured(2), c);
            });
            add(words.article + day + words.dayBeforeMonth + month + modifierAfter,
                [monthIndex, dayNumber, isLast](const QRegularExpressionMatch &m, const Context &c) {
                    const int number = dayNumber(m.captured(1));
                    const int monthNumber = indexIn(monthIndex, m.captured(2));
                    return dayOfMonthNamed(number, monthNumber, isLast(m.captured(3)), c.dct);
                });
        }
        // "el pasado mes de septiembre", "el próximo mes de marzo"
        if (hasModifierBefore && !words.monthNoun.isEmpty()) {
            add(words.article + modifierBefore + words.monthNoun + month,
                [monthIndex, isLast](const QRegularExpressionMatch &m, const Context &c) {
                    return monthNamed(indexIn(monthIndex, m.captured(2)), isLast(m.captured(1)), c.dct);
                });
        }
        // "el pasado diciembre", "im vergangenen September", "bis kommenden Januar": the month
        // before or after the article's, as with the month's noun; "am letzten Oktober-Wochenende"
        // is a weekend of it
        if (hasModifierBefore) {
            add(words.article + modifierBefore + month + u"(?![-‐])"_s, [monthIndex, isLast](const QRegularExpressionMatch &m, const Context &c) {
                return monthNamed(indexIn(monthIndex, m.captured(2)), isLast(m.captured(1)), c.dct);
            });
        }
        // "el pasado 11 de diciembre"
        if (hasModifierBefore) {
            add(words.article + modifierBefore + day + words.dayBeforeMonth + month,
                [monthIndex, dayNumber, isLast](const QRegularExpressionMatch &m, const Context &c) {
                    const int number = dayNumber(m.captured(2));
                    const int monthNumber = indexIn(monthIndex, m.captured(3));
                    return dayOfMonthNamed(number, monthNumber, isLast(m.captured(1)), c.dct);
                });
        }
        if (hasModifierAfter) {
            add(month + modifierAfter, [monthIndex, isLast](const QRegularExpressionMatch &m, const Context &c) {
                return monthNamed(indexIn(monthIndex, m.captured(1)), isLast(m.captured(2)), c.dct);
            });
        }
    }
    // Holidays: "à Noël", "después de Navidad", "nach Weihnachten", "после Нового года", "Pâques
    // 2026": the one the clause's tense points to (resolveHoliday), or of the year named. A
    // capitalised word after one makes a name ("Noël Mamère").
    if (!words.holidays.isEmpty()) {
        QStringList names;
        for (const auto &holiday : words.holidays)
            names << u"("_s + holiday.first + u")"_s;
        const auto holidayCount = int(words.holidays.size());
        add(u"(?-i:(?:"_s + names.join(u'|') + uR"())(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)(?!\d))?(?-i:(?!\s+[A-ZÀ-ÖØ-ÝА-ЯЁ])))"_s,
            [&words, holidayCount, tenseOf](const QRegularExpressionMatch &m, const Context &c) {
                int which = 0;
                while (which < holidayCount && !m.hasCaptured(which + 1))
                    ++which;
                const Holiday holiday = words.holidays.at(std::min(which, holidayCount - 1)).second;
                if (m.hasCaptured(holidayCount + 1))
                    return fixedValue(dayValue(holidayIn(holiday, m.captured(holidayCount + 1).toInt())));
                if (!c.dct.isValid())
                    return relativeValue(holidayValueWithoutYear(holiday));
                return relativeValue(dayValue(resolveHoliday(c.dct, holiday, [&] { return tenseOf(c, true); })));
            });
    }
    // Seasons: "cet été", "este verano" in the article's year; "l'été dernier", "el verano pasado"
    // the one before; a bare season ("en été") is any year's, as TimeML writes it (XXXX-SU).
    if (!words.seasons.isEmpty()) {
        const auto seasonIndex = positions(words.seasons);
        const auto season = u"("_s + alternation(words.seasons) + u")"_s;
        static constexpr std::array codes{u"SP", u"SU", u"FA", u"WI"};
        const auto code = [seasonIndex](const QString &name) {
            const int index = indexIn(seasonIndex, name);
            return index >= 1 && index <= 4 ? QString(codes[size_t(index - 1)]) : QString();
        };
        add(words.thisSeason + uR"(\s+)"_s + season, [code](const QRegularExpressionMatch &m, const Context &c) {
            return relativeValue((c.dct.isValid() ? QString::number(c.dct.year()) : u"XXXX"_s) + u'-' + code(m.captured(1)));
        });
        if (!words.lastAfter.isEmpty()) {
            add(u"(?:l'|l’|el\\s+)?"_s + season + uR"(\s+()"_s + words.lastAfter + u"|"_s + words.nextAfter + u")"_s,
                [code, last = QRegularExpression(u"^(?:"_s + words.lastAfter + u")$"_s, QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::UseUnicodePropertiesOption)](const QRegularExpressionMatch &m,
                                                                                                       const Context &c) {
                    const int step = last.match(m.captured(2)).hasMatch() ? -1 : 1;
                    const auto season = code(m.captured(1));
                    return relativeValue((c.dct.isValid() ? QString::number(resolveSeasonYear(c.dct, season, step)) : u"XXXX"_s)
                                         + u'-' + season);
                });
        }
        // "el próximo verano", "el pasado invierno": the modifier before the season
        if (!words.lastBefore.isEmpty()) {
            add(u"(?:el\\s+|le\\s+)?("_s + words.lastBefore + u"|"_s + words.nextBefore + uR"()\s+)"_s + season,
                [code, last = QRegularExpression(u"^(?:"_s + words.lastBefore + u")$"_s, QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::UseUnicodePropertiesOption)](const QRegularExpressionMatch &m,
                                                                                                       const Context &c) {
                    const int step = last.match(m.captured(1)).hasMatch() ? -1 : 1;
                    const auto season = code(m.captured(2));
                    return relativeValue((c.dct.isValid() ? QString::number(resolveSeasonYear(c.dct, season, step)) : u"XXXX"_s)
                                         + u'-' + season);
                });
        }
        const QRegularExpression determiner(
            words.seasonDeterminers.isEmpty() ? u"(?!)"_s : uR"((?:^|[^\w'])(?:)"_s + words.seasonDeterminers + uR"()\s*$|(?:^|[.!?\n])\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        // "a été", "n'a pas été": a season (capture 1) that is also another word needs a determiner
        // or a sentence start before it, unless the match holds its elided article ("l'été")
        const auto lacksDeterminer = [determiner, &words](const QRegularExpressionMatch &m, const Context &c) {
            return m.capturedStart(1) == m.capturedStart(0) && words.ambiguousSeasons.contains(m.captured(1).toLower())
                && !determiner.matchView(c.before(30)).hasMatch();
        };
        // A season every year ("jeden Herbst") is no one year's.
        const QRegularExpression every(words.every.isEmpty() ? u"(?!)"_s : u"(?:^|[^\\w])(?:"_s + words.every + uR"()\s*$)"_s,
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        // "à l'automne": the elided article is part of the expression (a word cannot start after
        // an apostrophe) and is the season's determiner. A bare season is any year's, or the
        // article's year's where the language's news reads it so (isBareSeasonOfArticleYear).
        const QRegularExpression elidedBefore(uR"((?<!\w)d['’]$)"_s, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression nounOfTimeBefore(
            words.nounsOfTimeBeforeElidedSeason.isEmpty() ? u"(?!)"_s : uR"((?<!\w)(?:)"_s + words.nounsOfTimeBeforeElidedSeason + uR"()\s+d['’]$)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const auto qualifiesNoun = [elidedBefore, nounOfTimeBefore, &words](const Context &c) {
            return !words.nounsOfTimeBeforeElidedSeason.isEmpty() && elidedBefore.matchView(c.before(2)).hasMatch()
                && !nounOfTimeBefore.matchView(c.before(24)).hasMatch();
        };
        add(u"(?:l'|l’)?"_s + season, [code, lacksDeterminer, qualifiesNoun, every, tenseOf, &words](const QRegularExpressionMatch &m, const Context &c) {
            if (lacksDeterminer(m, c) || qualifiesNoun(c))
                return std::optional<Resolution>();
            const auto season = code(m.captured(1));
            if (words.isBareSeasonOfArticleYear && c.dct.isValid() && !every.matchView(c.before(20)).hasMatch())
                return relativeValue(QString::number(resolveSeasonYear(c.dct, season, tenseOf(c, true))) + u'-' + season);
            return fixedValue(u"XXXX-"_s + season);
        });
        // "im Herbst letzten Jahres", "el verano del año pasado": a season of the year named by its
        // distance from the article's
        if (!words.yearOfMonth.isEmpty()) {
            add(u"(?:el\\s+|l'|l’)?"_s + season + uR"(\s+)"_s + words.yearOfMonth,
                [code, lacksDeterminer, &words](const QRegularExpressionMatch &m, const Context &c) {
                    if (lacksDeterminer(m, c))
                        return std::optional<Resolution>();
                    const int step = words.shift(m.captured(2).toLower().simplified()).second;
                    return relativeValue(shiftedUnitValue(c.dct, u"year"_s, step) + u'-' + code(m.captured(1)));
                });
        }
        // "el verano de 2007", "l'été 2007", "летом 2012 года": a season of the year named ("a été
        // 2007" is no season)
        add(u"(?:el\\s+|l'|l’)?"_s + season + words.monthBeforeYear + year + yearSuffix,
            [code, lacksDeterminer](const QRegularExpressionMatch &m, const Context &c) {
                if (lacksDeterminer(m, c))
                    return std::optional<Resolution>();
                return fixedValue(m.captured(2) + u'-' + code(m.captured(1)));
            });
    }
    // "annuellement", "diariamente": once a unit
    if (!words.repetitionAdverbs.isEmpty()) {
        add(u"("_s + QStringList(words.repetitionAdverbs.keys()).join(u'|') + u")"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                return fixedValue(duration(u"1"_s, words.repetitionAdverbs.value(m.captured(1).toLower())), TimexType::Set);
            });
    }
    // "20 000 véhicules par an", "15 al año", "deux fois par mois": once a unit, after a count
    if (!words.perUnit.isEmpty()) {
        const QRegularExpression countInClause(uR"((?:\d|\b(?:)"_s + QStringList(words.numbers.keys()).join(u'|') + u'|' + words.timesWord
                                                   + uR"()\b)[^.;:!?\n]*$)"_s,
                                               QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        add(words.perUnit, [&words, countInClause](const QRegularExpressionMatch &m, const Context &c) {
            if (!countInClause.matchView(c.before(40)).hasMatch())
                return std::optional<Resolution>();
            return fixedValue(duration(u"1"_s, words.unitCode(m.captured(1).toLower())), TimexType::Set);
        });
    }
    // "chaque année", "tous les mois", "cada semana"
    add(u"(?:"_s + words.every + uR"()\s+)"_s + words.unitPattern, [&words](const QRegularExpressionMatch &m, const Context &) {
        return fixedValue(duration(u"1"_s, words.unitCode(m.captured(1).toLower())), TimexType::Set);
    });
    // "tous les mercredis", "chaque lundi", "cada martes": that weekday of every week
    add(u"(?:"_s + words.every + uR"()\s+)"_s + weekday + u"s?"_s, [weekdayIndex](const QRegularExpressionMatch &m, const Context &) {
        const int number = indexIn(weekdayIndex, m.captured(1));
        if (number < 1)
            return std::optional<Resolution>();
        return fixedValue(u"XXXX-WXX-"_s + QString::number(number), TimexType::Set);
    });
    // "actuellement", "ahora"
    add(u"(?:"_s + words.presentWords + u")"_s, [](const QRegularExpressionMatch &, const Context &) {
        return fixedValue(u"PRESENT_REF"_s);
    });
    // "recientemente", "en el pasado": some time before the article, as the English rules have it
    if (!words.pastWords.isEmpty()) {
        add(u"(?:"_s + words.pastWords + u")"_s, [](const QRegularExpressionMatch &, const Context &) {
            return fixedValue(u"PAST_REF"_s);
        });
    }
    // "en el futuro": some time after it
    if (!words.futureWords.isEmpty()) {
        add(u"(?:"_s + words.futureWords + u")"_s, [](const QRegularExpressionMatch &, const Context &) {
            return fixedValue(u"FUTURE_REF"_s);
        });
    }
    // "el tercer trimestre de 2008", "au premier semestre", "im dritten Quartal": a quarter or a
    // half of the year named, else of the article's year; a part that has not begun by the
    // article's date is last year's unless the sentence looks ahead (results for "the fourth
    // quarter" are reported in the new year).
    if (!words.quarterWord.isEmpty()) {
        const auto ordinalIndex = positions(words.partOrdinals);
        const auto ordinal = u"("_s + alternation(words.partOrdinals) + u")"_s;
        const auto partValue = [isFuture, &words](int number, const QRegularExpressionMatch &m, const Context &c, int parts) {
            if (number < 1 || number > parts)
                return std::optional<Resolution>();
            const QString code = (parts == 4 ? u"-Q"_s : u"-H"_s) + QString::number(number);
            // The year named, in whichever of the later captures a pattern has it: in digits, or
            // by its distance from the article's ("del año pasado").
            for (int group = 2; group <= m.lastCapturedIndex(); ++group) {
                if (m.capturedLength(group) == 0)
                    continue;
                const QString named = m.captured(group);
                if (named.front().isDigit())
                    return fixedValue(named + code);
                return relativeValue(shiftedUnitValue(c.dct, u"year"_s, words.shift(named.toLower().simplified()).second) + code);
            }
            if (!c.dct.isValid())
                return relativeValue(u"XXXX"_s + code);
            const int firstMonth = (number - 1) * (12 / parts) + 1;
            const bool isLastYears = firstMonth > c.dct.month() && !isFuture(c);
            return relativeValue(QString::number(c.dct.year() - (isLastYears ? 1 : 0)) + code);
        };
        const auto namedYear = u"(?:"_s + words.partBeforeYear + year + yearSuffix
                             + (words.yearOfMonth.isEmpty() ? QString() : uR"(|\s+)"_s + words.yearOfMonth) + u")"_s;
        const auto ofYear = namedYear + u"?"_s;
        const auto part = [&words](const QString &partWord, const QString &ordinal) -> QString {
            if (words.isPartWordFirst)
                return words.partArticle + partWord + uR"(\s+)"_s + ordinal;
            return words.partArticle + ordinal + uR"(\s+)"_s + partWord;
        };
        add(part(words.quarterWord, ordinal) + ofYear, [partValue, ordinalIndex](const QRegularExpressionMatch &m, const Context &c) {
            return partValue(indexIn(ordinalIndex, m.captured(1)), m, c, 4);
        });
        if (!words.halfWord.isEmpty()) {
            add(part(words.halfWord, ordinal) + ofYear, [partValue, ordinalIndex](const QRegularExpressionMatch &m, const Context &c) {
                return partValue(indexIn(ordinalIndex, m.captured(1)), m, c, 2);
            });
        }
        if (!words.halfOfYear.isEmpty()) {
            const auto halfIndex = positions(words.halfOrdinals);
            add(words.halfArticle + u"("_s + alternation(words.halfOrdinals) + uR"()\s+(?:)"_s + words.halfOfYear + u")"_s,
                [partValue, halfIndex](const QRegularExpressionMatch &m, const Context &c) {
                    return partValue(indexIn(halfIndex, m.captured(1)), m, c, 2);
                });
        }
        // "el último trimestre de 2008", "au dernier trimestre 2008", "im letzten Quartal des
        // Vorjahres": the last part of the year named. Without a year the last quarter is the one
        // before the article's, a unit counted back (shiftedUnits).
        if (!words.lastPartOrdinal.isEmpty()) {
            const auto lastOrdinal = u"("_s + words.lastPartOrdinal + u")"_s;
            add(part(words.quarterWord, lastOrdinal) + namedYear,
                [partValue](const QRegularExpressionMatch &m, const Context &c) { return partValue(4, m, c, 4); });
            if (!words.halfWord.isEmpty()) {
                add(part(words.halfWord, lastOrdinal) + namedYear,
                    [partValue](const QRegularExpressionMatch &m, const Context &c) { return partValue(2, m, c, 2); });
            }
        }
    }
    // "les années 1990", "los años noventa", "die 80er-Jahre", "в 1990-е годы": a decade, which
    // TIMEX3 writes as its first three digits; two digits are of the twentieth century
    if (!words.decadeBefore.isEmpty() || !words.decadeAfter.isEmpty()) {
        auto decadeWords = words.decadeWords.keys();
        // Longest first, so that "soixante-dix" is not read as "soixante"
        std::sort(decadeWords.begin(), decadeWords.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const auto inWords = decadeWords.isEmpty() ? QString() : u"|("_s + decadeWords.join(u'|') + u")"_s;
        add(words.decadeBefore + uR"((?:((?:1[6-9]|20)\d)0|(\d)0)"_s + inWords + u")"_s + words.decadeAfter,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                if (m.capturedLength(1) > 0)
                    return fixedValue(m.captured(1));
                const int tens = m.capturedLength(2) > 0 ? m.captured(2).toInt() : words.decadeWords.value(m.captured(3).toLower(), -1);
                if (tens < 1)
                    return std::optional<Resolution>();
                return fixedValue(u"19"_s + QString::number(tens));
            });
    }
    // "ces dernières semaines", "in den kommenden Monaten": some of the unit, how many unsaid
    if (!words.unsaidNumberOfUnit.isEmpty()) {
        add(words.unsaidNumberOfUnit,
            [&words](const QRegularExpressionMatch &m, const Context &) { return unsaidNumberOf(words, m); });
    }
    if (words.extraRules)
        words.extraRules(add, words);
    return rules;
}

namespace {

Vocabulary french()
{
    Vocabulary w;
    w.months = {u"janvier|janv"_s, u"février|fevrier|févr"_s, u"mars"_s, u"avril|avr"_s, u"mai"_s, u"juin"_s,
                u"juillet|juil"_s, u"août|aout"_s, u"septembre"_s, u"octobre|oct"_s, u"novembre|nov"_s,
                u"décembre|decembre|déc"_s};
    w.weekdays = {u"lundi"_s, u"mardi"_s, u"mercredi"_s, u"jeudi"_s, u"vendredi"_s, u"samedi"_s, u"dimanche"_s};
    w.monthAbbreviations = {u"janv"_s, u"févr|fév|fevr"_s, {}, u"avr"_s, {}, {}, u"juil"_s, {}, u"sept"_s, u"oct"_s,
                            u"nov"_s, u"déc|dec"_s};
    w.dayBeforeMonthAbbreviation = uR"(\h+)"_s;
    w.numbers = {{u"un"_s, 1}, {u"une"_s, 1}, {u"deux"_s, 2}, {u"trois"_s, 3}, {u"quatre"_s, 4}, {u"cinq"_s, 5},
                 {u"six"_s, 6}, {u"sept"_s, 7}, {u"huit"_s, 8}, {u"neuf"_s, 9}, {u"dix"_s, 10}, {u"onze"_s, 11},
                 {u"douze"_s, 12}, {u"quinze"_s, 15}, {u"vingt"_s, 20}, {u"trente"_s, 30}, {u"quarante"_s, 40},
                 {u"cinquante"_s, 50}, {u"cent"_s, 100}, {u"treize"_s, 13}, {u"quatorze"_s, 14}, {u"seize"_s, 16},
                 {u"dix-sept"_s, 17}, {u"dix-huit"_s, 18}, {u"dix-neuf"_s, 19}, {u"vingt-quatre"_s, 24},
                 {u"quarante-huit"_s, 48}, {u"soixante"_s, 60}, {u"quelques"_s, -1}, {u"plusieurs"_s, -1}};
    // Seconds in the plural only: "une seconde fois", "la seconde vague" are the ordinal
    w.unitPattern = uR"((ans?|années?|mois|semaines?|jours?|journées?|heures?|minutes?|secondes|décennies?|siècles?|trimestres?|semestres?))"_s;
    w.unitCode = [](const QString &unit) {
        if (unit.startsWith(u"trimestre"_s)) return u"Q"_s;
        if (unit.startsWith(u"semestre"_s)) return u"HY"_s;
        if (unit.startsWith(u"seconde"_s)) return u"S"_s;
        if (unit.startsWith(u"an"_s)) return u"Y"_s;
        if (unit == u"mois"_s) return u"M"_s;
        if (unit.startsWith(u"semaine"_s)) return u"W"_s;
        if (unit.startsWith(u"jour"_s)) return u"D"_s;
        if (unit.startsWith(u"heure"_s)) return u"H"_s;
        if (unit.startsWith(u"minute"_s)) return u"MIN"_s;
        if (unit.startsWith(u"décenni"_s)) return u"DE"_s;
        return u"CE"_s;
    };
    w.dayBeforeMonth = uR"(\s+)"_s;
    w.monthBeforeYear = uR"(\s+)"_s;
    w.article = uR"((?:(?:le|ce)\s+)?)"_s;
    w.articleAfterWeekday = uR"((?:le\s+)?)"_s;
    w.thisBefore = uR"((?:ce))"_s;
    // An elided preposition or conjunction may stand before a date with an ASCII apostrophe as
    // with a typographic one: "fin d'octobre", "la réunion d'hier", "jusqu'aujourd'hui".
    w.elidedWords = {u"d"_s, u"qu"_s, u"jusqu"_s, u"lorsqu"_s, u"puisqu"_s};
    // "depuis des années", "ces dernières semaines", "les prochains mois", "les semaines à venir"
    // ("des années 90" is a decade); hours only with their modifier ("les prochaines heures", not
    // "des heures supplémentaires")
    w.unsaidNumberOfUnit = uR"((?|(?:des(?!\s+heures)|(?:ces|les|des)\s+(?:dernières|derniers|prochaines|prochains))\s+(années|mois|semaines|décennies|jours|heures))"_s
                           uR"((?!\s+(?:\d|19|20|soixante|cinquante|quarante|trente|vingt|folles))|(?:ces|les|des)\s+(années|mois|semaines|décennies|jours|heures)\s+à\s+venir))"_s;
    w.dayAfterNarrated = uR"((?:le\s+)?lendemain(?:\s+(matin|soir|après-midi))?(?!\s+(?:de|du|des)\b|\s*(?:d'|d’))|le\s+jour\s+suivant)"_s;
    // "le même jour", "ce jour-là": the day the text named last
    w.sameDayNarrated = uR"(le\s+même\s+jour|ce\s+même\s+jour|ce\s+jour-là)"_s;
    w.dayBeforeNarrated = uR"(la\s+veille(?:\s+au\s+(soir))?(?!\s+(?:de|du|des)\b|\s*(?:d'|d’))|le\s+jour\s+précédent)"_s;
    w.yearAfterNarrated = uR"(l['’](?:année|an)\s+(?:suivante?|d['’]après)|l['’]année\s+qui\s+suivit)"_s;
    w.sameYearNarrated = uR"((?:la\s+même\s+année|cette\s+(?:même\s+)?année-là))"_s;
    w.yearBeforeNarrated = uR"(l['’](?:année|an)\s+(?:précédente?|d['’]avant))"_s;
    w.daysAfterCount = uR"(plus\s+tard(?!\s+que\b))"_s;
    w.daysBeforeCount = uR"(plus\s+tôt(?!\s+que\b)|auparavant)"_s;
    w.dayWords = uR"(jours?|journées?)"_s;
    w.dayRangeJoin = uR"((?:au|et(?:\s+le)?|-|–))"_s;
    w.monthRangeFrom = uR"(de|d['’]|du|depuis)"_s;
    w.monthRangeJoin = uR"(à|au|jusqu['’](?:à|au|en))"_s;
    w.todayWords = uR"(avant-hier|après-demain|aujourd'hui|aujourd’hui|hier|demain)"_s;
    w.dayOffset = [](const QString &word) {
        if (word == u"hier"_s) return -1;
        if (word == u"demain"_s) return 1;
        if (word == u"avant-hier"_s) return -2;
        if (word == u"après-demain"_s) return 2;
        return 0;
    };
    // "dans la nuit", "pendant la soirée" without a day named: a daily's night or evening is the
    // one before the issue's morning
    w.partsOfDay = uR"((?:ce|hier|demain)\s+(?:matin|soir|après-midi)|cet\s+après-midi|cette\s+nuit|la\s+nuit\s+dernière|)"_s
                   uR"((?:(?<=dans\s)|(?<=pendant\s)|(?<=durant\s)|(?<=cours\sde\s))la\s+(?:nuit|soirée)(?!\s+(?:du|de|d'|d’|suivante|précédente)\b))"_s;
    // matin, matinée; soir, soirée
    w.partOfDayCode = [](const QString &words) {
        return words.contains(u"matin"_s) ? u"TMO"_s : words.contains(u"après-midi"_s) ? u"TAF"_s
             : words.contains(u"soir"_s) ? u"TEV"_s : u"TNI"_s;
    };
    w.partOfDay = [code = w.partOfDayCode](const QString &phrase) {
        const int offset = phrase.startsWith(u"hier"_s) || phrase.contains(u"dernière"_s) || phrase.startsWith(u"la"_s) ? -1
                           : phrase.startsWith(u"demain"_s)                                                        ? 1
                                                                                                                  : 0;
        return std::pair{offset, code(phrase)};
    };
    // "l'exercice précédent", "cet exercice": a company's financial year, counted as a year;
    // "la dernière décennie", "la décennie écoulée": the decade, a date ("201"), as in English
    w.shiftedUnits = uR"((?:la\s+semaine|le\s+mois|l'an|l’an|l'année|l’année)\s+(?:dernière|dernier|prochaine|prochain|passée|passé)|cette\s+(?:semaine|année)(?![-‑]là)|ce\s+mois(?:-ci)?(?![-‑]là)|cette\s+année-ci|le\s+week-end\s+(?:dernier|prochain)|(?:ce|le)\s+week-end(?!\s+(?:de|du|des|d'|d’)\b)|(?:le\s+|(?<=\b(?:au|du)\s))(?:dernier|prochain)\s+trimestre|(?:le\s+|(?<=\b(?:au|du)\s))trimestre\s+(?:dernier|prochain|passé)|ce\s+trimestre|(?:l'|l’)exercice\s+(?:précédent|dernier|prochain|passé|en\s+cours)|cet\s+exercice|(?:la\s+)?(?:dernière|prochaine)\s+décennie|la\s+décennie\s+(?:dernière|prochaine|passée|écoulée)|cette\s+décennie(?![-‑]là))"_s;
    w.shift = [](const QString &phrase) {
        const QString unit = phrase.contains(u"décennie"_s) ? u"decade"_s : phrase.contains(u"week-end"_s) ? u"weekend"_s
                           : phrase.contains(u"semaine"_s) ? u"week"_s : phrase.contains(u"trimestre"_s) ? u"quarter"_s
                           : phrase.contains(u"mois"_s) ? u"month"_s : u"year"_s;
        const int step = phrase.contains(u"derni"_s) || phrase.contains(u"pass"_s) || phrase.contains(u"précédent"_s) || phrase.contains(u"écoulé"_s) ? -1
                         : phrase.contains(u"prochain"_s)                                                          ? 1
                                                                                                                   : 0;
        return std::pair{unit, step};
    };
    w.ago = uR"((?:il\s+y\s+a))"_s;
    w.later = uR"(dans)"_s;
    w.numericDayMonth = uR"((?:(?<![\w'’])le\s+|(?<=\bdu\s|\bau\s))([0-3]?\d)/([01]?\d)(?![/\d])(?!\s*(?:des?|du|d['’])\b))"_s;
    w.approximately = uR"((?:un\s+peu\s+)?(?:plus|moins)\s+d(?:e|['’](?=une?\b))|près\s+d(?:e|['’](?=une?\b))|environ|presque|quelque|à\s+peine|seulement|tout\s+juste)"_s;
    w.yearOfMonth = uR"((?:de\s+)?(l'année\s+dernière|l’année\s+dernière|l'an\s+dernier|l’an\s+dernier|l'année\s+prochaine|l’année\s+prochaine|l'an\s+prochain|l’an\s+prochain|cette\s+année))"_s;
    w.lastAfter = uR"((?:derniers?|dernières?|passée?s?))"_s;
    w.nextAfter = uR"((?:prochaine?s?))"_s;
    w.lastBefore = uR"((?:dernier|dernière))"_s;
    w.nextBefore = uR"((?:prochain|prochaine))"_s;
    w.holidays = {{uR"((?:veille|réveillon)\s+de\s+Noël)"_s, Holiday::ChristmasEve},
                  // Father Christmas and things named for the feast are no day: "le père Noël",
                  // "l'arbre de Noël", "un conte de Noël"
                  {uR"((?<!père\s)(?<!Père\s)(?<!bonhomme\s)(?<!arbre\sde\s)(?<!arbres\sde\s)(?<!sapin\sde\s)(?<!sapins\sde\s)(?<!conte\sde\s)(?<!contes\sde\s)(?<!chant\sde\s)(?<!chants\sde\s)(?<!marché\sde\s)(?<!marchés\sde\s)(?<!cadeau\sde\s)(?<!cadeaux\sde\s)(?<!carte\sde\s)(?<!cartes\sde\s)Noël)"_s,
                   Holiday::Christmas},
                  {uR"(Saint-Sylvestre|réveillon\s+du\s+(?:Nouvel\s+An|jour\s+de\s+l['’]An))"_s, Holiday::NewYearsEve},
                  {uR"(jour\s+de\s+l['’]An|Nouvel\s+An)"_s, Holiday::NewYearsDay},
                  {u"Pâques"_s, Holiday::Easter}};
    w.seasons = {u"printemps"_s, u"été"_s, u"automne"_s, u"hiver"_s};
    w.thisSeason = uR"((?:cet|ce))"_s;
    w.ambiguousSeasons = {u"été"_s}; // also the participle "been"
    w.seasonDeterminers = uR"(l'|l’|d'|d’|en|cet|un|bel|plein|chaque|cet)"_s;
    w.nounsOfTimeBeforeElidedSeason = uR"(mois|jours?|journées?|semaines?|soirs?|soirées?|nuits?|matins?|matinées?|après-midi)"_s;
    // An age: after "âgé de" (a capital loses its accent: "Agé de 54 ans"), after a person ("un
    // chauffeur de bus de 38 ans"), after a noun ending as inhabitants and pupils do ("une
    // Alsacienne de 6 ans", "un Mulhousien de 20 ans", "un collégien de seize ans"), "les moins
    // de 25 ans", "à l'âge de 81 ans" and a death's "mort à 56 ans"; not "un mandat de cinq ans".
    w.ageBefore = uR"([aâ]gée?s?\s+(?:de|d['’])|l['’]âge\s+de|(?:morte?s?|décédée?s?|meurt|disparue?s?|éteinte?s?|s['’]éteint)\s+à|(?:enfant|fillette|garçon|homme|femme|jeune|adolescente?|bébé|victime|conducteur|conductrice|chauffeur|automobiliste|piéton|piétonne|retraitée?|septuagénaire|quadragénaire|élève|ouvrier|ouvrière)s?(?:\s+de\s+\w+)?\s+(?:de|d['’])|\b(?:un|une|des)\s+\p{L}+(?:ien|ienne|ain|aine|ais|aise|ois|oise)s?\s+de|les\s+(?:moins|plus)\s+de|\d\s*-)"_s;
    w.halfAfter = uR"(\s+et\s+demie?)"_s;
    w.clockAfterDay = uR"(à|vers)"_s;
    w.partsAfterWeekday = uR"((matin|soir|après-midi|nuit))"_s;
    // "la nuit de samedi (à dimanche)", "la soirée de mardi"
    w.partsBeforeWeekday = uR"((?:la\s+|l'|l’)?(nuit|soirée|matinée|après-midi)\s+de\s+)"_s;
    w.weekdayOfShiftedWeek = uR"(\s+(de\s+la\s+semaine\s+(?:dernière|passée|prochaine)))"_s;
    w.noonWords = uR"((?<!-)(?-i:midi|minuit)(?!-))"_s;
    w.hasTwoDigitYears = true;
    w.repetitionAdverbs = {{u"annuellement"_s, u"Y"_s}, {u"mensuellement"_s, u"M"_s}, {u"hebdomadairement"_s, u"W"_s},
                           {u"quotidiennement"_s, u"D"_s}};
    w.every = uR"(chaque|tous\s+les|toutes\s+les)"_s;
    w.perUnit = uR"(par\s+(an|année|mois|semaine|jour|trimestre|semestre)(?!\s+(?:de|d'|d’|suivante?|précédente?|dernière?|prochaine?)\b))"_s;
    w.timesWord = u"fois"_s;
    w.presentWords = uR"(actuellement|à\s+présent|maintenant|désormais|de\s+nos\s+jours)"_s;
    // The simple future of any verb ("achèvera", "viendront") looks ahead too, and so does its
    // conditional, the future of reported speech ("a dit que l'inflation baisserait"); "aurait
    // rencontré", the conditional of hearsay, is a past. What two sides agree or decide to do lies
    // ahead ("sont convenus de tenir un sommet fin avril"). The future and the conditional are
    // one pattern, so that a word is run through once.
    // Whoever is expected on a day arrives then: "est attendu jeudi à Pékin" (the present of the
    // passive; "était attendu" may be told of the past).
    // A date something is put off to lies ahead: "reportée à janvier", "repoussé au printemps".
    // The present of what runs to a timetable looks ahead, as in English: "la loi entre en vigueur
    // lundi", "le sommet s'ouvre jeudi" ("commence à", begins to, is no timetable). What may
    // happen lies ahead: "le sommet peut avoir lieu en décembre".
    w.futureCues = uR"(prochaine?|(?:peut|peuvent)\s+\w+(?:er|ir|re)|entre(?:nt)?\s+en\s+vigueur|expire(?:nt)?|commence(?:nt)?(?!\s+(?:à|a|par)\s)|débute(?:nt)?(?!\s+par\s)|s(?:'|’)ouvre(?:nt)?|prend\s+fin|prennent\s+fin|se\s+réuni(?:t|ssent)|se\s+tien(?:t|nent)|sera|seront|serait|doit|doivent|devrait|devraient|va|vont|aura|auront|prévue?s?|(?:est|sont)\s+attendue?s?|se\s+tiendra|ira|iront|\w+(?:e|i|d|r|v)r(?:a|ont|ait|aient)|(?:convenu|décidé|accepté|promis|résolu)e?s?\s+d(?:e\s|'|’)|(?:report|repouss|ajourn)(?:é|ée|és|ées)\s+(?:à|au|jusqu'|jusqu’))"_s;
    // A compound past ends at its participle: "a annoncé lundi qu'il viendra" looks back.
    // What was published or broadcast on a day was so in the past ("un communiqué publié lundi"),
    // unless it is yet to be ("sera publié lundi"). The words before are looked for behind the
    // participle, so only where one stands. The verbs that take "être" tell the past so too: "est
    // arrivé mardi", "s'est rendu lundi à Alger", "se sont entretenus jeudi"; a passive present of
    // what is awaited or planned ("est attendu", "est prévu") is a future cue, which a tie favours.
    w.pastCues = uR"((?:a|ont|avait|avaient)(?:\s+\w+(?:é|ée|és|ées|i|is|it|u|us))?|(?:est|sont)\s+(?:arrivé|parti|venu|allé|rentré|revenu|retourné|mort|décédé|tombé|resté|devenu|né)(?:e|s|es)?|(?:s(?:'|’)est|se\s+sont)\s+\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)|était|étaient|fut|furent|\w{2,}aient|\w{3,}ait|(?:publié(?<!sera\s\w{6}|seront\s\w{6}|serait\s\w{6}|être\s\w{6})|diffusé(?<!sera\s\w{7}|seront\s\w{7}|serait\s\w{7}|être\s\w{7}))(?:e|s|es)?)"_s;
    w.sinceWords = u"depuis"_s;
    w.untilWords = uR"(jusqu['’](?:au|à)|d['’]ici)"_s;
    w.hourMarker = uR"((?:heures?\b|h))"_s;
    w.hourMarkerFirst = u"hd"_s; // "14 h", "8 heures", and "8 du soir" (clockDayParts)
    w.clockBefore = uR"(à|vers|dès|jusqu'à|jusqu’à)"_s;
    w.clockHourWord = uR"(heures?)"_s;
    w.clockFractions = uR"(et\s+demie|et\s+quart|moins\s+le\s+quart|moins\s+un\s+quart)"_s;
    w.clockDayParts = uR"(du\s+matin|du\s+soir|de\s+l'après-midi|de\s+l’après-midi|de\s+la\s+nuit)"_s;
    w.lastPartOrdinal = uR"(dernier|dernière)"_s;
    w.partOrdinals = {u"premier|1er"_s, u"deuxième|second|2e"_s, u"troisième|3e"_s, u"quatrième|4e"_s};
    w.quarterWord = u"trimestre"_s;
    w.halfWord = u"semestre"_s;
    w.partArticle = uR"((?:le\s+|ce\s+)?)"_s;
    w.partBeforeYear = uR"(\s+(?:de\s+|d'|d’)?(?:l'année\s+|l’année\s+)?)"_s;
    w.halfOrdinals = {u"première"_s, u"seconde|deuxième"_s};
    w.halfArticle = uR"((?:la\s+)?)"_s;
    w.halfOfYear = uR"(moitié\s+(?:de\s+l'année|de\s+l’année|de\s+cette\s+année|de\s+((?:19|20)\d\d)))"_s;
    // "les années 1990", "la décennie 1990", "la décennie des années 80"
    w.decadeBefore = uR"((?:(?:la\s+)?décennie\s+(?:des\s+années\s+)?|(?:les\s+)?années\s+))"_s;
    w.centuryBefore = uR"((?:le\s+)?)"_s;
    w.centuryAfter = uR"((?:e|è|ème|eme)\s+siècle)"_s;
    w.decadeWords = {{u"trente"_s, 3}, {u"quarante"_s, 4}, {u"cinquante"_s, 5}, {u"soixante"_s, 6}, {u"soixante-dix"_s, 7},
                     {u"quatre-vingt"_s, 8}, {u"quatre-vingts"_s, 8}, {u"quatre-vingt-dix"_s, 9}};
    w.extraRules = [](const AddRule &add, const Vocabulary &words) {
        // "une dizaine d'années", "il y a une quinzaine de jours": a round number said as a noun
        add(uR"((il\s+y\s+a\s+)?une\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine)\s+(?:de\s+|d'|d’)(ans|années|mois|semaines|jours|heures|minutes))"_s,
            [&words, since = sinceBefore(words), ageBefore = ageBeforePattern(words)](const QRegularExpressionMatch &m, const Context &c) {
                return roundNumberOfUnit(words, since, ageBefore, m.captured(2).toLower(), m.captured(3).toLower(), !m.captured(1).isEmpty(), c);
            });
        // "un demi-siècle", "un quart de siècle": fractions of a century, in years
        add(uR"((?:un\s+)?(demi-siècle|quart\s+de\s+siècle))"_s, [](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(m.captured(1).startsWith(u"demi"_s, Qt::CaseInsensitive) ? u"P50Y"_s : u"P25Y"_s, TimexType::Duration);
        });
        // "le quinquennat", "un septennat": a French presidential term, five or seven years
        add(uR"((quinquennat|septennat)s?\b)"_s, [](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(m.captured(1).startsWith(u"quin"_s, Qt::CaseInsensitive) ? u"P5Y"_s : u"P7Y"_s, TimexType::Duration);
        });
        // "les trois derniers mois", "des deux prochaines années": the count before the modifier
        add(uR"((?:les|des|ces)\s+(\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)\s+(?:dernières|derniers|prochaines|prochains)\s+(ans|années|mois|semaines|jours|heures|décennies))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                return fixedValue(duration(quantity(words, m.captured(1)), words.unitCode(m.captured(2).toLower())),
                                  TimexType::Duration);
            });
        // "le début de l'année", "la fin de l'année dernière": a part of the article's year, or of
        // the one before or after it, which TIMEX3 writes as the year
        add(uR"((?:le\s+|la\s+)?(?:début|fin|milieu)\s+(?:de\s+l'année|de\s+l’année|d'année|d’année)(?:\s+(dernière|prochaine|passée))?)"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                const auto which = m.captured(1).toLower();
                const int step = which.isEmpty() ? 0 : which == u"prochaine"_s ? 1 : -1;
                return relativeValue(c.dct.isValid() ? QString::number(c.dct.year() + step) : u"XXXX"_s);
            });
        // "la fin du mois", "le début du mois prochain": a part of the article's month, or of the
        // one before or after it, written as the month ("la fin du mois de mars" is March's)
        add(uR"((?:le\s+|la\s+)?(?:début|fin|milieu)\s+(?:du\s+mois|de\s+ce\s+mois)(?:\s+(dernier|prochain|passé))?(?!\s+(?:de|d'|d’)))"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                const auto which = m.captured(1).toLower();
                return monthShifted(which.isEmpty() ? 0 : which == u"prochain"_s ? 1 : -1, c.dct);
            });
        // "en début de semaine", "la fin de la semaine prochaine": the week
        add(uR"((?:le\s+|la\s+)?(?:début|fin|milieu)\s+de\s+(?:la\s+|cette\s+)?semaine(?:\s+(dernière|prochaine|passée))?(?!\s+(?:de|d'|d’)))"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                const auto which = m.captured(1).toLower();
                return relativeValue(shiftedUnitValue(c.dct, u"week"_s, which.isEmpty() ? 0 : which == u"prochaine"_s ? 1 : -1));
            });
    };
    return w;
}

Vocabulary german()
{
    Vocabulary w;
    w.months = {u"januar|jänner"_s, u"februar"_s, u"märz|maerz"_s, u"april"_s, u"mai"_s, u"juni"_s, u"juli"_s,
                u"august"_s, u"september"_s, u"oktober"_s, u"november"_s, u"dezember"_s};
    w.weekdays = {u"montag"_s, u"dienstag"_s, u"mittwoch"_s, u"donnerstag"_s, u"freitag"_s, u"samstag|sonnabend"_s,
                  u"sonntag"_s};
    w.monthAbbreviations = {u"jan"_s, u"feb|febr"_s, u"mär|mrz"_s, u"apr"_s, {}, u"jun"_s, u"jul"_s,
                            u"aug"_s, u"sep|sept"_s, u"okt"_s, u"nov"_s, u"dez"_s};
    w.dayBeforeMonthAbbreviation = uR"(\.\h*)"_s;
    w.numbers = {{u"ein"_s, 1}, {u"eine"_s, 1}, {u"einem"_s, 1}, {u"einer"_s, 1}, {u"zwei"_s, 2}, {u"drei"_s, 3},
                 {u"vier"_s, 4}, {u"fünf"_s, 5}, {u"sechs"_s, 6}, {u"sieben"_s, 7}, {u"acht"_s, 8}, {u"neun"_s, 9},
                 {u"zehn"_s, 10}, {u"elf"_s, 11}, {u"zwölf"_s, 12}, {u"fünfzehn"_s, 15}, {u"zwanzig"_s, 20},
                 {u"dreißig"_s, 30}, {u"hundert"_s, 100}, {u"einigen"_s, -1}, {u"mehreren"_s, -1}, {u"einige"_s, -1},
                 {u"mehrere"_s, -1}};
    w.unitPattern = uR"((jahr(?:e|en|es)?|monat(?:e|en|s)?|wochen?|tag(?:e|en|es)?|stunden?|minuten?|jahrzehnt(?:e|en)?|jahrhundert(?:e|en)?))"_s;
    w.unitCode = [](const QString &unit) {
        if (unit.startsWith(u"jahrzehnt"_s)) return u"DE"_s;
        if (unit.startsWith(u"jahrhundert"_s)) return u"CE"_s;
        if (unit.startsWith(u"jahr"_s)) return u"Y"_s;
        if (unit.startsWith(u"monat"_s)) return u"M"_s;
        if (unit.startsWith(u"woche"_s)) return u"W"_s;
        if (unit.startsWith(u"tag"_s)) return u"D"_s;
        if (unit.startsWith(u"stunde"_s)) return u"H"_s;
        return u"MIN"_s;
    };
    w.dayBeforeMonth = uR"(\.\s*)"_s;
    w.monthBeforeYear = uR"(\s+)"_s;
    w.article = uR"((?:am\s+)?)"_s;
    w.articleAfterWeekday = uR"((?:(?:den|dem)\s+)?)"_s;
    // An age: "im Alter von 81 Jahren", a death's "starb mit 56 Jahren"
    w.ageBefore = uR"(\bAlter\s+von|(?:starb|stirbt|verstarb|gestorben|verstorben)\s+(?:bereits\s+|schon\s+)?mit)"_s;
    w.thisBefore = uR"((?:(?:an\s+)?diesem|diesen))"_s;
    // "in den vergangenen Tagen", "die kommenden Wochen", "seit Jahren" ("in den vergangenen drei
    // Tagen" is counted by the duration rule)
    w.unsaidNumberOfUnit = uR"((?:(?:den|die)\s+(?:vergangenen|letzten|kommenden|nächsten|zurückliegenden|folgenden)\s+|(?<=seit\s))(Tagen?|Tage|Wochen|Monaten?|Monate|Jahren?|Jahre|Jahrzehnten?|Jahrzehnte|Stunden)(?!\s+\d))"_s;
    // "am nächsten Tage", "am Vortage": the old dative too; "am Vortag der Wahl" counts from the vote
    w.dayAfterNarrated = uR"(am\s+(?:nächsten|folgenden|darauffolgenden)\s+(?:Tage?|(Morgen|Vormittag|Nachmittag|Abend))|am\s+Folgetage?|tags\s+darauf)"_s;
    // "am selben Tag", "noch am gleichen Tag", "an jenem Tag"
    w.sameDayNarrated = uR"(am\s+(?:selben|gleichen|selbigen)\s+Tag|an\s+(?:diesem|jenem)\s+Tag)"_s;
    w.dayBeforeNarrated = uR"(am\s+Vortage?(?!\s+(?:des|der|seiner|ihrer|seines|ihres)\b)|am\s+Tag\s+(?:zuvor|davor)|tags\s+zuvor)"_s;
    // ("im nächsten Jahr" is the article's next year)
    w.yearAfterNarrated = uR"(im\s+(?:folgenden|darauffolgenden)\s+Jahr(?:e)?(?!\s+\d)|im\s+Jahr(?:e)?\s+darauf)"_s;
    w.sameYearNarrated = uR"(im\s+(?:selben|gleichen|selbigen)\s+Jahr(?:e)?|in\s+jenem\s+Jahr(?:e)?|noch\s+im\s+selben\s+Jahr)"_s;
    w.yearBeforeNarrated = uR"(im\s+Jahr(?:e)?\s+(?:zuvor|davor))"_s;
    w.daysAfterCount = uR"((?:später|danach)(?!\s+als\b))"_s;
    w.daysBeforeCount = uR"((?:zuvor|vorher|früher)(?!\s+als\b))"_s;
    w.dayWords = uR"(Tage?)"_s;
    w.dayRangeJoin = uR"((?:\.?\s*(?:bis(?:\s+zum)?|und|-|–)))"_s;
    w.monthRangeFrom = uR"(von|vom)"_s;
    w.monthRangeJoin = uR"(bis(?:\s+(?:zum|in\s+den))?|auf)"_s;
    // "morgen" is tomorrow; "Morgen", capitalised, the morning. The adjectives name the day as
    // well: "die gestrige Abstimmung", "das morgige Treffen" ("heutig" is the present's, see
    // presentWords).
    w.todayWords = uR"(vorgestern|übermorgen|heute|gestern|(?-i:morgen)|(?:vorgestrig|gestrig|morgig)(?:e[mnrs]?)?)"_s;
    w.dayOffset = [](const QString &word) {
        if (word == u"gestern"_s || word.startsWith(u"gestrig"_s)) return -1;
        if (word == u"morgen"_s || word.startsWith(u"morgig"_s)) return 1;
        if (word == u"vorgestern"_s || word.startsWith(u"vorgestrig"_s)) return -2;
        if (word == u"übermorgen"_s) return 2;
        return 0;
    };
    w.partsOfDay = uR"((?:heute|gestern|(?-i:morgen))\s+(?:Morgen|Vormittag|Nachmittag|Abend|Nacht|früh))"_s;
    w.nightBeforeWeekday = uR"(der\s+Nacht\s+(?:zum|zu|auf(?:\s+den)?)\s+)"_s;
    // Morgen, Vormittag, früh; Mittag, Nachmittag; Abend; Nacht
    w.partOfDayCode = [](const QString &words) {
        return words.contains(u"vormittag"_s) ? u"TMO"_s : words.contains(u"mittag"_s) ? u"TAF"_s
             : words.contains(u"abend"_s) ? u"TEV"_s : words.contains(u"nacht"_s) ? u"TNI"_s : u"TMO"_s;
    };
    w.partOfDay = [code = w.partOfDayCode](const QString &phrase) {
        const int offset = phrase.startsWith(u"gestern"_s) ? -1 : phrase.startsWith(u"morgen"_s) ? 1 : 0;
        return std::pair{offset, code(phrase)};
    };
    // "am Wochenende", "übers Wochenende": the article's week's, as the English "over the weekend";
    // "seit Jahresbeginn", "zum Monatsende": the article's year or month, as "Anfang des Jahres" is
    // (not before a year's number: "Jahresende 2024" is that year's); "im letzten Jahrzehnt": the
    // decade, a date ("201"), as in English
    w.shiftedUnits = uR"((?:(?:im|in\s+der|in\s+diesem|in\s+dieser|am|an\s+diesem)\s+)?(?:letzte[nrs]?|vorletzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|nächste[nrs]?|übernächste[nrs]?|kommende[nrs]?|diese[nrs]?|laufende[nrs]?)\s+(?:Woche|Monat|Jahrzehnts?|Jahr|Geschäftsjahr|Haushaltsjahr|Quartal|Wochenende)|(?:am|übers|über\s+das)\s+Wochenende|(?:Jahres|Monats)(?:beginn|anfang|mitte|ende)(?!\s*(?:19|20)\d\d)|(?:im\s+|des\s+|dem\s+)?Vorjahr(?:es|s)?|(?:im\s+|des\s+|dem\s+)?Vor(?:monat|quartal)(?:es|s)?|(?:in\s+der\s+|der\s+)?Vorwoche)"_s;
    w.shift = [](const QString &phrase) {
        const QString unit = phrase.contains(u"wochenende"_s) ? u"weekend"_s : phrase.contains(u"woche"_s) ? u"week"_s
                           : phrase.contains(u"monat"_s) ? u"month"_s : phrase.contains(u"quartal"_s) ? u"quarter"_s
                           : phrase.contains(u"jahrzehnt"_s) ? u"decade"_s : u"year"_s;
        // "vorletzte Woche", "im übernächsten Jahr": the one before the last, after the next
        if (phrase.contains(u"vorletzt"_s) || phrase.contains(u"übernächst"_s))
            return std::pair{unit, phrase.contains(u"vorletzt"_s) ? -2 : 2};
        // "im Vorjahr", "im Vormonat", "in der Vorwoche": the one before the article's
        const bool isBefore = phrase.contains(u"vorjahr"_s) || phrase.contains(u"vormonat"_s) || phrase.contains(u"vorwoche"_s)
                           || phrase.contains(u"vorquartal"_s);
        const int step = phrase.contains(u"letzt"_s) || phrase.contains(u"vergangen"_s) || phrase.contains(u"vorig"_s) || isBefore ? -1
                       : phrase.contains(u"nächst"_s) || phrase.contains(u"kommend"_s) ? 1 : 0;
        return std::pair{unit, step};
    };
    w.yearOfMonth = uR"(((?:des\s+)?(?:vergangenen|letzten|vorigen|laufenden|kommenden|nächsten)\s+Jahres|des\s+Vorjahres|dieses\s+Jahres))"_s;
    w.unitAfterPart = uR"(((?:des\s+|dieses\s+)?(?:(?:vergangenen|letzten|vorigen|laufenden|kommenden|nächsten)\s+)?(?:Jahres|Monats)|des\s+Vorjahres|(?:der|dieser|vergangener|letzter|voriger|nächster|kommender)\s+Woche))"_s;
    w.lastBefore = uR"((?:vergangene[mnrs]?|letzte[mnrs]?|vorige[mnrs]?))"_s;
    w.nextBefore = uR"((?:kommende[mnrs]?|nächste[mnrs]?))"_s;
    w.weekdayOfShiftedWeek = uR"(\s+((?:vergangener|letzter|voriger|dieser|nächster|kommender)\s+Woche))"_s;
    // "Mittwochabend", "am Dienstag früh"
    w.partsAfterWeekday = uR"((morgen|früh|vormittag|mittag|nachmittag|abend|nacht))"_s;
    w.weekdayPartSeparator = uR"(\s*)"_s;
    w.holidays = {{uR"(Heiligabend|Heiligen\s+Abend)"_s, Holiday::ChristmasEve},
                  {uR"(Weihnachten|(?:ersten\s+)?Weihnachtsfeiertag)"_s, Holiday::Christmas},
                  {u"Silvester"_s, Holiday::NewYearsEve},
                  {uR"(Neujahr(?:stag)?)"_s, Holiday::NewYearsDay},
                  {uR"(Ostern|Ostersonntag)"_s, Holiday::Easter}};
    w.seasons = {u"frühling|frühjahr"_s, u"sommer"_s, u"herbst"_s, u"winter"_s};
    w.thisSeason = uR"((?:diesen|dieses|diesem))"_s;
    // "Sommer", "Winter" and "Herbst" are surnames too ("Ron Sommer"): a season has its article
    w.ambiguousSeasons = {u"frühling"_s, u"frühjahr"_s, u"sommer"_s, u"herbst"_s, u"winter"_s};
    w.seasonDeterminers = uR"(im|vom|zum|ab|den|dem|der|des|diesen|dieses|diesem|jeden|jedem|seit\s+dem|bis\s+zum)"_s;
    w.isBareSeasonOfArticleYear = true;
    w.repetitionAdverbs = {{u"jährlich"_s, u"Y"_s}, {u"alljährlich"_s, u"Y"_s}, {u"monatlich"_s, u"M"_s},
                           {u"wöchentlich"_s, u"W"_s}, {u"täglich"_s, u"D"_s}};
    // "Morgen beraten die Minister": capitalised at a sentence start, before a word in lower case,
    // it is tomorrow ("Am Morgen", "Jeden Morgen" have their article)
    w.extraRules = [](const AddRule &add, const Vocabulary &words) {
        add(uR"((?:(?<=^)|(?<=[.!?:]\s)|(?<=\n)|(?<=[„"»«]))(?-i:Morgen)(?=\s+\p{Ll}))"_s,
            [](const QRegularExpressionMatch &, const Context &c) {
                return relativeValue(dayValue(c.dct.isValid() ? c.dct.addDays(1) : QDate()));
            });
        // "ein zweitägiger Besuch", "die 3-wöchige Reise", "nach mehrmonatigen Verhandlungen": a
        // span said as an adjective, as the English "a two-day visit". Years are left out:
        // "der 70-jährige Politiker" is an age, and so are months before a child ("die dreimonatige
        // Tochter").
        add(uR"((?<![\w-])(\d{1,3}-|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehr)(tägig|wöchig|monatig)(?:e[mnrs]?)?(?!\w)(?!\s+(?:Tochter|Sohn|Kind|Baby|Säugling)))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                auto count = m.captured(1).toLower();
                if (count.endsWith(u'-'))
                    count.chop(1);
                else if (count == u"mehr"_s)
                    count = u"X"_s;
                else
                    count = QString::number(words.numbers.value(count));
                const auto stem = m.captured(2).toLower();
                const auto unit = stem.startsWith(u't') ? u'D' : stem.startsWith(u'w') ? u'W' : u'M';
                return fixedValue(u'P' + count + unit, TimexType::Duration);
            });
    };
    w.ago = uR"((?:vor))"_s;
    // "in zwei Wochen" is a date ahead only where the clause looks ahead ("soll in zwei Wochen
    // fallen"); elsewhere it is how long something took ("in drei Tagen erledigt").
    w.later = uR"(in)"_s;
    w.isLaterDatedOnlyWhenAhead = true;
    w.numericDayMonth = uR"((?:(?<!\w)am\s+|(?<=\bvom\s|\bzum\s|\bdem\s|\bbis\s|\bab\s))([0-3]?\d)\.([01]?\d)\.(?!\d))"_s;
    w.approximately = uR"(fast|etwa|rund|knapp|gut|mehr\s+als|weniger\s+als|über|ungefähr|circa|zirka|ca\.|nur|kaum|gerade\s+(?:ein)?mal)"_s;
    w.every = uR"(jede[nrs]?|alle)"_s;
    // "in der heutigen Gesellschaft", "das heutige Polen": today's in the sense of the present
    // more often than of the article's day.
    w.presentWords = uR"(derzeit|zurzeit|gegenwärtig|heutzutage|heutig(?:e[mnrs]?)?)"_s;
    // What someone expects or forecasts lies ahead ("rechnet im zweiten Halbjahr mit …"), and so
    // does the present of what runs to a timetable: "findet am Donnerstag statt", "tritt am Montag
    // in Kraft", "beginnt am Freitag" ("fand … statt" is a past cue, and nearer wins). What may
    // or must happen lies ahead: "das Treffen könne im Dezember stattfinden" ("konnte" is past;
    // "kann" tells as often what can be done within a time: "nicht in vier Wochen aufholen kann").
    w.futureCues = uR"(wird|werden|soll|sollen|will|wollen|könne|könnte|könnten|muss|müssen|müsse|dürfte|dürften|plant|planen|geplant|erwartet|erwarten|rechnet|rechnen|prognostiziert|prognostizieren|kommende[nrs]?|nächste[nrs]?|bis|verschoben|vertagt|findet|finden|tritt|treten|beginnt|beginnen|endet|enden|tagt|tagen)"_s;
    // The perfect: "hat" or "ist" with a participle that ends its clause ("ist am Montag nach
    // Peking gereist", "hat am Dienstag den Haushalt beschlossen"), not one that plans ("ist für
    // Montag geplant") nor an infinitive with "zu" ("ist am Montag zu erwarten"); the cue is the
    // auxiliary alone, which stands before the date.
    // The auxiliaries of the past and the commonest verbs of saying in the preterite (a weak
    // preterite's ending "-te" is also an adjective's: "letzte"), also with the separable prefix
    // a subordinate clause joins to them ("wie das Amt am Dienstag mitteilte", "ankündigte"), not
    // their participle ("die angekündigte Botschaft"). The prefixes are listed: a pattern that
    // starts with any letters is tried at every letter of the sentence.
    w.pastCues = uR"((?:hat|haben|ist|sind)(?=[^.,;:!?]{0,80}\s(?<!zu\s)(?!geplant|vorgesehen|angesetzt|erwartet|terminiert)(?-i:\w*ge\w{2,}(?:t|en)|(?:be|ver|er|ent|zer|über|unter|miss)\w{2,}(?:t|en)|\w{3,}iert)\s*(?:[.,;:!?]|$))|hatten?|waren?|wurden?|sagten?|erklärten?|(?:mit|an|ab|auf|aus|bei|dar|ein|fest|vor|zu|bekannt|kund)?(?:teilten?|kündigten?)|betonten?|berichteten?|gab|gaben|kam|kamen|fand|fanden)"_s;
    w.sinceWords = uR"(seit(?:\s+dem)?)"_s;
    w.untilWords = uR"(bis(?:\s+(?:zum|spätestens))?)"_s;
    w.hourMarker = uR"((?:Uhr|[.:](?=\d\d\s*Uhr)))"_s;
    w.hourMarkerFirst = u"u.:"_s;
    w.lastPartOrdinal = uR"(letzte|letzten|letztes)"_s;
    w.partOrdinals = {u"erste|ersten|erstes"_s, u"zweite|zweiten|zweites"_s, u"dritte|dritten|drittes"_s, u"vierte|vierten|viertes"_s};
    w.quarterWord = uR"(Quartal(?:s|es)?)"_s;
    w.halfWord = uR"(Halbjahr(?:s|es)?)"_s;
    w.partArticle = uR"((?:im\s+|das\s+|des\s+)?)"_s;
    w.partBeforeYear = uR"(\s+(?:des\s+Jahres\s+)?)"_s;
    w.halfOrdinals = {u"erste|ersten"_s, u"zweite|zweiten"_s};
    w.halfArticle = uR"((?:(?:in\s+)?der\s+|die\s+)?)"_s;
    // "die zweite Jahreshälfte", "in der ersten Hälfte des Jahres 2009", "die zweite Hälfte des
    // nächsten Jahres": "Hälfte" alone may be half of anything, so a year follows it
    w.halfOfYear = uR"((?:Jahreshälfte|Hälfte\s+des\s+Jahres)(?:\s+((?:19|20)\d\d))?|Hälfte\s+((?:19|20)\d\d)|Hälfte\s+(des\s+(?:vergangenen|letzten|vorigen|laufenden|kommenden|nächsten)\s+Jahres|des\s+Vorjahres))"_s;
    // "die 90er-Jahre", "in den Neunzigerjahren", "in den 1980ern"; a bare "20er" is as often a
    // banknote or a size, so the years or the dative plural must follow
    w.decadeBefore = uR"((?:(?:die|den|der)\s+)?)"_s;
    w.centuryBefore = uR"((?:(?:das|dem|des)\s+)?)"_s;
    w.centuryAfter = uR"(\.\s+Jahrhundert(?:s|es)?)"_s;
    w.decadeAfter = uR"(er(?:n|\s*-?\s*Jahre[n]?|jahre[n]?))"_s;
    w.decadeWords = {{u"zwanzig"_s, 2}, {u"dreißig"_s, 3}, {u"vierzig"_s, 4}, {u"fünfzig"_s, 5}, {u"sechzig"_s, 6},
                     {u"siebzig"_s, 7}, {u"achtzig"_s, 8}, {u"neunzig"_s, 9}};
    return w;
}

Vocabulary spanish()
{
    Vocabulary w;
    w.months = {u"enero"_s, u"febrero"_s, u"marzo"_s, u"abril"_s, u"mayo"_s, u"junio"_s, u"julio"_s, u"agosto"_s,
                u"septiembre|setiembre"_s, u"octubre"_s, u"noviembre"_s, u"diciembre"_s};
    // "Santo Domingo" is a city.
    w.weekdays = {u"lunes"_s, u"martes"_s, u"miércoles|miercoles"_s, u"jueves"_s, u"viernes"_s, u"sábado|sabado"_s,
                  uR"(domingo(?<!santo\sdomingo))"_s};
    w.monthAbbreviations = {u"ene"_s, u"feb"_s, u"mar"_s, u"abr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"ago"_s,
                            u"sep|sept|set"_s, u"oct"_s, u"nov"_s, u"dic"_s};
    w.dayBeforeMonthAbbreviation = uR"(\h+(?:de\h+)?)"_s;
    w.numbers = {{u"un"_s, 1}, {u"una"_s, 1}, {u"uno"_s, 1}, {u"dos"_s, 2}, {u"tres"_s, 3}, {u"cuatro"_s, 4},
                 {u"cinco"_s, 5}, {u"seis"_s, 6}, {u"siete"_s, 7}, {u"ocho"_s, 8}, {u"nueve"_s, 9}, {u"diez"_s, 10},
                 {u"once"_s, 11}, {u"doce"_s, 12}, {u"quince"_s, 15}, {u"veinte"_s, 20}, {u"treinta"_s, 30},
                 {u"cuarenta"_s, 40}, {u"cincuenta"_s, 50}, {u"cien"_s, 100}, {u"trece"_s, 13}, {u"catorce"_s, 14}, {u"dieciséis"_s, 16},
                 {u"diecisiete"_s, 17}, {u"dieciocho"_s, 18}, {u"diecinueve"_s, 19}, {u"veinticuatro"_s, 24},
                 {u"sesenta"_s, 60}, {u"varios"_s, -1}, {u"varias"_s, -1},
                 {u"algunos"_s, -1}, {u"algunas"_s, -1}, {u"unos"_s, -1}, {u"unas"_s, -1}};
    // Seconds in the plural only: "un segundo mandato" is the ordinal
    w.unitPattern = uR"((años?|meses|mes|semanas?|días?|dias?|horas?|minutos?|segundos|décadas?|siglos?|trimestres?|semestres?|lustros?))"_s;
    w.unitCode = [](const QString &unit) {
        if (unit.startsWith(u"trimestre"_s)) return u"Q"_s;
        if (unit.startsWith(u"semestre"_s)) return u"HY"_s;
        if (unit.startsWith(u"segundo"_s)) return u"S"_s;
        if (unit.startsWith(u"lustro"_s)) return u"LU"_s;
        if (unit.startsWith(u"año"_s)) return u"Y"_s;
        if (unit.startsWith(u"mes"_s)) return u"M"_s;
        if (unit.startsWith(u"semana"_s)) return u"W"_s;
        if (unit.startsWith(u"dí"_s) || unit.startsWith(u"di"_s)) return u"D"_s;
        if (unit.startsWith(u"hora"_s)) return u"H"_s;
        if (unit.startsWith(u"minuto"_s)) return u"MIN"_s;
        if (unit.startsWith(u"década"_s)) return u"DE"_s;
        return u"CE"_s;
    };
    w.dayBeforeMonth = uR"(\s+de\s+)"_s;
    w.monthBeforeYear = uR"(\s+(?:de|del)\s+)"_s;
    w.article = uR"((?:el\s+)?)"_s;
    w.thisBefore = uR"((?:este))"_s;
    // "las últimas semanas", "los próximos meses", "los pasados años" ("los últimos doce meses" is
    // counted by the duration rule)
    w.unsaidNumberOfUnit = uR"((?:los|las)\s+(?:últim[oa]s|próxim[oa]s|pasad[oa]s)\s+(años|meses|semanas|días|décadas|horas))"_s;
    // "al día siguiente": the contracted article stays out, as a preposition does
    w.dayAfterNarrated = uR"((?:(?:el\s+|(?<=\bal\s))día|la\s+(mañana|tarde|noche))\s+siguiente(?!\s+(?:a|al|de|del)\b))"_s;
    w.dayOfMonthAlone = uR"((?:el\s+)?(?:(pasado|próximo|proximo)\s+)?día\s+([0-3]?\d)(?![\dºª°]|[.,:]\d|\s+(?:de|del)\b))"_s;
    w.dayOfMonthBack = u"pasado"_s;
    // "ese mismo día", "el mismo día", "aquel día"
    w.sameDayNarrated = uR"((?:ese|aquel|el)\s+mismo\s+día|(?:ese|aquel)\s+día)"_s;
    w.yearAfterNarrated = uR"((?:(?:el\s+|(?<=\bal\s))año\s+siguiente|(?:el\s+|(?<=\bal\s))año\s+(?:posterior|después))(?!\s+(?:a|al|de|del)\b))"_s;
    w.sameYearNarrated = uR"((?:ese|aquel|el)\s+mismo\s+año|(?:ese|aquel)\s+año)"_s;
    w.yearBeforeNarrated = uR"((?:el\s+|(?<=\bal\s)|(?<=\bdel\s))año\s+(?:anterior|previo)(?!\s+(?:a|al|de|del)\b))"_s;
    w.dayBeforeNarrated = uR"((?:(?:el\s+|(?<=\bal\s))día|la\s+(mañana|tarde|noche))\s+anterior(?!\s+(?:a|al|de|del)\b)|la\s+víspera(?!\s+(?:de|del)\b))"_s;
    w.daysAfterCount = uR"((?:después|más\s+tarde)(?!\s+(?:de|del|que)\b))"_s;
    w.daysBeforeCount = uR"(antes(?!\s+(?:de|del|que)\b))"_s;
    w.dayWords = uR"(días?|dias?)"_s;
    w.dayRangeJoin = uR"((?:al|y(?:\s+el)?|-|–))"_s;
    w.monthRangeFrom = uR"(de|desde)"_s;
    w.monthRangeJoin = uR"(a|al|hasta)"_s;
    w.todayWords = uR"(anteayer|antier|pasado\s+mañana|el\s+día\s+de\s+(?:hoy|ayer|mañana)|hoy|ayer|mañana(?!\s+por\s+la\s+(?:mañana|tarde|noche)\b))"_s;
    w.dayOffset = [](const QString &word) {
        if (word.endsWith(u"ayer"_s) && !word.startsWith(u"ante"_s)) return -1; // "ayer", "el día de ayer"
        if (word.endsWith(u"mañana"_s) && !word.startsWith(u"pasado"_s)) return 1;
        if (word == u"anteayer"_s || word == u"antier"_s) return -2;
        if (word.startsWith(u"pasado"_s)) return 2;
        return 0;
    };
    w.todayWordAlsoPartOfDay = u"mañana"_s;
    w.partOfDayDeterminers = uR"(la|media|cada|toda|una|esa|aquella|misma)"_s;
    // "por la mañana" with no day named is the article's day's ("Al mediodía perdía 300 puntos;
    // por la mañana había abierto con subidas"); not a habit's ("cada día por la mañana", "los
    // lunes por la tarde"), and not a part of a day named after it ("por la mañana del martes").
    w.partsOfDay = uR"(esta\s+(?:mañana|tarde|noche)|anoche|(?:ayer|mañana)\s+por\s+la\s+(?:mañana|tarde|noche)|)"_s
                   uR"((?<=por\s)(?<!día\spor\s|días\spor\s|cada\spor\s|mañana\spor\s|tarde\spor\s|noche\spor\s|lunes\spor\s|martes\spor\s|miércoles\spor\s|jueves\spor\s|viernes\spor\s|sábado\spor\s|sábados\spor\s|domingo\spor\s|domingos\spor\s|enero\spor\s|febrero\spor\s|marzo\spor\s|abril\spor\s|mayo\spor\s|junio\spor\s|julio\spor\s|agosto\spor\s|septiembre\spor\s|setiembre\spor\s|octubre\spor\s|noviembre\spor\s|diciembre\spor\s|hoy\spor\s|ayer\spor\s|\d\spor\s))"_s
                   uR"(la\s+(?:mañana|tarde|noche)(?!\s+(?:del?|siguiente|anterior)\b))"_s;
    // The part is the phrase's last word ("ayer por la mañana" is yesterday's morning)
    w.partOfDayCode = [](const QString &words) {
        const auto part = words.section(u' ', -1);
        return part == u"mañana"_s || part == u"madrugada"_s ? u"TMO"_s : part == u"tarde"_s ? u"TAF"_s : u"TNI"_s;
    };
    w.partOfDay = [code = w.partOfDayCode](const QString &phrase) {
        const int offset = phrase.startsWith(u"ayer"_s) || phrase == u"anoche"_s ? -1 : phrase.startsWith(u"mañana por"_s) ? 1 : 0;
        return std::pair{offset, code(phrase)};
    };
    // "el pasado ejercicio", "este ejercicio": a company's financial year, counted as a year. "El
    // año anterior" is counted from the year the text named (yearBeforeNarrated). "La última
    // década", "la próxima década": the decade, a date ("201"), as in English.
    w.shiftedUnits = uR"((?:la\s+semana|el\s+mes)\s+(?:pasad[oa]|anterior|próxim[oa]|que\s+viene)|(?:el\s+)?año\s+(?:pasad[oa]|próxim[oa]|que\s+viene)|(?:la\s+)?(?:próxima|pasada)\s+semana|(?:el\s+)?(?:próximo|pasado)\s+(?:mes(?!\s+de\b)|año)|est[ea]\s+(?:semana|mes|año)|el\s+fin\s+de\s+semana\s+(?:pasado|que\s+viene)|(?:este|el)\s+fin\s+de\s+semana(?!\s+(?:de|del)\b)|el\s+(?:próximo|pasado)\s+fin\s+de\s+semana|(?:el\s+)?(?:último|pasado|próximo)\s+trimestre|el\s+trimestre\s+(?:pasado|anterior|próximo|que\s+viene)|este\s+trimestre|(?:el\s+)?ejercicio\s+(?:pasado|anterior|próximo|que\s+viene)|(?:el\s+)?(?:próximo|pasado)\s+ejercicio|este\s+ejercicio|(?:la\s+)?(?:última|pasada|próxima)\s+década|(?:la\s+)?década\s+(?:pasada|próxima|que\s+viene)|esta\s+década)"_s;
    w.shift = [](const QString &phrase) {
        const QString unit = phrase.contains(u"década"_s) ? u"decade"_s : phrase.contains(u"fin de semana"_s) ? u"weekend"_s
                           : phrase.contains(u"semana"_s) ? u"week"_s : phrase.contains(u"trimestre"_s) ? u"quarter"_s
                           : phrase.contains(u"mes"_s) ? u"month"_s : u"year"_s;
        // "el último trimestre" is the last one closed
        const int step = phrase.contains(u"pasad"_s) || phrase.contains(u"anterior"_s) || phrase.contains(u"últim"_s) ? -1
                       : phrase.contains(u"próxim"_s) || phrase.contains(u"viene"_s) ? 1 : 0;
        return std::pair{unit, step};
    };
    w.ago = uR"((?:hace))"_s;
    w.later = uR"(dentro\s+de)"_s;
    w.numericDayMonth = uR"((?:(?<!\w)el\s+|(?<=\bdel\s|\bal\s))([0-3]?\d)/([01]?\d)(?![/\d])(?!\s*(?:de|del)\b))"_s;
    w.approximately = uR"(casi|cerca\s+de|alrededor\s+de|aproximadamente|más\s+de|menos\s+de|poco\s+más\s+de|algo\s+más\s+de|unos|unas|apenas|sólo|solo)"_s;
    w.yearOfMonth = uR"((?:de|del)\s+(año\s+pasado|año\s+anterior|este\s+año|próximo\s+año|pasado\s+año|año\s+próximo|año\s+que\s+viene))"_s;
    w.monthNoun = uR"(mes\s+de\s+)"_s;
    w.lastAfter = uR"((?:pasado|pasada))"_s;
    w.nextAfter = uR"((?:próximo|próxima|que\s+viene))"_s;
    w.lastBefore = uR"((?:pasado|pasada))"_s;
    w.nextBefore = uR"((?:próximo|próxima))"_s;
    w.holidays = {{u"Nochebuena"_s, Holiday::ChristmasEve},
                  {uR"((?:día\s+de\s+)?(?<!árbol\sde\s)(?<!árboles\sde\s)(?<!cesta\sde\s)(?<!cestas\sde\s)(?<!villancico\sde\s)(?<!villancicos\sde\s)(?<!tarjeta\sde\s)(?<!tarjetas\sde\s)(?<!Isla\sde\s)(?<!isla\sde\s)Navidad)"_s,
                   Holiday::Christmas},
                  {u"Nochevieja"_s, Holiday::NewYearsEve},
                  {uR"(Año\s+Nuevo)"_s, Holiday::NewYearsDay},
                  {uR"((?:Domingo|Pascua)\s+de\s+Resurrección|Domingo\s+de\s+Pascua)"_s, Holiday::Easter}};
    w.seasons = {u"primavera"_s, u"verano"_s, u"otoño"_s, u"invierno"_s};
    w.thisSeason = uR"((?:este|esta))"_s;
    // An age: "a la edad de 81 años", a death's "murió a los 56 años", a person's "un hombre de 40 años"
    w.ageBefore = uR"(edad\s+de|(?:fallece|falleció|fallecido|fallecida|muere|murió|muerto|muerta)\s+a\s+los|(?:hombre|mujer|niño|niña|joven|anciano|anciana|chico|chica|bebé|víctima|conductor)(?:es|s)?\s+de|los\s+(?:menores|mayores)\s+de|\d\s*-)"_s;
    w.afterAppositionStart = uR"((?:de\s+|con\s+)?)"_s; // "Lula, de 79 años,", "el ministro, con 62 años,"
    w.halfAfter = uR"(\s+y\s+medi[oa])"_s;
    w.clockAfterDay = uR"(a\s+las?|hacia\s+las?|sobre\s+las?)"_s;
    w.partsAfterWeekday = uR"(por\s+la\s+(mañana|tarde|noche))"_s;
    // "la noche del martes", "la mañana del lunes"
    w.partsBeforeWeekday = uR"((?:la\s+)?(mañana|tarde|noche|madrugada)\s+del\s+)"_s;
    w.weekdayOfShiftedWeek = uR"(\s+(de\s+la\s+semana\s+(?:pasada|anterior|próxima|que\s+viene)))"_s;
    w.noonWords = uR"(mediodía|medianoche)"_s;
    w.repetitionAdverbs = {{u"anualmente"_s, u"Y"_s}, {u"mensualmente"_s, u"M"_s}, {u"semanalmente"_s, u"W"_s},
                           {u"diariamente"_s, u"D"_s}};
    w.every = uR"(cada|todos\s+los|todas\s+las)"_s;
    // "al día" is also "up to date": a day only after "por"
    w.perUnit = uR"((?:al|por|a\s+la)\s+(año|mes|semana|(?<=por\s)(?:día|trimestre|semestre))(?!\s+(?:de|del|siguiente|anterior|pasado|próximo|que)\b))"_s;
    w.timesWord = u"veces"_s;
    w.presentWords = uR"(actualmente|ahora|en\s+la\s+actualidad|hoy\s+en\s+día)"_s;
    w.pastWords = uR"((?:más\s+)?recientemente|últimamente|anteriormente|en\s+el\s+pasado)"_s;
    w.futureWords = uR"(en\s+el\s+futuro|en\s+un\s+futuro(?:\s+(?:próximo|cercano))?)"_s;
    // The simple future of any verb ("celebrará", "llegarán") looks ahead too; "está" does not.
    // So does its conditional, the future of reported speech ("dijo que la inflación bajaría"),
    // but not "habría viajado", the conditional of hearsay, a past, nor the nouns in "-ría" news
    // names institutions and trades with ("la Secretaría", "la Cancillería", "la minería"); a list
    // is checked at a word's start, where words before it would be looked for at every word; the
    // future and the conditional are one pattern, so that a word is run through once.
    // What two sides agree or decide to do lies ahead ("acordaron celebrar una cumbre a finales
    // de abril").
    // A date something is put off to lies ahead: "se aplazó a enero", "pospuesta hasta marzo".
    // The present of what runs to a timetable looks ahead: "la ley entra en vigor el lunes", "el
    // plazo vence el viernes" ("comienza a", begins to, is no timetable). "irá" is the future of
    // "ir", in lower case only: "Irán" is the country. What may or must happen lies ahead: "la
    // cumbre puede celebrarse en diciembre", "debe firmarse en marzo".
    w.futureCues = uR"(próxim[oa]s?|(?:puede|pueden|debe|deben)\s+\w+(?:ar|er|ir)(?:se)?|(?-i:irán?)|entran?\s+en\s+vigor|vencen?|expiran?|comienzan?(?!\s+a\s)|empiezan?(?!\s+a\s)|se\s+reúnen?|se\s+celebran?|será|serán|sería|va\s+a|van\s+a|prevé|prevén|previst[oa]s?|esperan?|confían?|(?!habr\w*ían?\b|secretar|cancill|tesorer|consejer|galer|miner|ingenier|loter|bater|artiller|librer|panader)\w+(?:a|e|i|d|b|r)r(?:á|ía)n?|harán?|dirán?|(?:acord|decid|pact|promet)(?:ó|ió|aron|ieron|ado|ido)\s+(?!ayer\b)\w+(?:ar|er|ir)(?:se)?\b|(?:aplaz|posterg|retras)(?:ó|aron|ad[oa]s?)\s+(?:a|al|hasta|para)|(?:pospuso|pospusieron|pospuest[oa]s?)\s+(?:a|al|hasta|para))"_s;
    // The preterite: regular ("anunció", "votaron", "decidieron") and the irregular verbs news
    // uses most ("dijo", "hizo", "estuvo", "propuso", "produjo"; not "vino", which is also wine).
    // What was published or broadcast on a day was so in the past ("una entrevista publicada el
    // lunes"), unless it is yet to be ("será publicado el lunes"). The words before are looked for
    // behind the participle, so only where one stands.
    w.pastCues = uR"((?:ha|han|había|habían)(?:\s+\w+(?:ado|ido|to|cho))?|fue|fueron|\w{2,}(?:ó|aron|ieron)|(?:dij|\w*duj|traj)(?:o|eron)|hizo|\w*tuvo|pudo|\w*puso|quiso|supo|dio|dieron|vio|vieron|hubo|(?:(?:publicad|difundid|divulgad)(?<!será\s\w{8}|serán\s\w{8}|sería\s\w{8}|ser\s\w{8})|emitid(?<!será\s\w{6}|serán\s\w{6}|sería\s\w{6}|ser\s\w{6}))[oa]s?)"_s;
    w.sinceWords = u"desde"_s;
    w.untilWords = uR"(hasta)"_s;
    // "a las 9.30 horas": a full stop before the minutes, as in Spain, where the word for hours
    // follows ("1.500 millones" and "9,30 euros" are amounts)
    w.hourMarker = uR"((?::|h\b|horas\b|\.(?=[0-5]\d\s*(?:horas|h)\b)))"_s;
    w.hourMarkerFirst = u":h.d"_s; // "10:30", "10 h", "10 horas", "10.30 horas", and "11 de la noche" (clockDayParts)
    w.clockBefore = uR"(a\s+las?|hacia\s+las?|sobre\s+las?|desde\s+las?|hasta\s+las?)"_s;
    w.clockHourWord = uR"(horas?)"_s;
    w.clockFractions = uR"(y\s+media|y\s+cuarto|menos\s+cuarto)"_s;
    w.clockDayParts = uR"(de\s+la\s+mañana|de\s+la\s+tarde|de\s+la\s+noche|de\s+la\s+madrugada)"_s;
    w.lastPartOrdinal = uR"(último|última)"_s;
    w.partOrdinals = {u"primer|1er"_s, u"segundo|2º"_s, u"tercer|3er"_s, u"cuarto|4º"_s};
    w.quarterWord = u"trimestre"_s;
    w.halfWord = u"semestre"_s;
    w.partArticle = uR"((?:el\s+|este\s+)?)"_s;
    w.partBeforeYear = uR"(\s+(?:de|del)\s+(?:año\s+|ejercicio\s+)?)"_s;
    w.halfOrdinals = {u"primera"_s, u"segunda"_s};
    w.halfArticle = uR"((?:la\s+)?)"_s;
    // "la segunda mitad del año pasado": the year named by its distance is read by `shift`
    w.halfOfYear = uR"(mitad\s+(?:del\s+(año\s+(?:pasado|anterior|próximo|que\s+viene)|(?:próximo|pasado)\s+año)|del\s+año(?:\s+((?:19|20)\d\d))?|de\s+este\s+año|de\s+((?:19|20)\d\d)))"_s;
    // "los años noventa", "la década de los 90", "la década de 1990"
    w.decadeBefore = uR"((?:(?:la\s+)?década\s+de\s+(?:los\s+)?(?:años\s+)?|(?:los\s+)?años\s+))"_s;
    w.centuryBefore = uR"((?:el\s+)?siglo\s+)"_s;
    w.decadeWords = {{u"veinte"_s, 2}, {u"treinta"_s, 3}, {u"cuarenta"_s, 4}, {u"cincuenta"_s, 5}, {u"sesenta"_s, 6},
                     {u"setenta"_s, 7}, {u"ochenta"_s, 8}, {u"noventa"_s, 9}};
    w.extraRules = [](const AddRule &add, const Vocabulary &words) {
        // "una decena de años", "hace una quincena de días": a round number said as a noun
        add(uR"((hace\s+)?(?:una|un)\s+(decena|docena|quincena|veintena|treintena|centenar)\s+de\s+(años|meses|semanas|días|horas|minutos))"_s,
            [&words, since = sinceBefore(words), ageBefore = ageBeforePattern(words)](const QRegularExpressionMatch &m, const Context &c) {
                return roundNumberOfUnit(words, since, ageBefore, m.captured(2).toLower(), m.captured(3).toLower(), !m.captured(1).isEmpty(), c);
            });
        // "medio siglo", "un cuarto de siglo": fractions of a century, in years
        add(uR"((?:un\s+)?(medio\s+siglo|cuarto\s+de\s+siglo))"_s, [](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(m.captured(1).startsWith(u"medio"_s, Qt::CaseInsensitive) ? u"P50Y"_s : u"P25Y"_s, TimexType::Duration);
        });
        // "durante años", "desde hace décadas", "a lo largo de los años": an unsaid number of the
        // unit, as the English "for years", without the preposition, as TimeML has it ("los años
        // noventa" is a decade)
        add(uR"((?:(?<=durante\s)|(?<=desde\shace\s)|(?<=largo\sde\s))(?:(?:los|las|muchos|muchas|largos|largas)\s+)?(años|meses|semanas|décadas|siglos))"_s
                + uR"((?!\s+(?:\d|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) { return unsaidNumberOf(words, m); });
        // "en lo que va de año", "lo que va del mes": the article's year, month, week or quarter
        // so far, as the English "so far this year". The unit alone: the words before are the
        // commonest ones, and a rule anchored on them would run around every "que".
        add(uR"((?:(?<=lo\sque\sva\sde\s)|(?<=lo\sque\sva\sdel\s))(año|mes|semana|trimestre|ejercicio)\b(?!\s+(?:de|del|\d)))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &c) {
                const auto [unit, step] = words.shift(m.captured(1).toLower());
                return relativeValue(shiftedUnitValue(c.dct, unit, step));
            });
        // "a finales de año", "antes de fin de año", "a principios del año pasado": a part of the
        // article's year, or of the one before or after it, which TIMEX3 writes as the year
        add(uR"((?:finales|principios|comienzos|mediados|fines|inicios|fin|final)\s+(?:de|del)\s+(?:este\s+)?año(?:\s+(pasado|próximo))?(?!\s+(?:\d|que|anterior|siguiente)))"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                const int step = m.captured(1).isEmpty() ? 0 : m.captured(1).startsWith(u"pas"_s) ? -1 : 1;
                return relativeValue(c.dct.isValid() ? QString::number(c.dct.year() + step) : u"XXXX"_s);
            });
        // "a finales de mes", "a principios del mes próximo": a part of the article's month, or of
        // the one before or after it, written as the month ("finales del mes de marzo" is March's)
        add(uR"((?:finales|principios|comienzos|mediados|fines|inicios|fin|final)\s+(?:de|del)\s+(?:este\s+)?mes(?:\s+(pasado|próximo|que\s+viene))?(?!\s+(?:de|que|anterior|siguiente)\b))"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                return monthShifted(m.captured(1).isEmpty() ? 0 : m.captured(1).startsWith(u"pas"_s) ? -1 : 1, c.dct);
            });
        // "a principios de semana", "a mediados de la semana próxima": the week. Not its end: "fin
        // de semana" is the weekend.
        add(uR"((?:principios|comienzos|mediados|inicios)\s+de\s+(?:la\s+|esta\s+)?semana(?:\s+(pasada|próxima|que\s+viene))?(?!\s+(?:de|que|anterior|siguiente)\b))"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                const int step = m.captured(1).isEmpty() ? 0 : m.captured(1).startsWith(u"pas"_s) ? -1 : 1;
                return relativeValue(shiftedUnitValue(c.dct, u"week"_s, step));
            });
    };
    return w;
}

} // namespace

namespace {

// A language's words, the rules read from them (which hold the words by reference: built after
// them, never moved) and, where its dates come in ranges, the first day of a range with the
// words that join it to the second, matched on the text just before the second: the day's number
// in the first capture, the ordinal's ending French writes after the first ("du 1er au 31") in the
// second.
struct LanguageRules
{
    explicit LanguageRules(Vocabulary vocabulary)
        : words(std::move(vocabulary))
        , rules(buildRules(words))
    {
        if (!words.monthRangeFrom.isEmpty())
            monthRange.emplace(monthRangeWords(words.monthRangeFrom, words.monthRangeJoin));
        if (!words.dayRangeJoin.isEmpty())
            rangeStartBefore.emplace(words.wordStart + words.article + uR"(([0-3]?\d)((?:er|ᵉʳ)?)\s*)"_s + words.dayRangeJoin + uR"(\s*$)"_s,
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }
    LanguageRules(const LanguageRules &) = delete;
    LanguageRules &operator=(const LanguageRules &) = delete;

    const Vocabulary words;
    const std::vector<Rule> rules;
    std::optional<QRegularExpression> rangeStartBefore;
    std::optional<MonthRangeWords> monthRange;
};

// Each language's rules are built when its first article is read: compiling all of them delayed
// the first article of any language. nullptr for a language that has the English rules.
const LanguageRules *languageRules(QStringView language)
{
    if (isLanguage(language, u"fr")) {
        static const LanguageRules frenchRules(french());
        return &frenchRules;
    }
    if (isLanguage(language, u"es")) {
        static const LanguageRules spanishRules(spanish());
        return &spanishRules;
    }
    if (isLanguage(language, u"de")) {
        static const LanguageRules germanRules(german());
        return &germanRules;
    }
    if (isLanguage(language, u"ru")) {
        static const LanguageRules russianRules(russianVocabulary());
        return &russianRules;
    }
    if (isLanguage(language, u"ar")) {
        static const LanguageRules arabicRules(arabicVocabulary());
        return &arabicRules;
    }
    return nullptr;
}

} // namespace

MonthRangeWords monthRangeWords(const QString &from, const QString &join)
{
    return MonthRangeWords{wordsPattern(u"(?<!\\w)"_s, from, u"\\s*$"_s), wordsPattern(u"^\\s*"_s, join, u"\\s*$"_s)};
}

const MonthRangeWords *monthRangeWordsFor(QStringView language)
{
    const auto *own = languageRules(language);
    return own && own->monthRange ? &*own->monthRange : nullptr;
}

QStringList elidedWordsFor(QStringView language)
{
    const auto *own = languageRules(language);
    return own ? own->words.elidedWords : QStringList();
}

const QRegularExpression *rangeStartBeforeFor(QStringView language)
{
    const auto *own = languageRules(language);
    return own && own->rangeStartBefore ? &*own->rangeStartBefore : nullptr;
}

const std::vector<Rule> &rulesFor(QStringView language)
{
    const auto *own = languageRules(language);
    return own ? own->rules : rules();
}

} // namespace Attache::TimexRules
