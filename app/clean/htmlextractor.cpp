#include "clean/htmlextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QHash>
#include <QTimeZone>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// --- Small helpers over libxml2 nodes ---------------------------------------------------------

using Name = std::string_view;

Name nameOf(const xmlNode *node)
{
    return node && node->name ? Name(reinterpret_cast<const char *>(node->name)) : Name();
}

bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

bool isOneOf(Name name, std::initializer_list<Name> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The attribute's value when it is plain text (the common case); empty otherwise.
Name attribute(const xmlNode *node, const char *name)
{
    for (auto *property = node->properties; property; property = property->next) {
        if (std::strcmp(reinterpret_cast<const char *>(property->name), name) != 0)
            continue;
        const auto *child = property->children;
        if (child && child->type == XML_TEXT_NODE && child->content)
            return Name(reinterpret_cast<const char *>(child->content));
        return {};
    }
    return {};
}

bool hasAttribute(const xmlNode *node, const char *name)
{
    for (auto *property = node->properties; property; property = property->next)
        if (std::strcmp(reinterpret_cast<const char *>(property->name), name) == 0)
            return true;
    return false;
}

std::string lower(Name text)
{
    std::string result(text);
    for (auto &c : result)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return result;
}

QString toQString(Name text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool contains(const std::string &haystack, Name needle)
{
    return haystack.find(needle) != std::string::npos;
}

bool containsAny(const std::string &haystack, std::initializer_list<Name> needles)
{
    for (const auto needle : needles)
        if (contains(haystack, needle))
            return true;
    return false;
}

// Whole tokens of class and id ("ad" must not match "header" or "shadow").
bool hasToken(const std::string &signals, std::initializer_list<Name> tokens)
{
    std::size_t start = 0;
    while (start < signals.size()) {
        auto end = signals.find_first_of(" -_", start);
        if (end == std::string::npos)
            end = signals.size();
        const Name token(signals.data() + start, end - start);
        for (const auto wanted : tokens)
            if (token == wanted)
                return true;
        start = end + 1;
    }
    return false;
}

bool isHeadingName(Name name)
{
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Elements that start a new block of text; everything else flows inline.
bool isBlockName(Name name)
{
    static constexpr std::array<Name, 40> names{
        "address", "article", "aside",  "blockquote", "dd",      "details", "dialog", "div",
        "dl",      "dt",      "fieldset", "figcaption", "figure", "footer",  "form",   "h1",
        "h2",      "h3",      "h4",     "h5",         "h6",      "header",  "hgroup", "hr",
        "li",      "main",    "nav",    "ol",         "p",       "pre",     "section", "table",
        "ul",      "tr",      "td",     "th",         "tbody",   "thead",   "caption", "center"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never hold article text.
bool isSkippedName(Name name)
{
    static constexpr std::array<Name, 23> names{
        "script", "style",  "noscript", "template", "svg",    "iframe", "object", "embed",
        "canvas", "button", "input",    "select",   "textarea", "head", "link",   "meta",
        "title",  "map",    "audio",    "video",    "source", "option", "datalist"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Length in characters with runs of white space counted once, and the number of commas.
void measureText(Name text, int &length, int &commas, bool &endsInSpace)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isSpace(c)) {
            if (!endsInSpace)
                ++length;
            endsInSpace = true;
            continue;
        }
        endsInSpace = false;
        if ((c & 0xC0) != 0x80) // count characters, not UTF-8 continuation bytes
            ++length;
        if (c == ',')
            ++commas;
        else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC
                 && static_cast<unsigned char>(text[i + 2]) == 0x8C) // full-width comma
            ++commas;
        else if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x8C) // Arabic comma
            ++commas;
    }
}

QString simplifiedText(const std::string &raw)
{
    return QString::fromUtf8(raw.data(), qsizetype(raw.size())).simplified();
}

// --- Page analysis ----------------------------------------------------------------------------

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

QDateTime parseDate(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    for (const auto format : {Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date}) {
        const auto date = QDateTime::fromString(text, format);
        if (date.isValid())
            return date;
    }
    static const QRegularExpression zone(uR"(\s*(?:GMT|UTC|UT|Z)$)"_s);
    if (text.contains(zone)) {
        auto withOffset = text;
        withOffset.replace(zone, u" +0000"_s);
        const auto date = QDateTime::fromString(withOffset, Qt::RFC2822Date);
        if (date.isValid())
            return date;
    }
    // "2019-11-19 08:03:00", "2019-11-19T08:03:00.000+0000" and other near-ISO spellings.
    static const QRegularExpression nearIso(
        uR"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?)"_s);
    const auto match = nearIso.match(text);
    if (match.hasMatch()) {
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!day.isValid())
            return {};
        const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
        const auto zoneText = match.captured(7);
        if (zoneText.isEmpty())
            return QDateTime(day, time.isValid() ? time : QTime(0, 0));
        int offset = 0;
        if (zoneText != u"Z"_s) {
            auto digits = zoneText.mid(1);
            digits.remove(u':');
            offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zoneText.startsWith(u'-') ? -1 : 1);
        }
        return QDateTime(day, time.isValid() ? time : QTime(0, 0), QTimeZone::fromSecondsAheadOfUtc(offset));
    }
    return {};
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isArray()) {
        QStringList parts;
        for (const auto &item : value.toArray()) {
            const auto part = jsonText(item);
            if (!part.isEmpty() && !parts.contains(part))
                parts << part;
        }
        return parts.join(u", "_s);
    }
    if (value.isObject())
        return jsonText(value.toObject().value(u"name"_s));
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList kinds{u"Article"_s, u"NewsArticle"_s, u"BlogPosting"_s, u"ReportageNewsArticle"_s,
                                   u"AnalysisNewsArticle"_s, u"OpinionNewsArticle"_s, u"TechArticle"_s,
                                   u"ScholarlyArticle"_s, u"SocialMediaPosting"_s, u"LiveBlogPosting"_s,
                                   u"Report"_s, u"WebPage"_s, u"BackgroundNewsArticle"_s, u"Review"_s};
    if (type.isArray()) {
        for (const auto &item : type.toArray())
            if (isArticleType(item))
                return true;
        return false;
    }
    return kinds.contains(type.toString());
}

