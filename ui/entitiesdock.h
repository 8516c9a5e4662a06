#pragma once

#include <QDockWidget>

class QTreeView;
class QToolButton;
class QLabel;

namespace Attache {

class EntityModel;

// The entities of the current article (or of the whole library), grouped by type with counts.
// Selecting an entity walks through its mentions with "." and ","; "Filter library" narrows the
// article list to the articles that mention it.
class EntitiesDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit EntitiesDock(EntityModel *model, QWidget *parent = nullptr);

    bool isLibraryWide() const;
    void setLibraryWide(bool libraryWide);
    QString currentEntityId() const;
    void selectEntity(const QString &entityId);
    QTreeView *view() const { return m_view; }
    void setFilterLabel(const QString &entityName); // empty when the library is not filtered

Q_SIGNALS:
    void libraryWideChanged(bool libraryWide);
    void entitySelected(const QString &entityId);
    void filterRequested(const QString &entityId);
    void filterCleared();

private:
    EntityModel *m_model;
    QTreeView *m_view;
    QToolButton *m_scope;
    QToolButton *m_filter;
    QLabel *m_filterLabel;
    QToolButton *m_clearFilter;
};

} // namespace Attache
