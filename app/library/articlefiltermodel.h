#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Attache {

// The article list as the reader sees it: newest first, optionally narrowed to a set of articles
// (those mentioning an entity, say). Sorting and filtering stay in the core so that every view
// and test agrees on the order.
class ArticleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ArticleFilterModel(QObject *parent = nullptr);

    // Only these source rows are shown; std::nullopt shows all.
    void setAllowedRows(std::optional<QSet<int>> rows);
    bool isFiltered() const { return m_allowedRows.has_value(); }
    // Source rows currently shown, in the order shown.
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<int>> m_allowedRows;
};

} // namespace Attache
