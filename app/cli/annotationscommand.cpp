#include "cli/annotationscommand.h"

#include "analyze/analyzer.h"
#include "annotate/annotationstore.h"
#include "clean/articlecleaner.h"
#include "cli/verbparser.h"
#include "export/notesmarkdown.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <utility>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

struct Options
{
    QString article;
    QString quote;
    QString note;
    QStringList tags;
    int colour = 0;
    QString format;
    QString output;
    QString title;
    QDate from;
    QDate to;
    QStringList positional;
};

// The options of the commands; each command's parser takes those it uses. Options of one name
// read alike whichever of them a command took, so --tag and --format can be explained per command.
const QCommandLineOption DatabaseOption(u"db"_s, u"Use the annotation store FILE instead of your own (created if "
                                                 "missing)."_s,
                                        u"FILE"_s);
const QCommandLineOption ArticleOption(u"article"_s, u"The article file the annotations belong to."_s, u"PATH"_s);
const QCommandLineOption QuoteOption(u"quote"_s, u"The words to highlight, as they stand in the article."_s,
                                     u"TEXT"_s);
const QCommandLineOption NoteOption(u"note"_s, u"A note on the highlight (Markdown)."_s, u"TEXT"_s);
const QCommandLineOption AddTagOption(u"tag"_s, u"Tag the highlight T; repeat for more tags."_s, u"T"_s);
const QCommandLineOption ColourOption(QStringList{u"colour"_s, u"color"_s}, u"The highlight's colour (default 0)."_s,
                                      u"0-4"_s);
const QCommandLineOption ListFormatOption(u"format"_s, u"Print a line an annotation (the default) or JSON lines."_s,
                                          u"text|jsonl"_s);
const QCommandLineOption ExportFormatOption(u"format"_s, u"Write Markdown notes or the JSON exchange format."_s,
                                            u"markdown|json"_s);
const QCommandLineOption ExportArticleOption(u"article"_s, u"Export the notes of this article only."_s, u"PATH"_s);
const QCommandLineOption ExportTagOption(u"tag"_s, u"Only annotations tagged T; repeat for any of several tags."_s,
                                         u"T"_s);
const QCommandLineOption FromOption(u"from"_s, u"Only annotations made on DATE (YYYY-MM-DD) or later."_s, u"DATE"_s);
const QCommandLineOption ToOption(u"to"_s, u"Only annotations made on DATE (YYYY-MM-DD) or earlier."_s, u"DATE"_s);
const QCommandLineOption TitleOption(u"title"_s, u"The brief's title (default: Annotations)."_s, u"TEXT"_s);
const QCommandLineOption OutputOption(u"output"_s,
                                      u"Write to FILE instead of the standard output; Markdown is merged into what "
                                      "FILE holds already."_s,
                                      u"FILE"_s);

struct Command
{
    QString description;
    QList<QCommandLineOption> options;
};

const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> Commands{
        {u"add"_s,
         {u"Highlight a quote of an article, with a note and tags; --article and --quote are needed. Prints "
          "the new annotation's id once it is saved."_s,
          {ArticleOption, QuoteOption, NoteOption, AddTagOption, ColourOption}}},
        {u"list"_s,
         {u"Print the annotations of an article, re-anchored in its current text, or all annotations."_s,
          {ArticleOption, ListFormatOption}}},
        {u"export"_s,
         {u"Write the notes of an article, or a brief of the annotations chosen by tag and date, as Markdown; "
          "or the annotations as JSON, to import elsewhere."_s,
          {ExportFormatOption, ExportArticleOption, ExportTagOption, FromOption, ToOption, TitleOption,
           OutputOption}}},
        {u"import"_s, {u"Merge annotations exported as JSON into the store."_s, {}}},
    };
    return Commands;
}

