#include "analyze/eventlexicon.h"

#include "analyze/scriptlanguage.h"
#include "core/logging.h"
#include "core/textcase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>
#include <vector>

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
[[gnu::noinline]] bool isNonAsciiWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Punctuation_Connector;
}

// Per ASCII unit: the unit in lower case if it is a word character, else 0. One look-up classifies
// and lowers nearly every character of every sentence.
constexpr std::array<char16_t, 128> asciiWordLowerCase = [] {
    std::array<char16_t, 128> table{};
    for (char16_t unit = 0; unit < 128; ++unit) {
        if ((unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9') || unit == u'_' || unit == u'-')
            table[unit] = unit;
        else if (unit >= u'A' && unit <= u'Z')
            table[unit] = unit + (u'a' - u'A');
    }
    return table;
}();

inline bool isWordCharacter(QChar c)
{
    // Every character of every sentence goes through here: ASCII inline, without Unicode tables.
    if (const char16_t u = c.unicode(); u < 0x80)
        return asciiWordLowerCase[u] != 0;
    return isNonAsciiWordCharacter(c);
}

// The filter bits are drawn from an FNV-1a hash of a key's UTF-16 units, fed one at a time, so
// that a word of a sentence is hashed while it is read.
class FilterHash
{
public:
    void add(char16_t unit) { m_value = (m_value ^ unit) * 1099511628211ULL; }
    void add(QStringView text)
    {
        for (const QChar c : text)
            add(c.unicode());
    }
    int bit() const { return int(m_value >> 48); }

private:
    quint64 m_value = 14695981039346656037ULL;
};

// A word of a sentence: where it ends, and the filter hash of its lower case.
struct ScannedWord
{
    qsizetype end = 0;
    FilterHash hash;
    // Lowered unit by unit, as QString::toLower() lowers nearly every word in any script: not so
    // with U+0130 (İ), which lowers to two units.
    bool isUnitWise = true;
};

// The word starting at `at` of `text`, in one pass over its characters. Nearly every word starts
// no phrase and no stem and is dropped after this, never copied.
ScannedWord scanWord(QStringView text, qsizetype at)
{
    ScannedWord word;
    for (word.end = at; word.end < text.size(); ++word.end) {
        const char16_t unit = text.at(word.end).unicode();
        char16_t lower = 0;
        if (unit < 0x80) {
            lower = asciiWordLowerCase[unit];
            if (lower == 0)
                break;
        } else {
            if (!isNonAsciiWordCharacter(QChar(unit)))
                break;
            lower = lowerCase(unit);
            word.isUnitWise = word.isUnitWise && unit != 0x0130;
        }
        word.hash.add(lower);
    }
    if (!word.isUnitWise) {
        word.hash = {};
        word.hash.add(text.sliced(at, word.end - at).toString().toLower());
    }
    return word;
}

using WordBuffer = std::array<QChar, 64>;

// A word (scanWord()) in lower case, as QString::toLower() gives it. Lowered unit by unit into
// `buffer` where it can be (nearly always), it is returned without a copy or an allocation and is
// valid until the buffer is written again.
QString lowerCaseKey(QStringView word, bool isUnitWise, WordBuffer &buffer)
{
    if (!isUnitWise || word.size() > qsizetype(buffer.size()))
        return word.toString().toLower();
    QChar *out = buffer.data();
    for (const QChar c : word)
        *out++ = QChar(lowerCase(c.unicode()));
    return QString::fromRawData(buffer.data(), word.size());
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
    // Every language's index holds the English entries: those are indexed once, and another
    // language's index starts as a copy (shared until written) to which its own entries are added.
    // Each key's entries stay in entry order.
    const auto addToIndex = [this](WordIndex &index, int entryIndex) {
        const auto &entry = m_entries.at(entryIndex);
        const auto add = [entryIndex](QList<int> &entries) {
            entries.insert(std::upper_bound(entries.cbegin(), entries.cend(), entryIndex), entryIndex);
        };
        for (auto it = entry.phrasesByFirstWord.cbegin(); it != entry.phrasesByFirstWord.cend(); ++it) {
            add(index.entriesByFirstWord[it.key()]);
            index.firstWordBits.setBit(filterBit(it.key()));
        }
        for (auto it = entry.stemsByHead.cbegin(); it != entry.stemsByHead.cend(); ++it) {
            add(index.entriesByStemHead[it.key()]);
            index.stemHeadBits.setBit(filterBit(it.key()));
        }
    };
    WordIndex english;
    for (int entryIndex = 0; entryIndex < m_entries.size(); ++entryIndex) {
        if (m_entries.at(entryIndex).language.isEmpty())
            addToIndex(english, entryIndex);
    }
    m_indexByLanguage.insert(QString(), english);
    for (int entryIndex = 0; entryIndex < m_entries.size(); ++entryIndex) {
        const auto &language = m_entries.at(entryIndex).language;
        if (language.isEmpty())
            continue;
        auto index = m_indexByLanguage.find(language);
        if (index == m_indexByLanguage.end())
            index = m_indexByLanguage.insert(language, english);
        addToIndex(*index, entryIndex);
    }
}

const EventLexicon &EventLexicon::instance()
{
    static const EventLexicon lexicon;
    return lexicon;
}

QList<EventTrigger> EventLexicon::find(const QString &text, qsizetype start, qsizetype end, QStringView language) const
{
    if (m_entries.isEmpty())
        return {};
    const auto view = QStringView(text).mid(start, end - start);
    auto index = m_indexByLanguage.constFind(primaryLanguage(language));
    if (index == m_indexByLanguage.cend())
        index = m_indexByLanguage.constFind(QString());
    const auto &byFirstWord = index->entriesByFirstWord;
    const auto &byStemHead = index->entriesByStemHead;
    struct Found
    {
        EventTrigger trigger;
        int entry;
    };
    QList<Found> found;
    // Matches of one entry do not overlap, as with a global regex match per entry. Only the few
    // entries that matched in this sentence have a place to resume from: a table over every
    // entry of every language, cleared for each sentence, cost more than the search.
    std::vector<std::pair<int, qsizetype>> resumeAt; // entry -> end of its last match
    const auto resumeOf = [&resumeAt](int entryIndex) {
        return std::find_if(resumeAt.begin(), resumeAt.end(), [entryIndex](const auto &resume) { return resume.first == entryIndex; });
    };
    QList<int> merged;
    WordBuffer buffer;
    for (qsizetype wordStart = 0; wordStart < view.size();) {
        if (!isWordCharacter(view.at(wordStart))) {
            ++wordStart;
            continue;
        }
        const auto word = scanWord(view, wordStart);
        const qsizetype at = wordStart;
        wordStart = word.end;
        // Only another language's words have stems, and any of its words may start one.
        const bool mayStartPhrase = index->firstWordBits.testBit(word.hash.bit());
        if (!mayStartPhrase && byStemHead.isEmpty())
            continue;
        const auto key = lowerCaseKey(view.sliced(at, word.end - at), word.isUnitWise, buffer);
        // The entries with a phrase starting with this word or a stem starting like it, in entry order.
        const QList<int> *byWord = nullptr;
        if (mayStartPhrase) {
            if (const auto it = byFirstWord.constFind(key); it != byFirstWord.cend())
                byWord = &*it;
        }
        const QList<int> *byHead = nullptr;
        if (key.size() >= StemHead && !byStemHead.isEmpty()
            && index->stemHeadBits.testBit(filterBit(QStringView(key).first(StemHead)))) {
            if (const auto it = byStemHead.constFind(stemHeadOf(key)); it != byStemHead.cend())
                byHead = &*it;
        }
        if (!byWord && !byHead)
            continue;
        const QList<int> *candidates = byWord ? byWord : byHead;
        if (byWord && byHead) {
            merged.clear();
            std::set_union(byWord->cbegin(), byWord->cend(), byHead->cbegin(), byHead->cend(), std::back_inserter(merged));
            candidates = &merged;
        }
        for (const int entryIndex : *candidates) {
            const auto resume = resumeOf(entryIndex);
            if (resume != resumeAt.end() && at < resume->second)
                continue;
            const auto &entry = m_entries.at(entryIndex);
            const auto matchedEnd = entryMatchEnd(entry, view, at, key);
            if (matchedEnd < 0)
                continue;
            if (resume != resumeAt.end())
                resume->second = matchedEnd;
            else
                resumeAt.emplace_back(entryIndex, matchedEnd);
            // A capitalised trigger inside a sentence is a name ("March", "Strike Force"), not an action.
            const bool isName = !entry.mayBeCapitalised && view.at(at).isUpper() && at > 0;
            if (!isName)
                found.append({{start + at, start + matchedEnd, entry.type, entry.isVerb, entry.isWeak}, entryIndex});
        }
    }
    // At one place the longest trigger wins, and of equally long ones the earlier entry.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.trigger.start != b.trigger.start)
            return a.trigger.start < b.trigger.start;
        const auto lengthA = a.trigger.end - a.trigger.start;
        const auto lengthB = b.trigger.end - b.trigger.start;
        return lengthA != lengthB ? lengthA > lengthB : a.entry < b.entry;
    });
    QList<EventTrigger> kept;
    for (const auto &match : std::as_const(found)) {
        if (!kept.isEmpty() && match.trigger.start < kept.back().end)
            continue;
        kept << match.trigger;
    }
    return kept;
}

int EventLexicon::filterBit(QStringView key)
{
    FilterHash hash;
    hash.add(key);
    return hash.bit();
}

// The first StemHead letters of `key`, as a key of the stem tables, without a copy: a look-up per
// word of every dated sentence.
QString EventLexicon::stemHeadOf(const QString &key)
{
    return QString::fromRawData(key.constData(), std::min(key.size(), StemHead));
}

qsizetype EventLexicon::entryMatchEnd(const Entry &entry, QStringView view, qsizetype at, const QString &key)
{
    // A written phrase first, the longest that matches; then a stem the word begins with.
    if (const auto phrases = entry.phrasesByFirstWord.constFind(key); phrases != entry.phrasesByFirstWord.cend()) {
        for (const auto &phrase : *phrases) {
            if (const auto matchedEnd = matchEnd(view, at, phrase); matchedEnd >= 0)
                return matchedEnd;
        }
    }
    if (key.size() < StemHead)
        return -1;
    const auto stems = entry.stemsByHead.constFind(stemHeadOf(key));
    if (stems == entry.stemsByHead.cend())
        return -1;
    for (const auto &stem : *stems) {
        if (key.startsWith(stem))
            return at + key.size();
    }
    return -1;
}

} // namespace Attache