void collectJsonLdObjects(const QJsonValue &value, QList<QJsonObject> &objects, int depth = 0)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectJsonLdObjects(item, objects, depth + 1);
    } else if (value.isObject()) {
        const auto object = value.toObject();
        objects << object;
        if (object.contains(u"@graph"_s))
            collectJsonLdObjects(object.value(u"@graph"_s), objects, depth + 1);
    }
}

// The site's name in an address's host, near enough: "news.example.co.uk" and "www.example.com"
// both give "example" (one publisher's sites in several countries share it). Empty when the
// address has no host.
std::string siteNameOf(Name url)
{
    auto start = url.find("//");
    if (start == Name::npos)
        return {};
    start += 2;
    auto end = url.find_first_of("/?#:", start);
    if (end == Name::npos)
        end = url.size();
    auto host = lower(url.substr(start, end - start));
    auto last = host.rfind('.');
    if (last == std::string::npos || last == 0)
        return host;
    auto cut = host.rfind('.', last - 1);
    // Country domains with a short second level ("co.uk", "com.au") drop one more label.
    if (cut != std::string::npos && host.size() - last - 1 == 2 && last - cut - 1 <= 3) {
        last = cut;
        cut = host.rfind('.', last - 1);
    }
    const auto from = cut == std::string::npos ? 0 : cut + 1;
    return host.substr(from, last - from);
}

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
};

// --- Metadata ---------------------------------------------------------------------------------

