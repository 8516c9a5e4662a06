#include "analyze/timexanchors.h"

#include "core/textcase.h"

#include <QMutex>

#include <algorithm>
#include <bit>
#include <map>
#include <tuple>
#include <memory>

using namespace Qt::StringLiterals;

namespace Attache::TimexRules {

namespace {

constexpr int Unbounded = 1 << 24;
// Above this many strings an exact set is dropped: the pieces of a month alternation fit, the
// product of several alternations need not.
constexpr size_t MaximumExactStrings = 256;

// A character PCRE2 never counts as \w (letters, numbers, the underscore, marks, connector
// punctuation): white space, punctuation other than connectors, symbols.
bool isSurelyNonWord(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r')
        return true;
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

// What every match of a requirement's pattern holds: one of the pieces, or a digit.
struct Requirement
{
    std::vector<AnchorPiece> pieces;
    bool digits = false;
    // The most characters other than white space that a match, with what it looks at, holds
    // before the start of the piece (or digit) it holds and after its end. A rule whose anchor
    // opens its matches ("14 h 30", a month first) reads little before it.
    int before = 0;
    int after = 0;

    // How seldom the requirement is met in running text, roughly: by its shortest piece, a
    // whole-word end counting like two more characters; a digit like a piece of two or three.
    // The commonest words of every language are short ("la", "en", "de", "the"): a piece of three
    // characters or fewer gains little from standing as a whole word (just enough to be preferred
    // to the same piece found inside words).
    int rarity() const
    {
        int rarest = digits ? 5 : Unbounded;
        for (const auto &piece : pieces) {
            const int length = int(piece.text.size());
            const int wordEnds = int(piece.isWordStart) + int(piece.isWordEnd);
            rarest = std::min(rarest, 2 * length + (length > 3 ? 4 : 1) * wordEnds);
        }
        return rarest;
    }
};

std::optional<Requirement> rarer(std::optional<Requirement> a, std::optional<Requirement> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return b->rarity() > a->rarity() ? b : a;
}

// What the reader knows of a part of a pattern.
struct Info
{
    std::optional<std::vector<QString>> exact; // every string it matches, case-folded
    std::optional<Requirement> required;
    int reach = 0; // the most characters other than white space it matches or looks at
    int looksBehind = 0; // the most it looks at before its start (a look-behind, "\b")
    int looksAhead = 0;  // the most it looks at after its end
    bool isZeroWidth = false;
    bool canBeEmpty = false;
    bool startsNonWord = false;          // every match starts with a character no \w
    bool endsNonWord = false;            // every match ends with one
    bool assertsPreviousNonWord = false; // the character before a match is no \w (or none)
    bool assertsNextNonWord = false;     // the character after a match is no \w (or none)
    bool coversWordCharacters = false;   // one character of a class that holds \w

    // The best it guarantees on its own: what it requires, or one of its exact strings.
    std::optional<Requirement> requirement() const
    {
        std::optional<Requirement> fromExact;
        if (exact && !exact->empty()
            && std::none_of(exact->cbegin(), exact->cend(), [](const QString &s) { return s.isEmpty(); })) {
            Requirement pieces;
            for (const auto &text : *exact)
                pieces.pieces.push_back({text});
            pieces.before = looksBehind;
            pieces.after = looksAhead;
            fromExact = pieces;
        }
        return rarer(required, fromExact);
    }
};

Info zeroWidth()
{
    Info info;
    info.exact = std::vector<QString>{QString()};
    info.isZeroWidth = true;
    info.canBeEmpty = true;
    return info;
}

std::vector<QString> deduplicated(std::vector<QString> strings)
{
    std::sort(strings.begin(), strings.end());
    strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
    return strings;
}

std::optional<std::vector<QString>> product(const std::vector<QString> &a, const std::vector<QString> &b)
{
    if (a.size() * b.size() > MaximumExactStrings)
        return std::nullopt;
    std::vector<QString> joined;
    for (const auto &x : a)
        for (const auto &y : b)
            joined.push_back(x + y);
    return deduplicated(std::move(joined));
}

int sum(int a, int b)
{
    return std::min(Unbounded, a + b);
}

// A reader of the PCRE2 syntax the rules use: groups, alternatives, look-arounds, classes,
// quantifiers, escapes. Anything else makes it give up, and the rule runs everywhere.
class PatternReader
{
public:
    explicit PatternReader(const QString &pattern)
        : m_pattern(pattern)
    {
    }

    std::optional<Info> read()
    {
        auto info = alternation();
        if (!info || m_at != m_pattern.size())
            return std::nullopt;
        return info;
    }

private:
    bool atEnd() const { return m_at >= m_pattern.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_pattern.size() ? m_pattern.at(m_at + ahead).unicode() : char16_t(0);
    }

    std::optional<Info> alternation()
    {
        std::vector<Info> branches;
        while (true) {
            auto branch = sequence();
            if (!branch)
                return std::nullopt;
            branches.push_back(std::move(*branch));
            if (peek() != u'|' || atEnd())
                break;
            ++m_at;
        }
        if (branches.size() == 1)
            return branches.front();
        Info joined;
        joined.exact = std::vector<QString>();
        joined.required = Requirement();
        joined.isZeroWidth = joined.startsNonWord = joined.endsNonWord = true;
        joined.assertsPreviousNonWord = joined.assertsNextNonWord = true;
        for (const auto &branch : branches) {
            if (joined.exact && branch.exact && joined.exact->size() + branch.exact->size() <= MaximumExactStrings)
                joined.exact->insert(joined.exact->end(), branch.exact->cbegin(), branch.exact->cend());
            else
                joined.exact.reset();
            const auto required = branch.requirement();
            if (joined.required && required) {
                joined.required->pieces.insert(joined.required->pieces.end(), required->pieces.cbegin(), required->pieces.cend());
                joined.required->digits = joined.required->digits || required->digits;
                joined.required->before = std::max(joined.required->before, required->before);
                joined.required->after = std::max(joined.required->after, required->after);
            } else {
                joined.required.reset();
            }
            joined.reach = std::max(joined.reach, branch.reach);
            joined.looksBehind = std::max(joined.looksBehind, branch.looksBehind);
            joined.looksAhead = std::max(joined.looksAhead, branch.looksAhead);
            joined.isZeroWidth = joined.isZeroWidth && branch.isZeroWidth;
            joined.canBeEmpty = joined.canBeEmpty || branch.canBeEmpty;
            joined.startsNonWord = joined.startsNonWord && branch.startsNonWord;
            joined.endsNonWord = joined.endsNonWord && branch.endsNonWord;
            joined.assertsPreviousNonWord = joined.assertsPreviousNonWord && branch.assertsPreviousNonWord;
            joined.assertsNextNonWord = joined.assertsNextNonWord && branch.assertsNextNonWord;
        }
        if (joined.exact)
            joined.exact = deduplicated(std::move(*joined.exact));
        return joined;
    }

    std::optional<Info> sequence()
    {
        std::vector<Info> items;
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            auto item = quantified();
            if (!item)
                return std::nullopt;
            items.push_back(std::move(*item));
        }
        if (items.size() == 1)
            return items.front();
        Info joined;
        joined.exact = std::vector<QString>{QString()};
        joined.isZeroWidth = joined.canBeEmpty = true;
        // Where a requirement of items [first, end) sits in the sequence: the items before it
        // reach at most reachBefore[first] past its start, and any item may look behind its own
        // start, which is not before the sequence's (likewise after it).
        std::vector<int> reachBefore(items.size() + 1, 0), looksBehindFrom(items.size() + 1, 0);
        std::vector<int> reachAfter(items.size() + 1, 0), looksAheadUpTo(items.size() + 1, 0);
        for (size_t k = 0; k < items.size(); ++k) {
            reachBefore[k + 1] = sum(reachBefore[k], items[k].reach);
            looksAheadUpTo[k + 1] = std::max(looksAheadUpTo[k], items[k].looksAhead);
        }
        for (size_t k = items.size(); k-- > 0;) {
            reachAfter[k] = sum(reachAfter[k + 1], items[k].reach);
            looksBehindFrom[k] = std::max(looksBehindFrom[k + 1], items[k].looksBehind);
        }
        const auto placed = [&](std::optional<Requirement> required, size_t first, size_t end) {
            if (required) {
                required->before = sum(reachBefore[first], std::max(required->before, looksBehindFrom[end]));
                required->after = sum(std::max(required->after, looksAheadUpTo[first]), reachAfter[end]);
            }
            return required;
        };
        for (size_t k = 0; k < items.size(); ++k) {
            const auto &item = items[k];
            joined.exact = joined.exact && item.exact ? product(*joined.exact, *item.exact) : std::nullopt;
            joined.reach = sum(joined.reach, item.reach);
            joined.looksBehind = std::max(joined.looksBehind, item.looksBehind);
            joined.looksAhead = std::max(joined.looksAhead, item.looksAhead);
            joined.isZeroWidth = joined.isZeroWidth && item.isZeroWidth;
            joined.canBeEmpty = joined.canBeEmpty && item.canBeEmpty;
            joined.required = rarer(joined.required, placed(item.requirement(), k, k + 1));
        }
        const auto firstConsuming = std::find_if(items.cbegin(), items.cend(), [](const Info &i) { return !i.isZeroWidth; });
        joined.startsNonWord = firstConsuming != items.cend() && firstConsuming->startsNonWord;
        const auto lastConsuming = std::find_if(items.crbegin(), items.crend(), [](const Info &i) { return !i.isZeroWidth; });
        joined.endsNonWord = lastConsuming != items.crend() && lastConsuming->endsNonWord;
        for (const auto &item : items) {
            joined.assertsPreviousNonWord = joined.assertsPreviousNonWord || item.assertsPreviousNonWord;
            if (!item.isZeroWidth)
                break;
        }
        for (auto item = items.crbegin(); item != items.crend(); ++item) {
            joined.assertsNextNonWord = joined.assertsNextNonWord || item->assertsNextNonWord;
            if (!item->isZeroWidth)
                break;
        }
        // Runs of parts with exact strings: each string of the run is a piece, which starts and
        // ends a word where the parts around the run say so.
        for (size_t first = 0; first < items.size();) {
            if (!items[first].exact) {
                ++first;
                continue;
            }
            size_t end = first;
            std::optional<std::vector<QString>> strings = std::vector<QString>{QString()};
            while (end < items.size() && items[end].exact && strings) {
                strings = product(*strings, *items[end].exact);
                ++end;
            }
            if (strings && std::none_of(strings->cbegin(), strings->cend(), [](const QString &s) { return s.isEmpty(); })) {
                Requirement pieces;
                const bool isWordStart = isWordBoundaryBefore(items, first, end);
                const bool isWordEnd = isWordBoundaryAfter(items, first, end);
                for (const auto &text : *strings)
                    pieces.pieces.push_back({text, isWordStart, isWordEnd});
                // The run's own look-arounds count as the items around it do.
                pieces.before = looksBehindFrom[first];
                pieces.after = looksAheadUpTo[end];
                joined.required = rarer(joined.required, placed(pieces, first, end));
            }
            first = end;
        }
        return joined;
    }

    static bool isWordBoundaryBefore(const std::vector<Info> &items, size_t first, size_t end)
    {
        for (size_t k = first; k < end; ++k) {
            if (items[k].assertsPreviousNonWord)
                return true;
            if (!items[k].isZeroWidth)
                break;
        }
        for (size_t k = first; k-- > 0;) {
            if (items[k].assertsNextNonWord)
                return true;
            if (!items[k].isZeroWidth)
                return items[k].endsNonWord;
        }
        return false;
    }

    static bool isWordBoundaryAfter(const std::vector<Info> &items, size_t first, size_t end)
    {
        for (size_t k = end; k-- > first;) {
            if (items[k].assertsNextNonWord)
                return true;
            if (!items[k].isZeroWidth)
                break;
        }
        for (size_t k = end; k < items.size(); ++k) {
            if (items[k].assertsNextNonWord)
                return true;
            if (!items[k].isZeroWidth)
                return items[k].startsNonWord;
        }
        return false;
    }

    std::optional<Info> quantified()
    {
        auto atom = this->atom();
        if (!atom)
            return std::nullopt;
        int minimum = 1;
        int maximum = 1; // -1: no limit
        switch (peek()) {
        case u'?':
            minimum = 0;
            ++m_at;
            break;
        case u'*':
            minimum = 0;
            maximum = -1;
            ++m_at;
            break;
        case u'+':
            maximum = -1;
            ++m_at;
            break;
        case u'{': {
            const auto close = m_pattern.indexOf(u'}', m_at);
            if (close < 0)
                return std::nullopt;
            const QString bounds = m_pattern.mid(m_at + 1, close - m_at - 1);
            bool isMinimumRead = false;
            minimum = bounds.section(u',', 0, 0).toInt(&isMinimumRead);
            if (!isMinimumRead)
                return std::nullopt;
            if (!bounds.contains(u','))
                maximum = minimum;
            else if (bounds.section(u',', 1).isEmpty())
                maximum = -1;
            else {
                bool isMaximumRead = false;
                maximum = bounds.section(u',', 1).toInt(&isMaximumRead);
                if (!isMaximumRead)
                    return std::nullopt;
            }
            m_at = close + 1;
            break;
        }
        default:
            return atom;
        }
        if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same strings
            ++m_at;
        Info repeated;
        repeated.looksBehind = atom->looksBehind;
        repeated.looksAhead = atom->looksAhead;
        repeated.isZeroWidth = atom->isZeroWidth;
        repeated.canBeEmpty = minimum == 0 || atom->canBeEmpty;
        repeated.reach = atom->reach == 0 ? 0 : maximum < 0 ? Unbounded : std::min(Unbounded, atom->reach * maximum);
        if (maximum == 1 && atom->exact) {
            repeated.exact = *atom->exact;
            if (minimum == 0)
                repeated.exact = deduplicated([&] {
                    auto strings = *atom->exact;
                    strings.push_back(QString());
                    return strings;
                }());
        }
        if (minimum >= 1) {
            repeated.required = atom->requirement();
            // Any of the repeats may hold the anchor: the whole repetition may lie on either side.
            if (repeated.required && maximum != 1) {
                repeated.required->before = sum(repeated.reach, atom->looksBehind);
                repeated.required->after = sum(repeated.reach, atom->looksAhead);
            }
            repeated.startsNonWord = atom->startsNonWord;
            repeated.endsNonWord = atom->endsNonWord;
            repeated.assertsPreviousNonWord = atom->assertsPreviousNonWord;
            repeated.assertsNextNonWord = atom->assertsNextNonWord;
        }
        return repeated;
    }

    std::optional<Info> atom()
    {
        const char16_t c = peek();
        ++m_at;
        switch (c) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'\\':
            return escape();
        case u'.': {
            Info any;
            any.reach = 1;
            return any;
        }
        case u'^':
        case u'$':
            return zeroWidth();
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'|':
        case u')':
            return std::nullopt;
        default:
            break;
        }
        QString literal = QChar(c);
        char32_t codePoint = c;
        if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek())) {
            literal += QChar(peek());
            codePoint = QChar::surrogateToUcs4(c, peek());
            ++m_at;
        }
        return literalInfo(literal, codePoint);
    }

    static Info literalInfo(const QString &literal, char32_t codePoint)
    {
        Info info;
        QString folded = literal;
        for (auto &unit : folded)
            unit = QChar(caseFolded(unit.unicode()));
        info.exact = std::vector<QString>{folded};
        info.reach = QChar::isSpace(codePoint) ? 0 : 1;
        info.startsNonWord = info.endsNonWord = isSurelyNonWord(codePoint);
        return info;
    }

    std::optional<Info> group()
    {
        enum class Kind { Group, LookAhead, NegativeLookAhead, LookBehind, NegativeLookBehind } kind = Kind::Group;
        if (peek() == u'?') {
            ++m_at;
            if (peek() == u':' || peek() == u'|') { // "(?|…)" numbers each branch's groups alike
                ++m_at;
            } else if (peek() == u'=') {
                kind = Kind::LookAhead;
                ++m_at;
            } else if (peek() == u'!') {
                kind = Kind::NegativeLookAhead;
                ++m_at;
            } else if (peek() == u'<' && peek(1) == u'=') {
                kind = Kind::LookBehind;
                m_at += 2;
            } else if (peek() == u'<' && peek(1) == u'!') {
                kind = Kind::NegativeLookBehind;
                m_at += 2;
            } else {
                // Option letters: "(?-i:…)" a group, "(?i)" a switch for the rest
                while (!atEnd() && (QChar(peek()).isLetter() || peek() == u'-'))
                    ++m_at;
                if (peek() == u')') {
                    ++m_at;
                    return zeroWidth();
                }
                if (peek() != u':')
                    return std::nullopt;
                ++m_at;
            }
        }
        auto inner = alternation();
        if (!inner || peek() != u')')
            return std::nullopt;
        ++m_at;
        if (kind == Kind::Group)
            return inner;
        auto assertion = zeroWidth();
        assertion.reach = inner->reach;
        const bool looksBehind = kind == Kind::LookBehind || kind == Kind::NegativeLookBehind;
        assertion.looksBehind = looksBehind ? sum(inner->reach, inner->looksBehind) : inner->looksBehind;
        assertion.looksAhead = looksBehind ? inner->looksAhead : sum(inner->reach, inner->looksAhead);
        if (kind == Kind::NegativeLookBehind)
            assertion.assertsPreviousNonWord = inner->coversWordCharacters;
        else if (kind == Kind::NegativeLookAhead)
            assertion.assertsNextNonWord = inner->coversWordCharacters;
        else if (kind == Kind::LookBehind)
            assertion.assertsPreviousNonWord = inner->endsNonWord;
        else
            assertion.assertsNextNonWord = inner->startsNonWord;
        return assertion;
    }

    // Past the property after "\p" or "\P": "{Lu}" or one letter. False when "{" is not closed.
    bool skipPropertyName()
    {
        if (peek() != u'{') {
            ++m_at;
            return true;
        }
        const auto close = m_pattern.indexOf(u'}', m_at);
        if (close < 0)
            return false;
        m_at = close + 1;
        return true;
    }

    std::optional<Info> escape()
    {
        if (atEnd())
            return std::nullopt;
        const char16_t c = peek();
        ++m_at;
        Info info;
        info.reach = 1;
        switch (c) {
        case u's':
        case u'h': // horizontal white space
            info.reach = 0;
            info.startsNonWord = info.endsNonWord = true;
            return info;
        case u'd': {
            Requirement digit;
            digit.digits = true;
            info.required = digit;
            return info;
        }
        case u'w':
            info.coversWordCharacters = true;
            return info;
        case u'W':
            info.startsNonWord = info.endsNonWord = true;
            return info;
        case u'S':
        case u'D':
            return info;
        case u'b':
        case u'B': {
            auto boundary = zeroWidth();
            boundary.looksBehind = boundary.looksAhead = 1;
            return boundary;
        }
        case u'A':
        case u'z':
        case u'Z':
            return zeroWidth();
        case u'p':
        case u'P':
            if (!skipPropertyName())
                return std::nullopt;
            return info;
        case u'n':
        case u't':
        case u'r':
        case u'f':
            return literalInfo(QString(QChar(u' ')), u' ');
        default:
            break;
        }
        if (QChar(c).isLetterOrNumber())
            return std::nullopt; // an escape this reader does not know
        return literalInfo(QString(QChar(c)), c);
    }

    std::optional<Info> characterClass()
    {
        const bool isNegated = peek() == u'^';
        if (isNegated)
            ++m_at;
        std::vector<char32_t> members;
        bool hasWordEscape = false, hasSpaceEscape = false, hasDigitEscape = false, hasOtherEscape = false, isWide = false;
        bool isFirst = true;
        while (!atEnd() && (peek() != u']' || isFirst)) {
            isFirst = false;
            char32_t from = peek();
            ++m_at;
            if (from == u'\\') {
                if (atEnd())
                    return std::nullopt;
                const char16_t e = peek();
                ++m_at;
                if (e == u'w')
                    hasWordEscape = true;
                else if (e == u's' || e == u'h')
                    hasSpaceEscape = true;
                else if (e == u'd')
                    hasDigitEscape = true;
                else if (e == u'n' || e == u't' || e == u'r' || e == u'f')
                    hasSpaceEscape = true;
                else if (QChar(e).isLetterOrNumber())
                    hasOtherEscape = true; // \W, \p{…}, …: nothing certain
                else
                    members.push_back(e);
                if ((e == u'p' || e == u'P') && !skipPropertyName())
                    return std::nullopt;
                continue;
            }
            if (QChar::isHighSurrogate(char16_t(from)) && QChar::isLowSurrogate(peek())) {
                from = QChar::surrogateToUcs4(char16_t(from), peek());
                ++m_at;
            }
            if (peek() == u'-' && peek(1) != u']' && m_at + 1 < m_pattern.size()) {
                ++m_at;
                const char32_t to = peek();
                ++m_at;
                if (to == u'\\' || to < from)
                    return std::nullopt;
                if (to - from > 64)
                    isWide = true;
                else
                    for (char32_t member = from; member <= to; ++member)
                        members.push_back(member);
                continue;
            }
            members.push_back(from);
        }
        if (atEnd())
            return std::nullopt;
        ++m_at; // ']'
        Info info;
        info.reach = 1;
        if (isNegated)
            return info;
        info.coversWordCharacters = hasWordEscape;
        const bool isOnlyDigits = !isWide && !hasWordEscape && !hasSpaceEscape && !hasOtherEscape
            && std::all_of(members.cbegin(), members.cend(), [](char32_t m) { return m >= u'0' && m <= u'9'; });
        if (isOnlyDigits) {
            Requirement digit;
            digit.digits = true;
            info.required = digit;
            return info;
        }
        const bool isOnlyNonWord = !isWide && !hasWordEscape && !hasDigitEscape && !hasOtherEscape
            && std::all_of(members.cbegin(), members.cend(), [](char32_t m) { return isSurelyNonWord(m); });
        info.startsNonWord = info.endsNonWord = isOnlyNonWord;
        if (!isWide && !hasWordEscape && !hasSpaceEscape && !hasDigitEscape && !hasOtherEscape && !members.empty()
            && members.size() <= 32) {
            std::vector<QString> strings;
            for (const auto member : members) {
                QString folded = QString::fromUcs4(&member, 1);
                for (auto &unit : folded)
                    unit = QChar(caseFolded(unit.unicode()));
                strings.push_back(folded);
            }
            info.exact = deduplicated(std::move(strings));
        }
        return info;
    }

    const QString &m_pattern;
    qsizetype m_at = 0;
};

