// Pass 3 of the HTML extractor: the content as blocks, and what was cut.

#include "clean/htmlpage.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Attache::HtmlDetail {

// --- Pass 3: blocks ---------------------------------------------------------------------------

void PageAnalysis::collectText(const xmlNode *node, std::string &out, int depth) const
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content)
            out += reinterpret_cast<const char *>(node->content);
        return;
    }
    if (!isElement(node) || depth >= HtmlExtractor::MaximumDepth)
        return;
    if (isSkippedName(nameOf(node)) && nameOf(node) != "title")
        return;
    const bool isBlock = isBlockName(nameOf(node)) || nameOf(node) == "br";
    if (isBlock)
        out += ' ';
    for (auto *child = node->children; child; child = child->next)
        collectText(child, out, depth + 1);
    if (isBlock)
        out += ' ';
}

void PageAnalysis::flushInline(BlockKind kind, int level)
{
    if (m_inline.empty())
        return;
    // '\x01' marks a <br>: one keeps a line break inside the block, two or more split it.
    const auto raw = QString::fromUtf8(m_inline.data(), qsizetype(m_inline.size()));
    const auto linkBytes = std::min(m_inlineLinkBytes, m_inline.size());
    const auto totalBytes = m_inline.size();
    m_inline.clear();
    m_inlineLinkBytes = 0;
    // A short paragraph that is nothing but a link points elsewhere ("Read: …", teasers).
    // In a data table a link is the table's data (a name linking to its page): it stays.
    // Lines of links one under the other, each with at most a short label ("[VIDEO]"), are a list
    // of other pages set in a paragraph.
    const bool isLinkLines = linkBytes * 4 >= totalBytes * 3 && raw.count(u'\x01') >= 1;
    if (!m_keepAll && m_dataTableDepth == 0 && kind == BlockKind::Paragraph && linkBytes > 0
        && (linkBytes * 10 >= totalBytes * 9 || isLinkLines)) {
        const auto text = raw.simplified();
        if (!text.isEmpty() && text.size() < (isLinkLines ? 500 : 150)) {
            const auto position = int(m_blocks.size());
            if (!m_removed.isEmpty() && m_removed.last().reason == u"links"_s && m_removed.last().beforeBlock == position)
                m_removed.last().text += u'\n' + text;
            else
                m_removed << RemovedFragment{text, u"links"_s, position};
            return;
        }
    }
    if (kind == BlockKind::Preformatted) {
        auto text = raw;
        text.replace(u'\x01', u'\n');
        while (text.endsWith(u'\n') || text.endsWith(u' '))
            text.chop(1);
        while (text.startsWith(u'\n'))
            text.remove(0, 1);
        if (!text.trimmed().isEmpty())
            m_blocks << Block{kind, level, text};
        return;
    }
    QStringList lines;
    auto emitLines = [&] {
        if (!lines.isEmpty())
            m_blocks << Block{kind, level, lines.join(u'\n')};
        lines.clear();
    };
    int emptyRun = 0;
    for (const auto &part : raw.split(u'\x01')) {
        const auto line = part.simplified();
        if (line.isEmpty()) {
            if (++emptyRun >= 1 && !lines.isEmpty())
                emitLines();
            continue;
        }
        emptyRun = 0;
        lines << line;
    }
    emitLines();
}

void PageAnalysis::addRemoved(xmlNode *node, const QString &reason)
{
    std::string text;
    collectText(node, text, info(node) ? info(node)->depth : 0);
    const auto simplified = simplifiedText(text);
    if (simplified.isEmpty())
        return;
    const auto position = int(m_blocks.size());
    // Neighbouring cuts of the same kind read as one.
    if (!m_removed.isEmpty() && m_removed.last().reason == reason && m_removed.last().beforeBlock == position) {
        m_removed.last().text += u' ' + simplified;
        return;
    }
    m_removed << RemovedFragment{simplified, reason, position};
}

