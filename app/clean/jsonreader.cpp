#include "clean/jsonreader.h"

#include "clean/htmlextractor.h"
#include "clean/publicationdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const auto &key : keys) {
        const auto value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty()))
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// A name given as a string, an object with a name, or an array of either.
QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        const auto object = value.toObject();
        return nameOf(firstOf(object, {u"name"_s, u"title"_s, u"displayName"_s, u"display_name"_s, u"@id"_s}));
    }
    if (value.isArray()) {
        QStringList names;
        for (const auto &item : value.toArray()) {
            // Arrays of arrays are not names; one level is enough and bounds the recursion.
            if (!item.isArray())
                if (const auto name = nameOf(item); !name.isEmpty())
                    names << name;
        }
        return names.join(u", "_s);
    }
    return {};
}

// Text given as a string, an object such as WordPress's {"rendered": …}, or an array of strings.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const auto inner = firstOf(value.toObject(), {u"rendered"_s, u"html"_s, u"text"_s, u"value"_s, u"content"_s});
        return inner.isString() ? inner.toString() : QString();
    }
    if (value.isArray()) {
        QStringList parts;
        for (const auto &item : value.toArray())
            if (item.isString())
                parts << item.toString();
        return parts.join(u"\n\n"_s);
    }
    return {};
}

QDateTime dateOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Epoch seconds, or milliseconds when the number is too large for seconds.
        const double number = value.toDouble();
        if (number <= 0 || number > 1e14)
            return {};
        const auto ms = number > 1e11 ? qint64(number) : qint64(number * 1000);
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    }
    return parseWrittenDate(value.toString());
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(u"</?(p|br|div|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|figure|img|section)\\b[^>]*>"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return tag.matchView(text).hasMatch();
}

// HTML in a JSON field is read by the HTML extractor, like a feed's content; plain text has a
// paragraph per blank-line-separated part (or per line, when it has no blank lines).
QList<Block> blocksFromText(const QString &text, QStringList *warnings)
{
    if (looksLikeHtml(text))
        return HtmlExtractor().extractFragment(text, warnings);
    QList<Block> blocks;
    QString plain = text;
    plain.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n"_s);
    auto paragraphs = plain.split(blankLines, Qt::SkipEmptyParts);
    // Text without blank lines but with line breaks has one paragraph a line.
    if (paragraphs.size() == 1 && plain.count(u'\n') > 1)
        paragraphs = plain.split(u'\n', Qt::SkipEmptyParts);
    for (const auto &paragraph : std::as_const(paragraphs)) {
        auto simplified = paragraph.simplified();
        if (simplified.isEmpty())
            continue;
        blocks << Block{BlockKind::Paragraph, 0, simplified};
    }
    return blocks;
}

bool isArticleLike(const QJsonObject &object)
{
    return !firstOf(object, {u"title"_s, u"headline"_s, u"text"_s, u"content"_s, u"body"_s, u"articleBody"_s,
                             u"description"_s, u"summary"_s, u"url"_s, u"link"_s}).isUndefined();
}

