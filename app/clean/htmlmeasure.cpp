// Pass 1 of the HTML extractor: what is dropped, and the measure of the rest.

#include "clean/htmlpage.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache::HtmlDetail {

// --- Pass 1: dropping and measuring -----------------------------------------------------------

QString PageAnalysis::unlikelyReason(xmlNode *node, const std::string &signals) const
{
    const auto name = nameOf(node);
    const auto role = lower(attribute(node, "role"));
    if (name == "nav" || role == "navigation" || role == "menu" || role == "menubar"
        || containsAny(signals, {"breadcrumb", "menu", "navbar", "navigation", "pagination", "pager"})
        || hasToken(signals, {"nav"}))
        return u"navigation"_s;
    if (containsAny(signals, {"comment", "disqus", "replies", "respond"}))
        return u"comments"_s;
    if (containsAny(signals, {"cookie", "consent", "gdpr"}))
        return u"cookie banner"_s;
    if (containsAny(signals, {"related", "recommend", "more-stories", "outbrain", "taboola", "most-popular",
                              "mostpopular", "trending", "read-more", "readmore", "more-from", "also-read"}))
        return u"related articles"_s;
    // "social-media-embed" holds a quoted post, which is part of the article.
    if (containsAny(signals, {"share", "social", "sharing"}) && !contains(signals, "embed"))
        return u"share buttons"_s;
    if (containsAny(signals, {"newsletter", "subscribe", "signup", "sign-up", "paywall", "registration"}))
        return u"newsletter signup"_s;
    if (name == "aside" || role == "complementary" || containsAny(signals, {"sidebar", "side-bar", "rail", "widget"}))
        return u"sidebar"_s;
    if (name == "footer" || role == "contentinfo" || contains(signals, "footer"))
        return u"footer"_s;
    if (role == "banner" || containsAny(signals, {"masthead", "header", "topbar"}))
        return u"header"_s;
    if (hasToken(signals, {"ad", "ads", "advert", "advertisement", "adslot", "dfp"})
        || containsAny(signals, {"sponsor", "promo", "banner", "skyscraper", "shoutbox", "ad-break"}))
        return u"advertisement"_s;
    if (role == "dialog" || role == "alertdialog" || containsAny(signals, {"popup", "modal", "agegate"}))
        return u"pop-up"_s;
    if (hasToken(signals, {"tags", "tag", "topics", "keywords"}))
        return u"tags"_s;
    if (containsAny(signals, {"gallery", "slideshow", "carousel", "lightbox"}))
        return u"image gallery"_s;
    return {};
}

// A link to another page of this site: relative, or to the page's own site.
bool PageAnalysis::isSiteLink(Name href) const
{
    while (!href.empty() && isSpace(static_cast<unsigned char>(href.front())))
        href.remove_prefix(1);
    if (href.empty() || href.front() == '#')
        return false;
    const auto colon = href.find(':');
    const auto slash = href.find('/');
    if (href.starts_with("//") || (colon != Name::npos && (slash == Name::npos || colon < slash)))
        return !m_siteName.empty() && siteNameOf(href) == m_siteName; // absolute (or mailto:, javascript:)
    return true;
}

int PageAnalysis::classWeight(xmlNode *node) const
{
    if (!m_flags.weighClasses)
        return 0;
    int weight = 0;
    for (const char *attributeName : {"class", "id"}) {
        const auto value = lower(attribute(node, attributeName));
        if (value.empty())
            continue;
        if (containsAny(value, {"comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
                                "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                                "skyscraper", "sponsor", "shopping", "tags", "widget", "banner", "combx", "-ad-",
                                "hidden"})
            || hasToken(value, {"hid"}))
            weight -= 25;
        if (containsAny(value, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                                "pagination", "post", "text", "blog", "story"}))
            weight += 25;
    }
    return weight;
}


