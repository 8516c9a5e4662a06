#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QKeySequence;

namespace Attache {

// Where an action lives, as the keyboard widgets show it. The group is the top-level menu that
// holds the action, so that the palette, the keymap and the shortcut editor always agree with
// the menu bar without a second list to keep in step.
namespace ActionGroups {

// The action's text without mnemonic ampersands or a trailing ellipsis: "Open Files".
QString plainText(const QAction *action);

// Menu titles from the menu bar down to the action, plain: {"View", "Zoom"}. Empty when the
// action is in no menu.
QStringList menuPath(const QAction *action);

// The top-level menu title, or "Other" when the action is in no menu.
QString group(const QAction *action);

// Sorts groups the way the window reads: File, Go, Triage, Article/Reading, Entities, Timeline,
// Annotations, View, then any other group in alphabetical order, "Other" last.
int groupRank(const QString &group);

// Shortcuts as the user reads them on this platform: "Ctrl+K, ?".
QString shortcutText(const QList<QKeySequence> &shortcuts);

} // namespace ActionGroups
} // namespace Attache
