#pragma once

#include "clean/article.h"

namespace Attache {

struct JsonReadResult
{
    QList<Article> articles;
    QStringList warnings; // about the file as a whole: items skipped, text malformed after some point
    QString error;        // set when no item could be read at all; names the reason
};

// Reads news items exported as JSON: one object, an array of objects (or an object holding one
// under "items", "articles", …), or JSON lines. Each object becomes one Article, with the field
// names exporters commonly use (title/headline, articleBody/body/content/text/description,
// url/link, datePublished/publishedAt/pubDate/date, source/site/publisher, author/byline).
// HTML in the text is reduced to plain paragraphs. Malformed input never stops the rest: a bad
// JSON line is skipped with a warning naming its line number, and the complete objects of a
// truncated array are still read. Nesting deeper than Qt's JSON parser accepts is refused with
// a message. Reentrant.
class JsonReader final
{
public:
    JsonReadResult read(const QString &text, SourceFormat format) const;
};

} // namespace Attache
