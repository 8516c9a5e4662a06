#include "analyze/timelinemodel.h"

#include "clean/article.h"
#include "core/itemdatarole.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

bool TimelineFilter::accepts(const Event &event) const
{
    if (!entityId.isEmpty() && !event.actorIds.contains(entityId))
        return false;
    if (types && !types->contains(event.type))
        return false;
    if (from.isValid() && event.end < from)
        return false;
    if (to.isValid() && event.begin > to)
        return false;
    return true;
}

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QList<TimelineEvent> TimelineModel::collect(const QList<Article> &articles, const QList<ArticleAnalysis> &analyses,
                                            const QList<int> &rows)
{
    QList<TimelineEvent> events;
    for (const int row : rows) {
        if (row < 0 || row >= articles.size() || row >= analyses.size())
            continue;
        const auto &article = articles.at(row);
        for (const auto &event : analyses.at(row).events)
            events << TimelineEvent{event, row, article.title, article.path, article.url, article.source};
    }
    return events;
}

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.event.begin != b.event.begin)
            return a.event.begin < b.event.begin;
        if (a.articleRow != b.articleRow)
            return a.articleRow < b.articleRow;
        return a.event.sentenceStart < b.event.sentenceStart;
    });
    beginResetModel();
    m_all = std::move(events);
    rebuildVisible();
    endResetModel();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    refilter();
}

void TimelineModel::refilter()
{
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

void TimelineModel::rebuildVisible()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (m_filter.accepts(m_all.at(i).event))
            m_visible << i;
}

void TimelineModel::setCurrentArticle(int articleRow)
{
    if (articleRow == m_currentArticle)
        return;
    m_currentArticle = articleRow;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), {EventIsInCurrentArticleRole});
}

QList<TimelineEvent> TimelineModel::visibleEvents() const
{
    QList<TimelineEvent> events;
    events.reserve(m_visible.size());
    for (const auto i : m_visible)
        events << m_all.at(i);
    return events;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = eventAt(index.row());
    const auto &event = item.event;
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 — %2"_s.arg(QLocale().toString(event.begin, QLocale::ShortFormat), event.label);
    case Qt::ToolTipRole: return event.sentence;
    case EventBeginRole: return event.begin;
    case EventEndRole: return event.end;
    case EventTypeRole: return int(event.type);
    case EventLabelRole: return event.label;
    case EventActorsRole: return event.actorNames;
    case EventActorIdsRole: return event.actorIds;
    case EventSentenceRole: return event.sentence;
    case EventIsUncertainRole: return event.isUncertain;
    case EventArticleRole: return item.articleRow;
    case EventSentenceStartRole: return qlonglong(event.sentenceStart);
    case EventSentenceEndRole: return qlonglong(event.sentenceEnd);
    case EventIsInCurrentArticleRole: return item.articleRow == m_currentArticle;
    case TitleRole: return item.articleTitle;
    case ArticlePathRole: return item.articlePath;
    default: return {};
    }
}

} // namespace Attache
