#include "clean/pdfstructure.h"

#include "clean/pdflayout.h"

#include <QHash>
#include <QSet>

// Poppler's own classes (libpoppler-private-dev): the Qt binding gives neither the structure tree
// nor the marked content a word belongs to.
#include <Annot.h>
#include <Catalog.h>
#include <GfxState.h>
#include <Link.h>
#include <Object.h>
#include <OutputDev.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <XRef.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Attache::PdfStructure {

namespace {

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool isPastDeadline(void *deadlineMs)
{
    return nowMs() >= *static_cast<const qint64 *>(deadlineMs);
}

// A character as drawn, in points on the page, y growing downwards.
struct Glyph
{
    QString text;
    double x = 0;       // where the pen stood
    double y = 0;       // the baseline
    double endX = 0;    // where the pen went after it
    double size = 0;    // the font size as drawn
    int link = -1;      // the link area of the page the character is drawn in (an index), if any
};

// A link annotation's area on a page, in the glyphs' coordinates, and its address.
struct LinkArea
{
    double left = 0, top = 0, right = 0, bottom = 0;
    QString href;
};

quint64 pieceKey(int page, int mcid)
{
    return (quint64(quint32(page)) << 32) | quint32(mcid);
}

// Collects the characters of each marked-content piece ("/P <</MCID 3>> BDC … EMC") of a page;
// what is drawn outside any piece is only counted.
class MarkedTextCollector final : public OutputDev
{
public:
    explicit MarkedTextCollector(PDFDoc &doc)
        : m_doc(doc)
    {
    }

    QHash<quint64, QList<Glyph>> pieces;
    QHash<int, QList<LinkArea>> linkAreas; // by page
    qsizetype untaggedCharacters = 0;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return false; }

    void startPage(int pageNumber, GfxState *state, XRef *) override
    {
        m_page = pageNumber;
        m_marks.clear();
        m_areas = nullptr;
        if (!state)
            return;
        auto *page = m_doc.getPage(pageNumber);
        if (!page)
            return;
        const auto links = page->getLinks();
        if (!links)
            return;
        auto &areas = linkAreas[pageNumber];
        m_bands.clear();
        for (const auto *link : links->getLinks()) {
            double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            link->getRect(&x1, &y1, &x2, &y2);
            LinkArea area;
            double ax = 0, ay = 0, bx = 0, by = 0;
            state->transform(x1, y1, &ax, &ay);
            state->transform(x2, y2, &bx, &by);
            area.left = std::min(ax, bx);
            area.right = std::max(ax, bx);
            area.top = std::min(ay, by);
            area.bottom = std::max(ay, by);
            if (const auto *action = link->getAction(); action && action->getKind() == actionURI)
                area.href = QString::fromStdString(static_cast<const LinkURI *>(action)->getURI());
            // A page of many links (a menu of hundreds) is searched by band, not link by link.
            if (!std::isfinite(area.top) || !std::isfinite(area.bottom) || area.bottom - area.top > 20 * BandHeight)
                continue;
            for (int band = bandOf(area.top); band <= bandOf(area.bottom); ++band)
                m_bands[band] << int(areas.size());
            areas << area;
        }
        m_areas = &areas;
    }

    void beginMarkedContent(const char *, Dict *properties) override
    {
        int mcid = m_marks.isEmpty() ? -1 : m_marks.last();
        if (properties) {
            if (const Object id = properties->lookup("MCID"); id.isInt())
                mcid = id.getInt();
        }
        m_marks << mcid;
    }

    void endMarkedContent(GfxState *) override
    {
        if (!m_marks.isEmpty())
            m_marks.removeLast();
    }

    void drawChar(GfxState *state, double x, double y, double dx, double dy, double, double, CharCode, int, const Unicode *u,
                  int uLength) override
    {
        if (uLength <= 0 || !u)
            return;
        const int mcid = m_marks.isEmpty() ? -1 : m_marks.last();
        if (mcid < 0) {
            untaggedCharacters += uLength;
            return;
        }
        Glyph glyph;
        glyph.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(u), uLength);
        double endY = 0;
        state->transform(x, y, &glyph.x, &glyph.y);
        state->transform(x + dx, y + dy, &glyph.endX, &endY);
        glyph.size = state->getTransformedFontSize();
        glyph.text = PdfLayout::typedText(glyph.text);
        if (m_areas) {
            // The middle of the character, a third of its size up from its baseline.
            const double middleX = (glyph.x + glyph.endX) / 2, middleY = glyph.y - glyph.size / 3;
            for (const int i : m_bands.value(bandOf(middleY))) {
                const auto &area = m_areas->at(i);
                if (middleX >= area.left && middleX <= area.right && middleY >= area.top && middleY <= area.bottom) {
                    glyph.link = i;
                    break;
                }
            }
        }
        pieces[pieceKey(m_page, mcid)] << std::move(glyph);
    }

