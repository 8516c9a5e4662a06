#include "annotationcontroller.h"

#include "actionregistry.h"
#include "notebookdialog.h"
#include "noteeditor.h"
#include "readingview.h"

#include "annotate/annotationlistmodel.h"
#include "annotate/annotationstore.h"
#include "core/itemdatarole.h"
#include "export/notesmarkdown.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// One change of the store on the undo stack. The change is already committed when the command
// is pushed, so the first redo() (QUndoStack::push calls it) does nothing.
class AnnotationCommand final : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationStore &store, AnnotationChange change, const QString &text,
                      std::function<void(const QString &)> reportFailure)
        : QUndoCommand(text)
        , m_store(store)
        , m_change(std::move(change))
        , m_reportFailure(std::move(reportFailure))
    {
    }

    void undo() override
    {
        if (!m_store.undo(m_change))
            m_reportFailure(QObject::tr("Could not undo “%1”: %2").arg(text(), m_store.lastError()));
    }

    void redo() override
    {
        if (m_isFirst) {
            m_isFirst = false;
            return;
        }
        if (!m_store.redo(m_change))
            m_reportFailure(QObject::tr("Could not redo “%1”: %2").arg(text(), m_store.lastError()));
    }

private:
    AnnotationStore &m_store;
    AnnotationChange m_change;
    std::function<void(const QString &)> m_reportFailure;
    bool m_isFirst = true;
};

// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        auto typed = widget() ? static_cast<QLineEdit *>(widget())->text() : QString();
        const auto comma = typed.lastIndexOf(u',');
        const auto kept = comma >= 0 ? typed.left(comma + 1) + u' ' : QString();
        return kept + QCompleter::pathFromIndex(index);
    }
};

QStringList tagsFromText(const QString &text)
{
    return normalizedTags(text.split(u',', Qt::SkipEmptyParts));
}

QString fileNameFor(const QString &title)
{
    auto name = title.left(80);
    static const QRegularExpression unsafe(u"[^\\w\\- ]+"_s);
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    return (name.isEmpty() ? u"notes"_s : name) + u".md"_s;
}

} // namespace

AnnotationController::AnnotationController(QMainWindow *window, ActionRegistry &actions, ReadingView *view,
                                           KSyntaxHighlighting::Repository &repository, AnnotationStore &store)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_repository(repository)
    , m_store(&store)
    , m_undoStack(new QUndoStack(this))
    , m_model(new AnnotationListModel(m_store, this))
{
    setObjectName(u"annotationController"_s);
    // Said once, clearly, but without blocking start-up: the reader may keep reading meanwhile.
    auto tell = [this](QMessageBox::Icon icon, const QString &title, const QString &text) {
        auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"annotationStoreMessage"_s);
        box->open();
    };
    if (!m_store->isOpen())
        tell(QMessageBox::Critical, tr("Annotations unavailable"),
             tr("Your highlights and notes could not be opened (%1): %2\nHighlighting is disabled for this session.")
                 .arg(m_store->path(), m_store->lastError()));
    else if (m_store->wasRecovered())
        tell(QMessageBox::Warning, tr("Annotations restored from a backup"), m_store->recoveryMessage());

    updateColors();
    createActions(actions);
    window->installEventFilter(this);

    connect(m_view, &ReadingView::articleShown, this, &AnnotationController::articleShown);
    connect(m_view, &QTextEdit::cursorPositionChanged, this, &AnnotationController::followCaret);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationController::updateMarks);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AnnotationController::updateMarks);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationController::updateMarks);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationController::updateMarks);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationController::updateMarks);
}

AnnotationController::~AnnotationController()
{
    // Commands hold a reference to the store: clear them before the store goes.
    m_undoStack->clear();
}

