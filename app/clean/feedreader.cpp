#include "clean/feedreader.h"

#include "clean/htmlextractor.h"
#include "clean/libxml2setup.h"
#include "clean/publicationdate.h"

#include <QRegularExpression>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <limits>
#include <memory>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr int MaximumDepth = 64; // feeds are shallow; deeper content is ignored, not followed

std::string_view localName(const xmlNode *node)
{
    return node && node->name ? std::string_view(reinterpret_cast<const char *>(node->name)) : std::string_view();
}

std::string_view prefixOf(const xmlNode *node)
{
    return node && node->ns && node->ns->prefix ? std::string_view(reinterpret_cast<const char *>(node->ns->prefix))
                                                : std::string_view();
}

bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

// Text and CDATA only: entity references are never expanded, so no entity can grow the output.
void appendText(const xmlNode *node, QByteArray &out, int depth)
{
    for (auto *child = node->children; child; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
            out += reinterpret_cast<const char *>(child->content);
        else if (isElement(child) && depth < MaximumDepth)
            appendText(child, out, depth + 1);
    }
}

QString textOf(const xmlNode *node)
{
    QByteArray text;
    appendText(node, text, 0);
    return QString::fromUtf8(text).trimmed();
}

QString attributeOf(const xmlNode *node, const char *name)
{
    for (auto *property = node->properties; property; property = property->next)
        if (localName(reinterpret_cast<const xmlNode *>(property)) == name) {
            QByteArray text;
            for (auto *child = property->children; child; child = child->next)
                if (child->type == XML_TEXT_NODE && child->content)
                    text += reinterpret_cast<const char *>(child->content);
            return QString::fromUtf8(text).trimmed();
        }
    return {};
}

// Markup of an Atom xhtml content element, for the HTML extractor.
QString innerMarkup(xmlNode *node)
{
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(), &xmlBufferFree);
    if (!buffer)
        return {};
    for (auto *child = node->children; child; child = child->next)
        xmlNodeDump(buffer.get(), node->doc, child, 0, 0);
    return QString::fromUtf8(reinterpret_cast<const char *>(xmlBufferContent(buffer.get())), xmlBufferLength(buffer.get()));
}

struct DocumentDeleter
{
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};
struct ContextDeleter
{
    void operator()(xmlParserCtxt *context) const { xmlFreeParserCtxt(context); }
};

enum class FeedKind { Rss, Rdf, Atom };

class FeedParser
{
public:
    explicit FeedParser(FeedKind kind)
        : m_kind(kind)
    {
    }

    Article readItem(xmlNode *item, const QString &channelTitle, const QString &channelLanguage) const;

private:
    FeedKind m_kind;
};

