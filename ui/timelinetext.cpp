#include "timelinetext.h"

#include "timelineview.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Attache::TimelineText {

QString typeText(EventType type)
{
    switch (type) {
    case EventType::Statement: return TimelineView::tr("statement");
    case EventType::Consultation: return TimelineView::tr("consultation");
    case EventType::Cooperation: return TimelineView::tr("cooperation");
    case EventType::Demand: return TimelineView::tr("demand");
    case EventType::Criticism: return TimelineView::tr("criticism");
    case EventType::Threat: return TimelineView::tr("threat");
    case EventType::Protest: return TimelineView::tr("protest");
    case EventType::Sanction: return TimelineView::tr("sanctions");
    case EventType::Expulsion: return TimelineView::tr("expulsion");
    case EventType::LegalAction: return TimelineView::tr("legal action");
    case EventType::MilitaryAction: return TimelineView::tr("military action");
    case EventType::Other: break;
    }
    return TimelineView::tr("event");
}

const QString &monthName(int month, QLocale::FormatType format)
{
    static const auto names = [] {
        const QLocale locale;
        std::array<QString, 24> table;
        for (int m = 1; m <= 12; ++m) {
            table[m - 1] = locale.monthName(m, QLocale::ShortFormat);
            table[m + 11] = locale.monthName(m, QLocale::LongFormat);
        }
        return table;
    }();
    return names[(format == QLocale::LongFormat ? 12 : 0) + std::clamp(month, 1, 12) - 1];
}

QString dayMonth(const QDate &date)
{
    return QString::number(date.day()) + u' ' + monthName(date.month(), QLocale::ShortFormat);
}

QString dayMonthYear(const QDate &date)
{
    return dayMonth(date) + u' ' + QString::number(date.year());
}

QString dateText(const QDate &begin, const QDate &end)
{
    if (!begin.isValid())
        return {};
    if (!end.isValid() || end == begin)
        return dayMonthYear(begin);
    if (begin.month() == 1 && begin.day() == 1 && end.month() == 12 && end.day() == 31)
        return begin.year() == end.year() ? QString::number(begin.year())
                                          : u"%1–%2"_s.arg(begin.year()).arg(end.year());
    if (begin.day() == 1 && end == begin.addMonths(1).addDays(-1))
        return monthName(begin.month(), QLocale::LongFormat) + u' ' + QString::number(begin.year());
    if (begin.year() == end.year())
        return dayMonth(begin) + u" – "_s + dayMonthYear(end);
    return dayMonthYear(begin) + u" – "_s + dayMonthYear(end);
}

} // namespace Attache::TimelineText
