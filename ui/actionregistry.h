#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QIcon;
class QWidget;

namespace Attache {

// Every command of the window, registered once with its group, a stable snake_case id, its text,
// icon and default keys. Menus, the toolbar, the keymap, the palette, the shortcut editor and the
// handbook's key table read actions from here; user key overrides are stored in the settings
// under "shortcuts/<id>" and applied when an action is registered.
class ActionRegistry final : public QObject
{
    Q_OBJECT

public:
    // Where a command belongs, in the order the window reads. The keyboard widgets group by it,
    // so that the grouping does not depend on the language of the menu titles.
    enum class Group { File, Edit, Go, Triage, Notes, Entities, Timeline, View, Settings, Help };
    Q_ENUM(Group)

    // Actions are added to `owner` with Qt::WindowShortcut context so that they work from any
    // widget of the window. Single-key shortcuts still yield to editable text fields, which
    // accept the ShortcutOverride event for printable keys.
    explicit ActionRegistry(QWidget *owner);

    // `themeIcon` is a name of the freedesktop icon naming specification (or of Breeze): the
    // icon comes from the user's theme, else from the few bundled under :/icons/actions.
    QAction *add(Group group, const QString &id, const QString &text, const QList<QKeySequence> &defaultShortcuts = {},
        const QString &iconName = {});
    // Registers an action made elsewhere (a dock's show/hide toggle) as a command of its own.
    QAction *adopt(Group group, const QString &id, QAction *action, const QList<QKeySequence> &defaultShortcuts = {});
    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_ordered; }
    QList<QKeySequence> defaultShortcuts(const QString &id) const { return m_defaults.value(id); }
    // The group the action was registered in; Help for an action from elsewhere.
    Group group(const QAction *action) const;

    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);

    // The group's title as the user reads it, translated: "Triage", "Tri" in French.
    static QString groupTitle(Group group);
    // The theme's icon of that name, or the bundled one when the theme lacks it (a null icon
    // when neither has it).
    static QIcon themeIcon(const QString &name);
    // Whether an icon of that name is bundled as a fallback.
    static bool hasBundledIcon(const QString &name);

private:
    QWidget *m_owner;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<QKeySequence>> m_defaults;
    QHash<const QAction *, Group> m_groups;
    QList<QAction *> m_ordered;
};

} // namespace Attache
