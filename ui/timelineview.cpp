#include "timelineview.h"
#include "timelinetext.h"

#include "core/itemdatarole.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStaticText>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Attache {

using namespace TimelineText;

namespace {

constexpr int AxisHeight = 40;
constexpr int CardHeight = 58;
constexpr int LaneGap = 10;
constexpr int LanePitch = CardHeight + LaneGap;
constexpr int CardPadding = 8;
constexpr int AccentWidth = 4;
constexpr double CardMaximumWidth = 300;
constexpr double CardMinimumWidth = 90;
constexpr int SideMargin = 24;
constexpr double MaximumPixelsPerDay = 400;
constexpr double ZoomStep = 1.4;
constexpr int ExactMeasureLimit = 2000;
constexpr int HeaderIconWidth = 13;

// Each event type has its own marker shape as well as its colour, so that types stay apart for
// readers who do not tell the colours apart, and in print.
QPainterPath markerShape(EventType type, const QPointF &c, qreal r)
{
    QPainterPath path;
    auto polygon = [&](std::initializer_list<QPointF> points) {
        QPolygonF shape;
        for (const auto &p : points)
            shape << c + p * r;
        shape << shape.first();
        path.addPolygon(shape);
    };
    switch (type) {
    case EventType::Statement: path.addEllipse(c, r, r); break;
    case EventType::Consultation: path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7)); break;
    case EventType::Cooperation: polygon({{0, -1.2}, {1.2, 0}, {0, 1.2}, {-1.2, 0}}); break;
    case EventType::Demand: polygon({{0, -1.2}, {1.1, 0.9}, {-1.1, 0.9}}); break;
    case EventType::Criticism: polygon({{-1.1, -0.9}, {1.1, -0.9}, {0, 1.2}}); break;
    case EventType::Threat: polygon({{-0.9, -1.1}, {1.2, 0}, {-0.9, 1.1}}); break;
    case EventType::Protest:
        polygon({{-0.35, -1.1}, {0.35, -1.1}, {0.35, -0.35}, {1.1, -0.35}, {1.1, 0.35}, {0.35, 0.35}, {0.35, 1.1},
                 {-0.35, 1.1}, {-0.35, 0.35}, {-1.1, 0.35}, {-1.1, -0.35}, {-0.35, -0.35}});
        break;
    case EventType::Sanction: path.addRect(QRectF(c.x() - r * 1.2, c.y() - r * 0.5, r * 2.4, r)); break;
    case EventType::Expulsion: polygon({{0.9, -1.1}, {-1.2, 0}, {0.9, 1.1}}); break;
    case EventType::LegalAction:
        polygon({{-0.55, -1}, {0.55, -1}, {1.1, 0}, {0.55, 1}, {-0.55, 1}, {-1.1, 0}});
        break;
    case EventType::MilitaryAction:
        polygon({{0, -1.3}, {0.35, -0.35}, {1.3, 0}, {0.35, 0.35}, {0, 1.3}, {-0.35, 0.35}, {-1.3, 0}, {-0.35, -0.35}});
        break;
    case EventType::Other: path.addEllipse(c, r * 0.7, r * 0.7); break;
    }
    return path;
}

QFont labelFont(const QFont &base)
{
    auto font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    auto font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"timelineView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(LanePitch / 2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setMinimumHeight(AxisHeight + LanePitch + 30);
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::modelChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::modelChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::modelChanged);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    modelChanged();
}

void TimelineView::setColors(const ThemeColors &colors)
{
    m_colors = colors;
    viewport()->update();
}

QRectF TimelineView::visualRect(int row) const
{
    if (row < 0 || row >= m_cards.size() || m_cards.at(row).lane < 0)
        return {};
    return cardRect(m_cards.at(row)).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

int TimelineView::laidOutCount() const
{
    return int(m_cardByX.size());
}

void TimelineView::modelChanged()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_currentRow = rows == 0 ? -1 : std::clamp(m_currentRow, -1, rows - 1);
    measure();
    fitAll();
}

