#include "export/notesmarkdown.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

QString yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s).replace(u"\t"_s, u"\\t"_s);
    return u'"' + escaped + u'"';
}

// The front matter keys an export writes. merge() replaces them all, so that a key the new
// export leaves out (an empty or unknown value) does not survive from an older export.
const QStringList GeneratedKeys = {u"title"_s, u"source"_s, u"url"_s, u"published"_s, u"exported"_s,
                                   u"tags"_s, u"entities"_s, u"sources"_s};

// Unknown stays unknown: an empty value is left out rather than written as "".
QString yamlField(const QString &key, const QString &text)
{
    return text.isEmpty() ? QString() : key + u": "_s + yamlString(text) + u'\n';
}

QString yamlList(const QString &key, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = key + u":\n"_s;
    for (const auto &item : items)
        out += u"  - "_s + yamlString(item) + u'\n';
    return out;
}

QString exportedTime(const NotesMarkdownOptions &options)
{
    const auto time = options.exported.isValid() ? options.exported : QDateTime::currentDateTimeUtc();
    return time.toUTC().toString(Qt::ISODate);
}

// The note as the export writes it: the reader's Markdown, except a comment opener, which could
// fake or hide the end marker of the generated part.
QString noteText(const QString &note, const NotesMarkdownOptions &options)
{
    if (!options.areNotesMarkdown)
        return NotesMarkdown::escape(note.trimmed());
    QString text = note.trimmed();
    text.replace(u"<!--"_s, u"&lt;!--"_s);
    return text;
}

QString quoteBlock(const QString &quote)
{
    QString out;
    const auto paragraphs = quote.trimmed().split(QRegularExpression(u"\\n\\s*\\n"_s));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            out += u">\n"_s;
        // A single line break inside a block is shown as one; Markdown needs a hard break.
        const auto lines = paragraphs.at(p).split(u'\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            out += u"> "_s + NotesMarkdown::escape(lines.at(l).trimmed());
            out += l + 1 < lines.size() ? u"\\\n"_s : u"\n"_s;
        }
    }
    return out;
}

QString tagLine(const Annotation &annotation)
{
    QStringList parts;
    for (const auto &tag : annotation.tags)
        parts << NotesMarkdown::tagText(tag);
    parts << QString(u'^' + NotesMarkdown::blockId(annotation));
    return parts.join(u' ') + u'\n';
}

QString highlightBlock(const Annotation &annotation, const NotesMarkdownOptions &options)
{
    QString out = quoteBlock(annotation.selector.exact) + u'\n';
    const auto note = noteText(annotation.note, options);
    if (!note.isEmpty())
        out += note + u"\n\n"_s;
    out += tagLine(annotation);
    return out;
}

QList<Annotation> sortedHighlights(const QList<Annotation> &annotations, bool orphans)
{
    QList<Annotation> result;
    for (const auto &annotation : annotations) {
        if (!annotation.isArticleNote() && annotation.isOrphan == orphans)
            result << annotation;
    }
    std::stable_sort(result.begin(), result.end(), [](const Annotation &a, const Annotation &b) {
        if (a.selector.start != b.selector.start)
            return a.selector.start < b.selector.start;
        return a.created != b.created ? a.created < b.created : a.id < b.id;
    });
    return result;
}

QStringList tagsOf(const QList<Annotation> &annotations)
{
    QStringList tags;
    for (const auto &annotation : annotations)
        tags += annotation.tags;
    return normalizedTags(tags);
}

// The article's highlights under a heading of the given level.
QString articleBody(const ArticleNotes &notes, int level, const NotesMarkdownOptions &options)
{
    const QString hashes(level, u'#');
    QString out = hashes + u' ' + NotesMarkdown::escape(notes.article.title.isEmpty() ? u"Untitled"_s : notes.article.title) + u"\n\n"_s;
    QStringList facts;
    if (!notes.article.source.isEmpty())
        facts << NotesMarkdown::escape(notes.article.source);
    if (notes.article.published.isValid())
        facts << notes.article.published.toUTC().date().toString(Qt::ISODate);
    if (!notes.article.url.isEmpty())
        facts << u'<' + notes.article.url + u'>';
    if (level > 1 && !facts.isEmpty())
        out += facts.join(u" · "_s) + u"\n\n"_s;
    for (const auto &annotation : notes.annotations) {
        if (annotation.isArticleNote() && !annotation.note.trimmed().isEmpty())
            out += noteText(annotation.note, options) + u"\n\n"_s;
    }
    const auto highlights = sortedHighlights(notes.annotations, false);
    for (const auto &annotation : highlights)
        out += highlightBlock(annotation, options) + u'\n';
    const auto orphans = sortedHighlights(notes.annotations, true);
    if (!orphans.isEmpty()) {
        out += hashes + u"# Highlights no longer found in the text\n\n"_s;
        for (const auto &annotation : orphans)
            out += highlightBlock(annotation, options) + u'\n';
    }
    return out;
}

