#include "clean/pdflayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::PdfLayout;

namespace {

constexpr double WordHeight = 10;

// A row of words set side by side from `left` at `top`, 6 points a character and a space apart.
QList<Word> row(const QString &text, double left, double top)
{
    QList<Word> words;
    for (const auto &part : text.split(u' ', Qt::SkipEmptyParts)) {
        words << Word{part, QRectF(left, top, 6.0 * part.size(), WordHeight), true, false};
        left += 6.0 * (part.size() + 1);
    }
    return words;
}

QString pageText(const Page &page)
{
    QStringList lines;
    for (const auto &line : pageLines(page, 1))
        lines << line.text;
    return lines.join(u'\n');
}

} // namespace

// The layout rules on words placed by hand, where each case is exactly what it says.
class PdfLayoutTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removeOverlays_data()
    {
        QTest::addColumn<int>("pageCount");
        QTest::addColumn<bool>("overlayCoversText");
        QTest::addColumn<QString>("firstPage");
        // Each page holds its own line at the same place; the overlay "TOP" (a fixed-position
        // button a browser prints on every page) stands at the same spot on each.
        QTest::newRow("nominal: a button printed over the text of every page is left out")
            << 3 << true << u"page1 opens with text1 here"_s;
        QTest::newRow("nominal: over two pages of two, it is an overlay too")
            << 2 << true << u"page1 opens with text1 here"_s;
        QTest::newRow("boundary: a word repeated at one place that covers no text stays")
            << 3 << false << u"page1 opens with text1 here\nTOP"_s;
        QTest::newRow("boundary: on a single page nothing repeats, so nothing is taken for an overlay")
            << 1 << true << u"page1 opens with text1 TOP here"_s;
    }

    void removeOverlays()
    {
        QFETCH(int, pageCount);
        QFETCH(bool, overlayCoversText);
        QFETCH(QString, firstPage);
        QList<Page> pages;
        for (int number = 1; number <= pageCount; ++number) {
            Page page;
            page.size = QSizeF(612, 792);
            page.number = number;
            page.words = row(u"page%1 opens with text%1 here"_s.arg(number), 72, 100);
            // Over "text1" (from x 174 to 204), or well below the text.
            page.words << row(u"TOP"_s, 183, overlayCoversText ? 100 : 700);
            pages << page;
        }
        PdfLayout::removeOverlays(pages);
        QCOMPARE(pageText(pages.first()), firstPage);
        // The words of the pages themselves are all kept.
        for (const auto &page : std::as_const(pages))
            QVERIFY(pageText(page).contains(u"page%1 opens with text%1"_s.arg(page.number)));
    }
};

QTEST_MAIN(PdfLayoutTest)
#include "pdflayout_test.moc"