void TimelineView::measure()
{
    m_rowInfo.clear();
    m_cardText.clear();
    m_maxCardWidth = CardMinimumWidth;
    if (!m_model)
        return;
    const QFontMetricsF labelMetrics(labelFont(font()));
    const QFontMetricsF smallMetrics(smallFont(font()));
    const int rows = m_model->rowCount();
    // Exact text widths cost about 30 µs a line; past a few thousand events an estimate from the
    // average character width keeps the first layout fast, and cards elide what overflows.
    const bool isExact = rows <= ExactMeasureLimit;
    const auto labelWidth = [&](const QString &text) {
        return isExact ? labelMetrics.horizontalAdvance(text) : labelMetrics.averageCharWidth() * 1.1 * text.size();
    };
    const auto smallWidth = [&](const QString &text) {
        return isExact ? smallMetrics.horizontalAdvance(text) : smallMetrics.averageCharWidth() * 1.1 * text.size();
    };
    m_rowInfo.reserve(rows);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (int row = 0; row < rows; ++row) {
        const auto index = m_model->index(row, 0);
        const auto begin = index.data(EventBeginRole).toDate();
        const auto end = index.data(EventEndRole).toDate();
        RowInfo info;
        info.beginDay = begin.toJulianDay();
        info.endDay = (end.isValid() ? end : begin).toJulianDay();
        info.type = EventType(index.data(EventTypeRole).toInt());
        info.isUncertain = index.data(EventIsUncertainRole).toBool();
        info.header = (info.isUncertain ? u"≈ "_s : QString()) + dateText(begin, end) + u"  ·  "_s + typeText(info.type);
        info.actorIds = index.data(EventActorIdsRole).toStringList();
        info.actorNames = index.data(EventActorsRole).toStringList();
        first = std::min(first, info.beginDay);
        last = std::max(last, info.endDay);
        const auto widest = std::max({labelWidth(index.data(EventLabelRole).toString()),
                                      smallWidth(info.header) + HeaderIconWidth,
                                      smallWidth(info.actorNames.join(u", "_s))});
        info.width = std::clamp(widest + 2 * CardPadding + AccentWidth, CardMinimumWidth, CardMaximumWidth);
        m_maxCardWidth = std::max(m_maxCardWidth, info.width);
        m_rowInfo << std::move(info);
    }
    if (rows == 0) {
        m_firstDay = m_lastDay = QDate::currentDate().toJulianDay();
        return;
    }
    // A little air on both sides, more for short spans so that a single day does not fill the view.
    const auto span = std::max<qint64>(last - first, 1);
    const auto padding = std::max<qint64>(span / 20, 3);
    m_firstDay = first - padding;
    m_lastDay = last + padding;
}

int TimelineView::availableWidth() const
{
    // Independent of whether the vertical scroll bar shows, so that fitting is stable.
    return maximumViewportSize().width() - verticalScrollBar()->sizeHint().width();
}

double TimelineView::minimumPixelsPerDay() const
{
    const double available = std::max(100, availableWidth() - 2 * SideMargin) - m_maxCardWidth / 2;
    const double fit = std::max(20.0, available) / double(std::max<qint64>(m_lastDay - m_firstDay, 1));
    // Never so far out that a century does not fit; never further than needed to show everything.
    return std::min(fit, 0.01);
}

void TimelineView::fitAll()
{
    // The last card must fit too: it starts at the last event and extends to the right.
    const double available = std::max(100.0, availableWidth() - 2.0 * SideMargin - m_maxCardWidth);
    m_pixelsPerDay = std::clamp(available / double(std::max<qint64>(m_lastDay - m_firstDay, 1)),
                                minimumPixelsPerDay(), MaximumPixelsPerDay);
    relayout();
    m_isFitted = true;
    horizontalScrollBar()->setValue(0);
    if (m_currentRow >= 0)
        ensureVisible(m_currentRow);
}

