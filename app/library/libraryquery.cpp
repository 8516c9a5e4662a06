#include "library/libraryquery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

struct FilterName
{
    QStringView name;
    QueryTerm::Kind kind;
};

constexpr FilterName Filters[] = {
    {u"entity", QueryTerm::Kind::Entity},     {u"country", QueryTerm::Kind::Country},
    {u"tag", QueryTerm::Kind::Tag},           {u"is", QueryTerm::Kind::Is},
    {u"in", QueryTerm::Kind::In},             {u"priority", QueryTerm::Kind::Priority},
    {u"source", QueryTerm::Kind::Source},     {u"published", QueryTerm::Kind::Published},
    {u"lang", QueryTerm::Kind::Language},
};

std::optional<QueryTerm::Kind> filterKind(QStringView name)
{
    for (const auto &filter : Filters) {
        if (name.compare(filter.name, Qt::CaseInsensitive) == 0)
            return filter.kind;
    }
    return std::nullopt;
}

// A date, a month or a year, as the first or the last day it covers.
QDate parsePeriod(const QString &text, bool wantsLastDay)
{
    if (text.size() == 4) {
        bool isNumber = false;
        const int year = text.toInt(&isNumber);
        if (!isNumber)
            return {};
        return wantsLastDay ? QDate(year, 12, 31) : QDate(year, 1, 1);
    }
    if (text.size() == 7) {
        const auto first = QDate::fromString(text + u"-01"_s, Qt::ISODate);
        if (!first.isValid())
            return {};
        return wantsLastDay ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QString quoteForFts(const QueryTerm &term)
{
    auto value = term.value;
    const bool isPrefix = term.kind == QueryTerm::Kind::Word && value.size() > 1 && value.endsWith(u'*');
    if (isPrefix)
        value.chop(1);
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"' + (isPrefix ? u"*"_s : QString());
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString escapeLike(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'%', u"\\%"_s);
    value.replace(u'_', u"\\_"_s);
    return value;
}

} // namespace

QString queryTermKindName(QueryTerm::Kind kind)
{
    switch (kind) {
    case QueryTerm::Kind::Word: return u"word"_s;
    case QueryTerm::Kind::Phrase: return u"phrase"_s;
    case QueryTerm::Kind::Entity: return u"entity"_s;
    case QueryTerm::Kind::Country: return u"country"_s;
    case QueryTerm::Kind::Tag: return u"tag"_s;
    case QueryTerm::Kind::Is: return u"is"_s;
    case QueryTerm::Kind::In: return u"in"_s;
    case QueryTerm::Kind::Priority: return u"priority"_s;
    case QueryTerm::Kind::Source: return u"source"_s;
    case QueryTerm::Kind::Published: return u"published"_s;
    case QueryTerm::Kind::Language: return u"lang"_s;
    }
    return u"word"_s;
}

LibraryQuery LibraryQuery::parse(const QString &text)
{
    LibraryQuery query;
    const auto size = text.size();
    qsizetype i = 0;
    // Reads a quoted value starting at the opening quote; leaves i after the closing one.
    auto readQuoted = [&]() {
        const auto close = text.indexOf(u'"', i + 1);
        QString value;
        if (close < 0) {
            value = text.mid(i + 1);
            query.warnings << u"a quote is not closed; read to the end: \"%1"_s.arg(value);
            i = size;
        } else {
            value = text.mid(i + 1, close - i - 1);
            i = close + 1;
        }
        return value.simplified();
    };
    while (i < size) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        QueryTerm term;
        if (text.at(i) == u'-' && i + 1 < size && !text.at(i + 1).isSpace()) {
            term.isNegated = true;
            ++i;
        }
        if (text.at(i) == u'"') {
            term.kind = QueryTerm::Kind::Phrase;
            term.value = readQuoted();
            if (!term.value.isEmpty())
                query.terms << term;
            continue;
        }
        const auto start = i;
        while (i < size && !text.at(i).isSpace() && text.at(i) != u':')
            ++i;
        const auto key = text.mid(start, i - start);
        const auto kind = (i < size && text.at(i) == u':') ? filterKind(key) : std::nullopt;
        if (!kind) {
            // Not a filter: the whole token is a word (a colon inside, as in "10:30", is kept).
            while (i < size && !text.at(i).isSpace())
                ++i;
            term.value = text.mid(start, i - start);
            if (key.size() < term.value.size() && !key.isEmpty() && key.front().isLetter()
                && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isLetter(); }))
                query.warnings << u"unknown filter \"%1:\"; searched as a word"_s.arg(key);
            term.kind = QueryTerm::Kind::Word;
            if (term.value == u"-"_s)
                continue;
            query.terms << term;
            continue;
        }
        ++i; // the colon
        term.kind = *kind;
        if (i < size && text.at(i) == u'"') {
            term.value = readQuoted();
        } else {
            const auto valueStart = i;
            while (i < size && !text.at(i).isSpace())
                ++i;
            term.value = text.mid(valueStart, i - valueStart);
        }
        if (term.value.isEmpty()) {
            query.warnings << u"\"%1:\" needs a value; ignored"_s.arg(key);
            continue;
        }
        switch (term.kind) {
        case QueryTerm::Kind::Is: {
            term.value = term.value.toLower();
            static const QStringList known{u"unread"_s, u"read"_s, u"starred"_s, u"annotated"_s, u"marked"_s};
            if (!known.contains(term.value)) {
                query.warnings << u"is:%1 is unknown (use unread, read, starred, annotated or marked); ignored"_s.arg(term.value);
                continue;
            }
            break;
        }
        case QueryTerm::Kind::In: {
            term.value = term.value.toLower();
            TriageState state;
            if (!parseTriageState(term.value, &state)) {
                query.warnings << u"in:%1 is unknown (use inbox, later or archive); ignored"_s.arg(term.value);
                continue;
            }
            break;
        }
        case QueryTerm::Kind::Priority: {
            term.value = term.value.toLower();
            static const QStringList known{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"none"_s, u"any"_s};
            if (!known.contains(term.value)) {
                query.warnings << u"priority:%1 is unknown (use 1, 2, 3, none or any); ignored"_s.arg(term.value);
                continue;
            }
            if (term.value == u"0"_s)
                term.value = u"none"_s;
            break;
        }
        case QueryTerm::Kind::Published: {
            const auto dots = term.value.indexOf(u".."_s);
            const auto first = dots < 0 ? term.value : term.value.left(dots);
            const auto last = dots < 0 ? term.value : term.value.mid(dots + 2);
            term.from = first.isEmpty() ? QDate() : parsePeriod(first, false);
            term.to = last.isEmpty() ? QDate() : parsePeriod(last, true);
            const bool isBad = (!first.isEmpty() && !term.from.isValid()) || (!last.isEmpty() && !term.to.isValid())
                || (first.isEmpty() && last.isEmpty())
                || (term.from.isValid() && term.to.isValid() && term.to < term.from);
            if (isBad) {
                query.warnings << u"published:%1 is not a date or range (use 2025-01-01..2025-03-31, 2025-03 or 2025); ignored"_s.arg(term.value);
                continue;
            }
            break;
        }
        case QueryTerm::Kind::Country:
            term.value = term.value.toUpper();
            break;
        case QueryTerm::Kind::Language:
            term.value = term.value.toLower().replace(u'_', u'-');
            break;
        default:
            break;
        }
        query.terms << term;
    }
    return query;
}

