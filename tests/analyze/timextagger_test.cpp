#include "analyze/temporalvalue.h"
#include "analyze/timexanchors.h"
#include "analyze/timexrules.h"
#include "analyze/timextagger.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// Each row: a text, the document date it is resolved against, and the expressions expected in
// it, written "span|TYPE|value" and joined by ";" in text order.
class TimexTaggerTest final : public QObject
{
    Q_OBJECT

private:
    static QString describe(const QString &text, const QList<Timex> &found)
    {
        QStringList parts;
        for (const auto &timex : found)
            parts << text.mid(timex.start, timex.end - timex.start) + u'|' + timexTypeName(timex.type) + u'|' + timex.value;
        return parts.join(u';');
    }

private Q_SLOTS:
    void tag_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("documentDate");
        QTest::addColumn<QString>("expected");

        const QDate friday(2013, 3, 22); // a Friday
        const QDate wednesday(2025, 3, 5);

        // Absolute dates
        QTest::newRow("nominal: month day year") << u"The deal was signed on March 5, 2025, in Geneva."_s << friday
                                                 << u"March 5, 2025|DATE|2025-03-05"_s;
        // A day of the month without its month: the nearest, or on the side its clause puts it; an
        // ordinal before a noun is no day.
        QTest::newRow("nominal: day of the month alone")
            << u"Talks resume on the 9th in Oslo. The vote is due by the 20th. Fighting has gone on since the 3rd, and the talks were held on the 1st. It was the 15th century; he came 3rd in the race."_s
            << wednesday
            << u"the 9th|DATE|2025-03-09;the 20th|DATE|2025-03-20;the 3rd|DATE|2025-03-03;the 1st|DATE|2025-03-01;the 15th century|DATE|14"_s;
        // A present of what runs to a timetable looks ahead; a past does not.
        QTest::newRow("nominal: a schedule in the present looks ahead")
            << u"The deadline expires on Sunday. The council meets on Monday in Brussels. The ceasefire took effect on Sunday."_s
            << wednesday << u"Sunday|DATE|2025-03-09;Monday|DATE|2025-03-10;Sunday|DATE|2025-03-02"_s;
        // Holidays: the one the clause's tense points to, "last" and "next" the one before or after
        // the article's day, or the year's named; Easter by the computus (2025-04-20,
        // 2026-04-05), Thanksgiving the fourth Thursday of November. A thing named for Christmas,
        // the week around Easter and an island are no day.
        QTest::newRow("nominal: holidays")
            << u"Talks will resume after Christmas. The truce held over New Year's Eve. Fighting stopped at Easter. Shops will close on Thanksgiving Day. Last Thanksgiving was quiet; Easter 2026 is late."_s
            << wednesday
            << u"Christmas|DATE|2025-12-25;New Year's Eve|DATE|2024-12-31;Easter|DATE|2024-03-31;Thanksgiving Day|DATE|2025-11-27;Last Thanksgiving|DATE|2024-11-28;Easter 2026|DATE|2026-04-05"_s;
        // Election Day: the Tuesday after the first Monday of November (2026-11-03; 2024-11-05;
        // in 2027 the month opens on a Monday, so the 2nd).
        QTest::newRow("nominal: the United States' Election Day")
            << u"The campaign runs until Election Day. Turnout on Election Day 2024 was high; Election Day 2027 is early. The Election Day Commission met."_s
            << wednesday
            << u"Election Day|DATE|2025-11-04;Election Day 2024|DATE|2024-11-05;Election Day 2027|DATE|2027-11-02"_s;
        QTest::newRow("edge: things named for holidays are no days")
            << u"They put up a Christmas tree as Easter week began on Christmas Island."_s << wednesday << u""_s;
        // A cue past "and" is the joined clause's verb: the nearer one of the day's own clause wins.
        QTest::newRow("nominal: a verb past and is another clause's")
            << u"The minister arrived late Tuesday and will leave on Friday morning."_s << wednesday
            << u"Tuesday|DATE|2025-03-04;Friday morning|TIME|2025-03-07TMO"_s;
        QTest::newRow("nominal: a law entering into force looks ahead")
            << u"The sanctions law enters into force on Monday; the old one entered into force on Sunday."_s
            << wednesday << u"Monday|DATE|2025-03-10;Sunday|DATE|2025-03-02"_s;
        // A unit counted two back or two ahead; "this weekend" stays the weekend.
        QTest::newRow("nominal: the week before last, the month after next")
            << u"Talks stalled the week before last and resume the month after next; the year before last was calmer, and this weekend was quiet."_s
            << wednesday
            << u"the week before last|DATE|2025-W08;the month after next|DATE|2025-05;the year before last|DATE|2023;this weekend|DATE|2025-W10-WE"_s;
        QTest::newRow("nominal: the weekend before a Monday's article, or the one ahead")
            << u"Over the weekend, officials confirmed the talks. Protests are planned for the weekend."_s << QDate(2013, 3, 25)
            << u"Over the weekend|DATE|2013-W12-WE;the weekend|DATE|2013-W13-WE"_s;
        QTest::newRow("nominal: year-end and month's end, and since the last one")
            << u"The sale should close by year-end. Shares have risen since year-end, and the fund pays out at month's end."_s
            << friday << u"year-end|DATE|2013;year-end|DATE|2012;month's end|DATE|2013-03"_s;
        QTest::newRow("nominal: the next day and the day before, from the day the story named")
            << u"The envoy arrived on March 3, 2025. The next day he met the minister; he had spoken to reporters the day before."_s
            << friday << u"March 3, 2025|DATE|2025-03-03;The next day|DATE|2025-03-04;the day before|DATE|2025-03-03"_s;
        QTest::newRow("edge: the day before an event or yesterday is no day of the story")
            << u"On March 3, 2025, talks began. The day before the vote, and the day before yesterday, were calm."_s
            << friday << u"March 3, 2025|DATE|2025-03-03;the day before yesterday|DATE|2013-03-20"_s;
        QTest::newRow("edge: the next day as a stretch of time ahead is no day")
            << u"On March 3, 2025, the storm formed; surf is possible in the next day or two, and within the next day."_s
            << friday << u"March 3, 2025|DATE|2025-03-03"_s;
        QTest::newRow("boundary: the next day with no day named is left undated")
            << u"The next day, the envoy left."_s << friday << u""_s;
        QTest::newRow("nominal: day month year") << u"Talks opened on 5 March 2025."_s << friday
                                                 << u"5 March 2025|DATE|2025-03-05"_s;
        QTest::newRow("nominal: weekday and date") << u"On Monday, March 3, 2025, he flew home."_s << friday
                                                   << u"Monday, March 3, 2025|DATE|2025-03-03"_s;
        QTest::newRow("nominal: day month, nearest year") << u"The ministers met on 11 December."_s
                                                          << QDate(2010, 1, 25) << u"11 December|DATE|2009-12-11"_s;
        QTest::newRow("nominal: month day ahead") << u"The vote is on April 7."_s << friday
                                                  << u"April 7|DATE|2013-04-07"_s;
        QTest::newRow("nominal: a day over three months ahead in a past clause is last year's")
            << u"The company reported sales of $59 million in the fiscal year ended March 31."_s << QDate(2024, 11, 4)
            << u"the fiscal year|DURATION|P1Y;March 31|DATE|2024-03-31"_s;
        QTest::newRow("nominal: a fronted day dates the main clause after its comma")
            << u"On March 5, the ministry, citing new intelligence, had announced sanctions."_s << QDate(2024, 11, 4)
            << u"March 5|DATE|2024-03-05"_s;
        QTest::newRow("boundary: a fronted weekday keeps its own clause")
            << u"On Friday, the government planned to hold talks."_s << QDate(2024, 11, 4) << u"Friday|DATE|2024-11-01"_s;
        QTest::newRow("nominal: a day over three months back in a clause that looks ahead is next year's")
            << u"The summit will be held on July 20 in Nairobi."_s << QDate(2025, 11, 12) << u"July 20|DATE|2026-07-20"_s;
        QTest::newRow("nominal: a clock time takes the day said right after it")
            << u"The ceasefire offer stands until 5 p.m. EST March 9, and the vote closes at 6 p.m. on March 10."_s
            << wednesday << u"5 p.m. EST|TIME|2025-03-09T17;March 9|DATE|2025-03-09;6 p.m.|TIME|2025-03-10T18;March 10|DATE|2025-03-10"_s;
        QTest::newRow("nominal: a clock time takes the last day its paragraph named")
            << u"The envoys landed in Geneva on Monday. Talks began at 18:00 UTC in the Palais."_s << wednesday
            << u"Monday|DATE|2025-03-03;18:00 UTC|TIME|2025-03-03T18:00Z"_s;
        QTest::newRow("boundary: an English part of the day stays the article's")
            << u"The minister arrived on Monday; this morning she left for Rome."_s << wednesday
            << u"Monday|DATE|2025-03-03;this morning|TIME|2025-03-05TMO"_s;
        // A range of days names its month once, before or after both days.
        QTest::newRow("nominal: English ranges of days, the month named once")
            << u"The summit runs from December 3 to 5 in Geneva; talks follow on 8-9 December and between January 12 and 14."_s
            << QDate(2025, 11, 12)
            << u"December 3|DATE|2025-12-03;5|DATE|2025-12-05;8|DATE|2025-12-08;9 December|DATE|2025-12-09;January 12|DATE|2026-01-12;14|DATE|2026-01-14"_s;
        QTest::newRow("boundary: a number after a day and \"and\" that counts something is no day")
            << u"Two were killed on May 3 and 12 others were hurt; the curfew imposed on May 4 lasted to 5 p.m."_s << QDate(2025, 11, 12)
            << u"May 3|DATE|2025-05-03;May 4|DATE|2025-05-04;5 p.m.|TIME|2025-05-04T17"_s;
        // What is put off is put off to a time ahead, though the clause's verb is past.
        QTest::newRow("nominal: a month something is postponed to lies ahead")
            << u"The summit was postponed to early December; the vote was pushed back to January."_s << QDate(2025, 11, 12)
            << u"early December|DATE|2025-12;January|DATE|2026-01"_s;
        QTest::newRow("nominal: a month something is delayed to lies ahead")
            << u"The vote was delayed until January and the launch delayed to February."_s << QDate(2025, 11, 12)
            << u"January|DATE|2026-01;February|DATE|2026-02"_s;
        // A range of months ends after it starts, though a past verb reads its end as past.
        QTest::newRow("nominal: the end of a range of months follows its start")
            << u"The summit was postponed from late November to early December; sales fell from October to January."_s
            << QDate(2025, 11, 12) << u"late November|DATE|2025-11;early December|DATE|2025-12;October|DATE|2025-10;January|DATE|2026-01"_s;
        QTest::newRow("nominal: the start of a range of months precedes its end's written year")
            << u"The programme ran from November to March 2025."_s << QDate(2025, 11, 12)
            << u"November|DATE|2024-11;March 2025|DATE|2025-03"_s;
        QTest::newRow("boundary: a range in order keeps the year its end names in words")
            << u"The talks run from November to December next year."_s << QDate(2025, 11, 12)
            << u"November|DATE|2025-11;December next year|DATE|2026-12"_s;
        QTest::newRow("boundary: a range of weekdays, of written years, or without from is left as read")
            << u"Talks ran from Thursday to Monday; from May 2023 to March 2021; prices rose in October to January levels."_s
            << QDate(2025, 11, 12) << u"Thursday|DATE|2025-11-06;Monday|DATE|2025-11-10;May 2023|DATE|2023-05;March 2021|DATE|2021-03;October|DATE|2025-10;January|DATE|2025-01"_s;
        QTest::newRow("boundary: a month after a move to a place stays in the past")
            << u"The envoy moved to Berlin in March."_s << QDate(2025, 11, 12) << u"March|DATE|2025-03"_s;
        QTest::newRow("boundary: within three months the nearest day holds whatever the verb")
            << u"The bank said it would redeem the notes on Dec. 7."_s << QDate(2024, 10, 20) << u"Dec. 7|DATE|2024-12-07"_s;
        QTest::newRow("nominal: month year") << u"It opened in May 2010."_s << friday << u"May 2010|DATE|2010-05"_s;
        QTest::newRow("nominal: year") << u"Relations date back to 2018, when it began."_s << wednesday
                                       << u"2018|DATE|2018"_s;
        QTest::newRow("nominal: iso date") << u"Published 2024-11-02 by the ministry."_s << wednesday
                                           << u"2024-11-02|DATE|2024-11-02"_s;
        QTest::newRow("nominal: american numeric date") << u"It was dated 7/8/07 in the report."_s << wednesday
                                                        << u"7/8/07|DATE|2007-07-08"_s;
        QTest::newRow("nominal: decade") << u"Trade grew in the 2010s."_s << wednesday << u"the 2010s|DATE|201"_s;
        QTest::newRow("nominal: century") << u"It was the bloodiest war of the 20th century."_s << wednesday
                                          << u"the 20th century|DATE|19"_s;
        QTest::newRow("nominal: quarter") << u"Exports fell in Q3."_s << wednesday << u"Q3|DATE|2024-Q3"_s;
        QTest::newRow("nominal: a quarter not begun, looked ahead to") << u"Exports will recover in Q3."_s << wednesday
                                                                       << u"Q3|DATE|2025-Q3"_s;
        QTest::newRow("nominal: the quarter under way") << u"Exports fell in the first quarter."_s << wednesday
                                                        << u"the first quarter|DATE|2025-Q1"_s;
        QTest::newRow("nominal: halves of a year, by number and by distance")
            << u"Sales fell in the first half of 2024, the last half of 1989 and the second half of next year."_s << wednesday
            << u"the first half of 2024|DATE|2024-H1;the last half of 1989|DATE|1989-H2;the second half of next year|DATE|2026-H2"_s;
        QTest::newRow("nominal: quarter of year") << u"Growth slowed in the third quarter of 2024."_s << wednesday
                                                  << u"the third quarter of 2024|DATE|2024-Q3"_s;
        QTest::newRow("nominal: the last quarter of a year named is its fourth")
            << u"Growth slowed in the last quarter of 2023 and in the final quarter of last year, not in the last quarter."_s << wednesday
            << u"the last quarter of 2023|DATE|2023-Q4;the final quarter of last year|DATE|2024-Q4;the last quarter|DATE|2024-Q4"_s;
        QTest::newRow("nominal: quarter of a year named by its distance")
            << u"Sales beat those of the third quarter of last year and will rise in the first quarter of next year."_s << wednesday
            << u"the third quarter of last year|DATE|2024-Q3;the first quarter of next year|DATE|2026-Q1"_s;
        QTest::newRow("nominal: early month") << u"Fighting resumed in early December."_s << friday
                                              << u"early December|DATE|2012-12"_s;
        QTest::newRow("nominal: bare month, past") << u"The embassy closed in August."_s << friday
                                                   << u"August|DATE|2012-08"_s;
        QTest::newRow("nominal: bare month, future") << u"Elections will be held in June."_s << friday
                                                     << u"June|DATE|2013-06"_s;
        QTest::newRow("nominal: the month after the article's is the coming one without a cue")
            << u"The deadline runs out at the end of April; the embassy closed in February."_s << friday
            << u"the end of April|DATE|2013-04;February|DATE|2013-02"_s;
        QTest::newRow("nominal: a month something is expected or due in, or that a past event came ahead of, looks ahead")
            << u"The ministers met on Thursday, ahead of a summit in July. A vote is expected in June; the report is due in May."_s << friday
            << u"Thursday|DATE|2013-03-21;July|DATE|2013-07;June|DATE|2013-06;May|DATE|2013-05"_s;
        QTest::newRow("nominal: two months ahead stays the past one without a cue")
            << u"The embassy closed in May."_s << friday << u"May|DATE|2012-05"_s;
        QTest::newRow("robustness: May as a name") << u"Theresa May said the talks were over."_s << friday << QString();

        // Business periods
        QTest::newRow("nominal: hyphenated quarter") << u"Third-quarter earnings fell sharply."_s << wednesday
                                                     << u"Third-quarter|DATE|2024-Q3"_s;
        QTest::newRow("nominal: fiscal quarter") << u"Its fiscal second-quarter loss narrowed."_s << wednesday
                                                 << u"fiscal second-quarter|DATE|2024-Q2"_s;
        QTest::newRow("nominal: the latest quarter is the last one closed") << u"Sales grew in the latest quarter."_s
                                                                            << wednesday
                                                                            << u"the latest quarter|DATE|2024-Q4"_s;
        QTest::newRow("nominal: a year earlier than a named quarter")
            << u"Third-quarter profit rose 4% from a year earlier."_s << wednesday
            << u"Third-quarter|DATE|2024-Q3;a year earlier|DATE|2023-Q3"_s;
        QTest::newRow("nominal: a year earlier, no quarter") << u"Exports were higher a year earlier."_s << wednesday
                                                             << u"a year earlier|DATE|2024"_s;
        QTest::newRow("nominal: year-ago period")
            << u"Revenue beat the year-ago period in the third quarter."_s << wednesday
            << u"the year-ago period|DATE|2023-Q3;the third quarter|DATE|2024-Q3"_s;
        QTest::newRow("nominal: year-earlier against a quarter with its year")
            << u"Year-earlier sales were weaker in the fourth quarter of 2023."_s << wednesday
            << u"Year-earlier|DATE|2022-Q4;the fourth quarter of 2023|DATE|2023-Q4"_s;
        QTest::newRow("nominal: year before the ordinal quarter")
            << u"The charge was booked in the 2023 fourth quarter."_s << wednesday
            << u"the 2023 fourth quarter|DATE|2023-Q4"_s;
        QTest::newRow("nominal: the fiscal year") << u"Costs will rise for the fiscal year."_s << wednesday
                                                  << u"the fiscal year|DATE|2025"_s;
        QTest::newRow("nominal: the year ended a day") << u"It lost money in the year ended June 30."_s << wednesday
                                                       << u"the year|DURATION|P1Y;June 30|DATE|2024-06-30"_s; // past: the loss is reported
        QTest::newRow("robustness: the year alone") << u"It was the year of the storm."_s << wednesday << QString();
        QTest::newRow("robustness: quarterly dividend") << u"The board raised its quarterly dividend."_s << wednesday
                                                        << QString();
        QTest::newRow("nominal: paid quarterly") << u"Interest is paid quarterly."_s << wednesday
                                                 << u"quarterly|SET|P3M"_s;
        QTest::newRow("robustness: the quarter of a town") << u"He lived in the quarter of the old town."_s
                                                           << wednesday << QString();

