#pragma once

#include <QDialog>
#include <QDockWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTreeWidget;

namespace Attache {

class AnnotationController;
class AnnotationStore;
struct Annotation;

// The current article's highlights in reading order (the article note first), each with its
// quote, note and tags; selecting one scrolls the reading view to it. Highlights whose passage
// is gone from the current text are listed apart under "Orphans", where they can be attached to
// the passage selected in the reading view.
class NotesDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesDock(AnnotationController *controller, QWidget *parent = nullptr);

    QListView *view() const { return m_list; }
    QListView *orphanView() const { return m_orphans; }
    QString currentId() const;

private:
    void updateOrphans();
    void selectRow(const QString &annotationId);
    void updateButtons();

    AnnotationController *m_controller;
    QSortFilterProxyModel *m_placed;
    QSortFilterProxyModel *m_orphaned;
    QListView *m_list;
    QListView *m_orphans;
    QLabel *m_empty;
    QLabel *m_orphansLabel;
    QWidget *m_orphanBox;
    QPushButton *m_edit;
    QPushButton *m_tags;
    QPushButton *m_delete;
    QPushButton *m_reattach;
    bool m_isSyncing = false;
};

// Every highlight of the library, filterable by tag, article and creation date, with an export
// of what is shown as one Markdown brief.
class NotebookDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NotebookDialog(AnnotationStore &store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *articleFilter() const { return m_article; }
    // The annotations the filters let through, as shown.
    QList<Annotation> shown() const;
    QString brief() const;

private:
    void reload();
    void exportBrief();

    AnnotationStore &m_store;
    QComboBox *m_tag;
    QComboBox *m_article;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeWidget *m_list;
    QLabel *m_count;
};

} // namespace Attache
