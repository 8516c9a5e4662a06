#include "clean/textcopycleaner.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// Blocks as "H:text" (heading) and "P:text" (paragraph), to write expectations compactly.
QStringList describe(const QList<Block> &blocks)
{
    QStringList out;
    for (const auto &block : blocks)
        out << (block.kind == BlockKind::Heading ? u"H:"_s : block.kind == BlockKind::ListItem ? u"L:"_s : u"P:"_s) + block.text;
    return out;
}

QStringList reasons(const Article &article)
{
    QStringList out;
    for (const auto &fragment : article.removed)
        out << fragment.reason;
    return out;
}

bool isRemovedAs(const Article &article, const QString &text, const QString &reason)
{
    for (const auto &fragment : article.removed)
        if (fragment.text == text && fragment.reason == reason)
            return true;
    return false;
}

} // namespace

class TextCopyCleanerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedArticle()
    {
        QFile file(QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto source = QString::fromUtf8(file.readAll());
        const auto article = TextCopyCleaner().clean(source);
        const auto text = article.text();

        QCOMPARE(article.title, u"Vancouver Statement: Canada and Japan Set a Timetable for Renewed Fisheries Talks, as Announced by Both Foreign Ministries"_s);
        QCOMPARE(article.standfirst, u"Canada and Japan will reopen talks on Pacific fisheries that stalled six years ago."_s);

        // Clutter is gone from the text and accounted for in removed.
        for (const auto &clutter : {u"Skip to content"_s, u"Read also"_s, u"Latest"_s, u"as..."_s})
            QVERIFY2(!text.contains(clutter), qPrintable(clutter));
        QVERIFY(isRemovedAs(article, u"Skip to content"_s, u"skip link"_s));
        QVERIFY(isRemovedAs(article, u"Read also:"_s, u"read also"_s));
        QVERIFY(isRemovedAs(article, u"Latest"_s, u"latest"_s));
        QVERIFY(isRemovedAs(article, u"Vancouver Statement: Canada and Japan Set a Timetable for Renewed Fisheries Talks, as..."_s,
                            u"cut-off headline"_s));
        QVERIFY(isRemovedAs(article, u"Canada and Japan will reopen talks on Pacific fisheries that stalled six years ago."_s,
                            u"repeated standfirst"_s));
        QVERIFY(!text.contains(article.standfirst));
        QVERIFY(!text.contains(article.title));

        // Every paragraph of the body (the source's long lines) is there once, in order.
        qsizetype previous = -1;
        int paragraphs = 0;
        for (const auto &line : source.split(u'\n')) {
            if (line.count(u' ') < 20)
                continue;
            ++paragraphs;
            const auto at = text.indexOf(line.trimmed());
            QVERIFY2(at > previous, qPrintable(line.left(60)));
            QCOMPARE(text.count(line.trimmed()), 1);
            previous = at;
        }
        QCOMPARE(paragraphs, 8);

        // The section headings are headings, in place.
        const auto blocks = describe(article.blocks);
        QCOMPARE(blocks.value(0), u"H:A Quiet Thaw on the Pacific Coast"_s);
        QCOMPARE(blocks.value(1), u"H:Nets, Quotas and Patience"_s);
        QVERIFY(blocks.value(2).startsWith(u"P:After years of silence on the water"_s));
        QCOMPARE(blocks.value(6), u"H:Reopening the Table"_s);
        QCOMPARE(article.blocks.size(), 11);
        QCOMPARE(blocks.count(u"H:Reopening the Table"_s), 1);
    }

    void clean_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QStringList>("reasons"); // each must be among the removed fragments' reasons

        const auto p1 = u"The foreign ministers of both countries agreed on Tuesday to resume talks on the disputed border after a pause of two years."_s;
        const auto p2 = u"Officials said the first round would take place in Geneva next month, with observers from the United Nations present."_s;
        const auto p3 = u"Both delegations will report to their parliaments before the end of the year, a spokesperson for the ministry added."_s;

        QTest::newRow("nominal: menu, headline, byline, date, share line and footer")
            << u"Home\nWorld\nPolitics\nBusiness\nSport\n\nMinisters Agree on Border Talks\n\nBy Jane Doe\n\n19 November 2019\n\n"_s
                   + p1 + u"\n\n"_s + p2 + u"\n\nShare on Facebook\n\n© 2019 Example News. All rights reserved.\n"_s
            << u"Ministers Agree on Border Talks"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2}
            << QStringList{u"navigation"_s, u"share buttons"_s, u"footer"_s};
        QTest::newRow("nominal: the complete headline wins over its cut-off copy")
            << u"Talks resume on the border between the two countries after...\n\nTalks resume on the border between the two countries after two years\n\n"_s
                   + p1 + u"\n\n"_s + p2 + u"\n"_s
            << u"Talks resume on the border between the two countries after two years"_s
            << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{u"cut-off headline"_s};
        QTest::newRow("nominal: section heading between paragraphs")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\nA New Round in Geneva\n\n"_s + p2 + u"\n\n"_s + p3 + u"\n"_s
            << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"H:A New Round in Geneva"_s, u"P:"_s + p2, u"P:"_s + p3} << QStringList{};
        QTest::newRow("nominal: a paragraph repeated further down is kept once")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\n"_s + p1 + u"\n\n"_s + p3 + u"\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"P:"_s + p3}
            << QStringList{u"repeated paragraph"_s};
        QTest::newRow("nominal: the article given again with other line breaks is kept once")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\n"_s + p3 + u"\n\nPrint this article\n\n"_s + p1 + u' '
                   + p2 + u' ' + p3 + u"\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"P:"_s + p3}
            << QStringList{u"repeated text"_s};
        QTest::newRow("nominal: a list the article announces ends it")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\nThe rounds planned so far:\n"
                   "March 3 -- Geneva, Palais des Nations\nApril 14 -- Vienna\nMay 20 -- New York\n\n"
                   "© 2019 Example News. All rights reserved.\n"_s
            << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"P:The rounds planned so far:"_s,
                           u"L:March 3 -- Geneva, Palais des Nations"_s, u"L:April 14 -- Vienna"_s, u"L:May 20 -- New York"_s}
            << QStringList{u"footer"_s};
        QTest::newRow("robustness: a list of other articles after the text is not the article's")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\nMore from our correspondents in Geneva:\n"
                   "Ceasefire holds in the north\nTrade envoys meet in Vienna\nA new ambassador for Ottawa\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{};
        QTest::newRow("nominal: pictures between short paragraphs do not cut the article")
            << u"Border Talks Resume\n\nBy Jane Doe\n\n"_s + p1 + u"\n\n[talks_photo_1]\n\nThe envoys met twice.\n\n[talks_photo_2]\n\n"
                   "They will meet again.\n\n[talks_photo_3]\n\n"_s + p2 + u"\n\n[talks_photo_4]\n\n"_s + p3 + u"\n"_s
            << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"P:The envoys met twice."_s, u"P:They will meet again."_s, u"P:"_s + p2, u"P:"_s + p3}
            << QStringList{u"image or form field"_s};
        QTest::newRow("robustness: an author's box and a form after the article are not the article")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\nLike this article?\nSIGN UP for our newsletter\n[          ] [SIGN UP]\n\n"
                   "About Jane Doe\n\nJane Doe is a correspondent based in Geneva. Her work has appeared in a number of publications, "
                   "including several newspapers and magazines in Europe and North America.\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{u"after the article"_s};
        QTest::newRow("nominal: picture labels, credits and a German author's box are cut")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\nImage copyright Getty Images\nImage caption The envoys arrived in Geneva on Monday\n\n"_s
                   + p2 + u"\n\nThe conference hall of the palace, seen from the gallery on the first floor. Credit: UN Photo\n\n"_s + p3
                   + u"\n\nÜber Moritz Bachmann\n\nMoritz Bachmann berichtet seit vielen Jahren aus Genf über die Vereinten Nationen, "
                     "die Abrüstung und die Verhandlungen über Grenzen.\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"P:"_s + p3}
            << QStringList{u"image caption"_s, u"after the article"_s};
        QTest::newRow("nominal: the next article loaded under this one is not part of it")
            << u"Border Talks Resume\n\nJane Doe\nNovember 19, 2019\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\nPolitics\nDiplomacy\n\n"
                   "Fisheries Deal Within Reach\n\nJohn Roe\nNovember 20, 2019\n\n"_s + p3 + u"\n\nNegotiators in Brussels said the "
                   "remaining questions on quotas could be settled before the end of the week, if both sides keep to the calendar.\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{};
        QTest::newRow("robustness: a paragraph sharing a sentence with another is kept")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\n"_s + p1.chopped(1) + u", and both sides said"
                   " the talks in Geneva would be the first of several rounds planned for next year."_s + u"\n"_s
            << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"P:"_s + p2,
                           u"P:"_s + p1.chopped(1) + u", and both sides said the talks in Geneva would be the first of"
                                                     " several rounds planned for next year."_s}
            << QStringList{};
        QTest::newRow("nominal: cookie notice, related links in German and French")
            << u"Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.\n\nBorder Talks Resume\n\n"_s
                   + p1 + u"\n\n"_s + p2 + u"\n\nLesen Sie auch:\n\nÀ lire aussi\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2}
            << QStringList{u"cookie notice"_s, u"read also"_s};
        // The other languages' words come from resources/knowledge/boilerplate.json.
        QTest::newRow("nominal: related links and adverts in Russian, Polish, Chinese, Arabic and Turkish")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2
                   + u"\n\nReklama\n\nЧитайте также:\n\nCzytaj też\n\n相关新闻\n\nاقرأ أيضاً\n\nAyrıca okuyun: Viyana'daki görüşmeler uzuyor\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2}
            << QStringList{u"advertisement"_s, u"read also"_s};
        QTest::newRow("nominal: a short note without prose keeps its lines")
            << u"Embassy visit\n\nBring the passport\nCall the consul first\n"_s << u"Embassy visit"_s
            << QStringList{u"P:Bring the passport"_s, u"P:Call the consul first"_s} << QStringList{};
        QTest::newRow("nominal: reading time and social follow lines are not headings")
            << u"Border Talks Resume\n\n4 min read\n\nFollow us on Facebook Follow us on Instagram\n\n"_s + p1 + u"\n\n"_s
                   + p2 + u"\n\nReading time: 3 minutes\n\nA New Round in Geneva\n\n"_s + p3 + u"\n"_s
            << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"H:A New Round in Geneva"_s, u"P:"_s + p3}
            << QStringList{u"reading time"_s, u"social links"_s};
        QTest::newRow("nominal: comments in a row of share buttons do not end the article")
            << u"Border Talks Resume\n\nFacebook\nTwitter\nComments\nPrint\nEmail\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\n"_s + p3
                   + u"\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2, u"P:"_s + p3}
            << QStringList{u"share buttons"_s};
        QTest::newRow("nominal: a Comment section in the menu does not end the article")
            << u"Home\nNews\nSport\nComment\nTravel\nWeather\n\nBorder Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{u"navigation"_s};
        QTest::newRow("robustness: comments after the article are cut")
            << u"Border Talks Resume\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n\n3 Comments\n\n"_s + p3 + u"\n"_s
            << u"Border Talks Resume"_s << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{u"comments"_s};
        QTest::newRow("robustness: empty") << QString() << QString() << QStringList{} << QStringList{};
        QTest::newRow("robustness: only blank lines and spaces") << u"\n \n\t\r\n\u200B\n"_s << QString() << QStringList{} << QStringList{};
        QTest::newRow("robustness: one enormous line without spaces")
            << QString(200000, u'x') << QString() << QStringList{u"P:"_s + QString(200000, u'x')} << QStringList{};
        QTest::newRow("robustness: old Mac line ends")
            << u"Border Talks Resume\r\r"_s + p1 + u"\r\r"_s + p2 + u"\r"_s << u"Border Talks Resume"_s
            << QStringList{u"P:"_s + p1, u"P:"_s + p2} << QStringList{};
    }

    void clean()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QStringList, blocks);
        QFETCH(QStringList, reasons);

        const auto article = TextCopyCleaner().clean(input);
        QCOMPARE(article.title, title);
        QCOMPARE(describe(article.blocks), blocks);
        const auto removedReasons = ::reasons(article);
        for (const auto &reason : reasons)
            QVERIFY2(removedReasons.contains(reason), qPrintable(reason + u" not in "_s + removedReasons.join(u", "_s)));
        // Nothing is lost silently: every line of the input is kept, or removed with a reason,
        // or is the title, standfirst, byline or date line.
        for (const auto &fragment : article.removed)
            QVERIFY2(!fragment.reason.isEmpty(), qPrintable(fragment.text));
    }

    void bylineAndDate()
    {
        const auto article = TextCopyCleaner().clean(
            u"Ministers Agree on Border Talks\n\nBy Jane Doe\n\nNov. 19, 2019 8:03 pm ET\n\n"
            "The foreign ministers of both countries agreed on Tuesday to resume talks on the disputed border after a pause.\n"_s);
        QCOMPARE(article.byline, u"Jane Doe"_s);
        QCOMPARE(article.published, QDateTime(QDate(2019, 11, 19), QTime(20, 3), QTimeZone::UTC));
        QCOMPARE(article.publishedSource, DateSource::TextDateLine);
    }

    void caselessScriptHeader_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QStringList>("blocks");
        // Arabic has no capitals: its headline and its author's name are found by where they
        // stand, as in scripts with case. The site's name, three words away from the date, is no
        // byline.
        const auto first = u"بحث وزيرا خارجية البلدين يوم الاثنين ملف الحدود البحرية المتنازع عليها، واتفقا على تشكيل لجنة فنية مشتركة تجتمع مرة كل شهر."_s;
        const auto second = u"وقال متحدث باسم الوزارة إن الجولة المقبلة ستعقد في الرباط خلال الربيع، بحضور مراقبين من الأمم المتحدة."_s;
        const auto headline = u"وزيرا الخارجية يبحثان ملف الحدود البحرية"_s;
        QTest::newRow("nominal: Arabic headline given twice, name above the date")
            << u"تخطي إلى المحتوى\nأخبار الخليج اليومية\n\n"_s + headline + u"\n\n"_s + headline
                   + u"\nيوسف المنصوري\n3 فبراير 2025\n\n"_s + first + u"\n\n"_s + second + u"\n"_s
            << headline << u"يوسف المنصوري"_s << QStringList{u"P:"_s + first, u"P:"_s + second};
        QTest::newRow("nominal: Arabic name with its vowel marks, below the date")
            << headline + u"\n3 فبراير 2025\nيُوسُف المَنصوري\n\n"_s + first + u"\n\n"_s + second + u"\n"_s
            << headline << u"يُوسُف المَنصوري"_s << QStringList{u"P:"_s + first, u"P:"_s + second};
    }

    void caselessScriptHeader()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QString, byline);
        QFETCH(QStringList, blocks);
        const auto article = TextCopyCleaner().clean(input);
        QCOMPARE(article.title, title);
        QCOMPARE(article.byline, byline);
        QCOMPARE(describe(article.blocks), blocks);
        QCOMPARE(article.published.date(), QDate(2025, 2, 3));
    }

    void nameOnlyByline_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("byline");
        QTest::newRow("nominal: name above the date") << u"Priya Sandhu\nAugust 28, 2025\n5 min read"_s << u"Priya Sandhu"_s;
        QTest::newRow("nominal: name below the date, with a particle") << u"28 August 2025\n\nJean-Luc de la Tour"_s
                                                                        << u"Jean-Luc de la Tour"_s;
        QTest::newRow("robustness: a place with digits and commas is no name") << u"Room 101, Geneva\nAugust 28, 2025"_s
                                                                             << QString();
        QTest::newRow("robustness: words that are not a name") << u"Talks in 2025 resume\nAugust 28, 2025"_s << QString();
    }

    void nameOnlyByline()
    {
        QFETCH(QString, header);
        QFETCH(QString, byline);
        const auto article = TextCopyCleaner().clean(
            u"Ministers Agree on Border Talks\n\n"_s + header
            + u"\n\nThe foreign ministers of both countries agreed on Tuesday to resume talks on the disputed border after a pause.\n"_s);
        if (!byline.isEmpty())
            QCOMPARE(article.title, u"Ministers Agree on Border Talks"_s);
        QCOMPARE(article.byline, byline);
        QCOMPARE(article.published.date(), QDate(2025, 8, 28));
    }

    void bylineWithItsDate_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QDate>("published");
        QTest::newRow("nominal: a dot between name and date") << u"By Jane Roe · 28 August 2025"_s << u"Jane Roe"_s << QDate(2025, 8, 28);
        QTest::newRow("nominal: a bar, the month first") << u"By Tomás Ruiz | August 28, 2025"_s << u"Tomás Ruiz"_s << QDate(2025, 8, 28);
        QTest::newRow("nominal: French, a comma") << u"Par Claire Dubois, publié le 28 août 2025"_s << u"Claire Dubois"_s << QDate(2025, 8, 28);
        QTest::newRow("boundary: a byline without a date leaves the date line below to say it")
            << u"By Jane Roe\n29 August 2025"_s << u"Jane Roe"_s << QDate(2025, 8, 29);
    }

    void bylineWithItsDate()
    {
        QFETCH(QString, header);
        QFETCH(QString, byline);
        QFETCH(QDate, published);
        const auto article = TextCopyCleaner().clean(
            u"Ministers Agree on Border Talks\n\n"_s + header
            + u"\n\nThe foreign ministers of both countries agreed on Tuesday to resume talks on the disputed border after a pause.\n"_s);
        QCOMPARE(article.byline, byline);
        QCOMPARE(article.published.date(), published);
    }

    void parseDateLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int m, int d, int h = 0, int min = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
        };
        QTest::newRow("nominal: month day, year, time") << u"Nov. 19, 2019 8:03 am ET"_s << utc(2019, 11, 19, 8, 3);
        QTest::newRow("nominal: day month year") << u"Published 19 November 2019"_s << utc(2019, 11, 19);
        QTest::newRow("nominal: French") << u"Publié le 3 mars 2021 à 14h05"_s << utc(2021, 3, 3, 14, 5);
        QTest::newRow("nominal: German with dot") << u"19. Dezember 2018, 10:30 Uhr"_s << utc(2018, 12, 19, 10, 30);
        QTest::newRow("nominal: Spanish") << u"5 de julio de 2020"_s << utc(2020, 7, 5);
        QTest::newRow("nominal: Russian, month in the genitive") << u"12 ноября 2025, 14:20"_s << utc(2025, 11, 12, 14, 20);
        QTest::newRow("nominal: Polish") << u"3 marca 2024"_s << utc(2024, 3, 3);
        QTest::newRow("nominal: Turkish") << u"14 Ekim 2025"_s << utc(2025, 10, 14);
        QTest::newRow("nominal: Arabic") << u"14 أكتوبر 2025"_s << utc(2025, 10, 14);
        QTest::newRow("nominal: ISO") << u"Updated: 2020-02-29 23:59"_s << utc(2020, 2, 29, 23, 59);
        QTest::newRow("nominal: numeric day first") << u"03.04.2017"_s << utc(2017, 4, 3);
        QTest::newRow("nominal: 12 pm is noon") << u"June 1, 2022 12:15 pm"_s << utc(2022, 6, 1, 12, 15);
        QTest::newRow("robustness: no date") << u"Small Steps Towards Better Relations"_s << QDateTime();
        QTest::newRow("robustness: numbers but no year") << u"Chapter 12, 18 pages, 3 photos, 1 910 words"_s << QDateTime();
        QTest::newRow("robustness: a year alone is no date") << u"Our 2024 in review"_s << QDateTime();
        QTest::newRow("robustness: impossible date") << u"February 30, 2019"_s << QDateTime();
        QTest::newRow("robustness: month word that is not a month") << u"Grand 12, 2019"_s << QDateTime();
    }

    void parseDateLine()
    {
        QFETCH(QString, line);
        QFETCH(QDateTime, expected);
        QCOMPARE(TextCopyCleaner::parseDateLine(line), expected);
    }
};

QTEST_APPLESS_MAIN(TextCopyCleanerTest)
#include "textcopycleaner_test.moc"
