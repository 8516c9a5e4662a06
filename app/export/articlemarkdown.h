#pragma once

#include "clean/article.h"

#include <QString>

namespace Attache {

// A cleaned article's blocks as Markdown, one paragraph each: headings one level below the
// title, quotes, nested list items, captions in italics, preformatted text fenced.
QString blocksToMarkdown(const QList<Block> &blocks);

// The cleaned article as `attache clean --format markdown` prints it: the title, one line of
// what is known of source, byline and publication date, then the blocks.
QString articleToMarkdown(const Article &article);

} // namespace Attache
