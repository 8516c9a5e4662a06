#pragma once

#include "themecolors.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Attache {

class ActionRegistry;
class AnnotationListModel;
class AnnotationStore;
class NoteEditor;
class ReadingView;
struct Annotation;
struct AnnotationChange;

// The reader's highlights, notes and tags in the window: owns the annotation store and the undo
// stack, registers the annotation commands, keeps the reading view's highlight marks in step
// with the store and knows which highlight is selected (the one `c`, `t`, Delete and the notes
// dock act on). Every change goes through the undo stack as a command holding the store's
// before/after states.
class AnnotationController final : public QObject
{
    Q_OBJECT

public:
    // `store` is the application's annotation store, opened by the composition root; when it could
    // not be opened the controller says so once and highlighting is off. `repository` is the
    // application's single KSyntaxHighlighting repository (for the note editor's highlighting).
    AnnotationController(QMainWindow *window, ActionRegistry &actions, ReadingView *view,
                         KSyntaxHighlighting::Repository &repository, AnnotationStore &store);
    ~AnnotationController() override;

    AnnotationStore &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AnnotationListModel *model() const { return m_model; }
    ReadingView *readingView() const { return m_view; }
    const ThemeColors &colors() const { return m_colors; }
    // The note editor while one is open, for tests and the dock.
    NoteEditor *noteEditor() const;

    QString selectedId() const { return m_selectedId; }
    // Selects a highlight (or none with an empty id); `reveal` scrolls the reading view to it.
    void selectAnnotation(const QString &id, bool reveal = true);

    // The commands, also reachable from the dock.
    void highlightSelection();
    void highlightWithNote();
    void editNote(const QString &id);
    void editArticleNote();
    void editTags(const QString &id);
    void cycleColour();
    void removeAnnotation(const QString &id);
    void reattachToSelection(const QString &id);
    void step(int direction); // to the previous (-1) or next (+1) highlight in reading order
    void exportArticleNotes();
    void openNotebook();

    // The annotation commands, in menu order (separators between groups).
    void fillMenu(QMenu *menu) const;

Q_SIGNALS:
    void selectionChanged(const QString &annotationId);
    void message(const QString &text);

private:
    void createActions(ActionRegistry &actions);
    void articleShown();
    void updateMarks();
    void updateColors();
    void followCaret();
    bool apply(const AnnotationChange &change, const QString &text);
    void showMessage(const QString &text, int timeout = 5000);
    bool hasArticle() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    ReadingView *m_view;
    KSyntaxHighlighting::Repository &m_repository;
    AnnotationStore *m_store;
    QUndoStack *m_undoStack;
    AnnotationListModel *m_model;
    ThemeColors m_colors;
    QString m_selectedId;
    QPointer<NoteEditor> m_editor;
    QList<QAction *> m_menuActions; // nullptr: a separator
    int m_lastColour = 0;
};

} // namespace Attache