void TimelineView::zoomIn()
{
    zoomAround(ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomAround(1.0 / ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::zoomAround(double factor, double viewportX)
{
    const double contentX = horizontalScrollBar()->value() + viewportX;
    const double day = (contentX - SideMargin) / m_pixelsPerDay;
    const double zoomed = std::clamp(m_pixelsPerDay * factor, minimumPixelsPerDay(), MaximumPixelsPerDay);
    if (qFuzzyCompare(zoomed, m_pixelsPerDay))
        return;
    m_pixelsPerDay = zoomed;
    m_isFitted = false;
    relayout();
    horizontalScrollBar()->setValue(int(std::lround(day * m_pixelsPerDay + SideMargin - viewportX)));
}

double TimelineView::contentXForDay(qint64 day) const
{
    return SideMargin + double(day - m_firstDay) * m_pixelsPerDay;
}

qint64 TimelineView::dayForContentX(double x) const
{
    return m_firstDay + qint64(std::floor((x - SideMargin) / m_pixelsPerDay));
}

void TimelineView::relayout()
{
    m_cards.clear();
    m_cardByX.clear();
    m_badges.clear();
    m_hiddenCount = 0;
    m_laneCount = 0;
    if (!m_model) {
        updateScrollBars();
        return;
    }
    const int rows = int(m_rowInfo.size());
    m_cards.reserve(rows);
    std::array<double, MaximumLanes> laneRight;
    laneRight.fill(-1e18);
    for (int row = 0; row < rows; ++row) {
        const auto &info = m_rowInfo.at(row);
        Card card;
        card.row = row;
        card.x = contentXForDay(info.beginDay);
        card.endX = contentXForDay(info.endDay + 1);
        card.width = info.width;
        // Rows come in time order, so a greedy first-fit keeps cards in lanes left to right.
        for (int lane = 0; lane < MaximumLanes; ++lane) {
            if (laneRight[lane] + LaneGap <= card.x) {
                card.lane = lane;
                laneRight[lane] = card.x + card.width;
                m_laneCount = std::max(m_laneCount, lane + 1);
                break;
            }
        }
        if (card.lane < 0) {
            ++m_hiddenCount;
            if (!m_badges.isEmpty() && card.x - m_badges.last().x < 24)
                ++m_badges.last().count;
            else
                m_badges << Badge{card.x, 1};
        } else {
            m_cardByX << int(m_cards.size());
        }
        m_cards << card;
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const double contentWidth = contentXForDay(m_lastDay + 1) + m_maxCardWidth + SideMargin;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, int(contentWidth) - viewport()->width()));
    const int contentHeight = AxisHeight + m_laneCount * LanePitch + LaneGap;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - viewport()->height()));
}

QRectF TimelineView::cardRect(const Card &card) const
{
    return {card.x, double(AxisHeight + LaneGap + card.lane * LanePitch), card.width, double(CardHeight)};
}

void TimelineView::setCurrentRow(int row)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    row = rows == 0 ? -1 : std::clamp(row, 0, rows - 1);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    if (row >= 0)
        ensureVisible(row);
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

void TimelineView::ensureVisible(int row)
{
    if (row < 0 || row >= m_cards.size())
        return;
    const auto &card = m_cards.at(row);
    const int left = horizontalScrollBar()->value();
    const int width = viewport()->width();
    if (card.x < left + SideMargin || card.x + card.width > left + width - SideMargin)
        horizontalScrollBar()->setValue(int(card.x - width / 3.0));
    if (card.lane >= 0) {
        const auto rect = cardRect(card);
        const int top = verticalScrollBar()->value();
        if (rect.top() - AxisHeight < top || rect.bottom() > top + viewport()->height())
            verticalScrollBar()->setValue(int(rect.top()) - AxisHeight - LaneGap);
    }
}

int TimelineView::cardAt(const QPoint &point) const
{
    const double x = point.x() + horizontalScrollBar()->value();
    const double y = point.y() + verticalScrollBar()->value();
    if (point.y() < AxisHeight)
        return -1;
    for (const int i : m_cardByX) {
        const auto &card = m_cards.at(i);
        if (card.x > x)
            break;
        if (cardRect(card).contains(x, y))
            return card.row;
    }
    return -1;
}