// What the per-character loops below ask of a UTF-16 unit, from one table built once, so that
// they make no call into Qt's Unicode tables (every character of an Arabic or Russian text would).
struct UnitClass
{
    char16_t folded = 0;
    bool isSpace = false;
    bool isDigit = false;
    bool isWord = false; // a letter, a number or the underscore: PCRE2 counts them as \w, whatever else it counts
};

const std::vector<UnitClass> &unitClasses()
{
    static const std::vector<UnitClass> classes = [] {
        std::vector<UnitClass> built(0x10000);
        for (char32_t unit = 0; unit < 0x10000; ++unit) {
            auto &c = built[unit];
            c.folded = caseFolded(char16_t(unit));
            c.isSpace = QChar::isSpace(unit);
            c.isDigit = QChar::isDigit(unit);
            c.isWord = unit == u'_' || QChar::isLetterOrNumber(unit);
        }
        return built;
    }();
    return classes;
}

} // namespace

std::optional<Anchors> anchorsOfPattern(const QString &pattern)
{
    const auto info = PatternReader(pattern).read();
    // A margin of two: a look-behind or look-ahead at a stretch's end never reaches past it.
    if (!info || info->reach + 2 > AnchorReach)
        return std::nullopt;
    const auto requirement = info->requirement();
    if (!requirement || (requirement->pieces.empty() && !requirement->digits))
        return std::nullopt;
    Anchors anchors;
    anchors.digits = requirement->digits;
    anchors.reach = info->reach + 2;
    anchors.reachBefore = std::min<qsizetype>(anchors.reach, qsizetype(requirement->before) + 2);
    anchors.reachAfter = std::min<qsizetype>(anchors.reach, qsizetype(requirement->after) + 2);
    for (const auto &piece : requirement->pieces) {
        if (piece.text.isEmpty())
            return std::nullopt;
        const bool isKnown = std::any_of(anchors.pieces.cbegin(), anchors.pieces.cend(), [&](const AnchorPiece &p) {
            return p.text == piece.text && p.isWordStart == piece.isWordStart && p.isWordEnd == piece.isWordEnd;
        });
        if (!isKnown)
            anchors.pieces.push_back(piece);
    }
    return anchors;
}

