#include "library/librarylistmodel.h"

#include "core/itemdatarole.h"
#include "library/libraryindex.h"

#include <QPoint>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

LibraryListModel::LibraryListModel(LibraryIndex *index, QObject *parent)
    : LibraryListModel(index, {}, SortOrder::Date, parent)
{
}

LibraryListModel::LibraryListModel(LibraryIndex *index, const QString &query, SortOrder sortOrder, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(index)
    , m_query(query)
    , m_sortOrder(sortOrder)
{
    connect(index, &LibraryIndex::articlesAdded, this, &LibraryListModel::onAdded);
    connect(index, &LibraryIndex::articlesUpdated, this, &LibraryListModel::onUpdated);
    connect(index, &LibraryIndex::triageChanged, this, &LibraryListModel::onUpdated);
    connect(index, &LibraryIndex::articlesRemoved, this, &LibraryListModel::onRemoved);
    refresh();
}

bool LibraryListModel::setView(const QString &name)
{
    const auto view = m_index->view(name);
    if (!view)
        return false;
    m_query = view->query;
    m_sortOrder = view->sort;
    refresh();
    Q_EMIT queryChanged(m_query);
    return true;
}

void LibraryListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
    Q_EMIT queryChanged(m_query);
}

void LibraryListModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    refresh();
}

void LibraryListModel::refresh()
{
    beginResetModel();
    m_highlights.clear();
    m_rows.clear();
    m_error.clear();
    if (m_index->isOpen()) {
        SearchOptions options;
        options.sort = m_sortOrder;
        const auto result = m_index->search(m_query, options);
        m_error = result.error;
        if (result.warnings != m_warnings) {
            m_warnings = result.warnings;
            Q_EMIT warningsChanged(m_warnings);
        }
        m_rows = m_index->summaries(result.ids);
    }
    rebuildRowIndex();
    endResetModel();
}

void LibraryListModel::rebuildRowIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

qint64 LibraryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LibraryListModel::rowOf(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QList<qint64> LibraryListModel::ids() const
{
    QList<qint64> list;
    list.reserve(m_rows.size());
    for (const auto &row : m_rows)
        list << row.id;
    return list;
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case Qt::ToolTipRole:
    case ArticlePathRole: return row.path;
    case ArticleIdRole: return row.itemId;
    case SourceRole: return row.source;
    case BylineRole: return row.byline;
    case PublishedRole: return row.published;
    case IsPublishedUncertainRole: return row.isPublishedUncertain;
    case FormatRole: return row.format;
    case IndexIdRole: return row.id;
    case TriageStateRole: return int(row.triage.state);
    case PriorityRole: return row.triage.priority;
    case IsStarredRole: return row.triage.isStarred;
    case IsReadRole: return row.triage.isRead;
    case IsMarkedRole: return row.triage.isMarked;
    case MainEntitiesRole: return row.mainEntities;
    case DuplicateCountRole: return row.duplicateCount;
    case GroupDayRole: return row.published.isValid() ? row.published.toLocalTime().date() : QDate();
    case SnippetRole:
    case SnippetRangesRole: {
        // Computed on first display only: a snippet costs a full-text lookup.
        if (!m_highlights.contains(row.id))
            m_highlights.insert(row.id, m_index->highlights(row.id, m_query));
        const auto &highlights = m_highlights[row.id];
        if (role == SnippetRole)
            return highlights.snippet;
        QVariantList ranges;
        for (const auto &[start, end] : highlights.snippetRanges)
            ranges << QPoint(int(start), int(end));
        return ranges;
    }
    default: return {};
    }
}

QHash<int, QByteArray> LibraryListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    const std::pair<int, const char *> roles[] = {
        {ArticleIdRole, "articleId"},     {ArticlePathRole, "path"},         {TitleRole, "title"},
        {SourceRole, "source"},           {BylineRole, "byline"},            {PublishedRole, "published"},
        {IsPublishedUncertainRole, "isPublishedUncertain"},                  {FormatRole, "format"},
        {IndexIdRole, "indexId"},         {TriageStateRole, "triageState"},  {PriorityRole, "priority"},
        {IsStarredRole, "isStarred"},     {IsReadRole, "isRead"},            {IsMarkedRole, "isMarked"},
        {MainEntitiesRole, "mainEntities"}, {DuplicateCountRole, "duplicateCount"}, {GroupDayRole, "groupDay"},
        {SnippetRole, "snippet"},         {SnippetRangesRole, "snippetRanges"},
    };
    for (const auto &[role, name] : roles)
        names.insert(role, QByteArray(name));
    return names;
}

bool LibraryListModel::isBefore(const ArticleSummary &a, const ArticleSummary &b) const
{
    // The same order as the SQL of buildSearchSql, so that inserted rows land where a refresh
    // would put them.
    auto byDate = [](const ArticleSummary &x, const ArticleSummary &y) {
        if (x.published.isValid() != y.published.isValid())
            return x.published.isValid();
        if (x.published != y.published)
            return x.published > y.published;
        return x.id > y.id;
    };
    switch (m_sortOrder) {
    case SortOrder::Priority:
        if ((a.triage.priority == 0) != (b.triage.priority == 0))
            return a.triage.priority != 0;
        if (a.triage.priority != b.triage.priority)
            return a.triage.priority < b.triage.priority;
        return byDate(a, b);
    case SortOrder::Source: {
        if (a.source.isEmpty() != b.source.isEmpty())
            return !a.source.isEmpty();
        const int order = a.source.compare(b.source, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : byDate(a, b);
    }
    case SortOrder::Date:
    case SortOrder::Relevance:
        return byDate(a, b);
    }
    return byDate(a, b);
}

void LibraryListModel::onAdded(const QList<qint64> &ids)
{
    SearchOptions options;
    options.sort = m_sortOrder;
    options.restrictTo = ids;
    const auto matching = m_index->search(m_query, options).ids;
    QList<qint64> fresh;
    for (const auto id : matching) {
        if (!m_rowOfId.contains(id))
            fresh << id;
    }
    if (fresh.isEmpty())
        return;
    const auto summaries = m_index->summaries(fresh);
    for (const auto &summary : summaries) {
        int row = int(m_rows.size());
        if (m_sortOrder != SortOrder::Relevance || !LibraryQuery::parse(m_query).hasWords()) {
            const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), summary,
                                             [this](const ArticleSummary &a, const ArticleSummary &b) { return isBefore(a, b); });
            row = int(at - m_rows.cbegin());
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, summary);
        endInsertRows();
        for (int i = row; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
    }
}

void LibraryListModel::onUpdated(const QList<qint64> &ids)
{
    QList<qint64> listed;
    QList<qint64> unlisted;
    for (const auto id : ids)
        (m_rowOfId.contains(id) ? listed : unlisted) << id;
    if (!listed.isEmpty()) {
        const auto summaries = m_index->summaries(listed);
        QList<qint64> gone = listed;
        for (const auto &summary : summaries) {
            gone.removeOne(summary.id);
            const int row = m_rowOfId.value(summary.id);
            m_rows[row] = summary;
            m_highlights.remove(summary.id);
            Q_EMIT dataChanged(index(row), index(row));
        }
        if (!gone.isEmpty())
            onRemoved(gone);
    }
    // A re-indexed article may match the query now.
    if (!unlisted.isEmpty())
        onAdded(unlisted);
}

void LibraryListModel::onRemoved(const QList<qint64> &ids)
{
    for (const auto id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowOfId.remove(id);
        m_highlights.remove(id);
        endRemoveRows();
        for (int i = row; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
    }
}

} // namespace Attache