Article articleFrom(const QJsonObject &object)
{
    Article article;
    article.title = textOf(firstOf(object, {u"title"_s, u"headline"_s, u"name"_s, u"subject"_s})).simplified();
    // "Talks on the Gulf &amp; beyond", "<b>Breaking</b>": a title with markup is read as HTML.
    if (article.title.contains(u'&') || looksLikeHtml(article.title)) {
        QStringList parts;
        for (const auto &block : HtmlExtractor().extractFragment(article.title))
            parts << block.text;
        if (!parts.isEmpty())
            article.title = parts.join(u' ');
    }
    const auto body = textOf(firstOf(object, {u"articleBody"_s, u"body"_s, u"content"_s, u"text"_s, u"fullText"_s,
                                              u"full_text"_s, u"content_html"_s, u"content_text"_s, u"html"_s}));
    const auto description = textOf(firstOf(object, {u"description"_s, u"summary"_s, u"abstract"_s, u"excerpt"_s,
                                                     u"standfirst"_s, u"subtitle"_s, u"dek"_s, u"lead"_s}));
    if (!body.trimmed().isEmpty()) {
        article.blocks = blocksFromText(body, &article.warnings);
        if (!description.trimmed().isEmpty()) {
            const auto descriptionBlocks = blocksFromText(description, &article.warnings);
            QStringList parts;
            for (const auto &block : descriptionBlocks)
                parts << block.text;
            article.standfirst = parts.join(u' ');
        }
    } else {
        article.blocks = blocksFromText(description, &article.warnings);
    }
    article.url = textOf(firstOf(object, {u"url"_s, u"link"_s, u"canonical_url"_s, u"canonicalUrl"_s, u"permalink"_s,
                                          u"webUrl"_s, u"href"_s})).trimmed();
    const auto date = firstOf(object, {u"datePublished"_s, u"published"_s, u"publishedAt"_s, u"published_at"_s,
                                       u"pubDate"_s, u"date"_s, u"publicationDate"_s, u"publication_date"_s,
                                       u"created_at"_s, u"dateCreated"_s, u"timestamp"_s, u"updated"_s,
                                       u"dateModified"_s});
    if (!date.isUndefined()) {
        article.published = dateOf(date);
        if (article.published.isValid())
            article.publishedSource = DateSource::Metadata;
        else
            article.warnings << u"the date \"%1\" could not be read"_s.arg(date.isString() ? date.toString() : u"(not text)"_s);
    }
    article.source = nameOf(firstOf(object, {u"source"_s, u"site"_s, u"site_name"_s, u"siteName"_s, u"publisher"_s,
                                             u"source_name"_s, u"feed"_s}));
    article.byline = nameOf(firstOf(object, {u"author"_s, u"authors"_s, u"byline"_s, u"creator"_s, u"by"_s,
                                             u"writer"_s}));
    const auto tags = firstOf(object, {u"tags"_s, u"keywords"_s, u"categories"_s, u"topics"_s});
    if (tags.isString()) {
        for (const auto &tag : tags.toString().split(u',', Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                article.tags << tag.trimmed();
    } else if (tags.isArray()) {
        for (const auto &tag : tags.toArray())
            if (const auto name = tag.isArray() ? QString() : nameOf(tag); !name.isEmpty())
                article.tags << name;
    }
    article.language = textOf(firstOf(object, {u"language"_s, u"lang"_s, u"inLanguage"_s})).trimmed();
    return article;
}

// Objects may sit under a wrapper key, as many APIs return them.
QJsonArray itemsOf(const QJsonObject &object)
{
    if (!isArticleLike(object)) {
        for (const auto &key : {u"items"_s, u"articles"_s, u"results"_s, u"data"_s, u"entries"_s, u"posts"_s,
                                u"news"_s, u"stories"_s, u"documents"_s, u"docs"_s}) {
            if (const auto value = object.value(key); value.isArray())
                return value.toArray();
        }
    }
    return QJsonArray{object};
}

// 1-based line of a character offset, for messages.
qsizetype lineOf(QStringView text, qsizetype offset)
{
    return text.left(std::clamp<qsizetype>(offset, 0, text.size())).count(u'\n') + 1;
}

// Scans the top level of an array for complete objects, honouring strings and escapes, so that
// the items before a truncation or a syntax error still load. Iterative: depth costs no stack.
QList<QPair<qsizetype, qsizetype>> completeObjectSpans(QStringView text)
{
    QList<QPair<qsizetype, qsizetype>> spans;
    qsizetype start = text.indexOf(u'[');
    if (start < 0)
        return spans;
    qint64 depth = 0;
    bool isInString = false;
    bool isEscaped = false;
    qsizetype objectStart = -1;
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        const auto c = text.at(i);
        if (isInString) {
            if (isEscaped)
                isEscaped = false;
            else if (c == u'\\')
                isEscaped = true;
            else if (c == u'"')
                isInString = false;
            continue;
        }
        if (c == u'"') {
            isInString = true;
        } else if (c == u'{' || c == u'[') {
            if (depth == 0 && c == u'{')
                objectStart = i;
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (depth == 0)
                break; // the end of the outer array
            --depth;
            if (depth == 0 && c == u'}' && objectStart >= 0) {
                spans << qMakePair(objectStart, i + 1);
                objectStart = -1;
            }
        }
    }
    return spans;
}

} // namespace

