#include "analyze/entitymodel.h"
#include "core/itemdatarole.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
EntityMention mention(const QString &id, const QString &name, EntityType type)
{
    return EntityMention{0, 1, type, id, name};
}
} // namespace

class EntityModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByTypeMostMentionedFirst()
    {
        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(EntityModel::summarize(QList<EntityMention>{
            mention(u"country/CA"_s, u"Canada"_s, EntityType::GeoPolitical),
            mention(u"person/li-qiang"_s, u"Li Qiang"_s, EntityType::Person),
            mention(u"person/mark-carney"_s, u"Mark Carney"_s, EntityType::Person),
            mention(u"person/mark-carney"_s, u"Mark Carney"_s, EntityType::Person),
            mention(u"country/CN"_s, u"China"_s, EntityType::GeoPolitical),
            mention(u"country/CN"_s, u"China"_s, EntityType::GeoPolitical),
            mention(u"country/CN"_s, u"China"_s, EntityType::GeoPolitical),
        }));

        QCOMPARE(model.rowCount(), 2); // people, countries; empty groups are left out
        const auto people = model.index(0, 0);
        QVERIFY(people.data(IsEntityGroupRole).toBool());
        QCOMPARE(people.data(EntityTypeRole).toInt(), int(EntityType::Person));
        QCOMPARE(model.rowCount(people), 2);
        QCOMPARE(model.index(0, 0, people).data(EntityIdRole).toString(), u"person/mark-carney"_s);
        QCOMPARE(model.index(0, 0, people).data(MentionCountRole).toInt(), 2);
        QCOMPARE(model.index(0, 0, people).data(Qt::DisplayRole).toString(), u"Mark Carney (2)"_s);

        const auto countries = model.index(1, 0);
        QCOMPARE(model.index(0, 0, countries).data(Qt::DisplayRole).toString(), u"China (3)"_s);
        QCOMPARE(model.indexOfEntity(u"country/CA"_s), model.index(1, 0, countries));
        QVERIFY(!model.indexOfEntity(u"org/nato"_s).isValid());
    }

    void groupsByEntityKindNotMentionType()
    {
        // "India said" is typed ORG (a government) and "Indian" NORP, but India is a country.
        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(EntityModel::summarize(QList<EntityMention>{
            mention(u"country/IN"_s, u"India"_s, EntityType::Organisation),
            mention(u"country/IN"_s, u"India"_s, EntityType::Nationality),
            mention(u"country/IN"_s, u"India"_s, EntityType::GeoPolitical),
            mention(u"org/pmo-ca"_s, u"Prime Minister's Office"_s, EntityType::Organisation),
            mention(u"place/amazon-rainforest"_s, u"Amazon rainforest"_s, EntityType::Location),
        }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(EntityTypeRole).toInt(), int(EntityType::Organisation));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        const auto countries = model.index(1, 0);
        QCOMPARE(countries.data(EntityTypeRole).toInt(), int(EntityType::GeoPolitical));
        QCOMPARE(model.index(0, 0, countries).data(Qt::DisplayRole).toString(), u"India (3)"_s);
        QCOMPARE(model.index(2, 0).data(EntityTypeRole).toInt(), int(EntityType::Location));
    }

    void libraryWideCountsArticles()
    {
        ArticleAnalysis first;
        first.entities = {mention(u"org/nato"_s, u"NATO"_s, EntityType::Organisation),
                          mention(u"org/nato"_s, u"NATO"_s, EntityType::Organisation)};
        ArticleAnalysis second;
        second.entities = {mention(u"org/nato"_s, u"NATO"_s, EntityType::Organisation),
                           mention(u"org/un"_s, u"United Nations"_s, EntityType::Organisation)};
        const auto summaries = EntityModel::summarize(QList<ArticleAnalysis>{first, second});
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).id, u"org/nato"_s);
        QCOMPARE(summaries.at(0).mentions, 3);
        QCOMPARE(summaries.at(0).articles, 2);
        QCOMPARE(summaries.at(1).articles, 1);

        EntityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(summaries);
        const auto organisations = model.index(0, 0);
        QCOMPARE(model.index(0, 0, organisations).data(ArticleCountRole).toInt(), 2);
        QVERIFY(model.index(0, 0, organisations).data(Qt::DisplayRole).toString().contains(u"2 articles"_s));
        model.setEntities({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(EntityModelTest)
#include "entitymodel_test.moc"
