#include "core/anchoredalternation.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// What a piece of pattern can start with, and whether it can match nothing at all (then what
// follows it can start the match too).
struct Leading
{
    QString characters; // a character class body
    bool canBeEmpty = false;
    bool anyCharacter = false; // "." or a negated class: no class to tell
};

// A reader of the part of PCRE2's syntax the boilerplate patterns use: literals, escaped
// punctuation, \d \w \s \p{…}, classes, groups (plain, non-capturing, "(?-i:"), alternation,
// quantifiers, ^ $ \b. Anything else gives up: a piece whose first characters are unknown is
// tried on every line.
class LeadingReader
{
public:
    explicit LeadingReader(QStringView pattern)
        : m_pattern(pattern)
    {
    }

    std::optional<Leading> whole()
    {
        auto leading = alternatives();
        if (!leading || m_at != m_pattern.size())
            return std::nullopt;
        return leading;
    }

private:
    bool atEnd() const { return m_at >= m_pattern.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_pattern.size() ? m_pattern.at(m_at + ahead) : QChar();
    }

    // Branches up to the closing parenthesis of the group (not consumed) or the end.
    std::optional<Leading> alternatives()
    {
        Leading all;
        while (true) {
            const auto branch = sequence();
            if (!branch)
                return std::nullopt;
            all.characters += branch->characters;
            all.canBeEmpty = all.canBeEmpty || branch->canBeEmpty;
            all.anyCharacter = all.anyCharacter || branch->anyCharacter;
            if (peek() != u'|')
                return all;
            ++m_at;
        }
    }

    // Items up to "|", ")" or the end: the first characters of each item count until one item
    // cannot be empty.
    std::optional<Leading> sequence()
    {
        Leading leading{{}, true};
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const auto next = item();
            if (!next)
                return std::nullopt;
            if (leading.canBeEmpty) {
                leading.characters += next->characters;
                leading.canBeEmpty = next->canBeEmpty;
                leading.anyCharacter = leading.anyCharacter || next->anyCharacter;
            }
        }
        return leading;
    }

    // One atom and its quantifier.
    std::optional<Leading> item()
    {
        auto leading = atom();
        if (!leading)
            return std::nullopt;
        if (peek() == u'?' || peek() == u'*') {
            leading->canBeEmpty = true;
            ++m_at;
        } else if (peek() == u'+') {
            ++m_at;
        } else if (peek() == u'{') {
            ++m_at;
            qsizetype digits = 0;
            int minimum = 0;
            while (peek().isDigit() && peek().unicode() < 128) {
                minimum = minimum * 10 + (peek().unicode() - u'0');
                ++m_at;
                ++digits;
            }
            if (digits == 0)
                return std::nullopt; // a literal "{" in PCRE2: not followed here
            while (!atEnd() && peek() != u'}') {
                if (peek() != u',' && !(peek().isDigit() && peek().unicode() < 128))
                    return std::nullopt;
                ++m_at;
            }
            if (atEnd())
                return std::nullopt;
            ++m_at;
            if (minimum == 0)
                leading->canBeEmpty = true;
        } else {
            return leading;
        }
        // A lazy or possessive quantifier matches the same first characters.
        if (peek() == u'?' || peek() == u'+')
            ++m_at;
        return leading;
    }

    std::optional<Leading> atom()
    {
        const auto c = peek();
        if (c == u'(')
            return group();
        if (c == u'[')
            return characterClass();
        if (c == u'\\')
            return escape();
        if (c == u'^' || c == u'$') {
            ++m_at;
            return Leading{{}, true};
        }
        if (c == u'.') {
            ++m_at;
            return Leading{{}, false, true};
        }
        if (c == u'*' || c == u'+' || c == u'?' || c == u'{' || c.isSurrogate())
            return std::nullopt;
        ++m_at;
        return Leading{literal(c), false};
    }

    static QString literal(QChar c)
    {
        // Inside a class only these mean something; escaping them keeps them literal.
        if (c == u'\\' || c == u']' || c == u'[' || c == u'^' || c == u'-')
            return QString(u'\\') + c;
        return QString(c);
    }

    std::optional<Leading> group()
    {
        ++m_at; // "("
        if (peek() == u'?') {
            // Non-capturing "(?:" and "(?-i:" (case-sensitive inside: a case-insensitive class
            // around it only matches more). Turning options on, look-arounds, names: not followed.
            if (peek(1) == u':') {
                m_at += 2;
            } else if (peek(1) == u'-' && peek(2) == u'i' && peek(3) == u':') {
                m_at += 4;
            } else {
                return std::nullopt;
            }
        }
        auto inside = alternatives();
        if (!inside || peek() != u')')
            return std::nullopt;
        ++m_at;
        return inside;
    }

    std::optional<Leading> characterClass()
    {
        ++m_at; // "["
        const bool negated = peek() == u'^';
        if (negated)
            ++m_at;
        const auto start = m_at;
        if (peek() == u']')
            return std::nullopt; // a literal "]" first: not followed here
        while (!atEnd() && peek() != u']') {
            if (peek() == u'\\')
                ++m_at;
            else if (peek() == u'[')
                return std::nullopt; // "[:alpha:]" and the like
            ++m_at;
        }
        if (atEnd())
            return std::nullopt;
        auto body = m_pattern.sliced(start, m_at - start).toString();
        ++m_at; // "]"
        if (negated)
            return Leading{{}, false, true};
        // A hyphen at either end is literal here but would make a range next to other pieces.
        if (body.endsWith(u'-')) {
            qsizetype backslashes = 0;
            while (backslashes + 2 <= body.size() && body.at(body.size() - 2 - backslashes) == u'\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                body.insert(body.size() - 1, u'\\');
        }
        if (body.startsWith(u'-'))
            body.prepend(u'\\');
        return Leading{body, false};
    }

    std::optional<Leading> escape()
    {
        ++m_at; // "\"
        if (atEnd())
            return std::nullopt;
        const auto c = peek();
        ++m_at;
        if (c.unicode() >= 128 || !c.isLetterOrNumber())
            return Leading{literal(c), false};
        switch (c.unicode()) {
        case u'b':
        case u'B':
            return Leading{{}, true}; // a word boundary consumes nothing
        case u'd':
        case u'D':
        case u'w':
        case u'W':
        case u's':
        case u'S':
            return Leading{QString(u'\\') + c, false};
        case u'p':
        case u'P': {
            if (peek() != u'{')
                return std::nullopt;
            const auto close = m_pattern.indexOf(u'}', m_at);
            if (close < 0)
                return std::nullopt;
            const auto property = m_pattern.sliced(m_at - 2, close + 1 - (m_at - 2)).toString();
            m_at = close + 1;
            return Leading{property, false};
        }
        default:
            return std::nullopt; // back-references, \x{…}, \Q…\E, anchors \A \z …
        }
    }

    QStringView m_pattern;
    qsizetype m_at = 0;
};

