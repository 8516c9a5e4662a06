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

} // namespace Attache
