#pragma once

#include <QFrame>
#include <QPointer>
#include <QStringList>

class QLineEdit;
class QTreeWidget;

namespace Attache {

class ActionRegistry;

// A search-as-you-type list of every enabled command of the window (Ctrl+K), like KCommandBar:
// type a few letters of a command, move with Up/Down/PageUp/PageDown, Enter runs it, Esc closes.
// It floats over the top of `window` and lists the registry's actions with their menu path and
// keys, so that a user learns the shortcuts while using it.
class CommandPalette final : public QFrame
{
    Q_OBJECT

public:
    CommandPalette(ActionRegistry &registry, QWidget *window);

    // How well `pattern` matches `text`, case-insensitively: -1 when it does not; otherwise larger
    // is better. A prefix of the text beats a match at a word start ("mention" in "Next Mention",
    // or the initials "nm"), which beats letters scattered in order ("nxm"); among equals, letters
    // closer together win. Spaces in the pattern are ignored for scattered matches.
    static int matchScore(QStringView pattern, QStringView text);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // Ids of the commands listed, in order.
    QStringList listedIds() const;
    // Most recent first; kept in the settings across sessions.
    QStringList recentIds() const;

    void popup();
    void toggle();
    void dismiss();

Q_SIGNALS:
    void commandTriggered(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void place();
    void triggerCurrent();
    void rememberUse(const QString &id);

    ActionRegistry &m_registry;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Attache
