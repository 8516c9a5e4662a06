#include "analyze/scriptlanguage.h"

using namespace Qt::StringLiterals;

namespace Attache {

QString languageOfScript(QStringView text)
{
    int letters = 0;
    int cyrillic = 0;
    int arabic = 0;
    for (const QChar c : text.left(4000)) {
        if (!c.isLetter())
            continue;
        ++letters;
        switch (c.script()) {
        case QChar::Script_Cyrillic: ++cyrillic; break;
        case QChar::Script_Arabic: ++arabic; break;
        default: break;
        }
    }
    if (letters == 0)
        return {};
    if (cyrillic * 2 > letters)
        return u"ru"_s;
    if (arabic * 2 > letters)
        return u"ar"_s;
    return {};
}

QString analysisLanguage(const QString &declared, QStringView text)
{
    return declared.trimmed().isEmpty() ? languageOfScript(text) : declared.trimmed();
}

} // namespace Attache