struct TimelineView::PaintFonts
{
    QFont small;
    QFont bold;
    QFontMetrics smallMetrics;
    QFontMetrics boldMetrics;
};

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const auto visible = viewport()->rect();
    painter.fillRect(visible, palette().color(QPalette::Base));

    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(visible, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No dated events here. Events appear when an article mentions a date "
                            "or reports what happened on its publication day."));
        return;
    }

    const double offsetX = horizontalScrollBar()->value();
    const double offsetY = verticalScrollBar()->value();

    // Cards first, clipped below the axis; the axis is painted last so it stays on top.
    painter.save();
    painter.setClipRect(QRect(0, AxisHeight, visible.width(), visible.height() - AxisHeight));
    const double left = offsetX - m_maxCardWidth;
    const double right = offsetX + visible.width();
    auto first = std::lower_bound(m_cardByX.cbegin(), m_cardByX.cend(), left,
                                  [this](int i, double x) { return m_cards.at(i).x < x; });
    const PaintFonts fonts{smallFont(font()), labelFont(font()), QFontMetrics(smallFont(font())),
                           QFontMetrics(labelFont(font()))};
    for (auto it = first; it != m_cardByX.cend() && m_cards.at(*it).x <= right; ++it)
        paintCard(painter, fonts, m_cards.at(*it), offsetX, offsetY);
    painter.restore();

    paintAxis(painter, visible);

    // Markers on the axis, with range bars for events that span more than a day.
    const double axisY = AxisHeight - 10;
    // Ranges may start far to the left. Markers closer than two pixels are drawn once: they would
    // cover each other anyway, and this keeps a zoomed-out view of thousands of events cheap.
    auto firstMarker = std::lower_bound(m_cards.cbegin(), m_cards.cend(), offsetX - 2000.0,
                                        [](const Card &card, double x) { return card.x < x; });
    int lastPixel = std::numeric_limits<int>::min() / 2;
    for (auto it = firstMarker; it != m_cards.cend() && it->x <= right; ++it) {
        const auto &info = m_rowInfo.at(it->row);
        const double x = it->x - offsetX;
        const auto color = m_colors.event(info.type);
        if (it->endX - it->x > 6) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_colors.background(color));
            painter.drawRoundedRect(QRectF(x, axisY - 3, it->endX - it->x, 6), 3, 3);
        }
        const int pixel = int(std::lround(x));
        if (pixel - lastPixel < 2)
            continue;
        lastPixel = pixel;
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(info.isUncertain ? palette().color(QPalette::Base) : color);
        painter.drawPath(markerShape(info.type, QPointF(x, axisY), 4.5));
    }
    for (const auto &badge : std::as_const(m_badges)) {
        const double x = badge.x - offsetX;
        if (x < -40 || x > right - offsetX + 40)
            continue;
        const auto text = u"+%1"_s.arg(badge.count);
        const QFontMetrics metrics(smallFont(font()));
        const QRectF rect(x + 6, axisY - 8, metrics.horizontalAdvance(text) + 8, 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(rect, 8, 8);
        painter.setFont(smallFont(font()));
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(rect, Qt::AlignCenter, text);
    }
}

void TimelineView::paintAxis(QPainter &painter, const QRect &visible)
{
    const double offsetX = horizontalScrollBar()->value();
    painter.fillRect(QRect(0, 0, visible.width(), AxisHeight), palette().color(QPalette::AlternateBase));
    const auto lineColor = palette().color(QPalette::Mid);
    painter.setPen(lineColor);
    painter.drawLine(QPointF(0, AxisHeight - 10), QPointF(visible.width(), AxisHeight - 10));
    painter.drawLine(QPointF(0, AxisHeight - 0.5), QPointF(visible.width(), AxisHeight - 0.5));

    // Tick spacing: the finest calendar unit whose ticks stay at least MinimumGap pixels apart.
    constexpr double MinimumGap = 70;
    enum class Unit { Day, Week, Month, Quarter, Year, FiveYears, Decade, HalfCentury };
    const std::pair<Unit, double> units[] = {{Unit::Day, 1},        {Unit::Week, 7},          {Unit::Month, 30.4},
                                             {Unit::Quarter, 91.3}, {Unit::Year, 365.25},     {Unit::FiveYears, 1826},
                                             {Unit::Decade, 3652},  {Unit::HalfCentury, 18262}};
    auto unit = Unit::HalfCentury;
    for (const auto &[candidate, days] : units) {
        if (days * m_pixelsPerDay >= MinimumGap) {
            unit = candidate;
            break;
        }
    }

    const auto firstVisible = QDate::fromJulianDay(dayForContentX(offsetX) - 1);
    const auto lastDay = dayForContentX(offsetX + visible.width()) + 1;
    QDate tick;
    switch (unit) {
    case Unit::Day: tick = firstVisible; break;
    case Unit::Week: tick = firstVisible.addDays(1 - firstVisible.dayOfWeek()); break;
    case Unit::Month: tick = QDate(firstVisible.year(), firstVisible.month(), 1); break;
    case Unit::Quarter: tick = QDate(firstVisible.year(), ((firstVisible.month() - 1) / 3) * 3 + 1, 1); break;
    case Unit::Year: tick = QDate(firstVisible.year(), 1, 1); break;
    case Unit::FiveYears: tick = QDate(firstVisible.year() - firstVisible.year() % 5, 1, 1); break;
    case Unit::Decade: tick = QDate(firstVisible.year() - firstVisible.year() % 10, 1, 1); break;
    case Unit::HalfCentury: tick = QDate(firstVisible.year() - firstVisible.year() % 50, 1, 1); break;
    }

    painter.setFont(smallFont(font()));
    const auto textColor = palette().color(QPalette::Text);
    for (int guard = 0; tick.isValid() && tick.toJulianDay() <= lastDay && guard < 1000; ++guard) {
        const double x = contentXForDay(tick.toJulianDay()) - offsetX;
        painter.setPen(lineColor);
        painter.drawLine(QPointF(x, AxisHeight - 14), QPointF(x, AxisHeight - 6));
        QString label;
        switch (unit) {
        case Unit::Day:
        case Unit::Week: label = tick.day() <= 7 && unit == Unit::Week ? dayMonthYear(tick) : dayMonth(tick); break;
        case Unit::Month:
        case Unit::Quarter:
            label = monthName(tick.month(), QLocale::ShortFormat);
            if (tick.month() == 1)
                label += u' ' + QString::number(tick.year());
            break;
        default: label = QString::number(tick.year()); break;
        }
        painter.setPen(textColor);
        painter.drawText(QRectF(x + 3, 4, 200, AxisHeight - 18), Qt::AlignLeft | Qt::AlignVCenter, label);
        switch (unit) {
        case Unit::Day: tick = tick.addDays(1); break;
        case Unit::Week: tick = tick.addDays(7); break;
        case Unit::Month: tick = tick.addMonths(1); break;
        case Unit::Quarter: tick = tick.addMonths(3); break;
        case Unit::Year: tick = tick.addYears(1); break;
        case Unit::FiveYears: tick = tick.addYears(5); break;
        case Unit::Decade: tick = tick.addYears(10); break;
        case Unit::HalfCentury: tick = tick.addYears(50); break;
        }
    }
}

