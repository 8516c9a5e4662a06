#include "actionregistry.h"
#include "articlelistview.h"
#include "librarywindow.h"
#include "originalpageview.h"
#include "readingview.h"

#include "core/itemdatarole.h"
#include "library/librarytypes.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto SeedArticle = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");
const auto SampleFolder = QStringLiteral(ATTACHE_SOURCE_DIR "/resources/samples");
const auto SamplePdf = QStringLiteral(ATTACHE_SOURCE_DIR "/resources/samples/veloria-tarsis-communique.pdf");
const auto DigestWithPdf = QStringLiteral(ATTACHE_SOURCE_DIR "/tests/clean/golden/input/mail_digest_base64_with_pdf.eml");

// What the analyst opens over a library of the samples, where the Inbox shows the newest first.
enum class Opened {
    NewFile, // the seed article, not in the library yet
    KnownFile, // the sample listed lowest
    ArchivedFile, // the same, filed away: not in the Inbox
    NewFolder, // a folder holding a copy of the seed article and a text written here
    UnreadableFile, // an empty file: nothing to show, the article shown stays
};
} // namespace

Q_DECLARE_METATYPE(Opened)

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

    void openedPathIsTheArticleShown_data()
    {
        QTest::addColumn<Opened>("opened");
        QTest::addColumn<QString>("expectedView");
        QTest::newRow("nominal: a new file is shown, not the newest entry") << Opened::NewFile << u"Inbox"_s;
        QTest::newRow("nominal: a file already in the library is shown") << Opened::KnownFile << u"Inbox"_s;
        QTest::newRow("nominal: an archived file brings the view that lists it") << Opened::ArchivedFile << u"All"_s;
        QTest::newRow("nominal: a folder shows its first new article") << Opened::NewFolder << u"Inbox"_s;
        QTest::newRow("robustness: an empty file leaves the article shown") << Opened::UnreadableFile << u"Inbox"_s;
    }

    void openedPathIsTheArticleShown()
    {
        QFETCH(Opened, opened);
        QFETCH(QString, expectedView);
        LibraryWindow session;
        QVERIFY(session.open({ SampleFolder }));
        auto &window = *session.window;
        auto *list = window.listModel();
        QVERIFY(list->rowCount() > 3);
        QCOMPARE(window.currentView(), u"Inbox"_s);
        // Whichever article arrived first is shown (the list does not jump as later ones arrive
        // above it); what counts below is that opening moves to the opened one.
        const auto firstShown = window.currentArticleId();
        QVERIFY(firstShown != 0);
        // The lowest entry that is a file of its own (a feed's items share one file).
        ArticleSummary lastListed;
        for (int row = list->rowCount() - 1; row > 0 && lastListed.id == 0; --row) {
            const auto &summary = list->summaryAt(row);
            if (session.index.idsForPath(summary.path).size() == 1)
                lastListed = summary;
        }
        QVERIFY(lastListed.id != 0);

        QTemporaryDir scratch;
        QString path;
        QString expectedFolder; // for a folder: the shown article's file is under it
        switch (opened) {
        case Opened::NewFile: path = SeedArticle; break;
        case Opened::ArchivedFile:
            QVERIFY(!session.index.setState({ lastListed.id }, TriageState::Archive).isEmpty());
            window.showView(u"Inbox"_s);
            QCOMPARE(list->rowOf(lastListed.id), -1);
            [[fallthrough]];
        case Opened::KnownFile: path = lastListed.path; break;
        case Opened::NewFolder: {
            QVERIFY(QFile::copy(SeedArticle, scratch.filePath(u"seed.txt"_s)));
            QFile other(scratch.filePath(u"note.txt"_s));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("Envoys meet in Oslo\n\nThe envoys of Norway and Chile met in Oslo on Monday to discuss "
                        "fisheries, trade and the protection of the southern ocean. Both sides said the talks "
                        "were constructive and agreed to meet again in Santiago next spring.\n");
            other.close();
            path = scratch.path();
            expectedFolder = QFileInfo(scratch.path()).canonicalFilePath() + u'/';
            break;
        }
        case Opened::UnreadableFile: {
            QFile empty(scratch.filePath(u"empty.txt"_s));
            QVERIFY(empty.open(QIODevice::WriteOnly));
            empty.close();
            path = empty.fileName();
            break;
        }
        }

        QSignalSpy finished(session.indexer.get(), &LibraryIndexer::indexingFinished);
        QVERIFY(window.openPaths({ path }).isEmpty());
        QVERIFY(finished.wait(60000));

        QCOMPARE(window.currentView(), expectedView);
        const auto shown = window.currentArticleId();
        QCOMPARE(window.articleList()->currentIndex().row(), list->rowOf(shown));
        if (opened == Opened::UnreadableFile) {
            QCOMPARE(shown, firstShown);
            return;
        }
        const auto summary = session.index.summary(shown);
        QVERIFY(summary);
        if (expectedFolder.isEmpty()) {
            QCOMPARE(summary->path, QFileInfo(path).canonicalFilePath());
            QVERIFY(window.readingView()->toPlainText().startsWith(summary->title));
        } else {
            QVERIFY2(summary->path.startsWith(expectedFolder), qPrintable(summary->path));
            // The first of the folder's articles as the list is sorted.
            for (int row = 0; row < list->rowOf(shown); ++row)
                QVERIFY(!list->summaryAt(row).path.startsWith(expectedFolder));
        }
        QVERIFY(shown != firstShown);
    }

    void toolbarShowsIconsInTheUsersStyle()
    {
        LibraryWindow session;
        QVERIFY(session.open({ SeedArticle }));
        auto *toolbar = session.window->findChild<QToolBar *>(u"triageToolbar"_s);
        QVERIFY(toolbar);
        QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonFollowStyle);
        int buttons = 0;
        for (auto *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            // Icon-only styles still name the command.
            QVERIFY(!action->text().isEmpty());
        }
        QVERIFY(buttons >= 6);
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

    // "View original page" (the O key): a PDF article's own pages in place of its text; for any
    // other article the command is disabled and the text stays.
    void viewOriginalShowsThePdfsRenderedPage()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(SeedArticle, folder.filePath(u"seed.txt"_s)));
        QVERIFY(QFile::copy(SamplePdf, folder.filePath(u"communique.pdf"_s)));
        LibraryWindow session;
        QVERIFY(session.open({folder.path()}));
        auto &window = *session.window;
        auto *model = window.listModel();
        QCOMPARE(model->rowCount(), 2);
        const int pdfRow = model->summaryAt(0).format == u"pdf"_s ? 0 : 1;
        auto *action = window.actions().action(u"view_original"_s);
        QVERIFY(action);
        QVERIFY(action->isCheckable());

        window.selectArticle(1 - pdfRow);
        QVERIFY(!action->isEnabled());
        QTest::keyClick(window.articleList(), Qt::Key_O);
        QVERIFY(window.readingView()->isVisible());
        QVERIFY(!window.originalPageView()->isVisible());

        window.selectArticle(pdfRow);
        QVERIFY(action->isEnabled());
        auto *pages = window.originalPageView();
        QSignalSpy rendered(pages, &OriginalPageView::pageRendered);
        QTest::keyClick(window.articleList(), Qt::Key_O);
        QVERIFY(action->isChecked());
        QVERIFY(pages->isVisible());
        QVERIFY(!window.readingView()->isVisible());
        QVERIFY(rendered.wait(20000));
        QVERIFY2(pages->message().isEmpty(), qPrintable(pages->message()));
        const auto image = pages->viewport()->grab().toImage();
        int dark = 0, white = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int gray = qGray(image.pixel(x, y));
                dark += gray < 96 ? 1 : 0;
                white += gray > 250 ? 1 : 0;
            }
        }
        QVERIFY2(white > image.width() * image.height() / 4, "a page of paper fills the view");
        QVERIFY2(dark > 500, "the page shows its text");

        // The zoom keys zoom the pages while they are shown, and leave the text's size alone.
        const int textZoom = session.settings->readingZoom();
        QTRY_COMPARE_WITH_TIMEOUT(pages->renderedPageSize(0).width(),
                                  int(std::lround(pages->pageWidth() * pages->devicePixelRatioF())), 20000);
        const auto fitted = pages->renderedPageSize(0);
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(pages->zoomSteps(), 1);
        QCOMPARE(session.settings->readingZoom(), textZoom);
        QTRY_VERIFY_WITH_TIMEOUT(pages->renderedPageSize(0).width() > fitted.width(), 20000);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(pages->zoomSteps(), -1);
        QTRY_VERIFY_WITH_TIMEOUT(pages->renderedPageSize(0).width() < fitted.width(), 20000);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(pages->zoomSteps(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(pages->renderedPageSize(0), fitted, 20000);
        QCOMPARE(session.settings->readingZoom(), textZoom);

        // Back to a text article: the toggle lets go and the text is shown.
        window.selectArticle(1 - pdfRow);
        QVERIFY(!action->isChecked());
        QVERIFY(window.readingView()->isVisible());
    }

    // A PDF attached to an e-mail is an article of its own: its pages are shown from inside the
    // message; the message's own article has none.
    void viewOriginalShowsAnAttachedPdfsPages()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(DigestWithPdf, folder.filePath(u"digest.eml"_s)));
        LibraryWindow session;
        QVERIFY(session.open({folder.path()}));
        auto &window = *session.window;
        auto *model = window.listModel();
        QCOMPARE(model->rowCount(), 2);
        const int attachmentRow = model->summaryAt(0).itemId.endsWith(u"#2"_s) ? 0 : 1;
        QVERIFY(model->summaryAt(attachmentRow).itemId.endsWith(u"#2"_s));
        auto *action = window.actions().action(u"view_original"_s);

        window.selectArticle(1 - attachmentRow);
        QVERIFY2(!action->isEnabled(), "the message itself has no pages to show");

        window.selectArticle(attachmentRow);
        QVERIFY(action->isEnabled());
        auto *pages = window.originalPageView();
        QSignalSpy rendered(pages, &OriginalPageView::pageRendered);
        QTest::keyClick(window.articleList(), Qt::Key_O);
        QVERIFY(pages->isVisible());
        QVERIFY(rendered.wait(20000));
        QVERIFY2(pages->message().isEmpty(), qPrintable(pages->message()));
        QCOMPARE(pages->attachedArticle(), 1);
        QVERIFY(pages->pageCount() >= 1);
        QVERIFY(!pages->renderedPageSize(0).isEmpty());

        window.selectArticle(1 - attachmentRow);
        QVERIFY(!action->isChecked());
        QVERIFY(window.readingView()->isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
