#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Attache {

// Where a highlight sits in an article's canonical text (Article::text(), UTF-16 offsets), and
// enough of the text itself to find the passage again when positions no longer fit: the quote
// and up to ContextLength characters on either side (the W3C TextQuote + TextPosition pair).
struct TextSelector
{
    static constexpr int ContextLength = 32;

    qsizetype start = 0;
    qsizetype end = 0;
    QString exact;
    QString prefix;
    QString suffix;

    // The selector of text[start, end) with its context. Offsets are clamped to the text.
    static TextSelector fromText(const QString &text, qsizetype start, qsizetype end);

    bool isEmpty() const { return exact.isEmpty(); }
    bool operator==(const TextSelector &) const = default;
};

enum class AnnotationKind {
    Highlight,   // a passage, with an optional note
    ArticleNote, // a note about the whole article; at most one per article
};

QString annotationKindName(AnnotationKind kind);
AnnotationKind annotationKindFromName(const QString &name);

// Identity of an article in the annotation store, kept apart from the library index so that a
// rebuilt index, a moved file or a new cleaner never separates the reader's notes from the text.
struct AnnotatedArticle
{
    QString id;          // UUID, stable across machines (export/import)
    QString contentHash; // of the source bytes at the last sighting
    QString path;        // where it was last seen
    QString url;
    QString title;
    QString source;
    QDateTime published;
    QString textHash;    // of the canonical text the annotations are anchored in
    int cleanerVersion = 0;

    bool operator==(const AnnotatedArticle &) const = default;
};

// One highlight or article note. Plain data: the store hands out copies; changing one changes
// nothing until it goes through AnnotationStore.
struct Annotation
{
    static constexpr int ColourCount = 5;

    QString id;        // UUID without braces
    QString articleId; // AnnotatedArticle::id
    AnnotationKind kind = AnnotationKind::Highlight;
    TextSelector selector; // empty for an article note
    int cleanerVersion = 0; // of the text the selector was last anchored in
    int colour = 0;         // 0 … ColourCount-1, an index into the theme's highlight colours
    QString note;           // Markdown
    QStringList tags;       // sorted, case-insensitively unique
    QDateTime created;      // UTC, millisecond precision
    QDateTime modified;
    bool isOrphan = false;  // the passage could not be found in the current text

    QString shortId() const { return id.left(8); }
    bool isArticleNote() const { return kind == AnnotationKind::ArticleNote; }
    bool operator==(const Annotation &) const = default;
};

// The outcome of one change, before and after, so that a QUndoCommand can hold it and the store
// can undo (restore `before`) or redo (restore `after`) it exactly. An absent `before` means the
// change created the annotation; an absent `after` means it deleted it. Both absent: it failed.
struct AnnotationChange
{
    std::optional<Annotation> before;
    std::optional<Annotation> after;

    bool isValid() const { return before.has_value() || after.has_value(); }
    QString annotationId() const { return after ? after->id : before ? before->id : QString(); }
};

// The JSON form used by export/import and the command line (timestamps ISO 8601 UTC).
QJsonObject annotationToJson(const Annotation &annotation);
Annotation annotationFromJson(const QJsonObject &object);

// Tags: trimmed, inner whitespace collapsed, sorted, unique regardless of case.
QStringList normalizedTags(const QStringList &tags);

} // namespace Attache

Q_DECLARE_METATYPE(Attache::Annotation)
