#include "originalpageview.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

const auto Communique = QStringLiteral(ATTACHE_SOURCE_DIR "/resources/samples/veloria-tarsis-communique.pdf");
const auto EncryptedPdf = QStringLiteral(ATTACHE_FIXTURES_DIR "/pdf/encrypted.pdf");
const auto TextArticle = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");

// A long PDF written here: each page carries its number in large type.
bool writeNumberedPages(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    auto font = painter.font();
    font.setPointSize(48);
    painter.setFont(font);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 3), Qt::AlignCenter, QString::number(page));
    }
    return painter.end();
}

// How many pixels the view shows dark (text on a page).
int darkPixels(OriginalPageView &view)
{
    const auto image = view.viewport()->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 96 ? 1 : 0;
    return dark;
}

// Shows the view on screen, opens `path` in it and waits for its first page to be drawn.
bool showFirstPage(OriginalPageView &view, const QString &path)
{
    view.resize(600, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    QSignalSpy rendered(&view, &OriginalPageView::pageRendered);
    view.setFile(path);
    return rendered.wait(20000) && rendered.first().first().toInt() == 0;
}

} // namespace

class OriginalPageViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheRenderedFirstPage()
    {
        OriginalPageView view;
        QVERIFY(showFirstPage(view, Communique));
        QVERIFY(view.message().isEmpty());
        QVERIFY(view.pageCount() >= 1);
        QVERIFY(view.isPageRendered(0));
        // Drawn, not a blank sheet: the communiqué's text shows as dark pixels on white.
        QVERIFY2(darkPixels(view) > 500, "the first page shows its text");
    }

    // Zooming renders the page again at the new size (more pixels, not a stretched picture), and
    // resetting brings back the page fitted to the view.
    void zoomRendersThePageAgainAtTheNewSize()
    {
        OriginalPageView view;
        QVERIFY(showFirstPage(view, Communique));
        // Rendered at the width laid out once the scroll bar has taken its room.
        const auto pixels = [&view] { return int(std::lround(view.pageWidth() * view.devicePixelRatioF())); };
        QTRY_COMPARE_WITH_TIMEOUT(view.renderedPageSize(0).width(), pixels(), 20000);
        const auto fitted = view.renderedPageSize(0);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);

        QSignalSpy rendered(&view, &OriginalPageView::pageRendered);
        view.zoomIn();
        view.zoomIn();
        QCOMPARE(view.zoomSteps(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(view.renderedPageSize(0).width(), pixels(), 20000);
        const auto zoomed = view.renderedPageSize(0);
        // 1.25 squared, within a pixel of rounding; the page's shape is kept.
        QVERIFY2(std::abs(zoomed.width() - fitted.width() * 1.5625) <= 2.0,
                 qPrintable(u"%1 → %2"_s.arg(fitted.width()).arg(zoomed.width())));
        QVERIFY(std::abs(double(zoomed.height()) / zoomed.width() - double(fitted.height()) / fitted.width()) < 0.01);
        QVERIFY2(view.horizontalScrollBar()->maximum() > 0, "a page wider than the view scrolls sideways");
        QVERIFY(rendered.count() >= 1);

        view.zoomOut();
        QTRY_VERIFY_WITH_TIMEOUT(view.renderedPageSize(0).width() < zoomed.width(), 20000);
        view.resetZoom();
        QCOMPARE(view.zoomSteps(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.renderedPageSize(0), fitted, 20000);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY2(darkPixels(view) > 500, "the page shows its text again");
    }

    void zoomStopsAtItsBounds()
    {
        OriginalPageView view;
        for (int i = 0; i < 20; ++i)
            view.zoomIn();
        QCOMPARE(view.zoomSteps(), OriginalPageView::MaximumZoomSteps);
        for (int i = 0; i < 40; ++i)
            view.zoomOut();
        QCOMPARE(view.zoomSteps(), OriginalPageView::MinimumZoomSteps);
    }

    void problemsAreSaidInWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("said");
        QTest::newRow("robustness: a file moved away") << u"moved"_s << u"moved"_s;
        QTest::newRow("robustness: replaced by a text file") << TextArticle << u"no longer a PDF"_s;
        QTest::newRow("robustness: locked with a password") << EncryptedPdf << u"encrypted"_s;
        QTest::newRow("robustness: a PDF header and nothing else") << u"damaged"_s << u"damaged"_s;
    }

    void problemsAreSaidInWords()
    {
        QFETCH(QString, file);
        QFETCH(QString, said);
        QTemporaryDir dir;
        if (file == u"moved"_s) {
            file = dir.filePath(u"gone.pdf"_s);
        } else if (file == u"damaged"_s) {
            file = dir.filePath(u"damaged.pdf"_s);
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<\n");
        }
        OriginalPageView view;
        view.resize(600, 800);
        view.show();
        QSignalSpy opened(&view, &OriginalPageView::fileOpened);
        view.setFile(file);
        QVERIFY(opened.wait(20000));
        QVERIFY2(view.message().contains(said), qPrintable(view.message()));
        QVERIFY2(view.message().contains(QFileInfo(file).fileName()), "the message names the file");
        QCOMPARE(view.pageCount(), 0);
    }

    void renderedOnlyAsTheReaderScrolls()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(u"long.pdf"_s);
        QVERIFY(writeNumberedPages(path, 200));
        const auto before = QFileInfo(path).lastModified();

        OriginalPageView view;
        QVERIFY(showFirstPage(view, path));
        QCOMPARE(view.pageCount(), 200);
        QTRY_VERIFY(view.isPageRendered(1)); // the next page is made ready
        QTest::qWait(100);
        for (int page = 5; page < 200; ++page)
            QVERIFY2(!view.isPageRendered(page), qPrintable(u"page %1 is out of sight"_s.arg(page + 1)));

        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.currentPage() >= 198);
        QTRY_VERIFY_WITH_TIMEOUT(view.isPageRendered(199), 20000);
        QVERIFY2(!view.isPageRendered(0), "pages far behind are let go");
        QCOMPARE(QFileInfo(path).lastModified(), before); // the user's file is never written
    }
};

QTEST_MAIN(OriginalPageViewTest)
#include "originalpageview_test.moc"
