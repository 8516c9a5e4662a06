#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace Attache {

// Every command of the window, registered once with a stable snake_case id, its text, icon and
// default keys. Menus, the toolbar and the keymap read actions from here; user key overrides are
// stored in the settings under "shortcuts/<id>" and applied when an action is registered.
class ActionRegistry final : public QObject
{
    Q_OBJECT

public:
    // Actions are added to `owner` with Qt::WindowShortcut context so that they work from any
    // widget of the window. Single-key shortcuts still yield to editable text fields, which
    // accept the ShortcutOverride event for printable keys.
    explicit ActionRegistry(QWidget *owner);

    QAction *add(const QString &id, const QString &text, const QList<QKeySequence> &defaultShortcuts = {},
                 const QString &themeIcon = {});
    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_ordered; }
    QList<QKeySequence> defaultShortcuts(const QString &id) const { return m_defaults.value(id); }

    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);

private:
    QWidget *m_owner;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<QKeySequence>> m_defaults;
    QList<QAction *> m_ordered;
};

} // namespace Attache
