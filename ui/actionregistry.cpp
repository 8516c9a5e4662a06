#include "actionregistry.h"

#include "core/logging.h"

#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
QString settingsKey(const QString &id)
{
    return u"shortcuts/"_s + id;
}

QString bundledIconPath(const QString &name)
{
    return u":/icons/actions/"_s + name + u".svg"_s;
}
} // namespace

ActionRegistry::ActionRegistry(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{
}

QAction *ActionRegistry::add(Group group, const QString &id, const QString &text,
    const QList<QKeySequence> &defaultShortcuts, const QString &iconName)
{
    auto *action = new QAction(text, m_owner);
    if (!iconName.isEmpty())
        action->setIcon(themeIcon(iconName));
    m_owner->addAction(action);
    return adopt(group, id, action, defaultShortcuts);
}

QAction *ActionRegistry::adopt(
    Group group, const QString &id, QAction *action, const QList<QKeySequence> &defaultShortcuts)
{
    Q_ASSERT_X(!m_actions.contains(id), "ActionRegistry::add", "action ids are registered once");
    action->setObjectName(id);
    action->setShortcutContext(Qt::WindowShortcut);

    QList<QKeySequence> shortcuts = defaultShortcuts;
    const QSettings settings;
    if (settings.contains(settingsKey(id)))
        shortcuts = QKeySequence::listFromString(settings.value(settingsKey(id)).toString());
    // A cleared key is stored as "", which parses as one empty sequence; it means "no key".
    shortcuts.removeAll(QKeySequence());
    action->setShortcuts(shortcuts);

    m_actions.insert(id, action);
    m_defaults.insert(id, defaultShortcuts);
    m_groups.insert(action, group);
    m_ordered << action;
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    auto *found = m_actions.value(id);
    if (!found)
        qCWarning(lcUi) << "no action registered as" << id;
    return found;
}

ActionRegistry::Group ActionRegistry::group(const QAction *action) const
{
    return m_groups.value(action, Group::Help);
}

QString ActionRegistry::groupTitle(Group group)
{
    switch (group) {
    case Group::File: return tr("File");
    case Group::Edit: return tr("Edit");
    case Group::Go: return tr("Go");
    case Group::Triage: return tr("Triage");
    case Group::Notes: return tr("Notes");
    case Group::Entities: return tr("Entities");
    case Group::Timeline: return tr("Timeline");
    case Group::View: return tr("View");
    case Group::Settings: return tr("Settings");
    case Group::Help: return tr("Help");
    }
    return {};
}

bool ActionRegistry::hasBundledIcon(const QString &name)
{
    return QFile::exists(bundledIconPath(name));
}

QIcon ActionRegistry::themeIcon(const QString &name)
{
    // fromTheme's fallback is only used when the theme has no icon of that name at all.
    return hasBundledIcon(name) ? QIcon::fromTheme(name, QIcon(bundledIconPath(name))) : QIcon::fromTheme(name);
}

void ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    auto *target = action(id);
    if (!target)
        return;
    target->setShortcuts(shortcuts);
    QSettings settings;
    if (shortcuts == m_defaults.value(id))
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), QKeySequence::listToString(shortcuts));
}

} // namespace Attache
