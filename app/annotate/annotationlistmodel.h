#pragma once

#include "annotate/annotation.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Attache {

class AnnotationStore;
struct Article;

// One article's annotations for the notes dock: the article note first, then highlights in
// reading order, orphans last (the store's order). Follows the store's signals, so a change made
// anywhere (an undo, the command line in the same process, an import) shows up by itself.
// Roles: ItemDataRole (core/itemdatarole.h), AnnotationIdRole … ModifiedRole.
class AnnotationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AnnotationListModel(AnnotationStore *store, QObject *parent = nullptr);

    // Shows the article's annotations, re-anchored in its current text.
    void setArticle(const Article &article);
    void clear();
    QString articleId() const { return m_articleId; }

    Annotation annotationAt(int row) const { return m_annotations.value(row); }
    QModelIndex indexOf(const QString &annotationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    void onChanged(const Annotation &annotation);
    void onRemoved(const QString &id, const QString &articleId);

    QPointer<AnnotationStore> m_store;
    QString m_articleId;
    QString m_pendingContentHash; // of a shown article that has no record yet
    QString m_pendingLocation;
    QList<Annotation> m_annotations;
};

} // namespace Attache
