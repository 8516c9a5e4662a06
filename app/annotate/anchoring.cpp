#include "annotate/anchoring.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Weights of a candidate's score, as in Hypothesis's match-quote: the quote dominates, the
// context on either side decides between similar candidates, the position breaks ties.
constexpr double QuoteWeight = 50;
constexpr double PrefixWeight = 20;
constexpr double SuffixWeight = 20;
constexpr double PositionWeight = 2;
constexpr int MaxErrorsCap = 128;

using Word = std::uint64_t;
constexpr int WordBits = 64;

// Myers' bit-parallel edit distance (Hyyrö's block formulation, as in edlib and
// approx-string-match), any pattern length. For each text position j it reports the smallest
// number of edits between the pattern and a text substring ending at j (inclusive). With
// `freeStart`, the substring may start anywhere (search); otherwise it must start at 0.
class Myers
{
public:
    explicit Myers(const QString &pattern)
        : m_length(pattern.size())
        , m_blocks((pattern.size() + WordBits - 1) / WordBits)
    {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            auto &masks = m_peq[pattern.at(i).unicode()];
            if (masks.empty())
                masks.assign(m_blocks, 0);
            masks[i / WordBits] |= Word(1) << (i % WordBits);
        }
        m_zero.assign(m_blocks, 0);
    }

    template<typename Report>
    void scan(const QString &text, bool freeStart, Report report) const
    {
        if (m_length == 0)
            return;
        std::vector<Word> pv(m_blocks, ~Word(0));
        std::vector<Word> mv(m_blocks, 0);
        const Word lastBit = Word(1) << ((m_length - 1) % WordBits);
        qsizetype score = m_length;
        for (qsizetype j = 0; j < text.size(); ++j) {
            const auto found = m_peq.constFind(text.at(j).unicode());
            const auto &peq = found == m_peq.constEnd() ? m_zero : found.value();
            int carry = freeStart ? 0 : 1;
            for (qsizetype b = 0; b < m_blocks; ++b) {
                const Word highBit = b == m_blocks - 1 ? lastBit : Word(1) << (WordBits - 1);
                carry = advance(pv[b], mv[b], peq[b], carry, highBit);
            }
            score += carry;
            report(j, score);
        }
    }

private:
    static int advance(Word &pv, Word &mv, Word eq, int hin, Word highBit)
    {
        const Word hinIsNegative = hin < 0 ? 1 : 0;
        const Word xv = eq | mv;
        eq |= hinIsNegative;
        const Word xh = (((eq & pv) + pv) ^ pv) | eq;
        Word ph = mv | ~(xh | pv);
        Word mh = pv & xh;
        int hout = 0;
        if (ph & highBit)
            hout = 1;
        else if (mh & highBit)
            hout = -1;
        ph = (ph << 1) | (hin > 0 ? 1 : 0);
        mh = (mh << 1) | hinIsNegative;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        return hout;
    }

    qsizetype m_length;
    qsizetype m_blocks;
    QHash<char16_t, std::vector<Word>> m_peq;
    std::vector<Word> m_zero;
};

QString reversed(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        result[text.size() - 1 - i] = text.at(i);
    return result;
}

bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

char16_t foldedCharacter(char16_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return u'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return u'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return u'-';
    default:
        return c;
    }
}

// Similarity 0 … 1 of a stored context with the text next to a candidate.
double contextSimilarity(const QString &stored, QStringView actual)
{
    if (stored.isEmpty())
        return 1.0;
    const auto distance = Anchoring::editDistance(stored, actual.toString());
    return std::max(0.0, 1.0 - double(distance) / double(stored.size()));
}

struct Candidate
{
    qsizetype start = 0; // folded
    qsizetype end = 0;
    int errors = 0;
    double score = 0;
    double context = 0;
};

} // namespace

QString anchorMethodName(AnchorMethod method)
{
    switch (method) {
    case AnchorMethod::Position: return u"position"_s;
    case AnchorMethod::ExactQuote: return u"exact"_s;
    case AnchorMethod::Fuzzy: return u"fuzzy"_s;
    case AnchorMethod::Orphan: break;
    }
    return u"orphan"_s;
}

int Anchoring::maxErrorsFor(qsizetype quoteLength)
{
    return int(std::min<qsizetype>(quoteLength / 4, MaxErrorsCap));
}

Anchoring::FoldedText Anchoring::fold(const QString &text)
{
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.originalBegin.reserve(text.size());
    folded.originalEnd.reserve(text.size());
    folded.foldedAt.resize(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        folded.foldedAt[i] = folded.text.size();
        const auto c = text.at(i);
        if (isInvisible(c.unicode()))
            continue;
        if (c.isSpace()) {
            if (folded.text.endsWith(u' ')) {
                continue;
            }
            folded.text += u' ';
        } else {
            folded.text += QChar(foldedCharacter(c.unicode()));
        }
        folded.originalBegin << i;
        folded.originalEnd << i + 1;
    }
    folded.foldedAt[text.size()] = folded.text.size();
    return folded;
}

qsizetype Anchoring::FoldedText::toOriginalStart(qsizetype foldedStart) const
{
    if (foldedStart >= originalBegin.size())
        return originalEnd.isEmpty() ? 0 : originalEnd.last();
    return originalBegin.at(foldedStart);
}

qsizetype Anchoring::FoldedText::toOriginalEnd(qsizetype foldedEnd) const
{
    if (foldedEnd <= 0)
        return originalBegin.isEmpty() ? 0 : originalBegin.first();
    return originalEnd.at(std::min(foldedEnd, originalEnd.size()) - 1);
}

