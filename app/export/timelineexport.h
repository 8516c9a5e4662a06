#pragma once

#include "analyze/analysis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Attache {

// One event on a timeline together with the article it was read from.
struct TimelineEntry
{
    Event event;
    QString articleId;
    QString title;
    QString path;

    bool operator==(const TimelineEntry &) const = default;
};

// Sorts by first day, then by last day, then by article and position: a stable reading order.
void sortTimeline(QList<TimelineEntry> &entries);

// How a date reads in a table: "2025-03-05", "2018" for a whole year, "2025-03" for a whole month,
// "2025-03-03 – 2025-03-09" for other ranges; "?" marks a guessed date.
QString timelineDateText(const Event &event);

// A Markdown table: | Date | Event | Type | Actors | Source |, the source linking to the file.
QString timelineToMarkdown(const QList<TimelineEntry> &entries);

// Attaché's own JSON: [{date, end, value, uncertain, type, label, actors, actor_ids, sentence,
// article_id, title, path}, …].
QJsonArray timelineToJson(const QList<TimelineEntry> &entries);

// The TimelineJS 3 format (https://timeline.knightlab.com/docs/json-format.html):
// {"title"?, "events": [{"start_date": {"year", "month"?, "day"?}, "end_date"?, "text":
// {"headline", "text"}, "group", "unique_id"}]}. Month and day are left out when the event's date
// covers a whole year or month, which TimelineJS then shows at that precision.
QJsonObject timelineToTimelineJs(const QList<TimelineEntry> &entries, const QString &title = {});

} // namespace Attache
