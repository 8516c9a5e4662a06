#include "articlelistview.h"

#include "core/itemdatarole.h"
#include "library/librarytypes.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
constexpr int Padding = 8;
constexpr int MarkerWidth = 18; // the column of the unread dot / mark

QFont smallerFont(const QFont &font)
{
    auto small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

QString dateText(const QModelIndex &index)
{
    const auto published = index.data(PublishedRole).toDateTime();
    if (!published.isValid())
        return {};
    const auto local = published.toLocalTime();
    // Within a day heading the time says more; the date is above.
    auto text = local.time() == QTime(0, 0) ? QLocale().toString(local.date(), u"d MMM"_s)
                                            : QLocale().toString(local, u"d MMM HH:mm"_s);
    if (index.data(IsPublishedUncertainRole).toBool())
        text += u" ?"_s;
    return text;
}

QString stateLabel(int state)
{
    switch (TriageState(state)) {
    case TriageState::Later: return QObject::tr("Later");
    case TriageState::Archive: return QObject::tr("Archived");
    case TriageState::Inbox: break;
    }
    return {};
}

QString metaLine(const QModelIndex &index)
{
    QStringList parts;
    const auto source = index.data(SourceRole).toString();
    if (!source.isEmpty())
        parts << source;
    const auto date = dateText(index);
    if (!date.isEmpty())
        parts << date;
    const auto entities = index.data(MainEntitiesRole).toStringList();
    if (!entities.isEmpty())
        parts << entities.join(u", "_s);
    const int copies = index.data(DuplicateCountRole).toInt();
    if (copies > 0)
        parts << QObject::tr("+%n copies", nullptr, copies);
    return parts.join(u"  ·  "_s);
}

// Draws `text` elided to `width` with the ranges in bold: a search snippet.
void drawSnippet(QPainter *painter, const QRect &rect, const QString &text, const QVariantList &ranges,
                 const QFont &font)
{
    QTextLayout layout(text, font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &range : ranges) {
        const auto point = range.toPoint();
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        formats << QTextLayout::FormatRange{point.x(), point.y() - point.x(), bold};
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    auto line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}
} // namespace

QString ArticleItemDelegate::dayHeading(const QModelIndex &index) const
{
    if (!m_isGroupingByDay)
        return {};
    const auto day = index.data(GroupDayRole).toDate();
    if (index.row() > 0 && index.siblingAtRow(index.row() - 1).data(GroupDayRole).toDate() == day)
        return {};
    if (!day.isValid())
        return tr("No date");
    const auto today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, day.year() == today.year() ? u"dddd d MMMM"_s : u"dddd d MMMM yyyy"_s);
}

void ArticleItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const auto *style = opt.widget ? opt.widget->style() : QApplication::style();
    const auto smallFont = smallerFont(opt.font);
    const QFontMetrics smallMetrics(smallFont);

    painter->save();
    const auto heading = dayHeading(index);
    if (!heading.isEmpty()) {
        const int headingHeight = smallMetrics.height() + Padding;
        const QRect headingRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), headingHeight);
        painter->fillRect(headingRect, opt.palette.color(QPalette::Window));
        auto headingFont = smallFont;
        headingFont.setWeight(QFont::Bold);
        headingFont.setCapitalization(QFont::AllUppercase);
        headingFont.setLetterSpacing(QFont::PercentageSpacing, 105);
        painter->setFont(headingFont);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(headingRect.adjusted(Padding, 0, -Padding, 0), Qt::AlignLeft | Qt::AlignVCenter, heading);
        opt.rect.setTop(opt.rect.top() + headingHeight);
    }

    const bool isMarked = index.data(IsMarkedRole).toBool();
    if (isMarked && !(opt.state & QStyle::State_Selected)) {
        auto tint = opt.palette.color(QPalette::Highlight);
        tint.setAlphaF(0.18f);
        opt.backgroundBrush = tint;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const auto group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const auto textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    auto mutedColor = textColor;
    mutedColor.setAlphaF(0.62f);
    const auto accent = selected ? textColor : opt.palette.color(QPalette::Highlight);

    const bool isRead = index.data(IsReadRole).toBool();
    const int state = index.data(TriageStateRole).toInt();
    const bool isFiled = state != int(TriageState::Inbox);
    const auto rect = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    auto titleFont = opt.font;
    titleFont.setWeight(isRead ? QFont::Normal : QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const int lineTop = rect.top();

    // Marker column: a check for a marked entry, else a dot while unread.
    const QRect marker(rect.left(), lineTop, MarkerWidth, titleMetrics.height());
    painter->setRenderHint(QPainter::Antialiasing);
    if (isMarked) {
        painter->setPen(QPen(accent, 1.6));
        const auto box = QRectF(marker.left() + 1, marker.center().y() - 5.5, 11, 11);
        painter->drawRoundedRect(box, 2, 2);
        QPainterPath tick;
        tick.moveTo(box.left() + 2.5, box.center().y());
        tick.lineTo(box.left() + 4.8, box.bottom() - 2.5);
        tick.lineTo(box.right() - 2, box.top() + 2.5);
        painter->drawPath(tick);
    } else if (!isRead) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QPointF(marker.left() + 6, marker.center().y() + 0.5), 3.5, 3.5);
    }

    int x = rect.left() + MarkerWidth;
    const int right = rect.right();
    // Priority and star sit before the title, where the eye starts.
    const int priority = index.data(PriorityRole).toInt();
    painter->setFont(smallFont);
    if (priority > 0) {
        const auto label = u"P%1"_s.arg(priority);
        const int width = smallMetrics.horizontalAdvance(label) + 8;
        const QRectF badge(x, marker.center().y() - smallMetrics.height() / 2.0, width, smallMetrics.height());
        auto color = priority == 1 ? QColor(0xda, 0x44, 0x53) : priority == 2 ? QColor(0xf6, 0x74, 0x00)
                                                                              : QColor(0x1d, 0x99, 0xf3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? textColor : color);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(selected ? opt.palette.color(QPalette::Highlight) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, label);
        x += width + 5;
    }
    if (index.data(IsStarredRole).toBool()) {
        painter->setFont(titleFont);
        painter->setPen(selected ? textColor : QColor(0xe0, 0xa0, 0x00));
        const auto star = u"★"_s;
        painter->drawText(QRect(x, lineTop, titleMetrics.horizontalAdvance(star), titleMetrics.height()),
                          Qt::AlignLeft, star);
        x += titleMetrics.horizontalAdvance(star) + 4;
    }

    // A filed entry (Later, Archived) still listed here is said so on the right, dimmed.
    int titleRight = right;
    if (isFiled) {
        const auto label = stateLabel(state);
        const int width = smallMetrics.horizontalAdvance(label);
        painter->setFont(smallFont);
        painter->setPen(mutedColor);
        painter->drawText(QRect(right - width, lineTop, width, titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                          label);
        titleRight = right - width - 8;
    }

    painter->setFont(titleFont);
    painter->setPen(isFiled && !selected ? mutedColor : textColor);
    if (m_isTwoLines) {
        const auto title =
            titleMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, std::max(0, titleRight - x));
        painter->drawText(QRect(x, lineTop, titleRight - x, titleMetrics.height()), Qt::AlignLeft, title);
        const QRect second(rect.left() + MarkerWidth, lineTop + titleMetrics.height() + 2,
                           rect.width() - MarkerWidth, smallMetrics.height());
        painter->setFont(smallFont);
        painter->setPen(mutedColor);
        const auto snippet = index.data(SnippetRole).toString();
        if (!snippet.isEmpty())
            drawSnippet(painter, second, snippet, index.data(SnippetRangesRole).toList(), smallFont);
        else
            painter->drawText(second, Qt::AlignLeft, smallMetrics.elidedText(metaLine(index), Qt::ElideRight, second.width()));
    } else {
        // One line: the title, then the source and date right-aligned.
        const auto meta = QStringList{index.data(SourceRole).toString(), dateText(index)}.join(u"  "_s).trimmed();
        const int metaWidth = std::min(smallMetrics.horizontalAdvance(meta), (titleRight - x) / 2);
        painter->setFont(smallFont);
        painter->setPen(mutedColor);
        painter->drawText(QRect(titleRight - metaWidth, lineTop, metaWidth, titleMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, smallMetrics.elidedText(meta, Qt::ElideLeft, metaWidth));
        painter->setFont(titleFont);
        painter->setPen(isFiled && !selected ? mutedColor : textColor);
        const int titleWidth = std::max(0, titleRight - metaWidth - 10 - x);
        painter->drawText(QRect(x, lineTop, titleWidth, titleMetrics.height()), Qt::AlignLeft,
                          titleMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, titleWidth));
    }
    painter->restore();
}

QSize ArticleItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics smallMetrics(smallerFont(option.font));
    int height = QFontMetrics(titleFont).height() + Padding;
    if (m_isTwoLines)
        height += smallMetrics.height() + 2;
    if (!dayHeading(index).isEmpty())
        height += smallMetrics.height() + Padding;
    return {200, height};
}

ArticleListView::ArticleListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ArticleItemDelegate(this))
{
    setObjectName(u"articleList"_s);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Day headings make rows differ in height; the layout is batched so a long list stays quick.
    setUniformItemSizes(false);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
}

void ArticleListView::relayout()
{
    scheduleDelayedItemsLayout();
    viewport()->update();
}

} // namespace Attache
