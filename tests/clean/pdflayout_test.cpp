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

    void cutAtRelatedHeading_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("paragraphsAbove");
        QTest::addColumn<int>("blocksKept");
        // Blocks: a headline, then paragraphs, then the heading, then two blocks under it.
        QTest::newRow("nominal: \"Most read in world news\" ends the article") << u"Most read in world news"_s << 2 << 3;
        QTest::newRow("nominal: an author's box ends it") << u"About the author"_s << 2 << 3;
        QTest::newRow("nominal: the comments end it") << u"Comments"_s << 2 << 3;
        QTest::newRow("nominal: related stories end it") << u"Related stories"_s << 2 << 3;
        QTest::newRow("boundary: a heading of the article's own stays") << u"What the accord says"_s << 2 << 6;
        QTest::newRow("boundary: less than half of the text above, no cut") << u"Most read"_s << 0 << 4;
        QTest::newRow("boundary: \"Related\" in a heading's sentence stays")
            << u"Related talks in Lindmark fail"_s << 2 << 6;
    }

    void cutAtRelatedHeading()
    {
        QFETCH(QString, heading);
        QFETCH(int, paragraphsAbove);
        QFETCH(int, blocksKept);
        const auto paragraph = u"The envoys of both sides met in Porto Alba on Monday and agreed on the line their troops will hold."_s;
        Article article;
        article.blocks << Block{BlockKind::Heading, 1, u"Envoys agree on a ceasefire line"_s};
        for (int i = 0; i < paragraphsAbove; ++i)
            article.blocks << Block{BlockKind::Paragraph, 0, paragraph};
        article.blocks << Block{BlockKind::Heading, 2, heading};
        article.blocks << Block{BlockKind::Paragraph, 0, u"Floods close the coast road again as the river rises"_s}
                       << Block{BlockKind::Paragraph, 0, paragraph};
        const auto all = article.blocks.size();
        PdfLayout::cutAtRelatedHeading(article);
        QCOMPARE(article.blocks.size(), blocksKept);
        QCOMPARE(article.removed.size(), all - blocksKept);
        if (blocksKept < all)
            QCOMPARE(article.removed.constFirst().text, heading);
    }

    void typedText_data()
    {
        QTest::addColumn<QString>("glyphs");
        QTest::addColumn<QString>("typed");
        // A CJK font maps 一 (U+4E00) to the Kangxi radical ⼀ (U+2F00) that looks the same, 用 to ⽤.
        QTest::newRow("nominal: Kangxi radicals read as the ideographs typed")
            << u"\u2F00\u822C\u7684\u306B\u2F64\u9014"_s << u"\u4E00\u822C\u7684\u306B\u7528\u9014"_s;
        QTest::newRow("nominal: a compatibility ideograph reads as its unified one")
            << u"\uF900\u6C34"_s << u"\u8C48\u6C34"_s;
        QTest::newRow("boundary: full-width signs and letters stay as typed")
            << u"Ctrl\uFF0BAlt\uFF0BK \uFF21"_s << u"Ctrl\uFF0BAlt\uFF0BK \uFF21"_s;
        QTest::newRow("boundary: Latin text is unchanged") << u"Porto Alba"_s << u"Porto Alba"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void typedText()
    {
        QFETCH(QString, glyphs);
        QFETCH(QString, typed);
        QCOMPARE(PdfLayout::typedText(glyphs), typed);
    }
};

QTEST_MAIN(PdfLayoutTest)
#include "pdflayout_test.moc"
