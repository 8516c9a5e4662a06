#pragma once

#include "analyze/timelinemodel.h"

#include <QDockWidget>

class QDateEdit;
class QLabel;
class QToolButton;

namespace Attache {

class TimelineView;

// The timeline panel: the view, a scope switch (this article / the whole library or the current
// filter of the list), filters by event type, entity and date range, zoom and export.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(TimelineModel *model, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    bool isLibraryWide() const;
    void setLibraryWide(bool libraryWide);
    // The entity filter; the name is what the filter chip shows.
    void setEntityFilter(const QString &entityId, const QString &entityName);
    QMenu *exportMenu() const { return m_exportMenu; }

Q_SIGNALS:
    void libraryWideChanged(bool libraryWide);
    void eventActivated(int row);

private:
    void applyFilter();

    TimelineModel *m_model;
    TimelineView *m_view;
    QToolButton *m_scope;
    QToolButton *m_types;
    QLabel *m_entityLabel;
    QToolButton *m_clearEntity;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QMenu *m_exportMenu;
    QString m_entityId;
    QLabel *m_count;
};

} // namespace Attache
