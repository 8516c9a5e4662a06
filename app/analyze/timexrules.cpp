#include "analyze/timexrules.h"

#include "analyze/temporalvalue.h"
#include "analyze/timexanchors.h"
#include "core/logging.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Attache::TimexRules {

namespace {

// ---- Vocabulary shared by the rules, spliced into their patterns ----------------------------------

// Month and weekday names are matched case-sensitively ("May", not the modal "may"; "March", not
// "march"), whatever the rule's own case option.
const QString MonthFull = uR"(((?-i:January|February|March|April|May|June|July|August|September|October|November|December)))"_s;
const QString MonthAny =
    uR"(((?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)))"_s;
const QString Weekday = uR"(((?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))"_s;
const QString WeekdayPrefix = uR"((?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"_s;
const QString Year = uR"(((?:1[6-9]|20)\d\d))"_s;
const QString DayNumber = uR"(([0-3]?\d)(?:st|nd|rd|th)?)"_s;
const QString NumberWord =
    uR"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"_s;
// A count in front of a unit: "three", "twenty-five", "24", "2.5", "two and a half", "a", "several".
// Numbers are bounded (five digits, six decimals), as is every part of a rule that can be: the
// tagger reads only as far around an anchor as a match can reach (timexanchors.h).
const QString Count = uR"((\d{1,5}(?:[.,]\d{1,6})?|)"_s + NumberWord + uR"((?:[\s-])"_s + NumberWord
    + uR"()?(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|a|an|few|several|many|some))"_s;
// Between two words: white space, or a hyphen with white space around it or not ("four-week").
const QString Joiner = uR"((?:\s+|\s*-\s*))"_s;
const QString Unit = uR"((years?|months?|weeks?|days?|hours?|minutes?|seconds|decades?|centur(?:y|ies)|quarters|fortnights?))"_s;
const QString Season = uR"((spring|summer|autumn|fall|winter))"_s;
const QString PartOfDay = uR"((morning|afternoon|evening|night))"_s;
// Modifiers TimeML keeps inside the expression without changing its value.
const QString Approximately =
    uR"((?:(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|over|under|at\s+least|at\s+most|up\s+to|some|a\s+mere|just|only|barely|the\s+first|the\s+final|another|an\s+additional)\s+)?)"_s;
const QString Position =
    uR"((?:(?:early|late|mid|the\s+(?:beginning|start|end|middle|close|turn|first\s+half|second\s+half)\s+of(?:\s+the)?)(?:\s+|-))?)"_s;

// ---- Anchors: the words a rule's every match contains ------------------------------------------

const Anchors OnDigits{{}, true};
// A run of digits followed by one of `characters`, white space between them or not.
Anchors onDigitsFollowedBy(const QString &characters)
{
    Anchors anchors = OnDigits;
    anchors.digitsFollowedBy = characters;
    return anchors;
}
// Every Year above: its digits stand alone (the patterns look for no digit or letter around them).
const Anchors OnYears = [] {
    Anchors anchors;
    anchors.years = true;
    return anchors;
}();
// MonthAny and MonthFull are matched with a capital ("May", not the modal "may").
const Anchors OnMonths = [] {
    Anchors anchors{{u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s, u"july"_s, u"august"_s,
                     u"september"_s, u"october"_s, u"november"_s, u"december"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s,
                     u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s}};
    anchors.isCapitalised = true;
    return anchors;
}();
const Anchors OnWeekdays{{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s,
                          u"sunday"_s}};
const Anchors OnSeasons{{u"spring"_s, u"summer"_s, u"autumn"_s, u"fall"_s, u"winter"_s}};
// Every word of the Unit vocabulary above.
const Anchors OnUnits{{u"year"_s, u"years"_s, u"month"_s, u"months"_s, u"week"_s, u"weeks"_s, u"day"_s, u"days"_s,
                       u"hour"_s, u"hours"_s, u"minute"_s, u"minutes"_s, u"seconds"_s, u"decade"_s, u"decades"_s,
                       u"century"_s, u"centuries"_s, u"quarters"_s, u"fortnight"_s, u"fortnights"_s}};

// `anchors` for a rule whose matches hold one of their words with at most `before` in front of it
// and `after` behind it (pattern text; a null one: as far as the whole pattern reaches). Only so
// much text around each anchor is read.
Anchors aroundAnchor(Anchors anchors, const QString &before, const QString &after)
{
    if (!before.isNull())
        anchors.reachBefore = reachOfPattern(uR"((?<![\w']))"_s + before);
    if (!after.isNull())
        anchors.reachAfter = reachOfPattern(after + uR"((?![\w]))"_s);
    return anchors;
}

int numberWordValue(const QString &word)
{
    static const QHash<QString, int> values{
        {u"one"_s, 1},      {u"two"_s, 2},        {u"three"_s, 3},     {u"four"_s, 4},      {u"five"_s, 5},
        {u"six"_s, 6},      {u"seven"_s, 7},      {u"eight"_s, 8},     {u"nine"_s, 9},      {u"ten"_s, 10},
        {u"eleven"_s, 11},  {u"twelve"_s, 12},    {u"thirteen"_s, 13}, {u"fourteen"_s, 14}, {u"fifteen"_s, 15},
        {u"sixteen"_s, 16}, {u"seventeen"_s, 17}, {u"eighteen"_s, 18}, {u"nineteen"_s, 19}, {u"twenty"_s, 20},
        {u"thirty"_s, 30},  {u"forty"_s, 40},     {u"fifty"_s, 50},    {u"sixty"_s, 60},    {u"seventy"_s, 70},
        {u"eighty"_s, 80},  {u"ninety"_s, 90},    {u"hundred"_s, 100}, {u"a"_s, 1},         {u"an"_s, 1},
    };
    return values.value(word.toLower(), -1);
}

// The TIMEX3 quantity of a count: "3", "25", "2.5", "X" for vague counts ("several", "a few").
QString quantityOf(const QString &count)
{
    const auto text = count.simplified().toLower();
    if (text.isEmpty())
        return u"1"_s;
    if (text.front().isDigit()) {
        auto digits = text;
        digits.remove(u',');
        if (digits.size() > 6)
            return u"X"_s;
        return digits;
    }
    if (text == u"a couple of"_s)
        return u"2"_s;
    if (text == u"a few"_s || text == u"few"_s || text == u"several"_s || text == u"many"_s || text == u"some"_s)
        return u"X"_s;
    const bool isAndAHalf = text.endsWith(u" and a half"_s);
    const auto core = isAndAHalf ? text.chopped(11) : text;
    int value = 0;
    static const QRegularExpression separator(uR"([\s-]+)"_s);
    for (const auto &part : core.split(separator, Qt::SkipEmptyParts)) {
        const int partValue = numberWordValue(part);
        if (partValue < 0)
            return u"X"_s;
        value = partValue == 100 ? std::max(value, 1) * 100 : value + partValue;
    }
    return isAndAHalf ? QString::number(value) + u".5"_s : QString::number(value);
}

} // namespace

bool holdsJoiningConjunction(QStringView between)
{
    // Asked for every cue near every expression: a look at the words, without a regular expression.
    static constexpr std::array<QStringView, 11> conjunctions{u"and", u"but", u"et", u"mais", u"y", u"pero",
                                                              u"und", u"aber", u"и", u"а", u"но"};
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i <= between.size(); ++i) {
        const bool isLetter = i < between.size() && between.at(i).isLetter();
        if (isLetter && wordStart < 0) {
            wordStart = i;
        } else if (!isLetter && wordStart >= 0) {
            const auto word = between.sliced(wordStart, i - wordStart);
            if (word.size() <= 4 && std::find(conjunctions.begin(), conjunctions.end(), word) != conjunctions.end())
                return true;
            wordStart = -1;
        }
    }
    return false;
}

