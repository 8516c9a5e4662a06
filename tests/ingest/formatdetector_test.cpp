#include "ingest/formatdetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

class FormatDetectorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<SourceFormat>("format");

        QTest::newRow("nominal: text copy") << u"a.txt"_s << u"Skip to content\n\nHeadline"_s << SourceFormat::PlainText;
        QTest::newRow("nominal: html by doctype") << u"a.txt"_s << u"<!DOCTYPE html><html>"_s << SourceFormat::Html;
        QTest::newRow("nominal: html by extension") << u"a.htm"_s << u"<p>Fragment</p>"_s << SourceFormat::Html;
        QTest::newRow("nominal: rss by content") << u"feed.xml"_s << u"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"_s
                                                 << SourceFormat::Feed;
        QTest::newRow("nominal: atom without extension") << u"feed"_s
                                                         << u"<feed xmlns=\"http://www.w3.org/2005/Atom\">"_s
                                                         << SourceFormat::Feed;
        QTest::newRow("nominal: rdf") << u"x.rdf"_s << u"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"…\">"_s
                                      << SourceFormat::Feed;
        QTest::newRow("nominal: markdown by extension") << u"a.md"_s << u"# Title"_s << SourceFormat::Markdown;
        QTest::newRow("nominal: markdown by front matter") << u"a.txt"_s << u"---\ntitle: X\n---\nBody"_s
                                                           << SourceFormat::Markdown;
        QTest::newRow("nominal: json array") << u"x.txt"_s << u"[{\"title\": \"a\"}]"_s << SourceFormat::Json;
        QTest::newRow("nominal: json lines") << u"x.json"_s << u"{\"a\": 1}\n{\"a\": 2}\n"_s << SourceFormat::JsonLines;
        QTest::newRow("nominal: e-mail by its header fields")
            << u"message.txt"_s << u"From: Desk <d@example.org>\nSubject: Talks\nDate: Mon, 2 Mar 2026 08:00:00 +0000\n\nBody"_s
            << SourceFormat::Email;
        QTest::newRow("nominal: e-mail with a folded field")
            << u"m"_s << u"Received: from a\n\tby b\nFrom: x@example.org\nSubject: y\n\nBody"_s << SourceFormat::Email;
        QTest::newRow("nominal: mbox by its From line")
            << u"inbox"_s << u"From desk@example.org Mon Mar 30 08:00:00 2026\nFrom: d@example.org\nSubject: a\n\nBody"_s
            << SourceFormat::Mbox;
        QTest::newRow("nominal: mhtml saved by a browser")
            << u"page"_s
            << u"From: <Saved by Blink>\nSnapshot-Content-Location: https://x.example/\nSubject: A page\nMIME-Version: 1.0\n"
               "Content-Type: multipart/related;\n\ttype=\"text/html\"\n\n"_s
            << SourceFormat::Mhtml;
        QTest::newRow("nominal: mhtml by extension") << u"page.mht"_s << u"From: a@b\nSubject: c\n\nBody"_s << SourceFormat::Mhtml;
        QTest::newRow("robustness: a text copy starting with a Subject line")
            << u"a.txt"_s << u"Subject: the talks in Geneva\n\nThe talks resumed."_s << SourceFormat::PlainText;
        QTest::newRow("robustness: a text starting with From")
            << u"a.txt"_s << u"From our correspondent in Geneva\nThe talks resumed on Monday."_s << SourceFormat::PlainText;
        QTest::newRow("robustness: xhtml declared as xml") << u"a.xhtml"_s
                                                           << u"<?xml version=\"1.0\"?>\n<html xmlns=\"…\">"_s
                                                           << SourceFormat::Html;
    }

    void detect()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(SourceFormat, format);
        QCOMPARE(FormatDetector::detect(path, text), format);
    }
};

QTEST_APPLESS_MAIN(FormatDetectorTest)
#include "formatdetector_test.moc"
