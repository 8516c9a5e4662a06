#include "analyze/timextagger.h"

#include "analyze/temporalvalue.h"
#include "analyze/timexanchors.h"
#include "analyze/timexrules.h"
#include "core/textcase.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Upper bound on matches kept per document: a pathological text (a table of ten thousand dates)
// is still tagged in bounded time and memory; everything after the cap is ignored.
constexpr int MaximumCandidates = 100000;

// A rule's match, normalised only once it is known to be the longest at its place.
struct Candidate
{
    QRegularExpressionMatch match;
    qsizetype start = 0;
    qsizetype end = 0;
    int rule = 0;
};

// Every rule needs a digit or one of these words (lower-cased) in the expression it matches.
const QSet<QString> &temporalCues()
{
    static const QSet<QString> cues = [] {
        QSet<QString> words;
        for (const auto &list : {
                 u"january february march april may june july august september october november december"
                 " jan feb mar apr jun jul aug sep sept oct nov dec"_s,
                 u"monday tuesday wednesday thursday friday saturday sunday"_s,
                 u"today tomorrow yesterday tonight noon midday midnight weekend now currently nowadays presently present"
                 " moment date recently lately past former previously future ago"_s,
                 u"annually yearly monthly weekly daily hourly biannually quarterly once twice times"_s,
                 u"year years month months week weeks day days hour hours minute minutes second seconds decade"
                 " decades century centuries quarter quarters half fortnight fortnights season"_s,
                 u"spring summer autumn fall winter morning afternoon evening night"_s,
                 u"christmas thanksgiving easter"_s,
                 // decades and years said in words
                 u"thirties forties fifties sixties seventies eighties nineties eighteen nineteen thousand"_s}) {
            for (const auto &word : list.split(u' ', Qt::SkipEmptyParts))
                words.insert(word);
        }
        return words;
    }();
    return cues;
}

// Which words matter to the English rules: a temporal cue (for the sentence filter below), the
// anchor of which rules (a bit per rule). Built once from the rules' own anchors.
struct WordRoles
{
    bool isCue = false;
    quint64 anchoredRules = 0;
    quint64 capitalisedRules = 0; // anchored only by the word with a capital first letter
};

struct AnchorIndex
{
    QHash<QString, WordRoles> words;
    quint64 digitRules = 0; // anchored by any run of digits
    // Anchored by a run of digits followed by this character (lower-cased), after white space if any.
    QHash<char16_t, quint64> digitRulesFollowedBy;
    quint64 yearRules = 0;
    quint64 everywhereRules = 0;
    qsizetype longestWord = 0;
    // A bit per hash of the words above (wordFilterBit()): most words of a text are none of
    // them, and one bit tells so before the hash table is asked.
    std::array<quint64, 64> wordFilter{};
};

// The word's bit in AnchorIndex::wordFilter: the top 12 bits of its FNV-1a hash, fed one
// lower-cased character at a time.
constexpr quint64 WordFilterSeed = 14695981039346656037ULL;
constexpr quint64 wordFilterStep(quint64 hash, char16_t c)
{
    return (hash ^ c) * 1099511628211ULL;
}
constexpr int wordFilterBit(quint64 hash)
{
    return int(hash >> 52);
}

// The English rules' anchors are found by scanForEnglishRules with their bits in 64.
constexpr int MaximumAnchoredRules = 64;

const AnchorIndex &englishAnchors()
{
    static const AnchorIndex index = [] {
        AnchorIndex built;
        for (const auto &cue : temporalCues())
            built.words[cue].isCue = true;
        const auto &rules = TimexRules::rules();
        for (int rule = 0; rule < int(rules.size()); ++rule) {
            const auto &anchors = rules[rule].anchors;
            if (rule >= MaximumAnchoredRules || anchors.isEverywhere()) {
                if (rule < MaximumAnchoredRules)
                    built.everywhereRules |= quint64(1) << rule;
                continue;
            }
            if (anchors.digits && anchors.digitsFollowedBy.isEmpty()) {
                built.digitRules |= quint64(1) << rule;
            } else if (anchors.digits) {
                for (const QChar follower : anchors.digitsFollowedBy)
                    built.digitRulesFollowedBy[lowerCase(follower.unicode())] |= quint64(1) << rule;
            }
            if (anchors.years)
                built.yearRules |= quint64(1) << rule;
            for (const auto &word : anchors.words)
                (anchors.isCapitalised ? built.words[word].capitalisedRules : built.words[word].anchoredRules) |= quint64(1) << rule;
        }
        for (auto it = built.words.cbegin(); it != built.words.cend(); ++it) {
            built.longestWord = std::max(built.longestWord, it.key().size());
            quint64 hash = WordFilterSeed;
            for (const QChar c : it.key())
                hash = wordFilterStep(hash, c.unicode());
            built.wordFilter[size_t(wordFilterBit(hash) / 64)] |= quint64(1) << (wordFilterBit(hash) % 64);
        }
        return built;
    }();
    return index;
}