bool LibraryQuery::hasWords() const
{
    return std::any_of(terms.cbegin(), terms.cend(), [](const QueryTerm &term) {
        return !term.isNegated && (term.kind == QueryTerm::Kind::Word || term.kind == QueryTerm::Kind::Phrase);
    });
}

QString LibraryQuery::matchExpression() const
{
    QStringList parts;
    for (const auto &term : terms) {
        if (!term.isNegated && (term.kind == QueryTerm::Kind::Word || term.kind == QueryTerm::Kind::Phrase))
            parts << quoteForFts(term);
    }
    return parts.join(u' ');
}

SqlStatement buildSearchSql(const LibraryQuery &query, const SearchOptions &options, const AnnotationLookup &lookup,
                            QStringList *warnings)
{
    SqlStatement statement;
    QStringList conditions;
    QVariantList values;
    const auto match = query.matchExpression();
    const bool joinsFts = !match.isEmpty();
    if (joinsFts) {
        conditions << u"article_fts MATCH ?"_s;
        values << match;
    }
    if (!options.includesCopies)
        conditions << u"a.duplicate_of IS NULL"_s;
    if (!options.restrictTo.isEmpty()) {
        QStringList ids;
        ids.reserve(options.restrictTo.size());
        for (const auto id : options.restrictTo)
            ids << QString::number(id);
        conditions << u"a.id IN (SELECT value FROM json_each(?))"_s;
        values << QString(u'[' + ids.join(u',') + u']');
    }
    auto warn = [warnings](const QString &warning) {
        if (warnings)
            *warnings << warning;
    };

    for (const auto &term : query.terms) {
        QString condition;
        QVariantList termValues;
        switch (term.kind) {
        case QueryTerm::Kind::Word:
        case QueryTerm::Kind::Phrase:
            if (!term.isNegated)
                continue; // part of the MATCH above
            // Negated words exclude what the full-text index finds for them.
            conditions << u"a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"_s;
            values << quoteForFts(term);
            continue;
        case QueryTerm::Kind::Entity:
            condition = u"EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id"
                        " AND (e.name = ? COLLATE NOCASE OR e.entity_id = ? COLLATE NOCASE))"_s;
            termValues << term.value << term.value;
            break;
        case QueryTerm::Kind::Country:
            condition = u"EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id"
                        " AND (e.entity_id = ? COLLATE NOCASE OR (e.type = 'GPE' AND e.name = ? COLLATE NOCASE)))"_s;
            termValues << QString(u"country/"_s + term.value) << term.value;
            break;
        case QueryTerm::Kind::Tag: {
            QStringList hashes;
            if (lookup.contentHashesWithTag)
                hashes = lookup.contentHashesWithTag(term.value);
            else
                warn(u"tag: needs the annotation store, which is not connected; tag:%1 matches nothing"_s.arg(term.value));
            condition = u"a.content_hash IN (SELECT value FROM json_each(?))"_s;
            termValues << jsonArray(hashes);
            break;
        }
        case QueryTerm::Kind::Is:
            if (term.value == u"unread"_s) {
                condition = u"a.read = 0"_s;
            } else if (term.value == u"read"_s) {
                condition = u"a.read = 1"_s;
            } else if (term.value == u"starred"_s) {
                condition = u"a.starred = 1"_s;
            } else if (term.value == u"marked"_s) {
                condition = u"a.marked = 1"_s;
            } else {
                QStringList hashes;
                if (lookup.annotatedContentHashes)
                    hashes = lookup.annotatedContentHashes();
                else
                    warn(u"is:annotated needs the annotation store, which is not connected; it matches nothing"_s);
                condition = u"a.content_hash IN (SELECT value FROM json_each(?))"_s;
                termValues << jsonArray(hashes);
            }
            break;
        case QueryTerm::Kind::In: {
            TriageState state = TriageState::Inbox;
            parseTriageState(term.value, &state);
            condition = u"a.state = ?"_s;
            termValues << int(state);
            break;
        }
        case QueryTerm::Kind::Priority:
            if (term.value == u"none"_s) {
                condition = u"a.priority = 0"_s;
            } else if (term.value == u"any"_s) {
                condition = u"a.priority > 0"_s;
            } else {
                condition = u"a.priority = ?"_s;
                termValues << term.value.toInt();
            }
            break;
        case QueryTerm::Kind::Language:
            // "fr" is French wherever it is spoken: fr, fr-CA, fr_FR.
            condition = u"(lower(a.language) = ? OR lower(replace(a.language, '_', '-')) LIKE ? ESCAPE '\\')"_s;
            termValues << term.value << QString(escapeLike(term.value) + u"-%"_s);
            break;
        case QueryTerm::Kind::Source:
            condition = u"a.source LIKE ? ESCAPE '\\'"_s;
            termValues << QString(u'%' + escapeLike(term.value) + u'%');
            break;
        case QueryTerm::Kind::Published: {
            QStringList parts;
            if (term.from.isValid()) {
                parts << u"a.published >= ?"_s;
                termValues << term.from.toString(Qt::ISODate);
            }
            if (term.to.isValid()) {
                parts << u"a.published < ?"_s;
                termValues << term.to.addDays(1).toString(Qt::ISODate);
            }
            condition = u"a.published IS NOT NULL AND "_s + parts.join(u" AND "_s);
            break;
        }
        }
        // COALESCE: a NULL column must not make "NOT (…)" drop the row as unknown.
        conditions << (term.isNegated ? u"NOT COALESCE((%1), 0)"_s : u"(%1)"_s).arg(condition);
        values << termValues;
    }

    QString order;
    switch (options.sort) {
    case SortOrder::Relevance:
        if (joinsFts) {
            order = u"bm25(article_fts, 5.0, 1.0), a.published IS NULL, a.published DESC, a.id DESC"_s;
            break;
        }
        [[fallthrough]];
    case SortOrder::Date:
        order = u"a.published IS NULL, a.published DESC, a.id DESC"_s;
        break;
    case SortOrder::Priority:
        order = u"a.priority = 0, a.priority ASC, a.published IS NULL, a.published DESC, a.id DESC"_s;
        break;
    case SortOrder::Source:
        order = u"a.source = '', a.source COLLATE NOCASE ASC, a.published IS NULL, a.published DESC, a.id DESC"_s;
        break;
    }
    const bool hasSnippets = joinsFts && options.includesSnippets;
    statement.sql = u"SELECT a.id"_s
        + (hasSnippets ? u", snippet(article_fts, -1, char(2), char(3), '…', 16)"_s : QString())
        + u" FROM articles a"_s
        + (joinsFts ? u" JOIN article_fts ON article_fts.rowid = a.id"_s : QString())
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s))
        + u" ORDER BY "_s + order;
    if (options.limit >= 0) {
        statement.sql += u" LIMIT ?"_s;
        values << options.limit;
    }
    statement.values = values;
    return statement;
}

} // namespace Attache
