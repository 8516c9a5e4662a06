#pragma once

#include "library/librarytypes.h"

#include <QAbstractListModel>
#include <QHash>

namespace Attache {

class LibraryIndex;

// The article list over the library index: the entries (one per duplicate group) that match the
// current view or search, in the chosen order, with the roles of itemdatarole.h.
// Rows are updated in place when their triage or indexing changes (they do not jump away under
// the analyst's cursor; refresh() re-applies the query), new articles are inserted at their
// sorted place as the indexer makes them ready, and rows whose files are gone are removed.
class LibraryListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LibraryListModel(LibraryIndex *index, QObject *parent = nullptr);
    // Starts with this query and order: a window re-opening a large library reads it once.
    LibraryListModel(LibraryIndex *index, const QString &query, SortOrder sortOrder, QObject *parent = nullptr);

    // A built-in view ("Inbox", "Later", "Starred", "Archive", "All") or a saved search, by name:
    // sets both query and sort order. False if there is no such view.
    bool setView(const QString &name);
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setSortOrder(SortOrder order);
    SortOrder sortOrder() const { return m_sortOrder; }
    QStringList warnings() const { return m_warnings; } // of the current query
    QString error() const { return m_error; }

    // Runs the query again from scratch (a model reset).
    void refresh();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed
    QList<qint64> ids() const;
    const ArticleSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged(const QString &query);
    void warningsChanged(const QStringList &warnings);

private:
    void onAdded(const QList<qint64> &ids);
    void onUpdated(const QList<qint64> &ids);
    void onRemoved(const QList<qint64> &ids);
    bool isBefore(const ArticleSummary &a, const ArticleSummary &b) const;
    void rebuildRowIndex();

    LibraryIndex *m_index;
    QString m_query;
    SortOrder m_sortOrder = SortOrder::Date;
    QStringList m_warnings;
    QString m_error;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    mutable QHash<qint64, MatchHighlights> m_highlights;
};

} // namespace Attache
