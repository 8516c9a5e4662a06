#include "analyze/eventlexicon.h"

#include "analyze/scriptlanguage.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// A word character as the lexicon sees it: what \w matches with Unicode properties, and the
// hyphen, so that "counter-sanctions" is one word and "sanctions" is not found inside it.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-'
        || c.category() == QChar::Punctuation_Connector;
}

QString firstWord(const QString &phrase)
{
    qsizetype end = 0;
    while (end < phrase.size() && isWordCharacter(phrase.at(end)))
        ++end;
    return phrase.left(end);
}

QHash<QString, QStringList> byFirstWord(const QStringList &phrases)
{
    QHash<QString, QStringList> index;
    for (const auto &phrase : phrases) {
        const auto simplified = phrase.simplified();
        if (!simplified.isEmpty())
            index[firstWord(simplified)] << simplified;
    }
    for (auto &list : index) {
        list.removeDuplicates();
        std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
    return index;
}

// The end of `phrase` matched at `at` in `text` (case-insensitively, a space matching one or
// more white-space characters, ending at a word boundary), or -1.
qsizetype matchEnd(QStringView text, qsizetype at, const QString &phrase)
{
    qsizetype j = at;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const auto wanted = phrase.at(i);
        if (wanted == u' ') {
            if (j >= text.size() || !text.at(j).isSpace())
                return -1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            continue;
        }
        if (j >= text.size() || text.at(j).toLower() != wanted)
            return -1;
        ++j;
    }
    if (j < text.size() && isWordCharacter(text.at(j)))
        return -1;
    return j;
}

// The other languages' words of one type: written forms, and stems ("rencontr*") of at least
// StemHead letters. Arabic writes the article ال, the conjunctions و ("and") and ف ("so") and
// the prepositions ب ("with") and ل ("for") as one word with what follows ("واجتمع", "بالزيارة"),
// so each Arabic form is also listed with them.
void addLanguageForms(const QString &language, const QStringList &forms, QStringList &phrases,
                      QHash<QString, QStringList> &stemsByHead, qsizetype stemHead)
{
    for (const auto &form : forms) {
        QStringList written{form};
        if (language == u"ar"_s) {
            const bool hasArticle = form.startsWith(u"ال"_s);
            if (!hasArticle)
                written << u"ال"_s + form; // "الهجوم", the attack
            for (const auto &word : QStringList(written)) {
                written << u"و"_s + word << u"ف"_s + word << u"ب"_s + word;
                // ل before the article drops its alif: "للهجوم"
                written << (word.startsWith(u"ال"_s) ? QString(u"ل"_s + word.mid(1)) : QString(u"ل"_s + word));
            }
        }
        for (const auto &word : std::as_const(written)) {
            if (word.endsWith(u'*')) {
                const auto stem = word.chopped(1);
                if (stem.size() >= stemHead)
                    stemsByHead[stem.left(stemHead)] << stem;
                else
                    qCWarning(lcAnalyze) << "event lexicon: stem too short:" << word;
            } else {
                phrases << word;
            }
        }
    }
    for (auto &list : stemsByHead)
        std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
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
        if (!verbs.isEmpty())
            m_entries.append({byFirstWord(verbs), type, true, false});
        if (!nouns.isEmpty())
            m_entries.append({byFirstWord(nouns), type, false, false});
        if (!weak.isEmpty())
            m_entries.append({byFirstWord(weak), type, true, true});
        const auto languages = object.value(u"languages"_s).toObject();
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            QStringList phrases;
            QHash<QString, QStringList> stems;
            addLanguageForms(it.key(), toList(it.value()), phrases, stems, StemHead);
            m_entries.append({byFirstWord(phrases), type, false, false, stems, it.key() == u"de"_s, it.key()});
        }
    }
}

const EventLexicon &EventLexicon::instance()
{
    static const EventLexicon lexicon;
    return lexicon;
}

QList<EventTrigger> EventLexicon::find(const QString &text, qsizetype start, qsizetype end, QStringView language) const
{
    const auto primary = primaryLanguage(language);
    QList<EventTrigger> triggers;
    const auto view = QStringView(text).mid(start, end - start);
    // The words of the range, once: where each starts and its lower-case form.
    struct Word
    {
        qsizetype start;
        QString key;
    };
    QList<Word> words;
    for (qsizetype i = 0; i < view.size();) {
        if (!isWordCharacter(view.at(i))) {
            ++i;
            continue;
        }
        qsizetype wordEnd = i;
        while (wordEnd < view.size() && isWordCharacter(view.at(wordEnd)))
            ++wordEnd;
        words.append({i, view.mid(i, wordEnd - i).toString().toLower()});
        i = wordEnd;
    }
    for (const auto &entry : m_entries) {
        if (!entry.language.isEmpty() && entry.language != primary)
            continue;
        qsizetype resumeAt = 0; // matches of one entry do not overlap, as with a global regex match
        for (const auto &word : std::as_const(words)) {
            if (word.start < resumeAt)
                continue;
            // A capitalised trigger inside a sentence is a name ("March", "Strike Force"), not an action.
            const bool isName = !entry.mayBeCapitalised && view.at(word.start).isUpper() && word.start > 0;
            const auto found = entry.phrasesByFirstWord.constFind(word.key);
            if (found != entry.phrasesByFirstWord.cend()) {
                bool isMatched = false;
                for (const auto &phrase : *found) {
                    const auto matchedEnd = matchEnd(view, word.start, phrase);
                    if (matchedEnd < 0)
                        continue;
                    resumeAt = matchedEnd;
                    if (!isName)
                        triggers.append({start + word.start, start + matchedEnd, entry.type, entry.isVerb, entry.isWeak});
                    isMatched = true;
                    break;
                }
                if (isMatched)
                    continue;
            }
            if (entry.stemsByHead.isEmpty() || word.key.size() < StemHead)
                continue;
            const auto stems = entry.stemsByHead.constFind(word.key.left(StemHead));
            if (stems == entry.stemsByHead.cend())
                continue;
            for (const auto &stem : *stems) {
                if (!word.key.startsWith(stem))
                    continue;
                const auto wordEnd = word.start + word.key.size();
                resumeAt = wordEnd;
                if (!isName)
                    triggers.append({start + word.start, start + wordEnd, entry.type, entry.isVerb, entry.isWeak});
                break;
            }
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
