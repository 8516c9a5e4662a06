#include "annotate/annotationlistmodel.h"

#include "annotate/annotationstore.h"
#include "clean/article.h"
#include "core/itemdatarole.h"

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// The store's order: article note, highlights by position, orphans.
bool isBefore(const Annotation &a, const Annotation &b)
{
    const auto key = [](const Annotation &x) {
        return std::make_tuple(!x.isArticleNote(), x.isOrphan, x.selector.start, x.created, x.id);
    };
    return key(a) < key(b);
}

} // namespace

AnnotationListModel::AnnotationListModel(AnnotationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::annotationChanged, this, &AnnotationListModel::onChanged);
    connect(store, &AnnotationStore::annotationRemoved, this, &AnnotationListModel::onRemoved);
    connect(store, &AnnotationStore::articleReanchored, this, [this](const QString &articleId) {
        if (articleId == m_articleId)
            reload();
    });
    connect(store, &AnnotationStore::annotationsReset, this, &AnnotationListModel::reload);
}

void AnnotationListModel::setArticle(const Article &article)
{
    beginResetModel();
    m_annotations = m_store ? m_store->annotationsFor(article) : QList<Annotation>{};
    const auto record = m_store ? m_store->findArticle(article) : std::nullopt;
    m_articleId = record ? record->id : QString();
    m_pendingContentHash = record ? QString() : article.contentHash;
    m_pendingLocation = record ? QString() : article.path;
    endResetModel();
}

void AnnotationListModel::clear()
{
    beginResetModel();
    m_articleId.clear();
    m_pendingContentHash.clear();
    m_pendingLocation.clear();
    m_annotations.clear();
    endResetModel();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_annotations = m_store && !m_articleId.isEmpty() ? m_store->annotations(m_articleId) : QList<Annotation>{};
    endResetModel();
}

QModelIndex AnnotationListModel::indexOf(const QString &annotationId) const
{
    for (qsizetype row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == annotationId)
            return index(int(row));
    }
    return {};
}

void AnnotationListModel::onChanged(const Annotation &annotation)
{
    // A first annotation on the shown article creates its record: adopt it.
    if (m_articleId.isEmpty() && m_store && (!m_pendingContentHash.isEmpty() || !m_pendingLocation.isEmpty())) {
        const auto record = m_store->articleById(annotation.articleId);
        if (record && ((!m_pendingContentHash.isEmpty() && record->contentHash == m_pendingContentHash)
                       || (!m_pendingLocation.isEmpty() && record->path.startsWith(m_pendingLocation)))) {
            m_articleId = record->id;
            m_pendingContentHash.clear();
            m_pendingLocation.clear();
        }
    }
    if (annotation.articleId != m_articleId)
        return;
    const auto existing = indexOf(annotation.id);
    if (existing.isValid()) {
        const int row = existing.row();
        m_annotations[row] = annotation;
        const bool isInPlace = (row == 0 || !isBefore(annotation, m_annotations.at(row - 1)))
            && (row + 1 == m_annotations.size() || !isBefore(m_annotations.at(row + 1), annotation));
        if (isInPlace) {
            Q_EMIT dataChanged(existing, existing);
            return;
        }
        beginRemoveRows({}, row, row);
        m_annotations.removeAt(row);
        endRemoveRows();
    }
    const auto at = std::lower_bound(m_annotations.begin(), m_annotations.end(), annotation, isBefore);
    const int row = int(at - m_annotations.begin());
    beginInsertRows({}, row, row);
    m_annotations.insert(row, annotation);
    endInsertRows();
}

void AnnotationListModel::onRemoved(const QString &id, const QString &articleId)
{
    if (articleId != m_articleId)
        return;
    const auto existing = indexOf(id);
    if (!existing.isValid())
        return;
    beginRemoveRows({}, existing.row(), existing.row());
    m_annotations.removeAt(existing.row());
    endRemoveRows();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &annotation = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return annotation.isArticleNote() ? annotation.note : annotation.selector.exact;
    case Qt::ToolTipRole:
        return annotation.note;
    case AnnotationIdRole: return annotation.id;
    case AnnotationRole: return QVariant::fromValue(annotation);
    case QuoteRole: return annotation.selector.exact;
    case NoteRole: return annotation.note;
    case TagsRole: return annotation.tags;
    case ColourIndexRole: return annotation.colour;
    case StartRole: return qint64(annotation.selector.start);
    case EndRole: return qint64(annotation.selector.end);
    case IsOrphanRole: return annotation.isOrphan;
    case IsArticleNoteRole: return annotation.isArticleNote();
    case CreatedRole: return annotation.created;
    case ModifiedRole: return annotation.modified;
    default: return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(TagsRole, "tags");
    names.insert(ColourIndexRole, "colourIndex");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(IsOrphanRole, "isOrphan");
    names.insert(IsArticleNoteRole, "isArticleNote");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    return names;
}

} // namespace Attache
