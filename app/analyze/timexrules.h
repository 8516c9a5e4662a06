#pragma once

// The TIMEX3 rules behind TimexTagger: each a regular expression, compiled once per process and
// shared by all threads, with a normaliser that turns its match into a TIMEX3 value. Internal to
// analyze; the tagger (timextagger.cpp) runs them and resolves overlaps.

#include "analyze/analysis.h"
#include "analyze/temporalvalue.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace Attache::TimexRules {

// Where a match sits: the whole text and the document creation time (the publication date). A rule
// may have run on a stretch of the text only, so a normaliser finds the match in `text` by `start`
// and `end`, not by the match's own offsets.
struct Context
{
    const QString &text;
    QDate dct;
    qsizetype start;
    qsizetype end;
    // Whether an underspecified expression ("Friday", "June") reads as future here.
    bool isFuture() const;
    // The cues of the future and of the past in the expression's clause (English words); a look
    // for the past's more than isFuture() takes.
    Tense tense() const;
    // The tense of the clause a day of the month dates (clauseOfDay()), for its year.
    Tense dayTense() const;
    // The clause of the expression, as a view of the text: from the punctuation before it (a
    // comma, semicolon, colon, full stop, line end) to the one after it. Tense cues beyond a comma
    // belong to another verb ("After talks on Tuesday, they agreed to meet again").
    QStringView clause() const;
    // The clause a day of the month dates: clause(), but for a fronted date ("On March 5, the
    // ministry had…", "Le 3 février, le ministre avait…", "3 марта, …") the main clause after its
    // comma, to the sentence's end. Only for days: a fronted weekday's main clause misreads too
    // often ("On Friday, the government planned to…"), while a day's year turns only on a cue
    // that puts it more than three months off (resolveDayYear()).
    QStringView clauseOfDay() const;
    // Whether the expression opens its sentence, with at most a preposition before it, and a
    // comma follows it.
    bool isFronted() const;
    // Up to `length` characters of the text just before the match, for the words that change
    // its reading ("since", "$", "à").
    QStringView before(qsizetype length) const
    {
        return QStringView(text).first(start).last(std::min(length, start));
    }
};

struct Resolution
{
    QString value;
    TimexType type = TimexType::Date;
    bool usesDocumentDate = true;
    // A day counted from the last day the text named before it, not from the article's ("le
    // lendemain", "al día siguiente", "zwei Tage später"): these days are added to that day by the
    // tagger, which drops the expression when neither its paragraph nor the one before named a day.
    std::optional<int> daysFromNarratedDay = std::nullopt;
    // The same for a year ("the following year", "l'année suivante", "в том же году"): years added
    // to the year of the last date the text named. Where neither paragraph named one, the value
    // stands if it is a date (the article's year before, for "the previous year") and the
    // expression is dropped if it is not ("XXXX").
    std::optional<int> yearsFromNarratedYear = std::nullopt;
};

using Normaliser = std::function<std::optional<Resolution>(const QRegularExpressionMatch &, const Context &)>;

// A day `days` after (before, when negative) the last day the text named
// (Resolution::daysFromNarratedDay).
std::optional<Resolution> narratedDayValue(int days);
// A year `years` after (before) the year the text named last (Resolution::yearsFromNarratedYear);
// `unanchored` where it named none, or "XXXX" to drop the expression there.
std::optional<Resolution> narratedYearValue(int years, const QString &unanchored = QStringLiteral("XXXX"));

// How far a match, with what its pattern looks at around it, may reach from one of its anchors,
// in characters other than white space, at most. The longest English expressions ("Wednesday, the
// beginning of the second half of September 5, 2025 …") stay well inside it.
constexpr qsizetype AnchorReach = 160;

// A piece of text, case-folded, that a match holds; where the pattern guarantees it, the piece
// starts or ends a word (no letter, digit or underscore next to it).
struct AnchorPiece
{
    QString text;
    bool isWordStart = false;
    bool isWordEnd = false;
};

// What any match of a rule holds: one of these words (as a whole word, any case unless
// isCapitalised), one of these pieces, a digit or a year. The tagger runs a rule only in the stretch of text around its anchors: most
// of an article has no month name, and a rule that needs one need not look there. The English
// rules name their words; the other languages' pieces are read from their patterns
// (timexanchors.h). No anchors: the rule looks everywhere.
struct Anchors
{
    QStringList words;
    bool digits = false;
    std::vector<AnchorPiece> pieces = {};
    // How far this rule's matches reach from an anchor, read from its pattern (timexanchors.h):
    // "yesterday" needs a shorter stretch around it than a date with a weekday and an "early".
    qsizetype reach = AnchorReach;
    // The words are ones the pattern matches only with a capital first letter ("May", "March",
    // not the modal or the verb): written in lower case in the text, they anchor nothing.
    bool isCapitalised = false;
    // A year, 1600 to 2099, as a whole run of four digits ("2025", "2025-03-05"), instead of any
    // digit: most numbers of an article are not years.
    bool years = false;
    // With `digits`: the run of digits that starts a match is followed (after white space, if any)
    // by one of these characters, in either case: a clock time's ":" or ".", a date's "/". Most
    // numbers of an article are followed by none of them, and anchor nothing for such a rule.
    // Empty: any run of digits anchors the rule.
    QString digitsFollowedBy = {};
    // How far a match reaches before the start and after the end of the anchor that sits where
    // the rule says (aroundAnchor() in timexrules.cpp) or where the pattern has it (the other
    // languages' rules, anchorsOfPattern()): a unit word ends a duration, so nothing after it
    // needs reading. Never more than `reach`.
    qsizetype reachBefore = AnchorReach;
    qsizetype reachAfter = AnchorReach;
    bool isEverywhere() const { return words.isEmpty() && pieces.empty() && !digits && !years; }
};

struct Rule
{
    QRegularExpression pattern;
    Normaliser normalise;
    Anchors anchors = {};
};

// Every rule, the more specific first (the tagger prefers the earlier rule among equally long
// matches). Built on first use, thread-safe.
const std::vector<Rule> &rules();
// The rules for text in `language` (BCP 47): French and Spanish have their own
// (timexrulesromance.cpp); every other language gets the English ones.
const std::vector<Rule> &rulesFor(QStringView language);
// For a language whose dates come in ranges of days ("du 4 au 8 juin", "del 4 al 8 de junio",
// "vom 4. bis 8. Juni"): the first day with the words that join it to the second, matched on the
// text just before the second; nullptr for the other languages.
const QRegularExpression *rangeStartBeforeFor(QStringView language);
// The words a language elides before the next ("d'", "qu'"): after them the tagger reads an ASCII
// apostrophe as the typographic one, as the rules do. Empty for most languages.
QStringList elidedWordsFor(QStringView language);
// The words around a range of months ("from November to December", "de octubre a enero"): the one
// before its start and the one joining its start to its end, each matched on the whole text
// between. monthRangeWords() builds them from two alternations; monthRangeWordsFor() gives a
// language's, nullptr for one that has the English rules.
struct MonthRangeWords
{
    QRegularExpression fromBefore;
    QRegularExpression join;
};
MonthRangeWords monthRangeWords(const QString &from, const QString &join);
const MonthRangeWords *monthRangeWordsFor(QStringView language);
// Whether the words between an expression and a tense cue hold a conjunction that joins another
// clause ("and", "but", "y", "et", "und", "и" …): the cue is then that clause's verb.
bool holdsJoiningConjunction(QStringView between);

} // namespace Attache::TimexRules
