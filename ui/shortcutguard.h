#pragma once

#include <QObject>

class QWidget;

namespace Attache {

// Keeps single-key shortcuts ("J", "?", "Shift+F") from firing while the user types. Qt's line
// and text edits claim printable keys through ShortcutOverride themselves; this filter, installed
// once on the application, makes every other kind of text input do the same (spin boxes, date
// edits, editable combo boxes, key recorders, and read-write widgets that take input methods),
// and does so for any key without Ctrl, Alt or Meta. Ctrl/Alt shortcuts still work everywhere.
class ShortcutGuard final : public QObject
{
    Q_OBJECT

public:
    explicit ShortcutGuard(QObject *parent = nullptr);

    // Installs one guard on the application (idempotent) and returns it.
    static ShortcutGuard *install();

    // Whether `widget` takes typed text, so that a plain key belongs to it and not to a shortcut.
    static bool isTextInput(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Attache
