#pragma once

#include "clean/article.h"

namespace Attache {

// Reads a Markdown clipping (.md, .markdown) into an Article: optional YAML front matter
// (title, author, date/published, source, url, tags, language) and md4c's blocks — headings with
// their level, paragraphs, list items with their depth, block quotes, code blocks as
// Preformatted, table rows as paragraphs. Inline markup is reduced to its text; raw HTML is
// dropped and recorded in Article::removed. The title comes from the front matter or the first
// level-1 heading, which is then not repeated as a block. Reentrant.
class MarkdownReader final
{
public:
    Article read(const QString &text) const;
};

} // namespace Attache