private:
    static constexpr double BandHeight = 16;

    static int bandOf(double y) { return int(std::floor(std::clamp(y, -1e6, 1e6) / BandHeight)); }

    PDFDoc &m_doc;
    const QList<LinkArea> *m_areas = nullptr;
    QHash<int, QList<int>> m_bands; // the link areas (indexes) reaching into each band of the page
    int m_page = 0;
    QList<int> m_marks; // the MCID of each open marked-content sequence (-1: none)
};

// A page printed from a saved file has its relative links resolved against the file's own
// address: "file:///world/story.html" was "/world/story.html", a link within the page's site.
QString siteRelative(const QString &href)
{
    if (href.startsWith(u"file://"_s, Qt::CaseInsensitive))
        return href.mid(7);
    return href;
}

bool isCjk(QChar c)
{
    const auto u = c.unicode();
    return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

// Walks the structure tree and lays the pieces' characters end to end, in the tree's order,
// with a space wherever the page leaves one: a gap on a line, or a new line (but not between
// two Chinese or Japanese characters, whose lines wrap inside a word).
class TreeReader
{
public:
    TreeReader(PDFDoc &doc, QHash<quint64, QList<Glyph>> &pieces, const QHash<int, QList<LinkArea>> &linkAreas)
        : m_doc(doc)
        , m_pieces(pieces)
        , m_linkAreas(linkAreas)
    {
    }

    qsizetype taggedCharacters = 0;

    Node element(const Object &dictionary, int depth)
    {
        Node node;
        const Object type = dictionary.dictLookup("S");
        node.type = type.isName() ? QString::fromLatin1(type.getName()) : u"NonStruct"_s;
        if (node.type.isEmpty())
            node.type = u"NonStruct"_s;
        const int page = pageOf(dictionary, 0);
        const bool isLink = node.type == u"Link";
        m_linkDepth += isLink;
        const Object &kids = dictionary.dictLookupNF("K");
        if (kids.isArray()) {
            for (int i = 0; i < kids.arrayGetLength(); ++i)
                kid(kids.arrayGetNF(i), page, node, depth);
        } else {
            kid(kids, page, node, depth);
        }
        m_linkDepth -= isLink;
        return node;
    }

private:
    static constexpr int MaximumDepth = 200;

    int pageOf(const Object &dictionary, int inherited)
    {
        const Object &page = dictionary.dictLookupNF("Pg");
        if (!page.isRef())
            return inherited;
        const int number = m_doc.findPage(page.getRef());
        return number > 0 ? number : inherited;
    }

    void kid(const Object &reference, int page, Node &parent, int depth)
    {
        if (reference.isInt()) {
            text(page, reference.getInt(), parent);
            return;
        }
        if (reference.isRef()) {
            const auto ref = reference.getRef();
            const auto key = (quint64(quint32(ref.num)) << 32) | quint32(ref.gen);
            if (m_seen.contains(key) || depth >= MaximumDepth)
                return; // a loop, or nesting no page makes
            m_seen.insert(key);
        }
        const Object value = reference.fetch(m_doc.getXRef());
        if (!value.isDict())
            return;
        if (value.isDict("MCR")) {
            if (const Object mcid = value.dictLookup("MCID"); mcid.isInt())
                text(pageOf(value, page), mcid.getInt(), parent);
            return;
        }
        if (value.isDict("OBJR")) {
            // A link's annotation: its address, when it has one.
            if (parent.type == u"Link" && parent.href.isEmpty()) {
                const Object annotation = value.dictLookup("Obj");
                if (annotation.isDict()) {
                    const Object action = annotation.dictLookup("A");
                    if (action.isDict()) {
                        if (const Object uri = action.dictLookup("URI"); uri.isString())
                            parent.href = siteRelative(QString::fromLatin1(uri.getString()->c_str(), uri.getString()->getLength()));
                    }
                }
            }
            return;
        }
        parent.children << element(value, depth + 1);
    }

    void text(int page, int mcid, Node &parent)
    {
        const auto it = m_pieces.find(pieceKey(page, mcid));
        if (it == m_pieces.end() || it->isEmpty())
            return;
        QString joined;
        const bool startsLine = startsLineAt(page, it->constFirst());
        for (const auto &glyph : std::as_const(*it)) {
            if (needsSpaceBefore(page, glyph) && !glyph.text.front().isSpace()
                && (joined.isEmpty() || !joined.back().isSpace()))
                joined += u' ';
            joined += glyph.text;
            m_page = page;
            m_last = glyph;
        }
        taggedCharacters += joined.size();
        Node text{QString(), joined, QString(), {}, startsLine};
        if (const auto *area = untaggedLink(page, *it); area) {
            // A link the tree does not tag (a browser leaves out the links of a menu it hides
            // from assistive technology): its text lies inside the area of a link annotation.
            Node link{u"Link"_s, QString(), siteRelative(area->href), {std::move(text)}, startsLine};
            parent.children << std::move(link);
        } else {
            parent.children << std::move(text);
        }
        it->clear(); // a piece the tree names twice is read once
    }

    // The link area a piece's characters are drawn in (four in five of them, in one area),
    // outside any Link element.
    const LinkArea *untaggedLink(int page, const QList<Glyph> &glyphs) const
    {
        if (m_linkDepth > 0)
            return nullptr;
        const auto areas = m_linkAreas.constFind(page);
        if (areas == m_linkAreas.cend() || areas->isEmpty())
            return nullptr;
        const auto first = std::find_if(glyphs.cbegin(), glyphs.cend(), [](const Glyph &glyph) { return glyph.link >= 0; });
        if (first == glyphs.cend())
            return nullptr;
        qsizetype linked = 0, drawn = 0;
        for (const auto &glyph : glyphs) {
            if (glyph.text.trimmed().isEmpty())
                continue;
            ++drawn;
            linked += glyph.link == first->link;
        }
        if (drawn == 0 || 5 * linked < 4 * drawn)
            return nullptr;
        return &areas->at(first->link);
    }

    bool startsLineAt(int page, const Glyph &glyph) const
    {
        if (m_page == 0 || page != m_page)
            return true;
        return std::abs(glyph.y - m_last.y) > 0.5 * std::max({m_last.size, glyph.size, 1.0});
    }

    bool needsSpaceBefore(int page, const Glyph &glyph) const
    {
        if (m_page == 0 || m_last.text.isEmpty())
            return false;
        const bool isWithinWord = isCjk(m_last.text.back()) && isCjk(glyph.text.front());
        if (page != m_page)
            return !isWithinWord;
        const double size = std::max({m_last.size, glyph.size, 1.0});
        if (std::abs(glyph.y - m_last.y) > 0.5 * size)
            return !isWithinWord; // a new line
        const double gap = glyph.x - m_last.endX;
        return gap > 0.2 * size || gap < -0.5 * size;
    }

    PDFDoc &m_doc;
    QHash<quint64, QList<Glyph>> &m_pieces;
    const QHash<int, QList<LinkArea>> &m_linkAreas;
    QSet<quint64> m_seen;
    int m_linkDepth = 0;
    int m_page = 0;
    Glyph m_last;
};

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const auto c : text) {
        if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'"')
            out += u"&quot;"_s;
        else
            out += c;
    }
    return out;
}

