#include "analyze/nerlexicon.h"

#include "analyze/gazetteer.h"
#include "analyze/scriptlanguage.h"
#include "core/logging.h"

#include <QFile>
#include <QHash>

#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// The endings of a German noun's plural and dative plural: a capitalised word that the list also
// has with one of them is a noun ("Regierung", "Regierungen"); a name has at most its genitive
// ("Merkel", "Merkels"). "-er" is left out: it makes "Berliner" of "Berlin".
constexpr std::array PluralEndings{u"e", u"n", u"en", u"nen"};
// The forms a noun's stem takes, marked as the noun too once its plural is known.
constexpr std::array NounEndings{u"e", u"n", u"en", u"nen", u"s", u"es", u"ns"};

// The shortest tail of a compound that counts as its head noun, and the shortest head it leaves.
constexpr qsizetype MinimumHead = 4;
constexpr qsizetype MinimumModifier = 3;

// Tells lexicons apart for the threads' caches of classes (an address may be reused).
std::atomic<quint64> nextSerial{0};

// How many words' classes a thread keeps before it starts over.
constexpr qsizetype MaxCachedClasses = 1 << 16;
// The small table in front of them (NerLexicon::classify): 32 KB, a class (plus one, so that a
// filled slot is never 0) in the three bits of the hash it does not keep.
constexpr size_t FrontSlots = 4096;
constexpr quint64 FrontClassMask = 7;

// Set once the German word list has been read.
std::atomic<bool> isGermanLoaded{false};

} // namespace

const NerLexicon *NerLexicon::forLanguage(QStringView language)
{
    if (!isLanguage(language, u"de"))
        return nullptr;
    static const NerLexicon german = [] {
        NerLexicon lexicon(u":/knowledge/words-de.txt"_s);
        if (!lexicon.isValid())
            qCWarning(lcAnalyze) << "German word list missing (install wngerman and rebuild): German entities are "
                                    "found without it";
        isGermanLoaded.store(true);
        return lexicon;
    }();
    return german.isValid() ? &german : nullptr;
}

bool NerLexicon::isLoaded(QStringView language)
{
    return isLanguage(language, u"de") && isGermanLoaded.load();
}

bool NerLexicon::needsLoading(QStringView language)
{
    return isLanguage(language, u"de") && !isGermanLoaded.load();
}

NerLexicon::NerLexicon(const QString &path)
    : m_serial(nextSerial.fetch_add(1) + 1)
{
    // On the first German text's path, so one pass over the bytes: no strings are built, each word
    // is hashed as PhraseHash::token(word, true) hashes it, straight from its UTF-8. Plural forms are
    // looked up when a word is classified, by extending its hash (PhraseHash runs left to right).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    const qsizetype lines = bytes.count('\n') + 1;
    quint64 size = 1024;
    while (size < quint64(lines) * 5 / 4)
        size *= 2;
    m_slots.assign(size, 0);
    m_mask = size - 1;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        quint64 hash = PhraseHash::Seed;
        bool isFirst = true;
        bool isWord = false;
        quint8 bit = 0;
        for (; p < end && *p != '\n'; ++p) {
            char32_t c = *p;
            if (c >= 0x80) { // two or three bytes: every German letter is in the BMP
                const int extra = c >= 0xe0 ? 2 : 1;
                c &= extra == 2 ? 0x0f : 0x1f;
                for (int k = 0; k < extra && p + 1 < end; ++k)
                    c = (c << 6) | (*++p & 0x3f);
            }
            if (c == '\r' || c > 0xffff)
                continue;
            const QChar ch{char16_t(c)};
            if (isFirst) {
                isWord = ch.isLetter();
                bit = ch.isUpper() ? Capitalised : Lowercase;
                isFirst = false;
            }
            hash = (hash ^ QChar::toCaseFolded(char16_t(c))) * 1099511628211ULL;
        }
        ++p; // the newline
        if (isWord)
            insert(hash, bit);
    }
}

void NerLexicon::insert(quint64 foldedHash, quint8 bits)
{
    const quint64 key = foldedHash | KeyMark;
    for (quint64 slot = foldedHash & m_mask;; slot = (slot + 1) & m_mask) {
        if (m_slots[slot] == 0) {
            m_slots[slot] = (key & ~quint64(BitMask)) | bits;
            ++m_count;
            return;
        }
        if ((m_slots[slot] & ~quint64(BitMask)) == (key & ~quint64(BitMask))) {
            m_slots[slot] |= bits;
            return;
        }
    }
}