void PageAnalysis::emitContent(xmlNode *node, int depth, int listDepth, BlockKind context)
{
    for (auto *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content)
                m_inline += reinterpret_cast<const char *>(child->content);
            continue;
        }
        if (!isElement(child))
            continue;
        auto *childInfo = info(child);
        if (!childInfo)
            continue; // beyond the depth limit
        const auto name = nameOf(child);
        if (childInfo->isDropped) {
            if (!childInfo->dropReason.isEmpty()) {
                if (isBlockName(name))
                    flushInline(context, listDepth);
                addRemoved(child, childInfo->dropReason);
            }
            continue;
        }
        if (name == "br") {
            m_inline += '\x01';
            continue;
        }
        if (!isBlockName(name)) {
            if (name == "img" || name == "picture")
                continue;
            const auto before = m_inline.size();
            emitContent(child, depth + 1, listDepth, context);
            if (name == "a" && m_inline.size() >= before)
                m_inlineLinkBytes += m_inline.size() - before;
            continue;
        }
        flushInline(context, listDepth);
        if (isHeadingName(name)) {
            emitContent(child, depth + 1, listDepth, BlockKind::Heading);
            flushInline(BlockKind::Heading, name[1] - '0');
        } else if (name == "p") {
            emitContent(child, depth + 1, listDepth, context);
            flushInline(context, context == BlockKind::ListItem ? listDepth : 0);
        } else if (name == "li" || name == "dd" || name == "dt") {
            emitContent(child, depth + 1, listDepth, BlockKind::ListItem);
            flushInline(BlockKind::ListItem, listDepth);
        } else if (name == "ul" || name == "ol" || name == "dl") {
            const int nested = context == BlockKind::ListItem ? listDepth + 1 : 0;
            emitContent(child, depth + 1, nested, context == BlockKind::ListItem ? BlockKind::Paragraph : context);
        } else if (name == "blockquote") {
            emitContent(child, depth + 1, 0, BlockKind::Quote);
            flushInline(BlockKind::Quote, 0);
        } else if (name == "figcaption" || name == "caption") {
            emitContent(child, depth + 1, 0, BlockKind::Caption);
            flushInline(BlockKind::Caption, 0);
        } else if (name == "pre") {
            emitContent(child, depth + 1, 0, BlockKind::Preformatted);
            flushInline(BlockKind::Preformatted, 0);
        } else if (name == "tr") {
            // A row reads as one line, cells apart; cells holding blocks read as containers.
            bool hasBlocks = false;
            for (auto *cell = child->children; cell && !hasBlocks; cell = cell->next)
                for (auto *inner = cell->children; inner; inner = inner->next)
                    if (isElement(inner) && isBlockName(nameOf(inner)) && info(inner) && !info(inner)->isDropped) {
                        hasBlocks = true;
                        break;
                    }
            if (hasBlocks) {
                emitContent(child, depth + 1, listDepth, context);
            } else {
                bool first = true;
                for (auto *cell = child->children; cell; cell = cell->next) {
                    if (!isElement(cell) || !info(cell) || info(cell)->isDropped)
                        continue;
                    std::string text;
                    collectText(cell, text, depth + 1);
                    if (simplifiedText(text).isEmpty())
                        continue;
                    if (!first)
                        m_inline += " \t ";
                    m_inline += text;
                    first = false;
                }
            }
            flushInline(context == BlockKind::Quote ? BlockKind::Quote : BlockKind::Paragraph, 0);
        } else if (name == "hr") {
            continue;
        } else {
            const bool isDataTable = name == "table" && childInfo->isDataTable;
            m_dataTableDepth += isDataTable;
            emitContent(child, depth + 1, listDepth, context);
            flushInline(context, listDepth);
            m_dataTableDepth -= isDataTable;
        }
    }
}

