#pragma once

#include "analyze/analysis.h"

namespace Attache {

struct Article;

// Runs the whole analysis layer on one text: entities, temporal expressions, then events.
// Thread-safe; one shared instance serves every worker thread.
class Analyzer final
{
public:
    // Stamped on what the library index stores: raising it re-analyses every indexed file in
    // the background. Raise it whenever entities, dates or events come out differently.
    static constexpr int Version = 146;

    // `language`: a BCP 47 tag, or empty to go by the text's script (analysisLanguage()).
    ArticleAnalysis analyze(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain = false,
                            const QString &language = {}) const;
    // In the article's declared language, or the one its script implies.
    ArticleAnalysis analyze(const Article &article) const;
};

} // namespace Attache
