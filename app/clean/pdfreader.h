#pragma once

#include "clean/articlecleaner.h"

#include <chrono>

namespace Attache {

// Reads a PDF with Poppler. A tagged PDF (a page a browser printed) is read through its structure
// tree (pdfstructure.h): rebuilt as HTML, the article is found by the HTML extractor, and the
// furniture it leaves after the article by the text-copy cleaner's line rules. Otherwise the words of
// each page with their boxes are grouped into lines and
// the lines into blocks by layout (gaps, font size, alignment), columns read one after the other. Running headers and footers (lines repeated at the top or bottom of most
// pages), page numbers and footnote markers are dropped and words hyphenated at a line's end are
// joined. The blocks then go through TextCopyCleaner, as a text copy of the page would: a web page
// printed to PDF carries its menus and footers as text lines; blocks that are mostly link text
// (from the link annotations) are left out, as on a saved page. Headings come from font size; the
// title, author and date fall back on the document's own metadata. Encrypted, damaged and
// image-only files yield an error naming the reason. Nothing is fetched, nothing is written.
// Reentrant: each call opens its own Poppler document.
class PdfReader final
{
public:
    // Pages past this many are not read (with a warning): bounds the time a huge file takes.
    static constexpr int MaximumPages = 2000;
    static constexpr std::chrono::milliseconds DefaultTimeLimit{30'000};

    explicit PdfReader(std::chrono::milliseconds timeLimit = DefaultTimeLimit);

    CleanResult read(const SourceDocument &document) const;

private:
    std::chrono::milliseconds m_timeLimit;
};

// Poppler reports every oddity of a file ("Syntax Error …") on stderr by default; the reason a file
// fails travels in the result, so these go to the cleaner's debug category instead. Idempotent;
// called by every user of Poppler before it opens a document.
void routePopplerMessages();

} // namespace Attache
