#include "noteeditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

NoteEditor::NoteEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_heading(new QLabel)
    , m_context(new QLabel)
    , m_editor(new QPlainTextEdit)
{
    setObjectName(u"noteEditor"_s);
    setWindowTitle(tr("Note"));
    resize(560, 380);

    auto headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    auto quoteFont = m_context->font();
    quoteFont.setItalic(true);
    m_context->setFont(quoteFont);

    m_editor->setObjectName(u"noteText"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Markdown: *emphasis*, **strong**, - lists, [links](…)"));
    m_editor->setTabChangesFocus(true);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    updateTheme();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the note (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the text; Ctrl+Return saves (watched on the editor, which would otherwise
    // take it as a line break).
    m_editor->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_context);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    m_editor->setFocus();
}

void NoteEditor::setContext(const QString &heading, const QString &context)
{
    m_heading->setText(heading);
    constexpr int MaximumContext = 400;
    m_context->setText(context.size() > MaximumContext ? context.left(MaximumContext) + u'…' : context);
    m_context->setVisible(!context.isEmpty());
}

void NoteEditor::setMarkdown(const QString &markdown)
{
    m_editor->setPlainText(markdown);
    m_editor->moveCursor(QTextCursor::End);
}

QString NoteEditor::markdown() const
{
    return m_editor->toPlainText().trimmed();
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTheme();
}

void NoteEditor::updateTheme()
{
    m_highlighter->setTheme(m_repository.themeForPalette(palette()));
    m_highlighter->rehighlight();
}

} // namespace Attache
