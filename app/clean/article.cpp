#include "clean/article.h"
#include "core/compactjsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

const auto BlockSeparator = u"\n\n"_s;

} // namespace

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading: return u"heading"_s;
    case BlockKind::Paragraph: return u"paragraph"_s;
    case BlockKind::Quote: return u"quote"_s;
    case BlockKind::ListItem: return u"list-item"_s;
    case BlockKind::Caption: return u"caption"_s;
    case BlockKind::Preformatted: return u"preformatted"_s;
    }
    return u"paragraph"_s;
}

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::Metadata: return u"metadata"_s;
    case DateSource::JsonLd: return u"json-ld"_s;
    case DateSource::TimeElement: return u"time-element"_s;
    case DateSource::TextDateLine: return u"text"_s;
    case DateSource::FileModified: return u"file-modified"_s;
    case DateSource::Unknown: break;
    }
    return u"unknown"_s;
}

QString Article::text() const
{
    QString joined;
    qsizetype size = 0;
    for (const auto &block : blocks)
        size += block.text.size() + BlockSeparator.size();
    joined.reserve(size);
    for (const auto &block : blocks) {
        if (!joined.isEmpty())
            joined += BlockSeparator;
        joined += block.text;
    }
    return joined;
}

QList<qsizetype> Article::blockOffsets() const
{
    QList<qsizetype> offsets;
    offsets.reserve(blocks.size());
    qsizetype offset = 0;
    for (const auto &block : blocks) {
        offsets << offset;
        offset += block.text.size() + BlockSeparator.size();
    }
    return offsets;
}

QJsonObject Article::toJson(JoinedText joinedText) const
{
    QJsonArray blockArray;
    for (const auto &block : blocks) {
        QJsonObject object{{u"kind"_s, blockKindName(block.kind)}, {u"text"_s, block.text}};
        if (block.kind == BlockKind::Heading || block.level > 0)
            object.insert(u"level"_s, block.level);
        blockArray.append(object);
    }
    QJsonArray removedArray;
    for (const auto &fragment : removed)
        removedArray.append(QJsonObject{{u"text"_s, fragment.text},
                                        {u"reason"_s, fragment.reason},
                                        {u"before_block"_s, fragment.beforeBlock}});
    QJsonObject json{
        {u"path"_s, path},
        {u"id"_s, id},
        {u"format"_s, sourceFormatName(format)},
        {u"title"_s, title},
        {u"standfirst"_s, standfirst},
        {u"byline"_s, byline},
        {u"source"_s, source},
        {u"url"_s, url},
        {u"language"_s, language},
        {u"published"_s, published.isValid() ? published.toString(Qt::ISODate) : QString()},
        {u"published_source"_s, dateSourceName(publishedSource)},
        {u"published_uncertain"_s, isPublishedUncertain()},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"blocks"_s, blockArray},
        {u"removed"_s, removedArray},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
        {u"content_hash"_s, contentHash},
        {u"cleaner_version"_s, cleanerVersion},
    };
    if (joinedText == JoinedText::Included)
        json.insert(u"text"_s, text());
    return json;
}

QByteArray Article::toCompactJson(JoinedText joinedText) const
{
    qsizetype expected = 1024;
    for (const auto &block : blocks)
        expected += block.text.size() + 48;
    for (const auto &fragment : removed)
        expected += fragment.text.size() + 64;
    CompactJsonWriter json(joinedText == JoinedText::Included ? 2 * expected : expected);
    // The members in QJsonObject's (sorted) order, so that the bytes are toJson()'s.
    json.beginObject();
    json.key("blocks"_L1);
    json.beginArray();
    for (const auto &block : blocks) {
        json.beginObject();
        json.key("kind"_L1);
        json.string(blockKindName(block.kind));
        if (block.kind == BlockKind::Heading || block.level > 0) {
            json.key("level"_L1);
            json.integer(block.level);
        }
        json.key("text"_L1);
        json.string(block.text);
        json.endObject();
    }
    json.endArray();
    json.key("byline"_L1);
    json.string(byline);
    json.key("cleaner_version"_L1);
    json.integer(cleanerVersion);
    json.key("content_hash"_L1);
    json.string(contentHash);
    json.key("format"_L1);
    json.string(sourceFormatName(format));
    json.key("id"_L1);
    json.string(id);
    json.key("language"_L1);
    json.string(language);
    json.key("path"_L1);
    json.string(path);
    json.key("published"_L1);
    json.string(published.isValid() ? published.toString(Qt::ISODate) : QString());
    json.key("published_source"_L1);
    json.string(dateSourceName(publishedSource));
    json.key("published_uncertain"_L1);
    json.boolean(isPublishedUncertain());
    json.key("removed"_L1);
    json.beginArray();
    for (const auto &fragment : removed) {
        json.beginObject();
        json.key("before_block"_L1);
        json.integer(fragment.beforeBlock);
        json.key("reason"_L1);
        json.string(fragment.reason);
        json.key("text"_L1);
        json.string(fragment.text);
        json.endObject();
    }
    json.endArray();
    json.key("source"_L1);
    json.string(source);
    json.key("standfirst"_L1);
    json.string(standfirst);
    json.key("tags"_L1);
    json.beginArray();
    for (const auto &tag : tags)
        json.string(tag);
    json.endArray();
    if (joinedText == JoinedText::Included) {
        json.key("text"_L1);
        json.string(text());
    }
    json.key("title"_L1);
    json.string(title);
    json.key("url"_L1);
    json.string(url);
    json.key("warnings"_L1);
    json.beginArray();
    for (const auto &warning : warnings)
        json.string(warning);
    json.endArray();
    json.endObject();
    return json.take();
}

} // namespace Attache
