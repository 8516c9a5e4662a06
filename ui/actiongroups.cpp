#include "actiongroups.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Attache::ActionGroups {

namespace {

QString plainTitle(QString text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(u"&&"_s, QString(QChar(0x1)));
    text.remove(u'&');
    text.replace(QChar(0x1), u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

// The menu holding `action`, preferring one that is itself reachable from a menu bar or a menu.
QMenu *containingMenu(const QAction *action)
{
    QMenu *fallback = nullptr;
    const auto objects = action->associatedObjects();
    for (auto *object : objects) {
        auto *menu = qobject_cast<QMenu *>(object);
        // The menu bar's overflow menu holds every top-level menu too, untitled: not a place.
        if (!menu || menu->title().isEmpty())
            continue;
        if (!menu->menuAction()->associatedObjects().isEmpty())
            return menu;
        if (!fallback)
            fallback = menu;
    }
    return fallback;
}

} // namespace

QString plainText(const QAction *action)
{
    return plainTitle(action->text());
}

QStringList menuPath(const QAction *action)
{
    QStringList path;
    const QAction *current = action;
    // Guard against a menu that (by mistake) contains itself.
    for (int depth = 0; depth < 8; ++depth) {
        auto *menu = containingMenu(current);
        if (!menu)
            break;
        path.prepend(plainTitle(menu->title()));
        current = menu->menuAction();
    }
    return path;
}

QString shortcutText(const QList<QKeySequence> &shortcuts)
{
    QStringList texts;
    for (const auto &shortcut : shortcuts)
        if (!shortcut.isEmpty())
            texts << shortcut.toString(QKeySequence::NativeText);
    return texts.join(u", "_s);
}

} // namespace Attache::ActionGroups
