#include "shortcutguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

ShortcutGuard::ShortcutGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(u"shortcutGuard"_s);
}

ShortcutGuard *ShortcutGuard::install()
{
    auto *app = QCoreApplication::instance();
    if (auto *existing = app->findChild<ShortcutGuard *>(u"shortcutGuard"_s, Qt::FindDirectChildrenOnly))
        return existing;
    auto *guard = new ShortcutGuard(app);
    app->installEventFilter(guard);
    return guard;
}

bool ShortcutGuard::isTextInput(const QWidget *widget)
{
    if (!widget || !widget->isEnabled())
        return false;
    if (qobject_cast<const QKeySequenceEdit *>(widget))
        return true;
    if (auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    // A custom editor that accepts input methods takes text, whatever its class.
    return widget->testAttribute(Qt::WA_InputMethodEnabled)
           && widget->inputMethodQuery(Qt::ImEnabled).toBool()
           && !widget->inputMethodQuery(Qt::ImReadOnly).toBool();
}

bool ShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    constexpr auto Commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (key->modifiers() & Commands)
        return false;
    const auto text = key->text();
    const bool printable = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isPrint();
    });
    if (!printable)
        return false;
    // ShortcutOverride goes to the focus widget; its focus proxy (the line edit inside a spin
    // box or combo box) is what the user types in.
    auto *widget = static_cast<QWidget *>(watched);
    if (!isTextInput(widget) && !(widget->parentWidget() && isTextInput(widget->parentWidget())
                                  && widget->parentWidget()->focusProxy() == widget))
        return false;
    // Accepting means "deliver this as a key press, not as a shortcut".
    event->accept();
    return true;
}

} // namespace Attache