bool holdsTextOnly(const Node &node)
{
    return std::all_of(node.children.cbegin(), node.children.cend(), [](const Node &child) {
        return child.isText() || (child.type == u"NonStruct" && holdsTextOnly(child));
    });
}

const Node *firstText(const Node &node)
{
    for (const auto &child : node.children) {
        if (child.isText())
            return &child;
        if (const auto *text = firstText(child))
            return text;
    }
    return nullptr;
}

// Elements whose content is a run of text: a generic element inside one is inline.
bool isTextBlock(const QString &type)
{
    static const QSet<QString> types = {u"P"_s,    u"H"_s,      u"H1"_s,    u"H2"_s,   u"H3"_s,        u"H4"_s,
                                        u"H5"_s,   u"H6"_s,     u"LI"_s,    u"Lbl"_s,  u"TD"_s,        u"TH"_s,
                                        u"Link"_s, u"Span"_s,   u"Strong"_s, u"Em"_s,  u"Quote"_s,     u"Code"_s,
                                        u"Caption"_s, u"Reference"_s, u"Note"_s, u"Annot"_s, u"Sub"_s, u"Title"_s};
    return types.contains(type);
}

// The HTML element a browser tags as each structure type (PDF 1.7 and 2.0 names).
QString tagOf(const Node &node, bool isInText)
{
    static const QHash<QString, QString> tags = {
        {u"Document"_s, u"div"_s},     {u"Part"_s, u"div"_s},        {u"Art"_s, u"article"_s},
        {u"Sect"_s, u"section"_s},     {u"Div"_s, u"div"_s},         {u"Aside"_s, u"aside"_s},
        {u"BlockQuote"_s, u"blockquote"_s}, {u"Caption"_s, u"figcaption"_s}, {u"TOC"_s, u"ul"_s},
        {u"TOCI"_s, u"li"_s},          {u"P"_s, u"p"_s},             {u"H"_s, u"h2"_s},
        {u"H1"_s, u"h1"_s},            {u"H2"_s, u"h2"_s},           {u"H3"_s, u"h3"_s},
        {u"H4"_s, u"h4"_s},            {u"H5"_s, u"h5"_s},           {u"H6"_s, u"h6"_s},
        {u"L"_s, u"ul"_s},             {u"LI"_s, u"li"_s},           {u"LBody"_s, u"div"_s},
        {u"Table"_s, u"table"_s},      {u"TR"_s, u"tr"_s},           {u"TH"_s, u"th"_s},
        {u"TD"_s, u"td"_s},            {u"THead"_s, u"thead"_s},     {u"TBody"_s, u"tbody"_s},
        {u"TFoot"_s, u"tfoot"_s},      {u"Span"_s, u"span"_s},       {u"Quote"_s, u"q"_s},
        {u"Code"_s, u"code"_s},        {u"Link"_s, u"a"_s},          {u"Em"_s, u"em"_s},
        {u"Strong"_s, u"strong"_s},    {u"Sub"_s, u"sub"_s},         {u"Figure"_s, u"figure"_s},
        {u"Form"_s, u"form"_s},        {u"Ruby"_s, u"ruby"_s},       {u"RB"_s, u"rb"_s},
        {u"RT"_s, u"rt"_s},            {u"RP"_s, u"rp"_s},           {u"Reference"_s, u"span"_s},
        {u"Annot"_s, u"span"_s},       {u"Formula"_s, u"span"_s},    {u"Title"_s, u"h1"_s},
    };
    // A generic element (a div, a span) is inline in a run of text; elsewhere around text alone it
    // is a block when its text starts a line (a menu entry set on its own line), else inline.
    if (node.type == u"NonStruct" || node.type == u"Private") {
        if (isInText)
            return u"span"_s;
        if (!holdsTextOnly(node))
            return u"div"_s;
        const auto *text = firstText(node);
        return text && text->startsLine ? u"div"_s : u"span"_s;
    }
    return tags.value(node.type, u"div"_s);
}

