#include "cli/cleancommand.h"

#include "clean/articlecleaner.h"
#include "cli/verbparser.h"
#include "core/parallelmap.h"
#include "export/articlemarkdown.h"
#include "ingest/articlefiles.h"

#include <QJsonArray>
#include <QIODevice>
#include <QJsonDocument>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

enum class OutputFormat { Text, Markdown, Json, JsonLines };

std::optional<OutputFormat> parseFormat(const QString &name)
{
    if (name == u"text"_s)
        return OutputFormat::Text;
    if (name == u"markdown"_s || name == u"md"_s)
        return OutputFormat::Markdown;
    if (name == u"json"_s)
        return OutputFormat::Json;
    if (name == u"jsonl"_s)
        return OutputFormat::JsonLines;
    return std::nullopt;
}

QString asText(const Article &article)
{
    QString text = article.title + u"\n\n"_s;
    if (!article.standfirst.isEmpty())
        text += article.standfirst + u"\n\n"_s;
    return text + article.text() + u'\n';
}

} // namespace

int runClean(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(u"clean"_s,
                      u"Print the cleaned articles: title, standfirst and text, without the page around them.\n"
                      "Files are cleaned in parallel; the output keeps the order of the paths given."_s);
    const QCommandLineOption formatOption(u"format"_s,
                                          u"Print plain text (the default), Markdown, one JSON array, or JSON "
                                          "lines (one article per line)."_s,
                                          u"text|markdown|json|jsonl"_s, u"text"_s);
    parser.addOption(formatOption);
    parser.addArticlePaths();
    if (const auto done = parser.parse(arguments, out, err))
        return *done;
    const auto name = parser.value(formatOption);
    const auto parsed = parseFormat(name);
    if (!parsed) {
        err << "attache clean: unknown format '" << name << "' (text, markdown, json or jsonl)\n";
        return 2;
    }
    const auto format = *parsed;
    const auto paths = parser.positionalArguments();
    if (paths.isEmpty())
        return parser.showUsage(err);

    const auto files = expandArticlePaths(paths);
    int failures = 0;
    QJsonArray all;
    // Files are cleaned in batches and printed as each batch ends, so memory stays flat however
    // many files are named; order is kept.
    const qsizetype batchSize = std::max(16, 4 * QThreadPool::globalInstance()->maxThreadCount());
    for (qsizetype start = 0; start < files.size(); start += batchSize) {
        const auto results = mapInParallel(files.mid(start, batchSize), [](const QString &path) {
            return ArticleCleaner().cleanFile(path);
        });
        for (const auto &result : results) {
            if (!result.isOk()) {
                err << result.path << ": " << result.error << '\n';
                ++failures;
                continue;
            }
            for (const auto &warning : result.warnings)
                err << result.path << ": warning: " << warning << '\n';
            for (const auto &article : result.articles) {
                switch (format) {
                case OutputFormat::Text: out << asText(article) << '\n'; break;
                case OutputFormat::Markdown: out << articleToMarkdown(article); break;
                case OutputFormat::Json: all.append(article.toJson()); break;
                case OutputFormat::JsonLines: {
                    auto line = article.toCompactJson();
                    line += '\n';
                    // The JSON is UTF-8 already: written straight to a UTF-8 device, it is not
                    // decoded and encoded again on its way out.
                    if (out.device() && out.encoding() == QStringConverter::Utf8) {
                        out.flush();
                        out.device()->write(line);
                    } else {
                        out << QString::fromUtf8(line);
                    }
                    break;
                }
                }
            }
        }
        out.flush();
    }
    if (format == OutputFormat::Json)
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    out.flush();
    // Some files failing is normal for a folder; failing on every file is an error.
    return failures > 0 && failures == files.size() ? 1 : 0;
}

} // namespace Attache::Cli
