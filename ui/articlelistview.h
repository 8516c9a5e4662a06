#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace Attache {

// Draws one article as two lines: the title, then source · date in a muted tone.
class ArticleItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class ArticleListView final : public QListView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);
};

} // namespace Attache
