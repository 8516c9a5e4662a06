#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace Attache {

// Draws one library entry: unread dot, star, priority and mark, the title (bold while unread),
// then source · date · main entities (or, during a search, the snippet with the matched words
// in bold). A compact mode draws only the first line. Where the day changes in a list sorted by
// date, a day heading is drawn above the entry.
class ArticleItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setTwoLines(bool twoLines) { m_isTwoLines = twoLines; }
    bool isTwoLines() const { return m_isTwoLines; }
    void setGroupingByDay(bool grouping) { m_isGroupingByDay = grouping; }
    bool isGroupingByDay() const { return m_isGroupingByDay; }
    // The day heading above `index`, or empty when it continues the previous entry's day.
    QString dayHeading(const QModelIndex &index) const;

private:
    bool m_isTwoLines = true;
    bool m_isGroupingByDay = true;
};

class ArticleListView final : public QListView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);
    ArticleItemDelegate *delegate() const { return m_delegate; }
    // Re-lays the entries out after the delegate's mode changed.
    void relayout();

private:
    ArticleItemDelegate *m_delegate;
};

} // namespace Attache
