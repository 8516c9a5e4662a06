#pragma once

#include "analyze/analysis.h"

#include <QDate>
#include <QLocale>
#include <QString>

// The words of the timeline view: event types and dates as its cards, axis and tooltips show them.
namespace Attache::TimelineText {

// The event type in the reader's language ("legal action").
QString typeText(EventType type);
// Month names from the locale, looked up once: QLocale's date formatting costs tens of
// microseconds a call, too much for thousands of cards.
const QString &monthName(int month, QLocale::FormatType format);
QString dayMonth(const QDate &date);     // "5 Mar"
QString dayMonthYear(const QDate &date); // "5 Mar 2025"
// "2018", "March 2025", "5 Mar 2025" or "5 Mar – 9 Mar 2025", as precise as the event is.
QString dateText(const QDate &begin, const QDate &end);

} // namespace Attache::TimelineText
