#pragma once

#include "clean/article.h"
#include "ingest/sourcedocument.h"

namespace Attache {

struct CleanResult
{
    QString path;
    QList<Article> articles; // one for most files; one per item for feeds and JSON exports
    QStringList warnings;    // about the file as a whole
    QString error;           // set when nothing could be read; names the reason, not the file

    bool isOk() const { return error.isEmpty(); }
};

// Turns any article file into cleaned Articles: reads it, picks the reader for its format and
// fills what every article needs (identity, cleaner version, a publication date of last resort).
// The same bytes always give the same result. Reentrant: call it from worker threads freely.
class ArticleCleaner final
{
public:
    // Bump whenever a change alters the output for some input, so stored results are recomputed.
    static constexpr int Version = 11;

    CleanResult cleanFile(const QString &path) const;
    CleanResult clean(const SourceDocument &document) const;
};

} // namespace Attache