// Walks the page outside the content: what holds content is entered, everything else with
// visible text is recorded as cut, with the best reason its markup gives.
void PageAnalysis::emitPage(xmlNode *node, int depth)
{
    auto *nodeInfo = info(node);
    if (!nodeInfo)
        return;
    if (nodeInfo->isContent) {
        emitContent(node, depth, 0, BlockKind::Paragraph);
        flushInline(BlockKind::Paragraph, 0);
        return;
    }
    if (nodeInfo->isDropped) {
        if (!nodeInfo->dropReason.isEmpty())
            addRemoved(node, nodeInfo->dropReason);
        return;
    }
    if (nodeInfo->textLength == 0)
        return;
    if (!nodeInfo->holdsContent) {
        std::string signals = lower(attribute(node, "class"));
        signals += ' ';
        signals += lower(attribute(node, "id"));
        auto reason = unlikelyReason(node, signals);
        if (reason.isEmpty() && nameOf(node) == "header")
            reason = u"header"_s;
        if (reason.isEmpty() && isHeadingName(nameOf(node)))
            reason = u"headline"_s;
        if (!reason.isEmpty() || depth + 1 >= HtmlExtractor::MaximumDepth) {
            addRemoved(node, reason.isEmpty() ? u"outside the article"_s : reason);
            return;
        }
    }
    // Generic wrappers: look inside for finer reasons.
    std::string loose;
    for (auto *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE && child->content) {
            loose += reinterpret_cast<const char *>(child->content);
            continue;
        }
        if (!isElement(child))
            continue;
        const auto *childInfo = info(child);
        if (childInfo && !childInfo->holdsContent && !childInfo->isContent && !childInfo->isDropped
            && !isBlockName(nameOf(child))) {
            collectText(child, loose, depth + 1);
            continue;
        }
        if (!simplifiedText(loose).isEmpty())
            m_removed << RemovedFragment{simplifiedText(loose), u"outside the article"_s, int(m_blocks.size())};
        loose.clear();
        emitPage(child, depth + 1);
    }
    if (!simplifiedText(loose).isEmpty())
        m_removed << RemovedFragment{simplifiedText(loose), u"outside the article"_s, int(m_blocks.size())};
}

void PageAnalysis::removeBlock(qsizetype index, const QString &reason)
{
    m_removed << RemovedFragment{m_blocks[index].text, reason, int(index)};
    m_blocks.removeAt(index);
    for (auto &fragment : m_removed)
        if (fragment.beforeBlock > index)
            --fragment.beforeBlock;
}

namespace {

QString normalisedForComparison(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const auto c : text)
        if (c.isLetterOrNumber())
            result += c.toLower();
    return result;
}

// How much of the second text's words the first has, weighed by length (1: all of them).
double similarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(uR"(\W+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    const auto tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const auto tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList unique;
    for (const auto &token : tokensB)
        if (!tokensA.contains(token))
            unique << token;
    return 1 - double(unique.join(u' ').size()) / double(tokensB.join(u' ').size());
}

} // namespace

// A heading that says what the title says: the same words, or most of them (the title often
// carries the site's name too). Very short headings ("World") are only the title when equal.
bool PageAnalysis::isTitleText(const QString &text) const
{
    const auto heading = normalisedForComparison(text);
    const auto title = normalisedForComparison(m_title);
    if (heading.isEmpty() || title.isEmpty())
        return false;
    return heading == title || (heading.size() > 15 && (title.contains(heading) || similarity(m_title, text) > 0.75));
}