QString timelineSection(const NotesMarkdownOptions &options, int level)
{
    if (options.timeline.isEmpty())
        return {};
    auto entries = options.timeline;
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    QString out = QString(level, u'#') + u" Timeline\n\n"_s;
    for (const auto &entry : std::as_const(entries))
        out += u"- **"_s + entry.date.toString(Qt::ISODate) + u"** — "_s + NotesMarkdown::escape(entry.label) + u'\n';
    return out + u'\n';
}

QString wrap(const QString &frontMatter, const QString &markerName, QString body)
{
    while (body.endsWith(u"\n\n"_s))
        body.chop(1);
    return u"---\n"_s + frontMatter + u"---\n\n"_s + NotesMarkdown::BeginMarker + u' ' + markerName + u" -->\n"_s + body
        + NotesMarkdown::EndMarker + u'\n';
}

struct FrontMatter
{
    bool isPresent = false;
    QList<std::pair<QString, QString>> entries; // key, its lines (including continuation lines)
    qsizetype end = 0; // offset just after the closing line
};

FrontMatter parseFrontMatter(const QString &text)
{
    FrontMatter result;
    if (!text.startsWith(u"---\n"_s))
        return result;
    const auto close = text.indexOf(u"\n---\n"_s, 3);
    const auto closeAtEnd = text.endsWith(u"\n---"_s) ? text.size() - 4 : -1;
    const auto closing = close >= 0 ? close : closeAtEnd;
    if (closing < 0)
        return result;
    result.isPresent = true;
    result.end = std::min(text.size(), closing + 5);
    static const QRegularExpression keyLine(u"^([^\\s#][^:]*):"_s);
    const auto lines = text.mid(4, closing - 4 + 1).split(u'\n');
    for (const auto &line : lines) {
        if (line.isEmpty() && result.entries.isEmpty())
            continue;
        const auto match = keyLine.match(line);
        if (match.hasMatch() || result.entries.isEmpty())
            result.entries.append(std::make_pair(match.captured(1).trimmed(), QString(line + u'\n')));
        else
            result.entries.last().second += line + u'\n';
    }
    // The split leaves one empty trailing piece.
    if (!result.entries.isEmpty() && result.entries.last().second.endsWith(u"\n\n"_s))
        result.entries.last().second.chop(1);
    return result;
}

} // namespace

QString NotesMarkdown::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    static const QString always = u"\\`*_[]<>#|~^$%"_s;
    static const QRegularExpression entity(u"^&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"_s);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = text.at(i);
        const bool isLineStart = i == 0 || text.at(i - 1) == u'\n';
        if (always.contains(c)) {
            out += u'\\';
        } else if (c == u'=' && ((i + 1 < text.size() && text.at(i + 1) == u'=') || (i > 0 && text.at(i - 1) == u'='))) {
            out += u'\\'; // Obsidian's ==highlight==
        } else if (c == u'&' && entity.matchView(QStringView(text).mid(i)).hasMatch()) {
            out += u'\\';
        } else if (isLineStart && (c == u'-' || c == u'+' || c == u'=')) {
            out += u'\\'; // list item, setext underline
        } else if ((c == u'.' || c == u')') && i > 0 && text.at(i - 1).isDigit()) {
            // "1. " at a line start would become an ordered list.
            qsizetype digitsStart = i;
            while (digitsStart > 0 && text.at(digitsStart - 1).isDigit())
                --digitsStart;
            if (digitsStart == 0 || text.at(digitsStart - 1) == u'\n')
                out += u'\\';
        }
        out += c;
    }
    return out;
}

