#include "cli/annotationscommand.h"

#include "analyze/analyzer.h"
#include "annotate/annotationstore.h"
#include "clean/articlecleaner.h"
#include "export/notesmarkdown.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Attache::Cli {

namespace {

struct Options
{
    QString database;
    QString verb;
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

std::optional<Options> parse(const QStringList &arguments, QTextStream &err)
{
    Options options;
    const auto value = [&](qsizetype &i) -> std::optional<QString> {
        if (i + 1 >= arguments.size()) {
            err << "attache annotations: " << arguments.at(i) << " needs a value\n";
            return std::nullopt;
        }
        return arguments.at(++i);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const auto &argument = arguments.at(i);
        std::optional<QString> v;
        const auto take = [&](QString &target) {
            v = value(i);
            if (v)
                target = *v;
            return v.has_value();
        };
        if (argument == u"--db"_s) {
            if (!take(options.database))
                return std::nullopt;
        } else if (argument == u"--article"_s) {
            if (!take(options.article))
                return std::nullopt;
        } else if (argument == u"--quote"_s) {
            if (!take(options.quote))
                return std::nullopt;
        } else if (argument == u"--note"_s) {
            if (!take(options.note))
                return std::nullopt;
        } else if (argument == u"--format"_s) {
            if (!take(options.format))
                return std::nullopt;
        } else if (argument == u"--output"_s) {
            if (!take(options.output))
                return std::nullopt;
        } else if (argument == u"--title"_s) {
            if (!take(options.title))
                return std::nullopt;
        } else if (argument == u"--tag"_s) {
            QString tag;
            if (!take(tag))
                return std::nullopt;
            options.tags << tag;
        } else if (argument == u"--colour"_s || argument == u"--color"_s) {
            QString colour;
            if (!take(colour))
                return std::nullopt;
            bool isNumber = false;
            options.colour = colour.toInt(&isNumber);
            if (!isNumber || options.colour < 0 || options.colour >= Annotation::ColourCount) {
                err << "attache annotations: --colour takes 0 to " << Annotation::ColourCount - 1 << '\n';
                return std::nullopt;
            }
        } else if (argument == u"--from"_s || argument == u"--to"_s) {
            QString date;
            if (!take(date))
                return std::nullopt;
            const auto parsed = QDate::fromString(date, Qt::ISODate);
            if (!parsed.isValid()) {
                err << "attache annotations: " << argument << " takes a date as YYYY-MM-DD\n";
                return std::nullopt;
            }
            (argument == u"--from"_s ? options.from : options.to) = parsed;
        } else if (options.verb.isEmpty() && !argument.startsWith(u'-')) {
            options.verb = argument;
        } else if (!argument.startsWith(u"--"_s)) {
            options.positional << argument;
        } else {
            err << "attache annotations: unknown option " << argument << '\n';
            return std::nullopt;
        }
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

QString annotationsUsage()
{
    return uR"(       attache annotations [--db FILE] add --article PATH --quote TEXT [--note TEXT] [--tag T]… [--colour 0-4]
       attache annotations [--db FILE] list [--article PATH] [--format text|jsonl]
       attache annotations [--db FILE] export --format markdown|json [--article PATH]
                                       [--tag T]… [--from DATE] [--to DATE] [--title TEXT] [--output FILE]
       attache annotations [--db FILE] import FILE
                                       highlights and notes; add prints the id once it is saved
)"_s;
}

int runAnnotations(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto options = parse(arguments, err);
    if (!options)
        return 2;
    static const QStringList verbs{u"add"_s, u"list"_s, u"export"_s, u"import"_s};
    if (!verbs.contains(options->verb)) {
        err << "Usage:\n" << annotationsUsage();
        return 2;
    }
    AnnotationStore store;
    const auto path = options->database.isEmpty() ? AnnotationStore::defaultPath() : options->database;
    if (!store.open(path)) {
        err << "attache annotations: " << store.lastError() << '\n';
        return 1;
    }
    if (store.wasRecovered())
        err << "attache annotations: " << store.recoveryMessage() << '\n';
    if (options->verb == u"add"_s)
        return add(store, *options, out, err);
    if (options->verb == u"list"_s)
        return list(store, *options, out, err);
    if (options->verb == u"export"_s)
        return exportNotes(store, *options, out, err);
    return importFile(store, *options, out, err);
}

} // namespace Attache::Cli