void AnnotationController::createActions(ActionRegistry &actions)
{
    auto add
        = [&](const QString &id, const QString &text, const QList<QKeySequence> &keys, const QString &icon, auto slot) {
              // Undo and redo cover triage too: the window moves them to its Edit menu.
              const bool isEdit = id == u"undo"_s || id == u"redo"_s;
              auto *action = actions.add(
                  isEdit ? ActionRegistry::Group::Edit : ActionRegistry::Group::Notes, id, text, keys, icon);
              connect(action, &QAction::triggered, this, slot);
              m_menuActions << action;
              return action;
          };
    add(u"highlight_selection"_s, tr("&Highlight Selection"), {QKeySequence(u"H"_s)}, u"draw-highlight"_s,
        [this] { highlightSelection(); });
    add(u"highlight_with_note"_s, tr("Highlight with &Note…"), {QKeySequence(u"N"_s)}, u"document-edit"_s,
        [this] { highlightWithNote(); });
    add(u"tag_highlight"_s, tr("&Tag…"), {QKeySequence(u"T"_s)}, u"tag"_s,
        [this] { editTags(m_selectedId); });
    add(u"cycle_highlight_colour"_s, tr("Change &Colour"), {QKeySequence(u"C"_s)}, u"color-management"_s,
        [this] { cycleColour(); });
    add(u"edit_article_note"_s, tr("&Article Note…"), {QKeySequence(u"Shift+N"_s)}, {},
        [this] { editArticleNote(); });
    m_menuActions << nullptr;
    add(u"select_sentence"_s, tr("Select &Sentence"), {QKeySequence(u"V"_s)}, u"edit-select-text"_s,
        [this] { m_view->selectSentenceAtCaret(); });
    add(u"previous_highlight"_s, tr("&Previous Highlight"), {QKeySequence(u"["_s)}, u"go-previous"_s,
        [this] { step(-1); });
    add(u"next_highlight"_s, tr("Ne&xt Highlight"), {QKeySequence(u"]"_s)}, u"go-next"_s, [this] { step(1); });
    m_menuActions << nullptr;
    add(u"delete_highlight"_s, tr("&Delete Highlight"), {QKeySequence::Delete}, u"edit-delete"_s,
        [this] { removeAnnotation(m_selectedId); });
    auto *undo = add(u"undo"_s, tr("&Undo"), {QKeySequence(u"Ctrl+Z"_s)}, u"edit-undo"_s,
                     [this] { m_undoStack->undo(); });
    auto *redo = add(u"redo"_s, tr("&Redo"), {QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)},
                     u"edit-redo"_s, [this] { m_undoStack->redo(); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_menuActions << nullptr;
    add(u"export_notes"_s, tr("&Export Notes…"), {QKeySequence(u"Ctrl+E"_s)}, u"document-export"_s,
        [this] { exportArticleNotes(); });
    add(u"open_notebook"_s, tr("Note&book…"), {QKeySequence(u"Ctrl+Shift+N"_s)}, u"view-list-text"_s,
        [this] { openNotebook(); });
}

NoteEditor *AnnotationController::noteEditor() const
{
    return m_editor;
}

void AnnotationController::fillMenu(QMenu *menu) const
{
    for (auto *action : m_menuActions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

bool AnnotationController::hasArticle() const
{
    return m_view->hasArticle() && m_store->isOpen();
}

void AnnotationController::showMessage(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
    Q_EMIT message(text);
}

bool AnnotationController::apply(const AnnotationChange &change, const QString &text)
{
    if (!change.isValid()) {
        showMessage(tr("Not saved: %1").arg(m_store->lastError()), 10000);
        return false;
    }
    m_undoStack->push(new AnnotationCommand(*m_store, change, text, [this](const QString &problem) {
        showMessage(problem, 10000);
    }));
    return true;
}

void AnnotationController::articleShown()
{
    const bool wasSelected = !m_selectedId.isEmpty();
    m_selectedId.clear();
    if (!hasArticle()) {
        m_model->clear();
    } else {
        // Re-anchors the article's highlights in its current text, committing new positions.
        m_model->setArticle(m_view->article());
        int orphans = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            orphans += m_model->index(row).data(IsOrphanRole).toBool() ? 1 : 0;
        if (orphans > 0)
            showMessage(tr("%n highlight(s) could not be found in this version of the text; see Orphans in the "
                           "Notes panel",
                            "", orphans),
                10000);
    }
    updateMarks();
    if (wasSelected)
        Q_EMIT selectionChanged({});
}

void AnnotationController::updateColors()
{
    m_colors = ThemeColors(m_repository, m_window->palette());
    updateMarks();
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::PaletteChange)
        updateColors();
    return QObject::eventFilter(watched, event);
}

void AnnotationController::updateMarks()
{
    QList<HighlightMark> marks;
    bool isSelectedShown = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto annotation = m_model->annotationAt(row);
        if (annotation.isArticleNote() || annotation.isOrphan)
            continue;
        HighlightMark mark;
        mark.start = annotation.selector.start;
        mark.end = annotation.selector.end;
        // A marker's wash rather than a solid block, so that the entity marks stay readable on it.
        mark.color = m_colors.highlight(annotation.colour);
        mark.color.setAlphaF(m_colors.isDark() ? 0.75f : 0.6f);
        mark.isSelected = annotation.id == m_selectedId;
        isSelectedShown = isSelectedShown || mark.isSelected;
        QStringList tip;
        if (!annotation.note.isEmpty())
            tip << annotation.note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (!annotation.tags.isEmpty()) {
            QStringList tags;
            for (const auto &tag : annotation.tags)
                tags << NotesMarkdown::tagText(tag).toHtmlEscaped();
            tip << u"<i>%1</i>"_s.arg(tags.join(u' '));
        }
        mark.toolTip = tip.join(u"<br>"_s);
        marks << mark;
    }
    m_view->setHighlights(marks);
    if (!m_selectedId.isEmpty() && !isSelectedShown && !m_model->indexOf(m_selectedId).isValid()) {
        // Deleted or undone away.
        m_selectedId.clear();
        Q_EMIT selectionChanged({});
    }
}

void AnnotationController::selectAnnotation(const QString &id, bool reveal)
{
    const auto index = m_model->indexOf(id);
    const auto newId = index.isValid() ? id : QString();
    if (reveal && index.isValid() && !index.data(IsOrphanRole).toBool() && !index.data(IsArticleNoteRole).toBool()) {
        const auto start = index.data(StartRole).toLongLong();
        const auto end = index.data(EndRole).toLongLong();
        m_selectedId = newId; // before the caret moves, so that following it keeps this one
        const int position = m_view->documentPosition(start);
        if (position >= 0) {
            auto cursor = m_view->textCursor();
            cursor.setPosition(position);
            m_view->setTextCursor(cursor);
        }
        m_view->showPassage(start, end);
    }
    if (newId == m_selectedId && !reveal)
        return;
    m_selectedId = newId;
    updateMarks();
    Q_EMIT selectionChanged(m_selectedId);
}

void AnnotationController::followCaret()
{
    if (!hasArticle() || m_view->textCursor().hasSelection())
        return;
    const auto offset = m_view->textOffset(m_view->textCursor().position());
    QString found;
    for (int row = 0; row < m_model->rowCount() && offset >= 0; ++row) {
        const auto annotation = m_model->annotationAt(row);
        if (annotation.isArticleNote() || annotation.isOrphan)
            continue;
        // The end counts too: right after highlighting, the caret sits there.
        if (annotation.selector.start <= offset && offset <= annotation.selector.end) {
            found = annotation.id;
            if (found == m_selectedId)
                break;
        }
    }
    if (found != m_selectedId)
        selectAnnotation(found, false);
}

void AnnotationController::highlightSelection()
{
    if (!hasArticle())
        return;
    const auto [start, end] = m_view->selectedTextRange();
    if (start < 0) {
        showMessage(tr("Select a passage first: Shift+arrows, or v for the sentence at the caret"));
        return;
    }
    const auto change = m_store->addHighlight(m_view->article(), start, end, m_lastColour);
    if (!apply(change, tr("Highlight")))
        return;
    auto cursor = m_view->textCursor();
    cursor.clearSelection();
    m_view->setTextCursor(cursor);
    selectAnnotation(change.after->id, false);
}

void AnnotationController::highlightWithNote()
{
    if (!hasArticle())
        return;
    const auto [start, end] = m_view->selectedTextRange();
    if (start < 0) {
        editArticleNote();
        return;
    }
    const auto article = m_view->article();
    auto *editor = new NoteEditor(m_repository, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setContext(tr("New highlight"), article.text().mid(start, end - start));
    m_editor = editor;
    connect(editor, &QDialog::accepted, this, [this, editor, article, start, end] {
        const auto change = m_store->addHighlight(article, start, end, m_lastColour, editor->markdown());
        if (!apply(change, tr("Highlight with note")))
            return;
        if (m_view->article().path == article.path) {
            auto cursor = m_view->textCursor();
            cursor.clearSelection();
            m_view->setTextCursor(cursor);
            selectAnnotation(change.after->id, false);
        }
    });
    editor->open();
}

void AnnotationController::editNote(const QString &id)
{
    const auto annotation = m_store->annotation(id);
    if (!annotation) {
        showMessage(tr("Select a highlight first ([ and ] go through them)"));
        return;
    }
    if (annotation->isArticleNote()) {
        editArticleNote();
        return;
    }
    auto *editor = new NoteEditor(m_repository, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setContext(tr("Note on the highlight"), annotation->selector.exact);
    editor->setMarkdown(annotation->note);
    m_editor = editor;
    connect(editor, &QDialog::accepted, this, [this, editor, id, before = annotation->note] {
        const auto markdown = editor->markdown();
        if (markdown != before)
            apply(m_store->setNote(id, markdown), markdown.isEmpty() ? tr("Remove note") : tr("Edit note"));
    });
    editor->open();
}

void AnnotationController::editArticleNote()
{
    if (!hasArticle())
        return;
    const auto article = m_view->article();
    const auto record = m_store->findArticle(article);
    const auto existing = record ? m_store->articleNote(record->id) : std::nullopt;
    auto *editor = new NoteEditor(m_repository, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setContext(tr("Note on the article"), article.title);
    editor->setMarkdown(existing ? existing->note : QString());
    m_editor = editor;
    connect(editor, &QDialog::accepted, this, [this, editor, article, before = existing ? existing->note : QString()] {
        const auto markdown = editor->markdown();
        if (markdown != before)
            apply(m_store->setArticleNote(article, markdown), tr("Article note"));
    });
    editor->open();
}

void AnnotationController::editTags(const QString &id)
{
    if (!hasArticle())
        return;
    const auto [start, end] = m_view->selectedTextRange();
    const auto target = start < 0 ? m_store->annotation(id) : std::nullopt;
    if (start < 0 && !target) {
        showMessage(tr("Select a passage or a highlight to tag"));
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"tagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tags"));
    auto *edit = new QLineEdit(target ? target->tags.join(u", "_s) : QString());
    edit->setObjectName(u"tagEdit"_s);
    edit->setPlaceholderText(tr("comma-separated, e.g. trade, sanctions"));
    edit->setMinimumWidth(320);
    auto *completer = new TagCompleter(m_store->allTags(), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QFormLayout(dialog);
    layout->addRow(tr("&Tags:"), edit);
    layout->addRow(buttons);
    const auto article = m_view->article();
    connect(dialog, &QDialog::accepted, this, [this, edit, target, article, start, end] {
        const auto tags = tagsFromText(edit->text());
        if (target) {
            if (tags != target->tags)
                apply(m_store->setTags(target->id, tags), tr("Tags"));
            return;
        }
        const auto change = m_store->addHighlight(article, start, end, m_lastColour, {}, tags);
        if (apply(change, tr("Highlight with tags")))
            selectAnnotation(change.after->id, false);
    });
    dialog->open();
}

void AnnotationController::cycleColour()
{
    const auto annotation = m_store->annotation(m_selectedId);
    if (!annotation || annotation->isArticleNote()) {
        showMessage(tr("Select a highlight first ([ and ] go through them)"));
        return;
    }
    m_lastColour = (annotation->colour + 1) % Annotation::ColourCount;
    apply(m_store->setColour(annotation->id, m_lastColour), tr("Colour"));
}

void AnnotationController::removeAnnotation(const QString &id)
{
    const auto annotation = m_store->annotation(id);
    if (!annotation) {
        showMessage(tr("Select a highlight first ([ and ] go through them)"));
        return;
    }
    if (apply(m_store->remove(id), annotation->isArticleNote() ? tr("Delete article note") : tr("Delete highlight")))
        showMessage(tr("Deleted; Ctrl+Z brings it back"));
}

void AnnotationController::reattachToSelection(const QString &id)
{
    if (!hasArticle())
        return;
    const auto [start, end] = m_view->selectedTextRange();
    if (start < 0) {
        showMessage(tr("Select the passage the highlight belongs to, then re-attach"));
        return;
    }
    const auto &article = m_view->article();
    const auto change = m_store->reattach(id, start, end, article.text(), article.cleanerVersion);
    if (apply(change, tr("Re-attach highlight")))
        selectAnnotation(id, false);
}

void AnnotationController::step(int direction)
{
    if (!hasArticle())
        return;
    QList<Annotation> highlights;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto annotation = m_model->annotationAt(row);
        if (!annotation.isArticleNote() && !annotation.isOrphan)
            highlights << annotation;
    }
    if (highlights.isEmpty()) {
        showMessage(tr("No highlights in this article"));
        return;
    }
    qsizetype target = -1;
    const auto current = std::find_if(highlights.cbegin(), highlights.cend(),
                                      [this](const Annotation &a) { return a.id == m_selectedId; });
    if (current != highlights.cend()) {
        target = (current - highlights.cbegin()) + direction;
    } else {
        // From the caret: the first highlight after it, or the last one before it.
        const auto caret = std::max<qsizetype>(0, m_view->textOffset(m_view->textCursor().position()));
        if (direction > 0) {
            target = highlights.size();
            for (qsizetype i = 0; i < highlights.size() && target == highlights.size(); ++i)
                if (highlights.at(i).selector.start >= caret)
                    target = i;
        } else {
            for (qsizetype i = 0; i < highlights.size(); ++i)
                if (highlights.at(i).selector.start < caret)
                    target = i;
        }
    }
    if (target < 0 || target >= highlights.size()) {
        showMessage(direction > 0 ? tr("No more highlights below") : tr("No more highlights above"), 3000);
        return;
    }
    selectAnnotation(highlights.at(target).id, true);
    showMessage(tr("Highlight %1 of %2").arg(target + 1).arg(highlights.size()), 3000);
}

void AnnotationController::exportArticleNotes()
{
    if (!hasArticle())
        return;
    const auto &article = m_view->article();
    const auto record = m_store->findArticle(article);
    const auto annotations = record ? m_store->annotations(record->id) : QList<Annotation>{};
    if (annotations.isEmpty()) {
        showMessage(tr("This article has no highlights or notes to export"));
        return;
    }
    ArticleNotes notes{*record, annotations, {}};
    for (const auto &mention : m_view->analysis().entities)
        if (!notes.entities.contains(mention.name))
            notes.entities << mention.name;
    const auto markdown = NotesMarkdown::article(notes);

    auto *box = new QMessageBox(QMessageBox::Question, tr("Export Notes"),
        tr("Export %n annotation(s) of “%1” as Markdown.", "", int(annotations.size())).arg(article.title),
        QMessageBox::Cancel, m_window);
    box->setObjectName(u"exportNotesDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *save = box->addButton(tr("&Save…"), QMessageBox::AcceptRole);
    save->setObjectName(u"saveButton"_s);
    auto *copy = box->addButton(tr("&Copy"), QMessageBox::ActionRole);
    copy->setObjectName(u"copyButton"_s);
    box->setDefaultButton(save);
    connect(box, &QMessageBox::buttonClicked, this, [this, save, copy, markdown, title = article.title](auto *button) {
        if (button == copy) {
            QGuiApplication::clipboard()->setText(markdown);
            showMessage(tr("Notes copied as Markdown"));
        } else if (button == save) {
            const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const auto path = QFileDialog::getSaveFileName(m_window, tr("Save Notes"), folder + u'/' + fileNameFor(title),
                                                           tr("Markdown (*.md)"));
            if (path.isEmpty())
                return;
            // An earlier export keeps what the reader wrote around the generated part.
            auto text = markdown;
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly))
                text = NotesMarkdown::merge(QString::fromUtf8(existing.readAll()), markdown);
            existing.close();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
                showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), 10000);
                return;
            }
            showMessage(tr("Notes saved to %1").arg(path));
        }
    });
    box->open();
}

void AnnotationController::openNotebook()
{
    auto *notebook = new NotebookDialog(*m_store, m_window);
    notebook->setAttribute(Qt::WA_DeleteOnClose);
    notebook->show();
}

} // namespace Attache