// Characters of text under a node, and those of them inside a link.
void countText(const Node &node, bool isLinked, qsizetype &characters, qsizetype &linked)
{
    if (node.isText()) {
        const auto size = node.text.trimmed().size();
        characters += size;
        if (isLinked)
            linked += size;
        return;
    }
    for (const auto &child : node.children)
        countText(child, isLinked || node.type == u"Link", characters, linked);
}

// A paragraph or heading that is mostly link text is a teaser or a related story's headline, not
// the article's (the rule the layout reading applies to its blocks): left out before the
// extractor weighs the containers, where a browser's flattened tree puts them beside the article's
// own paragraphs.
bool isLinkBlock(const Node &node)
{
    static const QSet<QString> types = {u"P"_s, u"H"_s, u"H1"_s, u"H2"_s, u"H3"_s, u"H4"_s, u"H5"_s, u"H6"_s};
    if (!types.contains(node.type))
        return false;
    qsizetype characters = 0, linked = 0;
    countText(node, false, characters, linked);
    return characters > 0 && double(linked) >= 0.5 * double(characters);
}

// What the page's <nav> held, which a browser tags as plain structure (it has no element for
// navigation): a list whose text is mostly link text (a menu, a footer's links, a row of
// sections), and a link around blocks (a card: another story's headline with its byline and
// date as one link). Set as <nav>, the extractor leaves them out as it does a saved page's menus,
// in whichever container it finds them, instead of keeping them beside the article's paragraphs.
bool isNavigation(const Node &node, bool isInText)
{
    if (node.type == u"L"_s && !isInText) {
        qsizetype characters = 0, linked = 0;
        countText(node, false, characters, linked);
        return characters > 0 && double(linked) >= 0.5 * double(characters);
    }
    if (node.type == u"Link"_s) {
        static const QSet<QString> blocks = {u"P"_s,  u"H"_s,  u"H1"_s, u"H2"_s, u"H3"_s,  u"H4"_s,
                                             u"H5"_s, u"H6"_s, u"L"_s,  u"Div"_s, u"Table"_s};
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [](const Node &child) { return blocks.contains(child.type); });
    }
    return false;
}

