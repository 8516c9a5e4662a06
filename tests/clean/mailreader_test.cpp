#include "clean/articlecleaner.h"
#include "clean/mailreader.h"
#include "clean/pdfpages.h"
#include "ingest/sourcereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// The golden inputs: a digest with a PDF attached, and a mailbox of three messages without one.
const auto Digest = QStringLiteral(ATTACHE_SOURCE_DIR "/tests/clean/golden/input/mail_digest_base64_with_pdf.eml");
const auto Mailbox = QStringLiteral(ATTACHE_SOURCE_DIR "/tests/clean/golden/input/mail_three.mbox");

} // namespace

// The PDF an attachment's article was read from, found again for its page view. Reading the
// messages themselves is checked by golden_test.
class MailReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attachedPdf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("article");
        QTest::addColumn<bool>("isPdf");
        QTest::newRow("nominal: the attachment's article gives its PDF") << Digest << 1 << true;
        QTest::newRow("nominal: the message's own article has none") << Digest << 0 << false;
        QTest::newRow("robustness: past the file's articles") << Digest << 2 << false;
        QTest::newRow("robustness: a negative number") << Digest << -1 << false;
        QTest::newRow("nominal: a mailbox without attachments") << Mailbox << 1 << false;
    }

    void attachedPdf()
    {
        QFETCH(QString, file);
        QFETCH(int, article);
        QFETCH(bool, isPdf);
        const auto read = SourceReader().read(file);
        QVERIFY2(read.document, qPrintable(read.error));
        const auto cleaned = MailReader().read(*read.document);
        const auto pdf = MailReader().attachedPdf(*read.document, article);
        QCOMPARE(pdf.startsWith("%PDF-"), isPdf);
        if (isPdf) {
            // The article at that number is the one read from the attachment.
            QVERIFY(cleaned.articles.at(article).tags.contains(u"attachment"_s));
            QVERIFY(!cleaned.articles.at(article - 1).tags.contains(u"attachment"_s));
        }
    }

    void attachmentPagesOpen()
    {
        const auto opened = PdfPages::openAttachment(Digest, 1);
        QCOMPARE(opened.problem, PdfPages::Problem::None);
        QVERIFY(opened.pages);
        QVERIFY(opened.pages->pageCount() >= 1);
        QVERIFY(!opened.pages->renderPage(0, 300).isNull());
    }

    void attachmentPagesOpen_problems_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("article");
        QTest::addColumn<int>("problem");
        QTest::newRow("robustness: the message's article has no pages") << u"digest"_s << 0 << int(PdfPages::Problem::NotPdf);
        QTest::newRow("robustness: the mail file has gone") << u"gone"_s << 1 << int(PdfPages::Problem::Missing);
        QTest::newRow("robustness: the file is no longer a message")
            << u"A plain note, no headers at all."_s << 1 << int(PdfPages::Problem::NotPdf);
    }

    void attachmentPagesOpen_problems()
    {
        QFETCH(QString, content);
        QFETCH(int, article);
        QFETCH(int, problem);
        QTemporaryDir dir;
        auto path = Digest;
        if (content == u"gone"_s) {
            path = dir.filePath(u"gone.eml"_s);
        } else if (content != u"digest"_s) {
            path = dir.filePath(u"replaced.eml"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.toUtf8());
        }
        const auto opened = PdfPages::openAttachment(path, article);
        QCOMPARE(int(opened.problem), problem);
        QVERIFY(!opened.pages);
    }

    // NUL bytes in a header's name made KMime build an unknown header and then read it as the one
    // named before the NUL; the message is read as if the NULs were not there.
    void nulInHeaderName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        static const char raw[] = "Subject: Talks resume in Geneva\n"
                                  "From\0: Desk <desk@example.org>\n"
                                  "Content-Type\0\0: text/plain\n\n"
                                  "Delegations met on Tuesday.\n";
        const QByteArray message(raw, sizeof raw - 1); // the NULs are part of it
        QTest::newRow("robustness: a message") << message << int(SourceFormat::Email)
                                               << u"Talks resume in Geneva"_s << u"desk@example.org"_s;
        QTest::newRow("robustness: a mailbox") << "From desk@example.org Tue Mar 3 10:00:00 2026\n" + message
                                               << int(SourceFormat::Mbox) << u"Talks resume in Geneva"_s
                                               << u"desk@example.org"_s;
    }

    void nulInHeaderName()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, title);
        QFETCH(QString, byline);
        SourceDocument document;
        document.path = u"nul.eml"_s;
        document.bytes = bytes;
        document.format = SourceFormat(format);
        const auto result = MailReader().read(document);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.constFirst().title, title);
        QCOMPARE(result.articles.constFirst().byline, byline);
        QVERIFY(result.articles.constFirst().text().contains(u"Delegations met on Tuesday."_s));
    }
};

QTEST_GUILESS_MAIN(MailReaderTest)
#include "mailreader_test.moc"