struct Anchor
{
    qsizetype start;
    qsizetype end;
    quint64 rules;
};

// The text prepared for the English rules, in one pass over its words:
// - every sentence that holds neither a digit nor a temporal word blanked out (same length, so
//   offsets hold): most sentences of a news article have no date, and the rules, many of which
//   begin with optional words, otherwise try a match at every one of their characters. No rule
//   can match in a blanked sentence, so the result is the same, sooner;
// - where each rule's anchors are, in the sentences kept.
struct ScannedText
{
    QString text;
    std::vector<Anchor> anchors;
};

ScannedText scanForEnglishRules(const QString &text)
{
    const auto &index = englishAnchors();
    ScannedText scanned{text, {}};
    auto *data = scanned.text.data();
    qsizetype sentenceStart = 0;
    size_t sentenceFirstAnchor = 0;
    bool hasCue = false;
    qsizetype wordStart = -1;
    char16_t lowered[32];
    auto endSentence = [&](qsizetype end) {
        if (!hasCue) {
            for (qsizetype i = sentenceStart; i < end; ++i)
                if (data[i] != u'\n')
                    data[i] = u' ';
            scanned.anchors.resize(sentenceFirstAnchor);
        }
        sentenceStart = end;
        sentenceFirstAnchor = scanned.anchors.size();
        hasCue = false;
    };
    auto endWord = [&](qsizetype end) {
        const auto length = end - wordStart;
        if (length > index.longestWord || length > qsizetype(std::size(lowered)))
            return;
        quint64 hash = WordFilterSeed;
        for (qsizetype k = 0; k < length; ++k) {
            lowered[k] = lowerCase(text.at(wordStart + k).unicode());
            hash = wordFilterStep(hash, lowered[k]);
        }
        if (!(index.wordFilter[size_t(wordFilterBit(hash) / 64)] & (quint64(1) << (wordFilterBit(hash) % 64))))
            return;
        const auto roles = index.words.constFind(QString::fromRawData(reinterpret_cast<const QChar *>(lowered), length));
        if (roles == index.words.cend())
            return;
        hasCue = hasCue || roles->isCue;
        const auto rules = roles->anchoredRules | (text.at(wordStart).isUpper() ? roles->capitalisedRules : 0);
        if (rules)
            scanned.anchors.push_back({wordStart, end, rules});
    };
    // A year: four digits from 1600 to 2099 with no digit either side.
    auto isYear = [&](qsizetype start, qsizetype end) {
        if (end - start != 4)
            return false;
        const auto first = text.at(start).unicode();
        const auto second = text.at(start + 1).unicode();
        return (first == u'1' && second >= u'6' && second <= u'9') || (first == u'2' && second == u'0');
    };
    // The rules a run of digits ending at `end` anchors: those any run does, and those whose
    // character follows it.
    auto rulesOfDigits = [&](qsizetype end) {
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        const auto followed = next < text.size() ? index.digitRulesFollowedBy.value(lowerCase(text.at(next).unicode())) : 0;
        return index.digitRules | followed;
    };
    qsizetype digitsStart = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
        // Hyphens and apostrophes split words: "mid-March" and "year's" hold their cue words.
        const bool isWordChar = c.isLetter();
        if (c.isDigit()) {
            hasCue = true;
            if (digitsStart < 0)
                digitsStart = i;
        }
        if (!c.isDigit() && digitsStart >= 0) {
            // A run of digits is one anchor.
            if (const auto rules = rulesOfDigits(i))
                scanned.anchors.push_back({digitsStart, i, rules});
            if (index.yearRules && isYear(digitsStart, i))
                scanned.anchors.push_back({digitsStart, i, index.yearRules});
            digitsStart = -1;
        }
        if (isWordChar && wordStart < 0)
            wordStart = i;
        if (!isWordChar && wordStart >= 0) {
            endWord(i);
            wordStart = -1;
        }
        // A sentence ends at a line break, or at . ! ? followed by white space.
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && i + 1 < text.size() && text.at(i + 1).isSpace()))
            endSentence(std::min(i + 1, text.size()));
    }
    return scanned;
}

