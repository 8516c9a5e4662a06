#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QKeySequence;

namespace Attache {

// How an action is named and placed as the keyboard widgets show it: its plain text and the menus
// that hold it, read from the menu bar in the user's language. Its group (for ordering) comes
// from the ActionRegistry, not from menu titles.
namespace ActionGroups {

// The action's text without mnemonic ampersands or a trailing ellipsis: "Open Files".
QString plainText(const QAction *action);

// Menu titles from the menu bar down to the action, plain: {"View", "Zoom"}. Empty when the
// action is in no menu.
QStringList menuPath(const QAction *action);

// Shortcuts as the user reads them on this platform: "Ctrl+K, ?".
QString shortcutText(const QList<QKeySequence> &shortcuts);

} // namespace ActionGroups
} // namespace Attache