// The command's options, checked; std::nullopt after a message on `err`.
std::optional<Options> readOptions(const VerbParser &parser, const QString &verb, QTextStream &err)
{
    Options options;
    options.article = parser.value(ArticleOption);
    options.quote = parser.value(QuoteOption);
    options.note = parser.value(NoteOption);
    options.tags = parser.values(AddTagOption);
    options.format = parser.value(ListFormatOption);
    options.output = parser.value(OutputOption);
    options.title = parser.value(TitleOption);
    options.positional = parser.positionalArguments();
    if (parser.isSet(ColourOption)) {
        bool isNumber = false;
        options.colour = parser.value(ColourOption).toInt(&isNumber);
        if (!isNumber || options.colour < 0 || options.colour >= Annotation::ColourCount) {
            err << "attache annotations: --colour takes 0 to " << Annotation::ColourCount - 1 << '\n';
            return std::nullopt;
        }
    }
    for (const auto &[option, date] : {std::pair{&FromOption, &options.from}, std::pair{&ToOption, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            err << "attache annotations: --" << option->names().constFirst() << " takes a date as YYYY-MM-DD\n";
            return std::nullopt;
        }
    }
    if (verb != u"import"_s && !options.positional.isEmpty()) {
        parser.usageError(err, u"unexpected argument "_s + options.positional.constFirst());
        return std::nullopt;
    }
    return options;
}

std::optional<Article> cleanArticle(const QString &path, const QString &quote, QTextStream &err)
{
    const auto result = ArticleCleaner().cleanFile(path);
    if (!result.isOk()) {
        err << path << ": " << result.error << '\n';
        return std::nullopt;
    }
    if (result.articles.isEmpty()) {
        err << path << ": no article found in the file\n";
        return std::nullopt;
    }
    if (quote.isEmpty())
        return result.articles.first();
    for (const auto &article : result.articles) {
        if (Anchoring::anchor(article.text(), TextSelector{-1, -1, quote, {}, {}}).method == AnchorMethod::ExactQuote)
            return article;
    }
    err << path << ": the quote is not in the article's text\n";
    return std::nullopt;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

int add(AnnotationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    if (options.article.isEmpty() || options.quote.isEmpty()) {
        err << "attache annotations add: --article PATH and --quote TEXT are required\n";
        return 2;
    }
    const auto article = cleanArticle(options.article, options.quote, err);
    if (!article)
        return 1;
    const auto anchor = Anchoring::anchor(article->text(), TextSelector{-1, -1, options.quote, {}, {}});
    const auto change = store.addHighlight(*article, anchor.start, anchor.end, options.colour, options.note, options.tags);
    if (!change.isValid()) {
        err << "attache annotations add: not saved: " << store.lastError() << '\n';
        return 1;
    }
    // Printed only now: the transaction is committed.
    out << change.after->id << Qt::endl;
    return 0;
}

int list(AnnotationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    QList<Annotation> annotations;
    if (!options.article.isEmpty()) {
        const auto article = cleanArticle(options.article, {}, err);
        if (!article)
            return 1;
        ReanchorReport report;
        annotations = store.annotationsFor(*article, &report);
        if (report.moved + report.fuzzy + report.orphaned > 0)
            err << "re-anchored in the current text: " << report.unchanged << " in place, " << report.moved
                << " moved, " << report.fuzzy << " approximate, " << report.orphaned << " not found\n";
    } else {
        annotations = store.allAnnotations();
    }
    const bool isJsonLines = options.format == u"jsonl"_s;
    if (!options.format.isEmpty() && options.format != u"text"_s && !isJsonLines) {
        err << "attache annotations list: --format takes text or jsonl\n";
        return 2;
    }
    QHash<QString, AnnotatedArticle> articles;
    for (const auto &annotation : std::as_const(annotations)) {
        if (!articles.contains(annotation.articleId))
            articles.insert(annotation.articleId, store.articleById(annotation.articleId).value_or(AnnotatedArticle{}));
        const auto &article = articles[annotation.articleId];
        if (isJsonLines) {
            auto object = annotationToJson(annotation);
            object.insert(u"article_id"_s, annotation.articleId);
            object.insert(u"article_title"_s, article.title);
            object.insert(u"article_path"_s, article.path);
            out << compact(object) << '\n';
            continue;
        }
        out << annotation.id << '\t' << article.title << '\t';
        if (annotation.isArticleNote())
            out << "(article note)";
        else
            out << annotation.selector.start << '-' << annotation.selector.end << " \"" << annotation.selector.exact << '"';
        if (annotation.isOrphan)
            out << " (not found in the current text)";
        for (const auto &tag : annotation.tags)
            out << " #" << tag;
        if (!annotation.note.isEmpty())
            out << "\t" << QString(annotation.note).replace(u'\n', u' ');
        out << '\n';
    }
    return 0;
}

bool writeOutput(const Options &options, const QString &text, QTextStream &out, QTextStream &err, bool isMarkdown)
{
    if (options.output.isEmpty()) {
        out << text;
        return true;
    }
    QString content = text;
    QFile existing(options.output);
    if (isMarkdown && existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            err << options.output << ": cannot be read: " << existing.errorString() << '\n';
            return false;
        }
        content = NotesMarkdown::merge(QString::fromUtf8(existing.readAll()), text);
    }
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        err << options.output << ": cannot be written: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

int exportNotes(AnnotationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    std::optional<Article> article;
    std::optional<AnnotatedArticle> record;
    if (!options.article.isEmpty()) {
        article = cleanArticle(options.article, {}, err);
        if (!article)
            return 1;
        store.annotationsFor(*article); // re-anchors when the text changed
        record = store.findArticle(*article);
        if (!record) {
            err << options.article << ": no annotations for this article\n";
            return 1;
        }
    }
    if (options.format == u"json"_s) {
        const auto json = store.exportJson(record ? QStringList{record->id} : QStringList{});
        return writeOutput(options, QString::fromUtf8(json), out, err, false) ? 0 : 1;
    }
    if (options.format != u"markdown"_s) {
        err << "attache annotations export: --format takes markdown or json\n";
        return 2;
    }
    if (record) {
        ArticleNotes notes{*record, store.annotations(record->id), {}};
        for (const auto &mention : Analyzer().analyze(*article).entities) {
            if (!notes.entities.contains(mention.name))
                notes.entities << mention.name;
        }
        return writeOutput(options, NotesMarkdown::article(notes), out, err, true) ? 0 : 1;
    }
    AnnotationFilter filter;
    filter.tags = options.tags;
    filter.from = options.from;
    filter.to = options.to;
    QList<ArticleNotes> brief;
    for (const auto &annotation : store.select(filter)) {
        auto found = std::find_if(brief.begin(), brief.end(),
                                  [&annotation](const ArticleNotes &n) { return n.article.id == annotation.articleId; });
        if (found == brief.end()) {
            brief.append(ArticleNotes{store.articleById(annotation.articleId).value_or(AnnotatedArticle{}), {}, {}});
            found = brief.end() - 1;
        }
        found->annotations << annotation;
    }
    std::stable_sort(brief.begin(), brief.end(), [](const ArticleNotes &a, const ArticleNotes &b) {
        return a.article.published < b.article.published;
    });
    const auto title = options.title.isEmpty() ? u"Annotations"_s : options.title;
    return writeOutput(options, NotesMarkdown::brief(title, brief), out, err, true) ? 0 : 1;
}

int importFile(AnnotationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    if (options.positional.size() != 1) {
        err << "attache annotations import: give one FILE\n";
        return 2;
    }
    QFile file(options.positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << file.fileName() << ": cannot be read: " << file.errorString() << '\n';
        return 1;
    }
    const auto result = store.importJson(file.readAll());
    for (const auto &warning : result.warnings)
        err << file.fileName() << ": " << warning << '\n';
    if (!result.isOk()) {
        err << file.fileName() << ": nothing imported: " << result.error << '\n';
        return 1;
    }
    out << "imported: " << result.articlesAdded << " new articles, " << result.annotationsAdded
        << " new annotations, " << result.annotationsUpdated << " updated, " << result.annotationsKept
        << " kept (local copy as new)\n";
    return 0;
}

} // namespace

int runAnnotations(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser annotations(u"annotations"_s,
                           u"Highlights and notes on articles, as the window keeps them.\n"
                           "Without --db, your own annotation store (the one the window uses) is used."_s);
    annotations.addOption(DatabaseOption);
    annotations.setCommands({{u"add"_s, u"highlight a quote of an article; prints the id once it is saved"_s},
                             {u"list"_s, u"print the annotations of an article, or all"_s},
                             {u"export"_s, u"write notes as Markdown, or annotations as JSON"_s},
                             {u"import"_s, u"merge annotations exported as JSON"_s}});
    if (const auto done = annotations.parse(arguments, out, err))
        return *done;
    const auto verb = annotations.command();
    const auto &command = commands().value(verb);
    VerbParser parser(annotations, command.description);
    for (const auto &option : command.options)
        parser.addOption(option);
    if (verb == u"import"_s)
        parser.addPositionalArgument(u"file"_s, u"A JSON file written by 'attache annotations export --format json'."_s,
                                     u"FILE"_s);
    if (const auto done = parser.parse(annotations.commandArguments(), out, err))
        return *done;
    const auto options = readOptions(parser, verb, err);
    if (!options)
        return 2;

    AnnotationStore store;
    const auto path = parser.isSet(DatabaseOption) ? parser.value(DatabaseOption) : AnnotationStore::defaultPath();
    if (!store.open(path)) {
        err << "attache annotations: " << store.lastError() << '\n';
        return 1;
    }
    if (store.wasRecovered())
        err << "attache annotations: " << store.recoveryMessage() << '\n';
    if (verb == u"add"_s)
        return add(store, *options, out, err);
    if (verb == u"list"_s)
        return list(store, *options, out, err);
    if (verb == u"export"_s)
        return exportNotes(store, *options, out, err);
    return importFile(store, *options, out, err);
}

} // namespace Attache::Cli
