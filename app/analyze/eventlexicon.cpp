#include "analyze/eventlexicon.h"

#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

EventType eventTypeFromName(const QString &name)
{
    static const QList<EventType> all{EventType::Statement, EventType::Consultation, EventType::Cooperation,
                                      EventType::Demand,    EventType::Criticism,    EventType::Threat,
                                      EventType::Protest,   EventType::Sanction,     EventType::Expulsion,
                                      EventType::LegalAction, EventType::MilitaryAction};
    for (const auto type : all) {
        if (eventTypeName(type) == name)
            return type;
    }
    return EventType::Other;
}

QStringList EventLexicon::inflections(const QString &lemma)
{
    const auto space = lemma.indexOf(u' ');
    const auto head = space < 0 ? lemma : lemma.left(space);
    const auto tail = space < 0 ? QString() : lemma.mid(space);
    QStringList heads{head};
    const auto last = head.isEmpty() ? QChar() : head.back();
    static const QString vowels = u"aeiou"_s;
    if (head.endsWith(u"ee"_s)) {
        heads << head + u's' << head + u'd' << head + u"ing"_s;
    } else if (last == u'e') {
        heads << head + u's' << head + u'd' << head.chopped(1) + u"ing"_s;
    } else if (last == u'y' && head.size() > 2 && !vowels.contains(head.at(head.size() - 2))) {
        heads << head.chopped(1) + u"ies"_s << head.chopped(1) + u"ied"_s << head + u"ing"_s;
    } else {
        const bool hasSibilantEnd = head.endsWith(u's') || head.endsWith(u'x') || head.endsWith(u'z')
            || head.endsWith(u"ch"_s) || head.endsWith(u"sh"_s);
        heads << head + (hasSibilantEnd ? u"es"_s : u"s"_s) << head + u"ed"_s << head + u"ing"_s;
        // Short consonant-vowel-consonant verbs double their last letter: "ban" → "banned".
        if (head.size() >= 3 && !vowels.contains(last) && last != u'w' && last != u'x' && last != u'y'
            && vowels.contains(head.at(head.size() - 2)) && !vowels.contains(head.at(head.size() - 3)))
            heads << head + last + u"ed"_s << head + last + u"ing"_s;
    }
    QStringList forms;
    for (const auto &form : std::as_const(heads))
        forms << form + tail;
    forms.removeDuplicates();
    return forms;
}

namespace {

QString alternation(QStringList words)
{
    // Longest first, so that "phone call" is preferred to "call" at the same place.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const auto &word : std::as_const(words)) {
        auto pattern = QRegularExpression::escape(word);
        pattern.replace(u"\\ "_s, u"\\s+"_s);
        escaped << pattern;
    }
    return u"(?<![\\w-])(?:"_s + escaped.join(u'|') + u")(?![\\w-])"_s;
}

} // namespace

EventLexicon::EventLexicon()
{
    QFile file(u":/knowledge/event-lexicon.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAnalyze) << "event lexicon missing:" << file.fileName() << file.errorString();
        return;
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcAnalyze) << "event lexicon is not valid JSON:" << error.errorString();
        return;
    }
    auto toList = [](const QJsonValue &value) {
        QStringList list;
        for (const auto &item : value.toArray())
            list << item.toString().toLower();
        return list;
    };
    for (const auto &typeValue : document.object().value(u"types"_s).toArray()) {
        const auto object = typeValue.toObject();
        const auto type = eventTypeFromName(object.value(u"type"_s).toString());
        QStringList verbs;
        for (const auto &lemma : toList(object.value(u"verbs"_s)))
            verbs << inflections(lemma);
        QStringList nouns;
        for (const auto &noun : toList(object.value(u"nouns"_s)))
            nouns << noun << noun + u's';
        const auto weak = toList(object.value(u"weak"_s));
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        if (!verbs.isEmpty())
            m_entries.append({QRegularExpression(alternation(verbs), options), type, true, false});
        if (!nouns.isEmpty())
            m_entries.append({QRegularExpression(alternation(nouns), options), type, false, false});
        if (!weak.isEmpty())
            m_entries.append({QRegularExpression(alternation(weak), options), type, true, true});
    }
    for (auto &entry : m_entries) {
        if (!entry.pattern.isValid())
            qCWarning(lcAnalyze) << "event lexicon pattern invalid:" << entry.pattern.errorString();
        entry.pattern.optimize();
    }
}

const EventLexicon &EventLexicon::instance()
{
    static const EventLexicon lexicon;
    return lexicon;
}

QList<EventTrigger> EventLexicon::find(const QString &text, qsizetype start, qsizetype end) const
{
    QList<EventTrigger> triggers;
    const auto view = QStringView(text).mid(start, end - start);
    for (const auto &entry : m_entries) {
        auto iterator = entry.pattern.globalMatchView(view);
        while (iterator.hasNext()) {
            const auto match = iterator.next();
            const auto at = start + match.capturedStart(0);
            // A capitalised trigger inside a sentence is a name ("March", "Strike Force"), not an action.
            if (match.capturedView(0).front().isUpper() && at > start)
                continue;
            triggers.append({at, start + match.capturedEnd(0), entry.type, entry.isVerb, entry.isWeak});
        }
    }
    std::sort(triggers.begin(), triggers.end(), [](const EventTrigger &a, const EventTrigger &b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    QList<EventTrigger> kept;
    for (const auto &trigger : std::as_const(triggers)) {
        if (!kept.isEmpty() && trigger.start < kept.back().end)
            continue;
        kept << trigger;
    }
    return kept;
}

} // namespace Attache
