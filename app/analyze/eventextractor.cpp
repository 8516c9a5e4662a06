#include "analyze/eventextractor.h"

#include "analyze/eventlexicon.h"
#include "analyze/sentencesplitter.h"
#include "analyze/temporalvalue.h"
#include "core/textcase.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr qsizetype MaximumLabelLength = 80;

// What \s and \w match in a QRegularExpression without UseUnicodePropertiesOption: ASCII only.
// The scans below stand in for expressions and read the characters as those did.
constexpr bool isPatternSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

constexpr bool isPatternWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

constexpr bool isAsciiLowerCase(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// Where the run of `accepted` characters starting at `at` ends.
template<typename Predicate>
qsizetype runEnd(QStringView text, qsizetype at, Predicate accepted)
{
    while (at < text.size() && accepted(text.at(at)))
        ++at;
    return at;
}

// Whether `word` is one of `words`, compared first by size and first letter: most words of a
// sentence are none of them.
template<std::size_t Count>
bool isOneOf(QStringView word, const std::array<QStringView, Count> &words)
{
    return !word.isEmpty() && std::any_of(words.begin(), words.end(), [word](QStringView candidate) {
        return candidate.size() == word.size() && candidate.front() == word.front() && candidate == word;
    });
}

// A dateline opens an agency's or a paper's first paragraph: the place in capitals, maybe a date
// and the agency, then a dash ("MOSCOW —", "GENEVA, March 3 (Reuters) -"), or a dot and a dash
// as Spanish agencies write it ("LIMA.-", "MADRID, 11 nov (EFE).-"). Where the report after
// it starts (relative to the sentence), or 0. Its date is when the report was filed, not when
// what it reports happened.
qsizetype datelineEnd(QStringView sentence)
{
    // Only two capitals may start one: most sentences are spared the expression.
    if (sentence.size() <= 3 || sentence.front() < u'A' || sentence.front() > u'Z' || sentence.at(1) < u'A'
        || sentence.at(1) > u'Z')
        return 0;
    static const QRegularExpression dateline(
        uR"(^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}(?:,\s*[^—–\n]{1,25}?)?(?:\s*\([A-Za-z .-]{1,25}\))?(?:\s+|\.)[—–-]{1,2}\s+)"_s);
    const auto match = dateline.matchView(sentence);
    return match.hasMatch() ? match.capturedEnd(0) : 0;
}

// "Following the call, …", "During the recent conversation, …": the backdrop of the sentence, not
// its action; so is a dateline (datelineEnd()). Returns the offset (relative to the sentence) where
// the main clause starts.
qsizetype mainClauseStart(QStringView sentence)
{
    static const QRegularExpression introduction(
        uR"(^(?:[A-Z][a-z]+ly|Following|After|Before|During|Since|Despite|Ahead\s+of|Amid|Amidst|In\s+the\s+wake\s+of|Prior\s+to|Upon|On|At|In|Earlier|Later|Last|This|Meanwhile|Separately|However)\b[^,]{0,80},\s*)"_s);
    // The first word of each alternative above but the adverb in -ly: keep the two in step.
    static constexpr std::array<QStringView, 21> introductionFirstWords{
        u"Following", u"After", u"Before", u"During",  u"Since",     u"Despite",    u"Ahead",
        u"Amid",      u"Amidst", u"In",    u"Prior",   u"Upon",      u"On",         u"At",
        u"Earlier",   u"Later", u"Last",   u"This",    u"Meanwhile", u"Separately", u"However"};
    // Every introduction starts with an ASCII capital: without one (in most sentences of other
    // scripts) no expression is run.
    if (sentence.isEmpty() || sentence.front() < u'A' || sentence.front() > u'Z')
        return 0;
    if (const auto dateline = datelineEnd(sentence); dateline > 0)
        return dateline;
    // Every introduction ends in a comma.
    if (!sentence.contains(u','))
        return 0;
    // Nor after a first word that opens none of them ("The", "He"): that spares most sentences.
    const auto firstWord = sentence.first(runEnd(sentence, 0, isPatternWordCharacter));
    const bool isAdverb = firstWord.size() >= 4 && firstWord.endsWith(u"ly")
        && std::all_of(firstWord.begin() + 1, firstWord.end(), isAsciiLowerCase);
    if (!isAdverb && !isOneOf(firstWord, introductionFirstWords))
        return 0;
    const auto match = introduction.matchView(sentence);
    return match.hasMatch() ? match.capturedEnd(0) : 0;
}

// Whether a word of the sentence is in the past tense: four or more lower-case letters ending in
// "ed", or an irregular form. A word here is a whole run of ASCII letters, digits and "_", as
// between the word boundaries of an expression: "Dated" and "ed2" are not past forms. A scan, not
// an expression over the sentence: it is asked of every undated sentence. Only valid UTF-16 has
// a past form, as an expression finds nothing in other text (see EventExtractor::extract()).
bool isPastTense(QStringView sentence, bool isValidText)
{
    static const QSet<QStringView> irregular{
        u"said", u"met",    u"led",     u"held",   u"spoke",    u"made",      u"took",   u"gave",   u"told",
        u"sent", u"began",  u"won",     u"struck", u"fought",   u"left",      u"came",   u"went",   u"saw",
        u"rose", u"fell",   u"broke",   u"brought", u"chose",   u"drew",      u"flew",   u"froze",  u"paid",
        u"sought", u"stood", u"swore",  u"threw",  u"wrote",    u"was",       u"were",   u"had",    u"did",
        u"became", u"hit",  u"shot",    u"beat",   u"caught",   u"found",     u"got",    u"kept",   u"knew",
        u"lost", u"meant",  u"ran",     u"sold",   u"thought",  u"withdrew",  u"undertook", u"oversaw"};
    if (!isValidText && !sentence.isValidUtf16())
        return false;
    for (qsizetype at = 0; at < sentence.size();) {
        if (!isPatternWordCharacter(sentence.at(at))) {
            ++at;
            continue;
        }
        const auto end = runEnd(sentence, at, isPatternWordCharacter);
        const auto word = sentence.sliced(at, end - at);
        at = end;
        if (!std::all_of(word.begin(), word.end(), isAsciiLowerCase))
            continue;
        if ((word.size() >= 4 && word.endsWith(u"ed")) || irregular.contains(word))
            return true;
    }
    return false;
}

// A trigger right after "to" or a modal is an intention or a possibility, not a reported action.
bool isIrrealis(const QString &text, qsizetype sentenceStart, qsizetype triggerStart)
{
    static const QRegularExpression modal(
        uR"(\b(?:to|will|would|could|should|might|may|must|can|cannot|won't|wouldn't|not|never)\s+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto from = std::max(sentenceStart, triggerStart - 20);
    const auto before = QStringView(text).mid(from, triggerStart - from);
    // Every one of those words ends in one of these letters (no other character folds to them)
    // and is followed by white space: without them the expression is not run.
    qsizetype last = before.size();
    while (last > 0 && isPatternSpace(before.at(last - 1)))
        --last;
    if (last == before.size() || last == 0 || !QStringView(u"oldtynrOLDTYNR").contains(before.at(last - 1)))
        return false;
    return modal.matchView(before).hasMatch();
}

QString shortened(QString clause)
{
    if (clause.size() <= MaximumLabelLength)
        return clause;
    // Names say enough on a timeline: "Canadian Prime Minister Mark Carney" → "Mark Carney".
    static const QRegularExpression title(
        uR"(\b(?:(?:[A-Z][a-z]+|U\.S\.|U\.K\.)\s+)?(?:(?:Deputy|Vice|Foreign|Defen[cs]e|Finance|Trade|Prime|Interior)\s+)?(?:Prime\s+Minister|Minister|Premier|President|Chancellor|Secretary(?:\s+of\s+State)?|Secretary-General|Ambassador|Senator|Governor|King|Queen|Crown\s+Prince|Spokes(?:man|woman|person))\s+(?=[A-Z][a-z]))"_s);
    // Every title the expression removes holds one of these words: without them it is not run.
    static const QStringList titleWords{u"Minister"_s, u"Premier"_s,  u"President"_s, u"Chancellor"_s,
                                        u"Secretary"_s, u"Ambassador"_s, u"Senator"_s, u"Governor"_s,
                                        u"King"_s,     u"Queen"_s,      u"Prince"_s,   u"Spokes"_s};
    // One pass over the capitals: a substring search per word cost more than the expression saved.
    auto holdsTitleWord = [&clause] {
        const QStringView view(clause);
        for (qsizetype i = 0; i < view.size(); ++i) {
            const QChar c = view.at(i);
            if (c < u'A' || c > u'Z')
                continue;
            for (const auto &word : titleWords) {
                if (word.front() == c && view.mid(i).startsWith(word))
                    return true;
            }
        }
        return false;
    };
    if (holdsTitleWord())
        clause.remove(title);
    if (clause.size() <= MaximumLabelLength)
        return clause;
    auto cut = clause.lastIndexOf(u' ', MaximumLabelLength - 1);
    if (cut < MaximumLabelLength / 2)
        cut = MaximumLabelLength - 1;
    auto head = clause.left(cut);
    while (!head.isEmpty() && (head.back() == u',' || head.back() == u';' || head.back() == u':'))
        head.chop(1);
    return head + u'…';
}

constexpr bool isDash(QChar c)
{
    return c == u'—' || c == u'–';
}

// Where the white space after a subordinating connective at `at` ends ("when ", "and then "), or
// -1 where none is there. White space must follow, so a connective is a whole run of lower-case
// letters: "whenever" is none.
qsizetype connectiveEnd(QStringView text, qsizetype at)
{
    static constexpr std::array<QStringView, 11> connectives{u"when",   u"where", u"whereas", u"because",
                                                             u"although", u"though", u"while",  u"after",
                                                             u"as",     u"since", u"until"};
    const auto wordEnd = runEnd(text, at, isAsciiLowerCase);
    const auto spacesEnd = runEnd(text, wordEnd, isPatternSpace);
    if (spacesEnd == wordEnd)
        return -1;
    const auto word = text.sliced(at, wordEnd - at);
    if (word == u"and") {
        const auto thenEnd = runEnd(text, spacesEnd, isAsciiLowerCase);
        const auto thenSpacesEnd = runEnd(text, thenEnd, isPatternSpace);
        return text.sliced(spacesEnd, thenEnd - spacesEnd) == u"then" && thenSpacesEnd > thenEnd ? thenSpacesEnd : -1;
    }
    return isOneOf(word, connectives) ? spacesEnd : -1;
}

// Where a subordinate clause opened at `at` starts: after ", when ", " because " (a connective
// after a comma or a space), "; ", ": " or " — ". -1 where no clause opens there.
qsizetype subordinateClauseStart(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == u';')
        return runEnd(text, at + 1, isPatternSpace);
    if (c == u':') {
        const auto end = runEnd(text, at + 1, isPatternSpace);
        return end > at + 1 ? end : -1;
    }
    if (c == u',')
        return connectiveEnd(text, runEnd(text, at + 1, isPatternSpace));
    if (!isPatternSpace(c))
        return -1;
    if (const auto end = connectiveEnd(text, at + 1); end >= 0)
        return end;
    const bool isDashBetweenSpaces = at + 2 < text.size() && isDash(text.at(at + 1)) && isPatternSpace(text.at(at + 2));
    return isDashBetweenSpaces ? at + 3 : -1;
}

// "…, the minister said.": a sentence that ends in an attribution verb (then only non-word
// characters) set off by a comma, white space and 1 to 40 other characters. Returns that comma,
// or -1.
qsizetype closingAttributionComma(QStringView sentence)
{
    static constexpr std::array<QStringView, 5> verbs{u"said", u"says", u"told", u"added", u"reported"};
    qsizetype wordsEnd = sentence.size();
    while (wordsEnd > 0 && !isPatternWordCharacter(sentence.at(wordsEnd - 1)))
        --wordsEnd;
    const auto words = sentence.first(wordsEnd);
    const auto verb = std::find_if(verbs.begin(), verbs.end(), [words](QStringView verb) { return words.endsWith(verb); });
    if (verb == verbs.end())
        return -1;
    const auto verbStart = wordsEnd - verb->size();
    if (verbStart == 0 || isPatternWordCharacter(sentence.at(verbStart - 1)))
        return -1;
    const auto comma = sentence.first(verbStart).lastIndexOf(u',');
    if (comma < 0)
        return -1;
    // The white space after the comma is at least one character; the other characters may
    // begin with more of it.
    const auto spaces = runEnd(sentence, comma + 1, isPatternSpace) - (comma + 1);
    const auto distance = verbStart - (comma + 1);
    return std::max<qsizetype>(1, distance - 40) <= std::min(spaces, distance - 1) ? comma : -1;
}

// Where the opening of a clause that trails the action ends, for one starting at `at` (the search
// for the next resumes there), or -1 where none starts there: ", saying", ", which", ", as " (a
// participle, relative or adverbial clause), the sentence's closing attribution (at
// attributionComma, closingAttributionComma(); it reaches the sentence's end), ";", " — ", " (".
qsizetype trailingClauseEnd(QStringView sentence, qsizetype at, qsizetype attributionComma)
{
    static constexpr std::array<QStringView, 8> openers{u"which", u"who",       u"whom",      u"while",
                                                        u"but",   u"although", u"according", u"saying"};
    const QChar c = sentence.at(at);
    if (c == u';')
        return at + 1;
    if (isPatternSpace(c)) {
        if (at + 1 < sentence.size() && sentence.at(at + 1) == u'(')
            return at + 2;
        const bool isDashBetweenSpaces =
            at + 2 < sentence.size() && isDash(sentence.at(at + 1)) && isPatternSpace(sentence.at(at + 2));
        return isDashBetweenSpaces ? at + 3 : -1;
    }
    if (c != u',')
        return -1;
    const auto wordStart = runEnd(sentence, at + 1, isPatternSpace);
    const auto wordEnd = runEnd(sentence, wordStart, isAsciiLowerCase);
    const auto word = sentence.sliced(wordStart, wordEnd - wordStart);
    const bool isWholeWord = wordEnd == sentence.size() || !isPatternWordCharacter(sentence.at(wordEnd));
    if (isWholeWord && ((word.size() >= 4 && word.endsWith(u"ing")) || isOneOf(word, openers)))
        return wordEnd;
    if (word == u"as" && wordEnd < sentence.size() && isPatternSpace(sentence.at(wordEnd)))
        return wordEnd + 1;
    return at == attributionComma ? sentence.size() : -1;
}

// Where the clause that holds the trigger starts when a subordinate clause opens in `opening`, the
// sentence up to the trigger: after the last opening, if that is at or after `begin`; else `begin`.
// Openings are found as a global regular expression match would find them: from the start, each
// search resuming where the last find ended.
qsizetype subordinateClauseBegin(QStringView opening, qsizetype begin)
{
    for (qsizetype at = 0; at < opening.size();) {
        const auto clauseStart = subordinateClauseStart(opening, at);
        if (clauseStart < 0) {
            ++at;
            continue;
        }
        if (at >= begin)
            begin = clauseStart;
        at = clauseStart;
    }
    return begin;
}

// Where the first trailing clause at or after `from` starts, or -1; found as subordinate clauses
// are (subordinateClauseBegin()).
qsizetype trailingClauseStart(QStringView sentence, qsizetype from)
{
    const auto attributionComma = closingAttributionComma(sentence);
    for (qsizetype at = 0; at < sentence.size();) {
        const auto trailingEnd = trailingClauseEnd(sentence, at, attributionComma);
        if (trailingEnd < 0) {
            ++at;
            continue;
        }
        if (at >= from)
            return at;
        at = trailingEnd;
    }
    return -1;
}

// A compact clause around the trigger: without the introductory phrase (ending at mainClause,
// mainClauseStart() of the sentence), the clause that holds the trigger when it is subordinate
// ("…, when X was arrested on a warrant"), without trailing participial or relative clauses,
// parentheses and final punctuation; at most ~80 characters. Clauses are found by scans, not by
// expressions over the sentence: those cost a sixth of the events' time. Like expressions, the
// scans find nothing in a part of the text that is not valid UTF-16 (see EventExtractor::extract()).
QString labelFor(const QString &text, bool isValidText, qsizetype sentenceStart, qsizetype sentenceEnd,
                 qsizetype mainClause, qsizetype triggerStart, qsizetype triggerEnd)
{
    const auto sentence = QStringView(text).mid(sentenceStart, sentenceEnd - sentenceStart);
    const auto trigger = triggerStart - sentenceStart;
    const auto triggerLength = triggerEnd - triggerStart;
    // Only a clause opened before the trigger counts, so the search ends there: a connective that
    // would reach past it starts at the trigger itself, which is a word, and would end the search.
    const auto opening = sentence.first(std::clamp<qsizetype>(trigger, 0, sentence.size()));
    auto begin = mainClause > trigger ? 0 : mainClause;
    if (isValidText || opening.isValidUtf16())
        begin = subordinateClauseBegin(opening, begin);
    auto end = sentence.size();
    if (isValidText || sentence.isValidUtf16()) {
        if (const auto trailing = trailingClauseStart(sentence, trigger + triggerLength); trailing >= 0)
            end = trailing;
    }
    auto clause = sentence.mid(begin, end - begin).toString();
    static const QRegularExpression parenthesis(uR"(\s*\([^)]*\))"_s);
    if (clause.contains(u'(')) // a search for one character, not a regex pass over every label
        clause.remove(parenthesis);
    clause = simplifiedText(std::move(clause)); // in place, not into a copy
    qsizetype kept = clause.size();
    while (kept > 0 && QStringView(u".!?,;:\"'”’").contains(clause.at(kept - 1)))
        --kept;
    qsizetype dropped = 0;
    while (dropped < kept && QStringView(u"\"'“‘").contains(clause.at(dropped)))
        ++dropped;
    clause.truncate(kept);
    clause.remove(0, dropped);
    if (clause.isEmpty())
        clause = simplifiedText(sentence.toString());
    if (!clause.isEmpty())
        clause[0] = clause.at(0).toUpper();
    return shortened(std::move(clause));
}

int actorRank(EntityType type)
{
    switch (type) {
    case EntityType::Person:
    case EntityType::Organisation:
    case EntityType::GeoPolitical: return 0;
    case EntityType::Location:
    case EntityType::Nationality: return 1;
    }
    return 1;
}

void addActors(Event &event, const QList<EntityMention> &entities)
{
    // Mentions are sorted by start (ArticleAnalysis' contract), so the sentence's are found by bisection.
    QList<const EntityMention *> inside;
    auto first = std::lower_bound(entities.begin(), entities.end(), event.sentenceStart,
                                  [](const EntityMention &mention, qsizetype at) { return mention.start < at; });
    for (auto it = first; it != entities.end() && it->start < event.sentenceEnd; ++it) {
        if (it->end <= event.sentenceEnd)
            inside << &*it;
    }
    std::stable_sort(inside.begin(), inside.end(), [](const EntityMention *a, const EntityMention *b) {
        const int rankA = actorRank(a->type);
        const int rankB = actorRank(b->type);
        return rankA != rankB ? rankA < rankB : a->start < b->start;
    });
    // A sentence names a handful of actors: a list searched is cheaper than a set hashed.
    QVarLengthArray<QStringView, 16> seen;
    for (const auto *mention : std::as_const(inside)) {
        const QStringView key = mention->entityId.isEmpty() ? mention->name : mention->entityId;
        if (key.isEmpty() || std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
            continue;
        seen.append(key);
        event.actorIds << mention->entityId;
        event.actorNames << (mention->name.isEmpty() ? mention->entityId : mention->name);
    }
}

// Whether `text` holds at least `wanted` spaces: a sentence has its first few early, and is not
// read to its end for them.
bool holdsSpaces(QStringView text, qsizetype wanted)
{
    for (const QChar c : text) {
        if (c == u' ' && --wanted == 0)
            return true;
    }
    return wanted <= 0;
}

bool endsLikeSentence(QStringView sentence)
{
    auto trimmed = sentence.trimmed();
    while (!trimmed.isEmpty() && QStringView(u"\"'”’)").contains(trimmed.back()))
        trimmed.chop(1);
    return !trimmed.isEmpty() && QStringView(u".!?").contains(trimmed.back());
}

} // namespace

QList<Event> EventExtractor::extract(const QString &text, const QList<EntityMention> &entities,
                                     const QList<Timex> &timex, const QDate &documentDate,
                                     bool isDocumentDateUncertain, QStringView language) const
{
    const auto &lexicon = EventLexicon::instance();
    // The scans that stand in for expressions must find nothing where an expression finds nothing:
    // in text that is not valid UTF-16 (PCRE checks its subject first). Every sentence and clause
    // of a valid text is valid too, so nearly always this one check is enough.
    const bool isValidText = isWellFormedUtf16(text);
    QList<Event> events;
    for (const auto &span : splitSentences(text)) {
        const auto sentence = QStringView(text).mid(span.start, span.end - span.start);
        // Headlines, datelines and captions carry no sentence punctuation: they restate, they do not report.
        if (!endsLikeSentence(sentence) || !holdsSpaces(sentence, 3))
            continue;

        const Timex *dated = nullptr;
        std::optional<DayRange> range;
        // The dateline's date is when the report was filed ("GENEVA, March 3 (Reuters) -").
        const auto reportStart = span.start + datelineEnd(sentence);
        auto firstTimex = std::lower_bound(timex.begin(), timex.end(), reportStart,
                                           [](const Timex &expression, qsizetype at) { return expression.start < at; });
        for (auto it = firstTimex; it != timex.end() && it->start < span.end; ++it) {
            const auto &expression = *it;
            if (expression.end > span.end)
                continue;
            if (expression.type != TimexType::Date && expression.type != TimexType::Time)
                continue;
            if (const auto days = dayRangeOfValue(expression.value)) {
                dated = &expression;
                range = days;
                break;
            }
        }

        // Without a date of its own, a sentence is an event only as a past-tense report of the
        // article's day: anything else is not read further.
        if (!dated && (!documentDate.isValid() || !isPastTense(sentence, isValidText)))
            continue;

        // A regular expression's run, and asked for again by each label: once per sentence.
        const auto mainClause = mainClauseStart(sentence);
        const auto introEnd = span.start + mainClause;
        const EventTrigger *chosen = nullptr;
        const auto triggers = lexicon.find(text, span.start, span.end, language);
        for (const auto &trigger : triggers) {
            if (trigger.end <= introEnd || trigger.isWeak || isIrrealis(text, span.start, trigger.start))
                continue;
            // The date expression itself ("March") is never the action.
            if (dated && trigger.start < dated->end && dated->start < trigger.end)
                continue;
            chosen = &trigger;
            break;
        }
        if (!chosen && dated) {
            for (const auto &trigger : triggers) {
                if (trigger.isWeak && trigger.start >= introEnd) {
                    chosen = &trigger;
                    break;
                }
            }
        }

        Event event;
        if (dated) {
            event.begin = range->begin;
            event.end = range->end;
            event.value = dated->value;
            event.isUncertain = dated->isUncertain;
        } else {
            // A reported action of the article's own day: a past-tense sentence with a trigger.
            if (!chosen)
                continue;
            event.begin = documentDate;
            event.end = documentDate;
            event.value = dayValue(documentDate);
            event.isUncertain = isDocumentDateUncertain;
        }
        event.sentenceStart = span.start;
        event.sentenceEnd = span.end;
        event.sentence = simplifiedText(sentence.toString());
        event.type = chosen ? chosen->type : EventType::Other;
        if (chosen)
            event.label = labelFor(text, isValidText, span.start, span.end, mainClause, chosen->start, chosen->end);
        else
            event.label = labelFor(text, isValidText, span.start, span.end, mainClause, introEnd, introEnd);
        addActors(event, entities);
        events << event;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.sentenceStart < b.sentenceStart;
    });
    return events;
}

} // namespace Attache
