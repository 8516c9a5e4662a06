#pragma once

#include "annotate/annotation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache {

// One dated line of a brief's timeline, given by the timeline layer.
struct NotesTimelineEntry
{
    QDate date;
    QString label;
};

// What an export needs of one article: its record, its annotations (any order) and the names
// of the entities it mentions (given by the entity layer).
struct ArticleNotes
{
    AnnotatedArticle article;
    QList<Annotation> annotations;
    QStringList entities;
};

struct NotesMarkdownOptions
{
    QDateTime exported; // written into the front matter; invalid: now
    QList<NotesTimelineEntry> timeline;
    // Notes are Markdown the reader wrote, so their formatting is kept (only what would break
    // the exported structure is neutralised). false: they are escaped like quotes, as plain text.
    bool areNotesMarkdown = true;
};

// Markdown for Obsidian and other Markdown tools: YAML front matter, the title, each highlight
// in reading order as a block quote with its note, its tags as #tag and a stable block id
// (^hl-<short id>). Quotes are escaped so that they render as the words the reader saw.
// The generated part sits between <!-- attache:begin … --> and <!-- attache:end --> so that
// merge() can update a file without touching what the user wrote around it.
class NotesMarkdown final
{
public:
    static QString article(const ArticleNotes &notes, const NotesMarkdownOptions &options = {});
    // Many articles' highlights under one title (the articles in the given order).
    static QString brief(const QString &title, const QList<ArticleNotes> &articles,
                         const NotesMarkdownOptions &options = {});

    // `existing` with its generated part replaced by `exported`'s: the text between the markers
    // and the front matter keys the export writes; the user's other keys and text stay. With no
    // markers in `existing`, the export is appended (and its front matter put first).
    static QString merge(const QString &existing, const QString &exported);

    // Inline text escaped so that Markdown (CommonMark, GFM, Obsidian) shows it literally.
    static QString escape(const QString &text);
    static QString blockId(const Annotation &annotation); // "hl-1a2b3c4d"
    static QString tagText(const QString &tag);           // "#foreign-policy"

    static inline const QString BeginMarker = QStringLiteral("<!-- attache:begin");
    static inline const QString EndMarker = QStringLiteral("<!-- attache:end -->");
};

} // namespace Attache
