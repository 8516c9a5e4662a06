#pragma once

#include <QChar>

namespace Attache {

// QChar's lower case and case folding without a call into Qt's Unicode tables for ASCII, which
// is most of what the per-character loops of cleaning, hashing and tagging see. Same results as
// QChar::toLower() and QChar::toCaseFolded() for every unit.
inline char16_t lowerCase(char16_t unit)
{
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    return char16_t(QChar::toLower(char32_t(unit)));
}

inline char16_t caseFolded(char16_t unit)
{
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    return char16_t(QChar::toCaseFolded(char32_t(unit)));
}

} // namespace Attache