QString NotesMarkdown::blockId(const Annotation &annotation)
{
    QString shortId;
    for (const auto c : annotation.id) {
        if (c.isLetterOrNumber())
            shortId += c.toLower();
        if (shortId.size() == 8)
            break;
    }
    return u"hl-"_s + shortId;
}

QString NotesMarkdown::tagText(const QString &tag)
{
    QString out;
    for (const auto c : tag.trimmed()) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/')
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return u'#' + out;
}

QString NotesMarkdown::article(const ArticleNotes &notes, const NotesMarkdownOptions &options)
{
    const auto &a = notes.article;
    QString front;
    front += yamlField(u"title"_s, a.title);
    front += yamlField(u"source"_s, a.source);
    front += yamlField(u"url"_s, a.url);
    // The record holds a publication date only when the article gave one (never a file's time).
    if (a.published.isValid())
        front += u"published: "_s + a.published.toUTC().toString(Qt::ISODate) + u'\n';
    front += u"exported: "_s + exportedTime(options) + u'\n';
    front += yamlList(u"tags"_s, tagsOf(notes.annotations));
    front += yamlList(u"entities"_s, notes.entities);
    const QString body = articleBody(notes, 1, options) + timelineSection(options, 2);
    return wrap(front, u"article="_s + a.id, body);
}

QString NotesMarkdown::brief(const QString &title, const QList<ArticleNotes> &articles, const NotesMarkdownOptions &options)
{
    QStringList tags;
    QStringList entities;
    QStringList sources;
    for (const auto &notes : articles) {
        tags += tagsOf(notes.annotations);
        for (const auto &entity : notes.entities) {
            if (!entities.contains(entity))
                entities << entity;
        }
        if (!notes.article.url.isEmpty())
            sources << notes.article.url;
        else if (!notes.article.title.isEmpty())
            sources << notes.article.title;
    }
    QString front;
    front += u"title: "_s + yamlString(title) + u'\n';
    front += u"exported: "_s + exportedTime(options) + u'\n';
    front += yamlList(u"tags"_s, normalizedTags(tags));
    front += yamlList(u"entities"_s, entities);
    front += yamlList(u"sources"_s, sources);
    QString body = u"# "_s + escape(title) + u"\n\n"_s;
    for (const auto &notes : articles)
        body += articleBody(notes, 2, options);
    body += timelineSection(options, 2);
    return wrap(front, u"brief"_s, body);
}

QString NotesMarkdown::merge(const QString &existing, const QString &exported)
{
    if (existing.trimmed().isEmpty())
        return exported;
    const auto newFront = parseFrontMatter(exported);
    const auto oldFront = parseFrontMatter(existing);
    const auto newBody = exported.mid(newFront.end);
    const auto beginAt = newBody.indexOf(BeginMarker);
    const QString generated = beginAt >= 0 ? QString(newBody.mid(beginAt).trimmed() + u'\n') : newBody;

    // Front matter: ours first, then the user's own keys as they were.
    QString front;
    QStringList ownKeys;
    for (const auto &[key, lines] : newFront.entries) {
        ownKeys << key;
        front += lines;
    }
    for (const auto &[key, lines] : oldFront.entries) {
        if (!ownKeys.contains(key) && !GeneratedKeys.contains(key))
            front += lines;
    }
    if (!front.isEmpty() && !front.endsWith(u'\n'))
        front += u'\n';

    QString rest = existing.mid(oldFront.end);
    const auto oldBegin = rest.indexOf(BeginMarker);
    const auto oldEnd = oldBegin >= 0 ? rest.indexOf(EndMarker, oldBegin) : -1;
    if (oldBegin >= 0 && oldEnd >= 0) {
        auto after = oldEnd + EndMarker.size();
        if (after < rest.size() && rest.at(after) == u'\n')
            ++after;
        rest = rest.left(oldBegin) + generated + rest.mid(after);
    } else {
        if (!rest.endsWith(u'\n'))
            rest += u'\n';
        rest += u'\n' + generated;
    }
    if (!oldFront.isPresent && !rest.startsWith(u'\n'))
        rest.prepend(u'\n');
    return u"---\n"_s + front + u"---\n"_s + rest;
}

} // namespace Attache
