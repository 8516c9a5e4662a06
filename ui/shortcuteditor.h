#pragma once

#include <QDialog>
#include <QKeySequence>

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Attache {

class ActionRegistry;

// Lets the user change the key of any command: pick it in the (filterable) list, press the new
// key, or clear it, or go back to the default. A key already used by another command is not
// taken silently: the dialog names that command and offers to move the key. Every change goes
// through ActionRegistry::setShortcuts, which stores it, so it applies at once and next session.
class ShortcutEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutEditor(ActionRegistry &registry, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *recorder() const { return m_recorder; }
    QLabel *conflictLabel() const { return m_conflict; }
    QPushButton *takeKeyButton() const { return m_takeKey; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *resetAllButton() const { return m_resetAll; }

    // Selects the command `id` in the list, for the keyboard and for tests.
    bool selectAction(const QString &id);
    QString selectedId() const;
    // The command that already answers to `key`, other than `exceptId`; empty when none.
    QString conflictingId(const QKeySequence &key, const QString &exceptId) const;

private:
    void populate();
    void applyFilter();
    void refreshRows();
    void showSelected();
    void recordKey();
    void assign(const QString &id, const QList<QKeySequence> &shortcuts);
    void takeKey();
    void resetAll();

    ActionRegistry &m_registry;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_recorder;
    QPushButton *m_clear;
    QPushButton *m_reset;
    QPushButton *m_resetAll;
    QLabel *m_conflict;
    QPushButton *m_takeKey;
    QKeySequence m_pendingKey; // recorded, but held back by a conflict
};

} // namespace Attache