Article FeedParser::readItem(xmlNode *item, const QString &channelTitle, const QString &channelLanguage) const
{
    Article article;
    article.source = channelTitle;
    article.language = attributeOf(item, "lang");
    if (article.language.isEmpty())
        article.language = channelLanguage;

    QString encoded, content, description, summary, contentType = u"html"_s, published, updated, dcDate;
    xmlNode *xhtmlContent = nullptr;
    QStringList authors;
    for (auto *child = item->children; child; child = child->next) {
        if (!isElement(child))
            continue;
        const auto name = localName(child);
        const auto prefix = prefixOf(child);
        if (name == "title" && article.title.isEmpty()) {
            article.title = textOf(child);
            if (attributeOf(child, "type") == u"html"_s || article.title.contains(u'<')) {
                QStringList parts;
                for (const auto &block : HtmlExtractor().extractFragment(article.title))
                    parts << block.text;
                if (!parts.isEmpty())
                    article.title = parts.join(u' ');
            }
        } else if (name == "link") {
            const auto rel = attributeOf(child, "rel");
            const auto href = attributeOf(child, "href");
            if (!href.isEmpty()) {
                if ((rel.isEmpty() || rel == u"alternate"_s) && article.url.isEmpty())
                    article.url = href;
            } else if (article.url.isEmpty()) {
                article.url = textOf(child);
            }
        } else if (name == "guid" && article.url.isEmpty() && attributeOf(child, "isPermaLink") != u"false"_s) {
            const auto guid = textOf(child);
            if (guid.startsWith(u"http"_s))
                article.url = guid;
        } else if (name == "encoded" && prefix == "content") {
            encoded = textOf(child);
        } else if (name == "content" && m_kind == FeedKind::Atom) {
            contentType = attributeOf(child, "type");
            if (contentType == u"xhtml"_s)
                xhtmlContent = child;
            else
                content = textOf(child);
        } else if (name == "description") {
            description = textOf(child);
        } else if (name == "summary") {
            summary = textOf(child);
        } else if (name == "pubDate" || name == "published" || name == "issued") {
            if (published.isEmpty())
                published = textOf(child);
        } else if (name == "updated" || name == "modified") {
            if (updated.isEmpty())
                updated = textOf(child);
        } else if (name == "date" && prefix == "dc") {
            if (dcDate.isEmpty())
                dcDate = textOf(child);
        } else if (name == "author") {
            QString author;
            for (auto *part = child->children; part; part = part->next)
                if (localName(part) == "name")
                    author = textOf(part);
            if (author.isEmpty())
                author = textOf(child);
            // RSS 2.0 gives "editor@example.org (Jane Doe)".
            static const QRegularExpression mailWithName(uR"(^\S+@\S+\s*\((.+)\)$)"_s);
            if (const auto match = mailWithName.match(author); match.hasMatch())
                author = match.captured(1).trimmed();
            if (!author.isEmpty() && !authors.contains(author))
                authors << author;
        } else if (name == "creator") {
            const auto author = textOf(child);
            if (!author.isEmpty() && !authors.contains(author))
                authors << author;
        } else if (name == "category" || name == "subject") {
            const auto term = attributeOf(child, "term");
            const auto tag = term.isEmpty() ? textOf(child) : term;
            if (!tag.isEmpty() && !article.tags.contains(tag))
                article.tags << tag;
        }
    }
    if (article.url.isEmpty() && m_kind == FeedKind::Rdf)
        article.url = attributeOf(item, "about");
    article.byline = authors.join(u", "_s);
    article.title = article.title.simplified();

    for (const auto &[text, source] : {std::pair{published, DateSource::Metadata}, std::pair{dcDate, DateSource::Metadata},
                                       std::pair{updated, DateSource::Metadata}}) {
        const auto date = parseMachineDate(text);
        if (date.isValid()) {
            article.published = date;
            article.publishedSource = source;
            break;
        }
    }
    const QString dateText = !published.isEmpty() ? published : !dcDate.isEmpty() ? dcDate : updated;
    if (!article.published.isValid() && !dateText.isEmpty())
        article.warnings << u"the item's date could not be read: %1"_s.arg(dateText.left(60));

    // The fullest body wins: content:encoded, then Atom content, then description or summary.
    const HtmlExtractor extractor;
    if (xhtmlContent) {
        article.blocks = extractor.extractFragment(innerMarkup(xhtmlContent), &article.warnings);
    } else if (!encoded.isEmpty()) {
        article.blocks = extractor.extractFragment(encoded, &article.warnings);
    } else if (!content.isEmpty() && contentType == u"text"_s) {
        for (const auto &paragraph : content.split(QRegularExpression(uR"(\n\s*\n)"_s), Qt::SkipEmptyParts))
            if (!paragraph.simplified().isEmpty())
                article.blocks << Block{BlockKind::Paragraph, 0, paragraph.simplified()};
    } else if (!content.isEmpty()) {
        article.blocks = extractor.extractFragment(content, &article.warnings);
    }
    const auto summaryText = !description.isEmpty() ? description : summary;
    if (!summaryText.isEmpty()) {
        const auto summaryBlocks = extractor.extractFragment(summaryText, &article.warnings);
        if (article.blocks.isEmpty()) {
            article.blocks = summaryBlocks;
        } else {
            QStringList parts;
            for (const auto &block : summaryBlocks)
                parts << block.text;
            article.standfirst = parts.join(u' ');
        }
    }
    if (article.blocks.isEmpty() && !article.title.isEmpty())
        article.warnings << u"the item has no text, only a title"_s;
    return article;
}

} // namespace

