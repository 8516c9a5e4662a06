#include "articlelistview.h"

#include "library/itemdatarole.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
constexpr int Padding = 8;

QString secondLine(const QModelIndex &index)
{
    QStringList parts;
    const auto source = index.data(SourceRole).toString();
    if (!source.isEmpty())
        parts << source;
    const auto published = index.data(PublishedRole).toDateTime();
    if (published.isValid()) {
        auto date = QLocale().toString(published.date(), QLocale::ShortFormat);
        if (index.data(IsPublishedUncertainRole).toBool())
            date += u" ?"_s;
        parts << date;
    }
    parts << index.data(FormatRole).toString();
    return parts.join(u" · "_s);
}
} // namespace

void ArticleItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const auto *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const auto group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const auto textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    auto mutedColor = textColor;
    mutedColor.setAlphaF(0.65f);

    const auto rect = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    auto titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(textColor);
    const auto title = titleMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, rect.width());
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), titleMetrics.height()), Qt::AlignLeft, title);

    auto smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(smallFont);
    painter->setFont(smallFont);
    painter->setPen(mutedColor);
    painter->drawText(QRect(rect.left(), rect.top() + titleMetrics.height() + 2, rect.width(), smallMetrics.height()),
                      Qt::AlignLeft, smallMetrics.elidedText(secondLine(index), Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize ArticleItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    auto smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    return {200, QFontMetrics(option.font).height() + QFontMetrics(smallFont).height() + Padding + 2};
}

ArticleListView::ArticleListView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(u"articleList"_s);
    setItemDelegate(new ArticleItemDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

} // namespace Attache
