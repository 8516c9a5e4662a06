#pragma once

#include "library/librarytypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Attache {

// One term of a library search. Words and phrases go to the full-text index; every other kind
// is a filter on the index's columns. Any term can be negated with a leading "-".
struct QueryTerm
{
    enum class Kind {
        Word,      // trade, trad* (prefix)
        Phrase,    // "joint statement"
        Entity,    // entity:"Li Qiang", entity:person/li-qiang
        Country,   // country:CN
        Tag,       // tag:trade (from the annotation store)
        Is,        // is:unread|read|starred|annotated|marked
        In,        // in:inbox|later|archive
        Priority,  // priority:1 … priority:3, priority:none
        Source,    // source:reuters (substring, case-insensitive)
        Published, // published:2025-01-01..2025-03-31, published:2025-03, published:..2025
        Language,  // lang:fr (also fr-CA, fr_FR), lower-cased
    };

    Kind kind = Kind::Word;
    QString value;  // as typed, without quotes; lower-cased for is:/in:
    QDate from;     // Published: first day included (invalid = open)
    QDate to;       // Published: last day included (invalid = open)
    bool isNegated = false;

    bool operator==(const QueryTerm &) const = default;
};

QString queryTermKindName(QueryTerm::Kind kind); // "word", "phrase", "entity", …

// A parsed search: never fails; what it could not understand is kept as words and named in
// warnings, so that a typo never empties the list without saying why.
struct LibraryQuery
{
    QList<QueryTerm> terms;
    QStringList warnings;

    static LibraryQuery parse(const QString &text);

    bool hasWords() const; // any non-negated word or phrase (relevance and snippets need one)
    // The FTS5 MATCH expression of the non-negated words and phrases, each quoted; empty if none.
    QString matchExpression() const;
};

// Answers tag: and is:annotated from the annotation store, which lives in another database.
// Both return the content hashes (Article::contentHash) of the articles concerned, the identity
// that survives moves. Unset functions make those filters match nothing, with a warning.
struct AnnotationLookup
{
    std::function<QStringList(const QString &tag)> contentHashesWithTag;
    std::function<QStringList()> annotatedContentHashes;
};

struct SqlStatement
{
    QString sql;
    QVariantList values; // bound positionally, in order
};

struct SearchOptions
{
    SortOrder sort = SortOrder::Date;
    bool includesCopies = false;  // list duplicates too, not only the entry of each group
    QList<qint64> restrictTo;     // when set: only these ids (used to place new or changed rows)
    bool includesSnippets = false; // a second column with the FTS snippet (when the query has words)
    int limit = -1;
};

// Builds the SELECT for a parsed query: one column, the article id, in the requested order.
// Every user value is bound; the SQL text holds only fixed fragments and placeholders.
SqlStatement buildSearchSql(const LibraryQuery &query, const SearchOptions &options,
                            const AnnotationLookup &lookup, QStringList *warnings);

} // namespace Attache
