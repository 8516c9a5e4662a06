#include "articlelistview.h"
#include "mainwindow.h"
#include "readingview.h"

#include "core/settings.h"
#include "library/articlelibrary.h"
#include "library/itemdatarole.h"

#include <KSyntaxHighlighting/Repository>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto SeedArticle = QStringLiteral(ATTACHE_SHARED_DIR "/samples/000_e49f2e464c2e54c8.txt");
}

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"mainwindow_test"_s);
    }

    void opensTheSeedArticle()
    {
        QVERIFY2(QFile::exists(SeedArticle), qPrintable(SeedArticle));
        Settings settings;
        ArticleLibrary library;
        KSyntaxHighlighting::Repository repository;
        MainWindow window(Services{settings, library, repository});
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy finished(&library, &ArticleLibrary::loadingFinished);
        library.load({SeedArticle});
        QVERIFY(finished.wait(10000));

        auto *list = window.articleList();
        QCOMPARE(list->model()->rowCount(), 1);
        const auto entry = list->model()->index(0, 0);
        QVERIFY2(entry.data(TitleRole).toString().contains(u"Canada"_s), qPrintable(entry.data(TitleRole).toString()));
        QCOMPARE(list->currentIndex(), entry);

        const auto shown = window.readingView()->toPlainText();
        QVERIFY(shown.startsWith(entry.data(TitleRole).toString()));
        QVERIFY(shown.contains(u"A phone call between Canadian Prime Minister Mark Carney and Chinese Premier Li Qiang"_s));
    }

    void badFilesAreNamedAndTheRestLoads()
    {
        Settings settings;
        ArticleLibrary library;
        QSignalSpy finished(&library, &ArticleLibrary::loadingFinished);
        QSignalSpy problems(&library, &ArticleLibrary::loadProblem);
        library.load({SeedArticle, u"/nonexistent/attache/article.txt"_s});
        QVERIFY(finished.wait(10000));
        QCOMPARE(library.articles().size(), 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().at(0).toString(), u"/nonexistent/attache/article.txt"_s);
        QVERIFY(problems.first().at(1).toString().contains(u"does not exist"_s));
    }

    void zoomKeysChangeTheReadingFont()
    {
        Settings settings;
        settings.setReadingZoom(0);
        ArticleLibrary library;
        KSyntaxHighlighting::Repository repository;
        MainWindow window(Services{settings, library, repository});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&library, &ArticleLibrary::loadingFinished);
        library.load({SeedArticle});
        QVERIFY(finished.wait(10000));

        const auto before = window.readingView()->document()->defaultFont().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(settings.readingZoom(), 1);
        QVERIFY(window.readingView()->document()->defaultFont().pointSizeF() > before);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.readingView()->document()->defaultFont().pointSizeF(), before);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
