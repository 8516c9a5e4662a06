// The pre-filter in front of libxml2, and the parse itself.

#include "clean/htmlprefilter.h"
#include "clean/htmlnode.h"
#include "clean/libxml2setup.h"

#include <QByteArray>

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>

namespace Attache::HtmlDetail {

namespace {

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

// The page with only the tags that give text its shape (paragraphs, headings, lists, quotes,
// line breaks, the document's head); every other tag goes, its text stays.
QByteArray withStructuralTagsOnly(QByteArrayView html)
{
    static constexpr std::array<Name, 20> kept{"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                                               "blockquote", "pre", "html", "head", "body", "title", "meta", "figcaption", "hr"};
    QByteArray out;
    out.reserve(html.size());
    const char *at = html.data();
    const char *end = at + html.size();
    while (at < end) {
        const char *open = static_cast<const char *>(std::memchr(at, '<', std::size_t(end - at)));
        if (!open) {
            out.append(at, end - at);
            break;
        }
        out.append(at, open - at);
        const char *nameStart = open + 1 < end && open[1] == '/' ? open + 2 : open + 1;
        const char *nameEnd = nameStart;
        while (nameEnd < end && std::isalnum(static_cast<unsigned char>(*nameEnd)))
            ++nameEnd;
        const char *tagEnd = nameEnd > nameStart ? static_cast<const char *>(std::memchr(nameEnd, '>', std::size_t(end - nameEnd))) : nullptr;
        if (!tagEnd) {
            out.append('<');
            at = open + 1;
            continue;
        }
        const auto length = std::size_t(nameEnd - nameStart);
        const bool isKept = std::any_of(kept.begin(), kept.end(), [&](Name name) {
            return name.size() == length && startsWithNoCase(nameStart, nameEnd, name);
        });
        if (isKept)
            out.append(open, tagEnd + 1 - open);
        else
            out.append(' ');
        at = tagEnd + 1;
    }
    return out;
}

DocumentPointer parse(QByteArrayView utf8, bool *isCutShort)
{
    // No HTML_PARSE_HUGE: libxml2's default limits keep absurd nesting bounded.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_COMPACT;
    CleanDetail::setUpLibxml2();
    std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> context(htmlNewParserCtxt(), &htmlFreeParserCtxt);
    if (!context)
        return {};
    DocumentPointer document(htmlCtxtReadMemory(context.get(), utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    // libxml2 stops the parse where nesting passes its depth limit; what follows is not read.
    *isCutShort = context->disableSAX != 0;
    return document;
}

} // namespace

DocumentPointer parseHtml(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > std::numeric_limits<int>::max())
        return {};
    const auto html = withoutUnreadMarkup(utf8);
    bool isCutShort = false;
    auto document = parse(html, &isCutShort);
    // A page nested deeper than libxml2 reads (thousands of <div>s, from a broken generator or
    // on purpose) is read again with only the tags that shape text: the words are what matter.
    if (isCutShort) {
        const auto flattened = withStructuralTagsOnly(html);
        bool isFlatCutShort = false;
        if (auto again = parse(flattened, &isFlatCutShort))
            document = std::move(again);
    }
    return document;
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

} // namespace Attache::HtmlDetail
