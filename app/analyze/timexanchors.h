#pragma once

// Where a rule set's rules may match in a text, worked out from the rules' own patterns: the
// tagger (timextagger.cpp) runs each rule only in the stretches of text around the pieces every
// match of it holds. Internal to analyze.

#include "analyze/timexrules.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace Attache::TimexRules {

// What any match of `pattern` (compiled case-insensitively, with Unicode properties) holds, read
// from the pattern itself: one of its pieces (case-folded, whole-word ends marked where the
// pattern's own look-arounds guarantee them) or a digit. Nothing when the pattern says nothing
// certain: a part it cannot read, an alternative without a fixed piece, or a match that may hold
// more than `reach` characters other than white space (the stretches would not hold it).
std::optional<Anchors> anchorsOfPattern(const QString &pattern, qsizetype reach);

// The pieces of a rule set's anchors in one automaton, so that one pass over a text finds every
// anchor of every rule. Built once per rule set (see forRules), shared by all threads; reentrant.
class AnchorIndex final
{
public:
    using Stretches = std::vector<std::pair<qsizetype, qsizetype>>;

    // The index of `rules`, built on the first call for them; thread-safe. `rules` must live as
    // long as the process (the rule sets of TimexRules do).
    static const AnchorIndex &forRules(const std::vector<Rule> &rules);

    explicit AnchorIndex(const std::vector<Rule> &rules);

    // Whether rule `rule` runs on the whole text (it has no anchors).
    bool isEverywhere(int rule) const;

    // For every anchored rule, the stretches of `text` its matches lie in: AnchorReach characters
    // other than white space around each of its anchors, widened to white space on both sides (so
    // a look-around at a stretch's end sees what it would in the whole text), overlapping ones
    // joined. A rule whose anchors are nowhere in the text gets none.
    std::vector<Stretches> stretches(QStringView text) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by unit
        int failure = 0;
        std::vector<int> outputs; // indices into m_pieces of the pieces ending here
        int nextOutput = -1;      // the nearest node along the failure links with outputs, or -1
    };
    struct Piece
    {
        qsizetype length;
        bool isWordStart;
        bool isWordEnd;
        quint64 rules;
    };

    int step(int node, char16_t unit) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_rootNext; // the root's transitions, one slot per UTF-16 unit
    std::vector<Piece> m_pieces;
    quint64 m_digitRules = 0;
    quint64 m_everywhereRules = 0;
    int m_ruleCount = 0;
};

} // namespace Attache::TimexRules