        // Relative dates
        QTest::newRow("nominal: month of last year") << u"The plant closed in June last year."_s << wednesday
                                                     << u"June last year|DATE|2024-06"_s;
        QTest::newRow("nominal: as soon as a weekday") << u"Troops could leave as soon as Tuesday."_s << wednesday
                                                       << u"Tuesday|DATE|2025-03-11"_s;
        QTest::newRow("nominal: yesterday") << u"The minister resigned yesterday."_s << wednesday
                                            << u"yesterday|DATE|2025-03-04"_s;
        QTest::newRow("nominal: today") << u"Parliament votes today."_s << wednesday << u"today|DATE|2025-03-05"_s;
        QTest::newRow("nominal: tomorrow") << u"They meet tomorrow."_s << wednesday << u"tomorrow|DATE|2025-03-06"_s;
        QTest::newRow("nominal: last week") << u"He visited Beijing last week."_s << wednesday
                                            << u"last week|DATE|2025-W09"_s;
        QTest::newRow("nominal: this week") << u"Talks continue this week."_s << friday << u"this week|DATE|2013-W12"_s;
        QTest::newRow("nominal: next week") << u"The envoy returns next week."_s << wednesday
                                            << u"next week|DATE|2025-W11"_s;
        QTest::newRow("nominal: last month") << u"Prices rose last month."_s << wednesday
                                             << u"last month|DATE|2025-02"_s;
        QTest::newRow("nominal: earlier this month") << u"The ban was lifted earlier this month."_s << wednesday
                                                     << u"earlier this month|DATE|2025-03"_s;
        QTest::newRow("nominal: last year") << u"Trade fell last year."_s << wednesday << u"last year|DATE|2024"_s;
        QTest::newRow("nominal: next year across January") << u"Elections are due next year."_s
                                                           << QDate(2024, 12, 31) << u"next year|DATE|2025"_s;
        QTest::newRow("nominal: this past week") << u"Talks stalled this past week."_s << wednesday
                                                 << u"this past week|DATE|2025-W09"_s;
        QTest::newRow("nominal: the same day is the day the story named")
            << u"The treaty was signed on March 3, 2019. That same day, the minister resigned; later that day he left."_s << wednesday
            << u"March 3, 2019|DATE|2019-03-03;That same day|DATE|2019-03-03;later that day|DATE|2019-03-03"_s;
        QTest::newRow("nominal: a year counted from the year the story named")
            << u"Russia annexed Crimea in 2014. Later that year, fighting broke out, and the following year a truce was signed. In 2019 protests began; the previous year had been calm."_s
            << wednesday
            << u"2014|DATE|2014;Later that year|DATE|2014;the following year|DATE|2015;2019|DATE|2019;the previous year|DATE|2018"_s;
        QTest::newRow("nominal: years and decades said in words")
            << u"In nineteen ninety-one the treaty was signed; January nineteen ninety-seven was cold. Groups grew through the nineties and the late eighties. The goal for the year two thousand, set in two thousand and five, was dropped."_s
            << wednesday
            << u"nineteen ninety-one|DATE|1991;January nineteen ninety-seven|DATE|1997-01;the nineties|DATE|199;the late eighties|DATE|198;the year two thousand|DATE|2000;two thousand and five|DATE|2005"_s;
        QTest::newRow("boundary: counts and ages in words are no years")
            << u"Some two thousand troops arrived, nineteen ninety-one people voted, and the envoy is in his sixties."_s << wednesday
            << QString();
        QTest::newRow("nominal: midday") << u"The court met at midday."_s << wednesday << u"at midday|TIME|2025-03-05T12:00"_s;
        QTest::newRow("boundary: a year counted from none named before")
            << u"That year will come. Exports rose 5% from the previous year."_s << wednesday << u"the previous year|DATE|2024"_s;
        QTest::newRow("boundary: the year counted from is in the paragraph or the one before")
            << u"The union collapsed in 1991.\n\nMany things changed.\n\nThe following year, the treaty lapsed."_s << wednesday
            << u"1991|DATE|1991"_s;
        QTest::newRow("boundary: that day with no day named before is left alone")
            << u"That day will come, the minister said."_s << wednesday << QString();
        QTest::newRow("nominal: the next day is left alone") << u"He left the next day."_s << wednesday << QString();
        // In the past tense the weekend before the Wednesday's article, not the one after it.
        QTest::newRow("nominal: the weekend") << u"Crowds gathered over the weekend."_s << wednesday
                                              << u"over the weekend|DATE|2025-W09-WE"_s;
        QTest::newRow("nominal: last Tuesday") << u"Protesters gathered last Tuesday."_s << wednesday
                                               << u"last Tuesday|DATE|2025-03-04"_s;
        QTest::newRow("nominal: weekday, past") << u"The ministers met on Monday."_s << wednesday
                                                << u"Monday|DATE|2025-03-03"_s;
        QTest::newRow("nominal: weekday, today") << u"Shares fell Friday."_s << friday << u"Friday|DATE|2013-03-22"_s;
        QTest::newRow("nominal: weekday, future") << u"The president will travel to Ottawa on Friday."_s << wednesday
                                                  << u"Friday|DATE|2025-03-07"_s;
        QTest::newRow("nominal: two years ago") << u"The talks collapsed two years ago."_s << wednesday
                                                << u"two years ago|DATE|2023"_s;
        QTest::newRow("nominal: three months ago") << u"It began three months ago."_s << wednesday
                                                   << u"three months ago|DATE|2024-12"_s;
        QTest::newRow("nominal: this spring") << u"Work starts this spring."_s << wednesday
                                              << u"this spring|DATE|2025-SP"_s;
        QTest::newRow("nominal: last summer") << u"They met last summer."_s << friday << u"last summer|DATE|2012-SU"_s;
        QTest::newRow("nominal: this weekend") << u"Crowds are expected this weekend."_s << QDate(2010, 1, 25)
                                               << u"this weekend|DATE|2010-W04-WE"_s;

        // Times
        QTest::newRow("nominal: weekday morning") << u"The quake struck Friday morning."_s << QDate(2010, 7, 17)
                                                  << u"Friday morning|TIME|2010-07-16TMO"_s;
        QTest::newRow("nominal: clock time with zone") << u"Voting closes at 14:00 GMT."_s << wednesday
                                                       << u"14:00 GMT|TIME|2025-03-05T14:00Z"_s;
        QTest::newRow("nominal: this morning") << u"He spoke this morning."_s << wednesday
                                               << u"this morning|TIME|2025-03-05TMO"_s;
        QTest::newRow("nominal: tonight") << u"The summit ends tonight."_s << wednesday
                                          << u"tonight|TIME|2025-03-05TNI"_s;
        QTest::newRow("nominal: pm") << u"The speech begins at 8 PM."_s << wednesday << u"8 PM|TIME|2025-03-05T20"_s;
        QTest::newRow("nominal: clock hour and weekday") << u"The polls closed at 8 p.m. Sunday."_s << wednesday
                                                         << u"8 p.m. Sunday|TIME|2025-03-02T20"_s;
        QTest::newRow("nominal: noon and weekday") << u"The deadline passed at noon Monday."_s << wednesday
                                                   << u"at noon Monday|TIME|2025-03-03T12:00"_s;

        // Durations
        QTest::newRow("nominal: three years") << u"He served three years in office."_s << wednesday
                                              << u"three years|DURATION|P3Y"_s;
        QTest::newRow("nominal: a decade") << u"It took a decade to build."_s << wednesday
                                           << u"a decade|DURATION|P10Y"_s;
        QTest::newRow("nominal: the past 24 hours") << u"Ten people died in the past 24 hours."_s << wednesday
                                                    << u"the past 24 hours|DURATION|PT24H"_s;
        QTest::newRow("nominal: hyphenated") << u"A four-week ceasefire began."_s << wednesday
                                             << u"four-week|DURATION|P4W"_s;
        QTest::newRow("nominal: a decimal count, hyphenated with spaces")
            << u"The envoy left after a 1.5 - year posting."_s << wednesday << u"1.5 - year|DURATION|P1.5Y"_s;
        QTest::newRow("edge: a number too long for a count makes no duration")
            << u"Some 1234567 years passed."_s << wednesday << u""_s;
        QTest::newRow("nominal: vague count") << u"They talked for several days."_s << wednesday
                                              << u"several days|DURATION|PXD"_s;
        QTest::newRow("nominal: the past few years") << u"Ties frayed over the past few years."_s << wednesday
                                                     << u"the past few years|DURATION|PXY"_s;
        QTest::newRow("nominal: coming weeks without an article, the days ahead")
            << u"Talks may resume in coming weeks, and in the days ahead the envoy will travel; upcoming months look calm."_s << wednesday
            << u"coming weeks|DURATION|PXW;the days ahead|DURATION|PXD;upcoming months|DURATION|PXM"_s;
        QTest::newRow("nominal: and a half") << u"It lasted almost two and a half years."_s << wednesday
                                             << u"almost two and a half years|DURATION|P2.5Y"_s;

        // Sets
        QTest::newRow("nominal: every year") << u"The forum meets every year."_s << wednesday
                                             << u"every year|SET|P1Y"_s;
        QTest::newRow("nominal: weekly") << u"The council meets weekly."_s << wednesday << u"weekly|SET|P1W"_s;
        QTest::newRow("nominal: every Monday") << u"Talks are held every Monday."_s << wednesday
                                               << u"every Monday|SET|XXXX-WXX-1"_s;

        // Vague references
        QTest::newRow("nominal: recently") << u"He recently visited Kyiv."_s << wednesday
                                           << u"recently|DATE|PAST_REF"_s;
        QTest::newRow("nominal: now") << u"The border is now closed."_s << wednesday << u"now|DATE|PRESENT_REF"_s;
        QTest::newRow("nominal: currently") << u"She is currently in Paris."_s << wednesday
                                            << u"currently|DATE|PRESENT_REF"_s;
        QTest::newRow("nominal: the future") << u"Relations will improve in the future."_s << wednesday
                                             << u"in the future|DATE|FUTURE_REF"_s;

        // Several in one text
        QTest::newRow("nominal: several expressions")
            << u"After talks on Tuesday, the two sides agreed to meet again in June 2025 for three days."_s
            << wednesday << u"Tuesday|DATE|2025-03-04;June 2025|DATE|2025-06;three days|DURATION|P3D"_s;

