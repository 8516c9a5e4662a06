#include "cli/analyzecommand.h"

#include "analyze/analyzer.h"
#include "analyze/nertagger.h"
#include "clean/articlecleaner.h"
#include "cli/verbparser.h"
#include "core/parallelmap.h"
#include "ingest/articlefiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

// Maps UTF-16 offsets of one text to Unicode code point offsets.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text)
    {
        m_codePointAt.resize(text.size() + 1);
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_codePointAt[i] = codePoint;
            if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
                ++codePoint;
        }
        m_codePointAt[text.size()] = codePoint;
    }
    qsizetype operator()(qsizetype utf16Offset) const { return m_codePointAt.value(utf16Offset); }

private:
    QList<qsizetype> m_codePointAt;
};

QJsonArray entitiesToJson(const QString &text, const QList<EntityMention> &mentions)
{
    const CodePointIndex at(text);
    QJsonArray entities;
    for (const auto &mention : mentions)
        entities.append(QJsonObject{{u"start"_s, at(mention.start)},
                                    {u"end"_s, at(mention.end)},
                                    {u"type"_s, entityTypeName(mention.type)},
                                    {u"entity_id"_s, mention.entityId},
                                    {u"name"_s, mention.name}});
    return entities;
}

QJsonObject analysisToJson(const QString &id, const QString &text, const ArticleAnalysis &analysis)
{
    const CodePointIndex at(text);
    const auto entities = entitiesToJson(text, analysis.entities);
    QJsonArray timex;
    for (const auto &expression : analysis.timex) {
        QJsonObject object{{u"start"_s, at(expression.start)},
                           {u"end"_s, at(expression.end)},
                           {u"type"_s, timexTypeName(expression.type)},
                           {u"value"_s, expression.value}};
        if (expression.isUncertain)
            object.insert(u"uncertain"_s, true);
        timex.append(object);
    }
    QJsonArray events;
    for (const auto &event : analysis.events)
        events.append(QJsonObject{{u"begin"_s, event.begin.toString(Qt::ISODate)},
                                  {u"end"_s, event.end.toString(Qt::ISODate)},
                                  {u"value"_s, event.value},
                                  {u"uncertain"_s, event.isUncertain},
                                  {u"type"_s, eventTypeName(event.type)},
                                  {u"label"_s, event.label},
                                  {u"sentence_start"_s, at(event.sentenceStart)},
                                  {u"sentence_end"_s, at(event.sentenceEnd)},
                                  {u"actors"_s, QJsonArray::fromStringList(event.actorNames)},
                                  {u"actor_ids"_s, QJsonArray::fromStringList(event.actorIds)}});
    return QJsonObject{{u"id"_s, id}, {u"entities"_s, entities}, {u"timex"_s, timex}, {u"events"_s, events}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct InputDocument
{
    QString id;
    QString text;
    QDate documentDate;
    QString language;
};

int analyzeJsonLines(const QString &inputPath, const QString &outputPath, QTextStream &err)
{
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        err << inputPath << ": cannot be opened: " << input.errorString() << '\n';
        return 1;
    }
    QList<InputDocument> documents;
    int lineNumber = 0;
    while (!input.atEnd()) {
        const auto line = input.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const auto object = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            err << inputPath << ':' << lineNumber << ": not a JSON object: " << error.errorString() << '\n';
            continue;
        }
        documents << InputDocument{object.value(u"id"_s).toString(), object.value(u"text"_s).toString(),
                                   QDate::fromString(object.value(u"dct"_s).toString().left(10), Qt::ISODate),
                                   object.value(u"lang"_s).toString()};
    }

    const Analyzer analyzer;
    const auto lines = mapInParallel(documents, [&analyzer](const InputDocument &document) {
        return compact(analysisToJson(document.id, document.text, analyzer.analyze(document.text, document.documentDate, false, document.language)));
    });

    QFile output(outputPath);
    if (outputPath == u"-"_s ? !output.open(stdout, QIODevice::WriteOnly) : !output.open(QIODevice::WriteOnly)) {
        err << outputPath << ": cannot be written: " << output.errorString() << '\n';
        return 1;
    }
    for (const auto &line : lines)
        output.write(line.toUtf8() + '\n');
    return 0;
}

int analyzeFiles(const QStringList &paths, QTextStream &out, QTextStream &err)
{
    const auto files = expandArticlePaths(paths);
    const Analyzer analyzer;
    const auto results = mapInParallel(files, [&analyzer](const QString &path) {
        QStringList lines;
        const auto result = ArticleCleaner().cleanFile(path);
        for (const auto &article : result.articles) {
            const auto text = article.text();
            const auto analysis = analyzer.analyze(article);
            auto object = analysisToJson(article.id, text, analysis);
            object.insert(u"path"_s, article.path);
            object.insert(u"title"_s, article.title);
            object.insert(u"title_entities"_s, entitiesToJson(article.title, analysis.titleEntities)); // offsets into title
            object.insert(u"dct"_s, article.published.date().toString(Qt::ISODate));
            object.insert(u"text"_s, text);
            lines << compact(object);
        }
        return std::make_pair(result, lines);
    });
    int failures = 0;
    for (const auto &[result, lines] : results) {
        if (!result.isOk()) {
            err << result.path << ": " << result.error << '\n';
            ++failures;
        }
        for (const auto &line : lines)
            out << line << '\n';
    }
    return failures > 0 && failures == results.size() ? 1 : 0;
}

} // namespace

int runAnalyze(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(u"analyze"_s,
                      u"Print the entities, temporal expressions and events of articles as JSON lines.\n"
                      "With --input-jsonl, analyse documents {\"id\", \"text\", \"dct\"} instead of article "
                      "files.\nOffsets in the output are Unicode code points into \"text\"."_s);
    const QCommandLineOption input(u"input-jsonl"_s, u"Analyse the documents of IN, one JSON object a line."_s,
                                   u"IN"_s);
    const QCommandLineOption output(u"output-jsonl"_s,
                                    u"With --input-jsonl: write the analyses to OUT (default: -, the standard "
                                    "output)."_s,
                                    u"OUT"_s, u"-"_s);
    const QCommandLineOption model(u"entity-model"_s, u"Tag entities with the model FILE instead of the shipped one."_s,
                                   u"FILE"_s);
    parser.addOption(input);
    parser.addOption(output);
    parser.addOption(model);
    parser.addArticlePaths(u"They are cleaned first, and printed with their text."_s);
    if (const auto done = parser.parse(arguments, out, err))
        return *done;
    // Another model than the shipped one: how the cross-corpus scores (tests/benchmarks) measure
    // models trained without the corpus they are scored on.
    const auto modelPath = parser.value(model);
    if (!modelPath.isEmpty() && !NerTagger::useModelFile(modelPath)) {
        err << NerTagger::defaultModel().error() << '\n';
        return 1;
    }
    if (const auto inputPath = parser.value(input); !inputPath.isEmpty()) {
        out.flush();
        return analyzeJsonLines(inputPath, parser.value(output), err);
    }
    const auto paths = parser.positionalArguments();
    if (paths.isEmpty())
        return parser.showUsage(err);
    return analyzeFiles(paths, out, err);
}

} // namespace Attache::Cli
