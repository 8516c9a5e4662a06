#include "clean/markdownreader.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// "kind/level:text" for each block, to write expectations compactly.
QStringList describe(const QList<Block> &blocks)
{
    QStringList out;
    for (const auto &block : blocks)
        out << u"%1/%2:%3"_s.arg(blockKindName(block.kind)).arg(block.level).arg(block.text);
    return out;
}

} // namespace

class MarkdownReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("blocks");

        QTest::newRow("nominal: first H1 is the title and not repeated")
            << u"# Talks Resume\n\nThe ministers *agreed* on **Tuesday**.\n\n## Next Steps\n\nA [second round](https://example.org) follows.\n"_s
            << u"Talks Resume"_s
            << QStringList{u"paragraph/0:The ministers agreed on Tuesday."_s, u"heading/2:Next Steps"_s,
                           u"paragraph/0:A second round follows."_s};
        QTest::newRow("nominal: nested list items keep their depth")
            << u"Points agreed:\n\n- trade\n- security\n  - border patrols\n  - customs\n- culture\n"_s << QString()
            << QStringList{u"paragraph/0:Points agreed:"_s, u"list-item/0:trade"_s, u"list-item/0:security"_s,
                           u"list-item/1:border patrols"_s, u"list-item/1:customs"_s, u"list-item/0:culture"_s};
        QTest::newRow("nominal: quote and code")
            << u"> We will meet again,\n> said the minister.\n\n```\nline one\n  line two\n```\n"_s << QString()
            << QStringList{u"quote/0:We will meet again, said the minister."_s, u"preformatted/0:line one\n  line two"_s};
        QTest::newRow("nominal: entities, inline code and inline HTML reduced to text")
            << u"Trade &amp; security: `tariffs` <b>now</b> &#8212; done\n"_s << QString()
            << QStringList{u"paragraph/0:Trade & security: tariffs now — done"_s};
        QTest::newRow("nominal: a table row becomes a paragraph")
            << u"| Country | Envoy |\n|---|---|\n| Canada | Smith |\n"_s << QString()
            << QStringList{u"paragraph/0:Country | Envoy"_s, u"paragraph/0:Canada | Smith"_s};
        QTest::newRow("nominal: a later H1 stays a heading")
            << u"Intro text.\n\n# Not the title\n\nMore.\n"_s << QString()
            << QStringList{u"paragraph/0:Intro text."_s, u"heading/1:Not the title"_s, u"paragraph/0:More."_s};
        QTest::newRow("robustness: empty") << QString() << QString() << QStringList{};
        QTest::newRow("robustness: unclosed front matter is text")
            << u"---\ntitle: x\n\nBody.\n"_s << QString() << QStringList{u"paragraph/0:title: x"_s, u"paragraph/0:Body."_s};
        QTest::newRow("robustness: deep block quotes")
            << QString(5000, u'>') + u" deep\n"_s << QString() << QStringList{u"quote/0:deep"_s};
    }

    void blocks()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QStringList, blocks);
        const auto article = MarkdownReader().read(input);
        QCOMPARE(article.title, title);
        QCOMPARE(describe(article.blocks), blocks);
    }

    void frontMatter()
    {
        const auto article = MarkdownReader().read(
            u"---\ntitle: \"Border Talks Resume\"\nauthor: Jane Doe\ndate: 2024-03-05T10:15:00Z\nsource: Example News\n"
            "url: https://example.org/talks\ntags: [diplomacy, \"border\"]\n---\n# Border Talks Resume\n\nThe ministers met.\n"_s);
        QCOMPARE(article.title, u"Border Talks Resume"_s);
        QCOMPARE(article.byline, u"Jane Doe"_s);
        QCOMPARE(article.published, QDateTime(QDate(2024, 3, 5), QTime(10, 15), QTimeZone::UTC));
        QCOMPARE(article.publishedSource, DateSource::Metadata);
        QCOMPARE(article.source, u"Example News"_s);
        QCOMPARE(article.url, u"https://example.org/talks"_s);
        QCOMPARE(article.tags, (QStringList{u"diplomacy"_s, u"border"_s}));
        QCOMPARE(describe(article.blocks), QStringList{u"paragraph/0:The ministers met."_s});
        QCOMPARE(article.removed.size(), 1);
        QCOMPARE(article.removed.constFirst().reason, u"repeated headline"_s);
    }

    void frontMatterLists()
    {
        const auto article = MarkdownReader().read(
            u"---\nauthors:\n  - Jane Doe\n  - John Roe\ntags:\n  - trade\n  - talks\npublished: not a date\n---\nText.\n"_s);
        QCOMPARE(article.byline, u"Jane Doe, John Roe"_s);
        QCOMPARE(article.tags, (QStringList{u"trade"_s, u"talks"_s}));
        QVERIFY(!article.published.isValid());
        QCOMPARE(article.warnings.size(), 1);
        QVERIFY(article.warnings.constFirst().contains(u"not a date"_s));
    }
};

QTEST_APPLESS_MAIN(MarkdownReaderTest)
#include "markdownreader_test.moc"