        // Robustness
        QTest::newRow("robustness: empty text") << QString() << wednesday << QString();
        QTest::newRow("robustness: no document date")
            << u"He left yesterday, in 2018."_s << QDate() << u"yesterday|DATE|XXXX-XX-XX;2018|DATE|2018"_s;
        QTest::newRow("robustness: the year 30000") << u"In the year 30000 the sun still shines."_s << wednesday
                                                    << QString();
        QTest::newRow("robustness: money is not a year") << u"It cost $2018 and rose 2019% in value."_s << wednesday
                                                         << QString();
        QTest::newRow("robustness: decimal is not a time") << u"Growth was 3.45 percent."_s << wednesday << QString();
        QTest::newRow("robustness: invalid day") << u"It happened on February 30, 2025."_s << wednesday
                                                 << u"February|DATE|2025-02;2025|DATE|2025"_s;
        QTest::newRow("robustness: characters outside the BMP around a date")
            << u"🇫🇷 Talks on Tuesday 📅 ended in June 2025 🙂"_s << wednesday
            << u"Tuesday|DATE|2025-03-04;June 2025|DATE|2025-06"_s;
        // Half a surrogate pair, as a badly converted file leaves: it used to hide every date.
        QTest::newRow("robustness: a lone surrogate half")
            << u"Talks on Tuesday "_s + QChar(0xd800) + u" ended in June 2025."_s << wednesday
            << u"Tuesday|DATE|2025-03-04;June 2025|DATE|2025-06"_s;
        QTest::newRow("robustness: huge count") << u"It lasted 99999 years."_s << wednesday
                                                << u"99999 years|DURATION|P99999Y"_s;
    }

    void tag()
    {
        QFETCH(QString, text);
        QFETCH(QDate, documentDate);
        QFETCH(QString, expected);
        const auto found = TimexTagger().tag(text, documentDate);
        QCOMPARE(describe(text, found), expected);
    }

    // Sentences written for this test in the languages with rules of their own.
    void tagInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // A part of a year, as of a month: the year's value, with the words of the part in the
        // expression, as English "mid-2026".
        QTest::newRow("nominal: Spanish part of a year")
            << u"es"_s << u"El acuerdo expira a mediados de 2026; se firmó a comienzos de 2009, tras la crisis de los años 90."_s
            << u"mediados de 2026|DATE|2026;comienzos de 2009|DATE|2009;los años 90|DATE|199"_s;
        QTest::newRow("nominal: French part of a year")
            << u"fr"_s << u"Le retrait sera achevé fin 2026, après un début 2025 difficile."_s
            << u"fin 2026|DATE|2026;début 2025|DATE|2025"_s;
        QTest::newRow("nominal: German end of a year")
            << u"de"_s << u"Die Frist endet Ende 2026."_s << u"Ende 2026|DATE|2026"_s;
        QTest::newRow("nominal: Russian part of a decade in four digits, and of a year")
            << u"ru"_s << u"В середине 1970-х он уехал, а в начале 2010 года вернулся."_s
            << u"середине 1970-х|DATE|197;начале 2010 года|DATE|2010"_s;
        QTest::newRow("boundary: Russian days of the month are no decade")
            << u"ru"_s << u"Выплаты приходят в 20-х числах."_s << QString();
        QTest::newRow("nominal: French last quarter after du")
            << u"fr"_s << u"Les ventes du dernier trimestre ont baissé, comme lors du trimestre dernier."_s
            << u"dernier trimestre|DATE|2025-Q3;trimestre dernier|DATE|2025-Q3"_s;
        QTest::newRow("nominal: French date, weekday, yesterday")
            << u"fr"_s << u"L'accord signé le 31 mars 2025 à Alger a été confirmé hier, puis lundi."_s
            << u"le 31 mars 2025|DATE|2025-03-31;hier|DATE|2025-11-11;lundi|DATE|2025-11-10"_s;
        // A day of the month without its month is the nearest such day, or the one the word before
        // it points at; not the day of a count ("el día 3 de la guerra").
        // An irregular preterite before the day dates it, though a future follows after "que".
        QTest::newRow("nominal: Spanish financial years counted from the article's")
            << u"es"_s << u"Las ventas del pasado ejercicio cayeron un 10% y este ejercicio subirán; el ejercicio anterior fue peor."_s
            << u"pasado ejercicio|DATE|2024;este ejercicio|DATE|2025;el ejercicio anterior|DATE|2024"_s;
        QTest::newRow("nominal: German financial years counted from the article's")
            << u"de"_s << u"Im vergangenen Geschäftsjahr sank der Umsatz, im laufenden Geschäftsjahr soll er steigen."_s
            << u"Im vergangenen Geschäftsjahr|DATE|2024;im laufenden Geschäftsjahr|DATE|2025"_s;
        QTest::newRow("nominal: French financial years counted from the article's")
            << u"fr"_s << u"Le chiffre d'affaires de l'exercice précédent a baissé; cet exercice sera meilleur."_s
            << u"l'exercice précédent|DATE|2024;cet exercice|DATE|2025"_s;
        QTest::newRow("nominal: Spanish irregular preterites are past")
            << u"es"_s << u"El ministro dijo el martes que la ley será aprobada. La empresa propuso el lunes que se venderán activos. Hubo el jueves una reunión."_s
            << u"el martes|DATE|2025-11-11;el lunes|DATE|2025-11-10;el jueves|DATE|2025-11-06"_s;
        // The German perfect dates the weekday it holds in the past, whatever follows after a comma;
        // a participle that plans and an infinitive with "zu" do not.
        QTest::newRow("nominal: Russian adjectives of yesterday, today and tomorrow")
            << u"ru"_s << u"На вчерашнем заседании индекс упал, сегодняшние торги начались с падения, завтрашняя встреча решит. На сегодняшний день рынок слаб."_s
            << u"вчерашнем|DATE|2025-11-11;сегодняшние|DATE|2025-11-12;завтрашняя|DATE|2025-11-13;На сегодняшний день|DATE|PRESENT_REF"_s;
        QTest::newRow("nominal: German adjectives of yesterday, tomorrow and the present")
            << u"de"_s << u"Im heutigen Polen fiel der Index; die gestrige Abstimmung war knapp, das morgige Treffen entscheidet."_s
            << u"heutigen|DATE|PRESENT_REF;gestrige|DATE|2025-11-11;morgige|DATE|2025-11-13"_s;
        QTest::newRow("nominal: German perfect is past")
            << u"de"_s << u"Der Minister ist am Montag nach Peking gereist, wo er Wang Yi treffen will. Der Bundestag hat am Donnerstag den Haushalt beschlossen. Das Treffen ist am Freitag geplant."_s
            << u"am Montag|DATE|2025-11-10;am Donnerstag|DATE|2025-11-06;am Freitag|DATE|2025-11-14"_s;
        // "May" and "must" with the verb they govern look ahead, past a verb of saying before a comma.
        QTest::newRow("nominal: Russian may and must look ahead")
            << u"ru"_s << u"Песков заявил, что встреча может состояться в декабре. Договор должны подписать в марте."_s
            << u"декабре|DATE|2025-12;марте|DATE|2026-03"_s;
        QTest::newRow("nominal: Spanish may and must look ahead")
            << u"es"_s << u"El portavoz dijo que la cumbre puede celebrarse en diciembre. El acuerdo debe firmarse en marzo, afirmó."_s
            << u"diciembre|DATE|2025-12;marzo|DATE|2026-03"_s;
        QTest::newRow("nominal: French may looks ahead")
            << u"fr"_s << u"Le porte-parole a indiqué que le sommet peut avoir lieu en décembre."_s << u"décembre|DATE|2025-12"_s;
        QTest::newRow("nominal: German may and must look ahead; can is no cue")
            << u"de"_s << u"Der Sprecher sagte, das Treffen könne im Dezember stattfinden. Das Abkommen muss im März unterzeichnet werden, erklärte er. Man kann das nicht in vier Wochen aufholen."_s
            << u"Dezember|DATE|2025-12;März|DATE|2026-03;vier Wochen|DURATION|P4W"_s;
        QTest::newRow("nominal: Spanish day of the month alone")
            << u"es"_s << u"La votación será el día 20. El pasado día 12, el ministro dimitió. Llegó el próximo día 12. Es el día 3 de la guerra."_s
            << u"el día 20|DATE|2025-11-20;El pasado día 12|DATE|2025-10-12;el próximo día 12|DATE|2025-12-12"_s;
        // Without a word that points, the clause's tense picks the side of the article's date: the
        // 30th of last month is nearer to the 12th, but a vote still to come is this month's.
        QTest::newRow("nominal: Spanish day of the month alone, on the side its tense puts it")
            << u"es"_s << u"Se votará el día 30. Se reunieron el día 30 en Lima."_s
            << u"el día 30|DATE|2025-11-30;el día 30|DATE|2025-10-30"_s;
        QTest::newRow("nominal: Russian day of the month alone; a span of days around the 20th is none")
            << u"ru"_s << u"Переговоры назначены на 15-е число, встреча прошла 3-го числа, а голосование пройдёт 30 числа. В 20-х числах ноября делегация вернётся."_s
            << u"15-е число|DATE|2025-11-15;3-го числа|DATE|2025-11-03;30 числа|DATE|2025-11-30;ноября|DATE|2025-11"_s;
        // Halves of a year said with the word for "half", with their year named, by its distance or
        // in digits; the half of a day is none.
        QTest::newRow("nominal: Russian halves of a year")
            << u"ru"_s << u"В первой половине 2025 года товарооборот вырос, во второй половине прошлого года упал. Во второй половине дня министр уехал."_s
            << u"первой половине 2025 года|DATE|2025-H1;второй половине прошлого года|DATE|2024-H2"_s;
        QTest::newRow("nominal: Russian units before last")
            << u"ru"_s << u"В позапрошлом году соглашение было подписано, на позапрошлой неделе его продлили."_s
            << u"позапрошлом году|DATE|2023;позапрошлой неделе|DATE|2025-W44"_s;
        QTest::newRow("nominal: German week before last and year after next")
            << u"de"_s << u"Vorletzte Woche traf er den Botschafter, im übernächsten Jahr wird gewählt."_s
            << u"Vorletzte Woche|DATE|2025-W44;im übernächsten Jahr|DATE|2027"_s;
        QTest::newRow("nominal: Arabic day before yesterday, both word orders, and its evening")
            << u"ar"_s << u"التقى الوزير أمس الأول بالسفير، وأقامت اللجنة مساء أمس الأول حفلا، ثم سافر أول أمس."_s
            << u"أمس الأول|DATE|2025-11-10;مساء أمس الأول|TIME|2025-11-10TEV;أول أمس|DATE|2025-11-10"_s;
        // The first day of a range takes the second's month, written "1er" in French.
        QTest::newRow("nominal: French range from the first of the month")
            << u"fr"_s << u"Le cessez-le-feu durera du 1er au 31 décembre."_s
            << u"1er|DATE|2025-12-01;31 décembre|DATE|2025-12-31"_s;
        QTest::newRow("nominal: Arabic ranges of days")
            << u"ar"_s << u"تستمر الهدنة من 1 إلى 31 ديسمبر، وتعقد القمة بين 3 و5 يناير."_s
            << u"1|DATE|2025-12-01;31 ديسمبر|DATE|2025-12-31;3|DATE|2026-01-03;5 يناير|DATE|2026-01-05"_s;
        // A clock time's hour in words after "الساعة", with its half and the part of the day.
        QTest::newRow("nominal: Arabic clock times in words")
            << u"ar"_s << u"بدأت الجلسة الساعة العاشرة صباحا، وانتهت الساعة السابعة والنصف مساء. تبدأ المباراة الساعة 8 مساء. احتل المركز في الدقيقة الثانية."_s
            << u"الساعة العاشرة صباحا|TIME|2025-11-12T10:00;الساعة السابعة والنصف مساء|TIME|2025-11-12T19:30;الساعة 8 مساء|TIME|2025-11-12T20:00"_s;
        // Every week's weekday, the weekday's word without its article after "كل"; "كل أحد" is everyone.
        QTest::newRow("nominal: Arabic weekday of every week")
            << u"ar"_s << u"تعقد المؤتمرات كل يوم ثلاثاء، والصلاة كل جمعة، وهذا حق كل أحد. يعمل المكتب كل يوم."_s
            << u"كل يوم ثلاثاء|SET|XXXX-WXX-2;كل جمعة|SET|XXXX-WXX-5;كل يوم|SET|P1D"_s;
        QTest::newRow("edge: Santo Domingo is a city, domingo a Sunday")
            << u"es"_s << u"La cumbre será en Santo Domingo. El domingo votaron."_s << u"El domingo|DATE|2025-11-09"_s;
        // Agencies' datelines and sites' bylines shorten the month after the day's number.
        QTest::newRow("nominal: Spanish dateline and byline with the month shortened")
            << u"es"_s << u"QUITO, 11 nov (EFE).- El canciller habló. Actualizado el 3 de sept. de 2025. Remaron 5 mar adentro."_s
            << u"11 nov|DATE|2025-11-11;el 3 de sept. de 2025|DATE|2025-09-03"_s;
        QTest::newRow("nominal: German dateline and byline with the month shortened")
            << u"de"_s << u"GRAZ, 10. Nov (Reuters) - Die Regierung tagte. Stand: 2. Okt. 2025, 09:15 Uhr"_s
            << u"10. Nov|DATE|2025-11-10;2. Okt. 2025|DATE|2025-10-02;09:15|TIME|2025-10-02T09:15"_s;
        QTest::newRow("nominal: French byline with the month shortened; a month written out keeps the sentence's full stop")
            << u"fr"_s << u"Publié le 9 sept. 2025 à 18h32. La réunion aura lieu le 1er mai."_s
            << u"le 9 sept. 2025|DATE|2025-09-09;18h32|TIME|2025-09-09T18:32;le 1er mai|DATE|2026-05-01"_s;
        // A weekday and the date after it, joined by an article, are one day: the date's.
        QTest::newRow("nominal: weekday, article and date, German")
            << u"de"_s << u"Die Wahl findet am Sonntag, den 14. Dezember statt. Am Montag, dem 3. November, trafen sich die Minister."_s
            << u"am Sonntag, den 14. Dezember|DATE|2025-12-14;Am Montag, dem 3. November|DATE|2025-11-03"_s;
        QTest::newRow("nominal: weekday, article and date, French")
            << u"fr"_s << u"Le vote aura lieu dimanche, le 14 décembre, à Alger."_s
            << u"dimanche, le 14 décembre|DATE|2025-12-14"_s;
        QTest::newRow("nominal: French month and year, duration, time")
            << u"fr-FR"_s << u"Depuis juillet 2024, les talks durent trois ans; la réunion commence à 14h30."_s
            << u"juillet 2024|DATE|2024-07;trois ans|DURATION|P3Y;14h30|TIME|2025-11-12T14:30"_s;
        QTest::newRow("nominal: French weeks and years around the article's")
            << u"fr"_s << u"La semaine dernière, Paris et Alger ont annoncé une visite l'an prochain."_s
            << u"La semaine dernière|DATE|2025-W45;l'an prochain|DATE|2026"_s;
        QTest::newRow("nominal: Spanish date and the past Tuesday")
            << u"es"_s << u"El acuerdo del 4 de octubre de 2024 se ratificó el martes pasado, dijo ayer el ministro."_s
            << u"4 de octubre de 2024|DATE|2024-10-04;el martes pasado|DATE|2025-11-11;ayer|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Spanish ago and every year")
            << u"es"_s << u"Hace dos años se firmó el tratado, que se revisa cada año."_s
            << u"Hace dos años|DATE|2023;cada año|SET|P1Y"_s;
        QTest::newRow("nominal: Spanish rates after a count, not the year after")
            << u"es"_s << u"La planta fabrica 20.000 coches al año y paga dos veces al mes; al año siguiente cerró."_s
            << u"al año|SET|P1Y;al mes|SET|P1M"_s;
        QTest::newRow("edge: Spanish up to date is no day, per day is")
            << u"es"_s << u"Se puso al día con 3 informes; el oleoducto lleva 500.000 barriles por día."_s << u"por día|SET|P1D"_s;
        QTest::newRow("nominal: French rates")
            << u"fr"_s << u"L'usine livre 300 avions par an et le comité se réunit deux fois par mois."_s
            << u"par an|SET|P1Y;par mois|SET|P1M"_s;
        QTest::newRow("edge: French a year named after the unit is no rate")
            << u"fr"_s << u"Ils ont signé 3 accords par année de négociation."_s << u""_s;
        QTest::newRow("nominal: Spanish unsaid numbers of a unit, without their preposition")
            << u"es"_s << u"Negocian desde hace años; durante décadas y a lo largo de los meses no hubo acuerdo."_s
            << u"años|DURATION|PXY;décadas|DURATION|PXY;los meses|DURATION|PXM"_s;
        QTest::newRow("nominal: Spanish since a count back is a duration")
            << u"es"_s << u"Las conversaciones duran desde hace tres semanas."_s << u"hace tres semanas|DURATION|P3W"_s;
        QTest::newRow("edge: Spanish tomorrow before por that is not a part of the day")
            << u"es"_s << u"Los mercados cerrarán mañana por la fiesta y mañana por la tarde abrirán."_s
            << u"mañana|DATE|2025-11-13;mañana por la tarde|TIME|2025-11-13TAF"_s;
        QTest::newRow("nominal: Spanish so far this year, month, quarter")
            << u"es"_s << u"En lo que va de año el índice cae un 30 %, en lo que va del mes un 5 % y en lo que va de trimestre un 8 %."_s
            << u"año|DATE|2025;mes|DATE|2025-11;trimestre|DATE|2025-Q4"_s;
        QTest::newRow("nominal: quarters counted, in months as in English")
            << u"es"_s << u"Perdió dinero durante cuatro trimestres; cada trimestre, y hace dos trimestres también."_s
            << u"cuatro trimestres|DURATION|P12M;cada trimestre|SET|P3M;hace dos trimestres|DATE|2025-Q2"_s;
        QTest::newRow("nominal: French quarters")
            << u"fr"_s << u"Les ventes ont baissé pendant deux trimestres, puis au troisième trimestre 2025."_s
            << u"deux trimestres|DURATION|P6M;troisième trimestre 2025|DATE|2025-Q3"_s;
        QTest::newRow("nominal: French and Spanish counts with decimals after a comma")
            << u"fr"_s << u"Le coureur a terminé avec 30,4 secondes d'avance après 2,5 heures de course."_s
            << u"30,4 secondes|DURATION|PT30.4S;2,5 heures|DURATION|PT2.5H"_s;
        QTest::newRow("edge: Spanish decimals, and seconds only in the plural")
            << u"es"_s << u"Ganó su segundo mandato con 12,5 segundos de ventaja tras 4,5 horas de carrera."_s
            << u"12,5 segundos|DURATION|PT12.5S;4,5 horas|DURATION|PT4.5H"_s;
        QTest::newRow("edge: French the last digits of a number are no count, the ordinal seconde no unit")
            << u"fr"_s << u"La seconde usine a produit 1,755 heures de travail; une seconde fois, il a attendu 45 secondes."_s
            << u"45 secondes|DURATION|PT45S"_s;
        QTest::newRow("nominal: half-years as a unit, and rates per quarter and half-year")
            << u"fr"_s << u"Il y a deux semestres, l'État versait 2 milliards par semestre et 500 millions par trimestre."_s
            << u"Il y a deux semestres|DATE|2024-H2;par semestre|SET|P6M;par trimestre|SET|P3M"_s;
        QTest::newRow("nominal: Spanish half-years and lustres")
            << u"es"_s << u"Hace un lustro exportaba la mitad; invierte 300 millones por semestre durante dos semestres."_s
            << u"Hace un lustro|DATE|2020;por semestre|SET|P6M;dos semestres|DURATION|P12M"_s;
        QTest::newRow("nominal: fractions of a century and a French presidential term")
            << u"fr"_s << u"Pendant tout le quinquennat, soit un quart de siècle après un demi-siècle de septennats."_s
            << u"quinquennat|DURATION|P5Y;un quart de siècle|DURATION|P25Y;un demi-siècle|DURATION|P50Y;septennats|DURATION|P7Y"_s;
        QTest::newRow("nominal: ago with an approximate count is the same date")
            << u"es"_s << u"Las negociaciones, iniciadas hace casi dieciocho meses, y otra hace unos dos años."_s
            << u"hace casi dieciocho meses|DATE|2024-05;hace unos dos años|DATE|2023"_s;
        QTest::newRow("nominal: French and German ago with an approximate count")
            << u"fr"_s << u"Les négociations, entamées il y a près de dix-huit mois, tiennent depuis."_s
            << u"il y a près de dix-huit mois|DATE|2024-05"_s;
        QTest::newRow("nominal: German ago with an approximate count")
            << u"de"_s << u"Die Gespräche begannen vor fast zwei Jahren."_s << u"vor fast zwei Jahren|DATE|2023"_s;
        QTest::newRow("nominal: ago with a count said to be small")
            << u"es"_s << u"El acuerdo, firmado hace apenas dos días, sustituye al de hace sólo tres años."_s
            << u"hace apenas dos días|DATE|2025-11-10;hace sólo tres años|DATE|2022"_s;
        QTest::newRow("nominal: French hedges, one elided on the count")
            << u"fr"_s << u"L'accord, signé il y a à peine deux jours, remplace un texte conclu il y a plus d'un an."_s
            << u"il y a à peine deux jours|DATE|2025-11-10;il y a plus d'un an|DATE|2024"_s;
        QTest::newRow("nominal: German hedges of a small count")
            << u"de"_s << u"Das Abkommen, vor gerade einmal drei Wochen unterzeichnet, ersetzt jenes von vor kaum einem Jahr."_s
            << u"vor gerade einmal drei Wochen|DATE|2025-W43;vor kaum einem Jahr|DATE|2024"_s;
        QTest::newRow("nominal: last or next before a weekday with its date")
            << u"es"_s << u"La cumbre será el próximo martes 18 de noviembre; la anterior fue el pasado martes 4 de noviembre."_s
            << u"el próximo martes 18 de noviembre|DATE|2025-11-18;el pasado martes 4 de noviembre|DATE|2025-11-04"_s;
        QTest::newRow("nominal: Russian last before a weekday with its date")
            << u"ru"_s << u"В минувший вторник, 11 ноября, совет собрался."_s << u"минувший вторник, 11 ноября|DATE|2025-11-11"_s;
        QTest::newRow("nominal: German day and month in figures after the word for a day")
            << u"de"_s << u"Das Angebot gilt vom 20.11. bis zum 30.11., die Frist endete am 3.11.; siehe Abschnitt 3.4. des Vertrags."_s
            << u"20.11.|DATE|2025-11-20;30.11.|DATE|2025-11-30;am 3.11.|DATE|2025-11-03"_s;
        QTest::newRow("nominal: French day and month in figures, not a fraction")
            << u"fr"_s << u"Le délai expire le 30/11 ; il a obtenu le 1/3 des voix."_s << u"le 30/11|DATE|2025-11-30"_s;
        QTest::newRow("nominal: Spanish dates in figures, with hyphens or without the year")
            << u"es"_s << u"El plazo vence el 30-11-2025 y la oferta es del 20/11; obtuvo el 1/3 de los votos."_s
            << u"30-11-2025|DATE|2025-11-30;20/11|DATE|2025-11-20"_s;
        QTest::newRow("nominal: the last part of a year named")
            << u"es"_s << u"En el último trimestre de 2024 las ventas cayeron, y en el último semestre del año pasado también."_s
            << u"el último trimestre de 2024|DATE|2024-Q4;el último semestre del año pasado|DATE|2024-H2"_s;
        QTest::newRow("nominal: Spanish next or last before the year of a month or a part")
            << u"es"_s << u"Se firmó en octubre del pasado año y se aplicará en la segunda mitad del próximo año."_s
            << u"octubre del pasado año|DATE|2024-10;la segunda mitad del próximo año|DATE|2026-H2"_s;
        QTest::newRow("nominal: French last quarter after au")
            << u"fr"_s << u"Au dernier trimestre, les ventes ont chuté ; au trimestre prochain, elles remonteront."_s
            << u"dernier trimestre|DATE|2025-Q3;trimestre prochain|DATE|2026-Q1"_s;
        QTest::newRow("nominal: German year, month and week before the article's")
            << u"de"_s << u"Im Vorjahr lag der Gewinn höher, im Vormonat stieg er, in der Vorwoche fiel er; seit Jahresbeginn 30 Prozent."_s
            << u"Im Vorjahr|DATE|2024;im Vormonat|DATE|2025-10;in der Vorwoche|DATE|2025-W45;Jahresbeginn|DATE|2025"_s;
        QTest::newRow("nominal: German half of a year said with Hälfte, not of anything else")
            << u"de"_s << u"Die Lieferung kommt in der zweiten Hälfte des nächsten Jahres; die erste Hälfte des Spiels war langweilig."_s
            << u"in der zweiten Hälfte des nächsten Jahres|DATE|2026-H2"_s;
        QTest::newRow("nominal: Russian year, quarter and month in the genitive and instrumental")
            << u"ru"_s << u"Продажи выросли по сравнению с прошлым годом, а в прошлом квартале упали; итоги этого месяца неплохие."_s
            << u"прошлым годом|DATE|2024;прошлом квартале|DATE|2025-Q3;этого месяца|DATE|2025-11"_s;
        QTest::newRow("nominal: Arabic counted plural of the past or the coming, and the last quarter")
            << u"ar"_s << u"خفضت الشركة الوظائف خلال الأشهر الـ18 الماضية وستنمو في السنوات الخمس المقبلة، بعد تراجع في الربع الماضي."_s
            << u"الأشهر الـ18 الماضية|DURATION|P18M;السنوات الخمس المقبلة|DURATION|P5Y;الربع الماضي|DATE|2025-Q3"_s;
        QTest::newRow("nominal: an hour with the part of the day right after it")
            << u"es"_s << u"El avión aterrizó a las 11 de la noche y despegó a las 7:40."_s
            << u"11 de la noche|TIME|2025-11-12T23:00;7:40|TIME|2025-11-12T07:40"_s;
        QTest::newRow("nominal: French hour with the part of the day right after it")
            << u"fr"_s << u"L'avion a atterri vers 8 du soir, puis est reparti à 14h30."_s
            << u"8 du soir|TIME|2025-11-12T20:00;14h30|TIME|2025-11-12T14:30"_s;
        QTest::newRow("boundary: a year that ends the text")
            << u"es"_s << u"Tras 2.019 votos, la cumbre se celebró en 2019"_s << u"2019|DATE|2019"_s;
        QTest::newRow("nominal: French last quarter of a year named")
            << u"fr"_s << u"Le dernier trimestre 2024 a été le pire."_s << u"Le dernier trimestre 2024|DATE|2024-Q4"_s;
        QTest::newRow("nominal: German last quarter of a year named")
            << u"de"_s << u"Im letzten Quartal 2023 brach der Umsatz ein."_s << u"Im letzten Quartal 2023|DATE|2023-Q4"_s;
        QTest::newRow("nominal: Russian last quarter of a year named")
            << u"ru"_s << u"В последнем квартале 2024 года продажи упали."_s << u"последнем квартале 2024 года|DATE|2024-Q4"_s;
        QTest::newRow("nominal: Arabic last quarter of a year named")
            << u"ar"_s << u"تراجعت المبيعات في الربع الأخير من عام 2024."_s << u"الربع الأخير من عام 2024|DATE|2024-Q4"_s;
        QTest::newRow("nominal: Spanish range of months: its end follows its start")
            << u"es"_s << u"La cumbre se aplazó de finales de noviembre a principios de diciembre; la votación se retrasó hasta enero."_s
            << u"finales de noviembre|DATE|2025-11;principios de diciembre|DATE|2025-12;enero|DATE|2026-01"_s;
        QTest::newRow("nominal: French range of months: its end follows its start")
            << u"fr"_s << u"Les ventes ont baissé d'octobre à janvier."_s << u"octobre|DATE|2025-10;janvier|DATE|2026-01"_s;
        QTest::newRow("nominal: German range of months: its end follows its start")
            << u"de"_s << u"Der Umsatz sank von Oktober bis Januar."_s << u"Oktober|DATE|2025-10;Januar|DATE|2026-01"_s;
        QTest::newRow("nominal: Russian range of months: its end follows its start")
            << u"ru"_s << u"Продажи падали с октября по январь."_s << u"октября|DATE|2025-10;январь|DATE|2026-01"_s;
        QTest::newRow("nominal: Arabic range of months: its end follows its start")
            << u"ar"_s << u"تراجعت المبيعات من أكتوبر إلى يناير."_s << u"أكتوبر|DATE|2025-10;يناير|DATE|2026-01"_s;
        QTest::newRow("nominal: French date after an elided word with an ASCII apostrophe")
            << u"fr"_s << u"La hausse a duré jusqu'à la fin d'octobre ; la réunion d'hier l'a confirmé, et jusqu'aujourd'hui rien n'a changé."_s
            << u"octobre|DATE|2025-10;hier|DATE|2025-11-11;aujourd'hui|DATE|2025-11-12"_s;
        QTest::newRow("boundary: French season qualifying a noun, an age in a round number")
            << u"fr"_s << u"Pendant les mois d'été, les Jeux d'hiver et l'heure d’été ; une femme d'une trentaine d'années, âgée d'une vingtaine d'années."_s
            << u"été|DATE|XXXX-SU"_s;
        QTest::newRow("nominal: a clock time takes the day said right after it")
            << u"fr"_s << u"Lundi, le cessez-le-feu a été prolongé jusqu'à minuit le 30 novembre."_s
            << u"Lundi|DATE|2025-11-10;minuit|TIME|2025-11-30T00:00;le 30 novembre|DATE|2025-11-30"_s;
        QTest::newRow("edge: a clock time keeps the day before it when another follows later")
            << u"es"_s << u"El lunes, a las 10:30, el ministro llegó a Madrid el 3 de noviembre."_s
            << u"El lunes|DATE|2025-11-10;10:30|TIME|2025-11-10T10:30;el 3 de noviembre|DATE|2025-11-03"_s;
        QTest::newRow("nominal: Spanish midnight of a named day")
            << u"es"_s << u"El lunes se prorrogó la tregua hasta la medianoche del 30 de noviembre."_s
            << u"El lunes|DATE|2025-11-10;medianoche|TIME|2025-11-30T00:00;30 de noviembre|DATE|2025-11-30"_s;
        QTest::newRow("nominal: a weekday with its day's number")
            << u"es"_s << u"El ministro se reunirá el viernes 14 con el presidente y el martes 4 se firmó el acuerdo."_s
            << u"el viernes 14|DATE|2025-11-14;el martes 4|DATE|2025-11-04"_s;
        QTest::newRow("nominal: French weekday with its day's number before a full stop")
            << u"fr"_s << u"Il recevra son homologue le vendredi 14 et l'accord a été signé le mardi 4."_s
            << u"le vendredi 14|DATE|2025-11-14;le mardi 4|DATE|2025-11-04"_s;
        // "last", "next" or "this" before a weekday with its number leave the number to say the day
        QTest::newRow("nominal: a weekday with a modifier and its day's number")
            << u"es"_s << u"El pasado lunes 3 se firmó el acuerdo y el próximo jueves 20 se votará."_s
            << u"El pasado lunes 3|DATE|2025-11-03;el próximo jueves 20|DATE|2025-11-20"_s;
        QTest::newRow("nominal: French this weekday with its number before a comma")
            << u"fr"_s << u"Ce jeudi 20, le Sénat votera la loi."_s << u"Ce jeudi 20|DATE|2025-11-20"_s;
        // A present of what runs to a timetable (opening, entering into force, taking place) looks
        // ahead; "comienza a" (begins to) is no timetable.
        // Holidays in the other languages; Russia keeps Christmas and Easter by the Orthodox
        // reckoning (7 January; Easter 2025-04-20 fell on the same day in both). Father Christmas
        // and things named for the feast are no day, nor is a given name before a surname.
        QTest::newRow("nominal: French holidays")
            << u"fr"_s << u"Les négociations reprendront après Noël. La trêve a tenu pendant le Nouvel An. Le père Noël viendra, Noël Mamère aussi, à Pâques 2026."_s
            << u"Noël|DATE|2025-12-25;Nouvel An|DATE|2025-01-01;Pâques 2026|DATE|2026-04-05"_s;
        QTest::newRow("nominal: Spanish holidays")
            << u"es"_s << u"Se reunirán después de Navidad; la tregua se rompió en Nochevieja. Compró un árbol de Navidad."_s
            << u"Navidad|DATE|2025-12-25;Nochevieja|DATE|2024-12-31"_s;
        QTest::newRow("nominal: German holidays")
            << u"de"_s << u"Die Gespräche sollen nach Weihnachten weitergehen. Zu Silvester gab es Krawalle."_s
            << u"Weihnachten|DATE|2025-12-25;Silvester|DATE|2024-12-31"_s;
        QTest::newRow("nominal: Russian holidays by the Orthodox reckoning")
            << u"ru"_s << u"Переговоры возобновятся после Нового года. На Рождество было тихо. На католическое Рождество будет служба."_s
            << u"Нового года|DATE|2026-01-01;Рождество|DATE|2025-01-07;католическое Рождество|DATE|2025-12-25"_s;
        // Each day takes its own clause's verb, not the one past "y", "et", "и"; French verbs
        // with "être" and Russian verbs of leaving tell their tense.
        QTest::newRow("nominal: Spanish arrival and departure in joined clauses")
            << u"es"_s << u"El ministro llegó el martes y se irá el viernes. Irán lanzó el martes un satélite."_s
            << u"el martes|DATE|2025-11-11;el viernes|DATE|2025-11-14;el martes|DATE|2025-11-11"_s;
        QTest::newRow("nominal: French arrival and departure in joined clauses")
            << u"fr"_s << u"Le ministre est arrivé mardi et repartira vendredi. Il s'est rendu lundi à Alger."_s
            << u"mardi|DATE|2025-11-11;vendredi|DATE|2025-11-14;lundi|DATE|2025-11-10"_s;
        QTest::newRow("nominal: Russian arrival and departure in joined clauses")
            << u"ru"_s << u"Министр прибыл во вторник и улетит в пятницу."_s
            << u"вторник|DATE|2025-11-11;пятницу|DATE|2025-11-14"_s;
        QTest::newRow("nominal: Spanish schedule in the present looks ahead")
            << u"es"_s << u"La ley entra en vigor el lunes. El país comienza a recuperarse tras el terremoto del lunes."_s
            << u"el lunes|DATE|2025-11-17;lunes|DATE|2025-11-10"_s;
        QTest::newRow("nominal: French schedule in the present looks ahead")
            << u"fr"_s << u"Le sommet s'ouvre jeudi à Bruxelles et la loi entre en vigueur lundi."_s
            << u"jeudi|DATE|2025-11-13;lundi|DATE|2025-11-17"_s;
        QTest::newRow("nominal: German schedule in the present looks ahead")
            << u"de"_s << u"Die Sitzung findet am Donnerstag statt, das Gesetz tritt am Montag in Kraft; die Wahl fand am Sonntag statt."_s
            << u"am Donnerstag|DATE|2025-11-13;am Montag|DATE|2025-11-17;am Sonntag|DATE|2025-11-09"_s;
        QTest::newRow("nominal: Russian schedule in the present looks ahead")
            << u"ru"_s << u"Закон вступает в силу в понедельник, а саммит открывается в четверг."_s
            << u"понедельник|DATE|2025-11-17;четверг|DATE|2025-11-13"_s;
        // A month with "last" or "next" before it, without the word for month
        QTest::newRow("nominal: a month with last or next before it")
            << u"de"_s << u"Seit vergangenem Dezember ist er im Amt, im kommenden März wird gewählt. Am letzten Oktober-Wochenende war es ruhig."_s
            << u"vergangenem Dezember|DATE|2024-12;kommenden März|DATE|2026-03;Oktober|DATE|2025-10"_s;
        QTest::newRow("nominal: Spanish month with last or next before it")
            << u"es"_s << u"Desde el pasado diciembre está en el cargo y el próximo enero se votará."_s
            << u"el pasado diciembre|DATE|2024-12;el próximo enero|DATE|2026-01"_s;
        QTest::newRow("nominal: Spanish this weekday, ahead and back in the article's week")
            << u"es"_s << u"Los ministros se reúnen este sábado en Quito; el presidente anunció este lunes un nuevo gabinete."_s
            << u"este sábado|DATE|2025-11-15;este lunes|DATE|2025-11-10"_s;
        QTest::newRow("nominal: French this weekday, with the clause's tense")
            << u"fr"_s << u"Le ministre a annoncé ce lundi un remaniement et il se rendra ce vendredi à Rabat."_s
            << u"ce lundi|DATE|2025-11-10;ce vendredi|DATE|2025-11-14"_s;
        QTest::newRow("nominal: German this weekday")
            << u"de"_s << u"Der Kanzler reist an diesem Freitag nach Paris; diesen Samstag tagt der Parteirat."_s
            << u"an diesem Freitag|DATE|2025-11-14;diesen Samstag|DATE|2025-11-15"_s;
        QTest::newRow("nominal: Russian perfective future written with е puts a weekday ahead; a past keeps it back")
            << u"ru"_s << u"Совет проведет заседание в пятницу. В ответ на удар в понедельник армия открыла огонь."_s
            << u"пятницу|DATE|2025-11-14;понедельник|DATE|2025-11-10"_s;
        QTest::newRow("nominal: Russian this weekday, in its gender")
            << u"ru"_s << u"Министр прилетит в эту пятницу. В этот понедельник он выступал в парламенте."_s
            << u"эту пятницу|DATE|2025-11-14;этот понедельник|DATE|2025-11-10"_s;
        QTest::newRow("nominal: a weekday and its clock time without a word between")
            << u"fr"_s << u"Lundi 14 heures, la séance a commencé. La réunion aura lieu samedi, 20 h 30, à la mairie."_s
            << u"Lundi 14 heures|TIME|2025-11-10T14:00;samedi, 20 h 30|TIME|2025-11-15T20:30"_s;
        QTest::newRow("nominal: Spanish weekday and its clock time without a word between")
            << u"es"_s << u"El lunes 14 h comenzó la sesión."_s << u"El lunes 14 h|TIME|2025-11-10T14:00"_s;
        QTest::newRow("nominal: a month something is put off to lies ahead, whatever the tense")
            << u"es"_s << u"La visita se aplazó a enero; la cumbre fue pospuesta hasta marzo."_s
            << u"enero|DATE|2026-01;marzo|DATE|2026-03"_s;
        QTest::newRow("nominal: Spanish conditional of reported speech and what is agreed look ahead")
            << u"es"_s
            << u"Lagarde dijo que la inflación bajaría en enero. Los ministros acordaron celebrar una cumbre en febrero."_s
            << u"enero|DATE|2026-01;febrero|DATE|2026-02"_s;
        QTest::newRow("edge: the Spanish conditional of hearsay and a noun in -ría are no future")
            << u"es"_s << u"Según la prensa, el ministro habría viajado a Lima en octubre. La Secretaría publicó en febrero su informe."_s
            << u"octubre|DATE|2025-10;febrero|DATE|2025-02"_s;
        QTest::newRow("nominal: French conditional of reported speech and what is agreed look ahead")
            << u"fr"_s
            << u"Elle a dit que l'inflation baisserait en janvier. Les ministres sont convenus de tenir un sommet en février."_s
            << u"janvier|DATE|2026-01;février|DATE|2026-02"_s;
        QTest::newRow("edge: the French conditional of hearsay is no future")
            << u"fr"_s << u"Selon la presse, le ministre aurait rencontré son homologue en octobre."_s << u"octobre|DATE|2025-10"_s;
        QTest::newRow("nominal: German preterite with its separable prefix in a subordinate clause is past")
            << u"de"_s << u"Wie das Auswärtige Amt am Montag mitteilte, soll der Minister nach Rom reisen."_s
            << u"am Montag|DATE|2025-11-10"_s;
        QTest::newRow("edge: a German participle of saying is no past")
            << u"de"_s << u"Der Präsident wird die für Freitag angekündigte Rede halten."_s << u"Freitag|DATE|2025-11-14"_s;
        QTest::newRow("nominal: what a German forecast expects lies ahead")
            << u"de"_s << u"Die Bundesbank rechnet im Januar mit einem leichten Wachstum."_s << u"Januar|DATE|2026-01"_s;
        QTest::newRow("nominal: Russian quarters and halves of a year")
            << u"ru"_s
            << u"Выручка выросла в третьем квартале 2024 года и во 2-м полугодии прошлого года. Банк ожидает роста в январе."_s
            << u"третьем квартале 2024 года|DATE|2024-Q3;2-м полугодии прошлого года|DATE|2024-H2;январе|DATE|2026-01"_s;
        QTest::newRow("nominal: Russian quarters and halves numbered in Roman numerals; a king's numeral is none")
            << u"ru"_s << u"Во II квартале 2024 года прибыль выросла, а за I полугодие прошлого года упала. Карл II правил долго."_s
            << u"II квартале 2024 года|DATE|2024-Q2;I полугодие прошлого года|DATE|2024-H1"_s;
        QTest::newRow("nominal: Spanish centuries in Roman numerals and digits")
            << u"es"_s << u"El siglo XX fue violento; los retos del siglo XXI y del siglo 19 son otros."_s
            << u"El siglo XX|DATE|19;siglo XXI|DATE|20;siglo 19|DATE|18"_s;
        QTest::newRow("nominal: French centuries")
            << u"fr"_s << u"Le XXe siècle fut violent, au XXIe siècle tout change, comme au 19e siècle."_s
            << u"Le XXe siècle|DATE|19;XXIe siècle|DATE|20;19e siècle|DATE|18"_s;
        QTest::newRow("nominal: German centuries")
            << u"de"_s << u"Im 20. Jahrhundert gab es Kriege; die Aufgabe des 21. Jahrhunderts ist eine andere."_s
            << u"20. Jahrhundert|DATE|19;des 21. Jahrhunderts|DATE|20"_s;
        QTest::newRow("nominal: Russian centuries in Roman numerals and digits")
            << u"ru"_s << u"В XX веке были войны, вызовы XXI века другие, а в 21-м веке, в 21 веке и с начала 21 века всё иначе. Прошло 2 века."_s
            << u"XX веке|DATE|19;XXI века|DATE|20;21-м веке|DATE|20;21 веке|DATE|20;21 века|DATE|20;2 века|DURATION|P200Y"_s;
        QTest::newRow("nominal: Arabic quarters, halves of a year and centuries; a half of a month is none")
            << u"ar"_s
            << u"نما الاقتصاد في الربع الأول من عام ٢٠٢٤، وتراجع في النصف الثاني من العام ٢٠٢٣. اندلعت حربان في القرن العشرين. وزادت الأسعار في النصف الأول من الشهر."_s
            << u"الربع الأول من عام ٢٠٢٤|DATE|2024-Q1;النصف الثاني من العام ٢٠٢٣|DATE|2023-H2;القرن العشرين|DATE|19"_s;
        QTest::newRow("nominal: whoever a French sentence expects on a weekday comes that week")
            << u"fr"_s << u"Le ministre est attendu jeudi à Pékin. Les négociateurs sont attendus lundi à Bruxelles."_s
            << u"jeudi|DATE|2025-11-13;lundi|DATE|2025-11-17"_s;
        QTest::newRow("nominal: the tense of a weekday's own clause counts before the next clause's")
            << u"ru"_s << u"Как сообщили в МИД во вторник, стороны обсудят ситуацию в Сирии."_s << u"вторник|DATE|2025-11-11"_s;
        QTest::newRow("nominal: the tense of a Spanish weekday's own clause counts before the next clause's")
            << u"es"_s << u"Como informó la Cancillería peruana el martes, firmarán el acuerdo en Lima."_s
            << u"el martes|DATE|2025-11-11"_s;
        QTest::newRow("nominal: an Arabic verb of reporting in the perfect keeps a weekday back")
            << u"ar"_s << u"أعلنت الوزارة يوم الثلاثاء أن الوزير سيزور الرياض."_s << u"يوم الثلاثاء|DATE|2025-11-11"_s;
        QTest::newRow("nominal: what was published on a weekday was so in the past")
            << u"es"_s << u"En una entrevista publicada el lunes, el ministro dijo que viajará a Quito."_s
            << u"el lunes|DATE|2025-11-10"_s;
        QTest::newRow("edge: what will be published on a weekday is yet to be")
            << u"es"_s << u"El informe será publicado el lunes."_s << u"el lunes|DATE|2025-11-17"_s;
        QTest::newRow("edge: what will be broadcast in French on a weekday is yet to be")
            << u"fr"_s << u"Le discours sera diffusé lundi."_s << u"lundi|DATE|2025-11-17"_s;
        QTest::newRow("nominal: what was published in French on a weekday was so in the past")
            << u"fr"_s << u"Selon un communiqué publié lundi, les ministres se réuniront à Lima."_s << u"lundi|DATE|2025-11-10"_s;
        QTest::newRow("nominal: French month something is put off to")
            << u"fr"_s << u"La visite a été reportée à janvier."_s << u"janvier|DATE|2026-01"_s;
        QTest::newRow("nominal: German month something is put off to")
            << u"de"_s << u"Der Besuch wurde auf Januar verschoben."_s << u"Januar|DATE|2026-01"_s;
        QTest::newRow("nominal: each clause of a sentence has its own tense")
            << u"es"_s << u"El ministro viajó en enero; la cumbre será en marzo."_s
            << u"enero|DATE|2025-01;marzo|DATE|2026-03"_s;
        QTest::newRow("nominal: French years counted from the year the story named")
            << u"fr"_s << u"En 2014, la Russie a annexé la Crimée. L'année suivante, les combats ont repris. Les exportations ont baissé par rapport à l'année précédente."_s
            << u"2014|DATE|2014;L'année suivante|DATE|2015;l'année précédente|DATE|2014"_s;
        QTest::newRow("nominal: French year before with no year named")
            << u"fr"_s << u"Les exportations ont baissé par rapport à l'année précédente."_s << u"l'année précédente|DATE|2024"_s;
        QTest::newRow("nominal: Spanish years counted from the year the story named, the article outside")
            << u"es"_s << u"En 2014 Rusia se anexionó Crimea y al año siguiente estalló la guerra. Ese mismo año cerró la embajada. En 2019 hubo protestas; el año anterior había sido tranquilo."_s
            << u"2014|DATE|2014;año siguiente|DATE|2015;Ese mismo año|DATE|2015;2019|DATE|2019;el año anterior|DATE|2018"_s;
        QTest::newRow("nominal: Spanish year before with no year named, and last weekend")
            << u"es"_s << u"Las exportaciones crecieron respecto al año anterior. El pasado fin de semana hubo protestas."_s
            << u"año anterior|DATE|2024;El pasado fin de semana|DATE|2025-W45-WE"_s;
        QTest::newRow("nominal: German years counted from the year the story named, the next year from the article's")
            << u"de"_s << u"2014 annektierte Russland die Krim, im folgenden Jahr begannen Kämpfe. Im nächsten Jahr wird die Botschaft eröffnet."_s
            << u"2014|DATE|2014;im folgenden Jahr|DATE|2015;Im nächsten Jahr|DATE|2026"_s;
        QTest::newRow("nominal: Russian year named again")
            << u"ru"_s << u"В 2014 году Россия присоединила Крым. В том же году начались бои."_s
            << u"2014 году|DATE|2014;том же году|DATE|2014"_s;
        QTest::newRow("nominal: Arabic year after the year the story named")
            << u"ar"_s << u"في عام 2014 ضمت روسيا القرم، وفي العام التالي اندلعت المعارك."_s
            << u"2014|DATE|2014;العام التالي|DATE|2015"_s;
        QTest::newRow("nominal: German night that ends on a weekday, dated the day before")
            << u"de"_s << u"In der Nacht zu Sonntag gab es Angriffe. In der Nacht auf Freitag soll abgestimmt werden."_s
            << u"der Nacht zu Sonntag|TIME|2025-11-08TNI;der Nacht auf Freitag|TIME|2025-11-13TNI"_s;
        QTest::newRow("nominal: Russian night that ends on a weekday or a date")
            << u"ru"_s << u"В ночь на воскресенье Россия атаковала Киев. В ночь на 5 ноября прошли обстрелы."_s
            << u"ночь на воскресенье|TIME|2025-11-08TNI;ночь на 5 ноября|TIME|2025-11-04TNI"_s;
        QTest::newRow("nominal: Russian twenty-four hours")
            << u"ru"_s << u"За последние сутки сбиты 20 дронов, а бои шли двое суток. Двое детей погибли."_s
            << u"последние сутки|DURATION|P1D;двое суток|DURATION|P2D"_s;
        QTest::newRow("nominal: French days counted from the day the story named")
            << u"fr"_s << u"Le ministre est arrivé à Alger le 3 novembre. Le lendemain, il a vu son homologue; deux jours plus tard, il est reparti."_s
            << u"le 3 novembre|DATE|2025-11-03;Le lendemain|DATE|2025-11-04;deux jours plus tard|DATE|2025-11-06"_s;
        QTest::newRow("nominal: Spanish days counted from the day the story named, the article outside")
            << u"es"_s << u"El canciller llegó el 3 de noviembre. Al día siguiente firmó el acuerdo y tres días antes había hablado con la prensa."_s
            << u"el 3 de noviembre|DATE|2025-11-03;día siguiente|DATE|2025-11-04;tres días antes|DATE|2025-11-01"_s;
        QTest::newRow("nominal: German days counted from the day the story named")
            << u"de"_s << u"Der Minister traf am 3. November ein. Am nächsten Tag sprach er im Parlament, am Vortag hatte er Paris besucht."_s
            << u"am 3. November|DATE|2025-11-03;Am nächsten Tag|DATE|2025-11-04;am Vortag|DATE|2025-11-03"_s;
        QTest::newRow("nominal: Russian next day, the preposition outside")
            << u"ru"_s << u"Делегация прибыла 3 ноября, а на следующий день начались переговоры."_s
            << u"3 ноября|DATE|2025-11-03;следующий день|DATE|2025-11-04"_s;
        QTest::newRow("nominal: Russian day before a named day, not the eve of an event")
            << u"ru"_s << u"Переговоры прошли 3 ноября. Накануне вечером министр прибыл в Москву, накануне выборов."_s
            << u"3 ноября|DATE|2025-11-03;Накануне вечером|TIME|2025-11-02TEV"_s;
        QTest::newRow("nominal: Russian day before, as an adverb before a pronoun")
            << u"ru"_s << u"5 ноября посол заявил, что накануне он встречался с министром."_s
            << u"5 ноября|DATE|2025-11-05;накануне|DATE|2025-11-04"_s;
        QTest::newRow("nominal: Russian day before with no day named is left out")
            << u"ru"_s << u"Накануне в Кремле заявили о переговорах."_s << u""_s;
        QTest::newRow("nominal: Russian day before with its date in apposition is that date")
            << u"ru"_s << u"Сегодня стало известно, что накануне — 4 ноября — посол уехал."_s
            << u"Сегодня|DATE|2025-11-12;4 ноября|DATE|2025-11-04"_s;
        QTest::newRow("edge: a day counted from an event is not counted from the day named")
            << u"fr"_s << u"Le 3 novembre, le parti a tenu un congrès; la veille du scrutin, il a publié son programme."_s
            << u"Le 3 novembre|DATE|2025-11-03"_s;
        QTest::newRow("edge: Spanish days counted from an event, and later than planned")
            << u"es"_s << u"El 3 de noviembre llegó el avión, dos días después de lo previsto; el día anterior a la votación hubo protestas."_s
            << u"El 3 de noviembre|DATE|2025-11-03;dos días|DURATION|P2D"_s;
        QTest::newRow("edge: German day before an event, and the old dative")
            << u"de"_s << u"Am 3. November begann der Gipfel. Am Vortage seiner Reise sprach der Kanzler; am nächsten Tage reiste er ab."_s
            << u"Am 3. November|DATE|2025-11-03;am nächsten Tage|DATE|2025-11-04"_s;
        QTest::newRow("nominal: the part of a day counted from the day named")
            << u"fr"_s << u"Le sommet s'est ouvert le 3 novembre. Le lendemain matin, les ministres ont signé."_s
            << u"le 3 novembre|DATE|2025-11-03;Le lendemain matin|TIME|2025-11-04TMO"_s;
        QTest::newRow("edge: the part of a day counted from the day named keeps its day on the article's date")
            << u"fr"_s << u"Le président a parlé mardi 11 novembre au soir, puis le lendemain matin."_s
            << u"mardi 11 novembre|DATE|2025-11-11;le lendemain matin|TIME|2025-11-12TMO"_s;
        QTest::newRow("nominal: Spanish and German part of a day counted from the day named")
            << u"es"_s << u"La cumbre se abrió el 3 de noviembre. La noche anterior hubo una cena y a la mañana siguiente se firmó."_s
            << u"el 3 de noviembre|DATE|2025-11-03;La noche anterior|TIME|2025-11-02TNI;la mañana siguiente|TIME|2025-11-03TMO"_s;
        QTest::newRow("nominal: German next morning")
            << u"de"_s << u"Der Gipfel begann am 3. November. Am nächsten Morgen wurde unterzeichnet."_s
            << u"am 3. November|DATE|2025-11-03;Am nächsten Morgen|TIME|2025-11-04TMO"_s;
        QTest::newRow("boundary: a next day with no day named before it is left undated")
            << u"fr"_s << u"Le lendemain, le ministre est reparti."_s << u""_s;
        QTest::newRow("boundary: the day named two paragraphs earlier is too far back")
            << u"es"_s << u"El ministro llegó el 3 de noviembre.\n\nHubo protestas.\n\nAl día siguiente se fue."_s
            << u"el 3 de noviembre|DATE|2025-11-03"_s;
        QTest::newRow("nominal: German unsaid numbers of days and weeks, a count is counted")
            << u"de"_s << u"In den vergangenen Tagen kam es zu Protesten, seit Jahren wird verhandelt; in den letzten drei Tagen blieb es ruhig."_s
            << u"den vergangenen Tagen|DURATION|PXD;Jahren|DURATION|PXY;drei Tagen|DURATION|P3D"_s;
        QTest::newRow("nominal: Russian unsaid numbers of days and weeks")
            << u"ru"_s << u"В последние дни ситуация обострилась, а в ближайшие недели ожидаются переговоры."_s
            << u"последние дни|DURATION|PXD;ближайшие недели|DURATION|PXW"_s;
        QTest::newRow("nominal: Arabic duals of the coming or past units are two of them")
            << u"ar"_s << u"ستعقد القمة خلال الأسبوعين المقبلين. قتل عشرة أشخاص خلال اليومين الماضيين."_s
            << u"الأسبوعين المقبلين|DURATION|P2W;اليومين الماضيين|DURATION|P2D"_s;
        QTest::newRow("nominal: Arabic unsaid numbers of days and weeks")
            << u"ar"_s << u"وفي الأيام الأخيرة تصاعد التوتر، ومن المتوقع أن تبدأ المفاوضات خلال الأسابيع المقبلة."_s
            << u"الأيام الأخيرة|DURATION|PXD;الأسابيع المقبلة|DURATION|PXW"_s;
        QTest::newRow("edge: a count after a weekday that fits no near day is no day")
            << u"es"_s << u"El martes 30 soldados murieron en la frontera."_s << u"El martes|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Spanish first of the month written as an ordinal, since one is past")
            << u"es"_s << u"A partir del 1.º de enero y desde el 1° de mayo bajarán los aranceles."_s
            << u"1.º de enero|DATE|2026-01-01;el 1° de mayo|DATE|2025-05-01"_s;
        QTest::newRow("nominal: French round numbers said as nouns")
            << u"fr"_s << u"Depuis une dizaine d'années la frontière est fermée; il y a une quinzaine de jours, elle a rouvert."_s
            << u"une dizaine d'années|DURATION|P10Y;il y a une quinzaine de jours|DATE|2025-10-28"_s;
        QTest::newRow("nominal: Spanish round numbers said as nouns, since and ago")
            << u"es"_s << u"Desde hace una decena de años la frontera está cerrada; hace una quincena de días se reabrió."_s
            << u"hace una decena de años|DURATION|P10Y;hace una quincena de días|DATE|2025-10-28"_s;
        QTest::newRow("edge: French quarantine is no round number")
            << u"fr"_s << u"La quarantaine des voyageurs a été levée."_s << u""_s;
        QTest::newRow("nominal: Spanish fractions of a century")
            << u"es"_s << u"Firmó más acuerdos que en el último medio siglo, casi un cuarto de siglo de diplomacia."_s
            << u"medio siglo|DURATION|P50Y;un cuarto de siglo|DURATION|P25Y"_s;
        QTest::newRow("nominal: decades named as decades")
            << u"es"_s << u"Creció durante la década de los noventa, más que en la década de 1980."_s
            << u"la década de los noventa|DATE|199;la década de 1980|DATE|198"_s;
        QTest::newRow("nominal: French decades in years")
            << u"fr"_s << u"La décennie 1990 a duré, comme la crise, deux décennies et pendant des décennies."_s
            << u"La décennie 1990|DATE|199;deux décennies|DURATION|P20Y;des décennies|DURATION|PXY"_s;
        QTest::newRow("nominal: German date, next week, ago, last evening")
            << u"de-DE"_s
            << u"Die Einigung vom 18. November 2025 soll nächste Woche gelten; vor zwei Jahren scheiterten die Gespräche, gestern Abend nicht."_s
            << u"18. November 2025|DATE|2025-11-18;nächste Woche|DATE|2025-W47;vor zwei Jahren|DATE|2023;gestern Abend|TIME|2025-11-11TEV"_s;
        QTest::newRow("nominal: German morning is not tomorrow")
            << u"de"_s << u"Am Morgen traf sie den Minister, morgen reist sie ab."_s << u"morgen|DATE|2025-11-13"_s;
        QTest::newRow("nominal: Russian date in the genitive with the year word")
            << u"ru"_s << u"Соглашение подписали 14 марта 2025 года в Женеве."_s
            << u"14 марта 2025 года|DATE|2025-03-14"_s;
        QTest::newRow("nominal: Russian month in the prepositional, last year")
            << u"ru"_s << u"В марте министры встретились снова, а в прошлом году переговоры сорвались."_s
            << u"марте|DATE|2025-03;прошлом году|DATE|2024"_s;
        QTest::newRow("nominal: Russian month, season and day of a year named by its distance")
            << u"ru"_s << u"Договор подписали в июне прошлого года, летом этого года его продлили, а 25 декабря прошлого года приняли поправки; саммит пройдёт в мае следующего года."_s
            << u"июне прошлого года|DATE|2024-06;летом этого года|DATE|2025-SU;25 декабря прошлого года|DATE|2024-12-25;мае следующего года|DATE|2026-05"_s;
        QTest::newRow("boundary: French 'cette année-là' is that year, not this one")
            << u"fr"_s << u"Cette année-là, des élections ont eu lieu, comme cette année. Ce mois-là, il a plu."_s
            << u"cette année|DATE|2025"_s;
        QTest::newRow("nominal: French same day")
            << u"fr"_s << u"Le traité a été signé le 3 mars 2019. Le même jour, le ministre a démissionné."_s
            << u"le 3 mars 2019|DATE|2019-03-03;Le même jour|DATE|2019-03-03"_s;
        QTest::newRow("nominal: Spanish same day")
            << u"es"_s << u"El tratado se firmó el 3 de marzo de 2019. Ese mismo día, el ministro dimitió."_s
            << u"el 3 de marzo de 2019|DATE|2019-03-03;Ese mismo día|DATE|2019-03-03"_s;
        QTest::newRow("nominal: German same day")
            << u"de"_s << u"Der Vertrag wurde am 3. März 2019 unterzeichnet. Am selben Tag trat der Minister zurück."_s
            << u"am 3. März 2019|DATE|2019-03-03;Am selben Tag|DATE|2019-03-03"_s;
        QTest::newRow("nominal: Russian same day")
            << u"ru"_s << u"Договор подписали 3 марта 2019 года. В тот же день министр ушёл в отставку."_s
            << u"3 марта 2019 года|DATE|2019-03-03;тот же день|DATE|2019-03-03"_s;
        QTest::newRow("nominal: French day of a year named by its distance")
            << u"fr"_s << u"Le ministre est venu le 3 mars de l'année dernière."_s << u"le 3 mars de l'année dernière|DATE|2024-03-03"_s;
        QTest::newRow("nominal: Spanish day of a year named by its distance")
            << u"es"_s << u"El ministro llegó el 3 de marzo del año pasado."_s << u"el 3 de marzo del año pasado|DATE|2024-03-03"_s;
        QTest::newRow("nominal: German day of a year named by its distance")
            << u"de"_s << u"Der Minister kam am 3. März vergangenen Jahres."_s << u"am 3. März vergangenen Jahres|DATE|2024-03-03"_s;
        QTest::newRow("nominal: Russian count ahead after через")
            << u"ru"_s << u"Через две недели в Нью-Йорке пройдут консультации, а через год договор истечёт."_s
            << u"Через две недели|DATE|2025-W48;через год|DATE|2026"_s;
        QTest::newRow("boundary: Russian через in a story told in the past or before после is a count, not a date")
            << u"ru"_s << u"Через несколько месяцев ситуация изменилась. Поэт умер через две недели. Через 55 лет после его гибели о нём снова пишут."_s
            << u"несколько месяцев|DURATION|PXM;две недели|DURATION|P2W;55 лет|DURATION|P55Y"_s;
        QTest::newRow("nominal: Russian last week, Tuesday, yesterday")
            << u"ru-RU"_s << u"На прошлой неделе посол уехал, во вторник вернулся, а вчера выступил."_s
            << u"прошлой неделе|DATE|2025-W45;вторник|DATE|2025-11-11;вчера|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Russian ago after the unit, duration, year in the prepositional")
            << u"ru"_s << u"Два года назад в 2023 году переговоры длились три месяца."_s
            << u"Два года назад|DATE|2023;2023 году|DATE|2023;три месяца|DURATION|P3M"_s;
        QTest::newRow("nominal: Russian weekday ahead, its clock time, early month")
            << u"ru"_s << u"Саммит состоится в пятницу в 14:30, а выборы пройдут в начале декабря."_s
            << u"пятницу|DATE|2025-11-14;14:30|TIME|2025-11-14T14:30;начале декабря|DATE|2025-12"_s;
        QTest::newRow("robustness: Russian environment is not Wednesday")
            << u"ru"_s << u"Защита окружающей среды важна для всех."_s << QString();
        QTest::newRow("nominal: Arabic paired month names")
            << u"ar"_s << u"وقع الاتفاق في 14 مارس/آذار 2025 في جنيف."_s << u"14 مارس/آذار 2025|DATE|2025-03-14"_s;
        QTest::newRow("nominal: Arabic-Indic digits and a Levantine month")
            << u"ar"_s << u"اجتمع الوزراء في ١٤ كانون الثاني ٢٠٢٥ في بيروت."_s
            << u"١٤ كانون الثاني ٢٠٢٥|DATE|2025-01-14"_s;
        QTest::newRow("nominal: Arabic yesterday behind a proclitic, Tuesday")
            << u"ar"_s << u"وأمس التقى الوفدان، واجتمع الوزير بالرئيس يوم الثلاثاء."_s
            << u"أمس|DATE|2025-11-11;يوم الثلاثاء|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Arabic Hijri date gives way to the Gregorian one")
            << u"ar"_s << u"صدر القرار في 15 رمضان 1446 هـ الموافق 15 مارس 2025م."_s
            << u"15 مارس 2025م|DATE|2025-03-15"_s;
        QTest::newRow("nominal: Arabic two years ago, last year, next week, three days")
            << u"ar"_s << u"قبل عامين فشلت المحادثات، وفي العام الماضي استمرت ثلاثة أيام، وتستأنف الأسبوع المقبل."_s
            << u"قبل عامين|DATE|2023;العام الماضي|DATE|2024;ثلاثة أيام|DURATION|P3D;الأسبوع المقبل|DATE|2025-W47"_s;
        // "بعد" and a count, or a unit in the dual, looks ahead in a clause about the future (here
        // reported speech); in a story told in the past, or before "من" (after an event), it is a
        // time later.
        QTest::newRow("nominal: Arabic counts ahead after بعد where the clause looks ahead")
            << u"ar"_s << u"قال الوزير إن الاتفاق سيوقع بعد أسبوعين، وستعود اللجنة بعد ثلاثة أيام."_s
            << u"بعد أسبوعين|DATE|2025-W48;بعد ثلاثة أيام|DATE|2025-11-15"_s;
        QTest::newRow("boundary: Arabic بعد in a story told in the past or after an event")
            << u"ar"_s << u"وصل الوفد إلى القاهرة، وبعد يومين التقى الرئيس، ثم غادر بعد أسبوعين من المحادثات."_s
            << u"يومين|DURATION|P2D;أسبوعين|DURATION|P2W"_s;
        // German writes the start or end of the year or month as one word.
        // "the coming hours" in each language: some hours, how many unsaid, as English has them.
        QTest::newRow("nominal: the coming hours in French, not hours of overtime")
            << u"fr"_s << u"Dans les prochaines heures, après des heures supplémentaires, la décision tombera."_s
            << u"les prochaines heures|DURATION|PTXH"_s;
        QTest::newRow("nominal: the coming hours in Spanish")
            << u"es"_s << u"En las próximas horas se conocerá la decisión."_s << u"las próximas horas|DURATION|PTXH"_s;
        QTest::newRow("nominal: the coming hours in German")
            << u"de"_s << u"In den kommenden Stunden fällt die Entscheidung."_s << u"den kommenden Stunden|DURATION|PTXH"_s;
        QTest::newRow("nominal: the past hours in Arabic")
            << u"ar"_s << u"وخلال الساعات الماضية شنت الطائرات غارات، وقد تتوقف خلال الساعات المقبلة."_s
            << u"الساعات الماضية|DURATION|PTXH;الساعات المقبلة|DURATION|PTXH"_s;
        QTest::newRow("nominal: German year's and month's start and end in one word")
            << u"de"_s << u"Seit Jahresbeginn flohen Tausende; bis zum Monatsende und zur Jahresmitte 2026 soll es Hilfe geben."_s
            << u"Jahresbeginn|DATE|2025;Monatsende|DATE|2025-11;2026|DATE|2026"_s;
        QTest::newRow("nominal: Russian month postponed to, the end of the year")
            << u"ru"_s << u"Встречу перенесли на начало декабря, голосование отложили на январь, а к концу года ситуация изменилась."_s
            << u"начало декабря|DATE|2025-12;январь|DATE|2026-01;концу года|DATE|2025"_s;
        QTest::newRow("nominal: Arabic date with the year first")
            << u"ar"_s << u"نشر البيان بتاريخ 2025/3/14 في القاهرة."_s << u"2025/3/14|DATE|2025-03-14"_s;
        QTest::newRow("nominal: French last weekday, a day with its clock time, next month")
            << u"fr"_s << u"Mercredi dernier, hier à 18 h, puis en juin prochain."_s
            << u"Mercredi dernier|DATE|2025-11-05;hier à 18 h|TIME|2025-11-11T18:00;juin prochain|DATE|2026-06"_s;
        QTest::newRow("nominal: Spanish part of the day with no day named is the article's day's")
            << u"es"_s << u"El ministro llegó por la noche a Lima y por la tarde se reunió con el presidente."_s
            << u"la noche|TIME|2025-11-12TNI;la tarde|TIME|2025-11-12TAF"_s;
        QTest::newRow("robustness: Spanish part of a day named before or after it, or of a habit")
            << u"es"_s << u"Trabaja cada día por la mañana. Llegó el jueves por la tarde y se fue por la noche del viernes."_s
            << u"cada día|SET|P1D;el jueves por la tarde|TIME|2025-11-06TAF;la noche del viernes|TIME|2025-11-07TNI"_s;
        QTest::newRow("nominal: Spanish clock time in UTC")
            << u"es"_s << u"El despegue, a las 8:30 UTC, fue normal."_s << u"8:30 UTC|TIME|2025-11-12T08:30Z"_s;
        QTest::newRow("robustness: a clock time with a UTC offset is no UTC time")
            << u"es"_s << u"Llegó a las 18:40 GMT+8."_s << u"18:40|TIME|2025-11-12T18:40"_s;
        QTest::newRow("nominal: French night without a day named is the night before the issue")
            << u"fr"_s << u"Le courant a été rétabli au cours de la nuit."_s << u"la nuit|TIME|2025-11-11TNI"_s;
        QTest::newRow("robustness: French night of a named day is no part of the issue's eve")
            << u"fr"_s << u"Il est parti dans la nuit suivante."_s << u""_s;
        QTest::newRow("nominal: French clock time and noon on the day named before them")
            << u"fr"_s << u"Hier, la séance a repris vers 21 h 45 après une pause à midi."_s
            << u"Hier|DATE|2025-11-11;21 h 45|TIME|2025-11-11T21:45;midi|TIME|2025-11-11T12:00"_s;
        QTest::newRow("nominal: French clock time on the day its paragraph named in a sentence before")
            << u"fr"_s << u"Dimanche après-midi, des coups de feu ont visé un train. Les premiers tirs ont eu lieu vers 18 h 55."_s
            << u"Dimanche après-midi|TIME|2025-11-09TAF;18 h 55|TIME|2025-11-09T18:55"_s;
        QTest::newRow("nominal: French clock time before the day its sentence names")
            << u"fr"_s << u"Vers 2 h 15, mardi, un incendie s'est déclaré."_s
            << u"2 h 15|TIME|2025-11-11T02:15;mardi|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Spanish clock time on the day named in the sentence before")
            << u"es"_s << u"El domingo hubo disturbios en el centro. La policía llegó a las 23:40."_s
            << u"El domingo|DATE|2025-11-09;23:40|TIME|2025-11-09T23:40"_s;
        QTest::newRow("nominal: Spanish clock time before the day its sentence names")
            << u"es"_s << u"A las 9:30, el lunes, comenzó la votación."_s << u"9:30|TIME|2025-11-10T09:30;el lunes|DATE|2025-11-10"_s;
        // A day after "since" is what the day of the clock time is measured against, not that day.
        QTest::newRow("boundary: Spanish clock time before a day after since")
            << u"es"_s << u"La bolsa cerró a las 16:30 con una caída del 5,5%, la mayor desde el 11 de septiembre de 2001."_s
            << u"16:30|TIME|2025-11-12T16:30;el 11 de septiembre de 2001|DATE|2001-09-11"_s;
        QTest::newRow("boundary: German clock time before a day after since")
            << u"de"_s << u"Die Börse schloss um 17.30 Uhr mit dem größten Minus seit dem 11. September 2001."_s
            << u"17.30|TIME|2025-11-12T17:30;11. September 2001|DATE|2001-09-11"_s;
        // A semicolon ends the clause: a day named after it is another clause's.
        QTest::newRow("boundary: Spanish clock time before a semicolon and another clause's day")
            << u"es"_s << u"La bolsa abrió a las 9:30; el lunes pasado había subido un 2%."_s
            << u"9:30|TIME|2025-11-12T09:30;el lunes pasado|DATE|2025-11-10"_s;
        QTest::newRow("boundary: English clock time before a semicolon and another clause's day")
            << u"en"_s << u"Trading opened at 9:30 a.m.; on Monday the index had risen 2%."_s
            << u"9:30 a.m.|TIME|2025-11-12T09:30;Monday|DATE|2025-11-10"_s;
        QTest::newRow("boundary: a clock time in a new paragraph is on the article's day")
            << u"fr"_s << u"Hier, le conseil s'est réuni.\nLa séance reprendra à 15 h."_s
            << u"Hier|DATE|2025-11-11;15 h|TIME|2025-11-12T15:00"_s;
        QTest::newRow("boundary: a part of the day names its own day after a sentence about another")
            << u"fr"_s << u"Hier, le conseil s'est réuni. Ce matin, il a voté."_s << u"Hier|DATE|2025-11-11;Ce matin|TIME|2025-11-12TMO"_s;
        QTest::newRow("nominal: French ages are no durations, two years and a half are")
            << u"fr"_s << u"Une fillette de 6 ans et Alain Dupont, 53 ans, attendent depuis deux ans et demi."_s
            << u"deux ans et demi|DURATION|P2.5Y"_s;
        QTest::newRow("nominal: French ages after an unaccented capital, a person's trade and an inhabitant")
            << u"fr"_s << u"Agé de 54 ans, le maire a reçu un chauffeur de bus de 38 ans et une Lorraine de 6 ans pour un contrat de cinq ans."_s
            << u"cinq ans|DURATION|P5Y"_s;
        QTest::newRow("nominal: Arabic days of the month in ordinal words, not a chapter's")
            << u"ar"_s << u"ستعقد القمة في السابع عشر من ديسمبر. ومنذ السابع من أكتوبر 2023 تغير الكثير. الفصل الثالث من التقرير."_s
            << u"السابع عشر من ديسمبر|DATE|2025-12-17;السابع من أكتوبر 2023|DATE|2023-10-07"_s;
        QTest::newRow("nominal: Arabic twenty-first and thirtieth of a month")
            << u"ar"_s << u"وقعت الاتفاقية في الحادي والعشرين من مارس، وتنتهي في الثلاثين من يونيو 2026."_s
            << u"الحادي والعشرين من مارس|DATE|2025-03-21;الثلاثين من يونيو 2026|DATE|2026-06-30"_s;
        QTest::newRow("nominal: French ages at death and after l'âge de, a sentence is a duration")
            << u"fr"_s << u"L'ancien ministre est mort à 88 ans ; sa sœur, décédée à l'âge de 91 ans, avait purgé une peine de dix ans."_s
            << u"dix ans|DURATION|P10Y"_s;
        QTest::newRow("nominal: Spanish ages at death and in apposition with con, a term is a duration")
            << u"es"_s << u"El diplomático murió a los 84 años. El embajador, con 61 años, cumplió un mandato de cuatro años."_s
            << u"cuatro años|DURATION|P4Y"_s;
        QTest::newRow("nominal: German ages after Alter von and at death, a term is a duration")
            << u"de"_s << u"Der Botschafter starb im Alter von 79 Jahren; seine Frau starb mit 74 Jahren. Er diente sieben Jahre in Rom."_s
            << u"sieben Jahre|DURATION|P7Y"_s;
        QTest::newRow("nominal: Russian ages after в возрасте, a term is a duration")
            << u"ru"_s << u"Дипломат скончался в возрасте 83 лет. Детям в возрасте до 14 лет въезд разрешён. Он работал послом пять лет."_s
            << u"пять лет|DURATION|P5Y"_s;
        QTest::newRow("nominal: French two-digit year, and seven is not September")
            << u"fr"_s << u"Les sept mallettes ont été volées le 10 novembre 93."_s << u"le 10 novembre 93|DATE|1993-11-10"_s;
        QTest::newRow("nominal: Spanish weekday's part of the day, an age in apposition")
            << u"es"_s << u"Jobs, de 55 años, habló el lunes por la tarde."_s << u"el lunes por la tarde|TIME|2025-11-10TAF"_s;
        QTest::newRow("nominal: French day of a past month, this Sunday")
            << u"fr"_s << u"L'accord du 6 décembre dernier sera signé ce dimanche."_s
            << u"6 décembre dernier|DATE|2024-12-06;ce dimanche|DATE|2025-11-16"_s;
        QTest::newRow("nominal: French seasons, and been is not summer")
            << u"fr"_s << u"Le projet a été lancé cet été; l'hiver dernier, rien en été."_s
            << u"cet été|DATE|2025-SU;l'hiver dernier|DATE|2024-WI;été|DATE|XXXX-SU"_s;
        QTest::newRow("nominal: Spanish past weekday before the name, today's day, weekend, yearly")
            << u"es"_s << u"El pasado lunes, el día de hoy y este fin de semana se reúnen, como anualmente."_s
            << u"El pasado lunes|DATE|2025-11-10;el día de hoy|DATE|2025-11-12;este fin de semana|DATE|2025-W46-WE;anualmente|SET|P1Y"_s;
        QTest::newRow("nominal: Spanish past day of a month before the name, last summer")
            << u"es"_s << u"Desde el pasado 20 de diciembre y el verano pasado."_s
            << u"el pasado 20 de diciembre|DATE|2024-12-20;el verano pasado|DATE|2025-SU"_s;
        QTest::newRow("nominal: French simple future looks ahead unless a past verb stands nearer")
            << u"fr"_s << u"La commission achèvera son rapport vendredi. Le ministre a annoncé lundi qu'il viendra en décembre."_s
            << u"vendredi|DATE|2025-11-14;lundi|DATE|2025-11-10;décembre|DATE|2025-12"_s;
        QTest::newRow("nominal: Spanish simple future looks ahead unless a past verb stands nearer")
            << u"es"_s << u"El juicio se celebrará el viernes. Anunció el lunes que viajará en diciembre."_s
            << u"el viernes|DATE|2025-11-14;el lunes|DATE|2025-11-10;diciembre|DATE|2025-12"_s;
        QTest::newRow("nominal: a past attribution after a comma leaves the French future ahead")
            << u"fr"_s << u"Le sommet se tiendra à Dakar en mars, a indiqué la présidence."_s << u"mars|DATE|2026-03"_s;
        QTest::newRow("nominal: a past attribution after a comma leaves the Spanish future ahead")
            << u"es"_s << u"La cumbre se celebrará en Lima en marzo, afirmó el portavoz."_s << u"marzo|DATE|2026-03"_s;
        QTest::newRow("nominal: a French day after depuis is past, however near the next one")
            << u"fr"_s << u"Les vols sont suspendus depuis le 30 novembre."_s << u"le 30 novembre|DATE|2024-11-30"_s;
        QTest::newRow("nominal: a Spanish day after desde is past")
            << u"es"_s << u"Las fronteras siguen cerradas desde el 20 de diciembre."_s << u"el 20 de diciembre|DATE|2024-12-20"_s;
        QTest::newRow("nominal: a German day after seit dem is past")
            << u"de"_s << u"Die Grenze ist seit dem 1. Dezember geschlossen."_s << u"1. Dezember|DATE|2024-12-01"_s;
        QTest::newRow("edge: a French day without depuis stays the nearest one")
            << u"fr"_s << u"Les vols reprendront le 30 novembre."_s << u"le 30 novembre|DATE|2025-11-30"_s;
        QTest::newRow("robustness: Spanish present tense is no future")
            << u"es"_s << u"El ministro está en Lima desde el lunes."_s << u"el lunes|DATE|2025-11-10"_s;
        QTest::newRow("nominal: Spanish vague past and future references")
            << u"es"_s << u"Más recientemente bajó el precio, que en el futuro subirá."_s
            << u"Más recientemente|DATE|PAST_REF;en el futuro|DATE|FUTURE_REF"_s;
        QTest::newRow("nominal: French unsaid numbers of years and weeks, a decade is none of them")
            << u"fr"_s << u"Le conflit dure depuis des années et les combats ont repris ces dernières semaines, comme dans des années 90."_s
            << u"des années|DURATION|PXY;ces dernières semaines|DURATION|PXW;années 90|DATE|199"_s;
        QTest::newRow("nominal: French units still to come")
            << u"fr"_s << u"Les discussions reprendront dans les semaines à venir, et les mois à venir diront si la trêve tient."_s
            << u"les semaines à venir|DURATION|PXW;les mois à venir|DURATION|PXM"_s;
        QTest::newRow("nominal: French decades in digits and in words")
            << u"fr"_s << u"Dans les années 1990, la ville a perdu des habitants, comme dans les années soixante-dix."_s
            << u"les années 1990|DATE|199;les années soixante-dix|DATE|197"_s;
        QTest::newRow("nominal: Spanish decades, and years ago that are no decade")
            << u"es"_s << u"En los años noventa la empresa creció, y también en los años 2000; nació hace 90 años."_s
            << u"los años noventa|DATE|199;los años 2000|DATE|200;hace 90 años|DATE|1935"_s;
        QTest::newRow("nominal: German decades")
            << u"de"_s << u"In den 90er-Jahren wuchs die Stadt, in den Achtzigerjahren und den 1970ern schrumpfte sie; ein 20er reicht."_s
            << u"den 90er-Jahren|DATE|199;den Achtzigerjahren|DATE|198;den 1970ern|DATE|197"_s;
        QTest::newRow("nominal: Russian decades beside a year")
            << u"ru"_s << u"В 1990-е годы город рос, а в 80-х годах сокращался; в 1990 году завод был на 10-м месте."_s
            << u"1990-е годы|DATE|199;80-х годах|DATE|198;1990 году|DATE|1990"_s;
        QTest::newRow("nominal: Spanish last decade and the end of the year")
            << u"es"_s << u"Fue su peor resultado en la última década y mejorará a finales de año, como a principios del año pasado."_s
            << u"la última década|DATE|201;finales de año|DATE|2025;principios del año pasado|DATE|2024"_s;
        QTest::newRow("nominal: French decades counted from the article's")
            << u"fr"_s << u"La région a stagné pendant la dernière décennie, mais la prochaine décennie sera meilleure que la décennie écoulée."_s
            << u"la dernière décennie|DATE|201;la prochaine décennie|DATE|203;la décennie écoulée|DATE|201"_s;
        QTest::newRow("nominal: Spanish decades counted from the article's")
            << u"es"_s << u"Las exportaciones se duplicarán en la próxima década y crecieron en esta década."_s
            << u"la próxima década|DATE|203;esta década|DATE|202"_s;
        QTest::newRow("nominal: German decades counted from the article's")
            << u"de"_s << u"Im letzten Jahrzehnt wuchs die Stadt, im nächsten Jahrzehnt soll sie schrumpfen."_s
            << u"Im letzten Jahrzehnt|DATE|201;im nächsten Jahrzehnt|DATE|203"_s;
        QTest::newRow("nominal: Russian decades counted from the article's")
            << u"ru"_s << u"В прошлом десятилетии город рос, а в следующем десятилетии начнёт сокращаться."_s
            << u"прошлом десятилетии|DATE|201;следующем десятилетии|DATE|203"_s;
        QTest::newRow("nominal: German spans said as adjectives")
            << u"de"_s << u"Nach einem zweitägigen Besuch und mehrmonatigen Verhandlungen begann die 3-wöchige Reise."_s
            << u"zweitägigen|DURATION|P2D;mehrmonatigen|DURATION|PXM;3-wöchige|DURATION|P3W"_s;
        QTest::newRow("boundary: a German age is no span")
            << u"de"_s << u"Der 70-jährige Politiker trug seine dreimonatige Tochter."_s << u""_s;
        QTest::newRow("boundary: a Russian child's age in months is no span")
            << u"ru"_s << u"Он держал трёхмесячную дочь."_s << u""_s;
        QTest::newRow("nominal: Russian spans said as adjectives")
            << u"ru"_s << u"После двухдневного визита и трёхнедельных переговоров началась многомесячная осада."_s
            << u"двухдневного|DURATION|P2D;трёхнедельных|DURATION|P3W;многомесячная|DURATION|PXM"_s;
        QTest::newRow("boundary: a decade with no word of when is no date")
            << u"fr"_s << u"Une décennie de guerre a laissé le pays exsangue."_s << u"Une décennie|DURATION|P10Y"_s;
        QTest::newRow("nominal: French and Spanish weekdays of every week")
            << u"fr"_s << u"La bibliothèque ouvre tous les mercredis et chaque samedi."_s
            << u"tous les mercredis|SET|XXXX-WXX-3;chaque samedi|SET|XXXX-WXX-6"_s;
        QTest::newRow("nominal: Spanish weekday of every week")
            << u"es"_s << u"El mercado abre todos los lunes."_s << u"todos los lunes|SET|XXXX-WXX-1"_s;
        QTest::newRow("nominal: Spanish quarter of the article's year, half of a year named")
            << u"es"_s << u"GM perdió 2.500 millones en el tercer trimestre y espera beneficios en el primer semestre de 2027."_s
            << u"el tercer trimestre|DATE|2025-Q3;el primer semestre de 2027|DATE|2027-H1"_s;
        QTest::newRow("nominal: French quarter with its year, half without")
            << u"fr"_s << u"Le chiffre d'affaires du troisième trimestre 2024 a progressé, comme au premier semestre."_s
            << u"troisième trimestre 2024|DATE|2024-Q3;premier semestre|DATE|2025-H1"_s;
        QTest::newRow("nominal: German quarter with its year, half without")
            << u"de"_s << u"Im dritten Quartal 2024 stieg der Umsatz, im ersten Halbjahr fiel er."_s
            << u"Im dritten Quartal 2024|DATE|2024-Q3;im ersten Halbjahr|DATE|2025-H1"_s;
        QTest::newRow("nominal: quarters and halves of a year named by its distance")
            << u"es"_s << u"Las ventas superaron las del tercer trimestre del año pasado y las del primer semestre del año anterior."_s
            << u"tercer trimestre del año pasado|DATE|2024-Q3;primer semestre del año anterior|DATE|2024-H1"_s;
        QTest::newRow("nominal: French quarter of last year")
            << u"fr"_s << u"Le bénéfice dépasse celui du quatrième trimestre de l'année dernière."_s
            << u"quatrième trimestre de l'année dernière|DATE|2024-Q4"_s;
        QTest::newRow("nominal: German quarter of the year before, month of last year")
            << u"de"_s << u"Der Umsatz lag über dem des dritten Quartals des Vorjahres und dem im März des vergangenen Jahres."_s
            << u"des dritten Quartals des Vorjahres|DATE|2024-Q3;März des vergangenen Jahres|DATE|2024-03"_s;
        QTest::newRow("nominal: Spanish mañana as the morning is no tomorrow")
            << u"es"_s << u"La bolsa cayó a media mañana; la mañana del martes fue tranquila y el consejo se reunirá mañana."_s
            << u"la mañana del martes|TIME|2025-11-11TMO;mañana|DATE|2025-11-13"_s;
        QTest::newRow("nominal: Spanish tomorrow before the place, the morning on which")
            << u"es"_s << u"Los ministros se reunirán mañana en Bruselas, como la mañana en que firmaron el tratado."_s
            << u"mañana|DATE|2025-11-13"_s;
        QTest::newRow("nominal: Spanish halves of the year said with mitad")
            << u"es"_s << u"Esperan una recuperación en la segunda mitad del año, tras una primera mitad de 2024 difícil."_s
            << u"la segunda mitad del año|DATE|2025-H2;primera mitad de 2024|DATE|2024-H1"_s;
        QTest::newRow("nominal: French half of the year said with moitié")
            << u"fr"_s << u"La croissance a ralenti dans la seconde moitié de l'année."_s
            << u"la seconde moitié de l'année|DATE|2025-H2"_s;
        QTest::newRow("nominal: German halves of the year said with Jahreshälfte")
            << u"de"_s << u"In der zweiten Jahreshälfte 2024 sank der Absatz, in der ersten Jahreshälfte stieg er."_s
            << u"In der zweiten Jahreshälfte 2024|DATE|2024-H2;in der ersten Jahreshälfte|DATE|2025-H1"_s;
        QTest::newRow("nominal: French end and start of a month")
            << u"fr"_s << u"Les résultats seront connus d'ici la fin du mois, les travaux reprendront au début du mois prochain."_s
            << u"la fin du mois|DATE|2025-11;début du mois prochain|DATE|2025-12"_s;
        QTest::newRow("nominal: Spanish end and start of a month")
            << u"es"_s << u"El pago llegará a finales de mes; a principios del mes pasado bajó."_s
            << u"finales de mes|DATE|2025-11;principios del mes pasado|DATE|2025-10"_s;
        QTest::newRow("edge: the end of a month named is that month's")
            << u"es"_s << u"Las obras terminaron a finales del mes de marzo."_s << u"marzo|DATE|2025-03"_s;
        QTest::newRow("edge: Spanish half of last year is not this year's")
            << u"es"_s << u"Las ventas cayeron en la segunda mitad del año pasado."_s
            << u"la segunda mitad del año pasado|DATE|2024-H2"_s;
        QTest::newRow("nominal: Spanish clock time with a full stop before the word for hours")
            << u"es"_s << u"El Nasdaq abrió a las 9.30 horas con 1.500 millones en ventas y 9,30 euros por acción."_s
            << u"9.30|TIME|2025-11-12T09:30"_s;
        QTest::newRow("nominal: Spanish next and last year without their article")
            << u"es"_s << u"Los resultados llegarán a principios del próximo año; el pasado año fueron peores."_s
            << u"próximo año|DATE|2026;el pasado año|DATE|2024"_s;
        QTest::newRow("nominal: Spanish unsaid numbers of weeks and years, a count ahead")
            << u"es"_s << u"En las últimas semanas cayó, en los últimos años no ganó, y la junta será dentro de dos semanas."_s
            << u"las últimas semanas|DURATION|PXW;los últimos años|DURATION|PXY;dentro de dos semanas|DATE|2025-W48"_s;
        QTest::newRow("nominal: Spanish month of last year, the past month named")
            << u"es"_s << u"El máximo fue en octubre del año pasado y el mínimo desde el pasado mes de septiembre."_s
            << u"octubre del año pasado|DATE|2024-10;el pasado mes de septiembre|DATE|2025-09"_s;
        QTest::newRow("nominal: Spanish year before, its article contracted")
            << u"es"_s << u"Ganó más que en el mismo periodo del año anterior."_s << u"año anterior|DATE|2024"_s;
        QTest::newRow("nominal: French counted last months, start of the year, a count ahead")
            << u"fr"_s << u"Le titre a chuté au cours des trois derniers mois et depuis le début de l'année; réunion dans deux semaines."_s
            << u"des trois derniers mois|DURATION|P3M;le début de l'année|DATE|2025;dans deux semaines|DATE|2025-W48"_s;
        QTest::newRow("nominal: French end of last year, month of last year, recent years")
            << u"fr"_s << u"À la fin de l'année dernière, comme en mars de l'année dernière et au cours des dernières années."_s
            << u"la fin de l'année dernière|DATE|2024;mars de l'année dernière|DATE|2024-03;des dernières années|DURATION|PXY"_s;
        QTest::newRow("edge: French hours ahead stay a duration")
            << u"fr"_s << u"On se retrouve dans une heure."_s << u"une heure|DURATION|PT1H"_s;
        QTest::newRow("nominal: Spanish last quarter closed, last summer and next")
            << u"es"_s << u"Las ventas cayeron en el último trimestre y el pasado verano; el sistema saldrá el próximo verano."_s
            << u"el último trimestre|DATE|2025-Q3;el pasado verano|DATE|2025-SU;el próximo verano|DATE|2026-SU"_s;
        QTest::newRow("nominal: French this quarter and the last")
            << u"fr"_s << u"Le chiffre d'affaires a progressé ce trimestre, après un recul le trimestre dernier."_s
            << u"ce trimestre|DATE|2025-Q4;le trimestre dernier|DATE|2025-Q3"_s;
        QTest::newRow("nominal: German current quarter, last quarter, current year")
            << u"de"_s << u"Im laufenden Quartal steigt der Umsatz, im vergangenen Quartal und im laufenden Jahr fiel er."_s
            << u"Im laufenden Quartal|DATE|2025-Q4;im vergangenen Quartal|DATE|2025-Q3;im laufenden Jahr|DATE|2025"_s;
        QTest::newRow("nominal: Spanish season of a year named, a clock time's minutes are no duration")
            << u"es"_s << u"La crisis comenzó en el verano de 2007; la bolsa abrió a las 8:00 hora local."_s
            << u"el verano de 2007|DATE|2007-SU;8:00|TIME|2025-11-12T08:00"_s;
        QTest::newRow("edge: French season of a year named needs its determiner")
            << u"fr"_s << u"La meilleure année a été 2007, et l'été 2008 fut chaud."_s
            << u"2007|DATE|2007;l'été 2008|DATE|2008-SU"_s;
        QTest::newRow("nominal: French clock times in words and with the part of the day, a sentence stays a duration")
            << u"fr"_s << u"Vers dix heures et demie, puis à 8 heures du soir; condamné à 48 heures de prison, il part dans 2 heures."_s
            << u"dix heures et demie|TIME|2025-11-12T10:30;8 heures du soir|TIME|2025-11-12T20:00;48 heures|DURATION|PT48H;2 heures|DURATION|PT2H"_s;
        QTest::newRow("nominal: Spanish clock times after a las, with a fraction and the part of the day")
            << u"es"_s << u"Empezó a las diez de la mañana, siguió a las cinco y cuarto de la tarde y duró 3 horas; cerró a las 10 horas."_s
            << u"diez de la mañana|TIME|2025-11-12T10:00;cinco y cuarto de la tarde|TIME|2025-11-12T17:15;3 horas|DURATION|PT3H;10 horas|TIME|2025-11-12T10:00"_s;
        // "se tient" is a present of a timetable: the June ahead
        QTest::newRow("nominal: French ranges of days and clock times, the first end takes the second's month")
            << u"fr"_s << u"Le salon se tient du 4 au 8 juin, les soldes du 28 au 3 février.\nOuvert de 9 heures à 19 heures, grève de 24 heures."_s
            << u"4|DATE|2026-06-04;8 juin|DATE|2026-06-08;28|DATE|2026-01-28;3 février|DATE|2026-02-03;9 heures|TIME|2025-11-12T09:00;19 heures|TIME|2025-11-12T19:00;24 heures|DURATION|PT24H"_s;
        QTest::newRow("nominal: Spanish range of days with its year, the year's end")
            << u"es"_s << u"Votarán los días 4 y 5 de junio de 2026; caerá antes de fin de año."_s
            << u"4|DATE|2026-06-04;5 de junio de 2026|DATE|2026-06-05;fin de año|DATE|2025"_s;
        QTest::newRow("nominal: German and Russian ranges of days")
            << u"de"_s << u"Die Messe läuft vom 4. bis 8. Juni 2026."_s
            << u"4|DATE|2026-06-04;8. Juni 2026|DATE|2026-06-08"_s;
        // "sont venus" tells the past: the March before the article
        QTest::newRow("edge: a count and a date are no range, nor two equal days")
            << u"fr"_s << u"Le 4 mars, 3 et 4 enfants sont venus; le 5 au 5 mai rien."_s
            << u"Le 4 mars|DATE|2025-03-04;5 mai|DATE|2026-05-05"_s;
        // The rules of these languages run only around pieces read from their patterns
        // (timexanchors.h): expressions whose pieces stand in capitals, glued to a proclitic,
        // inflected, after an elision or a hyphen, or far apart, are found all the same.
        QTest::newRow("edge: French anchors in capitals, after an elision and a hyphen")
            << u"fr"_s << u"AUJOURD’HUI le ministre parle de l'an prochain et de la mi-mars."_s
            << u"AUJOURD’HUI|DATE|2025-11-12;l'an prochain|DATE|2026;mi-mars|DATE|2026-03"_s;
        QTest::newRow("edge: French date split by a long run of white space")
            << u"fr"_s << u"Signé le 31"_s + QString(300, u' ') + u"mars 2025 à Alger."_s
            << u"le 31"_s + QString(300, u' ') + u"mars 2025|DATE|2025-03-31"_s;
        QTest::newRow("edge: French date far into a long text")
            << u"fr"_s << u"Les délégations ont discuté du texte sans résultat. "_s.repeated(100) + u"Signé le 4 octobre. "_s
                + u"Les délégations ont discuté du texte sans résultat. "_s.repeated(100)
            << u"le 4 octobre|DATE|2025-10-04"_s;
        QTest::newRow("edge: Spanish anchors in capitals with accents")
            << u"es"_s << u"El PRÓXIMO LUNES volverán, como HACE TRES SEMANAS."_s
            << u"El PRÓXIMO LUNES|DATE|2025-11-17;HACE TRES SEMANAS|DATE|2025-W43"_s;
        QTest::newRow("edge: German month in capitals after Anfang, years after vor")
            << u"de"_s << u"Anfang MÄRZ kam er zurück, vor drei Jahren war es anders."_s
            << u"Anfang MÄRZ|DATE|2025-03;vor drei Jahren|DATE|2022"_s;
        QTest::newRow("edge: Russian inflected month in capitals")
            << u"ru"_s << u"В ДЕКАБРЕ переговоры прервались, а 1 января 2024 года возобновились."_s
            << u"ДЕКАБРЕ|DATE|2024-12;1 января 2024 года|DATE|2024-01-01"_s;
        QTest::newRow("edge: Arabic month behind a proclitic, Arabic-Indic year")
            << u"ar"_s << u"جرت المحادثات بين سبتمبر وأكتوبر ٢٠٢٤ في الدوحة."_s
            << u"سبتمبر|DATE|2025-09;أكتوبر ٢٠٢٤|DATE|2024-10"_s;
        QTest::newRow("edge: Arabic tomorrow and the day before yesterday behind proclitics")
            << u"ar"_s << u"وغدا يصل الوفد، فيما غادر أول أمس."_s
            << u"غدا|DATE|2025-11-13;أول أمس|DATE|2025-11-10"_s;
        QTest::newRow("nominal: German weekday and its part of the day, one word or two")
            << u"de"_s << u"Am Mittwochabend telefonierte der Kanzler, am Dienstag früh hatte er Paris besucht."_s
            << u"Am Mittwochabend|TIME|2025-11-12TEV;am Dienstag früh|TIME|2025-11-11TMO"_s;
        QTest::newRow("nominal: German season with its article, a surname without")
            << u"de"_s << u"Im Herbst wird gewählt; Ron Sommer bleibt, im vergangenen Sommer war es anders."_s
            << u"Herbst|DATE|2025-FA;vergangenen Sommer|DATE|2025-SU"_s;
        QTest::newRow("nominal: German weekend, once a year, early this year")
            << u"de"_s << u"Am Wochenende trafen sich die Minister, die sich jährlich sehen; Anfang des Jahres war es anders."_s
            << u"Am Wochenende|DATE|2025-W45-WE;jährlich|SET|P1Y;Anfang des Jahres|DATE|2025"_s;
        QTest::newRow("nominal: German weekday of last week, tomorrow opening a sentence")
            << u"de"_s << u"Am Freitag vergangener Woche wurde der Botschafter abberufen. Morgen beraten die Minister."_s
            << u"Am Freitag vergangener Woche|DATE|2025-11-07;Morgen|DATE|2025-11-13"_s;
        QTest::newRow("nominal: Russian weekday evening, last Friday")
            << u"ru"_s << u"В среду вечером министр прибыл в Анкару, а в прошлую пятницу был в Берлине."_s
            << u"среду вечером|TIME|2025-11-12TEV;прошлую пятницу|DATE|2025-11-07"_s;
        QTest::newRow("nominal: Russian this autumn, every year, the end of last year, a summer's year")
            << u"ru"_s << u"Этой осенью выборы не пройдут; министры встречаются ежегодно, как в конце прошлого года и летом 2012 года."_s
            << u"Этой осенью|DATE|2025-FA;ежегодно|SET|P1Y;конце прошлого года|DATE|2024;летом 2012 года|DATE|2012-SU"_s;
        QTest::newRow("nominal: Russian weekday of last week, the weekend after its preposition only")
            << u"ru"_s << u"В пятницу на прошлой неделе посла вызвали, а на выходных прошли протесты; выходные данные не важны."_s
            << u"пятницу на прошлой неделе|DATE|2025-11-07;на выходных|DATE|2025-W45-WE"_s;
        QTest::newRow("nominal: Arabic part of the day before its weekday, weekdays next and last")
            << u"ar"_s << u"أجرى الرئيس مساء الأربعاء اتصالا، وسيزور الوزير عمان الخميس المقبل بعد لقاء الثلاثاء الماضي."_s
            << u"مساء الأربعاء|TIME|2025-11-12TEV;الخميس المقبل|DATE|2025-11-13;الثلاثاء الماضي|DATE|2025-11-11"_s;
        QTest::newRow("nominal: Arabic a year ago but not before the year 2000, yearly, early last year")
            << u"ar"_s << u"قبل عام تغير الوضع، وقبل عام 2000 كان مختلفا، والمساعدات تصل سنوياً منذ مطلع العام الماضي."_s
            << u"قبل عام|DATE|2024;2000|DATE|2000;سنوياً|SET|P1Y;مطلع العام الماضي|DATE|2024"_s;
        QTest::newRow("nominal: Arabic last summer and the weekend; the Arab Spring is no season")
            << u"ar"_s << u"في الصيف الماضي، بعد الربيع العربي، عقد اجتماع نهاية الأسبوع."_s
            << u"الصيف الماضي|DATE|2025-SU;نهاية الأسبوع|DATE|2025-W45-WE"_s;
        QTest::newRow("nominal: French part of the day before its weekday, weekday of last week")
            << u"fr"_s << u"Dans la nuit de samedi à dimanche, des heurts ont éclaté; le vendredi de la semaine dernière, l'ambassadeur a été convoqué."_s
            << u"la nuit de samedi|TIME|2025-11-08TNI;dimanche|DATE|2025-11-09;le vendredi de la semaine dernière|DATE|2025-11-07"_s;
        QTest::newRow("nominal: French season after an elided article")
            << u"fr"_s << u"Les élections auront lieu à l'automne, et l'été a été chaud."_s
            << u"l'automne|DATE|XXXX-FA;l'été|DATE|XXXX-SU"_s;
        QTest::newRow("nominal: Spanish part of the day before its weekday, weekday of last week")
            << u"es"_s << u"La noche del martes hubo enfrentamientos; el viernes de la semana pasada el embajador fue llamado."_s
            << u"La noche del martes|TIME|2025-11-11TNI;el viernes de la semana pasada|DATE|2025-11-07"_s;
        QTest::newRow("nominal: German month after the article's without a cue of the future")
            << u"de"_s << u"Die Frist läuft Ende Dezember ab, im Oktober war sie verlängert worden."_s
            << u"Ende Dezember|DATE|2025-12;Oktober|DATE|2025-10"_s;
        QTest::newRow("nominal: Russian today's evening and night, whose сегодня holds дн")
            << u"ru"_s << u"Сегодня вечером министр прибыл, сегодня ночью был обстрел, завтра днём встреча."_s
            << u"Сегодня вечером|TIME|2025-11-12TEV;сегодня ночью|TIME|2025-11-12TNI;завтра днём|TIME|2025-11-13TAF"_s;
        QTest::newRow("nominal: German part of a month or a week, this one or the next")
            << u"de"_s << u"Ende des Monats entscheidet der Rat, Anfang nächster Woche reist sie ab, Mitte der Woche war sie in Rom, Ende vorigen Jahres in Wien."_s
            << u"Ende des Monats|DATE|2025-11;Anfang nächster Woche|DATE|2025-W47;Mitte der Woche|DATE|2025-W46;Ende vorigen Jahres|DATE|2024"_s;
        QTest::newRow("nominal: Russian end of the month, start of next week")
            << u"ru"_s << u"В конце месяца совет примет решение, а в начале следующей недели министр улетит."_s
            << u"конце месяца|DATE|2025-11;начале следующей недели|DATE|2025-W47"_s;
        QTest::newRow("nominal: Arabic end of the month; the end of the week stays the weekend")
            << u"ar"_s << u"يصدر القرار في منتصف الشهر المقبل، وعقد اجتماع نهاية الأسبوع."_s
            << u"منتصف الشهر المقبل|DATE|2025-12;نهاية الأسبوع|DATE|2025-W46-WE"_s;
        QTest::newRow("nominal: French start of the week, end of next week")
            << u"fr"_s << u"En début de semaine, les ministres se sont parlé; ils se reverront à la fin de la semaine prochaine."_s
            << u"début de semaine|DATE|2025-W46;la fin de la semaine prochaine|DATE|2025-W47"_s;
        QTest::newRow("nominal: Spanish end of the month, start of the week; its end is the weekend")
            << u"es"_s << u"El texto se votará antes de fin de mes; a principios de semana hablaron y este fin de semana descansaron."_s
            << u"fin de mes|DATE|2025-11;principios de semana|DATE|2025-W46;este fin de semana|DATE|2025-W46-WE"_s;
        // The weekend with no word for which one is, in a Wednesday's article, the one before it
        // when its clause tells the past, as the English "over the weekend"; "this weekend" ("este
        // fin de semana" above) is the article's week's.
        QTest::newRow("nominal: Spanish weekend without a word for which, told in the past, is the last one")
            << u"es"_s << u"Los ministros se reunieron el fin de semana; volverán a verse el fin de semana que viene."_s
            << u"el fin de semana|DATE|2025-W45-WE;el fin de semana que viene|DATE|2025-W47-WE"_s;
        QTest::newRow("nominal: French weekend without a word for which, and the last one")
            << u"fr"_s << u"Le week-end, les manifestants ont défilé. Le week-end dernier aussi."_s
            << u"Le week-end|DATE|2025-W45-WE;Le week-end dernier|DATE|2025-W45-WE"_s;
        QTest::newRow("nominal: German count ahead after \"in\" where the clause looks ahead, else a duration")
            << u"de"_s << u"Die Entscheidung soll in zwei Wochen fallen. In drei Tagen wurden 100 Menschen getötet."_s
            << u"in zwei Wochen|DATE|2025-W48;drei Tagen|DURATION|P3D"_s;
        QTest::newRow("nominal: German weekend ahead")
            << u"de"_s << u"Am Wochenende wird in Berlin gewählt."_s << u"Am Wochenende|DATE|2025-W46-WE"_s;
        QTest::newRow("nominal: French weekend of a feast is not the article's")
            << u"fr"_s << u"Le week-end de la Toussaint sera calme."_s << u""_s;
        QTest::newRow("nominal: German bare season, this year's unless the clause puts it past or ahead")
            << u"de"_s << u"Im Sommer wird der Haushalt beschlossen. Im Winter hatte es Streit gegeben. Jeden Herbst steigen die Preise."_s
            << u"Sommer|DATE|2026-SU;Winter|DATE|2024-WI;Herbst|DATE|XXXX-FA"_s;
        QTest::newRow("nominal: Russian bare season ahead and past")
            << u"ru"_s << u"Летом состоится саммит, а осенью прошли выборы."_s
            << u"Летом|DATE|2026-SU;осенью|DATE|2025-FA"_s;
        QTest::newRow("nominal: Arabic bare season ahead, and with no cue")
            << u"ar"_s << u"سيعقد المؤتمر في الربيع. وفي الصيف زار الوزير دمشق."_s
            << u"الربيع|DATE|2026-SP;الصيف|DATE|2025-SU"_s;
        QTest::newRow("nominal: German month and season of a year named by its distance")
            << u"de"_s << u"Im Herbst letzten Jahres reiste sie nach Prag, im März dieses Jahres nach Rom; im Frühjahr kommenden Jahres wird gewählt."_s
            << u"Herbst letzten Jahres|DATE|2024-FA;März dieses Jahres|DATE|2025-03;Frühjahr kommenden Jahres|DATE|2026-SP"_s;
        QTest::newRow("nominal: Spanish season of last year")
            << u"es"_s << u"El acuerdo se firmó en el verano del año pasado."_s
            << u"el verano del año pasado|DATE|2024-SU"_s;
        // A day without its year more than three months off on the side its clause's cues deny is
        // on the other side (resolveDayYear()); a fronted day's clause is the main one after it.
        QTest::newRow("nominal: Spanish day months ahead in a past clause is this year's")
            << u"es"_s << u"El 5 de marzo los ministros se reunieron en Lima."_s << u"El 5 de marzo|DATE|2025-03-05"_s;
        QTest::newRow("nominal: Spanish day months back in a clause that looks ahead is next year's")
            << u"es"_s << u"La cumbre se celebrará el 20 de julio en Quito."_s << u"el 20 de julio|DATE|2026-07-20"_s;
        QTest::newRow("nominal: French fronted day months ahead dates the past main clause")
            << u"fr"_s << u"Le 2 avril, les deux ministres s'étaient rencontrés à Alger."_s << u"Le 2 avril|DATE|2025-04-02"_s;
        QTest::newRow("nominal: French fronted day reads the verb past an apposition in commas")
            << u"fr"_s << u"Le 15 mars, le ministre malien des Affaires étrangères, Abdoulaye Diop, avait convoqué l'ambassadeur."_s
            << u"Le 15 mars|DATE|2025-03-15"_s;
        QTest::newRow("nominal: German day months ahead in a past clause is this year's")
            << u"de"_s << u"Am 3. März wurde in Rostock das Abkommen unterzeichnet."_s << u"Am 3. März|DATE|2025-03-03"_s;
        QTest::newRow("nominal: Russian day months ahead in a past clause is this year's")
            << u"ru"_s << u"5 марта министры подписали соглашение в Мурманске."_s << u"5 марта|DATE|2025-03-05"_s;
        QTest::newRow("nominal: Russian past tense in -ёл")
            << u"ru"_s << u"Министр 5 марта провёл переговоры в Анкаре."_s << u"5 марта|DATE|2025-03-05"_s;
        QTest::newRow("nominal: a Russian perfective verb in the non-past looks ahead")
            << u"ru"_s << u"Президент Казахстана посетит Пекин в марте."_s << u"марте|DATE|2026-03"_s;
        QTest::newRow("boundary: the same verb in the past looks back")
            << u"ru"_s << u"Президент Казахстана посетил Пекин в марте."_s << u"марте|DATE|2025-03"_s;
        QTest::newRow("boundary: Russian day after do looks ahead, whatever the verb")
            << u"ru"_s << u"Суд продлил арест активиста до 1 марта."_s << u"1 марта|DATE|2026-03-01"_s;
        QTest::newRow("boundary: Spanish day after hasta looks ahead, whatever the verb")
            << u"es"_s << u"El tribunal prorrogó la detención hasta el 1 de marzo."_s << u"el 1 de marzo|DATE|2026-03-01"_s;
        QTest::newRow("boundary: the word that joins a range is no cue for its first day")
            << u"de"_s << u"Vom 1. Juli bis 31. August sanken die Exporte."_s
            << u"1. Juli|DATE|2025-07-01;31. August|DATE|2025-08-31"_s;
        QTest::newRow("nominal: French weekday after depuis is past, whatever the sentence says next")
            << u"fr"_s << u"Une mission du FMI séjourne à Dakar depuis lundi et doit rendre ses conclusions la semaine prochaine."_s
            << u"lundi|DATE|2025-11-10;la semaine prochaine|DATE|2025-W47"_s;
        QTest::newRow("nominal: Spanish weekday after desde is past")
            << u"es"_s << u"La delegación permanece en Quito desde el lunes y presentará su informe la próxima semana."_s
            << u"el lunes|DATE|2025-11-10;la próxima semana|DATE|2025-W47"_s;
        QTest::newRow("nominal: German weekday after seit is past")
            << u"de"_s << u"Die Delegation ist seit Montag in Rostock und wird nächste Woche berichten."_s
            << u"Montag|DATE|2025-11-10;nächste Woche|DATE|2025-W47"_s;
        QTest::newRow("nominal: Arabic day and month joined by min, the first written as a word")
            << u"ar"_s << u"علقت التأشيرات منذ الأول من سبتمبر، ووقع الاتفاق في 15 من أكتوبر."_s
            << u"الأول من سبتمبر|DATE|2025-09-01;15 من أكتوبر|DATE|2025-10-15"_s;
        QTest::newRow("nominal: Arabic day and month after mundhu is past")
            << u"ar"_s << u"يقيم الوفد في عمان منذ 5 مارس."_s << u"5 مارس|DATE|2025-03-05"_s;
        // The rules of these languages read a whole sentence's cues: a past verb elsewhere, or "bis"
        // closing a range, says nothing of the day's year.
        QTest::newRow("boundary: a French day months ahead in a past sentence is still the nearest")
            << u"fr"_s << u"Le ministre a rappelé que les dossiers doivent parvenir avant le 31 mars."_s
            << u"le 31 mars|DATE|2026-03-31"_s;
        QTest::newRow("boundary: a Spanish day without its year is the nearest one, whatever the verb")
            << u"es"_s << u"El ministro anunció que la cumbre del 20 de enero se aplaza."_s << u"20 de enero|DATE|2026-01-20"_s;
        QTest::newRow("robustness: other languages keep the English rules")
            << u"it"_s << u"The talks resumed on March 5, 2025."_s << u"March 5, 2025|DATE|2025-03-05"_s;
    }

    void tagInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QDate wednesday(2025, 11, 12);
        QCOMPARE(describe(text, TimexTagger().tag(text, wednesday, false, language)), expected);
    }

    // A quarter or half that has not begun by the article's date is last year's, unless the
    // sentence looks ahead: results "for the fourth quarter" are reported in the new year.
    void yearPartNotBegun_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: Spanish fourth quarter reported in February")
            << u"es"_s << u"Las ventas cayeron un 12% en el cuarto trimestre."_s << u"el cuarto trimestre|DATE|2025-Q4"_s;
        QTest::newRow("nominal: Spanish fourth quarter looked ahead to")
            << u"es"_s << u"Las ventas mejorarán en el cuarto trimestre."_s << u"el cuarto trimestre|DATE|2026-Q4"_s;
        QTest::newRow("nominal: Spanish second half a company expects")
            << u"es"_s << u"En el segundo semestre la empresa espera recuperar beneficios."_s
            << u"el segundo semestre|DATE|2026-H2"_s;
        QTest::newRow("nominal: French second half reported in February")
            << u"fr"_s << u"Les ventes ont reculé au second semestre."_s << u"second semestre|DATE|2025-H2"_s;
        QTest::newRow("edge: the quarter under way is this year's")
            << u"de"_s << u"Im ersten Quartal sank der Absatz."_s << u"Im ersten Quartal|DATE|2026-Q1"_s;
    }

    void yearPartNotBegun()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(text, TimexTagger().tag(text, QDate(2026, 2, 10), false, language)), expected);
    }

    void uncertainDocumentDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isUncertain");
        QTest::newRow("nominal: relative expression is uncertain") << u"They met yesterday."_s << true;
        QTest::newRow("nominal: absolute expression stays certain") << u"They met on March 5, 2025."_s << false;
        QTest::newRow("nominal: duration stays certain") << u"They met for three days."_s << false;
    }

    void uncertainDocumentDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, isUncertain);
        const auto found = TimexTagger().tag(text, QDate(2025, 3, 5), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().isUncertain, isUncertain);
    }

    // The tagger runs an English rule only around its anchors, as far as the rule's reach before
    // and after them: every match a rule makes anywhere in the text must hold one of them within
    // that reach, or the rule would miss dates. Checked on every sentence of
    // the table above, each rule run on the whole text.
    void everyMatchHoldsAnAnchorOfItsRule_data() { tag_data(); }

    void everyMatchHoldsAnAnchorOfItsRule()
    {
        QFETCH(QString, text);
        const auto &rules = TimexRules::rules();
        for (int index = 0; index < int(rules.size()); ++index) {
            const auto &anchors = rules[index].anchors;
            if (anchors.isEverywhere())
                continue;
            for (auto it = rules[index].pattern.globalMatch(text); it.hasNext();) {
                const auto matched = it.next().captured(0);
                // An anchor counts where the match reaches no further from it than the rule's
                // stretches do on either side.
                auto nonSpace = [](QStringView piece) {
                    return std::count_if(piece.cbegin(), piece.cend(), [](QChar c) { return !c.isSpace(); });
                };
                auto isWithinReach = [&](qsizetype start, qsizetype end) {
                    return nonSpace(QStringView(matched).left(start)) < anchors.reachBefore
                        && nonSpace(QStringView(matched).mid(end)) < anchors.reachAfter;
                };
                // A run of digits, followed (after white space) by a character the rule names if it
                // names any.
                static const QRegularExpression digitRun(u"\\d+\\s*(.?)"_s);
                bool holdsAnchor = false;
                for (auto found = digitRun.globalMatch(matched); anchors.digits && !holdsAnchor && found.hasNext();) {
                    const auto follower = found.next().captured(1).toLower();
                    holdsAnchor = anchors.digitsFollowedBy.isEmpty() || (!follower.isEmpty() && anchors.digitsFollowedBy.contains(follower));
                }
                static const QRegularExpression year(u"(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)"_s);
                for (auto found = year.globalMatch(matched); anchors.years && !holdsAnchor && found.hasNext();) {
                    const auto match = found.next();
                    holdsAnchor = isWithinReach(match.capturedStart(0), match.capturedEnd(0));
                }
                static const QRegularExpression letters(u"\\p{L}+"_s);
                for (auto found = letters.globalMatch(matched); !holdsAnchor && found.hasNext();) {
                    const auto word = found.next();
                    holdsAnchor = anchors.words.contains(word.captured(0).toLower())
                        && (!anchors.isCapitalised || word.captured(0).front().isUpper())
                        && isWithinReach(word.capturedStart(0), word.capturedEnd(0));
                }
                QVERIFY2(holdsAnchor, qPrintable(u"rule %1 matched \"%2\" without an anchor"_s.arg(index).arg(matched)));
            }
        }
    }

    // The other languages' rules run only around the anchors read from their patterns
    // (timexanchors.h): every rule has some, and every match a rule makes anywhere in the text
    // holds one of them (a piece, case-folded, with the word ends it claims, or a digit) no
    // further from the match's ends than the rule reads before and after its anchors, or the
    // tagger would miss it. Checked on every sentence of tagInLanguage's table, each rule run on
    // the whole text.
    // "este domingo", "ce lundi": which day "this" weekday is, from articles of every day of a week
    void resolveThisWeekday_data()
    {
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<Tense>("tense");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("the day itself") << QDate(2025, 11, 12) << 3 << Tense::Past << QDate(2025, 11, 12);
        QTest::newRow("later in the week") << QDate(2025, 11, 12) << 6 << Tense::Unmarked << QDate(2025, 11, 15);
        QTest::newRow("earlier in the week") << QDate(2025, 11, 12) << 1 << Tense::Unmarked << QDate(2025, 11, 10);
        QTest::newRow("Sunday in a Monday's article is the day before")
            << QDate(2025, 11, 10) << 7 << Tense::Unmarked << QDate(2025, 11, 9);
        QTest::newRow("Monday in a Sunday's article is the day after")
            << QDate(2025, 11, 16) << 1 << Tense::Unmarked << QDate(2025, 11, 17);
        QTest::newRow("the past puts it back") << QDate(2025, 11, 15) << 1 << Tense::Past << QDate(2025, 11, 10);
        QTest::newRow("the future puts it ahead") << QDate(2025, 11, 12) << 1 << Tense::Future << QDate(2025, 11, 17);
        QTest::newRow("no article date") << QDate() << 1 << Tense::Unmarked << QDate();
    }

    void resolveThisWeekday()
    {
        QFETCH(QDate, reference);
        QFETCH(int, weekday);
        QFETCH(Tense, tense);
        QFETCH(QDate, expected);
        QCOMPARE(Attache::resolveThisWeekday(reference, weekday, tense), expected);
    }

    // A day of the month without its month: the nearest, or the last before or first after the
    // reference; none for a day no month around it has.
    void resolveDayOfMonth_data()
    {
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("step");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("nominal: later this month is nearer") << QDate(2025, 12, 5) << 15 << 0 << QDate(2025, 12, 15);
        QTest::newRow("nominal: last month's is nearer") << QDate(2025, 12, 5) << 28 << 0 << QDate(2025, 11, 28);
        QTest::newRow("nominal: back, the same day a month before") << QDate(2025, 12, 5) << 5 << -1 << QDate(2025, 11, 5);
        QTest::newRow("nominal: ahead, the same day a month after") << QDate(2025, 12, 5) << 5 << 1 << QDate(2026, 1, 5);
        QTest::newRow("boundary: ahead across the year") << QDate(2025, 12, 20) << 3 << 1 << QDate(2026, 1, 3);
        QTest::newRow("edge: a 31st only in months that have one") << QDate(2025, 12, 10) << 31 << -1 << QDate(2025, 10, 31);
        QTest::newRow("edge: the nearest 31st") << QDate(2025, 12, 1) << 31 << 0 << QDate(2025, 12, 31);
        QTest::newRow("robustness: no day 32") << QDate(2025, 12, 1) << 32 << 0 << QDate();
        QTest::newRow("robustness: no reference") << QDate() << 3 << 0 << QDate();
    }

    void resolveDayOfMonth()
    {
        QFETCH(QDate, reference);
        QFETCH(int, day);
        QFETCH(int, step);
        QFETCH(QDate, expected);
        QCOMPARE(Attache::resolveDayOfMonth(reference, day, step), expected);
    }

    // Every rule of a language's set runs around its anchors: a set with more rules than the
    // anchor index holds would read whole texts for the rules past it.
    void everyRuleInTheAnchorIndex_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto language : {u"fr", u"es", u"de", u"ru", u"ar"})
            QTest::newRow(QString(language).toUtf8().constData()) << QString(language);
    }

    void everyRuleInTheAnchorIndex()
    {
        QFETCH(QString, language);
        const auto &rules = TimexRules::rulesFor(language);
        const auto &index = TimexRules::AnchorIndex::forRules(rules);
        for (int rule = 0; rule < int(rules.size()); ++rule) {
            if (!rules[size_t(rule)].anchors.isEverywhere())
                QVERIFY2(!index.isEverywhere(rule), qPrintable(u"rule %1 of %2 runs on the whole text"_s.arg(rule).arg(rules.size())));
        }
    }

    void everyMatchHoldsAnAnchorInLanguage_data() { tagInLanguage_data(); }

    void everyMatchHoldsAnAnchorInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const auto &rules = TimexRules::rulesFor(language);
        if (&rules == &TimexRules::rules())
            QSKIP("the English rules' anchors are checked by everyMatchHoldsAnAnchorOfItsRule");
        QString folded = text;
        for (auto &c : folded)
            c = QChar(QChar::toCaseFolded(c.unicode()));
        const auto isWordCharacter = [&](qsizetype at) {
            return at >= 0 && at < text.size() && (text.at(at).isLetterOrNumber() || text.at(at) == u'_');
        };
        for (int index = 0; index < int(rules.size()); ++index) {
            const auto &anchors = rules[size_t(index)].anchors;
            QVERIFY2(!anchors.isEverywhere(),
                     qPrintable(u"rule %1 has no anchors: %2"_s.arg(index).arg(rules[size_t(index)].pattern.pattern())));
            for (auto it = rules[size_t(index)].pattern.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                const auto start = match.capturedStart(0);
                const auto end = match.capturedEnd(0);
                const auto matched = QStringView(text).mid(start, end - start);
                const auto nonSpace = [&](qsizetype from, qsizetype to) {
                    return std::count_if(text.cbegin() + from, text.cbegin() + to, [](QChar c) { return !c.isSpace(); });
                };
                const auto isWithinReach = [&](qsizetype anchorStart, qsizetype anchorEnd) {
                    return nonSpace(start, anchorStart) < anchors.reachBefore && nonSpace(anchorEnd, end) < anchors.reachAfter;
                };
                bool holdsAnchor = false;
                // A run of digits anchors the rule, where its anchors name the characters that
                // may follow it (after white space) only when one of them does.
                for (qsizetype at = start; anchors.digits && !holdsAnchor && at < end; ++at) {
                    if (!text.at(at).isDigit() || (at > 0 && text.at(at - 1).isDigit()))
                        continue;
                    qsizetype runEnd = at;
                    while (runEnd < text.size() && text.at(runEnd).isDigit())
                        ++runEnd;
                    qsizetype next = runEnd;
                    while (next < text.size() && text.at(next).isSpace())
                        ++next;
                    const bool isFollowed = anchors.digitsFollowedBy.isEmpty()
                        || (next < text.size() && anchors.digitsFollowedBy.contains(text.at(next), Qt::CaseInsensitive));
                    holdsAnchor = isFollowed && isWithinReach(at, runEnd);
                }
                static const QRegularExpression yearRun(u"(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)"_s);
                for (auto found = yearRun.globalMatch(text, start); anchors.years && !holdsAnchor && found.hasNext();) {
                    const auto year = found.next();
                    holdsAnchor = year.capturedEnd(0) <= end && isWithinReach(year.capturedStart(0), year.capturedEnd(0));
                }
                for (const auto &piece : anchors.pieces) {
                    for (auto at = folded.indexOf(piece.text, start); !holdsAnchor && at >= 0 && at + piece.text.size() <= end;
                         at = folded.indexOf(piece.text, at + 1)) {
                        holdsAnchor = !(piece.isWordStart && isWordCharacter(at - 1))
                            && !(piece.isWordEnd && isWordCharacter(at + piece.text.size()))
                            && isWithinReach(at, at + piece.text.size());
                    }
                }
                QVERIFY2(holdsAnchor, qPrintable(u"%1 rule %2 matched \"%3\" without an anchor"_s.arg(language).arg(index).arg(matched)));
            }
        }
    }

    // How far a rule reads on either side of its anchor, from where the anchor sits in its
    // pattern: what comes before the anchor and what any part looks at behind it, plus a margin
    // of two; likewise after it. Patterns written for this test, one per kind of placement.
    void anchorReachFollowsItsPlace_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("piece");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        // "(?<![\w'])" looks at one character before a match, "(?![\w])" at one after it.
        QTest::newRow("nominal: anchor opens the match") << uR"((?<![\w'])(?:enero|febrero)\s+de\s+(\d{4})(?![\w]))"_s
                                                         << u"enero"_s << 1 + 2 << 2 + 4 + 1 + 2;
        QTest::newRow("nominal: anchor closes the match") << uR"((?<![\w'])(\d{1,2})\s+de\s+(?:enero|febrero)(?![\w]))"_s
                                                          << u"febrero"_s << 1 + 2 + 2 + 2 << 1 + 2;
        QTest::newRow("nominal: alternatives, each anchored in its own place")
            << uR"((?:mayo\s+de\s+\d{4}|\d\d\s+mayo))"_s << u"mayo"_s << 2 + 2 << 2 + 4 + 2;
        QTest::newRow("edge: a look-behind after the anchor reads before it")
            << uR"(mayo(?<=\d\d\s?mayo))"_s << u"mayo"_s << 6 + 2 << 0 + 2;
        QTest::newRow("edge: a look-ahead before the anchor reads after it")
            << uR"((?=mayo\s\d{3})mayo)"_s << u"mayo"_s << 0 + 2 << 7 + 2;
        QTest::newRow("edge: a word boundary looks one character either side")
            << uR"(\bmayo\b)"_s << u"mayo"_s << 1 + 2 << 1 + 2;
        QTest::newRow("edge: horizontal white space counts as white space does")
            << uR"((\d{1,2})\.\h*(?:dez|nov)\.?)"_s << u"dez"_s << 2 + 1 + 2 << 1 + 2;
        QTest::newRow("edge: any repeat may hold the anchor") << uR"((?:mayo\s){1,3}\d)"_s << u"mayo"_s << 12 + 2 << 13 + 2;
    }

    void anchorReachFollowsItsPlace()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, piece);
        QFETCH(int, before);
        QFETCH(int, after);
        const auto anchors = TimexRules::anchorsOfPattern(pattern);
        QVERIFY(anchors.has_value());
        QVERIFY(std::any_of(anchors->pieces.cbegin(), anchors->pieces.cend(), [&](const TimexRules::AnchorPiece &p) { return p.text == piece; }));
        QCOMPARE(anchors->reachBefore, before);
        QCOMPARE(anchors->reachAfter, after);
        QVERIFY(anchors->reachBefore <= anchors->reach && anchors->reachAfter <= anchors->reach);
    }

    // A rule runs around the rarest of the pieces its matches must hold: not around the short
    // words every sentence has ("en", "las", "il"), which would leave little of the text unread.
    void anchorsAvoidCommonShortWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("commonWords");
        // The commonest words of each language's running text.
        QTest::newRow("Spanish") << u"es"_s << QStringList{u"de"_s, u"la"_s, u"las"_s, u"el"_s, u"en"_s, u"y"_s, u"a"_s, u"los"_s, u"que"_s, u"lo"_s};
        QTest::newRow("French") << u"fr"_s << QStringList{u"de"_s, u"la"_s, u"le"_s, u"les"_s, u"et"_s, u"à"_s, u"en"_s, u"ce"_s, u"nos"_s};
    }
    void anchorsAvoidCommonShortWords()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, commonWords);
        const auto &rules = TimexRules::rulesFor(language);
        for (size_t rule = 0; rule < rules.size(); ++rule) {
            for (const auto &piece : rules[rule].anchors.pieces)
                QVERIFY2(!commonWords.contains(piece.text), qPrintable(u"%1 rule %2 runs around every \"%3\": %4"_s.arg(language).arg(rule).arg(piece.text, rules[rule].pattern.pattern())));
        }
    }

    // A date far into a long article, on either side of text without any, in a sentence that
    // starts long before it: the stretch around its anchor still holds all of it.
    void datesFarFromTheStartAreFound()
    {
        const QString filler = u"The delegations argued over the wording of the communiqué without result. "_s.repeated(200);
        const QString wordy = u"Negotiators who had travelled from several capitals and who had argued over every comma of the draft for longer than anyone remembered finally signed it on Monday, March 3, 2025, in Geneva."_s;
        const auto text = filler + wordy + u' ' + filler + u"Talks resume next week."_s;
        const auto found = TimexTagger().tag(text, QDate(2025, 3, 5));
        QCOMPARE(describe(text, found), u"Monday, March 3, 2025|DATE|2025-03-03;next week|DATE|2025-W11"_s);
    }

    // Thousands of dates and a long text without any: the tagger finishes and keeps its results
    // ordered and disjoint. (Speed itself is measured by tests/benchmarks, not here.)
    void manyExpressions()
    {
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += u"On March %1, 2020, and 2019, and last week; "_s.arg(i % 28 + 1);
        text += QString(200000, u'x');
        const auto found = TimexTagger().tag(text, QDate(2025, 3, 5));
        QVERIFY(found.size() >= 10000);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).end <= found.at(i).start);
    }
};

QTEST_GUILESS_MAIN(TimexTaggerTest)
#include "timextagger_test.moc"
