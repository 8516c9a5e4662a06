#include "clean/feedreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ATTACHE_TEST_DATA_DIR "/data/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", name);
    return file.readAll();
}

const QByteArray Rss = fixture("rss2.xml");

const QByteArray Atom = fixture("atom.xml");

const QByteArray Rdf = fixture("rdf.xml");

} // namespace

class FeedReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("firstTitle");
        QTest::addColumn<QString>("firstText");
        QTest::addColumn<QString>("firstByline");
        QTest::addColumn<QString>("firstPublished");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("warns");

        QTest::newRow("nominal: RSS 2.0 with content:encoded")
            << Rss << 2 << u"Ceasefire agreed"_s << u"The ministers met in Geneva.\n\nTalks resume next week."_s
            << u"Ana Lima"_s << u"2024-03-05T10:00:00Z"_s << u"The Courier"_s << false;
        QTest::newRow("nominal: Atom with HTML content")
            << Atom << 2 << u"Accord trouvé"_s << u"Contexte\n\nLes ministres se sont réunis.\n\nUn"_s
            << u"Jeanne Roux"_s << u"2024-03-05T10:00:00+01:00"_s << u"Le Journal"_s << false;
        QTest::newRow("nominal: RSS 1.0 / RDF")
            << Rdf << 1 << u"Envoy named"_s << u"An envoy was named."_s << u"Staff"_s << u"2024-03-05T10:00:00Z"_s
            << u"Wire"_s << false;
        QTest::newRow("robustness: feed truncated mid-item")
            << Rss.left(Rss.indexOf("<item><title>Second")) + "<item><title>Second item</title><descr"_ba << 2
            << u"Ceasefire agreed"_s << u"The ministers met in Geneva.\n\nTalks resume next week."_s << u"Ana Lima"_s
            << u"2024-03-05T10:00:00Z"_s << u"The Courier"_s << true;
        QTest::newRow("robustness: malformed feed, mismatched tags")
            << fixture("malformed.xml")
            << 1 << u"One"_s << u"Text one."_s << QString() << QString() << u"Bad"_s << true;
    }

    void read()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, items);
        QFETCH(QString, firstTitle);
        QFETCH(QString, firstText);
        QFETCH(QString, firstByline);
        QFETCH(QString, firstPublished);
        QFETCH(QString, source);
        QFETCH(bool, warns);

        const auto result = FeedReader().read(xml);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.articles.size(), items);
        const auto &first = result.articles.first();
        QCOMPARE(first.title, firstTitle);
        QCOMPARE(first.text(), firstText);
        QCOMPARE(first.byline, firstByline);
        QCOMPARE(first.published.isValid() ? first.published.toString(Qt::ISODate) : QString(), firstPublished);
        if (first.published.isValid())
            QCOMPARE(first.publishedSource, DateSource::Metadata);
        QCOMPARE(first.source, source);
        QCOMPARE(!result.warnings.isEmpty(), warns);
        QCOMPARE(FeedReader().read(xml).articles, result.articles);
    }

    void secondItems()
    {
        const auto rss = FeedReader().read(Rss);
        QCOMPARE(rss.articles.at(1).byline, u"Omar Haddad"_s);
        QCOMPARE(rss.articles.at(1).text(), u"Escaped HTML body."_s);
        QCOMPARE(rss.articles.at(0).url, u"https://courier.example/ceasefire"_s);
        const auto atom = FeedReader().read(Atom);
        QCOMPARE(atom.articles.at(1).text(), u"Paragraphe un."_s);
        QCOMPARE(atom.articles.at(0).language, u"fr"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("robustness: empty") << QByteArray() << u"empty"_s;
        QTest::newRow("robustness: not XML") << "just some text"_ba << u"not readable XML"_s;
        QTest::newRow("robustness: XML but not a feed") << "<note><to>x</to></note>"_ba << u"<note>"_s;
        QTest::newRow("robustness: feed without items") << "<rss><channel><title>x</title></channel></rss>"_ba
                                                       << u"no items"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorContains);
        const auto result = FeedReader().read(xml);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }

    void noEntityExpansion()
    {
        // An external entity must not be read, and internal ones must not multiply.
        const auto xml = fixture("entities.xml");
        const auto result = FeedReader().read(xml);
        QVERIFY(result.isOk());
        QVERIFY(!result.articles.first().title.contains(u"root:"_s));
        QVERIFY(result.articles.first().text().size() < 1000);
    }
};

QTEST_GUILESS_MAIN(FeedReaderTest)
#include "feedreader_test.moc"
