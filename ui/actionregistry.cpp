#include "actionregistry.h"

#include "core/logging.h"

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
} // namespace

ActionRegistry::ActionRegistry(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QList<QKeySequence> &defaultShortcuts,
                             const QString &themeIcon)
{
    Q_ASSERT_X(!m_actions.contains(id), "ActionRegistry::add", "action ids are registered once");
    auto *action = new QAction(text, m_owner);
    action->setObjectName(id);
    if (!themeIcon.isEmpty())
        action->setIcon(QIcon::fromTheme(themeIcon));
    action->setShortcutContext(Qt::WindowShortcut);

    QList<QKeySequence> shortcuts = defaultShortcuts;
    const QSettings settings;
    if (settings.contains(settingsKey(id)))
        shortcuts = QKeySequence::listFromString(settings.value(settingsKey(id)).toString());
    // A cleared key is stored as "", which parses as one empty sequence; it means "no key".
    shortcuts.removeAll(QKeySequence());
    action->setShortcuts(shortcuts);

    m_owner->addAction(action);
    m_actions.insert(id, action);
    m_defaults.insert(id, defaultShortcuts);
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
