#pragma once

#include <QDockWidget>

class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace Attache {

class AnnotationController;

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

} // namespace Attache
