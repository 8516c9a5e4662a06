#pragma once

// Whether a line matches any of many anchored patterns ("^(skip to content|read more|…)$", …),
// without trying every phrase on every line.
//
// PCRE2 tries an alternation branch after branch: with the text-copy cleaner's few hundred
// boilerplate phrases that is a few hundred comparisons, about 2.5 µs, for every line of prose,
// some 8% of indexing a text copy. No phrase can match a line that starts with a character the
// phrase cannot start with, so the phrases are sorted by their possible first characters once,
// and a line is tried only against those that can start with its first character (half the time).
// The sorting is read from the patterns themselves: it cannot fall out of step with them.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

namespace Attache {

class AnchoredAlternation
{
public:
    explicit AnchoredAlternation(const QList<QRegularExpression> &patterns);

    // The same answer as trying each pattern on `line`.
    bool matches(QStringView line) const;

private:
    // Lines that start with an ASCII character (most do) go to that character's expression;
    // others to the whole alternation. A null pointer: no pattern can start with it.
    static constexpr int AsciiCharacters = 128;
    QRegularExpression m_all;
    std::array<std::shared_ptr<const QRegularExpression>, AsciiCharacters> m_byFirstCharacter;
};

// The body of a character class ("abc\\d", without brackets) holding every character a match of
// `pattern` can start with, in the pattern's own case mode. Empty when that is unknown — a
// construct this reading does not follow (a back-reference, options turned on …), a match that may
// start with any character ("." or a negated class), or one that may be empty.
QString leadingCharacterClass(QStringView pattern);

} // namespace Attache