qsizetype reachOfPattern(const QString &pattern)
{
    const auto info = PatternReader(pattern).read();
    return info && info->reach + 2 <= AnchorReach ? info->reach + 2 : AnchorReach;
}

StretchMeasure::StretchMeasure(QStringView text)
    : m_text(text)
    , m_nonSpaceBefore(size_t(text.size()) + 1, 0)
{
    const auto &classes = unitClasses();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        m_nonSpaceBefore[size_t(i) + 1] = m_nonSpaceBefore[size_t(i)] + (classes[unit].isSpace || QChar::isLowSurrogate(unit) ? 0 : 1);
    }
}

qsizetype StretchMeasure::startBefore(qsizetype anchorStart, qsizetype reach) const
{
    const qsizetype count = m_nonSpaceBefore[size_t(anchorStart)];
    qsizetype from = 0;
    if (count >= reach) {
        // The last position with `reach` characters other than white space between it and the anchor.
        const auto at = std::upper_bound(m_nonSpaceBefore.cbegin(), m_nonSpaceBefore.cbegin() + anchorStart + 1, count - reach);
        from = qsizetype(at - m_nonSpaceBefore.cbegin()) - 1;
    }
    const auto &classes = unitClasses();
    while (from > 0 && !classes[m_text[from - 1].unicode()].isSpace)
        --from;
    return from;
}

