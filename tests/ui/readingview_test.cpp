#include "readingview.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// The reading view's own behaviour, apart from the window: here, selecting the sentence at the
// caret (the `v` key) picks the same sentence the timeline links to.
class ReadingViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectSentenceAtCaret_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("caretAt");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("nominal: a title's full stop does not end the sentence")
            << u"Talks resumed. Mr. Mensah arrived in Accra on Monday. He left on Friday."_s << u"arrived"_s
            << u"Mr. Mensah arrived in Accra on Monday."_s;
        QTest::newRow("nominal: a dotted acronym inside the sentence")
            << u"The U.S. envoy met Ghana's minister. They spoke of cocoa."_s << u"envoy"_s
            << u"The U.S. envoy met Ghana's minister."_s;
        QTest::newRow("nominal: a decimal number inside the sentence")
            << u"Exports rose 3.5 per cent in June. Imports fell."_s << u"per cent"_s
            << u"Exports rose 3.5 per cent in June."_s;
        QTest::newRow("boundary: the caret on the last character of the text")
            << u"First sentence. Last one."_s << u"."_s << u"Last one."_s;
    }

    void selectSentenceAtCaret()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, caretAt);
        QFETCH(QString, sentence);
        Article article;
        article.path = u"/tmp/reading-view-test.txt"_s;
        article.title = u"A test article"_s;
        article.blocks = {Block{BlockKind::Paragraph, 0, paragraph}};
        ReadingView view;
        view.setArticle(article);
        const auto text = article.text();
        const auto caret = caretAt == u"."_s ? text.size() - 1 : text.indexOf(caretAt);
        QVERIFY(caret >= 0);
        auto cursor = view.textCursor();
        cursor.setPosition(view.documentPosition(caret));
        view.setTextCursor(cursor);
        view.selectSentenceAtCaret();
        const auto [start, end] = view.selectedTextRange();
        QCOMPARE(text.mid(start, end - start), sentence);
    }

    void shapesTheScriptsThatNeedIt_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<bool>("isShaped");
        // Unshaped text is laid out much faster, and reads the same in these scripts.
        QTest::newRow("nominal: English") << u"Talks resume"_s << u"The envoys met in Accra on Monday."_s << false;
        QTest::newRow("nominal: French, accents precomposed") << u"Les pourparlers reprennent"_s
                                                               << u"Les émissaires se sont réunis à Genève."_s << false;
        QTest::newRow("nominal: Russian") << u"Переговоры возобновились"_s << u"Послы встретились в Мурманске."_s << false;
        QTest::newRow("nominal: Chinese") << u"会谈恢复"_s << u"两国特使周一在日内瓦会面。"_s << false;
        // Qt leaves Arabic letters unjoined unless the text is shaped.
        QTest::newRow("nominal: Arabic") << u"استئناف المحادثات"_s << u"التقى المبعوثان في عمّان يوم الاثنين."_s << true;
        QTest::newRow("nominal: Hindi") << u"वार्ता फिर शुरू"_s << u"दूतों ने सोमवार को मुलाकात की।"_s << true;
        QTest::newRow("boundary: an English article quoting Arabic")
            << u"Talks resume"_s << u"The banner read \u201Cالسلام\u201D in large letters."_s << true;
        QTest::newRow("boundary: a combining accent") << u"Talks resume"_s << u"The envoy from Bogota\u0301 arrived."_s << true;
    }

    void shapesTheScriptsThatNeedIt()
    {
        QFETCH(QString, title);
        QFETCH(QString, paragraph);
        QFETCH(bool, isShaped);
        Article article;
        article.path = u"/tmp/reading-view-test.txt"_s;
        article.title = title;
        article.blocks = {Block{BlockKind::Paragraph, 0, paragraph}};
        ReadingView view;
        view.setArticle(article);
        const bool isUnshaped = view.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping;
        QCOMPARE(!isUnshaped, isShaped);
    }
};

QTEST_MAIN(ReadingViewTest)
#include "readingview_test.moc"
