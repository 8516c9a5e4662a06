#include "cli/timelinecommand.h"

#include "analyze/analyzer.h"
#include "clean/articlecleaner.h"
#include "export/timelineexport.h"
#include "ingest/articlefiles.h"

#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

int runTimeline(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool isJson = false;
    QStringList paths;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const auto &argument = arguments.at(i);
        if (argument == u"--format"_s || argument.startsWith(u"--format="_s)) {
            const auto name = argument.contains(u'=') ? argument.section(u'=', 1) : arguments.value(++i);
            if (name == u"json"_s) {
                isJson = true;
            } else if (name == u"markdown"_s || name == u"md"_s) {
                isJson = false;
            } else {
                err << "attache timeline: unknown format '" << name << "' (json or markdown)\n";
                return 2;
            }
        } else {
            paths << argument;
        }
    }
    if (paths.isEmpty()) {
        err << "Usage: attache timeline PATH… [--format json|markdown]\n";
        return 2;
    }

    const auto files = expandArticlePaths(paths);
    const Analyzer analyzer;
    const auto results = QtConcurrent::blockingMapped(files, [&analyzer](const QString &path) {
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
