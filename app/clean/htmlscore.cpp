// Pass 2 of the HTML extractor: scoring candidates and picking the content.

#include "clean/boilerplatewords.h"
#include "clean/htmlpage.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache::HtmlDetail {

// --- Pass 2: scoring --------------------------------------------------------------------------

void PageAnalysis::initialiseScore(NodeInfo &node)
{
    if (node.isScored)
        return;
    node.isScored = true;
    const auto name = nameOf(node.node);
    double score = 0;
    if (name == "div" || name == "article" || name == "main" || name == "section")
        score += 5;
    else if (isOneOf(name, {"pre", "td", "blockquote"}))
        score += 3;
    else if (isOneOf(name, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
        score -= 3;
    else if (isHeadingName(name) || name == "th")
        score -= 5;
    node.score = score + classWeight(node.node);
}

void PageAnalysis::scoreParagraph(xmlNode *parent, int length, int commas)
{
    if (length < 25 || !parent)
        return;
    const double contentScore = 1 + (commas + 1) + std::min(length / 100, 3);
    int level = 0;
    for (auto *ancestor = parent; ancestor && level < 5; ancestor = ancestor->parent, ++level) {
        if (!isElement(ancestor) || !isElement(ancestor->parent))
            return;
        auto *ancestorInfo = info(ancestor);
        if (!ancestorInfo || ancestorInfo->isDropped)
            return;
        initialiseScore(*ancestorInfo);
        const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        ancestorInfo->score += contentScore / divider;
    }
}

QList<xmlNode *> PageAnalysis::selectContent()
{
    for (auto *node : m_toScore) {
        const auto *nodeInfo = info(node);
        if (nodeInfo->isDropped)
            continue;
        scoreParagraph(node->parent, nodeInfo->textLength, nodeInfo->commas);
        if (nodeInfo->isParagraphLike) {
            // Readability turns such a div into a <p>: it is scored as its own parent too.
        }
    }
    for (const auto &paragraph : m_virtualParagraphs)
        scoreParagraph(paragraph.parent, paragraph.length, paragraph.commas);

    std::vector<NodeInfo *> candidates;
    for (auto &node : m_infos) {
        if (!node.isScored || node.isDropped)
            continue;
        node.score *= 1 - linkDensity(node);
        candidates.push_back(&node);
    }
    // Stable: equal scores keep document order, so the result never depends on chance.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const NodeInfo *a, const NodeInfo *b) { return a->score > b->score; });
    if (candidates.empty() || candidates.front()->node == m_body)
        return {m_body};

    NodeInfo *top = candidates.front();
    // When several strong candidates share an ancestor, the article is that ancestor.
    std::vector<std::vector<xmlNode *>> alternatives;
    for (std::size_t i = 1; i < std::min<std::size_t>(candidates.size(), 5); ++i) {
        if (top->score > 0 && candidates[i]->score / top->score >= 0.75) {
            std::vector<xmlNode *> ancestors;
            for (auto *a = candidates[i]->node->parent; a && isElement(a); a = a->parent)
                ancestors.push_back(a);
            alternatives.push_back(std::move(ancestors));
        }
    }
    if (alternatives.size() >= 3) {
        for (auto *parent = top->node->parent; parent && parent != m_body && isElement(parent); parent = parent->parent) {
            int containing = 0;
            for (const auto &list : alternatives)
                if (std::find(list.begin(), list.end(), parent) != list.end())
                    ++containing;
            if (containing >= 3) {
                if (auto *parentInfo = info(parent)) {
                    initialiseScore(*parentInfo);
                    top = parentInfo;
                }
                break;
            }
        }
    }
    // Paragraphs that read as article text, to tell what a wider container would add; text
    // blocks written as divs count for climbing but not for widening.
    std::vector<std::pair<xmlNode *, int>> prose;
    std::vector<std::pair<xmlNode *, int>> proseBlocks;
    for (auto *node : m_toScore) {
        const auto *nodeInfo = info(node);
        if (nodeInfo->isDropped || nodeInfo->textLength < 80 || linkDensity(*nodeInfo) >= 0.25)
            continue;
        if (nameOf(node) == "p")
            prose.emplace_back(node, nodeInfo->textLength);
        if (nameOf(node) == "p" || nodeInfo->isParagraphLike)
            proseBlocks.emplace_back(node, nodeInfo->textLength);
    }
    auto proseUnder = [](const std::vector<std::pair<xmlNode *, int>> &list, const xmlNode *root) {
        long total = 0;
        for (const auto &[node, length] : list)
            for (const xmlNode *a = node; a; a = a->parent)
                if (a == root) {
                    total += length;
                    break;
                }
        return total;
    };
    // Climb while the parent scores better: the article often spreads over a wrapper. A parent
    // that scores better without holding more prose owes its score to its class or to widgets
    // (a video player's menus, comment forms): the article is not there. A parent holding a
    // fifth more prose is climbed to even when it scores less: the text of the article goes
    // on in another wrapper, whose paragraphs count for little this far up.
    {
        const long topProse = proseUnder(proseBlocks, top->node);
        double lastScore = top->score;
        const double threshold = lastScore / 3;
        for (auto *parent = top->node->parent; parent && parent != m_body && isElement(parent); parent = parent->parent) {
            auto *parentInfo = info(parent);
            if (!parentInfo || !parentInfo->isScored)
                continue;
            if (parentInfo->score < threshold)
                break;
            const long parentProse = proseUnder(proseBlocks, parent);
            const bool scoresBetter = parentInfo->score > lastScore && (topProse == 0 || parentProse > topProse);
            const bool holdsMoreProse = topProse > 0 && parentProse * 5 >= topProse * 6;
            if (scoresBetter || holdsMoreProse) {
                top = parentInfo;
                break;
            }
            lastScore = parentInfo->score;
        }
    }
    for (;;) {
        auto *parent = top->node->parent;
        if (!parent || parent == m_body || !isElement(parent))
            break;
        int elementChildren = 0;
        for (auto *child = parent->children; child; child = child->next)
            if (isElement(child))
                ++elementChildren;
        if (elementChildren != 1)
            break;
        auto *parentInfo = info(parent);
        if (!parentInfo)
            break;
        top = parentInfo;
    }

    // Articles split into sections by figures or ads can leave most of their paragraphs outside
    // the best-scoring section: widen to the ancestor that holds most of the page's prose.
    {
        const auto total = proseUnder(prose, m_body);
        auto inside = proseUnder(prose, top->node);
        while (total > 0 && inside < 0.6 * total) {
            auto *parent = top->node->parent;
            auto *parentInfo = info(parent);
            if (!parent || parent == m_body || !parentInfo || parentInfo->isDropped)
                break;
            const auto widened = proseUnder(prose, parent);
            if (widened < inside * 1.3)
                break;
            initialiseScore(*parentInfo);
            top = parentInfo;
            inside = widened;
        }
    }

    // The story is the one under the page's headline. When what scored best lies apart from the
    // heading that repeats the page's title, that heading opens paragraphs of its own, and the
    // best scorer is other content (below), it is something beside the story: a gallery of other
    // stories with longer blurbs, a thread of comments longer than the article. A heading that
    // stands above the best scorer (a page header over the article's body), or one apart from
    // the article's continuation, changes nothing.
    xmlNode *besideTheStory = nullptr;
    xmlNode *headline = titleHeadline();
    auto isWithin = [](const xmlNode *node, const xmlNode *root) {
        for (; node; node = node->parent)
            if (node == root)
                return true;
        return false;
    };
    auto proseParagraphsIn = [&](const xmlNode *root) {
        int paragraphs = 0;
        for (const auto &[node, length] : prose)
            paragraphs += isWithin(node, root);
        return paragraphs;
    };
    const int storyRank = headline ? nameOf(headline)[1] - '0' : 0;
    // A headline linking to another page of the site, itself or through a link around it.
    auto isLinkedHeadline = [&](const xmlNode *heading, const xmlNode *block) {
        if (info(heading)->linkedHeadingLength > 0)
            return true;
        for (auto *a = heading->parent; a && a != block->parent; a = a->parent)
            if (nameOf(a) == "a" && info(a) && info(a)->siteLinkLength > 0)
                return true;
        return false;
    };
    // Beside the story under the page's headline, other content: a block that opens with a
    // headline linking to another page of the site (a teaser), or an <article> opening with a
    // headline of the story's rank (the next story of an endless page: an article's own
    // sections are <section>s, or open lower); or a thread of items that each hold one
    // paragraph and lines of their own with a link (comments with their authors, dates and
    // "reply"; teasers with linked headlines), where an article's paragraphs share their
    // container. Items under headings that link nowhere are sections, or a product's features;
    // items with no link besides their paragraph are questions and answers.
    auto isOtherContent = [&](xmlNode *block) {
        if (auto *opening = openingHeadline(block, 0)) {
            if (isLinkedHeadline(opening, block))
                return true;
            if (nameOf(opening)[1] - '0' <= storyRank)
                for (auto *a = opening->parent; a && a != block->parent; a = a->parent)
                    if (nameOf(a) == "article")
                        return true;
        }
        std::vector<std::pair<const xmlNode *, int>> items; // item, its prose paragraphs (2: not a post)
        int paragraphs = 0;
        for (const auto &[node, length] : prose) {
            if (!isWithin(node, block))
                continue;
            ++paragraphs;
            for (auto *a = node->parent; a && a != block; a = a->parent) {
                const auto *itemInfo = info(a);
                if (itemInfo && itemInfo->textLength >= length + 10) {
                    auto found = std::find_if(items.begin(), items.end(), [a](const auto &item) { return item.first == a; });
                    const bool isPost = itemInfo->linkedHeadingLength > 0
                        || (itemInfo->headingLength == 0 && itemInfo->linkLength > info(node)->linkLength);
                    if (found == items.end())
                        items.emplace_back(a, isPost ? 1 : 2);
                    else
                        ++found->second;
                    break;
                }
            }
        }
        const auto singles = std::count_if(items.begin(), items.end(), [](const auto &item) { return item.second == 1; });
        return singles >= 3 && singles * 3 >= paragraphs * 2;
    };
    if (headline && !isWithin(headline, top->node)) {
        for (auto *story = headline->parent; story && story != m_body && isElement(story); story = story->parent) {
            if (isWithin(top->node, story))
                break;
            auto *storyInfo = info(story);
            if (storyInfo && !storyInfo->isDropped && proseParagraphsIn(story) >= 2) {
                if (!isOtherContent(top->node))
                    break;
                besideTheStory = top->node;
                initialiseScore(*storyInfo);
                top = storyInfo;
                break;
            }
        }
    }
    const int headlineRank = headline && isWithin(headline, top->node) ? storyRank : 0;
    // Inside the content, other content beside the story's way from its headline up (a thread of
    // comments, teasers, the next story in the same wrapper) is left out.
    if (headlineRank > 0) {
        for (auto *node = headline; node && node != top->node; node = node->parent) {
            for (auto *sibling = node->parent->children; sibling; sibling = sibling->next) {
                auto *siblingInfo = info(sibling);
                if (sibling == node || !isElement(sibling) || !siblingInfo || siblingInfo->isDropped
                    || siblingInfo->textLength == 0 || !isOtherContent(sibling))
                    continue;
                siblingInfo->isDropped = true;
                siblingInfo->dropReason = siblingInfo->linkedHeadingLength > 0 || openingHeadline(sibling, 0)
                    ? u"related articles"_s
                    : u"comments"_s;
            }
        }
    }

    QList<xmlNode *> content;
    auto *parent = top->node->parent;
    if (!parent || !isElement(parent))
        return {top->node};
    const double threshold = std::max(10.0, top->score * 0.2);
    const auto topClass = attribute(top->node, "class");
    for (auto *sibling = parent->children; sibling; sibling = sibling->next) {
        if (!isElement(sibling))
            continue;
        auto *siblingInfo = info(sibling);
        if (!siblingInfo || siblingInfo->isDropped)
            continue;
        bool append = sibling == top->node;
        if (!append && besideTheStory && isWithin(besideTheStory, sibling))
            continue;
        if (!append && headlineRank > 0 && siblingInfo->textLength > 0 && isOtherContent(sibling))
            continue;
        if (!append) {
            const double bonus = (!topClass.empty() && attribute(sibling, "class") == topClass) ? top->score * 0.2 : 0;
            if (siblingInfo->isScored && siblingInfo->score + bonus >= threshold) {
                append = true;
            } else if (nameOf(sibling) == "p" || siblingInfo->isParagraphLike) {
                const double density = linkDensity(*siblingInfo);
                if (siblingInfo->textLength > 80 && density < 0.25) {
                    append = true;
                } else if (siblingInfo->textLength > 0 && siblingInfo->textLength <= 80 && density == 0) {
                    std::string text;
                    collectText(sibling, text, siblingInfo->depth);
                    // A full stop, or the ones of scripts written without spaces.
                    static const QRegularExpression sentenceEnd(uR"(\.( |$)|[。！？؟])"_s);
                    append = simplifiedText(text).contains(sentenceEnd);
                }
            }
        }
        if (append)
            content << sibling;
    }

    // Sibling containers with prose, separated from the content only by blocks without prose
    // (adverts, embeds, pictures, a video player), are the same article going on: a layout that
    // breaks the text around a wide advert or an embed leaves its paragraph groups at several
    // depths, each a plain group of paragraphs, up to three levels above the content. A lone
    // paragraph beside the article is as often a caption, the author's note or a promotion: it
    // takes a group of two. A container whose prose sits in items of their own (comments,
    // teasers) or that is other content (above) ends the search that way; so does what the
    // story was chosen over.
    {
        constexpr int levels = 3;
        std::array<xmlNode *, levels> chain{};
        int chainSize = 0;
        for (auto *level = top->node; level && level != m_body && isElement(level->parent) && chainSize < levels;
             level = level->parent)
            chain[std::size_t(chainSize++)] = level;
        auto isChainParent = [&](const xmlNode *node) {
            for (int level = 0; level < chainSize; ++level)
                if (chain[std::size_t(level)]->parent == node)
                    return true;
            return false;
        };
        // Each prose paragraph outside the content, by the sibling of the chain that holds it.
        QHash<xmlNode *, std::vector<xmlNode *>> proseBySibling;
        for (const auto &[node, length] : prose) {
            xmlNode *previous = node;
            for (auto *a = node->parent; a; previous = a, a = a->parent) {
                if (a == top->node || content.contains(a))
                    break;
                if (isChainParent(a)) {
                    if (!content.contains(previous))
                        proseBySibling[previous].push_back(node);
                    break;
                }
                if (a == m_body)
                    break;
            }
        }
        auto isParagraphGroup = [&](xmlNode *sibling, const std::vector<xmlNode *> &paragraphs) -> xmlNode * {
            if ((besideTheStory && isWithin(besideTheStory, sibling)) || (headline && isWithin(headline, sibling)))
                return nullptr;
            if (paragraphs.size() < 2)
                return nullptr;
            auto *group = paragraphs.front()->parent;
            for (const auto *paragraph : paragraphs)
                if (paragraph->parent != group)
                    return nullptr;
            const auto *groupInfo = info(group);
            if (!groupInfo || groupInfo->isDropped || groupInfo->linkedHeadingLength > 0 || linkDensity(*groupInfo) >= 0.25)
                return nullptr;
            return isOtherContent(sibling) ? nullptr : group;
        };
        if (!proseBySibling.isEmpty()) {
            for (int level = 0; level < chainSize; ++level) {
                for (const bool forward : {true, false}) {
                    for (auto *sibling = forward ? chain[std::size_t(level)]->next : chain[std::size_t(level)]->prev; sibling;
                         sibling = forward ? sibling->next : sibling->prev) {
                        const auto found = proseBySibling.constFind(sibling);
                        if (found == proseBySibling.cend())
                            continue; // no prose: an advert, an embed, a picture
                        auto *group = isParagraphGroup(sibling, *found);
                        if (!group)
                            break;
                        content << group;
                    }
                }
            }
        }
    }
    return content;
}

// The h1 or h2 that repeats the page's title, the first such; null when none does.
xmlNode *PageAnalysis::titleHeadline()
{
    if (m_title.isEmpty())
        return nullptr;
    for (auto &node : m_infos) {
        const auto name = nameOf(node.node);
        // A headline linking elsewhere is a teaser's, even when it is this story's (a list of the
        // most read); so is one in a block left out.
        if (node.isDropped || (name != "h1" && name != "h2") || node.textLength < 10 || node.textLength > 300
            || node.linkedHeadingLength > 0)
            continue;
        bool isLeftOut = false;
        for (auto *ancestor = node.node->parent; ancestor && !isLeftOut; ancestor = ancestor->parent)
            isLeftOut = info(ancestor) && info(ancestor)->isDropped;
        if (isLeftOut)
            continue;
        std::string text;
        collectText(node.node, text, node.depth);
        if (isTitleText(simplifiedText(text)))
            return node.node;
    }
    return nullptr;
}

// The heading a block opens with, before any text of its own; null when text comes first.
xmlNode *PageAnalysis::openingHeadline(xmlNode *node, int depth)
{
    if (depth > 8)
        return nullptr;
    for (auto *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) {
            for (const auto *c = child->content; *c; ++c)
                if (!isSpace(*c))
                    return nullptr;
            continue;
        }
        const auto *childInfo = info(child);
        if (!isElement(child) || !childInfo || childInfo->isDropped || childInfo->textLength == 0)
            continue;
        if (isHeadingName(nameOf(child)))
            return child;
        // A card's link may wrap its headline.
        if ((!isBlockName(nameOf(child)) && nameOf(child) != "a") || isOneOf(nameOf(child), {"p", "blockquote", "td", "pre"}))
            return nullptr;
        return openingHeadline(child, depth + 1);
    }
    return nullptr;
}

namespace {

bool isEmbeddedPostClass(const std::string &signals)
{
    return containsAny(signals, {"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed",
                                 "mastodon-embed", "social-media-embed", "social-embed", "embedded-tweet"});
}

// The element, or one of its first two levels of children, is an embedded social media post.
bool isEmbeddedPost(const xmlNode *node, int depth = 0)
{
    std::string signals = lower(attribute(node, "class"));
    if (isEmbeddedPostClass(signals))
        return true;
    if (depth >= 2)
        return false;
    for (auto *child = node->children; child; child = child->next)
        if (isElement(child) && isEmbeddedPost(child, depth + 1))
            return true;
    return false;
}

} // namespace

bool PageAnalysis::shouldRemoveConditionally(xmlNode *node, const NodeInfo &stats, bool insideFigure) const
{
    const auto name = nameOf(node);
    bool isList = name == "ul" || name == "ol";
    if (!isList && stats.textLength > 0)
        isList = double(stats.listLength) / stats.textLength > 0.9;
    // An embedded post (a tweet, an Instagram post) quoted by the article is dense with links
    // but is the article's own material.
    if (isEmbeddedPost(node))
        return false;
    const int weight = classWeight(node);
    // A wrapper around a single paragraph of prose is that paragraph, whatever its class says
    // ("media", "meta" in a paragraph's wrapper name its layout, not its content).
    const bool isOneParagraph = stats.paragraphs == 1 && stats.images == 0 && stats.embeds == 0
        && stats.inputs == 0 && stats.textLength >= 80 && linkDensity(stats) < 0.25;
    if (weight < 0 && !isOneParagraph)
        return true;
    // A list of nothing but headlines linking to the site's other pages is a list of other
    // stories, however short (one list an item, as some sites set them).
    if ((name == "ul" || name == "ol") && stats.textLength > 0 && stats.linkedHeadingLength * 10 >= stats.textLength * 9)
        return true;
    // Many paragraphs of a word or two are a chart's labels and axes, not sentences.
    if (stats.paragraphs >= 10 && stats.textLength < stats.paragraphs * 12)
        return true;
    if (stats.commas >= 10)
        return false;
    const int paragraphs = stats.paragraphs;
    const int images = stats.images;
    const int listItems = stats.listItems - 100;
    const double headingDensity = stats.textLength > 0 ? double(stats.headingLength) / stats.textLength : 0;
    const double density = linkDensity(stats);
    const int length = stats.textLength;
    if (length > 0 && length < 40) {
        std::string text;
        collectText(node, text, stats.depth);
        // Words of resources/knowledge/boilerplate.json, read once.
        static const QRegularExpression adWords(
            QString(u"^("_s + BoilerplateWords::alternation(u"adverts") + u"|("_s
                    + BoilerplateWords::alternation(u"loading") + uR"()(…|\.\.\.)?)$)"_s),
            QRegularExpression::CaseInsensitiveOption);
        if (adWords.match(simplifiedText(text)).hasMatch())
            return true;
    }
    bool remove = false;
    if (!insideFigure && images > 1 && double(paragraphs) / images < 0.5)
        remove = true;
    if (!isList && listItems > paragraphs)
        remove = true;
    if (stats.inputs > paragraphs / 3)
        remove = true;
    if (!isList && !insideFigure && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && density > 0)
        remove = true;
    if (!isList && weight < 25 && density > 0.2)
        remove = true;
    if (weight >= 25 && density > 0.5)
        remove = true;
    if ((stats.embeds == 1 && length < 75) || stats.embeds > 1)
        remove = true;
    if (remove && isList) {
        // A list of pictures stays.
        if (stats.images > 0 && stats.images == stats.listItems)
            return false;
    }
    return remove;
}

void PageAnalysis::cleanConditionally(xmlNode *node, bool insideDataTable, bool insideFigure, int depth)
{
    for (auto *child = node->children; child; child = child->next) {
        auto *childInfo = info(child);
        if (!isElement(child) || !childInfo || childInfo->isDropped)
            continue;
        const auto name = nameOf(child);
        if (name == "code" || name == "pre")
            continue;
        const bool isDataTable = name == "table" && childInfo->isDataTable;
        if (!insideDataTable && !isDataTable) {
            bool candidate = isOneOf(name, {"form", "fieldset", "table", "ul", "ol", "dl"})
                || ((name == "div" || name == "section" || name == "aside") && !childInfo->isParagraphLike);
            // Headings with a negative class weight are widgets' titles, not the article's.
            if ((name == "h1" || name == "h2") && classWeight(child) < 0) {
                childInfo->isDropped = true;
                childInfo->dropReason = u"widget heading"_s;
                continue;
            }
            if (candidate && m_flags.cleanConditionally && shouldRemoveConditionally(child, *childInfo, insideFigure)) {
                childInfo->isDropped = true;
                std::string signals = lower(attribute(child, "class"));
                signals += ' ';
                signals += lower(attribute(child, "id"));
                auto reason = unlikelyReason(child, signals);
                if (reason.isEmpty())
                    reason = linkDensity(*childInfo) > 0.2 ? u"link list"_s
                        : name == "form" || name == "fieldset" ? u"form"_s
                        : childInfo->images > 1 ? u"image gallery"_s
                        : childInfo->embeds > 0 ? u"embedded media"_s
                        : u"page furniture"_s;
                childInfo->dropReason = reason;
                continue;
            }
            // Short share widgets inside the article.
            std::string signals = lower(attribute(child, "class"));
            signals += ' ';
            signals += lower(attribute(child, "id"));
            if (contains(signals, "share") && childInfo->textLength < 500 && name != "p") {
                childInfo->isDropped = true;
                childInfo->dropReason = u"share buttons"_s;
                continue;
            }
        }
        if (depth + 1 < HtmlExtractor::MaximumDepth)
            cleanConditionally(child, insideDataTable || isDataTable, insideFigure || name == "figure", depth + 1);
    }
}

} // namespace Attache::HtmlDetail
