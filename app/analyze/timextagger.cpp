#include "analyze/timextagger.h"

#include "analyze/temporalvalue.h"
#include "analyze/timexrules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Upper bound on candidates kept per document: a pathological text (a table of ten thousand dates)
// is still tagged in bounded time and memory; everything after the cap is ignored.
constexpr int MaximumCandidates = 100000;

struct Candidate
{
    Timex timex;
    int rule = 0;
};

// Every rule needs a digit or one of these words (lower-cased) in the expression it matches.
bool isTemporalCue(QStringView word)
{
    static const QSet<QString> cues = [] {
        QSet<QString> words;
        for (const auto &list : {
                 u"january february march april may june july august september october november december"
                 " jan feb mar apr jun jul aug sep sept oct nov dec"_s,
                 u"monday tuesday wednesday thursday friday saturday sunday"_s,
                 u"today tomorrow yesterday tonight noon midnight weekend now currently nowadays presently present"
                 " moment date recently lately past former previously future ago"_s,
                 u"annually yearly monthly weekly daily hourly biannually quarterly once twice times"_s,
                 u"year years month months week weeks day days hour hours minute minutes second seconds decade"
                 " decades century centuries quarter quarters half fortnight fortnights season"_s,
                 u"spring summer autumn fall winter morning afternoon evening night"_s}) {
            for (const auto &word : list.split(u' ', Qt::SkipEmptyParts))
                words.insert(word);
        }
        return words;
    }();
    return cues.contains(word.toString().toLower());
}

// The text with every sentence that holds neither a digit nor a temporal word blanked out
// (same length, so offsets hold): most sentences of a news article have no date, and the rules,
// many of which begin with optional words, otherwise try a match at every one of their
// characters. No rule can match in a blanked sentence, so the result is the same, sooner.
QString blankSentencesWithoutCues(const QString &text)
{
    QString scanned = text;
    auto *data = scanned.data();
    qsizetype sentenceStart = 0;
    bool hasCue = false;
    qsizetype wordStart = -1;
    auto endSentence = [&](qsizetype end) {
        if (!hasCue) {
            for (qsizetype i = sentenceStart; i < end; ++i)
                if (data[i] != u'\n')
                    data[i] = u' ';
        }
        sentenceStart = end;
        hasCue = false;
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
        // Hyphens and apostrophes split words: "mid-March" and "year's" hold their cue words.
        const bool isWordChar = c.isLetter();
        if (c.isDigit())
            hasCue = true;
        if (isWordChar && wordStart < 0)
            wordStart = i;
        if (!isWordChar && wordStart >= 0) {
            if (!hasCue && isTemporalCue(QStringView(text).mid(wordStart, i - wordStart)))
                hasCue = true;
            wordStart = -1;
        }
        // A sentence ends at a line break, or at . ! ? followed by white space.
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && i + 1 < text.size() && text.at(i + 1).isSpace()))
            endSentence(std::min(i + 1, text.size()));
    }
    return scanned;
}

// Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII ones, one for one so offsets hold: the
// rules read numbers with toInt(), which knows only ASCII digits.
QString withAsciiDigits(const QString &text)
{
    QString folded = text;
    for (auto &c : folded) {
        const auto code = c.unicode();
        if (code >= 0x0660 && code <= 0x0669)
            c = QChar(u'0' + (code - 0x0660));
        else if (code >= 0x06F0 && code <= 0x06F9)
            c = QChar(u'0' + (code - 0x06F0));
    }
    return folded;
}

// A clock time belongs to the day its sentence named before it: "hier, à 18 h", "mardi … 21 h
// 45", "ayer a las 10:30". The rules give every clock time the article's date; here it takes the
// date of the nearest day expression before it in the same sentence, if there is one.
void anchorClockTimes(const QString &text, const QDate &documentDate, QList<Timex> &found)
{
    if (!documentDate.isValid())
        return;
    const QString articleDay = dayValue(documentDate) + u'T';
    static const QRegularExpression dayPattern(uR"(^\d{4}-\d\d-\d\d)"_s);
    for (qsizetype i = 1; i < found.size(); ++i) {
        auto &time = found[i];
        if (time.type != TimexType::Time || !time.value.startsWith(articleDay))
            continue;
        for (qsizetype k = i - 1; k >= 0; --k) {
            const auto &before = found.at(k);
            const auto between = QStringView(text).mid(before.end, time.start - before.end);
            if (between.contains(u'.') || between.contains(u'!') || between.contains(u'?') || between.contains(u'\n'))
                break;
            const auto day = dayPattern.match(before.value);
            if (!day.hasMatch())
                continue;
            time.value = day.captured(0) + time.value.mid(10);
            break;
        }
    }
}

} // namespace

QList<Timex> TimexTagger::tag(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain,
                              QStringView language) const
{
    std::vector<Candidate> candidates;
    const auto &allRules = TimexRules::rulesFor(language);
    // The cue words of the pre-filter are English ones.
    const bool isEnglishRules = &allRules == &TimexRules::rules();
    const auto scanned = isEnglishRules ? blankSentencesWithoutCues(text) : withAsciiDigits(text);
    for (int index = 0; index < int(allRules.size()); ++index) {
        auto iterator = allRules[index].pattern.globalMatch(scanned);
        while (iterator.hasNext() && candidates.size() < MaximumCandidates) {
            const auto match = iterator.next();
            if (match.capturedLength(0) == 0)
                continue;
            const TimexRules::Context context{text, documentDate, match.capturedStart(0), match.capturedEnd(0)};
            const auto resolution = allRules[index].normalise(match, context);
            if (!resolution || resolution->value.isEmpty())
                continue;
            Timex timex;
            timex.start = match.capturedStart(0);
            timex.end = match.capturedEnd(0);
            timex.type = resolution->type;
            timex.value = resolution->value;
            timex.isUncertain = resolution->usesDocumentDate && (isDocumentDateUncertain || !documentDate.isValid());
            candidates.push_back({timex, index});
        }
    }

    // Longest expression wins; among equals, the rule listed first (the more specific one).
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const auto lengthA = a.timex.end - a.timex.start;
        const auto lengthB = b.timex.end - b.timex.start;
        return lengthA != lengthB ? lengthA > lengthB : a.rule < b.rule;
    });
    std::map<qsizetype, qsizetype> taken; // start -> end of accepted expressions
    QList<Timex> result;
    for (const auto &candidate : candidates) {
        const auto start = candidate.timex.start;
        const auto end = candidate.timex.end;
        auto next = taken.lower_bound(start);
        if (next != taken.end() && next->first < end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > start)
            continue;
        taken.emplace(start, end);
        result << candidate.timex;
    }
    std::sort(result.begin(), result.end(), [](const Timex &a, const Timex &b) { return a.start < b.start; });
    if (!isEnglishRules)
        anchorClockTimes(text, documentDate, result);
    return result;
}

} // namespace Attache