// A pattern that opens with "^(" split into that group's branches and what follows it:
// "^(read more|see also)$" is "^(", {"read more", "see also"}, ")$".
struct LeadingGroup
{
    QString head;
    QStringList branches;
    QString tail;
};

std::optional<LeadingGroup> leadingGroup(const QString &pattern)
{
    LeadingGroup group;
    if (pattern.startsWith(u"^(?:"_s))
        group.head = u"^(?:"_s;
    else if (pattern.startsWith(u"^("_s) && !pattern.startsWith(u"^(?"_s))
        group.head = u"^("_s;
    else
        return std::nullopt;
    int depth = 0;
    qsizetype branchStart = group.head.size();
    for (qsizetype i = branchStart; i < pattern.size(); ++i) {
        const auto c = pattern.at(i);
        if (c == u'\\') {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'Q')
                return std::nullopt; // \Q…\E quotes parentheses
            ++i;
        } else if (c == u'[') {
            // To the class's end: "]" right after "[" or "[^" is a literal, "[:" a POSIX name.
            ++i;
            if (i < pattern.size() && pattern.at(i) == u'^')
                ++i;
            if (i < pattern.size() && pattern.at(i) == u']')
                ++i;
            for (; i < pattern.size() && pattern.at(i) != u']'; ++i) {
                if (pattern.at(i) == u'\\')
                    ++i;
                else if (pattern.at(i) == u'[')
                    return std::nullopt;
            }
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && depth > 0) {
            --depth;
        } else if (c == u')') {
            group.branches << pattern.sliced(branchStart, i - branchStart);
            group.tail = pattern.sliced(i + 1);
            // A repeated group may take a different branch each time: not split.
            if (!group.tail.isEmpty() && QStringView(u"?*+{").contains(group.tail.front()))
                return std::nullopt;
            return group;
        } else if (c == u'|' && depth == 0) {
            group.branches << pattern.sliced(branchStart, i - branchStart);
            branchStart = i + 1;
        }
    }
    return std::nullopt;
}

