#include "analyze/analyzer.h"

#include "analyze/entityrecognizer.h"
#include "analyze/eventextractor.h"
#include "analyze/scriptlanguage.h"
#include "analyze/timextagger.h"
#include "clean/article.h"

namespace Attache {

ArticleAnalysis Analyzer::analyze(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain,
                                  const QString &language) const
{
    ArticleAnalysis analysis;
    const auto analysed = analysisLanguage(language, text);
    analysis.entities = EntityRecognizer().recognize(text, analysed);
    analysis.timex = TimexTagger().tag(text, documentDate, isDocumentDateUncertain, analysed);
    analysis.events =
        EventExtractor().extract(text, analysis.entities, analysis.timex, documentDate, isDocumentDateUncertain, analysed);
    return analysis;
}

ArticleAnalysis Analyzer::analyze(const Article &article) const
{
    const auto body = article.text();
    const auto date = article.published.date();
    const auto language = analysisLanguage(article.language, body);
    if (article.title.trimmed().isEmpty())
        return analyze(body, date, article.isPublishedUncertain(), language);

    // Entities are recognised in headline and body together, so that the body's "Carney" or
    // "the city" resolves to what the headline introduced, then split back; a paragraph break
    // keeps the two apart. Dates and events come from the body alone.
    const QString heading = article.title + u"\n\n";
    ArticleAnalysis analysis;
    for (auto mention : EntityRecognizer().recognize(heading + body, language)) {
        if (mention.end <= article.title.size()) {
            analysis.titleEntities << mention;
        } else if (mention.start >= heading.size()) {
            mention.start -= heading.size();
            mention.end -= heading.size();
            analysis.entities << mention;
        }
    }
    analysis.timex = TimexTagger().tag(body, date, article.isPublishedUncertain(), language);
    analysis.events = EventExtractor().extract(body, analysis.entities, analysis.timex, date,
                                               article.isPublishedUncertain(), language);
    return analysis;
}

} // namespace Attache