qsizetype StretchMeasure::endAfter(qsizetype anchorEnd, qsizetype reach) const
{
    const auto size = m_text.size();
    const qsizetype count = m_nonSpaceBefore[size_t(anchorEnd)];
    qsizetype to = size;
    if (qsizetype(m_nonSpaceBefore[size_t(size)]) - count >= reach) {
        const auto at = std::lower_bound(m_nonSpaceBefore.cbegin() + anchorEnd, m_nonSpaceBefore.cend(), count + reach);
        to = qsizetype(at - m_nonSpaceBefore.cbegin());
    }
    const auto &classes = unitClasses();
    while (to < size && !classes[m_text[to].unicode()].isSpace)
        ++to;
    return to;
}

void StretchMeasure::addAround(Stretches &stretches, qsizetype anchorStart, qsizetype anchorEnd, qsizetype reach) const
{
    addAround(stretches, anchorStart, anchorEnd, reach, reach);
}

void StretchMeasure::addAround(Stretches &stretches, qsizetype anchorStart, qsizetype anchorEnd, qsizetype reachBefore,
                               qsizetype reachAfter) const
{
    // An anchor inside the last stretch joins it whatever its own start.
    if (!stretches.empty() && anchorStart >= stretches.back().first && anchorStart <= stretches.back().second) {
        stretches.back().second = std::max(stretches.back().second, endAfter(anchorEnd, reachAfter));
        return;
    }
    const auto start = startBefore(anchorStart, reachBefore);
    const auto end = endAfter(anchorEnd, reachAfter);
    if (!stretches.empty() && start <= stretches.back().second) {
        stretches.back().first = std::min(stretches.back().first, start);
        stretches.back().second = std::max(stretches.back().second, end);
    } else {
        stretches.emplace_back(start, end);
    }
}

