#pragma once

#include <QDialog>

class QTextBrowser;

namespace Attache {

class ActionRegistry;

// Help → Handbook (F1): the offline handbook (resources/handbook, Markdown, in the language of the
// window) with its table of keys made from the action registry as the keys are set now.
class HandbookDialog final : public QDialog
{
    Q_OBJECT

public:
    HandbookDialog(const ActionRegistry &registry, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    // The handbook's Markdown with "{{keys}}" replaced by keyTable().
    static QString markdown(const ActionRegistry &registry);
    // A Markdown table of every registered command that has a key, by group in the registry's
    // order: group, command, keys.
    static QString keyTable(const ActionRegistry &registry);

private:
    QTextBrowser *m_browser;
};

} // namespace Attache