JsonReadResult JsonReader::read(const QString &text, SourceFormat format) const
{
    JsonReadResult result;
    QList<QJsonObject> objects;

    auto addValue = [&](const QJsonValue &value, const QString &where) {
        if (!value.isObject()) {
            result.warnings << u"%1 is not an object; skipped"_s.arg(where);
            return;
        }
        for (const auto &item : itemsOf(value.toObject())) {
            if (item.isObject())
                objects << item.toObject();
            else
                result.warnings << u"an item of %1 is not an object; skipped"_s.arg(where);
        }
    };

    auto readLines = [&] {
        qsizetype lineNumber = 0;
        for (const auto line : QStringView(text).split(u'\n')) {
            ++lineNumber;
            const auto trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            QJsonParseError error{};
            const auto document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                result.warnings << u"line %1: %2 at character %3; skipped"_s.arg(lineNumber).arg(error.errorString()).arg(error.offset + 1);
                continue;
            }
            if (document.isArray()) {
                for (const auto &item : document.array())
                    addValue(item, u"line %1"_s.arg(lineNumber));
            } else {
                addValue(document.object(), u"line %1"_s.arg(lineNumber));
            }
        }
    };

    if (format == SourceFormat::JsonLines) {
        readLines();
    } else {
        const auto bytes = text.toUtf8();
        QJsonParseError error{};
        const auto document = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            if (document.isArray()) {
                qsizetype index = 0;
                for (const auto &item : document.array())
                    addValue(item, u"item %1"_s.arg(++index));
            } else {
                addValue(document.object(), u"the document"_s);
            }
        } else {
            // The offset is in UTF-8 bytes; the line number is close enough for a message.
            const auto line = lineOf(text, QString::fromUtf8(bytes.left(error.offset)).size());
            const auto reason = u"the JSON is malformed: %1 at line %2"_s.arg(error.errorString()).arg(line);
            const auto trimmed = QStringView(text).trimmed();
            if (trimmed.startsWith(u'{') && trimmed.count(u'\n') > 0 && error.error == QJsonParseError::GarbageAtEnd) {
                // Several objects one after another: JSON lines under a .json name.
                result.warnings << u"the file holds several JSON values; read as JSON lines"_s;
                readLines();
            } else if (trimmed.startsWith(u'[')) {
                const auto spans = completeObjectSpans(text);
                for (const auto &span : spans) {
                    QJsonParseError itemError{};
                    const auto item = QJsonDocument::fromJson(QStringView(text).mid(span.first, span.second - span.first).toUtf8(), &itemError);
                    if (itemError.error == QJsonParseError::NoError && item.isObject())
                        addValue(item.object(), u"line %1"_s.arg(lineOf(text, span.first)));
                    else
                        result.warnings << u"line %1: %2; skipped"_s.arg(lineOf(text, span.first)).arg(itemError.errorString());
                }
                if (objects.isEmpty()) {
                    result.error = reason;
                    return result;
                }
                result.warnings << u"%1; the %2 complete items before it were read"_s.arg(reason).arg(objects.size());
            } else {
                result.error = reason;
                return result;
            }
        }
    }

    for (const auto &object : std::as_const(objects)) {
        auto article = articleFrom(object);
        if (article.blocks.isEmpty() && article.title.isEmpty()) {
            result.warnings << u"an item without a title or text was skipped"_s;
            continue;
        }
        result.articles << article;
    }
    if (result.articles.isEmpty() && result.error.isEmpty())
        result.error = u"the JSON holds no article: no object with a title or a text field"_s;
    return result;
}

} // namespace Attache