// A piece of the alternation that is tried as a whole: one branch of a pattern's leading group,
// or a pattern that cannot be split.
struct Piece
{
    int pattern;
    bool isWholePattern;
    QString branch;
    QString leading; // its first characters' class; empty: any character
};

QString caseScope(const QRegularExpression &pattern)
{
    return pattern.patternOptions() & QRegularExpression::CaseInsensitiveOption ? u"(?:"_s : u"(?-i:"_s;
}

} // namespace

QString leadingCharacterClass(QStringView pattern)
{
    const auto leading = LeadingReader(pattern).whole();
    if (!leading || leading->canBeEmpty || leading->anyCharacter || leading->characters.isEmpty())
        return {};
    return leading->characters;
}

AnchoredAlternation::AnchoredAlternation(const QList<QRegularExpression> &patterns)
{
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    QStringList everything;
    QList<std::optional<LeadingGroup>> groups;
    QList<Piece> pieces;
    for (int i = 0; i < patterns.size(); ++i) {
        const auto &pattern = patterns.at(i);
        Q_ASSERT(pattern.patternOptions() & QRegularExpression::UseUnicodePropertiesOption);
        everything << caseScope(pattern) + pattern.pattern() + u')';
        groups << leadingGroup(pattern.pattern());
        if (groups.back()) {
            for (const auto &branch : std::as_const(groups.back()->branches))
                pieces.append({i, false, branch, leadingCharacterClass(QString(branch + groups.back()->tail))});
        } else {
            pieces.append({i, true, {}, leadingCharacterClass(pattern.pattern())});
        }
    }
    m_all = QRegularExpression(everything.join(u'|'), options);

    // Which pieces can start with each character, asked of PCRE2 itself (case folding and
    // Unicode classes included); a letter stands for both its cases. Most pieces share their
    // class ("s", "r") with others: each class is asked once.
    QHash<QString, QList<bool>> startsOfClass;
    QList<QList<bool>> canStart(pieces.size());
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        const auto &piece = pieces.at(p);
        if (piece.leading.isEmpty()) {
            canStart[p].fill(true, AsciiCharacters);
            continue;
        }
        const auto options = patterns.at(piece.pattern).patternOptions();
        const auto key = QString::number(options.toInt()) + u' ' + piece.leading;
        auto known = startsOfClass.find(key);
        if (known == startsOfClass.end()) {
            const QRegularExpression first(u"^["_s + piece.leading + u']', options);
            QList<bool> starts(AsciiCharacters, false);
            for (char16_t c = 0; c < AsciiCharacters; ++c) {
                const QChar character(c);
                starts[c] = first.matchView(QStringView(&character, 1)).hasMatch()
                    || (character.isLower() && first.matchView(QString(character.toUpper())).hasMatch());
            }
            known = startsOfClass.insert(key, starts);
        }
        canStart[p] = *known;
    }

    const auto whole = std::make_shared<const QRegularExpression>(m_all);
    for (char16_t c = 0; c < AsciiCharacters; ++c) {
        if (QChar(c).isUpper())
            continue; // looked up by its lower case
        if (!QChar(c).isPrint()) {
            m_byFirstCharacter[c] = whole;
            continue;
        }
        QStringList alternatives;
        for (int i = 0; i < patterns.size(); ++i) {
            QStringList branches;
            bool wholePattern = false;
            for (qsizetype p = 0; p < pieces.size(); ++p) {
                if (pieces.at(p).pattern != i || !canStart[p][c])
                    continue;
                if (pieces.at(p).isWholePattern)
                    wholePattern = true;
                else
                    branches << pieces.at(p).branch;
            }
            const auto &pattern = patterns.at(i);
            if (wholePattern)
                alternatives << caseScope(pattern) + pattern.pattern() + u')';
            else if (!branches.isEmpty())
                alternatives << caseScope(pattern) + groups.at(i)->head + branches.join(u'|') + u')' + groups.at(i)->tail + u')';
        }
        if (!alternatives.isEmpty())
            m_byFirstCharacter[c] = std::make_shared<const QRegularExpression>(alternatives.join(u'|'), options);
    }
}

bool AnchoredAlternation::matches(QStringView line) const
{
    if (line.isEmpty() || line.front().unicode() >= AsciiCharacters)
        return m_all.matchView(line).hasMatch();
    const auto &expression = m_byFirstCharacter[QChar(line.front()).toLower().unicode()];
    return expression && expression->matchView(line).hasMatch();
}

} // namespace Attache
