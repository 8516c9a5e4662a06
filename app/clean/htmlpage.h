#pragma once

// The analysis of one parsed page, shared by the parts of the HTML extractor: pass 1 drops and
// measures (htmlmeasure.cpp), pass 2 scores and picks the content (htmlscore.cpp), pass 3 turns it
// into blocks (htmlblocks.cpp) and filters boilerplate lines (htmlboilerplate.cpp); the page's
// metadata is read in htmlmetadata.cpp. Internal to clean/: not for other layers.

#include "clean/article.h"
#include "clean/htmlextractor.h"
#include "clean/htmlnode.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <vector>

namespace Attache::HtmlDetail {

struct Flags
{
    bool stripUnlikely = true;
    bool weighClasses = true;
    bool cleanConditionally = true;
};

struct NodeInfo
{
    xmlNode *node = nullptr;
    int depth = 0;
    int textLength = 0;
    double linkLength = 0;
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    int headingLength = 0;
    int siteLinkLength = 0; // text in links to the site's other pages
    int linkedHeadingLength = 0; // text of headings that link to the site's other pages (teasers' headlines)
    int listLength = 0;
    double score = 0;
    bool isScored = false;
    bool isDropped = false;
    bool isParagraphLike = false; // a div or section holding only inline content
    bool isTeaserShaped = false; // a linked headline with at most a short blurb
    bool isDataTable = false;
    bool isContent = false;
    bool holdsContent = false;
    QString dropReason; // empty: dropped silently (invisible), else shown to the reader
};

struct Metadata
{
    QString title;
    QString titleTag;
    QString firstHeading;
    QString byline;
    QString siteName;
    QString url;
    QString language;
    QDateTime published;
    DateSource publishedSource = DateSource::Unknown;
    QString articleBody; // schema.org articleBody, a fallback when the page hides its text
};

class PageAnalysis
{
public:
    PageAnalysis(htmlDocPtr document, xmlNode *body)
        : m_document(document)
        , m_body(body)
    {
    }

    Metadata readMetadata() const;
    Article extractArticle(const Metadata &metadata);
    QList<Block> extractAll(QStringList *warnings);

private:
    NodeInfo *info(const xmlNode *node)
    {
        if (!node || !node->_private)
            return nullptr;
        return &m_infos[std::size_t(reinterpret_cast<quintptr>(node->_private) - 1)];
    }

    void reset(const Flags &flags)
    {
        // Nodes a previous attempt measured must not point into the next attempt's table.
        for (auto &node : m_infos)
            node.node->_private = nullptr;
        m_flags = flags;
        m_infos.clear();
        m_toScore.clear();
        m_virtualParagraphs.clear();
        m_depthLimitHit = false;
    }

    // Pass 1: marks what is dropped and measures the rest, bottom-up.
    void analyse(xmlNode *node, int depth, bool insideTableOrCode);
    QString unlikelyReason(xmlNode *node, const std::string &signals) const;
    bool isSiteLink(Name href) const;
    int classWeight(xmlNode *node) const;
    double linkDensity(const NodeInfo &node) const
    {
        return node.textLength > 0 ? node.linkLength / node.textLength : 0.0;
    }

    // Pass 2: scores candidates and picks the content.
    void scoreParagraph(xmlNode *parent, int length, int commas);
    void initialiseScore(NodeInfo &node);
    QList<xmlNode *> selectContent();
    xmlNode *titleHeadline();
    xmlNode *openingHeadline(xmlNode *node, int depth);
    bool isTitleText(const QString &text) const;
    void cleanConditionally(xmlNode *node, bool insideDataTable, bool insideFigure, int depth);
    bool shouldRemoveConditionally(xmlNode *node, const NodeInfo &stats, bool insideFigure) const;

    // Pass 3: turns the content into blocks and records what was cut.
    void emitPage(xmlNode *node, int depth);
    void emitContent(xmlNode *node, int depth, int listDepth, BlockKind context);
    void flushInline(BlockKind kind, int level);
    void addRemoved(xmlNode *node, const QString &reason);
    void removeBlock(qsizetype index, const QString &reason);
    void dropBoilerplateBlocks();
    void collectText(const xmlNode *node, std::string &out, int depth) const;

    htmlDocPtr m_document;
    xmlNode *m_body;
    Flags m_flags;
    std::vector<NodeInfo> m_infos;
    std::vector<xmlNode *> m_toScore;
    struct VirtualParagraph
    {
        xmlNode *parent;
        int length;
        int commas;
    };
    std::vector<VirtualParagraph> m_virtualParagraphs;
    bool m_depthLimitHit = false;
    std::string m_siteName; // the page's own site, from its canonical address
    QString m_bylineText;

    QList<Block> m_blocks;
    QList<RemovedFragment> m_removed;
    std::string m_inline;
    std::size_t m_inlineLinkBytes = 0; // bytes of m_inline inside links
    int m_dataTableDepth = 0; // data tables being emitted around the current block
    bool m_keepAll = false;
    // Whether this attempt leaves runs of teasers out: the first always, the others on a page
    // whose headline names a story (see extractArticle).
    bool m_dropTeasers = true;
    QString m_title; // the page's title, to find the headline of the story it names
};

} // namespace Attache::HtmlDetail
