#pragma once

// The logical structure of a tagged PDF (PDF 1.7, 14.8): the tree of headings, paragraphs, lists,
// links, tables, articles and asides that a browser writes when it prints a page, with the text of
// each marked-content piece. PdfReader turns it back into HTML for the HTML extractor, which then
// has the page's own signals (link density, lists of links, <article>, <aside>, <form>) instead of
// guessing them from the layout. Internal to clean/: not for other layers.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Attache::PdfStructure {

struct Node
{
    QString type;           // the standard structure type ("P", "H2", "L", "Link", "Art"…); empty for text
    QString text;           // a text piece, with the spaces its neighbours on the page call for
    QString href;           // a Link's address, from its annotation
    QList<Node> children;
    bool startsLine = false; // text drawn from the start of a line (or of a page)

    bool isText() const { return type.isEmpty(); }
};

struct Document
{
    Node root;
    QString language;       // the catalog's /Lang ("en-US"), the page's own lang
    // Characters of the pages' text layer inside, and outside, the pieces the tree refers to: a
    // tree that leaves much text out (a partly tagged file) is not to be read alone.
    qsizetype taggedCharacters = 0;
    qsizetype untaggedCharacters = 0;
};

// The structure tree of the PDF in `bytes`, with the text of the first `maximumPages` pages; none
// when the file has no structure tree, cannot be read, or `deadlineMs` (milliseconds since the
// steady clock's epoch) passes. Poppler must be initialised (a Poppler::Document open).
// Reentrant: each call parses its own copy of the file's objects.
std::optional<Document> read(const QByteArray &bytes, int maximumPages, qint64 deadlineMs);

// The tree as an HTML page: each structure type becomes the element a browser tags as it
// (P → p, L → ul, LI → li, Link → a, Art → article, NonStruct → div or, around text alone, span…);
// list labels (bullets, numbers) and the text drawn for a figure (a broken image's alt text) are
// left out, as the page's own text does not hold them. A list mostly of links and a link around
// blocks (another story's card) are set in a <nav>, which a browser does not tag.
QString toHtml(const Document &document, const QString &title);

} // namespace Attache::PdfStructure