quint8 NerLexicon::bitsOf(quint64 foldedHash) const
{
    if (m_slots.empty())
        return 0;
    const quint64 key = (foldedHash | KeyMark) & ~quint64(BitMask);
    for (quint64 slot = foldedHash & m_mask;; slot = (slot + 1) & m_mask) {
        const quint64 value = m_slots[slot];
        if (value == 0)
            return 0;
        if ((value & ~quint64(BitMask)) == key)
            return quint8(value & BitMask);
    }
}

quint64 NerLexicon::extended(quint64 hash, const char16_t *ending)
{
    for (; *ending; ++ending)
        hash = (hash ^ QChar::toCaseFolded(*ending)) * 1099511628211ULL;
    return hash;
}

bool NerLexicon::hasPlural(quint64 foldedHash) const
{
    return std::any_of(PluralEndings.begin(), PluralEndings.end(), [&](const char16_t *ending) {
        return bitsOf(extended(foldedHash, ending)) & Capitalised;
    });
}

bool NerLexicon::isNoun(QStringView word, quint64 foldedHash) const
{
    const quint8 bits = bitsOf(foldedHash);
    if (!(bits & Capitalised) || (bits & Lowercase))
        return false;
    if (hasPlural(foldedHash))
        return true;
    // A form of a noun whose plural the list has: "Ministers", "Regierungen".
    for (const char16_t *ending : NounEndings) {
        const qsizetype length = std::char_traits<char16_t>::length(ending);
        if (word.size() <= length + 1 || !word.endsWith(QStringView(ending), Qt::CaseInsensitive))
            continue;
        const quint64 stem = PhraseHash::token(word.chopped(length), true);
        if ((bitsOf(stem) & Capitalised) && hasPlural(stem))
            return true;
    }
    return false;
}

static_assert(NerLexicon::Absent + 1 <= FrontClassMask, "a class and its slot's mark fit in the bits the slot does not keep");

NerLexicon::Class NerLexicon::classify(QStringView word, quint64 foldedHash) const
{
    if (word.isEmpty() || !word.front().isLetter())
        return Unknown;
    // A class depends on the case-folded word alone, and news repeats its words: each thread keeps
    // the classes it worked out, which spares the probes of the plural and compound lookups.
    // The commonest words' classes also sit in a small table in front of it, one slot per few
    // bits of the hash, that stays in the CPU's caches where the hash table does not: a slot holds
    // the word's hash with the class in its lowest bits.
    thread_local quint64 cacheOwner = 0;
    thread_local QHash<quint64, Class> cache;
    thread_local std::array<quint64, FrontSlots> front{};
    if (cacheOwner != m_serial || cache.size() >= MaxCachedClasses) {
        cache.clear();
        front.fill(0);
        cacheOwner = m_serial;
    }
    quint64 &slot = front[size_t((foldedHash >> 3) & (FrontSlots - 1))];
    if (slot != 0 && (slot & ~FrontClassMask) == (foldedHash & ~FrontClassMask))
        return Class((slot & FrontClassMask) - 1);
    Class wordClass;
    if (const auto it = cache.constFind(foldedHash); it != cache.constEnd()) {
        wordClass = *it;
    } else {
        wordClass = classifyUncached(word, foldedHash);
        cache.insert(foldedHash, wordClass);
    }
    slot = (foldedHash & ~FrontClassMask) | (quint64(wordClass) + 1); // never 0, the empty slot
    return wordClass;
}

NerLexicon::Class NerLexicon::classifyUncached(QStringView word, quint64 foldedHash) const
{
    if (const quint8 bits = bitsOf(foldedHash)) {
        if ((bits & Capitalised) && (bits & Lowercase))
            return BothCases;
        if (bits & Lowercase)
            return LowercaseOnly;
        return isNoun(word, foldedHash) ? Noun : CapitalisedOnly;
    }
    // "Grenzschutzbehörde": the list has few compounds, but their last part is a noun it knows.
    for (qsizetype start = MinimumModifier; start + MinimumHead <= word.size(); ++start) {
        const QStringView head = word.sliced(start);
        if (isNoun(head, PhraseHash::token(head, true)))
            return CompoundNoun;
    }
    return Absent;
}

} // namespace Attache
