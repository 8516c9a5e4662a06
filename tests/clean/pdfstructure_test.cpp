#include "clean/pdfstructure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::PdfStructure;

namespace {

Node text(const QString &value)
{
    return Node{QString(), value, QString(), {}};
}

Node element(const QString &type, const QList<Node> &children, const QString &href = QString())
{
    return Node{type, QString(), href, children};
}

} // namespace

Q_DECLARE_METATYPE(Attache::PdfStructure::Node)

// The structure tree as HTML, on trees built by hand; the tree itself is read from a tagged PDF
// in pdfreader_test.
class PdfStructureTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data()
    {
        QTest::addColumn<Node>("root");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("nominal: a paragraph of text pieces")
            << element(u"P"_s, {text(u"one "_s), text(u"two"_s)}) << u"<p>one two</p>"_s << QString();
        QTest::newRow("nominal: a list of links")
            << element(u"L"_s, {element(u"LI"_s, {element(u"Link"_s, {text(u"Home"_s)}, u"https://a.example/"_s)})})
            << u"<ul><li><a href=\"https://a.example/\">Home</a></li></ul>"_s << QString();
        QTest::newRow("nominal: an article and an aside keep their elements")
            << element(u"Document"_s, {element(u"Art"_s, {element(u"H1"_s, {text(u"T"_s)})}), element(u"Aside"_s, {})})
            << u"<article><h1>T</h1></article><aside></aside>"_s << QString();
        QTest::newRow("nominal: a list label (bullet, number) is no text of the page's")
            << element(u"LI"_s, {element(u"Lbl"_s, {text(u"3."_s)}), element(u"LBody"_s, {text(u"Item"_s)})})
            << u"<li><div>Item</div></li>"_s << u"3."_s;
        QTest::newRow("nominal: a figure's drawn alt text left out, its caption kept")
            << element(u"Figure"_s, {text(u"Photo: a ship"_s), element(u"Caption"_s, {text(u"The ship at dawn"_s)})})
            << u"<figure><figcaption>The ship at dawn</figcaption></figure>"_s << u"Photo: a ship"_s;
        QTest::newRow("nominal: a generic element around text alone is inline")
            << element(u"P"_s, {element(u"NonStruct"_s, {text(u"a"_s)}), text(u" b"_s)}) << u"<p><span>a</span> b</p>"_s
            << QString();
        QTest::newRow("nominal: a generic element around blocks is a block")
            << element(u"NonStruct"_s, {element(u"P"_s, {text(u"a"_s)})}) << u"<div><p>a</p></div>"_s << QString();
        // A browser tags no <nav>: what the page's menus held comes back as one, for the extractor.
        const auto link = [](const QString &words) { return element(u"Link"_s, {text(words)}, u"/section"_s); };
        QTest::newRow("nominal: a list mostly of links (a menu, nested) is navigation")
            << element(u"L"_s, {element(u"LI"_s, {link(u"News"_s), element(u"L"_s, {element(u"LI"_s, {link(u"World"_s)})})}),
                                element(u"LI"_s, {link(u"Sport"_s)})})
            << u"<nav><ul><li><a href=\"/section\">News</a><ul>"_s << QString();
        QTest::newRow("nominal: a list of sentences with a link in one stays a list")
            << element(u"L"_s, {element(u"LI"_s, {text(u"Heavy arms move back ten kilometres, "_s), link(u"the text"_s)}),
                                element(u"LI"_s, {text(u"Observers check the line every week."_s)})})
            << u"<ul><li>Heavy arms"_s << u"<nav>"_s;
        QTest::newRow("nominal: a link around a headline and its byline and date (a card) is navigation")
            << element(u"NonStruct"_s, {element(u"Link"_s, {element(u"NonStruct"_s, {text(u"Ferry line opens"_s)}),
                                                             element(u"L"_s, {element(u"LI"_s, {text(u"By Mara Quell"_s)}),
                                                                              element(u"LI"_s, {text(u"03/02/2026"_s)})})},
                                                   u"/ferry"_s)})
            << u"<nav><a href=\"/ferry\">"_s << QString();
        QTest::newRow("nominal: a link in a sentence is no card")
            << element(u"P"_s, {text(u"The text follows the "_s), link(u"plan of May"_s), text(u" and more words of the sentence."_s)})
            << u"<p>The text follows the <a href=\"/section\">plan of May</a>"_s << u"<nav>"_s;
        QTest::newRow("robustness: markup characters in text are escaped")
            << element(u"P"_s, {text(u"<b> & \"q\""_s)}) << u"<p>&lt;b&gt; &amp; &quot;q&quot;</p>"_s << u"<b>"_s;
        QTest::newRow("robustness: an unknown type is a block")
            << element(u"Banner"_s, {text(u"x"_s)}) << u"<div>x</div>"_s << QString();
    }

    void toHtml()
    {
        QFETCH(Node, root);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        Document document;
        document.root = root;
        const auto html = PdfStructure::toHtml(document, u"Title"_s);
        QVERIFY2(html.contains(present), qPrintable(html));
        if (!absent.isEmpty())
            QVERIFY2(!html.contains(absent), qPrintable(html));
    }

    void languageAndTitleInTheHead()
    {
        Document document;
        document.language = u"fr-FR"_s;
        const auto html = PdfStructure::toHtml(document, u"A & B"_s);
        QVERIFY2(html.contains(u"<html lang=\"fr-FR\">"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<title>A &amp; B</title>"_s), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(PdfStructureTest)
#include "pdfstructure_test.moc"
