#include "core/textcase.h"

namespace Attache {

QString withoutArabicMarks(QStringView text, ArabicMarks kept)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        if (!isArabicMark(c.unicode()) || (kept == ArabicMarks::KeepShadda && c.unicode() == ArabicShadda))
            plain += c;
    }
    return plain;
}

QString lowerCased(const QString &text)
{
    qsizetype firstUpper = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit >= 0x80)
            return text.toLower();
        if (firstUpper < 0 && unit >= u'A' && unit <= u'Z')
            firstUpper = i;
    }
    if (firstUpper < 0)
        return text;
    QString lowered = text;
    QChar *out = lowered.data();
    for (qsizetype i = firstUpper; i < lowered.size(); ++i)
        out[i] = QChar(lowerCase(out[i].unicode()));
    return lowered;
}

QString simplifiedText(QString text)
{
    const qsizetype size = text.size();
    bool isSimple = size == 0 || (text.front() != u' ' && text.back() != u' ');
    for (qsizetype i = 0; i < size && isSimple; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit == u' ')
            isSimple = text.at(i - 1) != u' ';
        else if (unit < 0x80)
            isSimple = unit < u'\t' || unit > u'\r';
        else
            isSimple = !QChar::isSpace(unit);
    }
    return isSimple ? text : std::move(text).simplified();
}

} // namespace Attache
