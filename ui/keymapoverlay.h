#pragma once

#include <QPointer>
#include <QWidget>

namespace Attache {

class ActionRegistry;

// A translucent sheet over the whole window ("?") listing every command that has a key, grouped
// by menu (File, Go, …, View) in balanced columns. Colours come from the palette, so it reads in
// light and dark schemes alike. Esc, "?", or any click closes it and gives focus back.
class KeymapOverlay final : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString id; // the action's object name (registry id when it has one)
        QString text;
        QStringList keys; // native text, one entry per shortcut
    };
    struct Group
    {
        QString name;
        QList<Row> rows;
        int rank = 0; // the registry's group order
    };

    KeymapOverlay(ActionRegistry &registry, QWidget *window);

    // What is listed, in reading order; refreshed each time the overlay opens.
    QList<Group> groups() const { return m_groups; }

    void popup();
    void toggle();
    void dismiss();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void collect();

    ActionRegistry &m_registry;
    QList<Group> m_groups;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Attache
