#pragma once

#include "annotate/annotation.h"

#include <QList>
#include <QString>

namespace Attache {

enum class AnchorMethod {
    Position,   // the stored offsets still hold the quote
    ExactQuote, // the quote (after whitespace and quote-style folding) was found elsewhere
    Fuzzy,      // an approximate match of the quote, supported by its context
    Orphan,     // nothing convincing: the passage is gone or changed beyond recognition
};

QString anchorMethodName(AnchorMethod method);

struct AnchorResult
{
    qsizetype start = -1; // into the current text, UTF-16
    qsizetype end = -1;
    AnchorMethod method = AnchorMethod::Orphan;
    double score = 0;     // 0 … 1, how well quote, context and position agree
    int errors = 0;       // edits between the stored quote and the matched passage (folded text)

    bool isAnchored() const { return method != AnchorMethod::Orphan; }
};

struct ApproximateMatch
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    int errors = 0;

    bool operator==(const ApproximateMatch &) const = default;
};

// Finds a stored highlight again in an article's current text. Pure functions, no state:
// the same selector and text always give the same answer.
//
// Order of attempts: the stored position (when it still holds the quote); every occurrence of
// the quote, the one whose context and position fit best; an approximate search with Myers'
// bit-parallel edit-distance algorithm (as Hypothesis's approx-string-match), candidates scored
// on quote similarity, prefix, suffix and position. Below the threshold: an orphan.
// Matching ignores differences of whitespace (runs, line breaks, no-break spaces), quote style
// (straight or curly), dash style and invisible characters, which cleaners change freely.
class Anchoring final
{
public:
    // Candidates must score at least this (see score()) to anchor approximately.
    static constexpr double FuzzyThreshold = 0.7;
    // An exact quote at least this long (folded) is trusted without its context.
    static constexpr int DistinctiveQuoteLength = 32;
    // With a shorter quote, the context must be at least this similar (0 … 1).
    static constexpr double ShortQuoteContextThreshold = 0.5;

    static AnchorResult anchor(const QString &text, const TextSelector &selector);

    // How many edits an approximate match of a quote this long may have: a quarter, capped.
    static int maxErrorsFor(qsizetype quoteLength);

    // Every approximate occurrence of `pattern` in `text` with at most `maxErrors` edits
    // (Levenshtein), one per local minimum of the error count, sorted by position.
    static QList<ApproximateMatch> search(const QString &text, const QString &pattern, int maxErrors);

    // Levenshtein distance.
    static int editDistance(const QString &a, const QString &b);

    // Text with whitespace runs collapsed to one space and quotes, dashes and invisible
    // characters folded, with a map back to the original offsets.
    struct FoldedText
    {
        QString text;
        QList<qsizetype> originalBegin; // per folded character
        QList<qsizetype> originalEnd;   // per folded character, exclusive
        QList<qsizetype> foldedAt;      // per original offset (size()+1 entries): first folded index at or after it

        qsizetype toOriginalStart(qsizetype foldedStart) const;
        qsizetype toOriginalEnd(qsizetype foldedEnd) const;
    };
    static FoldedText fold(const QString &text);
};

} // namespace Attache