void TimelineView::paintCard(QPainter &painter, const PaintFonts &fonts, const Card &card, double offsetX,
                             double offsetY)
{
    const auto index = m_model->index(card.row, 0);
    const auto &info = m_rowInfo.at(card.row);
    const auto color = m_colors.event(info.type);
    const bool uncertain = info.isUncertain;
    const bool current = card.row == m_currentRow;
    const bool inCurrentArticle = index.data(EventIsInCurrentArticleRole).toBool();
    const auto rect = cardRect(card).translated(-offsetX, -offsetY);

    // A faint stem from the axis marker to the card.
    painter.setPen(QPen(m_colors.background(color), 1));
    painter.drawLine(QPointF(rect.left(), AxisHeight - 6), QPointF(rect.left(), rect.top()));

    auto fill = palette().color(QPalette::Base);
    if (current)
        fill = palette().color(QPalette::Highlight);
    else if (card.row == m_hoveredRow || inCurrentArticle)
        fill = palette().color(QPalette::AlternateBase);
    QPen border(current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), 1);
    if (uncertain)
        border.setStyle(Qt::DashLine);
    if (inCurrentArticle && !current) {
        border.setColor(color);
        border.setWidthF(1.5);
    }
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), AccentWidth, rect.height()), 2, 2);

    const auto text = current ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text);
    auto muted = text;
    muted.setAlphaF(0.7f);
    const auto inner = rect.adjusted(AccentWidth + CardPadding, 5, -CardPadding, -5);
    const auto headerInset = HeaderIconWidth;
    const auto &small = fonts.small;
    const auto &smallMetrics = fonts.smallMetrics;
    const auto &bold = fonts.bold;
    const auto &boldMetrics = fonts.boldMetrics;

    // Shaping text is most of a card's cost; each card's three elided lines are shaped once and
    // kept until the model or the font changes.
    auto cached = m_cardText.find(card.row);
    if (cached == m_cardText.end()) {
        const int width = int(inner.width());
        CardText lines{
            QStaticText(smallMetrics.elidedText(info.header, Qt::ElideRight, width - HeaderIconWidth)),
            QStaticText(boldMetrics.elidedText(index.data(EventLabelRole).toString(), Qt::ElideRight, width)),
            QStaticText(smallMetrics.elidedText(index.data(EventActorsRole).toStringList().join(u", "_s),
                                                Qt::ElideRight, width)),
        };
        for (auto *line : {&lines.header, &lines.label, &lines.actors})
            line->setTextFormat(Qt::PlainText);
        lines.header.prepare(QTransform(), small);
        lines.label.prepare(QTransform(), bold);
        lines.actors.prepare(QTransform(), small);
        cached = m_cardText.insert(card.row, std::move(lines));
    }
    painter.setFont(small);
    painter.setPen(current ? text : color);
    painter.save();
    painter.setPen(QPen(current ? text : color, 1.2));
    painter.setBrush(uncertain ? Qt::NoBrush : QBrush(current ? text : color));
    painter.drawPath(markerShape(info.type, QPointF(inner.left() + 4, inner.top() + smallMetrics.height() / 2.0), 3.5));
    painter.restore();
    painter.drawStaticText(QPointF(inner.left() + headerInset, inner.top()), cached->header);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawStaticText(QPointF(inner.left(), inner.top() + smallMetrics.height() + 1), cached->label);
    painter.setFont(small);
    painter.setPen(muted);
    painter.drawStaticText(QPointF(inner.left(), inner.bottom() - smallMetrics.height()), cached->actors);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // A timeline showing everything keeps showing everything; a zoomed one keeps its scale.
    if (m_isFitted) {
        fitAll();
        return;
    }
    m_pixelsPerDay = std::max(m_pixelsPerDay, minimumPixelsPerDay());
    relayout();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const auto delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int amount = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - amount);
    } else if (delta.y() != 0) {
        zoomAround(std::pow(ZoomStep, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_dragStart = event->position().toPoint();
    m_dragScrollStart = horizontalScrollBar()->value();
    m_isDragging = false;
    const int row = cardAt(m_dragStart);
    if (row < 0)
        return;
    setCurrentRow(row);
    if (const auto actor = actorAt(row, m_dragStart); actor >= 0) {
        const auto &info = m_rowInfo.at(row);
        Q_EMIT actorClicked(info.actorIds.value(actor), info.actorNames.value(actor));
    }
}

int TimelineView::actorAt(int row, const QPoint &viewportPoint) const
{
    // The actors line is the card's last line: find which name of "A, B, C" is under the pointer.
    const auto rect = cardRect(m_cards.at(row)).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QFontMetricsF metrics(smallFont(font()));
    const auto inner = rect.adjusted(AccentWidth + CardPadding, 5, -CardPadding, -5);
    if (viewportPoint.y() < inner.bottom() - metrics.height())
        return -1;
    const auto &info = m_rowInfo.at(row);
    double x = inner.left();
    for (int i = 0; i < info.actorNames.size(); ++i) {
        const double width = metrics.horizontalAdvance(info.actorNames.at(i));
        if (viewportPoint.x() >= x && viewportPoint.x() <= std::min(x + width, inner.right()))
            return i < info.actorIds.size() ? i : -1;
        x += width + metrics.horizontalAdvance(u", "_s);
        if (x > inner.right())
            break;
    }
    return -1;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const int dx = event->position().toPoint().x() - m_dragStart.x();
        if (std::abs(dx) > 4)
            m_isDragging = true;
        if (m_isDragging) {
            horizontalScrollBar()->setValue(m_dragScrollStart - dx);
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        return;
    }
    const int hovered = cardAt(event->position().toPoint());
    if (hovered != m_hoveredRow) {
        m_hoveredRow = hovered;
        viewport()->setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    m_isDragging = false;
    viewport()->setCursor(m_hoveredRow >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = cardAt(event->position().toPoint());
    if (row >= 0) {
        setCurrentRow(row);
        Q_EMIT eventActivated(row);
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (rows > 0)
            setCurrentRow(m_currentRow < 0 ? rows - 1 : m_currentRow - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (rows > 0)
            setCurrentRow(m_currentRow < 0 ? 0 : m_currentRow + 1);
        break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(rows - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentRow >= 0)
            Q_EMIT eventActivated(m_currentRow);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: fitAll(); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = cardAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto index = m_model->index(row, 0);
        QToolTip::showText(help->globalPos(),
                           u"<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>"_s.arg(
                               index.data(EventLabelRole).toString().toHtmlEscaped(),
                               index.data(EventSentenceRole).toString().toHtmlEscaped(),
                               index.data(TitleRole).toString().toHtmlEscaped()),
                           viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Attache