const AnchorIndex &AnchorIndex::forRules(const std::vector<Rule> &rules)
{
    static QMutex mutex;
    static std::map<const std::vector<Rule> *, std::unique_ptr<AnchorIndex>> indexes;
    const QMutexLocker locker(&mutex);
    auto &index = indexes[&rules];
    if (!index)
        index = std::make_unique<AnchorIndex>(rules);
    return *index;
}

AnchorIndex::AnchorIndex(const std::vector<Rule> &rules)
    : m_nodes(1)
    , m_symbolOf(0x10000, 0)
    , m_ruleCount(int(rules.size()))
{
    std::map<std::tuple<QString, bool, bool>, int> pieceIndex;
    auto addPiece = [&](const QString &text, bool isWordStart, bool isWordEnd, int rule) {
        const auto key = std::tuple(text, isWordStart, isWordEnd);
        auto found = pieceIndex.find(key);
        if (found != pieceIndex.end()) {
            m_pieces[size_t(found->second)].rules.insert(rule);
            return;
        }
        const int piece = int(m_pieces.size());
        pieceIndex.emplace(key, piece);
        RuleSet rules;
        rules.insert(rule);
        m_pieces.push_back({text.size(), isWordStart, isWordEnd, rules});
        int node = 0;
        for (const QChar c : text) {
            auto &next = m_nodes[size_t(node)].next;
            auto slot = std::lower_bound(next.begin(), next.end(), c.unicode(),
                                         [](const std::pair<char16_t, int> &edge, char16_t unit) { return edge.first < unit; });
            if (slot != next.end() && slot->first == c.unicode()) {
                node = slot->second;
                continue;
            }
            const int created = int(m_nodes.size());
            next.insert(slot, {c.unicode(), created});
            m_nodes.emplace_back();
            node = created;
        }
        m_nodes[size_t(node)].outputs.push_back(piece);
    };
    for (int rule = 0; rule < int(rules.size()); ++rule) {
        const auto &anchors = rules[size_t(rule)].anchors;
        m_reaches.push_back({anchors.reachBefore, anchors.reachAfter});
        if (rule >= MaximumAnchoredRules)
            continue;
        if (anchors.isEverywhere()) {
            m_everywhereRules.insert(rule);
            continue;
        }
        // The table of followers is ASCII: a rule with another follower is anchored on any run.
        const bool hasAsciiFollowers = !anchors.digitsFollowedBy.isEmpty()
            && std::all_of(anchors.digitsFollowedBy.cbegin(), anchors.digitsFollowedBy.cend(),
                           [this](QChar c) { return c.unicode() < m_digitRulesFollowedBy.size(); });
        if (anchors.digits && !hasAsciiFollowers) {
            m_digitRules.insert(rule);
            m_readsDigitRuns = true;
        } else if (anchors.digits) {
            for (const QChar follower : anchors.digitsFollowedBy) {
                m_digitRulesFollowedBy[follower.toLower().unicode()].insert(rule);
                m_digitRulesFollowedBy[follower.toUpper().unicode()].insert(rule);
            }
            m_readsDigitRuns = true;
        }
        if (anchors.years) {
            m_yearRules.insert(rule);
            m_readsDigitRuns = true;
        }
        for (const auto &piece : anchors.pieces)
            addPiece(piece.text, piece.isWordStart, piece.isWordEnd, rule);
        // Whole words of a typed list, found wherever they stand: a superset of their places.
        for (const auto &word : anchors.words) {
            QString folded = word;
            for (auto &unit : folded)
                unit = QChar(caseFolded(unit.unicode()));
            addPiece(folded, false, false, rule);
        }
    }
    // A dense automaton over the units the pieces hold (any other unit leads back to the root),
    // so that a text costs one look-up per character; rows and failure links breadth first.
    std::vector<char16_t> units;
    for (const auto &node : m_nodes)
        for (const auto &[unit, child] : node.next)
            units.push_back(unit);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    std::vector<quint16> symbolOfFolded(0x10000, 0);
    for (size_t k = 0; k < units.size(); ++k)
        symbolOfFolded[units[k]] = quint16(k + 1);
    m_symbolCount = units.size() + 1;
    std::vector<int> transitions(m_nodes.size() * m_symbolCount, 0); // per node, per symbol, the next node
    std::vector<int> queue;
    for (const auto &[unit, child] : m_nodes[0].next) {
        transitions[symbolOfFolded[unit]] = child;
        queue.push_back(child);
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const int node = queue[head];
        const int failure = m_nodes[size_t(node)].failure;
        m_nodes[size_t(node)].nextOutput =
            !m_nodes[size_t(failure)].outputs.empty() ? failure : m_nodes[size_t(failure)].nextOutput;
        std::copy_n(transitions.cbegin() + qsizetype(size_t(failure) * m_symbolCount), m_symbolCount,
                    transitions.begin() + qsizetype(size_t(node) * m_symbolCount));
        for (const auto &[unit, child] : m_nodes[size_t(node)].next) {
            const auto symbol = symbolOfFolded[unit];
            m_nodes[size_t(child)].failure = transitions[size_t(failure) * m_symbolCount + symbol];
            transitions[size_t(node) * m_symbolCount + symbol] = child;
            queue.push_back(child);
        }
    }
    m_outputFrom.resize(m_nodes.size());
    for (size_t node = 0; node < m_nodes.size(); ++node)
        m_outputFrom[node] = !m_nodes[node].outputs.empty() ? int(node) : m_nodes[node].nextOutput;
    Q_ASSERT(transitions.size() < StepHasOutput);
    m_steps.resize(transitions.size());
    for (size_t k = 0; k < transitions.size(); ++k) {
        const auto next = size_t(transitions[k]);
        m_steps[k] = quint32(next * m_symbolCount) | (m_outputFrom[next] >= 0 ? StepHasOutput : 0);
    }
    const auto &classes = unitClasses();
    for (size_t unit = 0; unit < m_symbolOf.size(); ++unit)
        m_symbolOf[unit] = symbolOfFolded[classes[unit].folded];
}