Metadata PageAnalysis::readMetadata() const
{
    Metadata metadata;
    QHash<QString, QString> meta;
    QList<QJsonObject> jsonLd;
    QString timeElement;
    QString relAuthor;
    QString canonical;

    auto *root = xmlDocGetRootElement(m_document);
    if (!root)
        return metadata;
    if (nameOf(root) == "html") {
        const auto lang = attribute(root, "lang");
        metadata.language = toQString(lang.empty() ? attribute(root, "xml:lang") : lang).trimmed();
    }

    // Pre-order walk over parent pointers: no recursion, so depth costs nothing here.
    int depth = 0;
    for (xmlNode *node = root; node;) {
        bool descend = isElement(node) && depth < HtmlExtractor::MaximumDepth;
        if (isElement(node)) {
            const auto name = nameOf(node);
            if (name == "meta") {
                auto key = attribute(node, "property");
                if (key.empty())
                    key = attribute(node, "name");
                if (key.empty())
                    key = attribute(node, "itemprop");
                const auto content = attribute(node, "content");
                if (!key.empty() && !content.empty()) {
                    // "property" may hold several space-separated names.
                    for (const auto &part : toQString(lower(key)).split(u' ', Qt::SkipEmptyParts))
                        if (!meta.contains(part))
                            meta.insert(part, toQString(content).trimmed());
                }
            } else if (name == "title" && metadata.titleTag.isEmpty()) {
                std::string text;
                collectText(node, text, 0);
                metadata.titleTag = simplifiedText(text);
            } else if (name == "link") {
                const auto rel = lower(attribute(node, "rel"));
                if (rel == "canonical" && canonical.isEmpty())
                    canonical = toQString(attribute(node, "href")).trimmed();
            } else if (name == "script") {
                if (lower(attribute(node, "type")) == "application/ld+json") {
                    std::string text;
                    for (auto *child = node->children; child; child = child->next)
                        if (child->content)
                            text += reinterpret_cast<const char *>(child->content);
                    const auto json = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
                    if (json.isObject())
                        collectJsonLdObjects(json.object(), jsonLd);
                    else if (json.isArray())
                        collectJsonLdObjects(json.array(), jsonLd);
                }
                descend = false;
            } else if (name == "time" && timeElement.isEmpty()) {
                timeElement = toQString(attribute(node, "datetime"));
            } else if (name == "a" && relAuthor.isEmpty() && lower(attribute(node, "rel")) == "author") {
                std::string text;
                collectText(node, text, 0);
                relAuthor = simplifiedText(text);
            } else if (name == "h1" && metadata.firstHeading.isEmpty()) {
                std::string text;
                collectText(node, text, 0);
                metadata.firstHeading = simplifiedText(text);
            } else if (name == "style" || name == "svg") {
                descend = false;
            }
        }
        if (descend && node->children) {
            node = node->children;
            ++depth;
            continue;
        }
        while (node && !node->next && node != root) {
            node = node->parent;
            --depth;
        }
        node = node && node != root ? node->next : nullptr;
    }

    QJsonObject article;
    for (const auto &object : std::as_const(jsonLd)) {
        if (isArticleType(object.value(u"@type"_s)) && object.value(u"@type"_s).toString() != u"WebPage"_s) {
            article = object;
            break;
        }
    }

    auto first = [&](std::initializer_list<QString> keys) {
        for (const auto &key : keys) {
            const auto value = meta.value(key).simplified();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };

    metadata.siteName = first({u"og:site_name"_s});
    if (metadata.siteName.isEmpty())
        metadata.siteName = jsonText(article.value(u"publisher"_s));
    if (metadata.siteName.isEmpty())
        metadata.siteName = first({u"application-name"_s, u"twitter:site"_s});

    metadata.title = first({u"og:title"_s, u"twitter:title"_s, u"dc.title"_s, u"dcterms.title"_s});
    if (metadata.title.isEmpty())
        metadata.title = jsonText(article.value(u"headline"_s));
    if (metadata.title.isEmpty()) {
        // "<title>Headline | Site</title>": keep the headline when what remains is not too short.
        auto title = metadata.titleTag;
        static const QRegularExpression suffix(uR"(^(.*\S)\s+[|\-–—»·:/\\]\s+[^|\-–—»·]*$)"_s);
        const auto match = suffix.match(title);
        // The site's name is the shorter side of the separator.
        if (match.hasMatch()
            && (match.captured(1).split(u' ', Qt::SkipEmptyParts).size() >= 3
                || match.captured(1).size() > title.size() - match.captured(1).size()))
            title = match.captured(1);
        metadata.title = title;
    }
    if (metadata.title.isEmpty())
        metadata.title = metadata.firstHeading;

    auto isName = [](const QString &value) {
        return !value.isEmpty() && value.size() < 120 && !value.startsWith(u"http"_s);
    };
    for (const auto &key : {u"author"_s, u"article:author"_s, u"dc.creator"_s, u"parsely-author"_s,
                            u"sailthru.author"_s, u"byl"_s}) {
        const auto value = meta.value(key).simplified();
        if (isName(value)) {
            metadata.byline = value;
            break;
        }
    }
    if (metadata.byline.isEmpty() && isName(jsonText(article.value(u"author"_s))))
        metadata.byline = jsonText(article.value(u"author"_s));
    if (metadata.byline.isEmpty() && isName(relAuthor))
        metadata.byline = relAuthor;

    const auto metaDate = first({u"article:published_time"_s, u"og:published_time"_s, u"datepublished"_s,
                                 u"publishdate"_s, u"pubdate"_s, u"publish-date"_s, u"date"_s,
                                 u"dc.date.issued"_s, u"dc.date"_s, u"dcterms.created"_s, u"dcterms.date"_s,
                                 u"sailthru.date"_s, u"parsely-pub-date"_s, u"article.published"_s,
                                 u"published-date"_s, u"cxenseparse:recs:publishtime"_s});
    if (const auto date = parseDate(metaDate); date.isValid()) {
        metadata.published = date;
        metadata.publishedSource = DateSource::Metadata;
    } else if (const auto jsonDate = parseDate(article.value(u"datePublished"_s).toString()); jsonDate.isValid()) {
        metadata.published = jsonDate;
        metadata.publishedSource = DateSource::JsonLd;
    } else if (const auto timeDate = parseDate(timeElement); timeDate.isValid()) {
        metadata.published = timeDate;
        metadata.publishedSource = DateSource::TimeElement;
    }

    metadata.url = canonical;
    if (metadata.url.isEmpty())
        metadata.url = first({u"og:url"_s});
    if (metadata.url.isEmpty())
        metadata.url = article.value(u"url"_s).toString();
    if (metadata.language.isEmpty())
        metadata.language = first({u"content-language"_s, u"og:locale"_s, u"language"_s}).replace(u'_', u'-');
    metadata.articleBody = article.value(u"articleBody"_s).toString().trimmed();
    return metadata;
}

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
    if (!m_keepAll && m_flags.stripUnlikely && teasers.size() >= 3 && teasers.size() * 2 >= std::size_t(blockChildren)) {
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
                    static const QRegularExpression sentenceEnd(uR"(\.( |$))"_s);
                    append = simplifiedText(text).contains(sentenceEnd);
                }
            }
        }
        if (append)
            content << sibling;
    }
    return content;
}

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
        static const QRegularExpression adWords(
            uR"(^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|chargement|cargando)(…|\.\.\.)?)$)"_s,
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

// Short lines that web pages repeat around articles whatever the site: widget labels, credits,
// and the "you may also like" lists that follow the text.
void PageAnalysis::dropBoilerplateBlocks()
{
    static const QRegularExpression widgetLabel(
        uR"(^(advert(isement)?|anzeige|iklan|publicité|caption|close|comments?|leave a (comment|reply)|share( this( on \w+)?)?|sharing is caring!?|by|more:?|highlights|print|email|tweet|related( news| stories| articles)?|don'?t miss|view author archive|get author rss feed|email the author|follow on (twitter|facebook|instagram|linkedin|x)|enlarge( this)?( image| photo| picture)?|this slideshow requires javascript\.?|click here .{0,60}|loading\.{0,3}|skip to (main )?content|continue reading( the main story)?|image \d+ of \d+|\d+ comments?)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression credit(
        uR"(^(\(?(photo|image|picture|foto|credit|source)s?( copyright| credit)?\s*[:©].{0,80}|image copyright .{0,60}|©.{0,60}|.{0,60}\b(getty images|afp|reuters|ap photo|shutterstock)\)?\.?)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relatedMarker(
        uR"(^(you (may|might) (also )?like|related (articles|stories|posts|coverage|content)|more (from|on|stories)|recommended( for you)?|also read|read (more|next|also)|see also|trending( now)?|most (popular|read))\b.{0,40}$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateLine(
        uR"(^(updated|published|posted|last (updated|modified)|modified|veröffentlicht|publié|aktualisiert)?\b.{0,40}((19|20)\d\d|\d{1,2}:\d\d\s*(am|pm)?).{0,40}$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wordsOfDate(
        uR"(\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|updated|published|posted|am|pm|[A-Z]{2,4}T|\d+)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The same in the other languages of the news read here, with the words that join a date's
    // parts ("22 de outubro de 2010 às 20:13", "le 3 mars 2019 à 14 h").
    static const QRegularExpression foreignWordsOfDate(
        uR"(\b(janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|de|del|às|à|le|um|uhr|den|di|alle|ore|el|h)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The prefix in any case ("By", "BY", "Reviewed by"), the name capitalised.
    static const QRegularExpression bylineLine(
        uR"(^(?i:by|von|par|por|di|written by|(?:medically )?reviewed by|fact[- ]checked by)\s+\p{Lu}.{0,80}$)"_s);
    // A byline that carries its date ("By Ann Lee on Monday, November 18th, 2019 at 11:08 a.m.")
    // is one even under a quoted claim or a kicker that precedes it.
    static const QRegularExpression datedByline(
        uR"(\b(on|am|le|el|em|il)\s+.{0,20}\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|\d{1,2}[./]\d{1,2}[./])\b.{0,12}\b(19|20)\d\d\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pictureCredit(
        uR"(\(((image|photo|picture|pictured|credit|foto|bild)s?|AP|AFP|Reuters|Getty Images|EPA|dpa)\b[^)]{0,60}\)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "Tags: diplomacy, Geneva" under the article.
    static const QRegularExpression tagList(
        uR"(^(tags?|topics|filed under|schlagwörter|stichwörter|mots-clés|étiquettes|etiquetas|temas|タグ|标签)(\s*[:：]\s*\S|\s+[^.!?。]+$))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "Follow Newsbeat on Instagram, Facebook and YouTube."
    static const QRegularExpression socialFollow(
        uR"(^(follow|like|find|join|subscribe to)\b.{0,40}\bon (facebook|twitter|x|instagram|youtube|linkedin|tiktok|telegram|whatsapp|threads|bluesky)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorBox(
        uR"(^(about the authors?|about the writer|über den autor|über die autorin|à propos de l'auteur|sobre el autor|sobre la autora|l'autore)\s*:?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "Related: …", "SEE MORE: …", "Also: …", "Main article: …" lines point to other articles.
    static const QRegularExpression relatedLink(
        uR"(^(related|see more|read more|more|also|also read|read also|see also|main articles?|further information|watch|listen|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lee también)\s*:\s*\S.{0,140}$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression captionLabel(uR"(^(image|media|photo|video) caption\b)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    // A picture's caption that ends with its credit: "… in Inner Mongolia.Credit: EPA".
    static const QRegularExpression creditEnding(uR"((Credit|Photo|Image|Picture|Foto)s?:\s*[^.:]{1,60}$)"_s);
    static const QRegularExpression closingNotice(
        uR"((©|\bcopyright\b|all rights reserved|\bsubscribe\b|\bnewsletters?\b|sign up for|follow (us|him|her) on))"_s,
        QRegularExpression::CaseInsensitiveOption);

    // A block the page repeats (gallery captions, pull quotes) is read once.
    QHash<QString, qsizetype> seen; // text → index of its last occurrence
    auto isGalleryKind = [](BlockKind kind) { return kind == BlockKind::Caption || kind == BlockKind::ListItem; };
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto earlier = seen.value(m_blocks[i].text, -1);
        if (m_blocks[i].text.size() >= 20 && earlier >= 0 && i - earlier <= 4 && m_blocks[i].kind != BlockKind::Heading
            && (isGalleryKind(m_blocks[earlier].kind) || isGalleryKind(m_blocks[i].kind))) {
            removeBlock(i, u"repeated caption"_s);
            continue;
        }
        seen.insert(m_blocks[i].text, i);
        ++i;
    }
    // A date or byline line is metadata; "(Image: …)" lines are picture credits; and short
    // copyright or newsletter notices close pages, not articles.
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto &text = m_blocks[i].text;
        bool isDate = false;
        if (text.size() < 100 && text.size() >= 10 && m_blocks[i].kind != BlockKind::Heading
            && dateLine.match(text).hasMatch()) {
            auto rest = text;
            rest.remove(wordsOfDate);
            rest.remove(foreignWordsOfDate);
            isDate = rest.count(QRegularExpression(uR"(\p{L}{2,})"_s)) <= 2;
        }
        if (isDate)
            removeBlock(i, u"date line"_s);
        else if (text.size() < 100 && bylineLine.match(text).hasMatch()
                 && (i < 2 || (i < 5 && datedByline.match(text).hasMatch())))
            removeBlock(i, u"byline"_s);
        else if (text.size() < 250 && pictureCredit.match(text).hasMatch())
            removeBlock(i, u"picture credit"_s);
        else if (text.size() < 300 && m_blocks[i].kind != BlockKind::Heading && creditEnding.match(text).hasMatch())
            removeBlock(i, u"picture caption"_s);
        else if (i * 2 >= m_blocks.size() && text.size() < 250 && tagList.match(text).hasMatch())
            removeBlock(i, u"tags"_s);
        else if (text.size() < 150 && socialFollow.match(text).hasMatch())
            removeBlock(i, u"social links"_s);
        else if (text.size() < 300 && captionLabel.match(text).hasMatch())
            removeBlock(i, u"picture caption"_s);
        else if (m_blocks[i].kind != BlockKind::Heading && text.size() < 160 && relatedLink.match(text).hasMatch())
            removeBlock(i, u"related articles"_s);
        else if (i >= m_blocks.size() - 3 && i > 2 && text.size() < 300 && closingNotice.match(text).hasMatch())
            removeBlock(i, u"closing notice"_s);
        else
            ++i;
    }
    for (qsizetype i = 0; i < m_blocks.size();) {
        const auto &block = m_blocks[i];
        if (block.kind == BlockKind::Preformatted || block.text.size() > 140) {
            ++i;
            continue;
        }
        const auto text = block.text.trimmed();
        if (widgetLabel.match(text).hasMatch()) {
            removeBlock(i, u"page furniture"_s);
        } else if (block.kind != BlockKind::Caption && credit.match(text).hasMatch()) {
            // A credit standing alone is page furniture; in a picture's caption it is the
            // caption's (whole captions are kept, credit and all).
            removeBlock(i, u"picture credit"_s);
        } else if (relatedMarker.match(text).hasMatch() && i * 2 >= m_blocks.size()) {
            // The marker and the short link lines after it; a real paragraph ends the list, and so
            // does a sentence (headlines end without a full stop): after a "Read more" button that
            // unfolds the rest of the text, the text goes on.
            static const QRegularExpression sentence(uR"(^(\S+\s+){7,}.*[.!?]["”’»]?$)"_s);
            removeBlock(i, u"related articles"_s);
            while (i < m_blocks.size() && m_blocks[i].text.size() < 120 && m_blocks[i].kind != BlockKind::Heading
                   && !sentence.match(m_blocks[i].text).hasMatch()) {
                m_removed.last().text += u'\n' + m_blocks[i].text;
                m_blocks.removeAt(i);
                for (auto &fragment : m_removed)
                    if (fragment.beforeBlock > i)
                        --fragment.beforeBlock;
            }
        } else if (authorBox.match(text).hasMatch() && i * 2 >= m_blocks.size()) {
            // The author's box closes a page: the label, the name and a short biography.
            removeBlock(i, u"author box"_s);
            for (int taken = 0; taken < 3 && i < m_blocks.size() && m_blocks[i].text.size() < 600; ++taken) {
                m_removed.last().text += u'\n' + m_blocks[i].text;
                m_blocks.removeAt(i);
                for (auto &fragment : m_removed)
                    if (fragment.beforeBlock > i)
                        --fragment.beforeBlock;
            }
        } else {
            ++i;
        }
    }
}

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

Article PageAnalysis::extractArticle(const Metadata &metadata)
{
    const auto url = metadata.url.toUtf8();
    m_siteName = siteNameOf(Name(url.constData(), std::size_t(url.size())));
    Article best;
    int bestLength = -1;
    const std::array<Flags, 4> attempts{Flags{true, true, true}, Flags{false, true, true}, Flags{false, false, true},
                                        Flags{false, false, false}};
    for (const auto &flags : attempts) {
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

struct DocumentDeleter
{
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};
using DocumentPointer = std::unique_ptr<xmlDoc, DocumentDeleter>;

bool startsWithNoCase(const char *at, const char *end, Name word)
{
    if (std::size_t(end - at) < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = at[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

const char *findNoCase(const char *from, const char *end, Name word)
{
    for (const char *at = from; at < end; ++at) {
        at = static_cast<const char *>(std::memchr(at, word[0], std::size_t(end - at)));
        if (!at)
            return nullptr;
        if (startsWithNoCase(at, end, word))
            return at;
    }
    return nullptr;
}

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':'
        || c == '.';
}

// Attributes the extractor reads, or that steer the parser (charset); the others (data-*,
// srcset, event handlers, …) are two fifths of a page's markup once scripts are gone.
bool isKeptAttribute(Name name)
{
    static constexpr std::array<Name, 22> kept{
        "class", "id", "role", "rel", "itemprop", "href", "style", "hidden", "aria-hidden", "type", "property",
        "name", "content", "datetime", "lang", "xml:lang", "summary", "datatable", "charset", "http-equiv",
        "xmlns", "encoding"};
    for (const auto k : kept)
        if (k.size() == name.size() && startsWithNoCase(name.data(), name.data() + name.size(), k))
            return true;
    return false;
}

// What libxml2 is given: the page without what the extractor never reads. Script and style
// bodies and SVG drawings are most of a saved page's bytes, and libxml2 reads them character by
// character only for the extractor to drop them: their elements stay, empty (JSON-LD scripts
// keep their text, their metadata is read). Attributes nobody reads are left out of start tags.
// Comments are passed over whole, as the parser reads them, so markup inside one changes
// nothing; a script ends at the first "</script", as it does for the parser. A start tag this
// tokenizer is unsure of is passed on as it is.
QByteArray withoutUnreadMarkup(QByteArrayView html)
{
    QByteArray out;
    out.reserve(html.size());
    const char *const end = html.data() + html.size();
    const char *copied = html.data(); // everything before this is in out
    const char *at = html.data();
    auto skipSpaces = [&](const char *p) {
        while (p < end && isSpace(static_cast<unsigned char>(*p)))
            ++p;
        return p;
    };
    std::vector<std::pair<const char *, const char *>> dropped; // attribute spans of this tag
    // Once a closing tag is missing from the rest of the page it stays missing: searching again
    // for every later opening tag would make hostile pages quadratic.
    bool canCloseScript = true, canCloseStyle = true, canCloseSvg = true;
    while (at < end) {
        at = static_cast<const char *>(std::memchr(at, '<', std::size_t(end - at)));
        if (!at || at + 1 >= end)
            break;
        if (startsWithNoCase(at, end, "<!--")) {
            const auto close = Name(at + 4, std::size_t(end - at - 4)).find("-->");
            if (close == Name::npos)
                break;
            at += 4 + close + 3;
            continue;
        }
        const char first = at[1];
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            ++at;
            continue;
        }
        const char *p = at + 1;
        while (p < end && isNameByte(*p))
            ++p;
        const Name name(at + 1, std::size_t(p - at - 1));
        // Attributes, as the HTML tokenizer reads them.
        dropped.clear();
        const char *tagEnd = nullptr;
        bool isSure = true;
        while (isSure) {
            p = skipSpaces(p);
            if (p >= end) {
                isSure = false;
                break;
            }
            if (*p == '>') {
                tagEnd = p;
                break;
            }
            if (*p == '/') {
                ++p;
                continue;
            }
            const char *attributeStart = p;
            while (p < end && isNameByte(*p))
                ++p;
            if (p == attributeStart) {
                isSure = false;
                break;
            }
            const Name attributeName(attributeStart, std::size_t(p - attributeStart));
            const char *valueEnd = p;
            const char *q = skipSpaces(p);
            if (q < end && *q == '=') {
                q = skipSpaces(q + 1);
                if (q >= end) {
                    isSure = false;
                    break;
                }
                if (*q == '"' || *q == '\'') {
                    const auto *close = static_cast<const char *>(std::memchr(q + 1, *q, std::size_t(end - q - 1)));
                    if (!close) {
                        isSure = false;
                        break;
                    }
                    valueEnd = close + 1;
                } else {
                    while (q < end && !isSpace(static_cast<unsigned char>(*q)) && *q != '>')
                        ++q;
                    valueEnd = q;
                }
            }
            p = valueEnd;
            if (!isKeptAttribute(attributeName))
                dropped.emplace_back(attributeStart, valueEnd);
        }
        if (!isSure || !tagEnd) {
            ++at;
            continue;
        }
        for (const auto &[from, to] : dropped) {
            out.append(copied, from - copied);
            copied = to;
        }
        at = tagEnd + 1;
        const bool isScript = name.size() == 6 && startsWithNoCase(name.data(), end, "script");
        const bool isStyle = name.size() == 5 && startsWithNoCase(name.data(), end, "style");
        const bool isSvg = name.size() == 3 && startsWithNoCase(name.data(), end, "svg") && tagEnd[-1] != '/';
        const char *bodyEnd = nullptr;
        if ((isScript && canCloseScript) || (isStyle && canCloseStyle)) {
            bodyEnd = findNoCase(at, end, isScript ? Name("</script") : Name("</style"));
            if (!bodyEnd)
                (isScript ? canCloseScript : canCloseStyle) = false;
            else if (isScript && findNoCase(name.data(), tagEnd, "ld+json"))
                bodyEnd = nullptr; // kept: JSON-LD
        } else if (isSvg && canCloseSvg) {
            // Drawings nest: the body ends at the matching "</svg".
            // Each search goes forward from the last match, so the scan stays linear.
            int depth = 1;
            const char *open = findNoCase(at, end, "<svg");
            const char *close = findNoCase(at, end, "</svg");
            while (close && !bodyEnd) {
                if (open && open < close) {
                    const auto *openEnd = static_cast<const char *>(std::memchr(open, '>', std::size_t(end - open)));
                    if (!openEnd)
                        break;
                    if (openEnd[-1] != '/')
                        ++depth;
                    open = findNoCase(openEnd + 1, end, "<svg");
                } else if (--depth == 0) {
                    bodyEnd = close;
                } else {
                    close = findNoCase(close + 5, end, "</svg");
                }
            }
            canCloseSvg = bodyEnd != nullptr;
        }
        if (bodyEnd) {
            out.append(copied, at - copied);
            copied = bodyEnd;
            at = bodyEnd + 2;
        }
    }
    out.append(copied, end - copied);
    return out;
}

DocumentPointer parseHtml(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > std::numeric_limits<int>::max())
        return {};
    const auto html = withoutUnreadMarkup(utf8);
    utf8 = html;
    // No HTML_PARSE_HUGE: libxml2's default limits keep absurd nesting bounded.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_COMPACT;
    return DocumentPointer(htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
}

xmlNode *findBody(xmlDoc *document)
{
    auto *root = xmlDocGetRootElement(document);
    if (!root)
        return nullptr;
    for (auto *child = root->children; child; child = child->next)
        if (nameOf(child) == "body")
            return child;
    return root;
}

} // namespace

Article HtmlExtractor::extract(const SourceDocument &document) const
{
    // Most pages are UTF-8 on disk: libxml2 then reads the bytes as they are, sparing a
    // re-encoding of the decoded text (the decoder has already checked what it read).
    if (document.encoding == u"UTF-8"_s && !document.bytes.isEmpty()) {
        QByteArrayView bytes(document.bytes);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        // SourceReader leaves the text empty only for bytes it has checked.
        if (document.text.isEmpty() || bytes.isValidUtf8())
            return extractUtf8(bytes);
    }
    return extractPage(document.text);
}

Article HtmlExtractor::extractPage(const QString &html) const
{
    return extractUtf8(html.toUtf8());
}

Article HtmlExtractor::extractUtf8(QByteArrayView html) const
{
    Article article;
    const auto document = parseHtml(html);
    auto *body = document ? findBody(document.get()) : nullptr;
    if (!body) {
        article.warnings << u"the page has no readable HTML content"_s;
        return article;
    }
    PageAnalysis analysis(document.get(), body);
    const auto metadata = analysis.readMetadata();
    article = analysis.extractArticle(metadata);
    article.title = metadata.title;
    if (!metadata.byline.isEmpty())
        article.byline = metadata.byline;
    article.source = metadata.siteName;
    article.url = metadata.url;
    article.language = metadata.language;
    article.published = metadata.published;
    article.publishedSource = metadata.publishedSource;
    return article;
}

QList<Block> HtmlExtractor::extractFragment(const QString &html, QStringList *warnings) const
{
    if (html.trimmed().isEmpty())
        return {};
    const auto document = parseHtml(html.toUtf8());
    auto *body = document ? findBody(document.get()) : nullptr;
    if (!body)
        return {};
    PageAnalysis analysis(document.get(), body);
    return analysis.extractAll(warnings);
}

} // namespace Attache