namespace {

// Whether a subtree holds at least `wanted` paragraphs of prose (80 characters or more), the
// count stopping as soon as it is reached.
bool holdsProse(const xmlNode *node, int wanted, int depth)
{
    int found = 0;
    auto visit = [&](auto &self, const xmlNode *current, int level) -> void {
        for (auto *child = current->children; child && found < wanted; child = child->next) {
            if (child->type != XML_ELEMENT_NODE || level >= HtmlExtractor::MaximumDepth)
                continue;
            const auto childName = nameOf(child);
            if (childName == "p") {
                int length = 0;
                auto count = [&](auto &countSelf, const xmlNode *inner) -> void {
                    for (auto *n = inner->children; n && length < 80; n = n->next) {
                        if (n->type == XML_TEXT_NODE && n->content)
                            length += int(std::strlen(reinterpret_cast<const char *>(n->content)));
                        else if (n->type == XML_ELEMENT_NODE && !isSkippedName(nameOf(n)))
                            countSelf(countSelf, n);
                    }
                };
                count(count, child);
                if (length >= 80)
                    ++found;
            } else if (!isSkippedName(childName)) {
                self(self, child, level + 1);
            }
        }
    };
    visit(visit, node, depth);
    return found >= wanted;
}

bool isProbablyHidden(xmlNode *node)
{
    if (hasAttribute(node, "hidden"))
        return true;
    // Bootstrap's "d-none" hides an element on screen unless a wider screen shows it again
    // ("d-none d-md-block"); "d-none d-print-block" is for print only.
    const auto classes = attribute(node, "class");
    auto isClass = [&classes](std::size_t at, std::size_t size) {
        return (at == 0 || isSpace(static_cast<unsigned char>(classes[at - 1])))
            && (at + size == classes.size() || isSpace(static_cast<unsigned char>(classes[at + size])));
    };
    bool hasDisplayNone = false;
    for (auto at = classes.find("d-none"); at != Name::npos && !hasDisplayNone; at = classes.find("d-none", at + 1))
        hasDisplayNone = isClass(at, 6);
    if (hasDisplayNone) {
        bool isShownSomewhere = false;
        for (const Name size : {"d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-"})
            for (auto at = classes.find(size); at != std::string::npos && !isShownSomewhere; at = classes.find(size, at + 1))
                isShownSomewhere = classes.compare(at + size.size(), 4, "none") != 0;
        if (!isShownSomewhere)
            return true;
    }
    if (attribute(node, "aria-hidden") == "true" && !contains(lower(attribute(node, "class")), "fallback-image"))
        return true;
    const auto style = attribute(node, "style");
    if (!style.empty()) {
        auto compact = lower(style);
        compact.erase(std::remove_if(compact.begin(), compact.end(), [](char c) { return isSpace(static_cast<unsigned char>(c)); }),
                      compact.end());
        if (contains(compact, "display:none") || contains(compact, "visibility:hidden"))
            return true;
    }
    return false;
}

} // namespace

