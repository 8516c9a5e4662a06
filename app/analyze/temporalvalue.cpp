#include "analyze/temporalvalue.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Attache {

int monthNumber(const QString &name)
{
    static const QStringList prefixes{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                      u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(prefixes.indexOf(name.left(3).toLower())) + 1;
}

int weekdayNumber(const QString &name)
{
    static const QStringList prefixes{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return int(prefixes.indexOf(name.left(3).toLower())) + 1;
}

namespace {

QString fourDigits(int year)
{
    return year < 0 ? u"XXXX"_s : QString::number(year).rightJustified(4, u'0');
}

QString twoDigits(int number)
{
    return QString::number(number).rightJustified(2, u'0');
}

// The month a season ("SP", "SU", "FA", "WI") begins in; it lasts three months.
int seasonStartMonth(const QString &code)
{
    return code == u"SP"_s ? 3 : code == u"SU"_s ? 6 : code == u"FA"_s ? 9 : 12;
}

} // namespace

QString yearValue(const QDate &date)
{
    return date.isValid() ? fourDigits(date.year()) : u"XXXX"_s;
}

QString dayValue(const QDate &date)
{
    if (!date.isValid())
        return u"XXXX-XX-XX"_s;
    return fourDigits(date.year()) + u'-' + twoDigits(date.month()) + u'-' + twoDigits(date.day());
}

QString monthValue(int year, int month)
{
    return (year <= 0 ? u"XXXX"_s : fourDigits(year)) + u'-' + twoDigits(month);
}

QString centuryValue(int century)
{
    return century >= 1 && century <= 30 ? twoDigits(century - 1) : QString();
}

QString weekValue(const QDate &date)
{
    if (!date.isValid())
        return u"XXXX-WXX"_s;
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    return fourDigits(weekYear) + u"-W"_s + twoDigits(week);
}

namespace {

// The day a yearly date falls on (dayIn(year)) nearest the reference, of the years around it.
QDate nearestYearly(const QDate &reference, const std::function<QDate(int)> &dayIn)
{
    if (!reference.isValid())
        return {};
    QDate best;
    qint64 bestDistance = 0;
    for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
        const QDate candidate = dayIn(year);
        if (!candidate.isValid())
            continue;
        const auto distance = std::llabs(reference.daysTo(candidate));
        if (!best.isValid() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

QDate nearestDay(const QDate &reference, int month, int day)
{
    return nearestYearly(reference, [month, day](int year) { return QDate(year, month, day); });
}

constexpr int MonthsOfNearestDay = 3;

QDate resolveDayYear(const QDate &reference, int month, int day, Tense tense)
{
    return resolveDayYear(reference, month, day, [tense] { return tense; });
}

namespace {

QDate resolveYearly(const QDate &reference, const std::function<QDate(int)> &dayIn, const std::function<Tense()> &tenseOfClause);

} // namespace

QDate resolveDayYear(const QDate &reference, int month, int day, const std::function<Tense()> &tenseOfClause)
{
    return resolveYearly(reference, [month, day](int year) { return QDate(year, month, day); }, tenseOfClause);
}

QDate holidayIn(Holiday holiday, int year)
{
    switch (holiday) {
    case Holiday::ChristmasEve:
        return QDate(year, 12, 24);
    case Holiday::Christmas:
        return QDate(year, 12, 25);
    case Holiday::NewYearsEve:
        return QDate(year, 12, 31);
    case Holiday::NewYearsDay:
        return QDate(year, 1, 1);
    case Holiday::OrthodoxChristmas:
        return QDate(year, 1, 7);
    case Holiday::Easter: {
        // The Gregorian computus (the "anonymous" algorithm of Meeus)
        const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return QDate(year, month, day);
    }
    case Holiday::OrthodoxEaster: {
        // The Julian computus (Meeus), moved to the Gregorian calendar: 13 days on in 1900-2099
        if (year < 1900 || year > 2099)
            return {};
        const int a = year % 4, b = year % 7, c = year % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
        const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
        return QDate(year, month, day).addDays(13);
    }
    case Holiday::Thanksgiving: {
        const QDate first(year, 11, 1);
        return first.addDays((Qt::Thursday - first.dayOfWeek() + 7) % 7 + 21);
    }
    case Holiday::ElectionDay: {
        const QDate first(year, 11, 1);
        return first.addDays((Qt::Monday - first.dayOfWeek() + 7) % 7 + 1);
    }
    }
    return {};
}

QDate resolveHoliday(const QDate &reference, Holiday holiday, const std::function<Tense()> &tenseOfClause)
{
    if (!reference.isValid())
        return {};
    // On the reference day itself it is that day; else the clause's tense says which side.
    if (holidayIn(holiday, reference.year()) == reference)
        return reference;
    switch (tenseOfClause()) {
    case Tense::Past:
        return resolveHoliday(reference, holiday, -1);
    case Tense::Future:
        return resolveHoliday(reference, holiday, 1);
    case Tense::Unmarked:
        break;
    }
    return nearestYearly(reference, [holiday](int year) { return holidayIn(holiday, year); });
}

QString holidayValueWithoutYear(Holiday holiday)
{
    if (holiday == Holiday::Easter || holiday == Holiday::OrthodoxEaster || holiday == Holiday::Thanksgiving
        || holiday == Holiday::ElectionDay)
        return u"XXXX-XX-XX"_s;
    return u"XXXX"_s + dayValue(holidayIn(holiday, 2000)).sliced(4);
}

QDate resolveHoliday(const QDate &reference, Holiday holiday, int step)
{
    if (!reference.isValid())
        return {};
    for (int year = reference.year() - step; year != reference.year() + 2 * step; year += step) {
        const QDate candidate = holidayIn(holiday, year);
        if (candidate.isValid() && (step < 0 ? candidate < reference : candidate > reference))
            return candidate;
    }
    return {};
}

namespace {

QDate resolveYearly(const QDate &reference, const std::function<QDate(int)> &dayIn, const std::function<Tense()> &tenseOfClause)
{
    const QDate nearest = nearestYearly(reference, dayIn);
    if (!nearest.isValid())
        return nearest;
    // Within three months the nearest day holds whatever the verb: "said it is calling for the
    // redemption on Dec. 7" (in October) is the coming one. In TimeBank/AQUAINT (training data)
    // every such day further off on the side its clause's tense denies was on the other side
    // ("the year ended March 31", written in November), and none within three months was.
    const auto daysAway = reference.daysTo(nearest);
    if (std::abs(daysAway) <= MonthsOfNearestDay * 30)
        return nearest;
    const Tense tense = tenseOfClause();
    const bool isOnTheOtherSide = (tense == Tense::Past && daysAway > MonthsOfNearestDay * 30)
        || (tense == Tense::Future && daysAway < -MonthsOfNearestDay * 30);
    if (!isOnTheOtherSide)
        return nearest;
    const int step = tense == Tense::Past ? -1 : 1;
    QDate candidate = dayIn(reference.year());
    if (candidate.isValid() && (tense == Tense::Past ? candidate > reference : candidate < reference))
        candidate = dayIn(reference.year() + step);
    return candidate.isValid() ? candidate : nearest;
}

} // namespace

int resolveMonthYear(const QDate &reference, int month, Tense tense)
{
    if (!reference.isValid())
        return 0;
    // The month right after the article's is the coming one when no verb says otherwise ("the
    // deadline runs out at the end of April", written in March): so it was for all ten such months
    // without a year in TimeBank/AQUAINT (training data), where two to five months ahead were as
    // often past as coming.
    if (tense == Tense::Future || (tense == Tense::Unmarked && isMonthAfter(reference, month)))
        return month >= reference.month() ? reference.year() : reference.year() + 1;
    return month <= reference.month() ? reference.year() : reference.year() - 1;
}

bool isMonthAfter(const QDate &reference, int month)
{
    return reference.isValid() && (month - reference.month() + 12) % 12 == 1;
}

int resolveSeasonYear(const QDate &reference, const QString &code, int step)
{
    const int startMonth = seasonStartMonth(code);
    int year = reference.year();
    if (step < 0)
        year -= reference.month() >= startMonth + 3 ? 0 : 1;
    else if (step > 0)
        year += reference.month() >= startMonth ? 1 : 0;
    return year;
}

int resolveSeasonYear(const QDate &reference, const QString &code, Tense tense)
{
    const int startMonth = seasonStartMonth(code);
    if (tense == Tense::Past && startMonth > reference.month())
        return reference.year() - 1;
    if (tense == Tense::Future && startMonth + 2 < reference.month())
        return reference.year() + 1;
    return reference.year();
}

QDate resolveDayOfMonth(const QDate &reference, int day, int step)
{
    if (!reference.isValid() || day < 1 || day > 31)
        return {};
    QDate best;
    // Two months either side: a 31st back from the 10th of December is October's.
    for (int months = -2; months <= 2; ++months) {
        const QDate first = reference.addMonths(months);
        const QDate candidate(first.year(), first.month(), day);
        if (!candidate.isValid() || (step < 0 && candidate >= reference) || (step > 0 && candidate <= reference))
            continue;
        const bool isNearer = !best.isValid() || std::abs(reference.daysTo(candidate)) < std::abs(reference.daysTo(best));
        // Going back, the latest such day; going ahead, the first; else the nearest.
        if ((step < 0 && (!best.isValid() || candidate > best)) || (step > 0 && !best.isValid()) || (step == 0 && isNearer))
            best = candidate;
    }
    return best;
}

QDate resolveDayOfMonth(const QDate &reference, int day, const std::function<Tense()> &tenseOfClause)
{
    const QDate nearest = resolveDayOfMonth(reference, day, 0);
    if (!nearest.isValid() || nearest == reference)
        return nearest;
    const Tense tense = tenseOfClause();
    if (tense == Tense::Future && nearest < reference)
        return resolveDayOfMonth(reference, day, 1);
    if (tense == Tense::Past && nearest > reference)
        return resolveDayOfMonth(reference, day, -1);
    return nearest;
}

QDate resolveWeekday(const QDate &reference, int weekday, bool isFuture)
{
    if (!reference.isValid() || weekday < 1)
        return {};
    const int today = reference.dayOfWeek();
    if (weekday == today)
        return reference;
    if (isFuture)
        return reference.addDays((weekday - today + 7) % 7);
    return reference.addDays(-((today - weekday + 7) % 7));
}

QDate resolveThisWeekday(const QDate &reference, int weekday, Tense tense)
{
    if (!reference.isValid() || weekday < 1)
        return {};
    const int today = reference.dayOfWeek();
    const QDate ahead = reference.addDays((weekday - today + 7) % 7);
    const QDate back = reference.addDays(-((today - weekday + 7) % 7));
    if (tense != Tense::Unmarked)
        return tense == Tense::Future ? ahead : back;
    if (std::abs(weekday - today) <= 4)
        return reference.addDays(weekday - today);
    return weekday > today ? back : ahead;
}

QString resolveWeekend(const QDate &reference, const std::function<Tense()> &tenseOfClause)
{
    int step = 0;
    if (reference.isValid() && reference.dayOfWeek() < 6) {
        const Tense tense = tenseOfClause();
        step = tense == Tense::Past || (tense == Tense::Unmarked && reference.dayOfWeek() <= 3) ? -1 : 0;
    }
    return shiftedUnitValue(reference, u"weekend"_s, step);
}

QString shiftedUnitValue(const QDate &reference, const QString &unit, int step)
{
    const bool isValid = reference.isValid();
    if (unit.startsWith(u"day"_s))
        return dayValue(isValid ? reference.addDays(step) : QDate());
    if (unit.startsWith(u"weekend"_s))
        return isValid ? weekValue(reference.addDays(7 * qint64(step))) + u"-WE"_s : u"XXXX-WXX-WE"_s;
    if (unit.startsWith(u"week"_s) || unit.startsWith(u"fortnight"_s))
        return weekValue(isValid ? reference.addDays(7 * qint64(step)) : QDate());
    if (unit.startsWith(u"month"_s)) {
        if (!isValid)
            return u"XXXX-XX"_s;
        const auto shifted = reference.addMonths(step);
        return monthValue(shifted.year(), shifted.month());
    }
    if (unit.startsWith(u"quarter"_s)) {
        if (!isValid)
            return u"XXXX-QX"_s;
        const auto shifted = reference.addMonths(3 * step);
        return fourDigits(shifted.year()) + u"-Q"_s + QString::number((shifted.month() - 1) / 3 + 1);
    }
    if (unit.startsWith(u"year"_s))
        return isValid ? fourDigits(reference.year() + step) : u"XXXX"_s;
    if (unit.startsWith(u"decade"_s))
        return isValid ? QString::number((reference.year() + 10 * step) / 10) : u"XXX"_s;
    if (unit.startsWith(u"centur"_s))
        return isValid ? twoDigits((reference.year() + 100 * step) / 100) : u"XX"_s;
    return {};
}

namespace {

// The number the ASCII digits at [from, from + count) of `text` make, or -1 when they are not all
// ASCII digits or run past its end.
int asciiNumber(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const auto c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

std::optional<DayRange> rangeBetween(const QDate &begin, const QDate &end)
{
    if (!begin.isValid() || !end.isValid())
        return std::nullopt;
    return DayRange{begin, end};
}

// dayRangeOfValue() for a value of printable ASCII characters, the only kind the taggers write:
// read by hand, where the patterns below cost a regular expression run per form tried for every
// dated sentence. The same forms, in the same order, with the same results.
std::optional<DayRange> dayRangeOfAsciiValue(QStringView value)
{
    const auto size = value.size();
    const int year = asciiNumber(value, 0, 4);
    if (year >= 0 && size >= 5 && value.at(4) == u'-') {
        const int second = asciiNumber(value, 5, 2);
        if (size >= 10 && second >= 0 && value.at(7) == u'-' && (size == 10 || value.at(10) == u'T')) {
            if (const int day = asciiNumber(value, 8, 2); day >= 0) {
                const QDate date(year, second, day);
                return rangeBetween(date, date);
            }
        }
        if (size == 7 && second >= 0) {
            const QDate first(year, second, 1);
            return rangeBetween(first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate());
        }
        if (size >= 8 && value.at(5) == u'W' && (size == 8 || (size == 11 && value.mid(8) == u"-WE"))) {
            if (const int week = asciiNumber(value, 6, 2); week >= 0) {
                const QDate fourthOfJanuary(year, 1, 4);
                const auto monday = fourthOfJanuary.addDays(1 - fourthOfJanuary.dayOfWeek() + 7 * (week - 1));
                if (size == 11)
                    return rangeBetween(monday.addDays(5), monday.addDays(6));
                return rangeBetween(monday, monday.addDays(6));
            }
        }
        if (size == 7) {
            const auto letter = value.at(5);
            const auto digit = value.at(6);
            if (letter == u'Q' && digit >= u'1' && digit <= u'4') {
                const QDate first(year, 3 * (digit.unicode() - u'1') + 1, 1);
                return rangeBetween(first, first.addMonths(3).addDays(-1));
            }
            if (letter == u'H' && (digit == u'1' || digit == u'2')) {
                const QDate first(year, digit == u'1' ? 1 : 7, 1);
                return rangeBetween(first, first.addMonths(6).addDays(-1));
            }
            const auto code = value.mid(5);
            if (code == u"SP" || code == u"SU" || code == u"FA" || code == u"WI") {
                const int startMonth = code == u"SP" ? 3 : code == u"SU" ? 6 : code == u"FA" ? 9 : 12;
                const QDate first(year, startMonth, 1);
                return rangeBetween(first, first.addMonths(3).addDays(-1));
            }
        }
        return std::nullopt;
    }
    if (size == 4 && year >= 0)
        return rangeBetween(QDate(year, 1, 1), QDate(year, 12, 31));
    if (size == 3) {
        if (const int decade = asciiNumber(value, 0, 3); decade >= 0)
            return rangeBetween(QDate(decade * 10, 1, 1), QDate(decade * 10 + 9, 12, 31));
    }
    if (size == 2) {
        if (const int century = asciiNumber(value, 0, 2); century >= 0)
            return rangeBetween(QDate(std::max(1, century * 100), 1, 1), QDate(century * 100 + 99, 12, 31));
    }
    return std::nullopt;
}

} // namespace

std::optional<DayRange> dayRangeOfValue(const QString &value)
{
    if (std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; }))
        return dayRangeOfAsciiValue(value);
    static const QRegularExpression day(uR"(^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$)"_s);
    static const QRegularExpression month(uR"(^(\d{4})-(\d\d)$)"_s);
    static const QRegularExpression week(uR"(^(\d{4})-W(\d\d)(-WE)?$)"_s);
    static const QRegularExpression quarter(uR"(^(\d{4})-Q([1-4])$)"_s);
    static const QRegularExpression half(uR"(^(\d{4})-H([12])$)"_s);
    static const QRegularExpression season(uR"(^(\d{4})-(SP|SU|FA|WI)$)"_s);
    static const QRegularExpression year(uR"(^(\d{4})$)"_s);
    static const QRegularExpression decade(uR"(^(\d{3})$)"_s);
    static const QRegularExpression century(uR"(^(\d{2})$)"_s);

    auto between = [](const QDate &begin, const QDate &end) -> std::optional<DayRange> {
        if (!begin.isValid() || !end.isValid())
            return std::nullopt;
        return DayRange{begin, end};
    };
    if (const auto m = day.match(value); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return between(date, date);
    }
    if (const auto m = month.match(value); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return between(first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate());
    }
    if (const auto m = week.match(value); m.hasMatch()) {
        // ISO week 1 is the week holding 4 January.
        const QDate fourthOfJanuary(m.captured(1).toInt(), 1, 4);
        const auto monday = fourthOfJanuary.addDays(1 - fourthOfJanuary.dayOfWeek() + 7 * (m.captured(2).toInt() - 1));
        if (!m.captured(3).isEmpty())
            return between(monday.addDays(5), monday.addDays(6));
        return between(monday, monday.addDays(6));
    }
    if (const auto m = quarter.match(value); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), 3 * (m.captured(2).toInt() - 1) + 1, 1);
        return between(first, first.addMonths(3).addDays(-1));
    }
    if (const auto m = half.match(value); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2) == u"1"_s ? 1 : 7, 1);
        return between(first, first.addMonths(6).addDays(-1));
    }
    if (const auto m = season.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const auto code = m.captured(2);
        const int startMonth = code == u"SP"_s ? 3 : code == u"SU"_s ? 6 : code == u"FA"_s ? 9 : 12;
        const QDate first(y, startMonth, 1);
        return between(first, first.addMonths(3).addDays(-1));
    }
    if (const auto m = year.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return between(QDate(y, 1, 1), QDate(y, 12, 31));
    }
    if (const auto m = decade.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt() * 10;
        return between(QDate(y, 1, 1), QDate(y + 9, 12, 31));
    }
    if (const auto m = century.match(value); m.hasMatch()) {
        const int y = m.captured(1).toInt() * 100;
        return between(QDate(std::max(1, y), 1, 1), QDate(y + 99, 12, 31));
    }
    return std::nullopt;
}

} // namespace Attache
