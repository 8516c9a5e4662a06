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
