#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace Attache {

// TIMEX3 value arithmetic shared by the temporal tagger and the event extractor. Dates that cannot
// be computed (no document date) are written with X placeholders: "XXXX-XX-XX".

int monthNumber(const QString &name);   // "March", "Mar.", "sept" → 3, 9; 0 when unknown
int weekdayNumber(const QString &name); // "Monday" → 1 … "Sunday" → 7; 0 when unknown

QString yearValue(const QDate &date);               // "2025"
QString dayValue(const QDate &date);                // "2025-03-05"
QString monthValue(int year, int month);            // "2025-03"; year 0 gives "XXXX-03"
QString weekValue(const QDate &date);               // ISO week: "2025-W10"
QString centuryValue(int century);                  // the 20th → "19"; empty outside the 1st–30th

// The day of that month and day number nearest to the reference date (±6 months).
QDate nearestDay(const QDate &reference, int month, int day);
// What the words around an expression say of its time: a cue of the future nearer than any of the
// past, a cue of the past, or neither.
enum class Tense { Future, Past, Unmarked };
// The year of a bare month name: the latest past one, or the next one when the context looks ahead;
// with no cue either way, the month right after the reference's is the coming one.
int resolveMonthYear(const QDate &reference, int month, Tense tense);
// Whether the month (1-12) is the one right after the reference date's ("January" in December);
// false without a reference date.
bool isMonthAfter(const QDate &reference, int month);
// The year of a season ("SP", "SU", "FA", "WI") pointed back (step -1: "last summer", the latest
// one over by the reference date), ahead (+1: the first one not yet begun) or at this year's (0).
int resolveSeasonYear(const QDate &reference, const QString &code, int step);
// The year of a season named bare ("in the fall"): the reference's, unless the words around it put
// it in the past and this year's has not begun (the year before), or ahead and this year's is
// over (the year after).
int resolveSeasonYear(const QDate &reference, const QString &code, Tense tense);
// A day and month named without a year: the nearest such day, unless it lies more than three
// months away on the side the words around it deny. Then it is the last one on or before the
// reference (a past clause: "the year ended March 31", written in November) or the first one on or
// after it (a clause that looks ahead).
QDate resolveDayYear(const QDate &reference, int month, int day, Tense tense);
// The same, asking the tense only of a day more than three months away: reading it takes a look
// through the clause's words.
QDate resolveDayYear(const QDate &reference, int month, int day, const std::function<Tense()> &tenseOfClause);
// The holidays news dates events by: fixed days of the Gregorian calendar, Orthodox Christmas
// (7 January in the Gregorian calendar), Easter by the Western and the Orthodox reckoning, and
// Thanksgiving in the United States (the fourth Thursday of November).
// ElectionDay: the United States' general election, the Tuesday after the first Monday in November.
enum class Holiday { ChristmasEve, Christmas, NewYearsEve, NewYearsDay, OrthodoxChristmas, Easter, OrthodoxEaster, Thanksgiving, ElectionDay };
// The holiday's day in a year (1900-2099 for the Orthodox Easter); invalid outside the calendar.
QDate holidayIn(Holiday holiday, int year);
// A holiday named without a year ("at Christmas", "после Нового года"): the reference day if it
// is the holiday; else the last one before it when the clause tells the past, the next one when it
// looks ahead, and the nearest with no cue. A holiday is a day everyone knows is past or to come,
// so the tense decides even close by, unlike a day and month (resolveDayYear). With a step, the
// last one before the reference (-1, "last Christmas") or the next one after it (+1, "next Easter").
QDate resolveHoliday(const QDate &reference, Holiday holiday, const std::function<Tense()> &tenseOfClause);
QDate resolveHoliday(const QDate &reference, Holiday holiday, int step);
// The TIMEX3 value of a holiday with no reference to count from: its month and day where they
// are fixed ("XXXX-12-25"), else no date ("XXXX-XX-XX").
QString holidayValueWithoutYear(Holiday holiday);
// The weekend named without "last", "next" or "this" ("over the weekend", "am Wochenende"): for a
// reference on a weekend day its own; on a weekday the one before it when the clause tells the
// past, the one ahead when it looks ahead, and with no cue the nearer one. Its TIMEX3 value
// ("2025-W45-WE"); the tense is asked only on a weekday.
QString resolveWeekend(const QDate &reference, const std::function<Tense()> &tenseOfClause);
// A day of the month named without its month ("el día 15"): the last such day before the
// reference (step -1, "el pasado día 3"), the first after it (+1, "el próximo día 20"), or with no
// step the nearest one. Invalid without a reference or for a day no month has.
QDate resolveDayOfMonth(const QDate &reference, int day, int step);
// The same with no word pointing back or ahead: the nearest such day, unless the clause's tense
// puts it on the other side of the reference ("is due by the 20th" written on the 5th, with the
// 20th of last month as near; "se votará el día 30" written on the 12th).
QDate resolveDayOfMonth(const QDate &reference, int day, const std::function<Tense()> &tenseOfClause);
// A bare weekday: the reference day itself, else the last one before it, or the next one after it.
QDate resolveWeekday(const QDate &reference, int weekday, bool isFuture);
// A weekday said with "this" ("ce samedi", "este lunes", "diesen Freitag", "в эту пятницу"): the
// reference day itself; else ahead or back as the words around it say; with neither, the day of
// the reference's week (Monday to Sunday), unless that is five or six days away, then the nearer
// one ("este domingo" in a Monday's article is the day before).
QDate resolveThisWeekday(const QDate &reference, int weekday, Tense tense);
// "last week" (step -1), "this month" (0), "next year" (1) … for week, weekend, month, quarter,
// year, decade, century.
QString shiftedUnitValue(const QDate &reference, const QString &unit, int step);

// The days a TIMEX3 date value covers: "2018" → 2018-01-01..2018-12-31, "2025-03" → March,
// "2025-W10" → its Monday..Sunday, "2025-03-05T14:00" → that day, "2025-Q3", "2025-SU", "199"
// (the 1990s), "19" (the 20th century). Nothing for durations, sets and PAST_REF-style values.
struct DayRange
{
    QDate begin;
    QDate end;
};
std::optional<DayRange> dayRangeOfValue(const QString &value);

} // namespace Attache
