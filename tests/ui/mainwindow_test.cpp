#include "articlelistview.h"
#include "librarywindow.h"
#include "readingview.h"

#include "core/itemdatarole.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto SeedArticle = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");
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
        LibraryWindow session;
        QVERIFY(session.open({SeedArticle}));
        auto &window = *session.window;

        auto *list = window.articleList();
        QCOMPARE(list->model()->rowCount(), 1);
        const auto entry = list->model()->index(0, 0);
        QVERIFY2(entry.data(TitleRole).toString().contains(u"Canada"_s), qPrintable(entry.data(TitleRole).toString()));
        QCOMPARE(list->currentIndex(), entry);

        const auto shown = window.readingView()->toPlainText();
        QVERIFY(shown.startsWith(entry.data(TitleRole).toString()));
        QVERIFY(shown.contains(u"A meeting in Vancouver between Canadian Foreign Minister Anita Anand and Japanese Foreign Minister Takeshi Iwaya"_s));
        // Entities are highlighted: the analysis of the shown article is there.
        QVERIFY(!window.readingView()->analysis().entities.isEmpty());
    }

    void badFilesAreNamedAndTheRestLoads()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(SeedArticle, folder.filePath(u"seed.txt"_s)));
        QFile binary(folder.filePath(u"broken.html"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x00\x01\x02\xff\xfe binary", 12).repeated(100));
        binary.close();

        LibraryWindow session;
        QVERIFY(session.open({folder.path()}));
        QCOMPARE(session.window->listModel()->rowCount(), 1);
        QVERIFY(session.window->readingView()->hasArticle());
        const auto &skipped = session.indexer->skipped();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().path, folder.filePath(u"broken.html"_s));
        QVERIFY2(!skipped.first().reason.isEmpty(), "a skipped file says why");
    }

    void zoomKeysChangeTheReadingFont()
    {
        LibraryWindow session;
        QVERIFY(session.open({SeedArticle}));
        auto &window = *session.window;
        auto &settings = *session.settings;
        settings.setReadingZoom(0);

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