int Anchoring::editDistance(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return int(b.size());
    if (b.isEmpty())
        return int(a.size());
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QList<ApproximateMatch> Anchoring::search(const QString &text, const QString &pattern, int maxErrors)
{
    QList<ApproximateMatch> matches;
    if (pattern.isEmpty() || text.isEmpty())
        return matches;
    maxErrors = std::max(0, maxErrors);

    // Pass 1: where could a match end? Keep the local minima of the error count.
    std::vector<qsizetype> scores;
    scores.reserve(text.size());
    Myers(pattern).scan(text, true, [&scores](qsizetype, qsizetype score) { scores.push_back(score); });
    std::vector<qsizetype> ends;
    for (qsizetype j = 0; j < qsizetype(scores.size()); ++j) {
        if (scores[j] > maxErrors)
            continue;
        const bool isMinimum = (j == 0 || scores[j] <= scores[j - 1])
            && (j + 1 == qsizetype(scores.size()) || scores[j] < scores[j + 1]);
        if (isMinimum)
            ends.push_back(j);
    }

    // Pass 2: for each end, the start that gives the fewest edits, found by running the
    // reversed pattern backwards from the end with the start pinned there.
    const Myers backwards(reversed(pattern));
    for (const auto end : ends) {
        const auto windowStart = std::max<qsizetype>(0, end + 1 - pattern.size() - maxErrors);
        const auto window = reversed(QStringView(text).mid(windowStart, end + 1 - windowStart));
        qsizetype bestLength = -1;
        qsizetype bestScore = maxErrors + 1;
        backwards.scan(window, false, [&](qsizetype j, qsizetype score) {
            const auto length = j + 1;
            const bool isBetter = score < bestScore
                || (score == bestScore && std::abs(length - pattern.size()) < std::abs(bestLength - pattern.size()));
            if (isBetter) {
                bestScore = score;
                bestLength = length;
            }
        });
        if (bestLength < 0)
            continue;
        const ApproximateMatch match{end + 1 - bestLength, end + 1, int(bestScore)};
        if (!matches.isEmpty() && matches.last().start == match.start) {
            if (match.errors < matches.last().errors)
                matches.last() = match;
            continue;
        }
        matches << match;
    }
    std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return matches;
}

AnchorResult Anchoring::anchor(const QString &text, const TextSelector &selector)
{
    AnchorResult result;
    if (selector.exact.isEmpty() || text.isEmpty())
        return result;

    const bool hasPosition = selector.start >= 0 && selector.end >= selector.start && selector.end <= text.size();
    if (hasPosition && QStringView(text).mid(selector.start, selector.end - selector.start) == selector.exact) {
        result.start = selector.start;
        result.end = selector.end;
        result.method = AnchorMethod::Position;
        result.score = 1.0;
        return result;
    }

    const auto folded = fold(text);
    const auto quote = fold(selector.exact).text;
    const auto prefix = fold(selector.prefix).text;
    const auto suffix = fold(selector.suffix).text;
    if (quote.trimmed().isEmpty())
        return result;
    const qsizetype hint = selector.start >= 0 && selector.start <= text.size() ? folded.foldedAt.at(selector.start) : -1;

    const auto evaluate = [&](Candidate &candidate) {
        const auto &t = folded.text;
        const auto prefixStart = std::max<qsizetype>(0, candidate.start - prefix.size());
        const double prefixScore = contextSimilarity(prefix, QStringView(t).mid(prefixStart, candidate.start - prefixStart));
        const double suffixScore = contextSimilarity(suffix, QStringView(t).mid(candidate.end, suffix.size()));
        const double quoteScore = 1.0 - double(candidate.errors) / double(quote.size());
        const double positionScore = hint < 0 ? 1.0 : 1.0 - double(std::abs(candidate.start - hint)) / double(std::max<qsizetype>(1, t.size()));
        candidate.context = (prefixScore + suffixScore) / 2;
        candidate.score = (QuoteWeight * quoteScore + PrefixWeight * prefixScore + SuffixWeight * suffixScore
                           + PositionWeight * positionScore)
            / (QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight);
    };
    const auto best = [](const QList<Candidate> &candidates) {
        return *std::max_element(candidates.begin(), candidates.end(),
                                 [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    };
    const auto accept = [&](const Candidate &candidate, AnchorMethod method) {
        result.start = folded.toOriginalStart(candidate.start);
        result.end = folded.toOriginalEnd(candidate.end);
        result.method = method;
        result.score = candidate.score;
        result.errors = candidate.errors;
        return result;
    };

    // Every exact occurrence of the folded quote.
    QList<Candidate> exact;
    for (qsizetype at = folded.text.indexOf(quote); at >= 0; at = folded.text.indexOf(quote, at + 1)) {
        Candidate candidate{at, at + quote.size(), 0, 0, 0};
        evaluate(candidate);
        exact << candidate;
    }
    if (!exact.isEmpty()) {
        const auto chosen = best(exact);
        const bool hasNoContext = prefix.isEmpty() && suffix.isEmpty();
        if (quote.size() >= DistinctiveQuoteLength || hasNoContext || chosen.context >= ShortQuoteContextThreshold)
            return accept(chosen, AnchorMethod::ExactQuote);
    }

    // Approximate occurrences.
    QList<Candidate> approximate;
    for (const auto &match : search(folded.text, quote, maxErrorsFor(quote.size()))) {
        if (match.errors == 0)
            continue; // exact ones were judged above, with a stricter rule for short quotes
        Candidate candidate{match.start, match.end, match.errors, 0, 0};
        evaluate(candidate);
        approximate << candidate;
    }
    if (!approximate.isEmpty()) {
        const auto chosen = best(approximate);
        if (chosen.score >= FuzzyThreshold)
            return accept(chosen, AnchorMethod::Fuzzy);
    }
    return result;
}

} // namespace Attache
