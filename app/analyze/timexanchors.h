#pragma once

// Where a rule set's rules may match in a text, worked out from the rules' own patterns: the
// tagger (timextagger.cpp) runs each rule only in the stretches of text around the pieces every
// match of it holds. Internal to analyze.

#include "analyze/timexrules.h"

#include <QString>
#include <QStringView>

#include <array>
#include <bit>
#include <optional>
#include <utility>
#include <vector>

namespace Attache::TimexRules {

// The rules past the first this many run on the whole text: an index holds their bits in a
// RuleSet. (One rule set past it once read the whole of every Spanish text for one rule.)
constexpr int MaximumAnchoredRules = 128;

// Rules by their index in a rule set, below MaximumAnchoredRules.
class RuleSet final
{
public:
    RuleSet() = default;
    // The rules of the bits of `low`: rule k for bit k.
    static RuleSet fromBits(quint64 low)
    {
        RuleSet set;
        set.m_words[0] = low;
        return set;
    }
    void insert(int rule) { m_words[size_t(rule / 64)] |= quint64(1) << (rule % 64); }
    bool contains(int rule) const { return m_words[size_t(rule / 64)] & (quint64(1) << (rule % 64)); }
    bool isEmpty() const { return !(m_words[0] | m_words[1]); }
    RuleSet &operator|=(const RuleSet &other)
    {
        m_words[0] |= other.m_words[0];
        m_words[1] |= other.m_words[1];
        return *this;
    }
    bool operator==(const RuleSet &) const = default;
    // Calls f(rule) for each rule, in order.
    template<typename F>
    void forEach(F f) const
    {
        for (size_t word = 0; word < m_words.size(); ++word) {
            for (quint64 bits = m_words[word]; bits; bits &= bits - 1)
                f(int(word * 64) + std::countr_zero(bits));
        }
    }

private:
    std::array<quint64, MaximumAnchoredRules / 64> m_words{};
};

// What any match of `pattern` (compiled case-insensitively, with Unicode properties) holds, read
// from the pattern itself: one of its pieces (case-folded, whole-word ends marked where the
// pattern's own look-arounds guarantee them) or a digit. Nothing when the pattern says nothing
// certain: a part it cannot read, an alternative without a fixed piece, or a match that may hold
// more than `reach` characters other than white space (the stretches would not hold it).
// Its reach (Anchors::reach) is what the pattern may match and look at, plus a margin; its reach
// before and after the anchor (reachBefore, reachAfter) is what it may match and look at on that
// side of the anchor's place in the pattern, plus the same margin.
std::optional<Anchors> anchorsOfPattern(const QString &pattern);

// How far (in characters other than white space) a match of `pattern`, with what the pattern
// looks at around it, reaches, plus a margin; AnchorReach when that is more or cannot be read.
qsizetype reachOfPattern(const QString &pattern);

// Where the stretch of text around an anchor ends on either side, `reach` characters other than
// white space away (a surrogate pair counting once), widened to white space (so that a look-around
// at a stretch's end sees what it would in the whole text). Built once per text: O(1) per anchor
// after a pass over the text.
class StretchMeasure final
{
public:
    using Stretches = std::vector<std::pair<qsizetype, qsizetype>>;

    explicit StretchMeasure(QStringView text);
    qsizetype startBefore(qsizetype anchorStart, qsizetype reach) const;
    qsizetype endAfter(qsizetype anchorEnd, qsizetype reach) const;
    // Adds the stretch around the anchor at [anchorStart, anchorEnd) to `stretches`, joined with
    // the last one where they overlap. Cheapest with the anchors in the order of their starts.
    // (Joining stretches a little apart as well, to save match calls, measured slower: PCRE2
    // reading the gap costs more than the call.)
    void addAround(Stretches &stretches, qsizetype anchorStart, qsizetype anchorEnd, qsizetype reach) const;
    // The same with a reach of its own on either side.
    void addAround(Stretches &stretches, qsizetype anchorStart, qsizetype anchorEnd, qsizetype reachBefore,
                   qsizetype reachAfter) const;
    // The same for every rule the anchor anchors (an index into `stretches`; rules past its end
    // are ignored), each rule with its own reach: reachOf(rule) gives {before, after}.
    template<typename ReachOf>
    void addAroundRules(std::vector<Stretches> &stretches, qsizetype anchorStart, qsizetype anchorEnd, const RuleSet &rules,
                        ReachOf reachOf) const
    {
        rules.forEach([&](int rule) {
            if (size_t(rule) >= stretches.size())
                return;
            const auto [before, after] = reachOf(size_t(rule));
            addAround(stretches[size_t(rule)], anchorStart, anchorEnd, before, after);
        });
    }

private:
    QStringView m_text;
    std::vector<quint32> m_nonSpaceBefore; // per position, the characters other than white space before it
};

// The pieces of a rule set's anchors in one automaton, so that one pass over a text finds every
// anchor of every rule. Built once per rule set (see forRules), shared by all threads; reentrant.
class AnchorIndex final
{
public:
    using Stretches = StretchMeasure::Stretches;

    // The index of `rules`, built on the first call for them; thread-safe. `rules` must live as
    // long as the process (the rule sets of TimexRules do).
    static const AnchorIndex &forRules(const std::vector<Rule> &rules);

    explicit AnchorIndex(const std::vector<Rule> &rules);

    // Whether rule `rule` runs on the whole text (it has no anchors).
    bool isEverywhere(int rule) const
    {
        return rule >= MaximumAnchoredRules || m_everywhereRules.contains(rule);
    }

    // For every anchored rule, the stretches of `text` its matches lie in: its reach around each
    // of its anchors (StretchMeasure), overlapping ones joined. A rule whose anchors are nowhere
    // in the text gets none.
    std::vector<Stretches> stretches(QStringView text) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by unit; while building only
        int failure = 0;
        std::vector<int> outputs; // indices into m_pieces of the pieces ending here
        int nextOutput = -1;      // the nearest node along the failure links with outputs, or -1
    };
    struct Piece
    {
        qsizetype length;
        bool isWordStart;
        bool isWordEnd;
        RuleSet rules;
    };

    std::vector<Node> m_nodes;
    // Per UTF-16 unit, the column of its case-folded form in m_steps (0: in no piece).
    std::vector<quint16> m_symbolOf;
    size_t m_symbolCount = 1;
    // Per node, per symbol, where the next node's row starts in m_steps (its index times
    // m_symbolCount), with StepHasOutput set where that node or one along its failure links ends a
    // piece: a character costs one look-up, a mask and an addition, with no multiplication and no
    // case folding on the way from one look-up to the next.
    static constexpr quint32 StepHasOutput = quint32(1) << 31;
    std::vector<quint32> m_steps;
    // Per node, the first node with outputs along its failure links, itself included, or -1.
    std::vector<int> m_outputFrom;
    std::vector<Piece> m_pieces;
    std::vector<std::pair<qsizetype, qsizetype>> m_reaches; // per rule: before and after its anchors
    RuleSet m_digitRules;
    // Rules a run of digits anchors only where one of these ASCII characters follows it (after
    // white space, if any): Anchors::digitsFollowedBy, by character.
    std::array<RuleSet, 128> m_digitRulesFollowedBy{};
    // Rules a year anchors: a run of four digits from 1600 to 2099 (Anchors::years).
    RuleSet m_yearRules;
    bool m_readsDigitRuns = false; // some rule is anchored by runs of digits (any, followed, or years)
    RuleSet m_everywhereRules;
    int m_ruleCount = 0;
};

} // namespace Attache::TimexRules
