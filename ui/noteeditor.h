#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Attache {

// The Markdown note editor: the quote it is about, then a plain-text editor with Markdown
// highlighting in the theme that matches the palette. Ctrl+Return saves, Esc cancels. It commits
// nothing itself: whoever opens it writes the accepted text to the store, so that the change
// goes through the undo stack like any other.
class NoteEditor final : public QDialog
{
    Q_OBJECT

public:
    // `repository` is the application's single KSyntaxHighlighting repository.
    explicit NoteEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // `context` is shown above the editor (the quote, or the article's title); plain text.
    void setContext(const QString &heading, const QString &context);
    void setMarkdown(const QString &markdown);
    QString markdown() const;
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTheme();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QLabel *m_heading;
    QLabel *m_context;
    QPlainTextEdit *m_editor;
};

} // namespace Attache
