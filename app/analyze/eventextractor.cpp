#include "analyze/eventextractor.h"

#include "analyze/eventlexicon.h"
#include "analyze/sentencesplitter.h"
#include "analyze/temporalvalue.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr qsizetype MaximumLabelLength = 80;

// "Following the call, …", "During the recent conversation, …": the backdrop of the sentence, not
// its action. Returns the offset (relative to the sentence) where the main clause starts.
qsizetype mainClauseStart(QStringView sentence)
{
    static const QRegularExpression introduction(
        uR"(^(?:[A-Z][a-z]+ly|Following|After|Before|During|Since|Despite|Ahead\s+of|Amid|Amidst|In\s+the\s+wake\s+of|Prior\s+to|Upon|On|At|In|Earlier|Later|Last|This|Meanwhile|Separately|However)\b[^,]{0,80},\s*)"_s);
    // Every introduction starts with an ASCII capital and ends in a comma: without them (in most
    // sentences of other scripts) the expression is not run.
    if (sentence.isEmpty() || sentence.front() < u'A' || sentence.front() > u'Z' || !sentence.contains(u','))
        return 0;
    const auto match = introduction.matchView(sentence);
    return match.hasMatch() ? match.capturedEnd(0) : 0;
}

bool isPastTense(QStringView sentence)
{
    static const QRegularExpression past(
        uR"(\b(?:[a-z]{2,}ed|said|met|led|held|spoke|made|took|gave|told|sent|began|won|struck|fought|left|came|went|saw|rose|fell|broke|brought|chose|drew|flew|froze|paid|sought|stood|swore|threw|wrote|was|were|had|did|became|hit|shot|beat|caught|found|got|kept|knew|lost|meant|ran|sold|thought|withdrew|undertook|oversaw)\b)"_s);
    return past.matchView(sentence).hasMatch();
}

// A trigger right after "to" or a modal is an intention or a possibility, not a reported action.
bool isIrrealis(const QString &text, qsizetype sentenceStart, qsizetype triggerStart)
{
    static const QRegularExpression modal(
        uR"(\b(?:to|will|would|could|should|might|may|must|can|cannot|won't|wouldn't|not|never)\s+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto from = std::max(sentenceStart, triggerStart - 20);
    return modal.matchView(QStringView(text).mid(from, triggerStart - from)).hasMatch();
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

// A compact clause around the trigger: without the introductory phrase (ending at mainClause,
// mainClauseStart() of the sentence), the clause that holds the trigger when it is subordinate
// ("…, when X was arrested on a warrant"), without trailing participial or relative clauses,
// parentheses and final punctuation; at most ~80 characters.
QString labelFor(const QString &text, qsizetype sentenceStart, qsizetype sentenceEnd, qsizetype mainClause,
                 qsizetype triggerStart, qsizetype triggerEnd)
{
    const auto sentence = QStringView(text).mid(sentenceStart, sentenceEnd - sentenceStart);
    auto begin = mainClause;
    const auto trigger = triggerStart - sentenceStart;
    const auto triggerLength = triggerEnd - triggerStart;
    if (begin > trigger)
        begin = 0;
    static const QRegularExpression subordinate(
        uR"((?:,\s*|\s)(?:when|where|whereas|because|although|though|while|after|as|since|until|and\s+then)\s+|;\s*|:\s+|\s[—–]\s)"_s);
    // Only a clause opened before the trigger counts, so the search ends there: a connective that
    // would reach past it starts at the trigger itself, which is a word, and would end the search.
    auto iterator = subordinate.globalMatchView(sentence.first(std::clamp<qsizetype>(trigger, 0, sentence.size())));
    while (iterator.hasNext()) {
        const auto match = iterator.next();
        if (match.capturedStart(0) >= begin)
            begin = match.capturedEnd(0);
    }
    auto end = sentence.size();
    static const QRegularExpression trailing(
        uR"(,\s*(?:[a-z]+ing\b|which\b|who\b|whom\b|while\b|but\b|although\b|according\b|saying\b|as\s)|,\s+[^,]{1,40}\b(?:said|says|told|added|reported)\W*$|;|\s[—–]\s|\s\()"_s);
    // Every trailing clause starts at one of these characters: without them the expression is not run.
    const bool mayTrail = std::any_of(sentence.begin(), sentence.end(), [](QChar c) {
        return c == u',' || c == u';' || c == u'—' || c == u'–' || c == u'(';
    });
    auto tail = mayTrail ? trailing.globalMatchView(sentence) : QRegularExpressionMatchIterator();
    while (tail.hasNext()) {
        const auto match = tail.next();
        if (match.capturedStart(0) >= trigger + triggerLength) {
            end = match.capturedStart(0);
            break;
        }
    }
    auto clause = sentence.mid(begin, end - begin).toString();
    static const QRegularExpression parenthesis(uR"(\s*\([^)]*\))"_s);
    if (clause.contains(u'(')) // a search for one character, not a regex pass over every label
        clause.remove(parenthesis);
    clause = clause.simplified();
    while (!clause.isEmpty() && QStringView(u".!?,;:\"'”’").contains(clause.back()))
        clause.chop(1);
    while (!clause.isEmpty() && QStringView(u"\"'“‘").contains(clause.front()))
        clause.remove(0, 1);
    if (clause.isEmpty())
        clause = sentence.toString().simplified();
    if (!clause.isEmpty())
        clause[0] = clause.at(0).toUpper();
    return shortened(clause);
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
    QSet<QString> seen;
    for (const auto *mention : std::as_const(inside)) {
        const auto key = mention->entityId.isEmpty() ? mention->name : mention->entityId;
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        event.actorIds << mention->entityId;
        event.actorNames << (mention->name.isEmpty() ? mention->entityId : mention->name);
    }
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
    QList<Event> events;
    for (const auto &span : splitSentences(text)) {
        const auto sentence = QStringView(text).mid(span.start, span.end - span.start);
        // Headlines, datelines and captions carry no sentence punctuation: they restate, they do not report.
        if (!endsLikeSentence(sentence) || sentence.count(u' ') < 3)
            continue;

        const Timex *dated = nullptr;
        std::optional<DayRange> range;
        auto firstTimex = std::lower_bound(timex.begin(), timex.end(), span.start,
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
            if (!chosen || !documentDate.isValid() || !isPastTense(sentence))
                continue;
            event.begin = documentDate;
            event.end = documentDate;
            event.value = dayValue(documentDate);
            event.isUncertain = isDocumentDateUncertain;
        }
        event.sentenceStart = span.start;
        event.sentenceEnd = span.end;
        event.sentence = sentence.toString().simplified();
        event.type = chosen ? chosen->type : EventType::Other;
        if (chosen)
            event.label = labelFor(text, span.start, span.end, mainClause, chosen->start, chosen->end);
        else
            event.label = labelFor(text, span.start, span.end, mainClause, introEnd, introEnd);
        addActors(event, entities);
        events << event;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.sentenceStart < b.sentenceStart;
    });
    return events;
}

} // namespace Attache
