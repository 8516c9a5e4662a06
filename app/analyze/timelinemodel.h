#pragma once

#include "analyze/analysis.h"

#include <QAbstractListModel>
#include <QSet>

#include <optional>

namespace Attache {

struct Article;

// An event with the article it came from.
struct TimelineEvent
{
    Event event;
    int articleRow = -1; // row in the library's article list
    QString articleTitle;
    QString articlePath;
    QString articleUrl;
    QString articleSource;
};

struct TimelineFilter
{
    QString entityId;       // only events with this actor; empty = any
    std::optional<QSet<EventType>> types; // only these types; std::nullopt = all
    QDate from;             // events ending before this are hidden; invalid = open
    QDate to;               // events beginning after this are hidden; invalid = open

    bool isEmpty() const { return entityId.isEmpty() && !types && !from.isValid() && !to.isValid(); }
    bool accepts(const Event &event) const;
};

// Dated events in time order (begin date, then article, then position), filtered. Rows are the
// events that pass the filter; the roles are in core/itemdatarole.h.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TimelineModel(QObject *parent = nullptr);

    // Events of the given articles; analyses[i] belongs to articles[i].
    static QList<TimelineEvent> collect(const QList<Article> &articles, const QList<ArticleAnalysis> &analyses,
                                        const QList<int> &rows);

    void setEvents(QList<TimelineEvent> events);
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    // Events of this article are marked (EventIsInCurrentArticleRole); -1 for none.
    void setCurrentArticle(int articleRow);

    const TimelineEvent &eventAt(int row) const { return m_all.at(m_visible.at(row)); }
    QList<TimelineEvent> visibleEvents() const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    void rebuildVisible();

    QList<TimelineEvent> m_all;
    QList<qsizetype> m_visible; // indices into m_all
    TimelineFilter m_filter;
    int m_currentArticle = -1;
};

} // namespace Attache
