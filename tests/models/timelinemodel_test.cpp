#include "analyze/timelinemodel.h"
#include "clean/article.h"
#include "core/itemdatarole.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

Event makeEvent(const QDate &begin, const QDate &end, EventType type, const QString &label, const QStringList &actorIds)
{
    Event e;
    e.begin = begin;
    e.end = end;
    e.type = type;
    e.label = label;
    e.actorIds = actorIds;
    e.actorNames = actorIds;
    return e;
}

} // namespace

class TimelineModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filter_data()
    {
        QTest::addColumn<TimelineFilter>("filter");
        QTest::addColumn<QStringList>("labels");

        QTest::newRow("nominal: no filter, time order") << TimelineFilter{}
                                                        << QStringList{u"arrest"_s, u"call"_s, u"statement"_s};
        QTest::newRow("nominal: by actor") << TimelineFilter{u"person/carney"_s, {}, {}, {}}
                                           << QStringList{u"call"_s};
        QTest::newRow("nominal: by type")
            << TimelineFilter{{}, QSet<EventType>{EventType::Statement, EventType::LegalAction}, {}, {}}
                                          << QStringList{u"arrest"_s, u"statement"_s};
        QTest::newRow("nominal: from a date keeps ranges that reach it")
            << TimelineFilter{{}, {}, QDate(2018, 6, 1), {}} << QStringList{u"arrest"_s, u"call"_s, u"statement"_s};
        QTest::newRow("nominal: date window") << TimelineFilter{{}, {}, QDate(2019, 1, 1), QDate(2025, 3, 22)}
                                              << QStringList{u"call"_s};
        QTest::newRow("robustness: nothing matches") << TimelineFilter{u"org/none"_s, {}, {}, {}} << QStringList{};
        QTest::newRow("robustness: no type chosen shows nothing")
            << TimelineFilter{{}, QSet<EventType>{}, {}, {}} << QStringList{};
    }

    void filter()
    {
        QFETCH(TimelineFilter, filter);
        QFETCH(QStringList, labels);

        Article seed;
        seed.title = u"Canada and China"_s;
        ArticleAnalysis analysis;
        analysis.events = {
            makeEvent(QDate(2025, 3, 23), QDate(2025, 3, 23), EventType::Statement, u"statement"_s, {u"org/pmo"_s}),
            makeEvent(QDate(2025, 3, 22), QDate(2025, 3, 22), EventType::Consultation, u"call"_s,
                  {u"person/carney"_s, u"person/li"_s}),
            makeEvent(QDate(2018, 1, 1), QDate(2018, 12, 31), EventType::LegalAction, u"arrest"_s, {u"org/huawei"_s}),
        };

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(TimelineModel::collect({seed}, {analysis}, {0}));
        model.setFilter(filter);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row).data(EventLabelRole).toString();
        QCOMPARE(shown, labels);
        QCOMPARE(model.totalCount(), 3);
    }

    void marksTheCurrentArticle()
    {
        ArticleAnalysis first;
        first.events = {makeEvent(QDate(2025, 1, 1), QDate(2025, 1, 1), EventType::Statement, u"a"_s, {})};
        ArticleAnalysis second;
        second.events = {makeEvent(QDate(2025, 2, 1), QDate(2025, 2, 1), EventType::Statement, u"b"_s, {})};
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(TimelineModel::collect({Article{}, Article{}}, {first, second}, {0, 1, 7}));
        QCOMPARE(model.rowCount(), 2);
        model.setCurrentArticle(1);
        QVERIFY(!model.index(0).data(EventIsInCurrentArticleRole).toBool());
        QVERIFY(model.index(1).data(EventIsInCurrentArticleRole).toBool());
        QCOMPARE(model.index(1).data(EventArticleRole).toInt(), 1);
    }
};

QTEST_APPLESS_MAIN(TimelineModelTest)
#include "timelinemodel_test.moc"