namespace {

// Past or future reading of an underspecified expression ("Friday", "June"): a preposition right
// before it decides ("until June", "since June"); otherwise the tense cue nearest to it in its
// clause. News reports mostly look back, so the past is the default. A present of what runs to a
// timetable is a schedule ("the deadline expires on Sunday", "the council meets in June").
// Without isPastAsked, a clause with no cue of the future is Unmarked without looking for one of
// the past: whether it looks ahead is all most rules ask.
Tense tenseOfContext(const Context &context, QStringView clause, bool isPastAsked)
{
    const auto &text = context.text;
    const auto start = context.start;
    const auto end = context.end;
    static const QRegularExpression futureCue(
        uR"(\b(?:(?:will|shall|'ll)(?:\s+not)?(?:\s+be)?\s+\w+|will|shall|going\s+to|is\s+to|are\s+to|scheduled|expected\s+(?:to|in|on|at|by|around|before)|set\s+to|due\s+(?:to|in|on|at|by|before)|ahead\s+of|plans?\s+to|planned|planning|upcoming|intends?\s+to|to\s+be\s+held|to\s+meet|to\s+visit|to\s+travel|to\s+hold|next|(?:postponed|pushed\s+back|put\s+off|rescheduled|deferred|adjourned)\s+(?:to|until|till|for)|delayed\s+(?:to|until|till)|(?:expires|opens|begins|starts|ends|closes|convenes|resumes|meets|takes\s+effect|comes\s+into\s+force|enters\s+into\s+(?:force|effect)|goes\s+into\s+effect))\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "until June", "by Friday" look ahead; "since June" looks back, whatever the verb.
    static const QRegularExpression prepositionBefore(uR"(\b(until|till|through|by|since)\s+$)"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    // "as soon as Tuesday", "as early as next month" name the earliest of what is still to come.
    static const QRegularExpression earliestBefore(uR"(\bas\s+(?:soon|early)\s+as\s+$)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    if (earliestBefore.matchView(context.before(16)).hasMatch())
        return Tense::Future;
    const auto preposition = prepositionBefore.matchView(context.before(12));
    if (preposition.hasMatch())
        return preposition.captured(1).compare(u"since"_s, Qt::CaseInsensitive) != 0 ? Tense::Future : Tense::Past;
    // A participle after "be" is passive, not past: "is due to be published in May".
    static const QRegularExpression pastCue(uR"((?<!be\s)(?<!been\s)(?<!being\s)\b(?:said|was|were|had|did|has\s+been|have\s+been|met|held|took|made|came|went|[a-z]{3,}ed)\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto clauseStart = clause.data() - text.constData();
    const auto at = start - clauseStart;
    // A cue beyond "and" or "but" is another verb's, of a clause joined to this one ("arrived late
    // Tuesday and will leave on Friday"): it counts only where this clause has none.
    constexpr qsizetype JoinedClauseDistance = 500; // longer than a clause
    auto nearest = [&](const QRegularExpression &cue) {
        qsizetype best = -1;
        auto iterator = cue.globalMatchView(clause);
        while (iterator.hasNext()) {
            const auto match = iterator.next();
            if (match.capturedStart(0) >= at && match.capturedStart(0) < at + (end - start))
                continue;
            const bool isBefore = match.capturedStart(0) < at;
            const auto between = isBefore ? clause.sliced(std::min(match.capturedEnd(0), at), std::max<qsizetype>(0, at - match.capturedEnd(0)))
                                          : clause.sliced(end - clauseStart, match.capturedStart(0) - (end - clauseStart));
            const auto distance = between.size() + (holdsJoiningConjunction(between) ? JoinedClauseDistance : 0);
            if (best < 0 || distance < best)
                best = distance;
        }
        return best;
    };
    const auto future = nearest(futureCue);
    if (future < 0 && !isPastAsked)
        return Tense::Unmarked;
    const auto past = nearest(pastCue);
    if (future >= 0 && (past < 0 || future <= past))
        return Tense::Future;
    return past >= 0 ? Tense::Past : Tense::Unmarked;
}

} // namespace

namespace {

bool isClauseBoundary(QChar c)
{
    return c == u'\n' || c == u',' || c == u';' || c == u':' || c == u'.' || c == u'!' || c == u'?';
}

bool isSentenceEnd(QChar c)
{
    return c == u'\n' || c == u'.' || c == u'!' || c == u'?';
}

} // namespace

bool Context::isFronted() const
{
    auto sentenceStart = start;
    for (int steps = 0; sentenceStart > 0 && steps < 12 && !isClauseBoundary(text.at(sentenceStart - 1)); ++steps)
        --sentenceStart;
    if (sentenceStart > 0 && !isSentenceEnd(text.at(sentenceStart - 1)))
        return false;
    const auto opening = QStringView(text).mid(sentenceStart, start - sentenceStart).trimmed();
    if (opening.contains(u' ') || opening.size() > 4)
        return false;
    auto after = end;
    while (after < text.size() && text.at(after).isSpace() && text.at(after) != u'\n')
        ++after;
    return after < text.size() && text.at(after) == u',';
}

QStringView Context::clause() const
{
    auto clauseStart = start;
    for (int steps = 0; clauseStart > 0 && steps < 200 && !isClauseBoundary(text.at(clauseStart - 1)); ++steps)
        --clauseStart;
    auto clauseEnd = end;
    for (int steps = 0; clauseEnd < text.size() && steps < 200 && !isClauseBoundary(text.at(clauseEnd)); ++steps)
        ++clauseEnd;
    return QStringView(text).mid(clauseStart, clauseEnd - clauseStart);
}

QStringView Context::clauseOfDay() const
{
    const auto plain = clause();
    if (!isFronted())
        return plain;
    // To the sentence's end: the main clause's verb may come after an apposition in commas
    // ("Le 3 février, le ministre malien, Abdoulaye Diop, avait convoqué…").
    const auto clauseStart = plain.data() - text.constData();
    auto clauseEnd = text.indexOf(u',', end) + 1;
    for (int steps = 0; clauseEnd < text.size() && steps < 200 && !isSentenceEnd(text.at(clauseEnd)) && text.at(clauseEnd) != u';'; ++steps)
        ++clauseEnd;
    return QStringView(text).mid(clauseStart, clauseEnd - clauseStart);
}

bool Context::isFuture() const
{
    return tenseOfContext(*this, clause(), false) == Tense::Future;
}

Tense Context::tense() const
{
    return tenseOfContext(*this, clause(), true);
}

Tense Context::dayTense() const
{
    return tenseOfContext(*this, clauseOfDay(), true);
}

std::optional<Resolution> narratedDayValue(int days)
{
    return Resolution{u"XXXX-XX-XX"_s, TimexType::Date, false, days};
}

std::optional<Resolution> narratedYearValue(int years, const QString &unanchored)
{
    return Resolution{unanchored, TimexType::Date, !unanchored.startsWith(u"XXXX"_s), std::nullopt, years};
}

namespace {

std::optional<Resolution> fixed(const QString &value, TimexType type = TimexType::Date)
{
    return Resolution{value, type, false};
}

std::optional<Resolution> relative(const QString &value, TimexType type = TimexType::Date)
{
    return Resolution{value, type, true};
}

// A year given in full or as two digits ("'07").
int yearOf(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() <= 2)
        return year < 50 ? 2000 + year : 1900 + year;
    return year;
}

QString unitCode(const QString &unit)
{
    const auto u = unit.toLower();
    if (u.startsWith(u"year"_s)) return u"Y"_s;
    if (u.startsWith(u"month"_s)) return u"M"_s;
    if (u.startsWith(u"week"_s)) return u"W"_s;
    if (u.startsWith(u"fortnight"_s)) return u"W"_s;
    if (u.startsWith(u"day"_s)) return u"D"_s;
    if (u.startsWith(u"hour"_s)) return u"H"_s;
    if (u.startsWith(u"minute"_s)) return u"MIN"_s;
    if (u.startsWith(u"second"_s)) return u"S"_s;
    if (u.startsWith(u"decade"_s)) return u"DE"_s;
    if (u.startsWith(u"centur"_s)) return u"CE"_s;
    if (u.startsWith(u"quarter"_s)) return u"Q"_s;
    return {};
}

// "P3Y", "PT24H", "P10Y" for "a decade", "PXW" for "several weeks".
QString durationValue(const QString &quantity, const QString &unit)
{
    const auto code = unitCode(unit);
    const bool isVague = quantity.contains(u'X');
    const bool isFortnight = unit.startsWith(u"fortnight"_s, Qt::CaseInsensitive);
    auto scaled = [&](int factor) {
        if (isVague)
            return quantity;
        bool ok = false;
        const double value = quantity.toDouble(&ok);
        if (!ok)
            return u"X"_s;
        return QString::number(value * factor, 'g', 12);
    };
    if (code == u"H"_s) return u"PT"_s + quantity + u"H"_s;
    if (code == u"MIN"_s) return u"PT"_s + quantity + u"M"_s;
    if (code == u"S"_s) return u"PT"_s + quantity + u"S"_s;
    if (code == u"DE"_s) return isVague ? u"PXY"_s : u"P"_s + scaled(10) + u"Y"_s;
    if (code == u"CE"_s) return isVague ? u"PXCE"_s : u"P"_s + scaled(100) + u"Y"_s;
    if (code == u"Q"_s) return isVague ? u"PXQ"_s : u"P"_s + scaled(3) + u"M"_s;
    if (isFortnight) return u"P"_s + scaled(2) + u"W"_s;
    return u"P"_s + quantity + code;
}

QString seasonCode(const QString &season)
{
    const auto s = season.toLower();
    if (s == u"spring"_s) return u"SP"_s;
    if (s == u"summer"_s) return u"SU"_s;
    if (s == u"winter"_s) return u"WI"_s;
    return u"FA"_s;
}

QString partOfDayCode(const QString &part)
{
    const auto p = part.toLower();
    if (p == u"morning"_s) return u"TMO"_s;
    if (p == u"afternoon"_s) return u"TAF"_s;
    if (p == u"evening"_s) return u"TEV"_s;
    return u"TNI"_s;
}

QString timeOfDay(int hour, int minute, const QString &meridiem, const QString &zone)
{
    if (hour > 24 || minute > 59)
        return {};
    const auto m = meridiem.toLower();
    if (m == u"p"_s && hour < 12)
        hour += 12;
    else if (m == u"a"_s && hour == 12)
        hour = 0;
    QString value = u"T"_s + QString::number(hour).rightJustified(2, u'0');
    if (minute >= 0)
        value += u':' + QString::number(minute).rightJustified(2, u'0');
    const auto z = zone.toUpper();
    if (z == u"GMT"_s || z == u"UTC"_s || z == u"Z"_s)
        value += u'Z';
    return value;
}

// How many units a word shifts a unit from the article's: "last year" -1, "next week" 1, "this
// month" 0.
int shiftStep(const QString &which)
{
    if (which == u"last"_s || which == u"previous"_s || which == u"past"_s || which == u"prior"_s)
        return -1;
    if (which == u"next"_s || which == u"coming"_s)
        return 1;
    return 0;
}

// A quarter named without its year ("the third quarter", "Q3"): the article's year's, or last
// year's when it has not begun by the article's date and the sentence does not look ahead
// (results "for the fourth quarter" are reported in the new year).
QString quarterOfArticle(const Context &c, int quarter)
{
    const bool isLastYears = c.dct.isValid() && (quarter - 1) * 3 + 1 > c.dct.month() && !c.isFuture();
    return (isLastYears ? QString::number(c.dct.year() - 1) : yearValue(c.dct)) + u"-Q"_s + QString::number(quarter);
}

// The quarter a comparison in the sentence around the context refers to ("third-quarter profit",
// "the latest quarter"), as "1989-Q3", resolved like the quarter rules below; empty when none.
QString comparedQuarter(const Context &c)
{
    static const QRegularExpression ordinalQuarter(
        uR"(\b(first|second|third|fourth)[\s-]+quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?|\bthe\s+(?:latest\s+|most\s+recent\s+)?quarter\b(?!\s+of\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto isSentenceEnd = [&](qsizetype i) {
        const QChar ch = c.text.at(i);
        return ch == u'\n' || ((ch == u'.' || ch == u'!' || ch == u'?') && i + 1 < c.text.size() && c.text.at(i + 1).isSpace());
    };
    auto begin = c.start;
    for (int steps = 0; begin > 0 && steps < 400 && !isSentenceEnd(begin - 1); ++steps)
        --begin;
    auto end = c.end;
    for (int steps = 0; end < c.text.size() && steps < 400 && !isSentenceEnd(end); ++steps)
        ++end;
    const auto match = ordinalQuarter.matchView(QStringView(c.text).mid(begin, end - begin));
    if (!match.hasMatch())
        return {};
    if (match.capturedLength(1) == 0)
        return shiftedUnitValue(c.dct, u"quarter"_s, -1);
    static const QStringList names{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
    const int quarter = int(names.indexOf(match.captured(1).toLower())) + 1;
    if (match.capturedLength(2) > 0)
        return match.captured(2) + u"-Q"_s + QString::number(quarter);
    return quarterOfArticle(c, quarter);
}

// "1989-Q3" and 1 → "1988-Q3"; X placeholders stay.
QString yearsBeforeQuarter(const QString &quarter, int years)
{
    bool ok = false;
    const int year = quarter.left(4).toInt(&ok);
    if (!ok)
        return quarter;
    return QString::number(year - years).rightJustified(4, u'0') + quarter.mid(4);
}

std::vector<Rule> buildRules()
{
    std::vector<Rule> rules;
    auto add = [&rules](const QString &pattern, const Anchors &anchors, Normaliser normalise) {
        const QString wrapped = uR"((?<![\w']))"_s + pattern + uR"((?![\w]))"_s;
        QRegularExpression expression(wrapped, QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid()) {
            qCWarning(lcAnalyze) << "timex rule does not compile:" << expression.errorString() << pattern;
            return;
        }
        expression.optimize();
        Anchors measured = anchors;
        measured.reach = reachOfPattern(wrapped);
        measured.reachBefore = std::min(measured.reachBefore, measured.reach);
        measured.reachAfter = std::min(measured.reachAfter, measured.reach);
        rules.push_back({std::move(expression), std::move(normalise), measured});
    };

    // --- Absolute calendar dates ---
    // "Monday, March 5, 2025", "March 5th 2025", "Mar. 5, 2025"
    add(u"(?:"_s + WeekdayPrefix + uR"(,?\s+)?)"_s + Position + MonthAny + uR"(\s+)"_s + DayNumber + uR"(,?\s+)"_s + Year,
        aroundAnchor(OnMonths, {}, uR"(\.?\s+)"_s + DayNumber + uR"(,?\s+)"_s + Year),
        [](const QRegularExpressionMatch &m, const Context &) {
            const QDate date(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
            return date.isValid() ? fixed(dayValue(date)) : std::nullopt;
        });
    // "5 March 2025", "the 5th of March, 2025"
    add(u"(?:"_s + WeekdayPrefix + uR"(,?\s+)?(?:the\s+)?)"_s + DayNumber + uR"(\s+(?:of\s+)?)"_s + MonthAny + uR"(,?\s+)"_s + Year,
        aroundAnchor(OnMonths, {}, uR"(\.?,?\s+)"_s + Year),
        [](const QRegularExpressionMatch &m, const Context &) {
            const QDate date(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
            return date.isValid() ? fixed(dayValue(date)) : std::nullopt;
        });
    // "2025-03-05"
    const QString isoMonthAndDay = uR"(-([01]\d)-([0-3]\d))"_s;
    add(Year + isoMonthAndDay, aroundAnchor(OnYears, u""_s, isoMonthAndDay), [](const QRegularExpressionMatch &m, const Context &) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? fixed(dayValue(date)) : std::nullopt;
    });
    // "7/8/07", "03/22/2013" (American order unless the first number cannot be a month)
    const QString slashedDayAndYear = uR"(/([0-3]?\d)/(\d\d|(?:1[6-9]|20)\d\d))"_s;
    add(uR"(([01]?\d|[0-3]\d))"_s + slashedDayAndYear,
        aroundAnchor(onDigitsFollowedBy(u"/"_s), u""_s, slashedDayAndYear),
        [](const QRegularExpressionMatch &m, const Context &) {
            int month = m.captured(1).toInt();
            int day = m.captured(2).toInt();
            if (month > 12)
                std::swap(month, day);
            const QDate date(yearOf(m.captured(3)), month, day);
            return date.isValid() ? fixed(dayValue(date)) : std::nullopt;
        });
    // "March 5", "Monday, March 5": the year is the one that puts the day nearest the document date,
    // unless the clause's tense puts it on the other side (see resolveDayYear()).
    add(u"(?:"_s + WeekdayPrefix + uR"(,?\s+)?)"_s + Position + MonthAny + uR"(\s+)"_s + DayNumber + uR"((?!\s*[,]?\s*\d))"_s,
        aroundAnchor(OnMonths, {}, uR"(\.?\s+)"_s + DayNumber + uR"((?!\s*[,]?\s*\d))"_s),
        [](const QRegularExpressionMatch &m, const Context &c) {
            if (m.captured(2).toInt() < 1 || m.captured(2).toInt() > 31)
                return std::optional<Resolution>();
            return relative(dayValue(resolveDayYear(c.dct, monthNumber(m.captured(1)), m.captured(2).toInt(), [&c] { return c.dayTense(); })));
        });
    // "5 March", "the 5th of March"
    add(uR"((?:the\s+)?)"_s + DayNumber + uR"(\s+(?:of\s+)?)"_s + MonthAny + uR"((?!\s*[,]?\s*\d))"_s,
        aroundAnchor(OnMonths, uR"((?:the\s+)?)"_s + DayNumber + uR"(\s+(?:of\s+)?)"_s, uR"(\.?(?!\s*[,]?\s*\d))"_s),
        [](const QRegularExpressionMatch &m, const Context &c) {
            if (m.captured(1).toInt() < 1 || m.captured(1).toInt() > 31)
                return std::optional<Resolution>();
            return relative(dayValue(resolveDayYear(c.dct, monthNumber(m.captured(2)), m.captured(1).toInt(), [&c] { return c.dayTense(); })));
        });
    // "on the 15th", "since the 3rd,", "for the 22nd in Geneva": a day of the month without its
    // month, after a preposition and before punctuation or a word that names no thing ("the 15th
    // century", "the 3rd round" are no days); the nearest such day, after "since" the last one.
    const QString dayAlone = uR"((?<=\bon\s|\bby\s|\buntil\s|\btill\s|\bsince\s|\bfrom\s|\bbefore\s|\bafter\s|\bfor\s))"_s
        + uR"(the\s+([0-3]?\d)(?:st|nd|rd|th)(?=\s*[.,;:)]|\s*$|\s+(?:in|at|and|when|with|to)\b))"_s;
    add(dayAlone, onDigitsFollowedBy(u"snrt"_s), [](const QRegularExpressionMatch &m, const Context &c) {
        if (!c.dct.isValid())
            return relative(dayValue(QDate()));
        // After "since" the last one before the article's day; else as the clause's tense puts it.
        const int day = m.captured(1).toInt();
        const bool isSince = c.before(6).endsWith(u"since "_s, Qt::CaseInsensitive);
        const QDate date = isSince ? resolveDayOfMonth(c.dct, day, -1) : resolveDayOfMonth(c.dct, day, [&c] { return c.dayTense(); });
        return date.isValid() ? relative(dayValue(date)) : std::optional<Resolution>();
    });
    // "March 2025", "early March 2025", "March of 2025"
    add(Position + MonthAny + uR"(,?\s+(?:of\s+)?)"_s + Year, aroundAnchor(OnMonths, Position, uR"(\.?,?\s+(?:of\s+)?)"_s + Year), [](const QRegularExpressionMatch &m, const Context &) {
        return fixed(monthValue(m.captured(2).toInt(), monthNumber(m.captured(1))));
    });
    // "last June", "next March", "this May", "late last July"
    add(Position + uR"((last|next|this|past|coming)\s+)"_s + MonthFull,
        aroundAnchor(OnMonths, Position + uR"((last|next|this|past|coming)\s+)"_s, u""_s),
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto which = m.captured(1).toLower();
            const int month = monthNumber(m.captured(2));
            if (!c.dct.isValid())
                return relative(monthValue(0, month));
            int year = c.dct.year();
            if (which == u"last"_s || which == u"past"_s)
                year -= month >= c.dct.month() ? 1 : 0;
            else if (which == u"next"_s || which == u"coming"_s)
                year += month <= c.dct.month() ? 1 : 0;
            return relative(monthValue(year, month));
        });
    // "June last year", "January of this year", "March next year"
    add(Position + MonthFull + uR"(\s+(?:of\s+)?(last|this|next)\s+year)"_s,
        aroundAnchor(OnMonths, Position, uR"(\s+(?:of\s+)?(last|this|next)\s+year)"_s), [](const QRegularExpressionMatch &m, const Context &c) {
        const auto which = m.captured(2).toLower();
        const int step = which == u"last"_s ? -1 : which == u"next"_s ? 1 : 0;
        return relative(monthValue(c.dct.isValid() ? c.dct.year() + step : 0, monthNumber(m.captured(1))));
    });
    // "June", "early December", "mid-March": the past one unless the sentence looks ahead.
    add(Position + MonthFull, aroundAnchor(OnMonths, Position, u""_s), [](const QRegularExpressionMatch &m, const Context &c) {
        const auto name = m.captured(1);
        if (name == u"May"_s && m.capturedStart(0) == m.capturedStart(1)) {
            // "May" alone is often a name ("Theresa May") or a sentence-initial modal.
            const auto before = c.before(40);
            static const QRegularExpression monthCue(
                uR"(\b(?:in|since|until|till|by|from|to|through|during|of|before|after|early|late|mid|between|and)\s+$)"_s,
                QRegularExpression::CaseInsensitiveOption);
            if (!monthCue.matchView(before).hasMatch())
                return std::optional<Resolution>();
        }
        // Only the month after the article's asks whether a cue of the past holds it back
        const int number = monthNumber(name);
        const auto tense = isMonthAfter(c.dct, number) ? c.tense() : (c.isFuture() ? Tense::Future : Tense::Unmarked);
        return relative(monthValue(resolveMonthYear(c.dct, number, tense), number));
    });
    // "the 2010s", "the early 1990s", "the '90s"
    add(uR"((?:the\s+)?)"_s + Position + uR"((?:((?:1[6-9]|20)\d)0|'(\d)0)['’]?s)"_s,
        aroundAnchor(onDigitsFollowedBy(u"s'’"_s), uR"((?:the\s+)?)"_s + Position + u"'?"_s, uR"(['’]?s)"_s),
        [](const QRegularExpressionMatch &m, const Context &) {
            if (!m.captured(1).isEmpty())
                return fixed(m.captured(1));
            return fixed(u"19"_s + m.captured(2));
        });
    // "the nineties", "the late sixties": a decade of the last century said in words, after "the"
    // ("in his sixties" is an age). "The twenties" may be this century's, and is left alone.
    add(uR"(the\s+)"_s + Position + uR"((thirties|forties|fifties|sixties|seventies|eighties|nineties))"_s,
        Anchors{{u"thirties"_s, u"forties"_s, u"fifties"_s, u"sixties"_s, u"seventies"_s, u"eighties"_s, u"nineties"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            static const QStringList decades{u"thirties"_s, u"forties"_s, u"fifties"_s, u"sixties"_s,
                                             u"seventies"_s, u"eighties"_s, u"nineties"_s};
            return fixed(u"19"_s + QString::number(3 + decades.indexOf(m.captured(1).toLower())));
        });
    // "nineteen ninety-one", "January nineteen ninety-seven", "the year two thousand", "in two
    // thousand and five": a year said in words, as broadcast transcripts write it. Only forms
    // that name a year and no count: a century's word then the year's, not before a count's
    // words ("nineteen ninety-one people"); "two thousand" only after "the year" or a
    // preposition of time ("two thousand troops" is a count).
    add(uR"((?:)"_s + MonthFull + uR"(\s+|the\s+year\s+)?(?:(eighteen|nineteen)\s+(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?|oh[-\s](one|two|three|four|five|six|seven|eight|nine))|(?:(?<=\b(?:in|by|since|until|till|before|after|from)\s)|(?<=\byear\s))two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)(?![-\s]+(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|percent|per\s+cent|people|dollars|years?)\b))"_s,
        Anchors{{u"eighteen"_s, u"nineteen"_s, u"thousand"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            int year = 2000;
            if (!m.captured(2).isEmpty()) {
                year = numberWordValue(m.captured(2)) * 100;
                for (int part = 3; part <= 6; ++part)
                    year += std::max(0, numberWordValue(m.captured(part)));
            } else {
                year += std::max(0, numberWordValue(m.captured(7)));
            }
            const auto &month = m.captured(1);
            return fixed(month.isEmpty() ? QString::number(year) : monthValue(year, monthNumber(month)));
        });
    // "the 20th century", "the nineteenth century"
    add(uR"((?:the\s+)?)"_s + Position
            + uR"((?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century)"_s,
        Anchors{{u"century"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            static const QStringList ordinals{
                u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"fifth"_s, u"sixth"_s, u"seventh"_s,
                u"eighth"_s, u"ninth"_s, u"tenth"_s, u"eleventh"_s, u"twelfth"_s, u"thirteenth"_s,
                u"fourteenth"_s, u"fifteenth"_s, u"sixteenth"_s, u"seventeenth"_s, u"eighteenth"_s,
                u"nineteenth"_s, u"twentieth"_s, u"twenty-first"_s};
            const int century =
                m.captured(1).isEmpty() ? int(ordinals.indexOf(m.captured(2).toLower())) + 1 : m.captured(1).toInt();
            const auto value = centuryValue(century);
            return value.isEmpty() ? std::optional<Resolution>() : fixed(value);
        });
    // "the first half of 2025", "the last half of 1989", "the second half of next year": a half of
    // the year named, TimeML's H1 and H2. Listed before the year's rule, which reads "the first half
    // of" as a position that leaves the year's value alone and would win the same span.
    add(uR"((?:the\s+)?(first|second|last|latter)\s+half\s+of\s+(?:)"_s + Year
            + uR"(|(?:the\s+)?(last|this|next|previous|prior|current|coming)\s+year))"_s,
        Anchors{{u"half"_s}}, [](const QRegularExpressionMatch &m, const Context &c) {
            const auto half = m.captured(1).toLower() == u"first"_s ? u"-H1"_s : u"-H2"_s;
            if (!m.captured(2).isEmpty())
                return fixed(m.captured(2) + half);
            return relative(shiftedUnitValue(c.dct, u"year"_s, shiftStep(m.captured(3).toLower())) + half);
        });
    // "2018", "early 2009", "mid-2011", "the summer of 2010" is below. Not amounts: "$2018", "2018%".
    const QString beforeYear = Position + uR"((?:the\s+(?:year|fiscal\s+year)\s+)?(?:fiscal\s+)?)"_s;
    const QString notAnAmount =
        uR"((?![.,]\d|\s*%|\s*per\s*cent|\s*percent|\s*(?:GMT|UTC|hours|hrs)\b|\s*(?:people|troops|soldiers|dollars|euros|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|points|votes|seats|members|cases|deaths|workers|jobs)\b))"_s;
    add(beforeYear + Year + notAnAmount, aroundAnchor(OnYears, beforeYear, notAnAmount),
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto before = c.before(2);
            if (before.contains(u'$') || before.contains(u'#') || before.contains(u'£') || before.contains(u'€'))
                return std::optional<Resolution>();
            return fixed(m.captured(1));
        });
    // Quarters and halves: "Q3", "Q3 2025", "the third quarter of 2025", "the first half of 2025"
    // "third-quarter" (the adjective of business news) and "fiscal second-quarter" too.
    // "the third quarter of last year": of the year named by its distance from the article's.
    // "the last quarter of 2008" is its fourth; without a year "the last quarter" is the one before
    // the article's (a rule below).
    add(uR"((?:the\s+)?(?:fiscal\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|last|final))"_s + Joiner + uR"(quarter|Q([1-4]))(?:\s+(?:of\s+)?)"_s + Year
            + uR"()?(?:\s+of\s+(?:the\s+)?(last|this|next|previous|prior|current)\s+year)?)"_s,
        Anchors{{u"quarter"_s, u"q"_s}}, // "Q3": the word "Q" before the digit
        [](const QRegularExpressionMatch &m, const Context &c) {
            static const QStringList names{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
            static const QStringList digits{u"1st"_s, u"2nd"_s, u"3rd"_s, u"4th"_s};
            static const QStringList lastNames{u"last"_s, u"final"_s};
            int quarter = m.captured(2).toInt();
            if (lastNames.contains(m.captured(1).toLower())) {
                if (m.captured(3).isEmpty() && m.captured(4).isEmpty())
                    return std::optional<Resolution>();
                if (quarter == 0)
                    quarter = 4;
            }
            if (quarter == 0)
                quarter = std::max(names.indexOf(m.captured(1).toLower()), digits.indexOf(m.captured(1).toLower())) + 1;
            if (!m.captured(3).isEmpty())
                return fixed(m.captured(3) + u"-Q"_s + QString::number(quarter));
            if (!m.captured(4).isEmpty())
                return relative(shiftedUnitValue(c.dct, u"year"_s, shiftStep(m.captured(4).toLower())) + u"-Q"_s
                                + QString::number(quarter));
            return relative(quarterOfArticle(c, quarter));
        });
    // "the fiscal year", "the full year": the document's year; "the year ended March 31" is the
    // twelve months that close on that day.
    add(uR"(the\s+(?:full\s+|fiscal\s+|current\s+fiscal\s+)?year(?=\s+(end(?:ed|ing))\b)?)"_s,
        Anchors{{u"year"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            if (m.captured(0).simplified().compare(u"the year"_s, Qt::CaseInsensitive) == 0 && m.captured(1).isEmpty())
                return std::optional<Resolution>();
            if (!m.captured(1).isEmpty())
                return fixed(u"P1Y"_s, TimexType::Duration);
            return relative(yearValue(c.dct));
        });
    // "the 1988 third quarter": the year before the ordinal.
    add(uR"((?:the\s+)?)"_s + Year + uR"(\s+(?:fiscal\s+)?(first|second|third|fourth))"_s + Joiner + uR"(quarter)"_s,
        Anchors{{u"quarter"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            static const QStringList names{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
            return fixed(m.captured(1) + u"-Q"_s + QString::number(names.indexOf(m.captured(2).toLower()) + 1));
        });
    // Seasons: "this spring", "last summer", "the summer of 2010", "winter 2019"
    add(uR"((?:the\s+|this\s+|last\s+|next\s+|past\s+|coming\s+)?)"_s + Position + Season + uR"(,?\s+(?:of\s+)?)"_s + Year,
        OnSeasons,
        [](const QRegularExpressionMatch &m, const Context &) {
            return fixed(m.captured(2) + u'-' + seasonCode(m.captured(1)));
        });
    add(Position + uR"((this|last|next|past|coming)\s+)"_s + Season, OnSeasons, [](const QRegularExpressionMatch &m, const Context &c) {
        const auto which = m.captured(1).toLower();
        const auto code = seasonCode(m.captured(2));
        if (!c.dct.isValid())
            return relative(u"XXXX-"_s + code);
        const int step = which == u"last"_s || which == u"past"_s ? -1 : which == u"next"_s || which == u"coming"_s ? 1 : 0;
        return relative(QString::number(resolveSeasonYear(c.dct, code, step)).rightJustified(4, u'0') + u'-' + code);
    });
    add(uR"((?:in|during|over|through|until|by|since)\s+the\s+)"_s + Season, OnSeasons, [](const QRegularExpressionMatch &m, const Context &c) {
        return relative(yearValue(c.dct) + u'-' + seasonCode(m.captured(1)));
    });

    // Holidays: "at Christmas", "on New Year's Eve", "last Thanksgiving", "Easter 2026", "Election
    // Day" (the United States' general election, which news names as a day). Written
    // with their capitals; a capitalised word after them makes a name ("Christmas Island",
    // "Easter Island"), and a thing named for Christmas is no day ("a Christmas tree"), nor is the
    // week around the feast ("as Easter week began").
    static const QList<std::pair<QString, Holiday>> holidayNames{
        {u"christmas eve"_s, Holiday::ChristmasEve},     {u"christmas day"_s, Holiday::Christmas},
        {u"christmas"_s, Holiday::Christmas},            {u"new year's eve"_s, Holiday::NewYearsEve},
        {u"new year's day"_s, Holiday::NewYearsDay},     {u"new year's"_s, Holiday::NewYearsDay},
        {u"thanksgiving day"_s, Holiday::Thanksgiving},  {u"thanksgiving"_s, Holiday::Thanksgiving},
        {u"easter sunday"_s, Holiday::Easter},           {u"easter"_s, Holiday::Easter},
        {u"election day"_s, Holiday::ElectionDay}};
    const auto holidayOf = [](const QString &name) {
        auto folded = name.toLower().simplified();
        folded.replace(u'’', u'\'');
        for (const auto &[holidayName, holiday] : holidayNames) {
            if (holidayName == folded)
                return holiday;
        }
        return Holiday::Christmas;
    };
    add(uR"((?:(last|next|this)\s+)?(?-i:(Christmas(?:\s+Eve|\s+Day)?(?!\s+(?:trees?|cards?|carols?|gifts?|presents?|markets?|lights|decorations|pudding|stor(?:y|ies)|films?|movies?|songs?|specials?|week)\b)|New\s+Year['’]s(?:\s+Eve|\s+Day)?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?(?!\s+week)|Election\s+Day))(?:,?\s+((?:19|20)\d\d))?(?-i:(?!\s+[A-Z])))"_s,
        // Anchored only where the word is capitalised, as the pattern wants it: "year" is in most
        // English sentences that have a date.
        Anchors{.words = {u"christmas"_s, u"year"_s, u"thanksgiving"_s, u"easter"_s, u"election"_s}, .isCapitalised = true},
        [holidayOf](const QRegularExpressionMatch &m, const Context &c) {
            const Holiday holiday = holidayOf(m.captured(2));
            if (!m.captured(3).isEmpty())
                return fixed(dayValue(holidayIn(holiday, m.captured(3).toInt())));
            if (!c.dct.isValid())
                return relative(holidayValueWithoutYear(holiday));
            const auto which = m.captured(1).toLower();
            const int step = which == u"last"_s ? -1 : which == u"next"_s ? 1 : 0;
            if (step != 0)
                return relative(dayValue(resolveHoliday(c.dct, holiday, step)));
            return relative(dayValue(resolveHoliday(c.dct, holiday, [&c] { return c.dayTense(); })));
        });

    // --- Dates relative to the document date ---
    add(uR"((?:the\s+day\s+before\s+)?yesterday|today|tomorrow|the\s+day\s+after\s+tomorrow)"_s,
        Anchors{{u"yesterday"_s, u"today"_s, u"tomorrow"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto word = m.captured(0).toLower().simplified();
            int offset = 0;
            if (word == u"yesterday"_s) offset = -1;
            else if (word == u"tomorrow"_s) offset = 1;
            else if (word.startsWith(u"the day before"_s)) offset = -2;
            else if (word.startsWith(u"the day after"_s)) offset = 2;
            return relative(dayValue(c.dct.isValid() ? c.dct.addDays(offset) : QDate()));
        });
    // "the following year", "later that year", "the same year", "the previous year": a year counted
    // from the one the text named last ("Russia annexed Crimea in 2014. Later that year, …"), which
    // the tagger finds; where the text named none, "the previous year" is the article's last one
    // and the others are dropped. Before the rule below, which would read "the same year" and
    // "the previous year" from the article's date.
    add(uR"((?:(?:earlier|later)\s+(?:in\s+)?)?(?:that\s+same|that|the\s+same)\s+year(?![-‑])|the\s+(following|previous|preceding|prior)\s+year|the\s+year\s+(after|before)(?=\s*[,.;:)]))"_s,
        Anchors{{u"year"_s}}, [](const QRegularExpressionMatch &m, const Context &c) {
            const auto which = (m.captured(1) + m.captured(2)).toLower();
            if (which.isEmpty())
                return narratedYearValue(0);
            if (which == u"following"_s || which == u"after"_s)
                return narratedYearValue(1);
            return narratedYearValue(-1, shiftedUnitValue(c.dct, u"year"_s, -1));
        });
    // "last week", "this month", "next year", "the past decade" as a date, "earlier this month",
    // "late last year", "the end of this year"; "the week before last", "the year after next"
    add(uR"((?:the\s+)?)"_s + Position + uR"((?:(?:(?:earlier|later)\s+)?(this\s+past|last|this|next|previous|coming|current|past|same)\s+(?:fiscal\s+)?(week|weekend|month|year|quarter|decade|century)|the\s+(week|month|year)\s+(before\s+last|after\s+next)))"_s,
        Anchors{{u"week"_s, u"weekend"_s, u"month"_s, u"year"_s, u"quarter"_s, u"decade"_s, u"century"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            if (m.capturedLength(3) > 0)
                return relative(shiftedUnitValue(c.dct, m.captured(3).toLower(), m.captured(4).startsWith(u"before"_s, Qt::CaseInsensitive) ? -2 : 2));
            auto which = m.captured(1).toLower().simplified();
            if (which == u"this past"_s)
                which = u"last"_s;
            const auto unit = m.captured(2).toLower();
            const bool hasArticle = m.captured(0).startsWith(u"the "_s, Qt::CaseInsensitive);
            // "the past year" and "the coming decade" are spans of time; "last year" is a date.
            if (hasArticle && (which == u"past"_s || which == u"coming"_s) && !m.captured(0).contains(u" of "_s))
                return fixed(durationValue(u"1"_s, unit == u"weekend"_s ? u"day"_s : unit), TimexType::Duration);
            return relative(shiftedUnitValue(c.dct, unit, shiftStep(which)));
        });
    // "the next day", "the following day", "the previous day", "the day before" (not before
    // "yesterday" or an event: "the day before the vote"): a day counted from the one the text
    // named last, not from the document's (the tagger drops it where no day was named).
    // "in the next day or two" is a stretch of time ahead, no day.
    add(uR"((?:the\s+)?(next|following|previous|preceding)\s+day(?!\s+(?:of|after|before|or)\b)|the\s+day\s+(before|after)(?=\s*[,.;:)]))"_s,
        Anchors{{u"day"_s}}, [](const QRegularExpressionMatch &m, const Context &c) {
            static const QRegularExpression stretchBefore(uR"(\b(?:in|within|over|during|for)\s+$)"_s, QRegularExpression::CaseInsensitiveOption);
            if (stretchBefore.matchView(c.before(10)).hasMatch())
                return std::optional<Resolution>();
            const auto which = (m.captured(1) + m.captured(2)).toLower();
            return narratedDayValue(which == u"next"_s || which == u"following"_s || which == u"after"_s ? 1 : -1);
        });
    // "the same day", "that day", "later that day": the day the text named last (dropped where it
    // named none).
    add(uR"((?:(?:earlier|later)\s+)?(?:that\s+same|that|the\s+same)\s+day)"_s, Anchors{{u"day"_s}},
        [](const QRegularExpressionMatch &, const Context &) { return narratedDayValue(0); });
    // "the weekend", "over the weekend": the one nearest the article on the side its clause looks
    // to (resolveWeekend(): "Over the weekend, officials confirmed …" on a Monday is the one before).
    add(uR"((?:over\s+)?the\s+weekend)"_s, Anchors{{u"weekend"_s}}, [](const QRegularExpressionMatch &, const Context &c) {
        return relative(resolveWeekend(c.dct, [&c] { return c.dayTense(); }));
    });
    // "the beginning of the year", "the end of the month": the current one.
    add(uR"((?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close)\s+of\s+(?:the\s+)?(year|month|week|decade))"_s,
        Anchors{{u"year"_s, u"month"_s, u"week"_s, u"decade"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            return relative(shiftedUnitValue(c.dct, m.captured(1).toLower(), 0));
        });
    // "by year's end", "at month's end", "year-end": the same, said shorter; "since year-end" is
    // the last one past.
    add(uR"((year|month|week)(?:['’]s\s+|-)end)"_s, Anchors{{u"year"_s, u"month"_s, u"week"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            static const QRegularExpression sinceBefore(uR"(\bsince\s+$)"_s, QRegularExpression::CaseInsensitiveOption);
            const int shift = sinceBefore.matchView(c.before(8)).hasMatch() ? -1 : 0;
            return relative(shiftedUnitValue(c.dct, m.captured(1).toLower(), shift));
        });
    // "last Tuesday", "next Monday", "this Friday"
    add(uR"((last|next|this|past|coming)\s+)"_s + Weekday + uR"((?:\s+)"_s + PartOfDay + uR"()?)"_s,
        aroundAnchor(OnWeekdays, uR"((last|next|this|past|coming)\s+)"_s, uR"((?:\s+)"_s + PartOfDay + uR"()?)"_s),
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto which = m.captured(1).toLower();
            const int weekday = weekdayNumber(m.captured(2));
            QDate date;
            if (c.dct.isValid()) {
                if (which == u"last"_s || which == u"past"_s)
                    date = c.dct.addDays(-((c.dct.dayOfWeek() - weekday + 6) % 7 + 1));
                else if (which == u"next"_s || which == u"coming"_s)
                    date = c.dct.addDays((weekday - c.dct.dayOfWeek() + 6) % 7 + 1);
                else
                    date = c.dct.addDays(weekday - c.dct.dayOfWeek());
            }
            if (!m.captured(3).isEmpty())
                return relative(dayValue(date) + partOfDayCode(m.captured(3)), TimexType::Time);
            return relative(dayValue(date));
        });
    // "Friday", "Friday morning", "on Sunday night": past unless the sentence looks ahead.
    add(Weekday + uR"((?:\s+)"_s + PartOfDay + uR"()?)"_s, aroundAnchor(OnWeekdays, u""_s, uR"((?:\s+)"_s + PartOfDay + uR"()?)"_s), [](const QRegularExpressionMatch &m, const Context &c) {
        const auto date = resolveWeekday(c.dct, weekdayNumber(m.captured(1)), c.isFuture());
        if (!m.captured(2).isEmpty())
            return relative(dayValue(date) + partOfDayCode(m.captured(2)), TimexType::Time);
        return relative(dayValue(date));
    });
    // "this morning", "yesterday evening", "tonight", "last night"
    add(uR"((this|yesterday|tomorrow|last|early\s+this|late\s+last)\s+)"_s + PartOfDay + uR"(|tonight)"_s,
        Anchors{{u"morning"_s, u"afternoon"_s, u"evening"_s, u"night"_s, u"tonight"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto which = m.captured(1).toLower();
            if (m.captured(0).compare(u"tonight"_s, Qt::CaseInsensitive) == 0)
                return relative(dayValue(c.dct) + u"TNI"_s, TimexType::Time);
            if (which.endsWith(u"last"_s) && m.captured(2).toLower() != u"night"_s)
                return std::optional<Resolution>();
            int offset = 0;
            if (which == u"yesterday"_s || which.endsWith(u"last"_s)) offset = -1;
            else if (which == u"tomorrow"_s) offset = 1;
            return relative(dayValue(c.dct.isValid() ? c.dct.addDays(offset) : QDate()) + partOfDayCode(m.captured(2)),
                            TimexType::Time);
        });
    // "two years ago", "a week ago", "a year earlier": a date counted back from the document's.
    // Years counted back keep the granularity of a quarter their sentence compares with ("profit
    // rose in the third quarter from a year earlier" is that quarter a year before).
    add(Approximately + Count + Joiner + Unit + uR"(\s+(?:ago|earlier)(?!\s+than))"_s,
        aroundAnchor(Anchors{{u"ago"_s, u"earlier"_s}}, {}, uR"((?!\s+than))"_s),
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto quantity = quantityOf(m.captured(1));
            if (quantity.contains(u'X') || quantity.contains(u'.'))
                return relative(u"PAST_REF"_s);
            const auto unit = m.captured(2).toLower();
            if (unit.startsWith(u"year"_s)) {
                if (const auto quarter = comparedQuarter(c); !quarter.isEmpty())
                    return relative(yearsBeforeQuarter(quarter, quantity.toInt()));
            }
            return relative(shiftedUnitValue(c.dct, unit, -quantity.toInt()));
        });
    // "year-earlier", "the year-ago quarter", "the year-earlier period": the compared period a year
    // before; the previous year when the sentence names no quarter.
    add(uR"((?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|level|figure)s?)?)"_s,
        Anchors{{u"year"_s}},
        [](const QRegularExpressionMatch &, const Context &c) {
            if (const auto quarter = comparedQuarter(c); !quarter.isEmpty())
                return relative(yearsBeforeQuarter(quarter, 1));
            return relative(shiftedUnitValue(c.dct, u"year"_s, -1));
        });
    // "the quarter", "the latest quarter": in reports the quarter last closed before the document.
    add(uR"(the\s+(?:latest\s+|most\s+recent\s+|just-ended\s+|recent\s+)?quarter(?!\s+of\b|-))"_s,
        Anchors{{u"quarter"_s}},
        [](const QRegularExpressionMatch &, const Context &c) {
            return relative(shiftedUnitValue(c.dct, u"quarter"_s, -1));
        });

    // --- Times of day ---
    // "14:00 GMT", "6:40 p.m.", "08:30 UTC", "15:00 GMT Saturday"
    // The hour's digits are the anchor: the rest of a time follows them.
    const QString afterClockHour =
        uR"([:.]([0-5]\d)(?:\s*([ap])(?:\.\s?m\.|\.?\s?m\b))?(?:\s*\(?\b(GMT|UTC|Z|[ECMP][SD]?T|BST|CET|CEST)\b(?:\s*[+-]\s*\d{1,2})?\)?)?(?:,?\s+(?:on\s+)?)"_s
        + Weekday + uR"()?)"_s;
    add(uR"(([012]?\d))"_s + afterClockHour, aroundAnchor(onDigitsFollowedBy(u":."_s), u""_s, afterClockHour),
        [](const QRegularExpressionMatch &m, const Context &c) {
            // Without a meridiem or zone, "3.5" is a number, not a time.
            if (m.captured(0).contains(u'.') && m.captured(3).isEmpty() && m.captured(4).isEmpty())
                return std::optional<Resolution>();
            const auto time = timeOfDay(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), m.captured(4));
            if (time.isEmpty())
                return std::optional<Resolution>();
            QDate date = c.dct;
            if (!m.captured(5).isEmpty())
                date = resolveWeekday(c.dct, weekdayNumber(m.captured(5)), c.isFuture());
            return relative(dayValue(date) + time, TimexType::Time);
        });
    // "8 PM", "10 a.m. GMT", "2 p.m. Wednesday": on the weekday when one follows.
    const QString afterMeridiemHour =
        uR"(\s*([ap])(?:\.\s?m\.|\.?\s?m\b)(?:\s*\b(GMT|UTC|[ECMP][SD]?T)\b)?(?:,?\s+(?:on\s+)?)"_s + Weekday + uR"()?)"_s;
    add(uR"((1[0-2]|0?[1-9]))"_s + afterMeridiemHour, aroundAnchor(onDigitsFollowedBy(u"ap"_s), u""_s, afterMeridiemHour),
        [](const QRegularExpressionMatch &m, const Context &c) {
            QDate date = c.dct;
            if (!m.captured(4).isEmpty())
                date = resolveWeekday(c.dct, weekdayNumber(m.captured(4)), c.isFuture());
            return relative(dayValue(date) + timeOfDay(m.captured(1).toInt(), -1, m.captured(2), m.captured(3)),
                            TimexType::Time);
        });
    add(uR"((?:at\s+)?(noon|midday|midnight)(?:,?\s+(?:on\s+)?)"_s + Weekday + uR"()?)"_s, Anchors{{u"noon"_s, u"midday"_s, u"midnight"_s}}, [](const QRegularExpressionMatch &m, const Context &c) {
        QDate date = c.dct;
        if (!m.captured(2).isEmpty())
            date = resolveWeekday(c.dct, weekdayNumber(m.captured(2)), c.isFuture());
        return relative(dayValue(date) + (m.captured(1).toLower() == u"midnight"_s ? u"T24:00"_s : u"T12:00"_s),
                        TimexType::Time);
    });

    // --- Durations ---
    // "the past 24 hours", "the next four years", "three years", "a decade", "four-week",
    // "almost two and a half years", "60 years old"
    const QString beforeDurationUnit = uR"((?:the\s+(?:past|last|next|previous|coming|following|first|final)\s+)?)"_s
                                       + Approximately + Count + Joiner;
    const QString afterDurationUnit = uR"((?:['’](?!\w)|\s+old|-old|-long)?)"_s;
    add(beforeDurationUnit + Unit + afterDurationUnit, aroundAnchor(OnUnits, beforeDurationUnit, afterDurationUnit),
        [](const QRegularExpressionMatch &m, const Context &c) {
            const auto count = m.captured(1).toLower().simplified();
            const auto unit = m.captured(2).toLower();
            // "a week" in "some day" readings and lone articles with plural units are not durations.
            if ((count == u"a"_s || count == u"an"_s) && unit.endsWith(u's'))
                return std::optional<Resolution>();
            if (count == u"some"_s && !unit.endsWith(u's'))
                return std::optional<Resolution>();
            // Ages ("a 22-year-old son", "60 years old") describe people, not spans of time.
            if (m.captured(0).endsWith(u"old"_s, Qt::CaseInsensitive))
                return std::optional<Resolution>();
            Q_UNUSED(c);
            return fixed(durationValue(quantityOf(count), unit), TimexType::Duration);
        });
    // "the past few years", "recent weeks", "over the years", "for decades", "decades-long",
    // "in coming weeks", "the days ahead"
    add(uR"((?:the\s+(?:past|last|next|coming|previous)\s+(?:few\s+|several\s+|many\s+|couple\s+of\s+)?|recent\s+|over\s+the\s+|for\s+(?:many\s+)?|the\s+coming\s+|(?<![\w-])(?:up)?coming\s+)(years|months|weeks|days|hours|decades|centuries)|(years|months|weeks|decades)-long|the\s+(years|months|weeks|days|hours)\s+ahead)"_s,
        aroundAnchor(Anchors{{u"years"_s, u"months"_s, u"weeks"_s, u"days"_s, u"hours"_s, u"decades"_s, u"centuries"_s}}, {},
                     uR"((?:-long|\s+ahead)?)"_s),
        [](const QRegularExpressionMatch &m, const Context &) {
            const auto unit = !m.captured(1).isEmpty() ? m.captured(1) : !m.captured(2).isEmpty() ? m.captured(2) : m.captured(3);
            return fixed(durationValue(u"X"_s, unit), TimexType::Duration);
        });

    // --- Sets ---
    add(uR"((?:every|each)\s+(?:other\s+|single\s+)?(day|week|month|year|quarter|decade|morning|evening|night|weekend|season|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))"_s,
        Anchors{{u"every"_s, u"each"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            const auto unit = m.captured(1).toLower();
            const int weekday = weekdayNumber(m.captured(1));
            if (weekday > 0)
                return fixed(u"XXXX-WXX-"_s + QString::number(weekday), TimexType::Set);
            if (unit == u"morning"_s || unit == u"evening"_s || unit == u"night"_s)
                return fixed(u"TXX"_s + partOfDayCode(unit).mid(1), TimexType::Set);
            if (unit == u"weekend"_s)
                return fixed(u"XXXX-WXX-WE"_s, TimexType::Set);
            if (unit == u"season"_s)
                return fixed(u"XXXX-XX"_s, TimexType::Set);
            return fixed(durationValue(u"1"_s, unit), TimexType::Set);
        });
    add(uR"((?:every|each)\s+)"_s + Count + uR"(\s+)"_s + Unit, Anchors{{u"every"_s, u"each"_s}}, [](const QRegularExpressionMatch &m, const Context &) {
        return fixed(durationValue(quantityOf(m.captured(1)), m.captured(2)), TimexType::Set);
    });
    add(uR"((?:once|twice|three\s+times|four\s+times|\d{1,5}\s+times)\s+(?:a|an|per|every)\s+(day|week|month|year|decade))"_s,
        Anchors{{u"once"_s, u"twice"_s, u"times"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            return fixed(durationValue(u"1"_s, m.captured(1)), TimexType::Set);
        });
    add(uR"(annually|yearly|monthly|weekly|daily|hourly|biannually|quarterly)"_s,
        Anchors{{u"annually"_s, u"yearly"_s, u"monthly"_s, u"weekly"_s, u"daily"_s, u"hourly"_s, u"biannually"_s, u"quarterly"_s}},
        [](const QRegularExpressionMatch &m, const Context &c) {
            // "a quarterly dividend" names a kind of payment, not a recurring time.
            static const QRegularExpression nounAfter(uR"(^\s+[a-z])"_s);
            if (m.captured(0).compare(u"quarterly"_s, Qt::CaseInsensitive) == 0
                && nounAfter.matchView(QStringView(c.text).mid(c.end, 2)).hasMatch())
                return std::optional<Resolution>();
            static const QHash<QString, QString> values{
                {u"annually"_s, u"P1Y"_s}, {u"yearly"_s, u"P1Y"_s},   {u"monthly"_s, u"P1M"_s},
                {u"weekly"_s, u"P1W"_s},   {u"daily"_s, u"P1D"_s},    {u"hourly"_s, u"PT1H"_s},
                {u"biannually"_s, u"P6M"_s}, {u"quarterly"_s, u"P3M"_s}};
            return fixed(values.value(m.captured(0).toLower()), TimexType::Set);
        });

    // --- Vague references ---
    add(uR"((?:more\s+|most\s+|very\s+|only\s+|until\s+)?recently|lately|in\s+the\s+past|(?:in\s+)?former\s+times|previously)"_s,
        Anchors{{u"recently"_s, u"lately"_s, u"past"_s, u"former"_s, u"previously"_s}},
        [](const QRegularExpressionMatch &m, const Context &) {
            if (m.captured(0).compare(u"previously"_s, Qt::CaseInsensitive) == 0)
                return std::optional<Resolution>();
            return fixed(u"PAST_REF"_s);
        });
    add(uR"((?:right\s+|just\s+|until\s+|for\s+|by\s+|as\s+of\s+)?now|currently|nowadays|these\s+days|at\s+present|the\s+present(?:\s+day)?|at\s+the\s+moment|presently|present-day|to\s+date)"_s,
        Anchors{{u"now"_s, u"currently"_s, u"nowadays"_s, u"days"_s, u"present"_s, u"moment"_s, u"presently"_s, u"date"_s}},
        [](const QRegularExpressionMatch &, const Context &c) {
            // "now" in "now-defunct" is not a time reference.
            if (c.end < c.text.size() && c.text.at(c.end) == u'-')
                return std::optional<Resolution>();
            return fixed(u"PRESENT_REF"_s);
        });
    add(uR"((?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?:in\s+the\s+)?(?:days|weeks|months|years)\s+(?:to|ahead)\s+come)"_s,
        Anchors{{u"future"_s, u"come"_s}},
        [](const QRegularExpressionMatch &, const Context &) { return fixed(u"FUTURE_REF"_s); });

    return rules;
}

} // namespace

const std::vector<Rule> &rules()
{
    // Compiled once per process, on first use; C++ guarantees a thread-safe initialisation, and
    // QRegularExpression::match() on a const, already optimised object is safe from any thread.
    static const std::vector<Rule> compiled = buildRules();
    return compiled;
}

} // namespace Attache::TimexRules
