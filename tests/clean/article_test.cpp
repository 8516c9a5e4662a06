// Article's JSON: the compact form written by hand (what the library stores and `attache clean
// --format jsonl` prints) is, byte for byte, what QJsonDocument makes of toJson().
#include "clean/article.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

class ArticleTest : public QObject
{
    Q_OBJECT

private:
    static Article articleWithText(const QString &text)
    {
        Article article;
        article.path = u"/news/ä b.html"_s;
        article.id = u"ä b"_s;
        article.format = SourceFormat::Html;
        article.title = text;
        article.byline = u"By Ana \"Ani\" Ruiz"_s;
        article.source = u"Le Monde"_s;
        article.url = u"https://example.org/a?b=1&c=\\2"_s;
        article.language = u"fr"_s;
        article.published = QDateTime(QDate(2025, 3, 14), QTime(18, 32), QTimeZone::UTC);
        article.publishedSource = DateSource::TextDateLine;
        article.tags = {u"diplomatie"_s, text};
        article.warnings = {u"declared windows-1252, read as UTF-8"_s};
        article.contentHash = u"abc123"_s;
        article.cleanerVersion = 7;
        article.blocks = {{BlockKind::Heading, 2, u"Heading"_s},
                          {BlockKind::Paragraph, 0, text},
                          {BlockKind::ListItem, 1, u"nested item"_s},
                          {BlockKind::Quote, 0, u""_s}};
        article.removed = {{u"Share on X"_s, u"share buttons"_s, 1}, {text, u"navigation"_s, 4}};
        return article;
    }

private Q_SLOTS:
    void compactJsonIsQtsCompactJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"The ministers met in Algiers on Tuesday."_s;
        QTest::newRow("quotes and backslashes") << u"He said \"no\" \\ twice: 'never'."_s;
        QTest::newRow("control characters") << QString(u"tab\tnewline\ncr\rbell\aback\bform\fnul"_s + QChar(0) + u"x\x1f"_s);
        QTest::newRow("accents and scripts") << u"Quai d’Orsay — Москва, القاهرة, 東京 «ok» ©"_s;
        QTest::newRow("outside the basic plane") << u"Flag 🇫🇷 and 𝄞"_s;
        QTest::newRow("lone surrogate halves") << (u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00) + QChar(0xDBFF));
        QTest::newRow("empty") << QString();
        QTest::newRow("delete and non-characters") << u"\x7f\uFFFE\uFFFF end"_s;
    }

    void compactJsonIsQtsCompactJson()
    {
        QFETCH(QString, text);
        const auto article = articleWithText(text);
        for (const auto joined : {Article::JoinedText::Included, Article::JoinedText::Omitted})
            QCOMPARE(article.toCompactJson(joined), QJsonDocument(article.toJson(joined)).toJson(QJsonDocument::Compact));
    }

    void anArticleWithNothingFoundHasTheSameJson()
    {
        const Article article;
        QCOMPARE(article.toCompactJson(), QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(ArticleTest)
#include "article_test.moc"