// For every anchored rule, the stretches of the text where it may match: its reach around each of
// its anchors (StretchMeasure), overlapping ones joined. One pass over the anchors: each adds to
// the few rules it anchors, in the anchors' order for every rule.
std::vector<TimexRules::StretchMeasure::Stretches> stretchesOfRules(const ScannedText &scanned,
                                                                    const TimexRules::StretchMeasure &measure,
                                                                    const std::vector<TimexRules::Rule> &rules)
{
    std::vector<TimexRules::StretchMeasure::Stretches> stretches(rules.size());
    for (const auto &anchor : scanned.anchors) {
        measure.addAroundRules(stretches, anchor.start, anchor.end, TimexRules::RuleSet::fromBits(anchor.rules), [&rules](size_t rule) {
            return std::pair{rules[rule].anchors.reachBefore, rules[rule].anchors.reachAfter};
        });
    }
    return stretches;
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

// Whether a value names one day: "2025-03-31", "2025-03-31TAF", "2025-03-31T18:55".
bool namesOneDay(const QString &value)
{
    const auto days = dayRangeOfValue(value);
    return days && days->begin == days->end;
}

// The year a date value lies in, for a date or a time that names one ("2014", "2014-05-22",
// "2014-Q1", "2014-SU"); 0 otherwise (a duration, "PRESENT_REF", "XXXX-05").
int yearOfValue(const Timex &timex)
{
    const auto &value = timex.value;
    if ((timex.type != TimexType::Date && timex.type != TimexType::Time) || value.size() < 4
        || (value.size() > 4 && value.at(4) != u'-'))
        return 0;
    bool isNumber = false;
    const int year = QStringView(value).first(4).toInt(&isNumber);
    return isNumber ? year : 0;
}

// "Le ministre est arrivé le 3 novembre. Le lendemain, il a rencontré…": a day counted from the
// last day the text named before it (Resolution::daysFromNarratedDay), which may itself be one
// counted so ("la veille" after a "lendemain"); "the following year" likewise from the last year
// (Resolution::yearsFromNarratedYear). That day or year must stand in the expression's paragraph
// or the one before: further back, the story has moved on, and an expression with no such day is
// dropped rather than dated wrongly on the timeline (one that has a date of its own keeps it).
// `names` tells the expressions a count starts from; `counted` dates one from such an expression.
template<typename Names, typename Counted>
void anchorNarrated(const QString &text, const std::vector<std::pair<qsizetype, int>> &narrated, QList<Timex> &found,
                    Names names, Counted counted)
{
    if (narrated.empty())
        return;
    auto next = narrated.cbegin();
    qsizetype last = -1; // in `kept`
    int paragraphsSinceLast = 0;
    QList<Timex> kept;
    kept.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        auto timex = found.at(i);
        const qsizetype gapStart = i > 0 ? found.at(i - 1).end : 0;
        for (qsizetype at = gapStart; at < timex.start; ++at) { // a run of line breaks ends a paragraph
            if (text.at(at) == u'\n' && (at == gapStart || text.at(at - 1) != u'\n'))
                ++paragraphsSinceLast;
        }
        if (next != narrated.cend() && next->first == timex.start) {
            const int count = (next++)->second;
            if (last >= 0 && paragraphsSinceLast <= 1) {
                const auto &from = kept.at(last);
                timex.value = counted(from, count, timex.value);
                timex.isUncertain = from.isUncertain;
            } else if (timex.value.startsWith(u"XXXX"_s)) {
                continue;
            }
        }
        kept << timex;
        if (names(timex)) {
            last = kept.size() - 1;
            paragraphsSinceLast = 0;
        }
    }
    found = std::move(kept);
}

void anchorNarratedDays(const QString &text, const std::vector<std::pair<qsizetype, int>> &narrated, QList<Timex> &found)
{
    anchorNarrated(text, narrated, found, [](const Timex &timex) { return namesOneDay(timex.value); },
                   [](const Timex &day, int days, const QString &own) {
                       return dayValue(QDate::fromString(day.value.first(10), Qt::ISODate).addDays(days)) + own.mid(10);
                   });
}