std::vector<AnchorIndex::Stretches> AnchorIndex::stretches(QStringView text) const
{
    struct Hit
    {
        qsizetype start;
        qsizetype end;
        RuleSet rules;
    };
    std::vector<Hit> hits;
    const auto size = text.size();
    const auto &classes = unitClasses();
    const auto *steps = m_steps.data();
    const auto *symbolOf = m_symbolOf.data();
    quint32 row = 0; // of the node the text has reached
    qsizetype digitRunStart = -1; // where the run of digits before i starts, if any
    // A run of digits from start to end is over: it anchors the rules any run does, and whether it
    // is a year and the character after it (past white space) say which others.
    const auto endDigitRun = [&](qsizetype start, qsizetype end) {
        if (!m_digitRules.isEmpty())
            hits.push_back({start, end, m_digitRules});
        const auto first = text[start].unicode();
        const auto second = end - start > 1 ? text[start + 1].unicode() : u'0';
        if (end - start == 4 && ((first == u'1' && second >= u'6' && second <= u'9') || (first == u'2' && second == u'0'))
            && !m_yearRules.isEmpty())
            hits.push_back({start, end, m_yearRules});
        qsizetype next = end;
        while (next < size && text[next].isSpace())
            ++next;
        const char16_t follower = next < size ? text[next].unicode() : u' ';
        if (follower < m_digitRulesFollowedBy.size() && !m_digitRulesFollowedBy[follower].isEmpty())
            hits.push_back({start, end, m_digitRulesFollowedBy[follower]});
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (m_readsDigitRuns) {
            // A run of digits is one anchor; a digit outside the BMP is one of its own.
            bool isDigit = classes[unit].isDigit;
            if (QChar::isHighSurrogate(unit) && i + 1 < size && text[i + 1].isLowSurrogate())
                isDigit = QChar::isDigit(QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            if (isDigit && digitRunStart < 0) {
                digitRunStart = i;
            } else if (!isDigit && digitRunStart >= 0) {
                endDigitRun(digitRunStart, i);
                digitRunStart = -1;
            }
        }
        const quint32 step = steps[row + symbolOf[unit]];
        row = step & ~StepHasOutput;
        if (!(step & StepHasOutput))
            continue;
        for (int found = m_outputFrom[row / m_symbolCount]; found >= 0; found = m_nodes[size_t(found)].nextOutput) {
            for (const int index : m_nodes[size_t(found)].outputs) {
                const auto &piece = m_pieces[size_t(index)];
                const auto start = i + 1 - piece.length;
                if (piece.isWordStart && start > 0 && classes[text[start - 1].unicode()].isWord)
                    continue;
                if (piece.isWordEnd && i + 1 < size && classes[text[i + 1].unicode()].isWord)
                    continue;
                hits.push_back({start, i + 1, piece.rules});
            }
        }
    }
    if (digitRunStart >= 0)
        endDigitRun(digitRunStart, size);
    std::vector<Stretches> result(static_cast<size_t>(m_ruleCount));
    if (hits.empty())
        return result;
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    const StretchMeasure measure(text);
    // Each hit adds to the stretches of the few rules it anchors (its bits), in the order of the
    // hits' starts for every rule, as addAround wants them.
    for (const auto &hit : hits) {
        measure.addAroundRules(result, hit.start, hit.end, hit.rules, [this](size_t rule) {
            return m_reaches[rule];
        });
    }
    return result;
}

} // namespace Attache::TimexRules
