#include "analyze/analyzer.h"
#include "clean/article.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// Analyzer::analyze(Article): the headline is read with the body, and kept apart.
class AnalyzerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineEntitiesAreFoundAndTheBodyResolvesToThem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("titleEntity");    // entity id expected in the headline
        QTest::addColumn<QString>("titleText");      // the words it covers there
        QTest::addColumn<QString>("bodyShortForm");  // a short form in the body…
        QTest::addColumn<QString>("bodyEntity");     // …resolving to this id

        QTest::newRow("nominal: a city only in the headline")
            << u"Canada's envoy to meet Chinese officials in Montreal"_s
            << u"The talks will cover canola tariffs, officials said on Tuesday."_s << u"Montreal"_s
            << u"Montreal"_s << QString() << QString();
        QTest::newRow("nominal: the body's surname resolves to the headline's full name")
            << u"Mark Carney to visit Beijing next month"_s
            << u"Carney said the visit would focus on trade and on consular cases."_s << u"person/mark-carney"_s
            << u"Mark Carney"_s << u"Carney"_s << u"person/mark-carney"_s;
    }

    void headlineEntitiesAreFoundAndTheBodyResolvesToThem()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, titleEntity);
        QFETCH(QString, titleText);
        QFETCH(QString, bodyShortForm);
        QFETCH(QString, bodyEntity);

        Article article;
        article.title = title;
        article.published = QDateTime(QDate(2025, 3, 4), QTime(9, 0), QTimeZone::UTC);
        article.blocks = {Block{BlockKind::Paragraph, 0, body}};
        const auto analysis = Analyzer().analyze(article);

        const auto inTitle = std::find_if(analysis.titleEntities.cbegin(), analysis.titleEntities.cend(),
                                          [&](const EntityMention &m) {
                                              return m.entityId.contains(titleEntity, Qt::CaseInsensitive)
                                                  || m.name == titleEntity;
                                          });
        QVERIFY2(inTitle != analysis.titleEntities.cend(), qPrintable(title));
        QCOMPARE(title.mid(inTitle->start, inTitle->end - inTitle->start), titleText);
        const auto text = article.text();
        for (const auto &mention : analysis.entities) {
            QVERIFY(mention.start >= 0 && mention.end <= text.size()); // offsets stay in the body
        }
        if (bodyShortForm.isEmpty())
            return;
        const auto inBody = std::find_if(analysis.entities.cbegin(), analysis.entities.cend(), [&](const EntityMention &m) {
            return text.mid(m.start, m.end - m.start) == bodyShortForm;
        });
        QVERIFY2(inBody != analysis.entities.cend(), qPrintable(bodyShortForm));
        QCOMPARE(inBody->entityId, bodyEntity);
    }

    void eventsAndDatesComeFromTheBodyOnly()
    {
        Article article;
        article.title = u"Talks on 3 March in Ottawa"_s;
        article.published = QDateTime(QDate(2025, 3, 4), QTime(9, 0), QTimeZone::UTC);
        article.blocks = {Block{BlockKind::Paragraph, 0, u"Ministers met on Monday."_s}};
        const auto analysis = Analyzer().analyze(article);
        for (const auto &timex : analysis.timex)
            QVERIFY(timex.end <= article.text().size());
        for (const auto &event : analysis.events)
            QVERIFY(event.sentenceEnd <= article.text().size());
    }
};

QTEST_MAIN(AnalyzerTest)
#include "analyzer_test.moc"
