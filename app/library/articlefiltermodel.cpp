#include "library/articlefiltermodel.h"

#include "library/itemdatarole.h"

namespace Attache {

ArticleFilterModel::ArticleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PublishedRole);
    sort(0, Qt::DescendingOrder);
}

void ArticleFilterModel::setAllowedRows(std::optional<QSet<int>> rows)
{
    m_allowedRows = std::move(rows);
    invalidateRowsFilter();
}

QList<int> ArticleFilterModel::visibleSourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows << mapToSource(index(row, 0)).row();
    return rows;
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return !m_allowedRows || m_allowedRows->contains(sourceRow);
}

} // namespace Attache
