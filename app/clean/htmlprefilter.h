#pragma once

// Parsing a page with libxml2, behind a hand-written pre-filter that drops what is never read
// (scripts, styles, comments, most attributes) before libxml2 builds a tree of it.
// Internal to clean/: not for other layers.

#include <QByteArrayView>

#include <libxml/tree.h>

#include <memory>

namespace Attache::HtmlDetail {

struct DocumentDeleter
{
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};
using DocumentPointer = std::unique_ptr<xmlDoc, DocumentDeleter>;

// The parsed document, or null when `utf8` is empty or too large for libxml2.
DocumentPointer parseHtml(QByteArrayView utf8);
// The <body> element, or the root element of a page without one; null for an empty document.
xmlNode *findBody(xmlDoc *document);

} // namespace Attache::HtmlDetail
