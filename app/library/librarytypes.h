#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Attache {

// Where an article stands in the analyst's triage: new items arrive in the Inbox.
enum class TriageState { Inbox = 0, Later = 1, Archive = 2 };

QString triageStateName(TriageState state); // "inbox", "later", "archive"
// Parses "inbox", "later", "archive"; returns false for anything else.
bool parseTriageState(const QString &name, TriageState *state);

// Everything triage can change on one article. Actions return the previous values so that an
// undo restores exactly what was there (see LibraryIndex::restoreTriage and TriageCommand).
struct TriageValues
{
    qint64 id = 0;
    TriageState state = TriageState::Inbox;
    bool isStarred = false;
    bool isRead = false;
    bool isMarked = false; // marked for a bulk action
    int priority = 0;      // 1–3, 0 = none

    bool operator==(const TriageValues &) const = default;
};

enum class SortOrder {
    Date,      // newest first; articles without a date last
    Priority,  // 1 (highest) first, none last; then newest first
    Source,    // source A–Z, then newest first
    Relevance, // best full-text match first (falls back to Date without words in the query)
};

QString sortOrderName(SortOrder order); // "date", "priority", "source", "relevance"
bool parseSortOrder(const QString &name, SortOrder *order);

// What the article list shows of one entry: cheap to copy, read in bulk from the index.
struct ArticleSummary
{
    qint64 id = 0;
    QString path;
    QString itemId;
    QString contentHash;
    QString format;
    QString title;
    QString source;
    QString byline;
    QString url;
    QDateTime published; // UTC; invalid when unknown
    bool isPublishedUncertain = false;
    TriageValues triage;
    QStringList mainEntities; // up to three canonical names, most mentioned first
    int duplicateCount = 0;   // copies grouped under this entry
    qint64 duplicateOf = 0;   // 0 for an entry of its own
    int wordCount = 0;
};

// A file or folder the indexer could not take, and why; the rest of the library goes on.
struct SkippedFile
{
    QString path;
    QString reason;

    bool operator==(const SkippedFile &) const = default;
};

// A user's saved search, shown next to the built-in views.
struct SavedSearch
{
    QString name;
    QString query;
    SortOrder sort = SortOrder::Date;
    bool isBuiltIn = false;
};

// The entity table rows of one article.
struct ArticleEntity
{
    QString entityId;
    QString name;
    QString type;
    int mentions = 0;
};

// One entity across a set of articles: the library-wide entity list.
struct EntityTotal
{
    QString entityId;
    QString name;
    QString type;
    int mentions = 0;
    int articles = 0;
};

// The event table rows of one article (for the timeline and filters).
struct ArticleEvent
{
    QDate begin;
    QDate end;
    bool isUncertain = false;
    QString type;       // eventTypeName(): "statement", "consultation", …
    QString label;
    QStringList actors; // canonical names, most prominent first
    QStringList actorIds;
    qsizetype sentenceStart = 0; // UTF-16 offsets into the article's text, for "open at the sentence"
    qsizetype sentenceEnd = 0;
    QString sentence;
    QString value; // the TIMEX3 value the date came from
};

// Where the words of a search matched in one article: a short snippet for the list and the
// ranges (UTF-16 offsets, end exclusive) to highlight in it and in the full text.
struct MatchHighlights
{
    QString snippet;
    QList<std::pair<qsizetype, qsizetype>> snippetRanges;
    QList<std::pair<qsizetype, qsizetype>> textRanges; // into Article::text()
};

} // namespace Attache

Q_DECLARE_METATYPE(Attache::TriageState)