void anchorNarratedYears(const QString &text, const std::vector<std::pair<qsizetype, int>> &narrated, QList<Timex> &found)
{
    anchorNarrated(text, narrated, found, [](const Timex &timex) { return yearOfValue(timex) > 0; },
                   [](const Timex &dated, int years, const QString &) {
                       return QString::number(yearOfValue(dated) + years).rightJustified(4, u'0');
                   });
}

// Whether a part of the day ("ce matin", "this morning") is anchored as clock times are. English
// writes the day it means: "this morning" is the article's, "Tuesday morning" one rule's match.
enum class DayParts { Anchored, Kept };

// A clock time belongs to the day the text was telling of: "hier, à 18 h", "dimanche après-midi.
// Les premiers tirs ont eu lieu vers 18 h 55", "vers 15 h 30, hier", "ayer a las 10:30". The
// rules give every clock time the article's date; here it takes the date of the nearest day
// expression before it in its paragraph, or else of the first one after it in its sentence. A part
// of the day takes the date of a day named before it in its sentence only. Sentences and
// paragraphs end in the text between expressions ("Sept." ends none). English clock times too:
// "until 5 p.m. EST Nov. 9", "made its first flight Tuesday … at 18:00 UTC". Two passes over the
// expressions, whatever their number: a long text of clock times stays linear.
void anchorClockTimes(const QString &text, const QDate &documentDate, const std::vector<std::pair<qsizetype, int>> &narrated,
                      DayParts dayParts, QList<Timex> &found)
{
    // Most texts hold no clock time: the article's day is not even written out for them.
    if (!documentDate.isValid() || std::none_of(found.cbegin(), found.cend(), [](const Timex &timex) { return timex.type == TimexType::Time; }))
        return;
    const QString articleDay = dayValue(documentDate) + u'T';
    const auto gapBefore = [&](qsizetype i) {
        const qsizetype from = i > 0 ? found.at(i - 1).end : 0;
        return QStringView(text).mid(from, std::max<qsizetype>(0, found.at(i).start - from));
    };
    // A semicolon ends a clause, which is what matters here: "abrió a las 9:30; el lunes pasado
    // había subido" is two clauses about two days.
    const auto endsSentence = [](QStringView gap) {
        return gap.contains(u'.') || gap.contains(u'!') || gap.contains(u'?') || gap.contains(u';') || gap.contains(u'\n');
    };
    const auto isClockTime = [&articleDay](const Timex &timex) {
        // "2025-11-12T18:55", "2025-11-12T17" (English "5 p.m."): the article's day, then the hour
        const auto &value = timex.value;
        const auto hourEnd = articleDay.size() + 2;
        return value.size() >= hourEnd && value.at(articleDay.size()).isDigit() && value.at(hourEnd - 1).isDigit()
               && (value.size() == hourEnd || value.at(hourEnd) == u':' || value.at(hourEnd) == u'Z');
    };
    const auto namesDay = [&found](qsizetype i) { return namesOneDay(found.at(i).value); };
    // Between a clock time and a day that is its own: a space, a comma, an article or preposition.
    const auto isDayJoinedAfter = [](QStringView gap) {
        static const QRegularExpression joined(uR"(^\s*,?\s*(?:(?:le|del?|el|am|on)\s+)?$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        return gap.size() <= 8 && joined.matchView(gap).hasMatch();
    };
    // "closed at 16:30 … its biggest fall since 11 September 2001": a day after "since" is the
    // measure the clock time's day is compared with, not that day.
    const auto isAfterSince = [&](qsizetype i) {
        static const QRegularExpression since(uR"((?:^|\W)(?:since|desde|depuis|seit|с|со|منذ)\s+(?:(?:the|el|le|dem|der)\s+)?$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        const qsizetype start = found.at(i).start;
        const qsizetype from = std::max<qsizetype>(0, start - 16);
        return since.matchView(QStringView(text).sliced(from, start - from)).hasMatch();
    };
    // The first expression after each one in its sentence that names a day, as the rules gave it.
    std::vector<qsizetype> nextDayInSentence(size_t(found.size()), -1);
    qsizetype nextDay = -1;
    for (qsizetype i = found.size() - 1; i >= 0; --i) {
        nextDayInSentence[size_t(i)] = nextDay;
        if (namesDay(i) && !isAfterSince(i))
            nextDay = i;
        if (endsSentence(gapBefore(i)))
            nextDay = -1;
    }
    // A part of a day counted from the story's ("le lendemain matin") has its day already.
    const auto isNarrated = [&narrated](qsizetype start) {
        return std::binary_search(narrated.cbegin(), narrated.cend(), std::pair{start, 0},
                                  [](const auto &a, const auto &b) { return a.first < b.first; });
    };
    qsizetype lastDayInParagraph = -1;
    qsizetype lastDayInSentence = -1;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const auto gap = gapBefore(i);
        if (gap.contains(u'\n'))
            lastDayInParagraph = -1;
        if (endsSentence(gap))
            lastDayInSentence = -1;
        auto &timex = found[i];
        if (timex.type == TimexType::Time && timex.value.startsWith(articleDay) && !isNarrated(timex.start)
            && (dayParts == DayParts::Anchored || isClockTime(timex))) {
            // A part of the day ("ce matin", "esta noche") says which day it is unless its sentence
            // named another before it; a clock time ("18 h 55", "a las 10:30") does not, except
            // that a day said right after it is its own ("à minuit le 30 novembre", "a medianoche
            // del 30 de noviembre", "um 18 Uhr am Freitag").
            const bool isDayRightAfter = i + 1 < found.size() && namesDay(i + 1) && isDayJoinedAfter(gapBefore(i + 1));
            const qsizetype day = !isClockTime(timex) ? lastDayInSentence
                                  : isDayRightAfter ? i + 1
                                  : lastDayInParagraph >= 0 ? lastDayInParagraph
                                                            : nextDayInSentence[size_t(i)];
            if (day >= 0)
                timex.value = found.at(day).value.first(10) + timex.value.mid(10);
        }
        if (namesDay(i))
            lastDayInParagraph = lastDayInSentence = i;
    }
}

// "du 4 au 8 juin", "les 6 et 13 avril", "del 4 al 8 de junio": the first day of a range has no
// month of its own and takes the second's, and its year; a first day past the second is of the
// month before ("du 28 au 3 février"). Asked only before the days the rules found, so it costs
// nothing where no date is.
void addRangeStarts(const QString &text, const QRegularExpression &startBefore, QList<Timex> &found)
{
    const qsizetype count = found.size();
    for (qsizetype i = 0; i < count; ++i) {
        const auto &second = found.at(i); // read before anything is appended
        const auto days = dayRangeOfValue(second.value);
        if (second.type != TimexType::Date || !days || days->begin != days->end || second.value.size() != 10)
            continue;
        // The second day opens its expression ("8 juin", "el 8 de junio"), not a weekday or month.
        const auto opening = QStringView(text).mid(second.start, std::min<qsizetype>(6, second.end - second.start));
        if (std::none_of(opening.begin(), opening.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        const qsizetype from = std::max<qsizetype>(i > 0 ? found.at(i - 1).end : 0, second.start - 24);
        const auto before = QStringView(text).mid(from, second.start - from);
        const auto match = startBefore.matchView(before);
        if (!match.hasMatch())
            continue;
        const int day = match.captured(1).toInt();
        const QDate last = days->begin;
        if (day < 1 || day == last.day())
            continue;
        const QDate month = day > last.day() ? last.addMonths(-1) : last;
        const QDate first(month.year(), month.month(), day);
        if (!first.isValid())
            continue;
        Timex timex = second;
        timex.start = from + match.capturedStart(0);
        timex.end = from + std::max(match.capturedEnd(1), match.capturedEnd(2)); // "1er"
        timex.value = dayValue(first);
        found << timex;
    }
    if (found.size() > count)
        std::sort(found.begin(), found.end(), [](const Timex &a, const Timex &b) { return a.start < b.start; });
}

// "December 3 to 5", "March 10-12", "April 24 and 25": English also writes the month first,
// and the last day of the range has no month of its own. It takes the first day's month where the
// range ends with it: at the clause's end or before a preposition ("from December 3 to 5 in
// Geneva"), not before a word it counts ("on May 3 and 12 others", "March 10 to 5 p.m.").
void addRangeEnds(const QString &text, QList<Timex> &found)
{
    static const QRegularExpression endAfter(
        uR"(^\s*(-|–|to|and|through|until)\s*([0-3]?\d)(?!\d)(?=\s*$|\s*[,.;:)](?!\d)|\s+(?:in|at|on|for|with|when|while|and|or)\b))"_s);
    const qsizetype count = found.size();
    for (qsizetype i = 0; i < count; ++i) {
        const auto &first = found.at(i); // read before anything is appended
        const auto days = dayRangeOfValue(first.value);
        if (first.type != TimexType::Date || !days || days->begin != days->end || first.value.size() != 10
            || !text.at(first.end - 1).isDigit())
            continue;
        const qsizetype until = i + 1 < count ? found.at(i + 1).start : text.size();
        const auto after = QStringView(text).mid(first.end, std::min<qsizetype>(24, until - first.end));
        const auto match = endAfter.matchView(after);
        if (!match.hasMatch())
            continue;
        const int day = match.captured(2).toInt();
        const bool isAnd = match.capturedView(1) == u"and";
        if (day < 1 || day == days->begin.day() || (!isAnd && day < days->begin.day()))
            continue;
        const QDate last(days->begin.year(), days->begin.month(), day);
        if (!last.isValid())
            continue;
        Timex timex = first;
        timex.start = first.end + match.capturedStart(2);
        timex.end = first.end + match.capturedEnd(2);
        timex.value = dayValue(last);
        found << timex;
    }
    if (found.size() > count)
        std::sort(found.begin(), found.end(), [](const Timex &a, const Timex &b) { return a.start < b.start; });
}

// "d'octobre", "qu'hier": an ASCII apostrophe after one of the language's elided words is read as
// the typographic one, after which the rules let a word start. One character for one: the
// offsets of the text hold.
void readElisionsAsTypographic(QString &text, const QStringList &elidedWords)
{
    if (elidedWords.isEmpty())
        return;
    qsizetype longest = 0;
    for (const auto &word : elidedWords)
        longest = std::max(longest, word.size());
    for (qsizetype i = text.indexOf(u'\''); i >= 0; i = text.indexOf(u'\'', i + 1)) {
        if (i + 1 >= text.size() || !text.at(i + 1).isLetter())
            continue;
        qsizetype wordStart = i;
        while (wordStart > 0 && i - wordStart <= longest && text.at(wordStart - 1).isLetter())
            --wordStart;
        const auto word = QStringView(text).sliced(wordStart, i - wordStart);
        if ((wordStart == 0 || !text.at(wordStart - 1).isLetter())
            && std::any_of(elidedWords.begin(), elidedWords.end(),
                           [word](const QString &elided) {
                               return elided.size() == word.size() && word.compare(elided, Qt::CaseInsensitive) == 0;
                           }))
            text[i] = u'\u2019';
    }
}

// "postponed from late November to early December", "aplazada de finales de noviembre a principios
// de diciembre": a range of months (or of days of months) ends after it starts. Each side was
// resolved on its own by its clause's tense, and a past verb ("was postponed") put the end in the
// year before the start. Where the end comes before the start, the side whose year is not written
// takes the year that puts it on its side of the other: the end the first such month on or after
// the start, the start the last one on or before the end. Weekdays, years and times are left as
// they are.
void orderMonthRanges(const QString &text, QStringView language, QList<Timex> &found)
{
    const auto hasWrittenYear = [&text](const Timex &timex) {
        int run = 0;
        for (qsizetype i = timex.start; i < timex.end; ++i) {
            run = text.at(i).isDigit() ? run + 1 : 0;
            if (run == 4)
                return true;
        }
        return false;
    };
    const auto hasWrittenNumber = [&text](const Timex &timex) {
        const auto written = QStringView(text).sliced(timex.start, timex.end - timex.start);
        return std::any_of(written.begin(), written.end(), [](QChar c) { return c.isDigit(); });
    };
    // A month ("2025-11") or a day ("2025-11-03") whose number is written: a day's value without
    // one is a weekday's ("from Monday to Friday").
    const auto isMonthOrDay = [&hasWrittenNumber](const Timex &timex) {
        const auto &value = timex.value;
        if (timex.type != TimexType::Date || (value.size() != 7 && value.size() != 10) || !value.at(5).isDigit())
            return false; // a quarter ("2025-Q3"), a half, a season, a week
        return value.size() == 7 || hasWrittenNumber(timex);
    };
    // The value with its year replaced, if that day or month exists.
    const auto inYear = [](const QString &value, int year) -> std::optional<std::pair<QString, DayRange>> {
        const auto moved = QString::number(year).rightJustified(4, u'0') + value.mid(4);
        const auto days = dayRangeOfValue(moved);
        return days ? std::optional(std::pair{moved, *days}) : std::nullopt;
    };
    static const auto english = TimexRules::monthRangeWords(u"from"_s, u"to|until|till|through|into"_s);
    const auto *own = TimexRules::monthRangeWordsFor(language);
    const auto &words = own ? *own : english;
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        Timex &start = found[i];
        Timex &end = found[i + 1];
        // The joining word is short ("to", "jusqu'en"): most pairs are told apart here, cheaply.
        constexpr qsizetype LongestJoin = 12;
        if (end.start < start.end || end.start - start.end > LongestJoin || !isMonthOrDay(start) || !isMonthOrDay(end))
            continue;
        const auto startDays = dayRangeOfValue(start.value);
        const auto endDays = dayRangeOfValue(end.value);
        // A range already in order is left as read: its end may name its year in words ("from
        // November to December next year").
        if (!startDays || !endDays || startDays->begin <= endDays->end)
            continue;
        if (!words.join.matchView(QStringView(text).sliced(start.end, end.start - start.end)).hasMatch())
            continue;
        const qsizetype from = std::max<qsizetype>(0, start.start - 12);
        if (!words.fromBefore.matchView(QStringView(text).sliced(from, start.start - from)).hasMatch())
            continue;
        if (!hasWrittenYear(end)) {
            // The first such month or day on or after the start.
            for (const int year : {startDays->begin.year(), startDays->begin.year() + 1}) {
                if (const auto moved = inYear(end.value, year); moved && startDays->begin <= moved->second.end) {
                    end.value = moved->first;
                    break;
                }
            }
        } else if (!hasWrittenYear(start)) {
            // The last such month or day on or before the end.
            for (const int year : {endDays->end.year(), endDays->end.year() - 1}) {
                if (const auto moved = inYear(start.value, year); moved && moved->second.begin <= endDays->end) {
                    start.value = moved->first;
                    break;
                }
            }
        }
    }
}

// "3 to 5 December", "between 24 and 25 April": the first day of an English range written day
// first, as addRangeStarts() reads the other languages' ("du 4 au 8 juin").
const QRegularExpression &englishRangeStartBefore()
{
    static const QRegularExpression pattern(uR"((?<![\w.,])([0-3]?\d)\s*(?:-|–|to|and|through)\s*$)"_s);
    return pattern;
}

} // namespace

QList<Timex> TimexTagger::tag(const QString &text, const QDate &documentDate, bool isDocumentDateUncertain,
                              QStringView language) const
{
    std::vector<Candidate> candidates;
    const auto &allRules = TimexRules::rulesFor(language);
    // The cue words and anchors are English ones.
    const bool isEnglishRules = &allRules == &TimexRules::rules();
    auto scanned = isEnglishRules ? scanForEnglishRules(text) : ScannedText{withAsciiDigits(text), {}};
    if (!isEnglishRules)
        readElisionsAsTypographic(scanned.text, TimexRules::elidedWordsFor(language));
    // A match call refuses a subject with half a surrogate pair (a broken character from a bad
    // file): such halves are read as U+FFFD, which keeps every offset, so that one broken
    // character does not hide every date of the article.
    if (!isWellFormedUtf16(scanned.text)) {
        for (qsizetype i = 0; i < scanned.text.size(); ++i) {
            const QChar c = scanned.text.at(i);
            if (c.isHighSurrogate() && i + 1 < scanned.text.size() && scanned.text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                scanned.text[i] = QChar::ReplacementCharacter;
        }
    }
    // Every rule reads the text, and by default every match call first checks that its subject is
    // well-formed UTF-16: a pass over the whole article per rule. The text is well-formed now; a
    // piece of it is too unless it cuts a surrogate pair.
    auto collect = [&](int index, QStringView subject, qsizetype offset) {
        const bool isSubjectWellFormed =
            subject.isEmpty() || (!subject.front().isLowSurrogate() && !subject.back().isHighSurrogate());
        auto iterator = allRules[index].pattern.globalMatchView(
            subject, 0, QRegularExpression::NormalMatch,
            isSubjectWellFormed ? QRegularExpression::DontCheckSubjectStringMatchOption : QRegularExpression::NoMatchOption);
        while (iterator.hasNext() && candidates.size() < MaximumCandidates) {
            auto match = iterator.next();
            if (match.capturedLength(0) == 0)
                continue;
            const auto start = offset + match.capturedStart(0);
            const auto end = offset + match.capturedEnd(0);
            candidates.push_back({std::move(match), start, end, index});
        }
    };
    if (isEnglishRules) {
        const auto &anchors = englishAnchors();
        const TimexRules::StretchMeasure measure(scanned.text);
        const auto stretches = stretchesOfRules(scanned, measure, allRules);
        for (int index = 0; index < int(allRules.size()); ++index) {
            const bool isAnchored = index < MaximumAnchoredRules && !(anchors.everywhereRules & (quint64(1) << index));
            if (!isAnchored) {
                collect(index, scanned.text, 0);
                continue;
            }
            for (const auto &[start, end] : stretches[size_t(index)])
                collect(index, QStringView(scanned.text).mid(start, end - start), start);
        }
    } else {
        // The other languages' rules hold the anchors read from their patterns: each runs around
        // them only, and not at all in a text without any.
        const auto &index = TimexRules::AnchorIndex::forRules(allRules);
        const auto stretches = index.stretches(scanned.text);
        for (int rule = 0; rule < int(allRules.size()); ++rule) {
            if (index.isEverywhere(rule)) {
                collect(rule, scanned.text, 0);
                continue;
            }
            for (const auto &[start, end] : stretches[size_t(rule)])
                collect(rule, QStringView(scanned.text).mid(start, end - start), start);
        }
    }

    // Longest expression wins; among equals, the rule listed first (the more specific one). A
    // match its rule cannot read (its normaliser gives no value) takes no place. Only a match that
    // would win is normalised: most lose to a longer one ("March" and "2025" in "March 5, 2025").
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const auto lengthA = a.end - a.start;
        const auto lengthB = b.end - b.start;
        return lengthA != lengthB ? lengthA > lengthB : a.rule < b.rule;
    });
    std::map<qsizetype, qsizetype> taken; // start -> end of accepted expressions
    QList<Timex> result;
    std::vector<std::pair<qsizetype, int>> narrated; // start -> days from the day named before
    std::vector<std::pair<qsizetype, int>> narratedYears; // start -> years from the year named before
    for (const auto &candidate : candidates) {
        const auto start = candidate.start;
        const auto end = candidate.end;
        auto next = taken.lower_bound(start);
        if (next != taken.end() && next->first < end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > start)
            continue;
        const TimexRules::Context context{text, documentDate, start, end};
        const auto resolution = allRules[size_t(candidate.rule)].normalise(candidate.match, context);
        if (!resolution || resolution->value.isEmpty())
            continue;
        Timex timex;
        timex.start = start;
        timex.end = end;
        timex.type = resolution->type;
        timex.value = resolution->value;
        timex.isUncertain = resolution->usesDocumentDate && (isDocumentDateUncertain || !documentDate.isValid());
        taken.emplace(start, end);
        if (resolution->daysFromNarratedDay)
            narrated.emplace_back(start, *resolution->daysFromNarratedDay);
        if (resolution->yearsFromNarratedYear)
            narratedYears.emplace_back(start, *resolution->yearsFromNarratedYear);
        result << timex;
    }
    std::sort(result.begin(), result.end(), [](const Timex &a, const Timex &b) { return a.start < b.start; });
    std::sort(narrated.begin(), narrated.end());
    anchorNarratedDays(text, narrated, result);
    std::sort(narratedYears.begin(), narratedYears.end());
    anchorNarratedYears(text, narratedYears, result);
    if (!isEnglishRules) {
        if (const auto *rangeStart = TimexRules::rangeStartBeforeFor(language))
            addRangeStarts(text, *rangeStart, result);
    } else {
        addRangeStarts(text, englishRangeStartBefore(), result);
        addRangeEnds(text, result);
    }
    orderMonthRanges(text, language, result);
    anchorClockTimes(text, documentDate, narrated, isEnglishRules ? DayParts::Kept : DayParts::Anchored, result);
    return result;
}

} // namespace Attache