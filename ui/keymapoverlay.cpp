#include "keymapoverlay.h"

#include "actiongroups.h"
#include "actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr int Margin = 32;
constexpr int ColumnGap = 36;
constexpr int ColumnWidth = 330;
constexpr int CapPadding = 6;
constexpr int CapGap = 4;

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

KeymapOverlay::KeymapOverlay(ActionRegistry &registry, QWidget *window)
    : QWidget(window)
    , m_registry(registry)
{
    setObjectName(u"keymapOverlay"_s);
    setFocusPolicy(Qt::StrongFocus);
    window->installEventFilter(this);
    hide();
}

void KeymapOverlay::popup()
{
    if (!isVisible()) {
        auto *focus = QApplication::focusWidget();
        m_returnFocus = focus && focus != this ? focus : nullptr;
    }
    collect();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus(Qt::PopupFocusReason);
    update();
}

void KeymapOverlay::toggle()
{
    if (isVisible())
        dismiss();
    else
        popup();
}

void KeymapOverlay::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::PopupFocusReason);
}

void KeymapOverlay::collect()
{
    // The registry's commands first, in their order, then keyed actions made elsewhere (a dock's
    // show/hide toggle) so that the sheet lists every key the window answers to.
    QList<QAction *> actions = m_registry.actions();
    const auto others = parentWidget()->findChildren<QAction *>();
    for (auto *action : others)
        if (!actions.contains(action) && !action->menu() && !action->shortcuts().isEmpty())
            actions << action;

    QList<Group> groups;
    for (auto *action : std::as_const(actions)) {
        QStringList keys;
        for (const auto &shortcut : action->shortcuts())
            if (!shortcut.isEmpty())
                keys << shortcut.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        const auto name = ActionRegistry::groupTitle(m_registry.group(action));
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.name == name; });
        if (group == groups.end()) {
            groups << Group { name, {}, int(m_registry.group(action)) };
            group = groups.end() - 1;
        }
        group->rows << Row{action->objectName(), ActionGroups::plainText(action), keys};
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.rank < b.rank; });
    m_groups = groups;
}

bool KeymapOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KeymapOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question || event->text() == u"?"_s) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KeymapOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    dismiss();
}

void KeymapOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto colors = palette();
    auto sheet = colors.color(QPalette::Window);
    sheet.setAlpha(238);
    painter.fillRect(rect(), sheet);

    const auto titleFont = scaled(font(), 1.6, true);
    const auto groupFont = scaled(font(), 1.1, true);
    const auto rowFont = font();
    const auto capFont = scaled(font(), 0.92);
    const QFontMetrics rowMetrics(rowFont), capMetrics(capFont), groupMetrics(groupFont);
    const int rowHeight = std::max(rowMetrics.height(), capMetrics.height() + 2 * 3) + 6;
    const int groupHeight = groupMetrics.height() + 14;

    painter.setPen(colors.color(QPalette::WindowText));
    painter.setFont(titleFont);
    const QRect titleRect(Margin, Margin, width() - 2 * Margin, QFontMetrics(titleFont).height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Keyboard Shortcuts"));
    painter.setFont(rowFont);
    painter.setPen(colors.color(QPalette::PlaceholderText));
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, tr("Esc, ? or a click closes this sheet"));

    // Balanced columns: groups stay whole and in order; a column is full when it holds its share.
    const int columns = std::clamp((width() - 2 * Margin + ColumnGap) / (ColumnWidth + ColumnGap), 1, 4);
    int total = 0;
    for (const auto &group : std::as_const(m_groups))
        total += groupHeight + int(group.rows.size()) * rowHeight;
    const int share = (total + columns - 1) / columns;
    const int top = titleRect.bottom() + 24;
    const int columnWidth = (width() - 2 * Margin - (columns - 1) * ColumnGap) / columns;

    int column = 0, y = top;
    for (const auto &group : std::as_const(m_groups)) {
        const int height = groupHeight + int(group.rows.size()) * rowHeight;
        if (y > top && y - top + height / 2 > share && column < columns - 1) {
            ++column;
            y = top;
        }
        const int x = Margin + column * (columnWidth + ColumnGap);

        painter.setFont(groupFont);
        painter.setPen(colors.color(QPalette::WindowText));
        painter.drawText(QRect(x, y, columnWidth, groupMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         group.name);
        painter.setPen(QPen(colors.color(QPalette::Mid), 1));
        painter.drawLine(x, y + groupMetrics.height() + 4, x + columnWidth, y + groupMetrics.height() + 4);
        y += groupHeight;

        for (const auto &row : group.rows) {
            // Key caps on the right, the command on the left, elided if the column is narrow.
            int capX = x + columnWidth;
            painter.setFont(capFont);
            for (auto key = row.keys.crbegin(); key != row.keys.crend(); ++key) {
                const int capWidth = capMetrics.horizontalAdvance(*key) + 2 * CapPadding;
                capX -= capWidth;
                const QRectF cap(capX, y + (rowHeight - capMetrics.height() - 6) / 2.0, capWidth,
                                 capMetrics.height() + 6);
                QPainterPath path;
                path.addRoundedRect(cap.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
                painter.fillPath(path, colors.color(QPalette::Button));
                painter.setPen(QPen(colors.color(QPalette::Mid), 1));
                painter.drawPath(path);
                painter.setPen(colors.color(QPalette::ButtonText));
                painter.drawText(cap, Qt::AlignCenter, *key);
                capX -= CapGap;
            }
            painter.setFont(rowFont);
            painter.setPen(colors.color(QPalette::WindowText));
            const int textWidth = capX - x - 8;
            painter.drawText(QRect(x, y, textWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             rowMetrics.elidedText(row.text, Qt::ElideRight, textWidth));
            y += rowHeight;
        }
        y += 14;
    }
}

} // namespace Attache
