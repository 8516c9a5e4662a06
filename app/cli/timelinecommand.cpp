#include "cli/timelinecommand.h"

#include "analyze/analyzer.h"
#include "clean/articlecleaner.h"
#include "cli/verbparser.h"
#include "core/parallelmap.h"
#include "export/timelineexport.h"
#include "ingest/articlefiles.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

int runTimeline(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(u"timeline"_s,
                      u"Clean and analyse the articles and print every event they report, sorted by date."_s);
    const QCommandLineOption formatOption(u"format"_s,
                                          u"Print a Markdown table (the default) or a JSON array."_s,
                                          u"markdown|json"_s, u"markdown"_s);
    parser.addOption(formatOption);
    parser.addArticlePaths();
    if (const auto done = parser.parse(arguments, out, err))
        return *done;
    const auto name = parser.value(formatOption);
    if (name != u"json"_s && name != u"markdown"_s && name != u"md"_s) {
        err << "attache timeline: unknown format '" << name << "' (json or markdown)\n";
        return 2;
    }
    const bool isJson = name == u"json"_s;
    const auto paths = parser.positionalArguments();
    if (paths.isEmpty())
        return parser.showUsage(err);

    const auto files = expandArticlePaths(paths);
    const Analyzer analyzer;
    const auto results = mapInParallel(files, [&analyzer](const QString &path) {
        QList<TimelineEntry> entries;
        const auto result = ArticleCleaner().cleanFile(path);
        for (const auto &article : result.articles) {
            for (const auto &event : analyzer.analyze(article).events)
                entries << TimelineEntry{event, article.id, article.title, article.path};
        }
        return std::make_pair(result, entries);
    });

    QList<TimelineEntry> timeline;
    int failures = 0;
    for (const auto &[result, entries] : results) {
        if (!result.isOk()) {
            err << result.path << ": " << result.error << '\n';
            ++failures;
        }
        timeline << entries;
    }
    sortTimeline(timeline);
    if (isJson)
        out << QString::fromUtf8(QJsonDocument(timelineToJson(timeline)).toJson(QJsonDocument::Indented));
    else
        out << timelineToMarkdown(timeline);
    return failures > 0 && failures == results.size() ? 1 : 0;
}

} // namespace Attache::Cli
