#pragma once

#include <QByteArray>
#include <QDate>
#include <QLatin1StringView>
#include <QStringView>

namespace Attache {

// Writes JSON as QJsonDocument::toJson(Compact) does, byte for byte, without building a
// QJsonObject or QJsonArray first (which copies every string once more): members in the order
// given (QJsonObject keeps its keys sorted: give them sorted for the same bytes), strings escaped
// as Qt escapes them. For the JSON written for every indexed article.
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
    void null()
    {
        separate();
        m_out += "null";
    }
    // A day as QDate::toString(Qt::ISODate) gives it ("2025-03-05"), or null for an invalid one.
    // Qt formats it through QString::asprintf, which cost the indexer more than the rest of an
    // article's timeline JSON.
    void isoDay(const QDate &day);
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
    void escape(QStringView text);

    QByteArray m_out;
    bool m_isFirst = true;
    bool m_isValueOfKey = false;
};

} // namespace Attache