void appendHtml(const Node &node, QString &html, int depth, bool isInText)
{
    if (node.isText()) {
        html += escaped(node.text);
        return;
    }
    if (node.type == u"Lbl" || depth > 200)
        return; // a list's bullet or number: no text of the page's own
    if (isLinkBlock(node))
        return;
    const bool isNav = isNavigation(node, isInText);
    if (isNav)
        html += u"<nav>"_s;
    const auto tag = tagOf(node, isInText);
    html += u'<' + tag;
    if (tag == u"a")
        html += u" href=\""_s + escaped(node.href) + u'"';
    html += u'>';
    for (const auto &child : node.children) {
        // What a figure draws of itself is a missing picture's alt text; its caption is kept.
        if (node.type == u"Figure" && child.isText())
            continue;
        appendHtml(child, html, depth + 1, isInText || isTextBlock(node.type));
    }
    html += u"</"_s + tag + u'>';
    if (isNav)
        html += u"</nav>"_s;
}

} // namespace

std::optional<Document> read(const QByteArray &bytes, int maximumPages, qint64 deadlineMs)
{
    // The stream reads from `bytes`, which outlive the document.
    auto doc = std::make_unique<PDFDoc>(new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull)));
    if (!doc->isOk())
        return std::nullopt;
    const Object catalog = doc->getXRef()->getCatalog();
    if (!catalog.isDict())
        return std::nullopt;
    const Object treeRoot = catalog.dictLookup("StructTreeRoot");
    if (!treeRoot.isDict())
        return std::nullopt;

    MarkedTextCollector collector(*doc);
    const int pages = std::min(doc->getNumPages(), maximumPages);
    for (int page = 1; page <= pages; ++page) {
        if (nowMs() >= deadlineMs)
            return std::nullopt;
        doc->displayPage(&collector, page, 72, 72, 0, false, false, false, isPastDeadline, &deadlineMs);
    }
    Document document;
    if (const Object language = catalog.dictLookup("Lang"); language.isString()) {
        const auto *bytes = language.getString();
        document.language = QString::fromLatin1(bytes->c_str(), bytes->getLength()).trimmed();
        if (!std::all_of(document.language.cbegin(), document.language.cend(),
                         [](QChar c) { return c.isLetterOrNumber() || c == u'-'; }))
            document.language.clear(); // a UTF-16 string, or not a language tag
    }
    TreeReader reader(*doc, collector.pieces, collector.linkAreas);
    document.root = reader.element(treeRoot, 0);
    document.root.type = u"Document"_s;
    document.taggedCharacters = reader.taggedCharacters;
    document.untaggedCharacters = collector.untaggedCharacters;
    for (const auto &piece : std::as_const(collector.pieces))
        document.untaggedCharacters += piece.size(); // drawn, but named by no element
    return document;
}

QString toHtml(const Document &document, const QString &title)
{
    QString html = u"<!DOCTYPE html><html"_s;
    if (!document.language.isEmpty())
        html += u" lang=\""_s + escaped(document.language) + u'"';
    html += u"><head><title>"_s + escaped(title) + u"</title></head><body>"_s;
    appendHtml(document.root, html, 0, false);
    html += u"</body></html>"_s;
    return html;
}

} // namespace Attache::PdfStructure
