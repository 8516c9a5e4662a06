#pragma once

#include "analyze/analysis.h"

#include <QAbstractItemModel>

namespace Attache {

struct EntitySummary
{
    QString id;
    QString name;
    EntityType type = EntityType::Person;
    int mentions = 0;
    int articles = 0;
};

// Entities grouped by kind: five top-level rows (people, organisations, countries and cities,
// places, nationalities) with the entities below, most mentioned first. Groups without entities
// are left out. The kind comes from the entity's id ("country/…" is a country even where a
// mention of it is typed ORG as a government or NORP as a demonym).
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit EntityModel(QObject *parent = nullptr);

    // One article's mentions, counted per entity.
    static QList<EntitySummary> summarize(const QList<EntityMention> &mentions);
    // Across articles: mentions summed, and the number of articles each entity appears in.
    static QList<EntitySummary> summarize(const QList<ArticleAnalysis> &analyses);

    void setEntities(const QList<EntitySummary> &entities);
    QModelIndex indexOfEntity(const QString &entityId) const;
    static QString groupName(EntityType type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        EntityType type;
        QList<EntitySummary> entities;
    };
    QList<Group> m_groups;
    bool m_showsArticleCounts = false;
};

} // namespace Attache
