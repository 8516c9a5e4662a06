#include "entitiesdock.h"

#include "analyze/entitymodel.h"
#include "core/itemdatarole.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

EntitiesDock::EntitiesDock(EntityModel *model, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_model(model)
    , m_view(new QTreeView)
    , m_scope(new QToolButton)
    , m_filter(new QToolButton)
    , m_filterLabel(new QLabel)
    , m_clearFilter(new QToolButton)
{
    setObjectName(u"entitiesDock"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_scope->setText(tr("Whole library"));
    m_scope->setCheckable(true);
    m_scope->setToolTip(tr("List the entities of every article instead of the current one"));
    m_filter->setText(tr("Filter library"));
    m_filter->setToolTip(tr("Show only the articles that mention the selected entity"));
    m_filter->setEnabled(false);
    bar->addWidget(m_scope);
    bar->addWidget(m_filter);
    bar->addStretch();
    layout->addLayout(bar);

    auto *filterBar = new QHBoxLayout;
    m_filterLabel->setWordWrap(true);
    m_clearFilter->setText(tr("Clear"));
    m_clearFilter->setToolTip(tr("Show all articles again"));
    filterBar->addWidget(m_filterLabel, 1);
    filterBar->addWidget(m_clearFilter);
    layout->addLayout(filterBar);
    setFilterLabel({});

    m_view->setObjectName(u"entitiesView"_s);
    m_view->setModel(model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_scope, &QToolButton::toggled, this, &EntitiesDock::libraryWideChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const bool isEntity = current.isValid() && !current.data(IsEntityGroupRole).toBool();
        m_filter->setEnabled(isEntity);
        if (isEntity)
            Q_EMIT entitySelected(current.data(EntityIdRole).toString());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(IsEntityGroupRole).toBool())
            Q_EMIT filterRequested(index.data(EntityIdRole).toString());
    });
    connect(m_filter, &QToolButton::clicked, this, [this] {
        if (const auto id = currentEntityId(); !id.isEmpty())
            Q_EMIT filterRequested(id);
    });
    connect(m_clearFilter, &QToolButton::clicked, this, &EntitiesDock::filterCleared);
}

bool EntitiesDock::isLibraryWide() const
{
    return m_scope->isChecked();
}

void EntitiesDock::setLibraryWide(bool libraryWide)
{
    m_scope->setChecked(libraryWide);
}

QString EntitiesDock::currentEntityId() const
{
    const auto current = m_view->currentIndex();
    return current.isValid() && !current.data(IsEntityGroupRole).toBool() ? current.data(EntityIdRole).toString()
                                                                           : QString();
}

void EntitiesDock::selectEntity(const QString &entityId)
{
    const auto index = m_model->indexOfEntity(entityId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void EntitiesDock::setFilterLabel(const QString &entityName)
{
    m_filterLabel->setText(entityName.isEmpty() ? QString() : tr("Library filtered by <b>%1</b>").arg(entityName.toHtmlEscaped()));
    m_filterLabel->setVisible(!entityName.isEmpty());
    m_clearFilter->setVisible(!entityName.isEmpty());
}

} // namespace Attache
