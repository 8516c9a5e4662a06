#include "core/compactjsonwriter.h"

#include <QChar>

namespace Attache {

void CompactJsonWriter::escape(QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const auto appendEscaped = [this](char16_t unit) {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += Hex[(unit >> shift) & 0xf];
    };
    // Nearly all of an article is printable ASCII that needs no escape: copied a run at a time,
    // one byte per unit, instead of appended character by character.
    const auto isPlain = [](char16_t unit) { return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\'; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isPlain(text[i].unicode())) {
            qsizetype runEnd = i + 1;
            while (runEnd < text.size() && isPlain(text[runEnd].unicode()))
                ++runEnd;
            const auto written = m_out.size();
            m_out.resize(written + (runEnd - i));
            char *out = m_out.data() + written;
            for (qsizetype k = i; k < runEnd; ++k)
                *out++ = char(text[k].unicode());
            i = runEnd - 1;
            continue;
        }
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

void CompactJsonWriter::isoDay(const QDate &day)
{
    if (!day.isValid()) {
        null();
        return;
    }
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (year < 0 || year > 9999) { // Qt's own form for the years ISO 8601's four digits do not hold
        string(day.toString(Qt::ISODate));
        return;
    }
    separate();
    const char digits[] = {'"',
                           char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                           char('0' + year % 10), '-', char('0' + month / 10), char('0' + month % 10), '-',
                           char('0' + dayOfMonth / 10), char('0' + dayOfMonth % 10), '"'};
    m_out.append(digits, sizeof digits);
}

} // namespace Attache
