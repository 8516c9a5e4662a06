#pragma once

#include "clean/article.h"

namespace Attache {

// Cleans text copied out of a web page ("select all, copy"): the article between menus,
// link lists, share lines and footers.
class TextCopyCleaner final
{
public:
    Article clean(const QString &text) const;
};

} // namespace Attache
