#include "clean/jsonreader.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Attache;

class JsonReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields()
    {
        const auto result = JsonReader().read(
            u"{\"headline\": \"Border Talks Resume\", \"articleBody\": \"<p>The ministers met.</p><h2>Next</h2><p>Talks &amp; more.</p>\",\n"
            "                \"description\": \"A short summary.\", \"link\": \"https://example.org/a\", \"datePublished\": \"2024-03-05T10:15:00+01:00\",\n"
            "                \"publisher\": {\"@type\": \"Organization\", \"name\": \"Example News\"},\n"
            "                \"author\": [{\"name\": \"Jane Doe\"}, \"John Roe\"], \"keywords\": \"trade, talks\", \"inLanguage\": \"en\"}"_s,
            SourceFormat::Json);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.articles.size(), 1);
        const auto &article = result.articles.constFirst();
        QCOMPARE(article.title, u"Border Talks Resume"_s);
        QCOMPARE(article.standfirst, u"A short summary."_s);
        QCOMPARE(article.url, u"https://example.org/a"_s);
        QCOMPARE(article.published, QDateTime(QDate(2024, 3, 5), QTime(9, 15), QTimeZone::UTC));
        QCOMPARE(article.publishedSource, DateSource::Metadata);
        QCOMPARE(article.source, u"Example News"_s);
        QCOMPARE(article.byline, u"Jane Doe, John Roe"_s);
        QCOMPARE(article.tags, (QStringList{u"trade"_s, u"talks"_s}));
        QCOMPARE(article.language, u"en"_s);
        QCOMPARE(article.blocks, (QList<Block>{{BlockKind::Paragraph, 0, u"The ministers met."_s},
                                               {BlockKind::Heading, 2, u"Next"_s},
                                               {BlockKind::Paragraph, 0, u"Talks & more."_s}}));
    }

    void read_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("warningPart"); // one warning must contain it; empty = no warnings
        QTest::addColumn<QString>("errorPart");   // empty = no error

        const int json = int(SourceFormat::Json);
        const int lines = int(SourceFormat::JsonLines);
        QTest::newRow("nominal: array of objects")
            << u"[{\"title\": \"A\", \"text\": \"One.\"}, {\"title\": \"B\", \"content\": \"Two.\"}]"_s << json
            << QStringList{u"A"_s, u"B"_s} << QString() << QString();
        QTest::newRow("nominal: items under a wrapper key")
            << u"{\"status\": \"ok\", \"articles\": [{\"title\": \"A\", \"body\": \"One.\"}]}"_s << json << QStringList{u"A"_s}
            << QString() << QString();
        QTest::newRow("nominal: JSON lines")
            << u"{\"title\": \"A\", \"text\": \"One.\"}\n\n{\"title\": \"B\", \"text\": \"Two.\"}\n"_s << lines
            << QStringList{u"A"_s, u"B"_s} << QString() << QString();
        QTest::newRow("robustness: a bad JSON line is skipped with its line number")
            << u"{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\", \"te\n{\"title\": \"C\", \"text\": \"Three.\"}\n"_s << lines
            << QStringList{u"A"_s, u"C"_s} << u"line 2:"_s << QString();
        QTest::newRow("robustness: truncated array keeps the complete items")
            << u"[\n{\"title\": \"A\", \"text\": \"One } ]\"},\n{\"title\": \"B\", \"text\": \"Two.\"},\n{\"title\": \"C\", \"te"_s << json
            << QStringList{u"A"_s, u"B"_s} << u"malformed"_s << QString();
        QTest::newRow("robustness: concatenated objects read as lines")
            << u"{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\", \"text\": \"Two.\"}\n"_s << json
            << QStringList{u"A"_s, u"B"_s} << u"JSON lines"_s << QString();
        QTest::newRow("robustness: not JSON at all") << u"hello"_s << json << QStringList{} << QString() << u"malformed"_s;
        QTest::newRow("robustness: no article fields") << u"{\"a\": 1}"_s << json << QStringList{} << u"without a title"_s
                                                       << u"no article"_s;
        QTest::newRow("robustness: nested 100000 deep")
            << QString(100000, u'[') + QString(100000, u']') << json << QStringList{} << QString() << u"malformed"_s;
        QTest::newRow("robustness: nested objects 100000 deep in a line")
            << QString(100000, u'{') << lines << QStringList{} << u"line 1:"_s << u"no article"_s;
        QTest::newRow("robustness: numbers and nulls as fields")
            << u"{\"title\": 5, \"text\": null, \"date\": 1700000000, \"author\": {\"name\": 3}}"_s << json << QStringList{}
            << u"without a title"_s << u"no article"_s;
    }

    void read()
    {
        QFETCH(QString, input);
        QFETCH(int, format);
        QFETCH(QStringList, titles);
        QFETCH(QString, warningPart);
        QFETCH(QString, errorPart);

        const auto result = JsonReader().read(input, SourceFormat(format));
        QStringList gotTitles;
        for (const auto &article : result.articles)
            gotTitles << article.title;
        QCOMPARE(gotTitles, titles);
        if (warningPart.isEmpty())
            QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u"; "_s)));
        else
            QVERIFY2(!result.warnings.filter(warningPart).isEmpty(), qPrintable(result.warnings.join(u"; "_s)));
        if (errorPart.isEmpty())
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        else
            QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    }

    // HTML in a field is read by the same extractor as a feed's content: quotes and list items
    // keep their kind, scripts go, entities in the title are decoded.
    void htmlField()
    {
        const auto result = JsonReader().read(
            u"{\"title\": \"Gulf &amp; beyond\", \"content\": \"<p>Intro.</p><blockquote><p>A quote.</p></blockquote>"
            "<ul><li>First point</li></ul><script>track()</script>\"}"_s,
            SourceFormat::Json);
        QCOMPARE(result.articles.size(), 1);
        const auto &article = result.articles.constFirst();
        QCOMPARE(article.title, u"Gulf & beyond"_s);
        QCOMPARE(article.blocks, (QList<Block>{{BlockKind::Paragraph, 0, u"Intro."_s},
                                               {BlockKind::Quote, 0, u"A quote."_s},
                                               {BlockKind::ListItem, 0, u"First point"_s}}));
    }

    void epochDate()
    {
        const auto result = JsonReader().read(u"{\"title\": \"A\", \"text\": \"One.\", \"publishedAt\": 1700000000000}"_s, SourceFormat::Json);
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.constFirst().published, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));
    }
};

QTEST_APPLESS_MAIN(JsonReaderTest)
#include "jsonreader_test.moc"
