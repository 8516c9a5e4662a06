#include "clean/article.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

const auto BlockSeparator = u"\n\n"_s;

// Writes JSON as QJsonDocument::toJson(Compact) does, byte for byte, without building a
// QJsonObject first (which copies every string once more): members in the order given, which the
// caller gives sorted, as QJsonObject keeps them; strings escaped as Qt escapes them.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QLatin1StringView name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_isValueOfKey = true;
    }
    void string(QStringView text)
    {
        separate();
        m_out += '"';
        escape(text);
        m_out += '"';
    }
    void integer(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
    }
    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_isFirst = true;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_isFirst = false;
    }
    void separate()
    {
        if (m_isValueOfKey)
            m_isValueOfKey = false;
        else if (!m_isFirst)
            m_out += ',';
        m_isFirst = false;
    }
    void escape(QStringView text)
    {
        static constexpr char Hex[] = "0123456789abcdef";
        const auto appendEscaped = [this](char16_t unit) {
            m_out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                m_out += Hex[(unit >> shift) & 0xf];
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text[i].unicode();
            if (unit < 0x80) {
                switch (unit) {
                case u'"': m_out += "\\\""; break;
                case u'\\': m_out += "\\\\"; break;
                case u'\b': m_out += "\\b"; break;
                case u'\f': m_out += "\\f"; break;
                case u'\n': m_out += "\\n"; break;
                case u'\r': m_out += "\\r"; break;
                case u'\t': m_out += "\\t"; break;
                default:
                    if (unit < 0x20)
                        appendEscaped(unit);
                    else
                        m_out += char(unit);
                }
                continue;
            }
            char32_t code = unit;
            if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                code = QChar::surrogateToUcs4(unit, text[++i].unicode());
            } else if (QChar::isSurrogate(unit)) {
                appendEscaped(unit); // a lone half of a pair has no UTF-8 form
                continue;
            }
            if (code < 0x800) {
                m_out += char(0xc0 | (code >> 6));
            } else if (code < 0x10000) {
                m_out += char(0xe0 | (code >> 12));
                m_out += char(0x80 | ((code >> 6) & 0x3f));
            } else {
                m_out += char(0xf0 | (code >> 18));
                m_out += char(0x80 | ((code >> 12) & 0x3f));
                m_out += char(0x80 | ((code >> 6) & 0x3f));
            }
            m_out += char(0x80 | (code & 0x3f));
        }
    }

    QByteArray m_out;
    bool m_isFirst = true;
    bool m_isValueOfKey = false;
};

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
