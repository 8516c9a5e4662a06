#include "export/timelineexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

TimelineEntry entry(QDate begin, QDate end, EventType type, const QString &label, const QStringList &actors,
                    const QString &title, const QString &path, bool isUncertain = false)
{
    TimelineEntry result;
    result.event.begin = begin;
    result.event.end = end;
    result.event.type = type;
    result.event.label = label;
    result.event.sentence = label + u'.';
    result.event.actorNames = actors;
    result.event.isUncertain = isUncertain;
    result.articleId = title.toLower();
    result.title = title;
    result.path = path;
    return result;
}

} // namespace

class TimelineExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateText_data()
    {
        QTest::addColumn<QDate>("begin");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("isUncertain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: day") << QDate(2025, 3, 5) << QDate(2025, 3, 5) << false << u"2025-03-05"_s;
        QTest::newRow("nominal: year") << QDate(2018, 1, 1) << QDate(2018, 12, 31) << false << u"2018"_s;
        QTest::newRow("nominal: month") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << false << u"2024-02"_s;
        QTest::newRow("nominal: week") << QDate(2025, 3, 3) << QDate(2025, 3, 9) << false
                                       << u"2025-03-03 – 2025-03-09"_s;
        QTest::newRow("nominal: uncertain") << QDate(2025, 3, 5) << QDate(2025, 3, 5) << true << u"2025-03-05 ?"_s;
        QTest::newRow("robustness: no date") << QDate() << QDate() << false << u"undated"_s;
    }

    void dateText()
    {
        QFETCH(QDate, begin);
        QFETCH(QDate, end);
        QFETCH(bool, isUncertain);
        QFETCH(QString, expected);
        Event event;
        event.begin = begin;
        event.end = end;
        event.isUncertain = isUncertain;
        QCOMPARE(timelineDateText(event), expected);
    }

    void markdown()
    {
        QList<TimelineEntry> entries{
            entry(QDate(2025, 3, 5), QDate(2025, 3, 5), EventType::Consultation, u"Carney and Li spoke | by phone"_s,
                  {u"Mark Carney"_s, u"Li Qiang"_s}, u"Canada [and] China"_s, u"/tmp/a b.txt"_s, true),
            entry(QDate(2018, 1, 1), QDate(2018, 12, 31), EventType::LegalAction, u"Executive arrested"_s,
                  {u"Huawei"_s}, u"Old news"_s, QString()),
        };
        sortTimeline(entries);
        QCOMPARE(timelineToMarkdown(entries),
                 u"| Date | Event | Type | Actors | Source |\n"
                 "| --- | --- | --- | --- | --- |\n"
                 "| 2018 | Executive arrested | legal-action | Huawei | Old news |\n"
                 "| 2025-03-05 ? | Carney and Li spoke \\| by phone | consultation | Mark Carney, Li Qiang | "
                 "[Canada \\[and\\] China](</tmp/a b.txt>) |\n"_s);
    }

    void timelineJs()
    {
        const QList<TimelineEntry> entries{
            entry(QDate(2018, 1, 1), QDate(2018, 12, 31), EventType::LegalAction, u"Executive arrested"_s,
                  {u"Huawei"_s}, u"Old <news>"_s, QString()),
            entry(QDate(2024, 6, 1), QDate(2024, 6, 30), EventType::Sanction, u"Sanctions"_s, {}, u"B"_s, QString()),
            entry(QDate(2025, 3, 3), QDate(2025, 3, 9), EventType::Protest, u"Protests"_s, {}, u"C"_s, QString()),
            entry(QDate(2025, 3, 5), QDate(2025, 3, 5), EventType::Consultation, u"Phone call"_s, {}, u"D"_s, QString()),
            entry(QDate(), QDate(), EventType::Other, u"Never shown"_s, {}, u"E"_s, QString()),
        };
        const auto timeline = timelineToTimelineJs(entries, u"Canada and China"_s);
        QCOMPARE(timeline.value(u"title"_s).toObject().value(u"text"_s).toObject().value(u"headline"_s).toString(),
                 u"Canada and China"_s);
        const auto events = timeline.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 4);

        const auto year = events.at(0).toObject();
        QCOMPARE(year.value(u"start_date"_s).toObject(), (QJsonObject{{u"year"_s, 2018}}));
        QVERIFY(!year.contains(u"end_date"_s));
        QCOMPARE(year.value(u"text"_s).toObject().value(u"headline"_s).toString(), u"Executive arrested"_s);
        QVERIFY(year.value(u"text"_s).toObject().value(u"text"_s).toString().contains(u"Old &lt;news&gt;"_s));
        QCOMPARE(year.value(u"group"_s).toString(), u"legal-action"_s);

        QCOMPARE(events.at(1).toObject().value(u"start_date"_s).toObject(),
                 (QJsonObject{{u"year"_s, 2024}, {u"month"_s, 6}}));
        const auto week = events.at(2).toObject();
        QCOMPARE(week.value(u"start_date"_s).toObject(), (QJsonObject{{u"year"_s, 2025}, {u"month"_s, 3}, {u"day"_s, 3}}));
        QCOMPARE(week.value(u"end_date"_s).toObject(), (QJsonObject{{u"year"_s, 2025}, {u"month"_s, 3}, {u"day"_s, 9}}));
        QCOMPARE(events.at(3).toObject().value(u"start_date"_s).toObject(),
                 (QJsonObject{{u"year"_s, 2025}, {u"month"_s, 3}, {u"day"_s, 5}}));
        QVERIFY(!events.at(3).toObject().contains(u"end_date"_s));
    }

    void json()
    {
        const QList<TimelineEntry> entries{entry(QDate(2025, 3, 5), QDate(2025, 3, 5), EventType::Statement,
                                                 u"Office issued a statement"_s, {u"Canada"_s}, u"T"_s, u"/p.txt"_s)};
        const auto array = timelineToJson(entries);
        QCOMPARE(array.size(), 1);
        const auto object = array.first().toObject();
        QCOMPARE(object.value(u"date"_s).toString(), u"2025-03-05"_s);
        QCOMPARE(object.value(u"end"_s).toString(), u"2025-03-05"_s);
        QCOMPARE(object.value(u"type"_s).toString(), u"statement"_s);
        QCOMPARE(object.value(u"label"_s).toString(), u"Office issued a statement"_s);
        QCOMPARE(object.value(u"actors"_s).toArray(), QJsonArray{u"Canada"_s});
        QCOMPARE(object.value(u"article_id"_s).toString(), u"t"_s);
        QCOMPARE(object.value(u"path"_s).toString(), u"/p.txt"_s);
        QCOMPARE(object.value(u"uncertain"_s).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TimelineExportTest)
#include "timelineexport_test.moc"
