#include "analyze/analyzer.h"

#include "analyze/entityrecognizer.h"
#include "analyze/eventextractor.h"
#include "analyze/timextagger.h"
#include "clean/article.h"

namespace Attache {

ArticleAnalysis Analyzer::analyze(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain) const
{
    ArticleAnalysis analysis;
    analysis.entities = EntityRecognizer().recognize(text);
    analysis.timex = TimexTagger().tag(text, documentDate, isDocumentDateUncertain);
    analysis.events =
        EventExtractor().extract(text, analysis.entities, analysis.timex, documentDate, isDocumentDateUncertain);
    return analysis;
}

ArticleAnalysis Analyzer::analyze(const Article &article) const
{
    return analyze(article.text(), article.published.date(), article.isPublishedUncertain());
}

} // namespace Attache
