#include "analyze/entitymodel.h"

#include "core/plural.h"
#include "core/itemdatarole.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Internal ids: 0 marks a group row; entity rows carry their group's index + 1.
constexpr quintptr GroupMarker = 0;

constexpr EntityType GroupOrder[] = {EntityType::Person, EntityType::Organisation, EntityType::GeoPolitical,
                                     EntityType::Location, EntityType::Nationality};

// The group an entity is listed under says what it is, not how one mention uses it: a country
// acting as a government ("China said", typed ORG as the evaluation corpora want) or named by its
// demonym ("Chinese") is still listed with the countries.
EntityType kindOf(const EntityMention &mention)
{
    if (mention.entityId.startsWith(u"country/"_s))
        return EntityType::GeoPolitical;
    if (mention.entityId.startsWith(u"person/"_s))
        return EntityType::Person;
    if (mention.entityId.startsWith(u"org/"_s))
        return EntityType::Organisation;
    if (mention.entityId.startsWith(u"place/"_s))
        return mention.type == EntityType::Location ? EntityType::Location : EntityType::GeoPolitical;
    return mention.type;
}

} // namespace

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString EntityModel::groupName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return tr("People");
    case EntityType::Organisation: return tr("Organisations");
    case EntityType::GeoPolitical: return tr("Countries and cities");
    case EntityType::Location: return tr("Places");
    case EntityType::Nationality: return tr("Nationalities");
    }
    return {};
}

QList<EntitySummary> EntityModel::summarize(const QList<EntityMention> &mentions)
{
    QList<EntitySummary> summaries;
    QHash<QString, qsizetype> indexById;
    for (const auto &mention : mentions) {
        auto found = indexById.constFind(mention.entityId);
        if (found == indexById.cend()) {
            found = indexById.insert(mention.entityId, summaries.size());
            summaries << EntitySummary{mention.entityId, mention.name, kindOf(mention), 0, 1};
        }
        ++summaries[*found].mentions;
    }
    return summaries;
}

QList<EntitySummary> EntityModel::summarize(const QList<ArticleAnalysis> &analyses)
{
    QList<EntitySummary> summaries;
    QHash<QString, qsizetype> indexById;
    for (const auto &analysis : analyses) {
        for (const auto &summary : summarize(analysis.entities)) {
            auto found = indexById.constFind(summary.id);
            if (found == indexById.cend()) {
                indexById.insert(summary.id, summaries.size());
                summaries << summary;
                continue;
            }
            summaries[*found].mentions += summary.mentions;
            summaries[*found].articles += 1;
        }
    }
    return summaries;
}

void EntityModel::setEntities(const QList<EntitySummary> &entities)
{
    beginResetModel();
    m_groups.clear();
    m_showsArticleCounts = std::any_of(entities.cbegin(), entities.cend(),
                                       [](const EntitySummary &entity) { return entity.articles > 1; });
    for (const auto type : GroupOrder) {
        Group group{type, {}};
        for (const auto &entity : entities)
            if (entity.type == type)
                group.entities << entity;
        if (group.entities.isEmpty())
            continue;
        std::stable_sort(group.entities.begin(), group.entities.end(), [](const auto &a, const auto &b) {
            if (a.articles != b.articles)
                return a.articles > b.articles;
            if (a.mentions != b.mentions)
                return a.mentions > b.mentions;
            return a.name.localeAwareCompare(b.name) < 0;
        });
        m_groups << group;
    }
    endResetModel();
}

QModelIndex EntityModel::indexOfEntity(const QString &entityId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int e = 0; e < m_groups.at(g).entities.size(); ++e)
            if (m_groups.at(g).entities.at(e).id == entityId)
                return createIndex(e, 0, quintptr(g + 1));
    return {};
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupMarker);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupMarker)
        return 0;
    return int(m_groups.at(parent.row()).entities.size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupMarker) {
        const auto &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return u"%1 (%2)"_s.arg(groupName(group.type)).arg(group.entities.size());
        case EntityTypeRole: return int(group.type);
        case IsEntityGroupRole: return true;
        default: return {};
        }
    }
    const auto &group = m_groups.at(int(index.internalId() - 1));
    const auto &entity = group.entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_showsArticleCounts ? u"%1 (%2)"_s.arg(entity.name, countOf(entity.articles, tr("article"), tr("articles")))
                                    : u"%1 (%2)"_s.arg(entity.name).arg(entity.mentions);
    case Qt::ToolTipRole:
        return u"%1 — %2, %3"_s.arg(entity.name, entityTypeName(entity.type), countOf(entity.mentions, tr("mention"), tr("mentions")));
    case EntityIdRole: return entity.id;
    case EntityTypeRole: return int(entity.type);
    case MentionCountRole: return entity.mentions;
    case ArticleCountRole: return entity.articles;
    case IsEntityGroupRole: return false;
    default: return {};
    }
}

} // namespace Attache