CleanResult FeedReader::read(const SourceDocument &document) const
{
    auto result = read(document.text.isEmpty() ? document.bytes : document.text.toUtf8());
    result.path = document.path;
    return result;
}

CleanResult FeedReader::read(const QByteArray &xml) const
{
    CleanResult result;
    if (xml.trimmed().isEmpty()) {
        result.error = u"the feed is empty"_s;
        return result;
    }
    if (xml.size() > std::numeric_limits<int>::max()) {
        result.error = u"the feed is too large to read"_s;
        return result;
    }
    CleanDetail::setUpLibxml2();
    std::unique_ptr<xmlParserCtxt, ContextDeleter> context(xmlNewParserCtxt());
    if (!context) {
        result.error = u"the XML parser could not start (out of memory?)"_s;
        return result;
    }
    // No XML_PARSE_NOENT and no DTD loading: entities stay unexpanded and nothing external is read.
    const int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    // The text was decoded already (its declaration was honoured then); it is UTF-8 now.
    const bool isUtf8 = !xml.startsWith("\xff\xfe") && !xml.startsWith("\xfe\xff");
    std::unique_ptr<xmlDoc, DocumentDeleter> document(
        xmlCtxtReadMemory(context.get(), xml.constData(), int(xml.size()), nullptr, isUtf8 ? "UTF-8" : nullptr, options));
    const auto *error = xmlCtxtGetLastError(context.get());
    const bool isWellFormed = context->wellFormed != 0;
    const QString reason = error && error->message
        ? u"line %1: %2"_s.arg(error->line).arg(QString::fromUtf8(error->message).trimmed())
        : u"unknown error"_s;
    auto *root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!root) {
        result.error = u"the feed is not readable XML (%1)"_s.arg(reason);
        return result;
    }
    const auto rootName = localName(root);
    FeedKind kind;
    if (rootName == "rss")
        kind = FeedKind::Rss;
    else if (rootName == "RDF")
        kind = FeedKind::Rdf;
    else if (rootName == "feed")
        kind = FeedKind::Atom;
    else {
        result.error = u"the file is XML but not an RSS, RDF or Atom feed (its root element is <%1>)"_s.arg(
            QString::fromUtf8(reinterpret_cast<const char *>(root->name)));
        return result;
    }
    if (!isWellFormed)
        result.warnings << u"the feed is malformed or truncated (%1); the items before the fault were read"_s.arg(reason);

    QString channelTitle, channelLanguage;
    QList<xmlNode *> items;
    auto scan = [&](xmlNode *parent, bool isChannel) {
        for (auto *child = parent->children; child; child = child->next) {
            if (!isElement(child))
                continue;
            const auto name = localName(child);
            if (isChannel && name == "title" && channelTitle.isEmpty())
                channelTitle = textOf(child).simplified();
            else if (isChannel && name == "language" && channelLanguage.isEmpty())
                channelLanguage = textOf(child);
            else if (name == "item" || name == "entry")
                items << child;
        }
    };
    if (kind == FeedKind::Atom) {
        channelLanguage = attributeOf(root, "lang");
        scan(root, true);
    } else {
        for (auto *child = root->children; child; child = child->next)
            if (localName(child) == "channel")
                scan(child, true);
        scan(root, false); // RDF items are the channel's siblings
    }

    const FeedParser parser(kind);
    for (auto *item : std::as_const(items)) {
        auto article = parser.readItem(item, channelTitle, channelLanguage);
        // A truncated item at the end carries whatever it had; an empty one is dropped.
        if (article.blocks.isEmpty() && article.title.isEmpty())
            continue;
        result.articles << article;
    }
    if (result.articles.isEmpty())
        result.error = isWellFormed ? u"the feed has no items"_s
                                    : u"the feed is malformed and no item could be read (%1)"_s.arg(reason);
    return result;
}

} // namespace Attache
