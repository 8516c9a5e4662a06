#pragma once

#include "themecolors.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QStaticText>

class QAbstractItemModel;

namespace Attache {

// A zoomable time axis with the events of a TimelineModel drawn as cards: a marker on the axis in
// the event type's colour, then the date, the label and the actors. Cards that would overlap stack
// in lanes; when more stack than fit, the rest are counted in a "+N" badge on the axis.
// Each event type has a marker shape and a colour. Clicking an actor's name asks to filter by it.
// Keyboard: Left/Right (or Up/Down) move between events in time order, Enter opens, +/- zoom,
// 0 fits everything. Wheel zooms around the pointer; Shift+wheel and dragging pan.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setColors(const ThemeColors &colors);

    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);

    void zoomIn();
    void zoomOut();
    void fitAll();
    double pixelsPerDay() const { return m_pixelsPerDay; }

    // Where the card of `row` is, in viewport coordinates; empty when it is not on a lane.
    QRectF visualRect(int row) const;

    // Cards laid out the last time; for tests and the frame-time benchmark.
    int laidOutCount() const;
    int hiddenCount() const { return m_hiddenCount; }

    static constexpr int MaximumLanes = 24;

Q_SIGNALS:
    void currentRowChanged(int row);
    void eventActivated(int row);
    // An actor's name was clicked on a card: filter by it.
    void actorClicked(const QString &entityId, const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Card
    {
        int row = -1;
        double x = 0;      // content x of the marker (begin date)
        double endX = 0;   // content x of the end date
        int lane = -1;     // -1 when hidden in a badge
        double width = 0;
    };
    // What layout and painting need of each row, read from the model once per reset.
    struct RowInfo
    {
        qint64 beginDay = 0;
        qint64 endDay = 0;
        EventType type = EventType::Other;
        bool isUncertain = false;
        double width = 0; // natural card width
        QString header;   // "5 Mar 2025  ·  consultation"
        QStringList actorIds;
        QStringList actorNames;
    };
    struct CardText
    {
        QStaticText header;
        QStaticText label;
        QStaticText actors;
    };
    struct Badge
    {
        double x = 0;
        int count = 0;
    };

    void modelChanged();
    void measure();
    void relayout();
    void updateScrollBars();
    void zoomAround(double factor, double viewportX);
    void ensureVisible(int row);
    int cardAt(const QPoint &viewportPoint) const;
    int actorAt(int row, const QPoint &viewportPoint) const; // index into the row's actors, or -1
    QRectF cardRect(const Card &card) const; // in content coordinates
    double contentXForDay(qint64 day) const;
    qint64 dayForContentX(double x) const;
    void paintAxis(QPainter &painter, const QRect &visible);
    struct PaintFonts;
    void paintCard(QPainter &painter, const PaintFonts &fonts, const Card &card, double offsetX, double offsetY);
    double minimumPixelsPerDay() const;
    int availableWidth() const;

    QPointer<QAbstractItemModel> m_model;
    ThemeColors m_colors;
    QList<Card> m_cards;        // one per row, sorted by row (= time order)
    QList<int> m_cardByX;       // indices into m_cards, sorted by x, visible cards only
    QList<Badge> m_badges;
    QList<RowInfo> m_rowInfo;
    QHash<int, CardText> m_cardText; // shaped lines of cards painted so far, by row
    int m_hiddenCount = 0;
    qint64 m_firstDay = 0;      // Julian day at content x = 0
    qint64 m_lastDay = 0;
    double m_pixelsPerDay = 1.0;
    double m_maxCardWidth = 0;
    int m_laneCount = 0;
    int m_currentRow = -1;
    int m_hoveredRow = -1;
    QPoint m_dragStart;
    int m_dragScrollStart = 0;
    bool m_isDragging = false;
    bool m_isFitted = true; // showing everything: a resize fits again
};

} // namespace Attache