Article PageAnalysis::extractArticle(const Metadata &metadata)
{
    m_title = metadata.title;
    const auto url = metadata.url.toUtf8();
    m_siteName = siteNameOf(Name(url.constData(), std::size_t(url.size())));
    Article best;
    int bestLength = -1;
    const std::array<Flags, 4> attempts{Flags{true, true, true}, Flags{false, true, true}, Flags{false, false, true},
                                        Flags{false, false, false}};
    // On a page whose headline names a story (a heading repeats the title), every attempt leaves
    // runs of teasers out: one that trusts no class names would otherwise read a short article
    // together with the other stories beside it, and be the longest. Elsewhere (a section's front
    // page, whose teasers may be all it has) only the first does. A page left without a
    // paragraph's worth of text is read again, keeping them from the second attempt on.
    m_dropTeasers = true;
    for (std::size_t attempt = 0; attempt < attempts.size(); ++attempt) {
        const auto &flags = attempts[attempt];
        reset(flags);
        m_blocks.clear();
        m_removed.clear();
        m_inline.clear();
        m_inlineLinkBytes = 0;
        m_bylineText.clear();
        analyse(m_body, 0, false);
        const auto content = selectContent();
        for (auto *node : content) {
            info(node)->isContent = true;
            cleanConditionally(node, nameOf(node) == "table" && info(node)->isDataTable, false, info(node)->depth);
            for (auto *ancestor = node->parent; ancestor; ancestor = ancestor->parent)
                if (auto *ancestorInfo = info(ancestor))
                    ancestorInfo->holdsContent = true;
        }
        emitPage(m_body, 0);

        // The headline repeated at the top of the text belongs to the title, not the body.
        const auto title = normalisedForComparison(metadata.title);
        for (qsizetype i = 0; i < std::min<qsizetype>(m_blocks.size(), 3); ++i) {
            if (m_blocks[i].kind != BlockKind::Heading)
                continue;
            // A heading that says something else than the title is the article's own (Readability
            // keeps it too): the reader would not see it anywhere else. Once the text has begun,
            // a heading sharing the title's words is a section's.
            const auto text = normalisedForComparison(m_blocks[i].text);
            if (!text.isEmpty()
                && (text == title || (title.contains(text) && text.size() > 15)
                    || (i == 0 && similarity(metadata.title, m_blocks[i].text) > 0.75))) {
                m_removed << RemovedFragment{m_blocks[i].text, u"repeated headline"_s, int(i)};
                m_blocks.removeAt(i);
                for (auto &fragment : m_removed)
                    if (fragment.beforeBlock > i)
                        --fragment.beforeBlock;
                break;
            }
        }
        dropBoilerplateBlocks();
        std::stable_sort(m_removed.begin(), m_removed.end(),
                         [](const RemovedFragment &a, const RemovedFragment &b) { return a.beforeBlock < b.beforeBlock; });

        Article article;
        article.blocks = m_blocks;
        article.removed = m_removed;
        if (m_depthLimitHit)
            article.warnings << u"the page nests elements deeper than %1 levels; the deeper part was ignored"_s.arg(
                HtmlExtractor::MaximumDepth);
        if (!m_bylineText.isEmpty())
            article.byline = m_bylineText;
        const auto length = int(article.text().size());
        if (length > bestLength) {
            best = article;
            bestLength = length;
        }
        if (length >= 500)
            break;
        if (attempt == 0)
            m_dropTeasers = titleHeadline() != nullptr;
        if (attempt + 1 == attempts.size() && m_dropTeasers && bestLength < 80) {
            m_dropTeasers = false;
            attempt = 0; // on to the second attempt
        }
    }
    // Pages that keep their text in a script (or hide it) often still state it as articleBody.
    if (metadata.articleBody.size() > 200 && bestLength < metadata.articleBody.size() / 2) {
        best.removed.clear();
        best.blocks.clear();
        for (const auto &paragraph : metadata.articleBody.split(u'\n', Qt::SkipEmptyParts))
            if (!paragraph.simplified().isEmpty())
                best.blocks << Block{BlockKind::Paragraph, 0, paragraph.simplified()};
    }
    return best;
}

QList<Block> PageAnalysis::extractAll(QStringList *warnings)
{
    m_keepAll = true;
    reset(Flags{false, false, false});
    m_blocks.clear();
    analyse(m_body, 0, false);
    info(m_body)->isContent = true;
    emitContent(m_body, 0, 0, BlockKind::Paragraph);
    flushInline(BlockKind::Paragraph, 0);
    if (m_depthLimitHit && warnings)
        *warnings << u"the content nests elements deeper than %1 levels; the deeper part was ignored"_s.arg(
            HtmlExtractor::MaximumDepth);
    return m_blocks;
}

} // namespace Attache::HtmlDetail
