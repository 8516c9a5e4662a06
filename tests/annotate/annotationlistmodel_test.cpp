#include "annotate/annotationlistmodel.h"
#include "annotate/annotationstore.h"
#include "clean/article.h"
#include "core/itemdatarole.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

class AnnotationListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsTheStore();
};

void AnnotationListModelTest::followsTheStore()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(u"a.sqlite"_s)));
    Article article;
    article.path = u"/news/a.txt"_s;
    article.id = u"a"_s;
    article.contentHash = u"h"_s;
    article.title = u"Talks"_s;
    article.blocks = {Block{BlockKind::Paragraph, 0, u"Ministers met in Geneva and agreed to reopen the talks."_s}};
    const auto text = article.text();

    AnnotationListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(article); // no record yet
    QCOMPARE(model.rowCount(), 0);

    const auto later = store.addHighlight(article, text.indexOf(u"reopen"_s), text.indexOf(u"reopen"_s) + 6);
    QVERIFY(later.isValid());
    QCOMPARE(model.rowCount(), 1);
    const auto earlier = store.addHighlight(article, text.indexOf(u"Geneva"_s), text.indexOf(u"Geneva"_s) + 6, 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Geneva"_s); // reading order
    QCOMPARE(model.index(0).data(ColourIndexRole).toInt(), 2);
    QVERIFY(store.setArticleNote(article, u"About the talks"_s).isValid());
    QCOMPARE(model.index(0).data(IsArticleNoteRole).toBool(), true);

    QVERIFY(store.addTag(later.after->id, u"talks"_s).isValid());
    QCOMPARE(model.index(2).data(TagsRole).toStringList(), QStringList{u"talks"_s});
    const auto removal = store.remove(earlier.after->id);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(store.undo(removal));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.indexOf(earlier.after->id).row(), 1);
    QCOMPARE(model.index(1).data(AnnotationRole).value<Annotation>(), *earlier.after);
}

QTEST_GUILESS_MAIN(AnnotationListModelTest)
#include "annotationlistmodel_test.moc"
