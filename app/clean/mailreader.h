#pragma once

#include "clean/articlecleaner.h"

namespace Attache {

// Reads e-mail: one message (.eml) or a mailbox (.mbox, each message an item, as a feed's).
// MIME is parsed by KMime (transfer encodings, charsets, encoded words). Subject is the title,
// From the source and byline, Date the publication date. The HTML part is preferred and all its
// content blocks are kept (a digest carries several stories), less newsletter furniture: "view
// in browser", unsubscribe and preference lines, social links and the legal footer. Without an
// HTML part the text part is read as paragraphs. Attachments are listed at the end; a PDF
// attachment is read as an article of its own. Remote images are never loaded: nothing is
// fetched. A mailbox message that cannot be read is reported in the warnings and the others are
// kept. Reentrant.
class MailReader final
{
public:
    CleanResult read(const SourceDocument &document) const;
    // The PDF that the article at `articleIndex` of read()'s articles was read from (a PDF
    // attachment), or empty when that article is a message or there is none: for showing the
    // attachment's own pages. Reads the whole file again, attachments and all.
    QByteArray attachedPdf(const SourceDocument &document, qsizetype articleIndex) const;
};

// Reads a page saved as MHTML (.mhtml, .mht): its main HTML part, decoded with the charset the
// part declares, is cleaned by HtmlExtractor as a saved page would be. Reentrant.
class MhtmlReader final
{
public:
    CleanResult read(const SourceDocument &document) const;
};

} // namespace Attache
