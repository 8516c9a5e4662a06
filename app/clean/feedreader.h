#pragma once

#include "clean/articlecleaner.h"

namespace Attache {

// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes its own Article, its
// HTML content cleaned by HtmlExtractor as a fragment. The XML parser never touches the network
// and expands no entities (no XXE). A malformed or truncated feed yields the items that could be
// read plus a warning; a file that is not a feed at all yields an error naming the reason.
// Reentrant.
class FeedReader final
{
public:
    CleanResult read(const SourceDocument &document) const;
    CleanResult read(const QByteArray &xml) const;
};

} // namespace Attache
