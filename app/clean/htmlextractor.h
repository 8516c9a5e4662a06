#pragma once

#include "clean/article.h"

namespace Attache {

// Finds the article in a saved web page: the main content (by text and link density, semantic
// elements, class and id signals, sibling merging, with schema.org articleBody as a fallback)
// and its metadata (title, byline, date, site, URL, language). What is cut is kept in
// Article::removed with a reason. Parsing never touches the network, and nesting deeper than
// MaximumDepth is ignored rather than followed, so hostile input stays bounded in time and
// stack. Same input, same output. Reentrant: one instance may be used from several threads.
class HtmlExtractor final
{
public:
    static constexpr int MaximumDepth = 256;

    // A whole page: only the main content is kept.
    Article extract(const SourceDocument &document) const;
    Article extractPage(const QString &html) const;
    // The same from the page's bytes, which must be valid UTF-8.
    Article extractUtf8(QByteArrayView html) const;

    // A fragment such as a feed item's content: every content block is kept, only scripts,
    // styles and hidden elements are dropped.
    QList<Block> extractFragment(const QString &html, QStringList *warnings = nullptr) const;
};

} // namespace Attache
