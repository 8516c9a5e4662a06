#pragma once

#include "clean/article.h"

#include <QDateTime>

namespace Attache {

// Cleans text copied out of a web page ("select all, copy"): finds the article between menus,
// link lists, share lines, cookie notices and footers. It works on lines: each is classified by
// its length, its sentence punctuation, whether it belongs to a run of short lines (a link list),
// whether it repeats an earlier line, and a small set of boilerplate phrases; the body is the
// densest run of prose, and the headline, standfirst, byline and date line are looked for just
// above it. Every line it drops is kept in Article::removed with the reason.
// Linear in the length of the text apart from a bounded look at the lines above the body.
class TextCopyCleaner final
{
public:
    Article clean(const QString &text) const;

    // A publication date written in a short line ("Nov. 19, 2019 8:03 am ET", "19 novembre 2019",
    // "2019-11-19"), in UTC; invalid when the line holds none. Public for tests and other readers.
    static QDateTime parseDateLine(QStringView line);
};

} // namespace Attache
