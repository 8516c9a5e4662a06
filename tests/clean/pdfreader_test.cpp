#include "clean/articlecleaner.h"
#include "clean/pdfreader.h"
#include "ingest/sourcereader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// The PDFs of tests/fixtures/pdf, written by its make_pdfs.py with each layout placed by hand.
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ATTACHE_FIXTURES_DIR "/pdf/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CleanResult cleanBytes(const QString &name, const QByteArray &bytes)
{
    const auto read = SourceReader::fromBytes(name, bytes);
    if (!read.document)
        return CleanResult{name, {}, {}, read.error};
    return ArticleCleaner().clean(*read.document);
}

} // namespace

class PdfReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectedByItsSignature()
    {
        const auto read = SourceReader::fromBytes(u"no-extension"_s, fixture(u"communique-two-pages.pdf"_s));
        QVERIFY(read.document);
        QCOMPARE(read.document->format, SourceFormat::Pdf);
    }

    void layout_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        const auto communique = u"communique-two-pages.pdf"_s;
        QTest::newRow("nominal: running header left out") << communique << u"Lindmark."_s << u"Press Office"_s;
        QTest::newRow("nominal: page numbers left out") << communique << u"joint commission"_s << u"Page 1 of 2"_s;
        QTest::newRow("nominal: a word hyphenated at a line's end is joined")
            << communique << u"arrangement that negotiations in 2019"_s << u"nego-"_s;
        QTest::newRow("nominal: a raised footnote marker is left out")
            << communique << u"review every year."_s << u"year.1"_s;
        QTest::newRow("nominal: a paragraph's wrapped lines are one block")
            << communique << u"to share the waters of the Tarsis river under a joint commission"_s << QString();
        QTest::newRow("nominal: a line that is all link is left out")
            << communique << u"for the dry season."_s << u"Read also"_s;
        QTest::newRow("nominal: a page break ends no text")
            << communique << u"formed the basis of the text signed today"_s << QString();
        QTest::newRow("nominal: columns read one after the other")
            << u"two-columns.pdf"_s
            << u"keeping the talks on time.\n\nObservers from the southern states warned"_s
            << u"northern states said the summit had settled Observers"_s;
        // A tagged PDF (a page a browser printed) is read through its structure tree.
        const auto printed = u"printed-page.pdf"_s;
        QTest::newRow("nominal: tagged, the article kept and the menu of links left out")
            << printed << u"The envoys of both sides met"_s << u"Politics"_s;
        QTest::newRow("nominal: tagged, a paragraph's wrapped lines keep the space the wrap hides")
            << printed << u"in Porto Alba on Monday and agreed on the line"_s << QString();
        QTest::newRow("nominal: tagged, a link and a bold word stay in their sentence, spaced as drawn")
            << printed << u"The text follows the plan of May, and observers will check it."_s << u"May ,"_s;
        QTest::newRow("nominal: tagged, a list item without its bullet")
            << printed << u"Heavy arms move back ten kilometres."_s << u"\u2022"_s;
        QTest::newRow("nominal: tagged, the alt text a figure draws for its missing picture left out")
            << printed << u"will check it."_s << u"Photo of the envoys"_s;
        QTest::newRow("nominal: tagged, the related stories of an aside left out")
            << printed << u"will check it."_s << u"Aid convoys"_s;
        QTest::newRow("nominal: tagged, the footer's links left out") << printed << u"will check it."_s << u"Privacy"_s;
        QTest::newRow("nominal: tagged, a menu whose links the tree leaves untagged is left out by their areas")
            << u"printed-hidden-menu.pdf"_s << u"agreed to share the dredging of the channel."_s << u"Letters to the Editor"_s;
        // The reading by lines takes the lead paragraph alone for the article: too little to trim
        // by, yet its phrase rules still tell a notice or a form's label.
        QTest::newRow("nominal: tagged, a list article keeps its list and loses the cookie notice")
            << u"printed-list-article.pdf"_s << u"Dogs allowed on the upper deck"_s << u"We use cookies"_s;
        QTest::newRow("nominal: tagged, a list article loses a search box's label")
            << u"printed-list-article.pdf"_s << u"A first crossing at six in the morning"_s << u"Search for:"_s;
    }

    void layout()
    {
        QFETCH(QString, file);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        const auto result = cleanBytes(file, fixture(file));
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.articles.size(), 1);
        const auto text = result.articles.constFirst().text();
        QVERIFY2(text.contains(present), qPrintable(text));
        if (!absent.isEmpty())
            QVERIFY2(!text.contains(absent), qPrintable(text));
    }

    void metadata()
    {
        const auto result = cleanBytes(u"communique.pdf"_s, fixture(u"communique-two-pages.pdf"_s));
        QVERIFY(result.isOk());
        const auto &article = result.articles.constFirst();
        QCOMPARE(article.title, u"Joint communiqué on the Tarsis river accord"_s);
        QCOMPARE(article.published.date(), QDate(2026, 3, 14));
        QCOMPARE(article.byline, u"Press Office, Ministry of Foreign Affairs of Veloria"_s);
        const auto heading = std::find_if(article.blocks.cbegin(), article.blocks.cend(),
                                          [](const Block &block) { return block.text == u"Next steps"_s; });
        QVERIFY(heading != article.blocks.cend());
        QCOMPARE(heading->kind, BlockKind::Heading);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("robustness: encrypted") << fixture(u"encrypted.pdf"_s) << u"encrypted PDF"_s;
        QTest::newRow("robustness: pictures only") << fixture(u"image-only.pdf"_s)
                                                   << u"no text layer (a scan or pictures only); OCR is not done"_s;
        QTest::newRow("robustness: a signature and nothing else") << QByteArray("%PDF-1.7\n\x01\x02 junk") << u"damaged"_s;
        const auto whole = fixture(u"communique-two-pages.pdf"_s);
        QTest::newRow("robustness: cut off before its first page") << whole.left(300) << u"damaged"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QVERIFY(!bytes.isEmpty());
        const auto result = cleanBytes(u"bad.pdf"_s, bytes);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.articles.isEmpty());
    }

    void truncatedFileSaysSo()
    {
        // Cut inside the second page: Poppler rebuilds what it can, and the reader says it is partial.
        const auto whole = fixture(u"communique-two-pages.pdf"_s);
        const auto result = cleanBytes(u"cut.pdf"_s, whole.left(whole.indexOf("Next steps")));
        const bool saysTruncated = !result.isOk()
            ? result.error.contains(u"damaged or truncated"_s)
            : result.warnings.join(u' ').contains(u"truncated"_s);
        QVERIFY2(saysTruncated, qPrintable(result.error + result.warnings.join(u' ')));
    }

    void timeLimitStopsReading()
    {
        SourceDocument document;
        document.path = u"slow.pdf"_s;
        document.bytes = fixture(u"communique-two-pages.pdf"_s);
        document.format = SourceFormat::Pdf;
        const auto result = PdfReader(std::chrono::milliseconds(0)).read(document);
        QVERIFY2(QString(result.error + result.warnings.join(u' ')).contains(u"time limit of 0 s was reached"_s),
                 qPrintable(result.error));
    }
};

QTEST_APPLESS_MAIN(PdfReaderTest)
#include "pdfreader_test.moc"
