#include "export/timelineexport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

bool isWholeYear(const Event &event)
{
    return event.begin.month() == 1 && event.begin.day() == 1 && event.end == QDate(event.begin.year(), 12, 31);
}

bool isWholeMonth(const Event &event)
{
    return event.begin.day() == 1 && event.end == event.begin.addMonths(1).addDays(-1);
}

// Table cells hold one line and no unescaped pipes.
QString cell(const QString &text)
{
    auto escaped = text.simplified();
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"|"_s, u"\\|"_s);
    return escaped;
}

QString linkText(const QString &text)
{
    auto escaped = cell(text);
    escaped.replace(u"["_s, u"\\["_s);
    escaped.replace(u"]"_s, u"\\]"_s);
    return escaped;
}

QJsonObject dateObject(const QDate &date, bool hasMonth, bool hasDay)
{
    QJsonObject object{{u"year"_s, date.year()}};
    if (hasMonth)
        object.insert(u"month"_s, date.month());
    if (hasDay)
        object.insert(u"day"_s, date.day());
    return object;
}

QString escapedHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

void sortTimeline(QList<TimelineEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.event.begin != b.event.begin)
            return a.event.begin < b.event.begin;
        if (a.event.end != b.event.end)
            return a.event.end < b.event.end;
        if (a.articleId != b.articleId)
            return a.articleId < b.articleId;
        return a.event.sentenceStart < b.event.sentenceStart;
    });
}

QString timelineDateText(const Event &event)
{
    QString text;
    if (!event.begin.isValid())
        text = u"undated"_s;
    else if (event.begin == event.end || !event.end.isValid())
        text = event.begin.toString(Qt::ISODate);
    else if (isWholeYear(event))
        text = QString::number(event.begin.year());
    else if (isWholeMonth(event))
        text = event.begin.toString(u"yyyy-MM"_s);
    else
        text = event.begin.toString(Qt::ISODate) + u" – "_s + event.end.toString(Qt::ISODate);
    return event.isUncertain ? text + u" ?"_s : text;
}

QString timelineToMarkdown(const QList<TimelineEntry> &entries)
{
    QString markdown = u"| Date | Event | Type | Actors | Source |\n| --- | --- | --- | --- | --- |\n"_s;
    for (const auto &entry : entries) {
        const auto title = entry.title.isEmpty() ? entry.articleId : entry.title;
        const auto source = entry.path.isEmpty() ? cell(title)
                                                 : u'[' + linkText(title) + u"](<"_s + cell(entry.path) + u">)"_s;
        markdown += u"| "_s + cell(timelineDateText(entry.event)) + u" | "_s + cell(entry.event.label) + u" | "_s
            + eventTypeName(entry.event.type) + u" | "_s + cell(entry.event.actorNames.join(u", "_s)) + u" | "_s
            + source + u" |\n"_s;
    }
    return markdown;
}

QJsonArray timelineToJson(const QList<TimelineEntry> &entries)
{
    QJsonArray array;
    for (const auto &entry : entries) {
        const auto &event = entry.event;
        array.append(QJsonObject{{u"date"_s, event.begin.toString(Qt::ISODate)},
                                 {u"end"_s, event.end.toString(Qt::ISODate)},
                                 {u"value"_s, event.value},
                                 {u"uncertain"_s, event.isUncertain},
                                 {u"type"_s, eventTypeName(event.type)},
                                 {u"label"_s, event.label},
                                 {u"actors"_s, QJsonArray::fromStringList(event.actorNames)},
                                 {u"actor_ids"_s, QJsonArray::fromStringList(event.actorIds)},
                                 {u"sentence"_s, event.sentence},
                                 {u"article_id"_s, entry.articleId},
                                 {u"title"_s, entry.title},
                                 {u"path"_s, entry.path}});
    }
    return array;
}

QJsonObject timelineToTimelineJs(const QList<TimelineEntry> &entries, const QString &title)
{
    QJsonArray events;
    int index = 0;
    for (const auto &entry : entries) {
        const auto &event = entry.event;
        if (!event.begin.isValid())
            continue;
        const bool isYear = event.begin != event.end && isWholeYear(event);
        const bool isMonth = !isYear && event.begin != event.end && isWholeMonth(event);
        QJsonObject object{{u"start_date"_s, dateObject(event.begin, !isYear, !isYear && !isMonth)}};
        if (event.end.isValid() && event.end != event.begin && !isYear && !isMonth)
            object.insert(u"end_date"_s, dateObject(event.end, true, true));
        QString body = u"<p>"_s + escapedHtml(event.sentence) + u"</p>"_s;
        if (!event.actorNames.isEmpty())
            body += u"<p>"_s + escapedHtml(event.actorNames.join(u", "_s)) + u"</p>"_s;
        const auto source = entry.title.isEmpty() ? entry.articleId : entry.title;
        if (!source.isEmpty())
            body += u"<p><em>"_s + escapedHtml(source) + u"</em></p>"_s;
        if (event.isUncertain)
            body += u"<p>(date uncertain)</p>"_s;
        object.insert(u"text"_s, QJsonObject{{u"headline"_s, event.label}, {u"text"_s, body}});
        object.insert(u"group"_s, eventTypeName(event.type));
        object.insert(u"unique_id"_s, QString(u"event-"_s + QString::number(++index)));
        events.append(object);
    }
    QJsonObject timeline{{u"events"_s, events}};
    if (!title.isEmpty())
        timeline.insert(u"title"_s, QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s, title}}}});
    return timeline;
}

} // namespace Attache
