#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

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

// Arabic short-vowel marks (fathatan … sukun), the superscript alef and the tatweel: written in
// a catalogue and now and then on a name in news ("عمّان", "مصرَ"), which reads the word without
// them. Words are compared and hashed as if they were not there.
inline bool isArabicMark(char16_t unit)
{
    return (unit >= 0x064B && unit <= 0x0652) || unit == 0x0670 || unit == 0x0640;
}

// The shadda (U+0651), the one mark that can be all that tells two names apart ("عمّان" Amman,
// "عمان" Oman).
constexpr char16_t ArabicShadda = 0x0651;

// The text without its Arabic marks, or with the shadda alone kept.
enum class ArabicMarks { DropAll, KeepShadda };
QString withoutArabicMarks(QStringView text, ArabicMarks kept = ArabicMarks::DropAll);

// QStringView::isValidUtf16(): whether every surrogate stands in a pair. Most texts hold no
// surrogate at all, which one branch-free pass (that the compiler vectorises) shows before Qt's
// decoding check is asked.
inline bool isWellFormedUtf16(QStringView text)
{
    // Over the raw units and into an integer: over QChar into a bool, GCC keeps the loop scalar.
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    unsigned surrogates = 0;
    for (qsizetype i = 0; i < size; ++i)
        surrogates |= unsigned((units[i] & 0xF800) == 0xD800);
    return surrogates == 0 || text.isValidUtf16();
}

// QString::toLower(), with a line of ASCII (most lines of most articles) lowered in place of
// Qt's full Unicode case mapping, which costs a call per character.
QString lowerCased(const QString &text);

// QString::simplified(): the text itself when it is simple already (no whitespace at either end,
// none inside but single spaces), which is most sentences and costs one pass over plain units
// instead of Qt's call per character.
QString simplifiedText(QString text);

} // namespace Attache
