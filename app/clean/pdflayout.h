#pragma once

// The layout rules of PdfReader (pdfreader.cpp): from the words Poppler finds on each page, with
// their boxes, to lines and then blocks of text. Kept apart from Poppler so that each rule can be
// tested on words placed by hand. Internal to clean/: not for other layers.

#include "clean/article.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Attache::PdfLayout {

struct Word
{
    QString text;
    QRectF box;                 // in points, y growing downwards
    bool hasSpaceAfter = false;
    bool isLinked = false;      // inside a link's area: menus and link lists are made of these
};

struct Page
{
    QList<Word> words;          // in any order: lines and their order come from the boxes
    QSizeF size;
    int number = 0;             // from 1, in the document
};

struct Line
{
    QString text;
    QRectF box;
    double size = 0;            // font size, from the height of its words
    double firstWordWidth = 0;  // whether that word would have fitted on the line above tells a
                                // wrapped paragraph from a break
    qsizetype linkedCharacters = 0;
    int page = 0;
};

struct TextBlock
{
    QString text;
    double size = 0;
    int page = 0;
    bool isBulleted = false;    // the first line started with a list bullet (dropped from text)
    bool isAfterGap = false;    // a clear vertical gap, or a new page, stands before it
    qsizetype linkedCharacters = 0;

    double linkDensity() const { return text.isEmpty() ? 0.0 : double(linkedCharacters) / double(text.size()); }
};

// Drops the words of an element printed at the same place over the text of many pages: a browser
// prints a fixed-position bar (a sticky menu or footer, a "Read more" button, a cookie notice) on
// every page, on top of whatever text lies there, and its words would be read into the lines they
// cover. An overlay word stands, with the same text, at the same place on at least half of the
// pages (and two), and on one page at least it, or a word set beside it in its row, covers a
// word that does not repeat.
void removeOverlays(QList<Page> &pages);

// The lines of a page in reading order: words side by side on one row make a line unless a
// gutter parts them; columns are read one after the other (a recursive XY cut), so that a
// sidebar is not interleaved with the text beside it. Footnote markers (small raised digits or
// symbols) are left out.
QList<Line> pageLines(const Page &page, int pageNumber);

// Drops running headers and footers: the lines among the two topmost or two lowest of a page
// that come back (digits aside) on at least half of the pages, and page numbers there.
void removeRunningLines(QList<QList<Line>> &pages);

// Groups lines into blocks: consecutive lines of one size, close together, aligned, where the
// first word of the lower line would not have fitted at the end of the upper one (else the upper
// line ended on purpose: a paragraph's end, a list entry).
// A word hyphenated at a line's end is joined again.
QList<TextBlock> blocksOf(const QList<QList<Line>> &pages);

// A heading that names what follows as other stories or the page's furniture ("Most read in
// world news", "Related articles", "About the author", "Comments") ends the article: a printed
// page's tree can hold such a block in the article's own container, with teasers that are no
// links (a card's link an empty overlay) and sentences (comments, an author's box). The blocks
// from there on are moved to `removed` when at least half of the text stands above the heading.
void cutAtRelatedHeading(Article &article);

// The text a font maps its glyphs to, as the page's own text would hold it: CJK fonts map common
// ideographs to the look-alike Kangxi radicals (U+2F00…) and compatibility ideographs, whose
// canonical characters are the ones typed ("⼀般" is "一般").
QString typedText(const QString &glyphs);

// The font size most of the text is set in (weighted by characters).
double bodySize(const QList<TextBlock> &blocks);

} // namespace Attache::PdfLayout
