#pragma once

#include "ingest/sourcedocument.h"

namespace Attache {

// Decides what a file holds from its first bytes, and from its extension only when the content
// does not tell (plain text and Markdown look alike; a .txt page saved as HTML does not).
class FormatDetector final
{
public:
    static SourceFormat detect(const QString &path, const QString &text);
};

} // namespace Attache
