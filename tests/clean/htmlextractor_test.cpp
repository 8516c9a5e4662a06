#include "clean/htmlextractor.h"
#include "ingest/sourcereader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

const QString Paragraph = u"The foreign ministers met in Geneva on Tuesday, and after six hours of talks they agreed "
                          u"on a framework for the ceasefire, the exchange of prisoners and the return of observers."_s;

QString page(const QString &body, const QString &head = {})
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><title>Ceasefire agreed | The Courier</title>%1</head>"
           u"<body>%2</body></html>"_s.arg(head, body);
}

QString articleBody()
{
    return u"<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
           u"<article><h1>Ceasefire agreed</h1><p>%1</p><h2>Reactions</h2><p>%1</p>"
           u"<ul><li>First point of the framework agreed by all parties.</li><li>Second point.</li></ul>"
           u"<blockquote><p>We have taken a first step, said the envoy, but a long road remains.</p></blockquote>"
           u"<figure><img src=\"a.jpg\"><figcaption>Delegates arriving at the Palais des Nations.</figcaption></figure>"
           u"<p>%1</p></article>"
           u"<aside class=\"sidebar\"><h3>Most read</h3><a href=\"/x\">Another story</a></aside>"
           u"<div class=\"comments\"><p>Reader comment: this will never last, mark my words, never.</p></div>"
           u"<footer>© 2024 The Courier. All rights reserved.</footer>"_s.arg(Paragraph);
}

} // namespace

class HtmlExtractorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expectedInText");
        QTest::addColumn<QStringList>("absentFromText");
        QTest::addColumn<QStringList>("removedReasons");

        QTest::newRow("nominal: article between navigation, sidebar, comments and footer")
            << page(articleBody())
            << QStringList{Paragraph, u"Reactions"_s, u"First point of the framework"_s, u"a long road remains"_s,
                           u"Delegates arriving"_s}
            << QStringList{u"Home"_s, u"Most read"_s, u"Reader comment"_s, u"All rights reserved"_s}
            << QStringList{u"navigation"_s, u"sidebar"_s, u"comments"_s, u"footer"_s};
        QTest::newRow("nominal: content in plain divs with a share widget")
            << page(u"<div id=\"page\"><div class=\"share-bar\"><a href=\"#\">Share on X</a> <a href=\"#\">Email</a></div>"
                    u"<div class=\"story\"><div>%1</div><div>%1</div><div>%1</div></div></div>"_s.arg(Paragraph))
            << QStringList{Paragraph} << QStringList{u"Share on X"_s} << QStringList{u"share buttons"_s};
        QTest::newRow("robustness: unclosed tags")
            << page(u"<div><p>%1<p>%1<div><b>bold <i>italic"_s.arg(Paragraph)) << QStringList{Paragraph}
            << QStringList{} << QStringList{};
        QTest::newRow("robustness: truncated page")
            << (u"<html><head><title>T</title></head><body><article><p>"_s + Paragraph + u"</p><p>"_s
                + Paragraph.left(40))
            << QStringList{Paragraph} << QStringList{} << QStringList{};
        // Chinese has no spaces: a short sentence with a date in it is many words, not a date line.
        QTest::newRow("robustness: a short Chinese sentence with a date is prose")
            << page(u"<article><p>%1</p><p>会谈于2024年3月5日在日内瓦举行，双方同意下周继续对话。</p><p>%1</p><p>%1</p></article>"_s.arg(Paragraph))
            << QStringList{u"会谈于2024年3月5日在日内瓦举行，双方同意下周继续对话。"_s} << QStringList{} << QStringList{};
        // Prose measured on characters: a Chinese or Japanese sentence is short in characters but
        // not in what it says, and ends in its own full stop.
        QTest::newRow("nominal: a short Chinese paragraph beside the article is the article's")
            << page(u"<div><div id=\"main\"><p>%1</p><p>%1</p><p>%1</p></div><p>双方同意下周在日内瓦继续对话。</p></div>"_s.arg(
                   u"外交部长星期二在日内瓦举行的记者会上表示，双方会谈取得了实质性进展，代表团将于下周重返谈判桌，继续讨论交换战俘和国际观察员返回等问题。"_s))
            << QStringList{u"双方同意下周在日内瓦继续对话。"_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: a Japanese sentence after a related list is the text going on")
            << page(u"<article><p>%1</p><p>%1</p><p>%1</p><p>関連記事</p><p><a href=\"/a\">ウィーンで外相会談</a></p>"
                    u"<p>外務大臣は来週、再びジュネーブを訪れる予定だ。</p></article>"_s.arg(
                   u"外務大臣は火曜日、ジュネーブで記者会見を開き、双方の協議で実質的な進展があったと述べた。代表団は来週再び交渉の席に着く予定だという。"_s))
            << QStringList{u"外務大臣は来週、再びジュネーブを訪れる予定だ。"_s} << QStringList{u"ウィーンで外相会談"_s}
            << QStringList{u"related articles"_s};
        QTest::newRow("robustness: empty body") << page({}) << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("robustness: scripts and styles are not text")
            << page(u"<script>var x = 'not article';</script><style>p{color:red}</style><p>%1</p>"_s.arg(Paragraph))
            << QStringList{Paragraph} << QStringList{u"not article"_s, u"color"_s} << QStringList{};
        // Script bodies are cut before parsing: markup inside them, quoted '>' in the start tag,
        // upper case and a "<script" inside a comment must not confuse where text resumes.
        QTest::newRow("robustness: markup inside scripts, comments and quoted attributes")
            << page(u"<!-- <script> --><p>%1</p><SCRIPT data-x=\"a>b\">document.write('<p>injected</p>');</SCRIPT>"
                    u"<style media=\"screen\">p::after{content:'<b>styled</b>'}</style><script></script>"
                    u"<p>Second paragraph after the scripts, long enough to count as article text here.</p>"
                    u"<scripts>custom element text</scripts>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Second paragraph after the scripts"_s, u"custom element text"_s}
            << QStringList{u"injected"_s, u"styled"_s, u"document.write"_s} << QStringList{};
        QTest::newRow("robustness: attributes nobody reads, quoted '>', unquoted values, nested drawings")
            << page(u"<div data-x=\"a>b\" onclick='go(\">\")' class=story data-empty><p srcset=\"x 1x, y 2x\">%1</p>"
                    u"<svg viewBox=\"0 0 1 1\"><svg><text>inner logo</text></svg><text>outer logo</text></svg><svg/>"
                    u"<p title=\"t\">After the drawing comes a second paragraph, long enough to be article text.</p></div>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"After the drawing comes a second paragraph"_s}
            << QStringList{u"logo"_s, u"a>b"_s, u"go("_s} << QStringList{};
        QTest::newRow("nominal: related-link lines, caption labels and the author's box are not article text")
            << page(u"<article><p>By Jane Roe</p><p>%1</p><p>Related: Another story about the talks</p>"
                    u"<p>Image caption Delegates arrive at the Palais des Nations</p><p>%1 Again.</p>"
                    u"<p>The delegations leave the Palais des Nations after the talksCredit: Example Agency</p><p>%1 Once more.</p>"
                    u"<p>Topics were trade and the border, said the envoy after the meeting.</p>"
                    u"<p>Follow The Courier on Instagram, Facebook and YouTube.</p><p>The border post near the city. (AP)</p>"
                    u"<p>%1 And finally.</p><p>Tags Geneva ceasefire diplomacy</p><h3>About the Author</h3><p>Jane Roe</p>"
                    u"<p>Jane Roe covers diplomacy and foreign affairs for The Courier from Geneva.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"And finally."_s, u"Topics were trade"_s}
            << QStringList{u"By Jane Roe"_s, u"Related:"_s, u"Image caption"_s, u"About the Author"_s, u"covers diplomacy"_s,
                           u"Example Agency"_s, u"Follow The Courier"_s, u"border post"_s,
                           u"Tags Geneva"_s}
            << QStringList{u"related articles"_s, u"picture caption"_s, u"author box"_s};
        QTest::newRow("nominal: a photo gallery's captions are not article text")
            << page(u"<article><p>%1</p><ul class=\"photo-gallery\"><li><img src=\"a.jpg\"><div class=\"caption-full\">"
                    u"The envoys shake hands in Geneva on Tuesday before the talks begin, in a long caption.</div>"
                    u"<div class=\"caption-truncated\">The envoys shake hands in Geneva on Tuesday</div></li></ul>"
                    u"<p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"envoys shake hands"_s}
            << QStringList{u"image gallery"_s};
        QTest::newRow("nominal: an embedded post quoted by the article stays, dense with links as it is")
            << page(u"<article><p>%1</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>"
                    u"The envoy says talks went well <a href=\"https://t.co/a\">https://t.co/a</a></p>— Envoy (@envoy) "
                    u"<a href=\"https://twitter.com/envoy/status/1\">November 18, 2019</a></blockquote></div>"
                    u"<p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"The envoy says talks went well"_s, u"Once more."_s} << QStringList{}
            << QStringList{};
        QTest::newRow("nominal: a name's hover card inside a paragraph is not article text, the name is")
            << page(u"<article><p>%1</p><p>The talks were chaired by <span class=\"person-rollover\"><a href=\"/people/"
                    u"ana-diaz\">Ana Diaz</a><span class=\"rollover-card\"><img src=\"d.jpg\"><a href=\"/people/ana-diaz\">"
                    u"Ana Diaz</a><a href=\"/news/1\">Latest: envoy visits the border region</a></span></span>, who "
                    u"called them constructive.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{u"chaired by Ana Diaz, who called them constructive."_s, u"Once more."_s}
            << QStringList{u"envoy visits the border"_s} << QStringList{u"pop-up"_s};
        QTest::newRow("nominal: a tooltip's trigger word stays, its hidden definition goes")
            << page(u"<article><p>%1</p><p>They agreed on a <span class=\"tooltip\">ceasefire<span class=\"tooltip-text\">"
                    u"Definition: an agreement to stop fighting</span></span> along the border.</p>"
                    u"<p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{u"They agreed on a ceasefire along the border."_s}
            << QStringList{u"Definition"_s} << QStringList{u"pop-up"_s};
        QTest::newRow("nominal: a paragraph in a wrapper whose class says 'media' stays")
            << page(u"<article><div class=\"leafmedia sourced-paragraph\"><p><cite>Geneva (Courier)</cite>The talks "
                    u"ended late on Tuesday with a framework that both delegations called a first step.</p></div>"
                    u"<p>%1</p><p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{u"Geneva (Courier)The talks ended late"_s, u"Once more."_s} << QStringList{}
            << QStringList{};
        QTest::newRow("nominal: the text after a 'Read more' button that unfolds it stays")
            << page(u"<article><p>%1</p><p>%1 Again.</p><p>%1 Once more.</p><div class=\"body-expander\"><div>Read more"
                    u"</div></div><p>Markets in the region rose slightly after the framework was announced.</p>"
                    u"<p>%1 At last.</p></article>"_s.arg(Paragraph))
            << QStringList{u"Markets in the region rose slightly"_s, u"At last."_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: lines of labelled links set in a paragraph are a list of other stories")
            << page(u"<article><p>%1</p><p>%1 Again.</p><p><a href=\"/world/1\">Envoys return to the capital after "
                    u"the talks</a> [VIDEO]<br><a href=\"/world/2\">What the framework means for the border towns</a> "
                    u"[ANALYSIS]<br><a href=\"/world/3\">Observers prepare for their return</a> [PICTURES]</p>"
                    u"<p>%1 Once more.</p><p>The envoy <a href=\"/people/1\">thanked the hosts</a>.<br>Then she left.</p>"
                    u"</article>"_s.arg(Paragraph))
            << QStringList{u"Once more."_s, u"The envoy thanked the hosts."_s}
            << QStringList{u"Envoys return"_s, u"border towns"_s, u"[PICTURES]"_s} << QStringList{u"links"_s};
        QTest::newRow("nominal: lists of single linked headlines are other stories, a list of points stays")
            << page(u"<article><p>%1</p><p>%1 Again.</p><ul><li><h4><a href=\"/world/1\">Envoys return to the capital "
                    u"after the talks</a></h4></li></ul><ul><li><h4><a href=\"/world/2\">What the framework means for "
                    u"the border towns</a></h4></li></ul><p>%1 Once more.</p><ul><li>The prisoners are exchanged first."
                    u"</li><li><a href=\"/world/3\">Observers</a> return within a month.</li></ul></article>"_s.arg(Paragraph))
            << QStringList{u"Once more."_s, u"The prisoners are exchanged first."_s, u"Observers return within a month."_s}
            << QStringList{u"Envoys return"_s, u"border towns"_s} << QStringList{u"link list"_s};
        QTest::newRow("nominal: date lines in Portuguese and French are metadata")
            << page(u"<article><p>sexta-feira, 22 de outubro de 2010 às 20:13</p><p>%1</p><p>%1 Again.</p>"
                    u"<p>Le mardi 3 mars 2019 à 14:05</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{u"Once more."_s} << QStringList{u"outubro"_s, u"mars 2019"_s} << QStringList{u"date line"_s};
        QTest::newRow("nominal: a dated byline under a quoted claim is metadata, a sentence starting 'By' is not")
            << page(u"<article><p>“The talks will fail within a week.”</p><p>— A senator on Sunday in a radio interview"
                    u"</p><p>By Ann Lee on Monday, November 18th, 2019 at 11:08 a.m.</p><p>%1</p>"
                    u"<p>By March 2020 on the border, the observers will have returned.</p><p>%1 Once more.</p>"
                    u"</article>"_s.arg(Paragraph))
            << QStringList{u"By March 2020 on the border"_s, u"Once more."_s} << QStringList{u"Ann Lee"_s}
            << QStringList{u"byline"_s};
        QTest::newRow("nominal: a credit in a picture's caption stays with it, a credit line alone goes")
            << page(u"<article><div><img src=\"b.jpg\"></div><p>Sam Ray/Getty Images</p><p>%1</p><figure>"
                    u"<img src=\"a.jpg\"><figcaption>Ana Diaz/Reuters</figcaption></figure><p>%1 Again.</p>"
                    u"<p>%1 Once more.</p><p>%1 At last.</p></article>"_s.arg(Paragraph))
            << QStringList{u"Ana Diaz/Reuters"_s, u"Once more."_s} << QStringList{u"Getty"_s}
            << QStringList{u"picture credit"_s};
        QTest::newRow("nominal: a block hidden on every screen by Bootstrap's 'd-none' is not text, one shown on wide screens is")
            << page(u"<article><p>%1</p><div class=\"d-none d-print-block\">Citation: Ceasefire agreed, retrieved 3 May "
                    u"from the Courier's site</div><p>%1 Again.</p><div class=\"d-none d-md-block\">The envoys will meet "
                    u"again in the spring to review the framework.</div><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{u"meet again in the spring"_s, u"Once more."_s} << QStringList{u"Citation"_s} << QStringList{};
        // Under 500 characters every attempt runs, the later ones trusting no class names.
        QTest::newRow("nominal: a short article's breadcrumb menu stays out in every attempt")
            << page(u"<div class=\"post\"><nav id=\"crumbs\"><a href=\"/\">Home</a> <a href=\"/world\">World news</a> "
                    u"<span>Ceasefire agreed</span></nav><p>%1</p></div>"_s.arg(Paragraph))
            << QStringList{Paragraph} << QStringList{u"World news"_s} << QStringList{u"navigation"_s};
        // An unclosed element in the site's header makes the parser nest the whole page inside it.
        QTest::newRow("robustness: an article nested in the site's header by an unclosed element is read")
            << page(u"<div class=\"site-header\"><a href=\"/\">The Courier</a><span><div class=\"story\"><h1>Ceasefire "
                    u"agreed</h1><p>%1</p><p>%1 Two.</p><div class=\"related-card\"><a href=\"/x\">Envoys in talks again "
                    u"as winter nears</a><a href=\"/x\">Read now</a></div><p>%1 Three.</p><p>%1 Four.</p><p>%1 Five."
                    u"</p></div></span></div>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Two."_s, u"Five."_s} << QStringList{u"Envoys in talks again"_s}
            << QStringList{u"related articles"_s};
        // Headlines that link to other pages, each with a short blurb: a stream of other stories.
        const auto teaser = u"<li><h3><a href=\"/world/%1\">Envoys return to the capital after round %1 of talks</a></h3>"
                            u"<p>The delegations flew home on Friday and will report to their governments before "
                            u"the next round, officials said.</p><span>World desk</span></li>"_s;
        const QString teasers = teaser.arg(1) + teaser.arg(2) + teaser.arg(3) + teaser.arg(4);
        QTest::newRow("nominal: a run of teasers beside the article is not article text")
            << page(u"<div class=\"story\"><p>%1</p><p>%1 Again.</p><p>%1 Once more.</p><ul>%2</ul></div>"_s.arg(
                   Paragraph, teasers))
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"delegations flew home"_s, u"World desk"_s}
            << QStringList{u"related articles"_s};
        QString absoluteTeasers = teasers;
        absoluteTeasers.replace(u"href=\"/world/"_s, u"href=\"https://news.courier.co.uk/world/"_s);
        QTest::newRow("nominal: teasers linking to the site's other pages by full address are not article text")
            << page(u"<div class=\"story\"><p>%1</p><p>%1 Again.</p><p>%1 Once more.</p><ul>%2</ul></div>"_s.arg(
                        Paragraph, absoluteTeasers),
                    u"<link rel=\"canonical\" href=\"https://www.courier.co.uk/world/ceasefire\">"_s)
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"delegations flew home"_s}
            << QStringList{u"related articles"_s};
        // The same shape linking to shops is the article's own list of recommendations.
        QString products = teasers;
        products.replace(u"href=\"/world/"_s, u"href=\"https://shop.example.org/item/"_s);
        QTest::newRow("nominal: linked headlines pointing to other sites are the article's own list")
            << page(u"<div class=\"story\"><p>%1</p><p>%1 Again.</p><p>%1 Once more.</p><ul>%2</ul></div>"_s.arg(
                        Paragraph, products),
                    u"<link rel=\"canonical\" href=\"https://www.courier.co.uk/world/ceasefire\">"_s)
            << QStringList{Paragraph, u"delegations flew home"_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: a single linked headline with its text stays")
            << page(u"<div class=\"story\"><p>%1</p><p>%1 Again.</p>%2<p>%1 Once more.</p></div>"_s.arg(
                   Paragraph, teaser.arg(1)))
            << QStringList{Paragraph, u"delegations flew home"_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: a page of nothing but teasers keeps them")
            << page(u"<main><h1>World news</h1><ul>%1</ul></main>"_s.arg(teasers))
            << QStringList{u"delegations flew home"_s} << QStringList{} << QStringList{};
        // The wrapper's class and id outscore the story's section, but all it adds is a video
        // player's menus.
        QTest::newRow("nominal: a wrapper that scores better without holding more prose is not the article")
            << page(u"<div class=\"page-content\"><div class=\"player\"><div>Captions will look like this</div>"
                    u"<div>Closed caption settings and language</div><div>Video quality automatic or high</div>"
                    u"<div>Font family for the captions shown</div><div>Background opacity of the captions</div>"
                    u"<div>Unfortunately this video is not available</div></div>"
                    u"<section class=\"article\"><h2>Talks in Geneva</h2><div class=\"story-body\"><p>%1</p><p>%1 Again.</p><p>%1 Once more.</p>"
                    u"</div></section></div>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"Captions will look"_s, u"Video quality"_s}
            << QStringList{};
        // The second wrapper outscores the whole (its class and id), but the whole holds more
        // of the article's paragraphs.
        QTest::newRow("nominal: an article whose paragraphs spread over sibling wrappers is read whole")
            << page(u"<article class=\"article-main\"><div><div class=\"story-body\"><p>%1 First part.</p><p>%1 Still first.</p></div></div>"
                    u"<div id=\"story-more\" class=\"story-supplement\"><div class=\"story-body\"><p>%1</p><p>%1</p>"
                    u"<p>%1</p><p>%1</p><p>%1</p><p>%1 Last part.</p></div></div></article>"_s.arg(Paragraph))
            << QStringList{u"First part."_s, u"Still first."_s, u"Last part."_s} << QStringList{} << QStringList{};
        // Issue 14, the wrong story: other stories beside a short article, each a card with a
        // headline linking to its page and a blurb longer and richer in commas than the article.
        const auto blurb = u"The minister of agriculture, who toured the region last week, said that harvests would "
                           u"recover, that prices would fall, and that farmers would be paid before the winter."_s;
        QString wrappedCards, paragraphCards, longCards;
        for (int i = 1; i <= 6; ++i) {
            wrappedCards += u"<div class=\"card\"><a href=\"/world/story-%1\"><img src=\"%1.jpg\"><h3>Harvest talks, round %1, "
                            u"open in the capital</h3></a><p>%2</p></div>"_s.arg(i).arg(blurb);
            paragraphCards += u"<div class=\"item\"><p class=\"title\"><a href=\"/world/story-%1\">Harvest talks, round %1, "
                              u"open in the capital</a></p><p>%2</p></div>"_s.arg(i).arg(blurb);
            longCards += u"<div class=\"card\"><h3><a href=\"/world/story-%1\">Harvest talks, round %1, open in the capital</a>"
                         u"</h3><p>%2 %2</p><p>%2</p></div>"_s.arg(i).arg(blurb);
        }
        const auto shortArticle = u"<div class=\"main\"><h1>Ceasefire agreed</h1><p>%1</p><p>%1 Again.</p></div>"_s.arg(Paragraph);
        QTest::newRow("nominal: cards whose link wraps the headline are other stories, not a short article's text")
            << page(u"<div class=\"wrap\">%1<div class=\"more\">%2</div></div>"_s.arg(shortArticle, wrappedCards))
            << QStringList{Paragraph, u"Again."_s} << QStringList{u"toured the region"_s, u"Harvest talks"_s}
            << QStringList{};
        QTest::newRow("nominal: cards whose headline is a paragraph of one link are other stories")
            << page(u"<div class=\"wrap\">%1<div class=\"more\">%2</div></div>"_s.arg(shortArticle, paragraphCards))
            << QStringList{Paragraph, u"Again."_s} << QStringList{u"toured the region"_s} << QStringList{};
        QTest::newRow("nominal: the story under the page's headline wins over longer stories beside it")
            << page(u"<div class=\"wrap\">%1<div class=\"more\">%2</div></div>"_s.arg(shortArticle, longCards))
            << QStringList{Paragraph, u"Again."_s} << QStringList{u"toured the region"_s} << QStringList{};
        // Issue 14, a quarter of the article: paragraph groups a wide advert or a video player set
        // apart, at other depths than the best-scoring group.
        QTest::newRow("nominal: paragraph groups split over layout rows by an advert are one article")
            << page(u"<div class=\"row\"><div class=\"col-8\"><div class=\"text\"><p>%1 Part one.</p><p>%1</p><p>%1</p><p>%1</p>"
                    u"<p>%1</p><p>%1</p></div></div><div class=\"col-4\"><div class=\"ad\"><iframe src=\"ad.html\"></iframe></div>"
                    u"</div></div><div class=\"row\"><div class=\"col-8\"><div class=\"text\"><p>%1 Part two.</p><p>%1</p>"
                    u"<p>%1 Part three.</p></div></div><div class=\"col-4\"><div>Most read</div></div></div>"_s.arg(Paragraph))
            << QStringList{u"Part one."_s, u"Part two."_s, u"Part three."_s} << QStringList{u"Most read"_s} << QStringList{};
        QString numbered[12];
        for (int i = 0; i < 12; ++i)
            numbered[i] = u"<p>Paragraph %1 of the story. %2</p>"_s.arg(i).arg(Paragraph);
        QTest::newRow("nominal: opening paragraphs nested apart from the body by an advert are the article's")
            << page(u"<div class=\"body\"><div><div>%1%2</div></div><div class=\"ad\"><iframe src=\"ad.html\"></iframe></div>"
                    u"<div class=\"rest\">%3</div></div>"_s.arg(numbered[0], numbered[1],
                                                              QStringList(numbered + 2, numbered + 12).join(QString())))
            << QStringList{u"Paragraph 0 of"_s, u"Paragraph 1 of"_s, u"Paragraph 11 of"_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: opening paragraphs set apart from the body by a video player are the article's")
            << page(u"<div class=\"lede-wrap\"><div class=\"lede\"><p>%1 The lede.</p><p>%1</p></div></div><div class=\"player\">"
                    u"<iframe src=\"video.html\"></iframe></div><div class=\"column\"><div class=\"text\"><p>%1</p><p>%1</p>"
                    u"<p>%1</p><p>%1</p><p>%1</p><p>%1</p><p>%1</p><p>%1 The end.</p></div></div>"_s.arg(Paragraph))
            << QStringList{u"The lede."_s, u"The end."_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: sections of one article under headings of their own stay together")
            << page(u"<div class=\"story\"><div class=\"part\"><h1>Ceasefire agreed</h1><p>%1 Opening.</p><p>%1</p></div>"
                    u"<div class=\"part\"><h2>Reactions in the capital</h2><p>%1</p><p>%1</p><p>%1 Reactions end.</p></div>"
                    u"<div class=\"part\"><h2>What comes next</h2><p>%1 Next steps.</p></div></div>"_s.arg(Paragraph))
            << QStringList{u"Opening."_s, u"Reactions end."_s, u"Reactions in the capital"_s, u"Next steps."_s}
            << QStringList{} << QStringList{};
        // Issue 14, two to five times the article: what follows it in the same wrapper.
        QString thread;
        for (int i = 1; i <= 8; ++i)
            thread += u"<div class=\"item\"><div class=\"who\"><a href=\"https://reader%1.example.net\">Reader %1</a></div>"
                      u"<div class=\"when\">2 hours ago</div><p>I doubt it will hold, because they agreed before, and "
                      u"nothing came of it, so why would this time be different, really? %2</p>"
                      u"<a href=\"#reply-%1\">Reply</a></div>"_s.arg(i).arg(Paragraph);
        QTest::newRow("nominal: a thread of comments longer than the article, named by no class, is not the article")
            << page(u"<div class=\"wrap\"><article><h1>Ceasefire agreed</h1><p>%1</p><p>%1</p><p>%1 The end.</p></article>"
                    u"<div class=\"discussion\"><h2>8 responses</h2>%2</div></div>"_s.arg(Paragraph, thread))
            << QStringList{u"The end."_s} << QStringList{u"I doubt it will hold"_s, u"Reader 3"_s} << QStringList{};
        QTest::newRow("nominal: comments in the article's own wrapper are not the article")
            << page(u"<div class=\"post\"><h1>Ceasefire agreed</h1><div class=\"entry\"><p>%1</p><p>%1</p><p>%1 The end.</p></div>"
                    u"<div class=\"responses\">%2</div></div>"_s.arg(Paragraph, thread))
            << QStringList{u"The end."_s} << QStringList{u"I doubt it will hold"_s} << QStringList{u"comments"_s};
        QString answers;
        for (int i = 1; i <= 5; ++i)
            answers += u"<div class=\"qa\"><strong>Question %1: what happens to the observers now?</strong><p>Answer %1. %2</p></div>"_s
                           .arg(i)
                           .arg(Paragraph);
        QTest::newRow("nominal: questions and answers set as items, with no link of their own, stay")
            << page(u"<article><h1>Ceasefire agreed</h1><p>%1</p><p>%1</p><div class=\"interview\">%2</div></article>"_s.arg(
                   Paragraph, answers))
            << QStringList{u"Question 5: what happens"_s, u"Answer 5."_s} << QStringList{} << QStringList{};
        QString chapters;
        for (int i = 1; i <= 3; ++i)
            chapters += u"<section><h1>Chapter %1</h1><p>%2</p><p>%2</p><p>%2 Chapter %1 ends.</p></section>"_s.arg(i).arg(Paragraph);
        QTest::newRow("nominal: chapters under headings of the headline's rank stay with the story")
            << page(u"<div class=\"story\"><section><h1>Ceasefire agreed</h1><p>%1</p><p>%1</p></section>%2</div>"_s.arg(
                   Paragraph, chapters))
            << QStringList{u"Chapter 3 ends."_s, u"Chapter 2"_s} << QStringList{} << QStringList{};
        const auto nextStory = u"<p>The central bank raised its rate by half a point, and markets, which had expected it, "
                               u"barely moved on the news.</p>"_s.repeated(6);
        QTest::newRow("nominal: the next story of an endless page, under a headline of its own, is not the article")
            << page(u"<main><article class=\"story\"><h1>Ceasefire agreed</h1><p>%1</p><p>%1</p><p>%1 The end.</p></article>"
                    u"<div class=\"next\">Next story</div><article class=\"story\"><h1>Central bank raises rates</h1>%2"
                    u"</article></main>"_s.arg(Paragraph, nextStory))
            << QStringList{u"The end."_s} << QStringList{u"central bank raised"_s} << QStringList{};
        QTest::newRow("nominal: a second story opening with a headline that links to it is not the article")
            << page(u"<main><article class=\"story\"><h1>Ceasefire agreed</h1><p>%1</p><p>%1</p><p>%1 The end.</p></article>"
                    u"<article class=\"story\"><h2><a href=\"/business/rates\">Central bank raises rates</a></h2>%2"
                    u"</article></main>"_s.arg(Paragraph, nextStory))
            << QStringList{u"The end."_s} << QStringList{u"central bank raised"_s} << QStringList{};
        QTest::newRow("nominal: a first heading that says something else than the title stays")
            << page(u"<article><h1>Envoys sign a framework in Geneva after six hours</h1><p>%1</p><p>%1 Again.</p></article>"_s.arg(
                   Paragraph))
            << QStringList{u"Envoys sign a framework"_s, Paragraph} << QStringList{} << QStringList{};
        QTest::newRow("nominal: a first heading that repeats the title in other words goes")
            << page(u"<article><h1>Ceasefire agreed in Geneva</h1><p>%1</p><p>%1 Again.</p></article>"_s.arg(Paragraph),
                    u"<meta property=\"og:title\" content=\"Geneva: ceasefire agreed, observers to return\">"_s)
            << QStringList{Paragraph} << QStringList{u"Ceasefire agreed in Geneva"_s} << QStringList{u"repeated headline"_s};
        QString chartLabels;
        for (const auto *label : {"$900", "billion", "600", "300", "0", "2019", "2020", "2021", "2022", "2023", "2024", "Debt"})
            chartLabels += u"<div class=\"layer\"><p>%1</p></div>"_s.arg(QString::fromUtf8(label));
        QTest::newRow("nominal: a chart's labels are not article text")
            << page(u"<article><p>%1</p><div class=\"graphic\"><p>Interest on the debt, in dollars</p>%2</div>"
                    u"<p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph, chartLabels))
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"billion"_s, u"2023"_s} << QStringList{};
        QTest::newRow("nominal: a skip link between the paragraphs is not article text")
            << page(u"<article><p>%1</p><div>Continue reading the main story</div>"
                    u"<p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Once more."_s} << QStringList{u"Continue reading"_s} << QStringList{u"page furniture"_s};
        QTest::newRow("nominal: a pointer to the main article on a subject is not article text")
            << page(u"<article><p>%1</p><h2>The observers</h2><div role=\"note\">Main article: <a href=\"/wiki/Observers\">"
                    u"Observer mission in Geneva</a></div><p>%1 Again.</p><p>%1 Once more.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"The observers"_s, u"Once more."_s} << QStringList{u"Main article"_s}
            << QStringList{u"related articles"_s};
        QTest::newRow("nominal: a reviewer's credit line is not article text")
            << page(u"<article><p>Reviewed by Jane Roe, MD</p><p>%1</p><p>%1 Again.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph} << QStringList{u"Reviewed by"_s} << QStringList{u"byline"_s};
        QTest::newRow("nominal: links in a data table are the table's data")
            << page(u"<article><p>%1</p><table><thead><tr><th><div>Application</div></th><th><div>Size</div></th></tr></thead>"
                    u"<tr><td><div><a href=\"/apps/atlas\">Atlas Mapper</a></div></td><td><div>12 MB</div></td></tr>"
                    u"<tr><td><div><a href=\"/apps/ledger\">Ledger Notes</a></div></td><td><div>3 MB</div></td></tr>"
                    u"</table><p>%1 Again.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"Atlas Mapper"_s, u"Ledger Notes"_s} << QStringList{} << QStringList{};
        QTest::newRow("nominal: a section heading sharing the title's words stays once the text has begun")
            << page(u"<article><p>%1</p><h2>The ceasefire agreed</h2><p>%1 Again.</p></article>"_s.arg(Paragraph))
            << QStringList{Paragraph, u"The ceasefire agreed"_s} << QStringList{} << QStringList{};
        QTest::newRow("robustness: a script never closed")
            << page(u"<p>%1</p><script>var unfinished = '<p>never</p>"_s.arg(Paragraph)) << QStringList{Paragraph}
            << QStringList{u"never"_s} << QStringList{};
    }

    void extract()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expectedInText);
        QFETCH(QStringList, absentFromText);
        QFETCH(QStringList, removedReasons);

        const auto article = HtmlExtractor().extractPage(html);
        const auto text = article.text();
        for (const auto &expected : expectedInText)
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected + u"\nin: "_s + text));
        for (const auto &absent : absentFromText)
            QVERIFY2(!text.contains(absent), qPrintable(u"kept: "_s + absent));
        QStringList reasons;
        for (const auto &fragment : article.removed) {
            reasons << fragment.reason;
            QVERIFY(fragment.beforeBlock >= 0 && fragment.beforeBlock <= article.blocks.size());
        }
        for (const auto &reason : removedReasons)
            QVERIFY2(reasons.contains(reason), qPrintable(reasons.join(u", "_s)));
        // Same input, same output.
        QCOMPARE(HtmlExtractor().extractPage(html), article);
    }

    // Lines pages repeat around articles, in the languages of resources/knowledge/boilerplate.json:
    // a byline and a date line above the text, a tag line and a "read also" list below it. The
    // text is prose of the language; everything else must go.
    void multilingualBoilerplate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QStringList>("furniture"); // byline, date, tags, marker, the marker's links

        QTest::newRow("nominal: Arabic page furniture")
            << u"ar"_s << u"قال وزير الخارجية في مؤتمر صحفي عقده في جنيف يوم الثلاثاء إن المحادثات بين الطرفين أحرزت تقدماً ملموساً، وإن الوفود ستعود إلى طاولة المفاوضات الأسبوع المقبل لبحث تبادل الأسرى وعودة المراقبين الدوليين."_s
            << QStringList{u"بقلم أحمد منصور"_s, u"نشر في 5 مارس 2024 الساعة 10:30"_s, u"الوسوم: جنيف، الأمم المتحدة"_s, u"اقرأ أيضاً"_s,
                           u"محادثات جديدة في فيينا"_s, u"وزير الخارجية يزور القاهرة"_s};
        QTest::newRow("nominal: Chinese page furniture")
            << u"zh"_s << u"外交部长星期二在日内瓦举行的记者会上表示，双方会谈取得了实质性进展，代表团将于下周重返谈判桌，继续讨论交换战俘和国际观察员返回等问题。他强调，各方应保持克制，为政治解决创造条件。"_s
            << QStringList{u"记者 王明"_s, u"发布时间：2024年03月05日 10:30"_s, u"标签：外交 日内瓦"_s, u"相关新闻"_s,
                           u"外长会晤在维也纳举行"_s, u"联合国秘书长访问开罗"_s};
        QTest::newRow("nominal: Japanese page furniture")
            << u"ja"_s << u"外務大臣は火曜日、ジュネーブで記者会見を開き、双方の協議で実質的な進展があったと述べた。代表団は来週再び交渉の席に着き、捕虜の交換や国際監視団の復帰について話し合う予定だという。"_s
            << QStringList{u"記者：山田太郎"_s, u"公開日：2024年3月5日 10時30分"_s, u"キーワード：外交、ジュネーブ"_s, u"関連記事"_s,
                           u"ウィーンで外相会談"_s, u"国連事務総長がカイロ訪問"_s};
        QTest::newRow("nominal: Russian page furniture")
            << u"ru"_s << u"Министр иностранных дел заявил во вторник на пресс-конференции в Женеве, что переговоры сторон принесли ощутимые результаты, а делегации вернутся за стол переговоров на следующей неделе, чтобы обсудить обмен пленными и возвращение наблюдателей."_s
            << QStringList{u"Автор: Иван Петров"_s, u"Опубликовано 5 марта 2024 года в 10:30"_s, u"Теги: дипломатия, Женева"_s, u"Читайте также"_s,
                           u"Переговоры в Вене продолжатся"_s, u"Генсек ООН посетит Каир"_s};
        QTest::newRow("nominal: Polish page furniture")
            << u"pl"_s << u"Minister spraw zagranicznych powiedział we wtorek na konferencji prasowej w Genewie, że rozmowy obu stron przyniosły wyraźne postępy, a delegacje wrócą do stołu negocjacyjnego w przyszłym tygodniu, aby omówić wymianę jeńców i powrót obserwatorów."_s
            << QStringList{u"Autor: Jan Kowalski"_s, u"Opublikowano: 5 marca 2024 r., godz. 10:30"_s, u"Tagi: dyplomacja, Genewa"_s, u"Czytaj też"_s,
                           u"Rozmowy w Wiedniu potrwają dłużej"_s, u"Sekretarz generalny ONZ odwiedzi Kair"_s};
        QTest::newRow("nominal: Turkish page furniture")
            << u"tr"_s << u"Dışişleri Bakanı salı günü Cenevre'de düzenlediği basın toplantısında, taraflar arasındaki görüşmelerde somut ilerleme kaydedildiğini ve heyetlerin esir takası ile gözlemcilerin dönüşünü görüşmek üzere gelecek hafta yeniden masaya oturacağını söyledi."_s
            << QStringList{u"Yazar: Ayşe Yılmaz"_s, u"Yayınlanma: 5 Mart 2024, saat 10:30"_s, u"Etiketler: diplomasi, Cenevre"_s, u"Ayrıca okuyun"_s,
                           u"Viyana'daki görüşmeler uzuyor"_s, u"BM Genel Sekreteri Kahire'yi ziyaret edecek"_s};
        QTest::newRow("nominal: German page furniture")
            << u"de"_s << u"Der Außenminister sagte am Dienstag auf einer Pressekonferenz in Genf, die Gespräche beider Seiten hätten spürbare Fortschritte gebracht, und die Delegationen würden in der kommenden Woche an den Verhandlungstisch zurückkehren, um über den Austausch von Gefangenen zu beraten."_s
            << QStringList{u"Von Anna Schmidt"_s, u"Stand: 05.03.2024, 10:30 Uhr"_s, u"Schlagwörter: Diplomatie, Genf"_s, u"Das könnte Sie auch interessieren"_s,
                           u"Gespräche in Wien ziehen sich hin"_s, u"UN-Generalsekretär reist nach Kairo"_s};
        QTest::newRow("nominal: Spanish page furniture")
            << u"es"_s << u"El ministro de Asuntos Exteriores afirmó el martes en una rueda de prensa en Ginebra que las conversaciones entre ambas partes habían logrado avances concretos y que las delegaciones volverán a la mesa de negociación la próxima semana."_s
            << QStringList{u"Por María López"_s, u"Actualizado el 5 de marzo de 2024 a las 10:30"_s, u"Etiquetas: diplomacia, Ginebra"_s, u"Noticias relacionadas"_s,
                           u"Las conversaciones en Viena se alargan"_s, u"El secretario general de la ONU viajará a El Cairo"_s};
        QTest::newRow("nominal: Portuguese page furniture")
            << u"pt"_s << u"O ministro dos Negócios Estrangeiros afirmou na terça-feira, numa conferência de imprensa em Genebra, que as conversações entre as duas partes registaram progressos concretos e que as delegações voltarão à mesa na próxima semana."_s
            << QStringList{u"Por João Silva"_s, u"Atualizado em 5 de março de 2024 às 10:30"_s, u"Tags: diplomacia, Genebra"_s, u"Leia também"_s,
                           u"Conversações em Viena prolongam-se"_s, u"Secretário-geral da ONU visita o Cairo"_s};
        QTest::newRow("nominal: Italian page furniture")
            << u"it"_s << u"Il ministro degli Esteri ha dichiarato martedì in una conferenza stampa a Ginevra che i colloqui tra le due parti hanno registrato progressi concreti e che le delegazioni torneranno al tavolo dei negoziati la prossima settimana."_s
            << QStringList{u"Di Marco Rossi"_s, u"Aggiornato il 5 marzo 2024 alle ore 10:30"_s, u"Argomenti: diplomazia, Ginevra"_s, u"Leggi anche"_s,
                           u"I colloqui di Vienna si allungano"_s, u"Il segretario generale dell'ONU al Cairo"_s};
        QTest::newRow("nominal: French page furniture")
            << u"fr"_s << u"Le ministre des Affaires étrangères a déclaré mardi lors d'une conférence de presse à Genève que les discussions entre les deux parties avaient enregistré des progrès concrets et que les délégations reviendraient à la table la semaine prochaine."_s
            << QStringList{u"Par Claire Martin"_s, u"Mis à jour le 5 mars 2024 à 10 h 30"_s, u"Mots-clés : diplomatie, Genève"_s, u"Sur le même sujet"_s,
                           u"Les discussions de Vienne se prolongent"_s, u"Le secrétaire général de l'ONU au Caire"_s};
    }

    void multilingualBoilerplate()
    {
        QFETCH(QString, language);
        QFETCH(QString, paragraph);
        QFETCH(QStringList, furniture);
        QString links;
        for (const auto &link : furniture.mid(4))
            links += u"<p><a href=\"/%1\">%2</a></p>"_s.arg(links.size()).arg(link);
        const auto html = u"<!DOCTYPE html><html lang=\"%1\"><head><title>%2</title></head><body><article>"
                          u"<p>%3</p><p>%4</p><p>%6</p><p>%6</p><p>%6</p><p>%6</p><p>%5</p><p>%7</p>%8</article></body></html>"_s
                              .arg(language, u"Talks resume"_s, furniture.at(0), furniture.at(1), furniture.at(2), paragraph,
                                   furniture.at(3), links);
        const auto text = HtmlExtractor().extractPage(html).text();
        QVERIFY2(text.contains(paragraph), qPrintable(text));
        for (const auto &line : std::as_const(furniture))
            QVERIFY2(!text.contains(line), qPrintable(u"kept: "_s + line + u"\nin: "_s + text));
    }

    void blocks()
    {
        const auto article = HtmlExtractor().extractPage(page(articleBody()));
        QList<BlockKind> kinds;
        for (const auto &block : article.blocks)
            kinds << block.kind;
        QVERIFY(kinds.contains(BlockKind::Heading));
        QVERIFY(kinds.contains(BlockKind::ListItem));
        QVERIFY(kinds.contains(BlockKind::Quote));
        QVERIFY(kinds.contains(BlockKind::Caption));
        for (const auto &block : article.blocks)
            if (block.text == u"Reactions"_s)
                QCOMPARE(block.level, 2);
        // The headline is the title, not the first line of the body.
        QVERIFY(!article.blocks.isEmpty());
        QVERIFY(article.blocks.first().text != u"Ceasefire agreed"_s);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("published");
        QTest::addColumn<int>("dateSource");

        QTest::newRow("nominal: Open Graph and article meta")
            << u"<meta property=\"og:title\" content=\"Ceasefire agreed in Geneva\">"
               u"<meta property=\"og:site_name\" content=\"The Courier\"><meta name=\"author\" content=\"Ana Lima\">"
               u"<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"_s
            << u"<p>%1</p>"_s.arg(Paragraph) << u"Ceasefire agreed in Geneva"_s << u"Ana Lima"_s << u"The Courier"_s
            << u"2024-03-05T10:00:00Z"_s << int(DateSource::Metadata);
        QTest::newRow("nominal: JSON-LD NewsArticle")
            << u"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
               u"\"headline\":\"Talks resume\",\"datePublished\":\"2024-03-06T08:30:00+01:00\","
               u"\"author\":[{\"@type\":\"Person\",\"name\":\"Omar Haddad\"}],"
               u"\"publisher\":{\"@type\":\"Organization\",\"name\":\"Gazette\"}}</script>"_s
            << u"<p>%1</p>"_s.arg(Paragraph) << u"Talks resume"_s << u"Omar Haddad"_s << u"Gazette"_s
            << u"2024-03-06T08:30:00+01:00"_s << int(DateSource::JsonLd);
        QTest::newRow("nominal: title tag without site suffix, time element, byline in page")
            << QString()
            << u"<article><p class=\"byline\">By Jane Roe</p><time datetime=\"2024-01-02\">2 January</time><p>%1</p></article>"_s.arg(Paragraph)
            << u"Ceasefire agreed"_s << u"By Jane Roe"_s << QString() << u"2024-01-02T00:00:00"_s
            << int(DateSource::TimeElement);
    }

    void metadata()
    {
        QFETCH(QString, head);
        QFETCH(QString, body);
        QFETCH(QString, title);
        QFETCH(QString, byline);
        QFETCH(QString, source);
        QFETCH(QString, published);
        QFETCH(int, dateSource);

        const auto article = HtmlExtractor().extractPage(page(body, head));
        QCOMPARE(article.title, title);
        QCOMPARE(article.byline, byline);
        QCOMPARE(article.source, source);
        QCOMPARE(article.published.toString(Qt::ISODate), published);
        QCOMPARE(int(article.publishedSource), dateSource);
        QCOMPARE(article.language, u"en"_s);
        QVERIFY(!article.text().contains(u"Jane Roe"_s));
    }

    void deepNesting()
    {
        // 100 000 nested divs must neither overflow the stack nor take long.
        QString html = u"<html><body>"_s;
        html.reserve(1'200'000);
        for (int i = 0; i < 100'000; ++i)
            html += u"<div>"_s;
        html += Paragraph;
        // The article's paragraph is still read, from the page and from the fragment alike.
        const auto article = HtmlExtractor().extractPage(html);
        QVERIFY2(article.text().contains(Paragraph.left(40)), qPrintable(article.text().left(200)));
        const auto blocks = HtmlExtractor().extractFragment(html);
        QVERIFY(std::any_of(blocks.begin(), blocks.end(), [](const Block &block) { return block.text.contains(Paragraph.left(40)); }));
    }

    // Opening tags whose closing tag never comes, by the hundred thousand: cutting script and
    // drawing bodies must stay linear (a quadratic search would take minutes here).
    void unclosedRawTextElements()
    {
        QString html = u"<html><body><article><p>"_s + Paragraph + u"</p>"_s;
        html.reserve(3'000'000);
        for (int i = 0; i < 100'000; ++i)
            html += u"<svg><g></svg><svg>"_s;
        for (int i = 0; i < 100'000; ++i)
            html += u"<script x><style>"_s;
        const auto article = HtmlExtractor().extractPage(html);
        QVERIFY(article.text().contains(Paragraph));
    }

    void documentBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const auto html = page(u"<p>Genève, Zürich — 和平.</p>"_s + articleBody());
        QTest::newRow("nominal: UTF-8 bytes are read as they are") << html.toUtf8() << u"UTF-8"_s;
        QTest::newRow("nominal: UTF-8 with a byte order mark") << QByteArray("\xEF\xBB\xBF" + html.toUtf8())
                                                              << u"UTF-8"_s;
        QTest::newRow("robustness: invalid UTF-8 falls back to the decoded text")
            << QByteArray(html.toUtf8() + "\xC3") << u"UTF-8"_s;
        QTest::newRow("nominal: another encoding uses the decoded text") << html.toLatin1() << u"windows-1252"_s;
    }

    // Reading the page's bytes directly must give what the decoded text gives.
    void documentBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        SourceDocument document;
        document.bytes = bytes;
        document.encoding = encoding;
        document.text = page(u"<p>Genève, Zürich — 和平.</p>"_s + articleBody());
        const auto fromDocument = HtmlExtractor().extract(document);
        const auto fromText = HtmlExtractor().extractPage(document.text);
        QVERIFY(fromDocument.text().contains(u"Genève, Zürich — 和平."_s));
        QCOMPARE(fromDocument.text(), fromText.text());
        QCOMPARE(fromDocument.title, fromText.title);
    }

    // The reader leaves a UTF-8 page undecoded; the extractor reads its bytes and gives the same.
    void undecodedPage()
    {
        const auto bytes = page(u"<p>Genève, Zürich — 和平.</p>"_s + articleBody()).toUtf8();
        const auto read = SourceReader::fromBytes(u"page.html"_s, bytes, {});
        QVERIFY(read.document);
        QCOMPARE(read.document->format, SourceFormat::Html);
        QCOMPARE(read.document->encoding, u"UTF-8"_s);
        QVERIFY(read.document->text.isEmpty());
        const auto fromBytes = HtmlExtractor().extract(*read.document);
        const auto fromText = HtmlExtractor().extractPage(QString::fromUtf8(bytes));
        QCOMPARE(fromBytes.text(), fromText.text());
        QCOMPARE(fromBytes.title, fromText.title);
    }

    // A saved page keeps its legacy meta charset over the UTF-8 it was written in: the reader
    // leaves it undecoded, and the parser must not follow the declaration either.
    void declaredLegacyCharset_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("paragraph");
        QTest::newRow("nominal: Chinese under GB2312")
            << u"gb2312"_s << u"外交部发言人今天表示，中方欢迎双方恢复会谈，并愿意继续发挥建设性作用。"_s;
        QTest::newRow("nominal: Japanese under Shift_JIS")
            << u"Shift_JIS"_s << u"外務省の報道官は、双方が協議を再開したことを歓迎すると述べた。"_s;
        QTest::newRow("nominal: Russian under windows-1251")
            << u"windows-1251"_s << u"Министр иностранных дел заявил, что переговоры возобновятся в Женеве."_s;
        QTest::newRow("nominal: Arabic under windows-1256")
            << u"windows-1256"_s << u"قال وزير الخارجية، إن المحادثات ستستأنف في جنيف الأسبوع المقبل."_s;
    }

    void declaredLegacyCharset()
    {
        QFETCH(QString, charset);
        QFETCH(QString, paragraph);
        const auto bytes = page(u"<article><p>%1</p><p>%1</p><p>%1</p></article>"_s.arg(paragraph),
                                u"<meta charset=\"%1\">"_s.arg(charset))
                               .toUtf8();
        const auto read = SourceReader::fromBytes(u"page.html"_s, bytes, {});
        QVERIFY(read.document);
        QCOMPARE(read.document->encoding, u"UTF-8"_s);
        QVERIFY(read.document->warnings.isEmpty());
        const auto article = HtmlExtractor().extract(*read.document);
        QVERIFY2(article.text().contains(paragraph), qPrintable(article.text().left(300)));
    }

    void fragment()
    {
        const auto blocks = HtmlExtractor().extractFragment(
            u"<p>First.</p><ul><li>One</li><li>Two</li></ul><script>x()</script><p>Last<br>line.</p>"_s);
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(0).text, u"First."_s);
        QCOMPARE(blocks.at(1).kind, BlockKind::ListItem);
        QCOMPARE(blocks.at(3).text, u"Last\nline."_s);
        QVERIFY(HtmlExtractor().extractFragment(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(HtmlExtractorTest)
#include "htmlextractor_test.moc"