void PageAnalysis::analyse(xmlNode *node, int depth, bool insideTableOrCode)
{
    m_infos.push_back(NodeInfo{});
    const auto index = m_infos.size() - 1;
    node->_private = reinterpret_cast<void *>(quintptr(index + 1));
    m_infos[index].node = node;
    m_infos[index].depth = depth;
    const auto name = nameOf(node);

    auto drop = [&](const QString &reason) {
        m_infos[index].isDropped = true;
        m_infos[index].dropReason = reason;
    };
    if (isSkippedName(name)) {
        if (isOneOf(name, {"iframe", "object", "embed", "video"}))
            m_infos[index].embeds = 1;
        if (name == "input")
            m_infos[index].inputs = 1;
        drop({});
        return;
    }
    if (isProbablyHidden(node)) {
        drop({});
        return;
    }
    if (!m_keepAll && node != m_body) {
        std::string signals = lower(attribute(node, "class"));
        signals += ' ';
        signals += lower(attribute(node, "id"));
        // A tooltip's box nested in its trigger ("<span class=tooltip>word<span class=tooltip-text>…")
        // shows only on hover: the word is text, the box (a person's card, a definition) is not.
        static constexpr std::initializer_list<Name> popupSignals{"tooltip", "popover", "rollover", "hovercard"};
        auto followsTrigger = [node] {
            for (auto *sibling = node->prev; sibling; sibling = sibling->prev)
                if (sibling->type == XML_ELEMENT_NODE
                    || (sibling->type == XML_TEXT_NODE && sibling->content
                        && !simplifiedText(reinterpret_cast<const char *>(sibling->content)).isEmpty()))
                    return true;
            return false;
        };
        if (name != "a" && containsAny(signals, popupSignals) && node->parent && node->parent->type == XML_ELEMENT_NODE
            && containsAny(lower(attribute(node->parent, "class")), popupSignals) && followsTrigger()) {
            drop(u"pop-up"_s);
            return;
        }
        // A byline inside the page is metadata, not article text.
        const bool isBylineNode = (lower(attribute(node, "rel")) == "author"
                                   || contains(lower(attribute(node, "itemprop")), "author")
                                   || containsAny(signals, {"byline", "dateline", "writtenby", "p-author"}));
        if (isBylineNode && name != "body" && name != "article" && name != "main") {
            std::string text;
            collectText(node, text, depth);
            const auto simplified = simplifiedText(text);
            // Only the first: a page listing several authors' lines keeps the others as text.
            if (!simplified.isEmpty() && simplified.size() < 100 && m_bylineText.isEmpty()) {
                m_bylineText = simplified;
                drop(u"byline"_s);
                return;
            }
        }
        // A <nav> element says what it is whatever the attempt: the later attempts, which trust no
        // class names, still leave the site's menus and breadcrumbs out (unless one holds prose).
        if (!m_flags.stripUnlikely && name == "nav" && !holdsProse(node, 2, depth)) {
            drop(u"navigation"_s);
            return;
        }
        if (m_flags.stripUnlikely && !insideTableOrCode && name != "a" && name != "html" && name != "body"
            && name != "article" && name != "main") {
            const auto role = lower(attribute(node, "role"));
            const bool isUnlikelyTag = isOneOf(name, {"nav", "aside", "footer"});
            const bool isUnlikelyRole = isOneOf(role, {"menu", "menubar", "complementary", "navigation", "alert",
                                                       "alertdialog", "dialog"});
            bool isUnlikely = isUnlikelyTag || isUnlikelyRole;
            if (!isUnlikely && signals.size() > 1) {
                const auto reason = unlikelyReason(node, signals);
                isUnlikely = !reason.isEmpty()
                    && !containsAny(signals, {"and", "article", "body", "column", "content", "main", "mathjax",
                                              "shadow"})
                    && reason != u"tags"_s;
            }
            if (isUnlikely) {
                const auto reason = unlikelyReason(node, signals);
                // A page header never holds the article's prose: a "header" wrapper around many
                // paragraphs is markup the parser nested wrongly (an unclosed element), not a header.
                if (reason != u"header"_s || !holdsProse(node, 5, depth)) {
                    drop(reason.isEmpty() ? u"page furniture"_s : reason);
                    return;
                }
            }
        }
    }

    const bool childInsideTableOrCode = insideTableOrCode || isOneOf(name, {"table", "code", "pre"});
    int length = 0, commas = 0;
    double linkLength = 0;
    int paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0, headingLength = 0, listLength = 0;
    int linkedHeadingLength = 0, siteLinkLength = 0;
    bool hasBlockChild = false;
    int runLength = 0, runCommas = 0;
    bool endsInSpace = true;
    bool hasDataMarkers = false;
    // Children shaped like teasers, with what they added to the lists of paragraphs to score.
    struct Teaser
    {
        xmlNode *node;
        std::size_t toScoreBegin, toScoreEnd, virtualBegin, virtualEnd;
    };
    std::vector<Teaser> teasers;
    int blockChildren = 0;

    for (auto *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (!child->content)
                continue;
            int childLength = 0, childCommas = 0;
            measureText(reinterpret_cast<const char *>(child->content), childLength, childCommas, endsInSpace);
            length += childLength;
            commas += childCommas;
            runLength += childLength;
            runCommas += childCommas;
            continue;
        }
        if (!isElement(child))
            continue;
        if (depth + 1 >= HtmlExtractor::MaximumDepth) {
            m_depthLimitHit = true;
            continue;
        }
        const auto toScoreBegin = m_toScore.size();
        const auto virtualBegin = m_virtualParagraphs.size();
        analyse(child, depth + 1, childInsideTableOrCode);
        const auto &stats = m_infos[std::size_t(reinterpret_cast<quintptr>(child->_private) - 1)];
        if (stats.isTeaserShaped)
            teasers.push_back({child, toScoreBegin, m_toScore.size(), virtualBegin, m_virtualParagraphs.size()});
        const auto childName = nameOf(child);
        inputs += stats.inputs;
        embeds += stats.embeds;
        if (stats.isDropped)
            continue;
        length += stats.textLength;
        commas += stats.commas;
        linkLength += stats.linkLength;
        paragraphs += stats.paragraphs;
        images += stats.images;
        listItems += stats.listItems;
        headingLength += stats.headingLength;
        linkedHeadingLength += stats.linkedHeadingLength;
        siteLinkLength += stats.siteLinkLength;
        listLength += stats.listLength;
        if (stats.textLength > 0)
            endsInSpace = false;
        if (isBlockName(childName)) {
            hasBlockChild = true;
            if (stats.textLength > 0)
                ++blockChildren;
            if (runLength > 0 && !isOneOf(name, {"p", "td", "pre", "li"}))
                m_virtualParagraphs.push_back({node, runLength, runCommas});
            runLength = runCommas = 0;
        } else {
            runLength += stats.textLength;
            runCommas += stats.commas;
        }
        if (name == "table" || isOneOf(name, {"tbody", "thead", "tfoot"})) {
            if (isOneOf(childName, {"thead", "tfoot", "caption", "colgroup"}))
                hasDataMarkers = true;
        }
    }

    // Three or more teasers side by side are a list of other stories ("more in this section",
    // a stream of recommendations): a reader of this article does not want them, and their
    // blurbs must not pull the choice of the article's container towards them.
    if (!m_keepAll && m_dropTeasers && teasers.size() >= 3 && teasers.size() * 2 >= std::size_t(blockChildren)) {
        for (const auto &teaser : teasers) {
            auto &stats = *info(teaser.node);
            stats.isDropped = true;
            stats.dropReason = u"related articles"_s;
            length -= stats.textLength;
            commas -= stats.commas;
            linkLength -= stats.linkLength;
            paragraphs -= stats.paragraphs;
            images -= stats.images;
            listItems -= stats.listItems;
            headingLength -= stats.headingLength;
            linkedHeadingLength -= stats.linkedHeadingLength;
            siteLinkLength -= stats.siteLinkLength;
            listLength -= stats.listLength;
        }
        // What the teasers added to the paragraphs to score goes: each teaser's entries are
        // one run at the end of the lists, in document order.
        auto compact = [&](auto &list, auto begin, auto end) {
            std::size_t out = begin(teasers.front());
            std::size_t t = 0;
            for (std::size_t i = out; i < list.size(); ++i) {
                while (t < teasers.size() && i >= end(teasers[t]))
                    ++t;
                if (t < teasers.size() && i >= begin(teasers[t]))
                    continue;
                list[out++] = list[i];
            }
            list.resize(out);
        };
        compact(m_toScore, [](const Teaser &t) { return t.toScoreBegin; }, [](const Teaser &t) { return t.toScoreEnd; });
        compact(m_virtualParagraphs, [](const Teaser &t) { return t.virtualBegin; },
                [](const Teaser &t) { return t.virtualEnd; });
    }

    auto &self = m_infos[index];
    self.textLength = length;
    self.commas = commas;
    self.linkLength = linkLength;
    self.paragraphs = paragraphs + (name == "p" ? 1 : 0);
    self.images = images + (name == "img" ? 1 : 0);
    self.listItems = listItems + (name == "li" ? 1 : 0);
    self.inputs = inputs;
    self.embeds = embeds;
    self.headingLength = isHeadingName(name) ? length : headingLength;
    self.siteLinkLength = siteLinkLength;
    if (name == "a")
        self.siteLinkLength = isSiteLink(attribute(node, "href")) ? length : 0;
    // A headline that links to another page of the same site: links away (a shop, a source) are
    // an article's own references, as in a list of recommended books or products, and in-page
    // links (a table of contents' targets) leave a heading a heading.
    self.linkedHeadingLength = isHeadingName(name) ? (length > 0 && self.siteLinkLength >= 0.8 * length ? length : 0)
                                                   : linkedHeadingLength;
    // A card's link often wraps its headline ("<a href=…><img><h3>…</h3></a>"), and some cards set
    // the headline as a paragraph that is nothing but the link: both are linked headlines.
    if (name == "a" && self.siteLinkLength > 0)
        self.linkedHeadingLength = std::max(self.linkedHeadingLength, headingLength);
    else if (name == "p" && length >= 15 && self.siteLinkLength >= 0.8 * length)
        self.linkedHeadingLength = length;
    self.listLength = isOneOf(name, {"ul", "ol"}) ? length : listLength;
    if (name == "a") {
        const auto href = attribute(node, "href");
        // In-page links (footnotes, tables of contents) count less than links away.
        self.linkLength = (!href.empty() && href[0] == '#') ? length * 0.3 : length;
    }
    if (name == "tr") {
        int cells = 0;
        for (auto *child = node->children; child; child = child->next)
            if (isOneOf(nameOf(child), {"td", "th"})) {
                ++cells;
                if (nameOf(child) == "th")
                    hasDataMarkers = true;
            }
        self.isDataTable = hasDataMarkers; // carried up to the table below, then reset
        self.score = cells; // rows record their width here until the table reads it
    }
    if (name == "table") {
        int rows = 0, columns = 0;
        bool hasHeaderCells = hasDataMarkers || hasAttribute(node, "summary");
        bool hasNestedTable = false;
        for (auto *child = node->children; child; child = child->next) {
            auto visitRow = [&](xmlNode *row) {
                if (auto *rowInfo = info(row); rowInfo && nameOf(row) == "tr") {
                    ++rows;
                    columns = std::max(columns, int(rowInfo->score));
                    rowInfo->score = 0;
                    hasHeaderCells = hasHeaderCells || rowInfo->isDataTable;
                    rowInfo->isDataTable = false;
                }
            };
            if (isOneOf(nameOf(child), {"tbody", "thead", "tfoot"})) {
                hasHeaderCells = hasHeaderCells || nameOf(child) != "tbody";
                for (auto *row = child->children; row; row = row->next)
                    visitRow(row);
            } else {
                visitRow(child);
            }
        }
        for (auto *ancestor = node->parent; ancestor && ancestor != m_body; ancestor = ancestor->parent)
            if (nameOf(ancestor) == "table")
                hasNestedTable = true;
        const auto role = lower(attribute(node, "role"));
        const bool isLayout = role == "presentation" || attribute(node, "datatable") == "0" || hasNestedTable;
        self.isDataTable = !isLayout
            && (hasHeaderCells || rows >= 10 || columns > 4 || rows * columns > 10);
    }

    if (m_keepAll)
        return;
    // A linked headline with at most a short blurb, a kicker or a credit: a teaser for another page.
    self.isTeaserShaped = isOneOf(name, {"li", "article", "div", "section"}) && self.linkedHeadingLength >= 15
        && self.textLength <= 600 && self.textLength - self.linkedHeadingLength <= 350;
    // Paragraph-like elements are what gets scored; a div or section with only inline content
    // counts as a paragraph, and inline runs beside blocks count as paragraphs of their parent.
    if (isOneOf(name, {"p", "td", "pre"}) || (isHeadingName(name) && name != "h1")) {
        m_toScore.push_back(node);
    } else if (isOneOf(name, {"div", "section", "article", "main", "center", "span"})) {
        if (!hasBlockChild && name != "span") {
            self.isParagraphLike = true;
            m_toScore.push_back(node);
        } else if (runLength > 0 && name != "span") {
            m_virtualParagraphs.push_back({node, runLength, runCommas});
        }
    }
}

} // namespace Attache::HtmlDetail
