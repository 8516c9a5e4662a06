#include "analyze/nerfeatures.h"

#include "core/textcase.h"


#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace Attache {

namespace NerLabel {

QStringView typeName(int type)
{
    static constexpr std::array names{u"PERSON", u"ORG", u"GPE", u"LOC", u"NORP", u"FAC"};
    return type >= 0 && type < TypeCount ? QStringView(names[size_t(type)]) : QStringView();
}

int typeFromName(QStringView name)
{
    for (int type = 0; type < TypeCount; ++type) {
        if (typeName(type) == name)
            return type;
    }
    return -1;
}

} // namespace NerLabel

namespace {

// Feature templates: a feature's hash mixes its template with its values, so the same word as the
// current and as the next token are different features.
enum Template : quint64 {
    Bias = 1,
    Word,
    Shape,
    ShortShape,
    Prefix1,
    Prefix2,
    Prefix3,
    Suffix2,
    Suffix3,
    Suffix4,
    PreviousWord,
    NextWord,
    SecondPreviousWord,
    SecondNextWord,
    PreviousShape,
    NextShape,
    PreviousAndWord,
    WordAndNext,
    PreviousLabel,
    TwoPreviousLabels,
    PreviousLabelAndWord,
    PreviousLabelAndShape,
    SentenceStartShape,
    ShoutedLine,
    HeadlineLineShape,
    SeenLowercase,
    GazetteerHere,
    GazetteerPrevious,
    GazetteerNext,
    WordClassBit,
    NextWordClassBit,
    PreviousWordClassBit,
    EarlierLabel,
    EarlierLabelAndShape,
    PreviousAndNextShape,
    NextPunctuation,
    LexiconClass,
    LexiconClassAtSentenceStart,
    LexiconClassAndPreviousWord,
    LexiconClassAndNextClass,
    ArabicStem,
    PreviousArabicStem,
    NextArabicStem,
    ArabicStemPrefix2,
    ArabicStemSuffix2,
    ArabicStemSuffix3,
    ArabicStemPrefix3,
};

constexpr quint64 mix(quint64 x)
{
    // splitmix64's finaliser: cheap, and spreads close values (template ids, small labels) apart.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 feature(Template t, quint64 a, quint64 b = 0)
{
    return mix(mix(quint64(t) * 0x100000001b3ULL ^ a) ^ b);
}

constexpr quint64 NoToken = 0x5bd1e995ULL; // the value of a neighbour beyond the text

char16_t shapeClass(QChar c)
{
    if (c.isUpper() || c.isTitleCase())
        return u'X';
    if (c.isLower())
        return u'x';
    if (c.isDigit())
        return u'd';
    if (c.isLetter())
        return u'l'; // scripts without case
    return c.unicode();
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'。' || c == u'؟';
}

bool isQuoteOrBracket(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'“' || c == u'”' || c == u'‘' || c == u'’' || c == u')'
           || c == u'«' || c == u'»';
}

// The letters of a word's stem, normalised (arabicStemLetters): letters[start, end).
struct ArabicStemLetters
{
    static constexpr qsizetype MaxLetters = 48;
    std::array<char16_t, MaxLetters> letters{};
    qsizetype start = 0;
    qsizetype end = 0;

    quint64 hash(qsizetype from, qsizetype to) const
    {
        quint64 hash = PhraseHash::Seed;
        for (qsizetype k = from; k < to; ++k)
            hash = (hash ^ letters[size_t(k)]) * 1099511628211ULL;
        return hash;
    }
};

// An Arabic word as news writes it in all its forms: without short-vowel marks and tatweel, with
// one alif for أ إ آ ٱ, ي for ى and ه for ة (spelt either way, "إلى" / "الي"), and without the
// clitics written joined before it: the conjunctions و and ف, the prepositions ب ل ك and the article
// ال ("وإسرائيل", "بالعراق", "للأمم" are إسرائيل, عراق, امم). What is left keeps at least three
// letters after a one-letter clitic and two after the article, so that a short word is not cut to
// nothing ("ولد" stays). Empty (end 0) for a word that is not in Arabic script.
ArabicStemLetters arabicStemLetters(QStringView word)
{
    ArabicStemLetters stem;
    if (word.isEmpty() || word.front().script() != QChar::Script_Arabic)
        return stem;
    auto &letters = stem.letters;
    qsizetype n = 0;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (isArabicMark(u))
            continue;
        if (u == u'أ' || u == u'إ' || u == u'آ' || u == u'ٱ')
            u = u'ا';
        else if (u == u'ى')
            u = u'ي';
        else if (u == u'ة')
            u = u'ه';
        if (n == ArabicStemLetters::MaxLetters)
            break;
        letters[size_t(n++)] = u;
    }
    constexpr qsizetype MinimumStem = 3;
    qsizetype start = 0;
    const auto at = [&](qsizetype k) { return start + k < n ? letters[size_t(start + k)] : char16_t(0); };
    if ((at(0) == u'و' || at(0) == u'ف') && n - start - 1 >= MinimumStem)
        ++start;
    if (at(0) == u'ل' && at(1) == u'ل' && n - start - 2 >= MinimumStem - 1) {
        start += 2; // ل before the article drops its alif: للعراق
    } else {
        if ((at(0) == u'ب' || at(0) == u'ل' || at(0) == u'ك') && n - start - 1 >= MinimumStem)
            ++start;
        if (at(0) == u'ا' && at(1) == u'ل' && n - start - 2 >= MinimumStem - 1)
            start += 2;
    }
    stem.start = start;
    stem.end = n;
    return stem;
}

// The hash of a word's stem; 0 for a word that is not in Arabic script.
quint64 arabicStemHash(QStringView word)
{
    const auto stem = arabicStemLetters(word);
    return stem.end ? stem.hash(stem.start, stem.end) : 0;
}

} // namespace

NerFeatures::NerFeatures(QStringView text, const QList<TextToken> &tokens, const Gazetteer &gazetteer,
                         const NerLexicon *lexicon)
    : m_text(text), m_tokens(tokens), m_gazetteer(gazetteer), m_lexicon(lexicon), m_info(size_t(tokens.size()))
{
    for (const auto &token : m_tokens) {
        if (token.isWord && token.isLower)
            m_lowercaseWords.push_back(token.foldedHash);
    }
    std::sort(m_lowercaseWords.begin(), m_lowercaseWords.end());
    findSentenceStarts();
    markGazetteerPhrases();
    classifyLines();
}

void NerFeatures::findSentenceStarts()
{
    bool afterSentenceEnd = true;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const auto &token = m_tokens.at(i);
        const QChar first = m_text.at(token.start);
        m_info[size_t(i)].isSentenceStart = afterSentenceEnd || token.hasNewlineBefore;
        if (token.isWord) {
            afterSentenceEnd = false;
        } else if (isSentenceEnd(first)) {
            // "U.S.", "Gen." and "Mr." end no sentence: one letter, or a short capitalised word.
            const auto &before = i > 0 ? m_tokens.at(i - 1) : token;
            const qsizetype beforeLength = before.end - before.start;
            const bool isAbbreviation = i > 0 && before.isWord && !token.hasSpaceBefore
                                        && (beforeLength == 1 || (before.isCapitalised && beforeLength <= 3));
            afterSentenceEnd = !isAbbreviation;
        } else if (!isQuoteOrBracket(first)) {
            afterSentenceEnd = false;
        }
    }
}

NerFeatures::Affixes NerFeatures::affixesOf(QStringView word)
{
    // The affixes hashed as PhraseHash::token(…, true) hashes them, each character folded once:
    // a prefix's hash is the state of its longer prefix's hash after its own characters.
    Affixes affixes;
    const qsizetype length = word.size();
    quint64 prefix = PhraseHash::Seed;
    for (qsizetype k = 0; k < 3 && length > k + 1; ++k) {
        prefix = (prefix ^ caseFolded(word[k].unicode())) * 1099511628211ULL;
        affixes.prefix[k] = prefix;
    }
    std::array<char16_t, 4> ending{};
    const qsizetype endingLength = std::min<qsizetype>(length, 4);
    for (qsizetype k = 0; k < endingLength; ++k)
        ending[size_t(4 - endingLength + k)] = caseFolded(word[length - endingLength + k].unicode());
    for (qsizetype k = 0; k < 3 && length > k + 2; ++k) {
        quint64 suffix = PhraseHash::Seed;
        for (qsizetype c = 4 - (k + 2); c < 4; ++c)
            suffix = (suffix ^ ending[size_t(c)]) * 1099511628211ULL;
        affixes.suffix[k] = suffix;
    }
    return affixes;
}

quint64 NerFeatures::spellingKey(qsizetype i) const
{
    // TextToken::hash leaves Arabic marks out, which the shapes and affixes count: this one is
    // over every code unit.
    const auto &token = m_tokens.at(i);
    quint64 key = PhraseHash::Seed;
    for (qsizetype k = token.start; k < token.end; ++k)
        key = (key ^ m_text[k].unicode()) * 1099511628211ULL;
    return key != 0 ? key : 1;
}

const NerFeatures::TokenInfo &NerFeatures::described(qsizetype i) const
{
    auto &info = m_info[size_t(i)];
    if (info.isDescribed)
        return info;
    info.isDescribed = true;
    const auto &token = m_tokens.at(i);
    const QStringView word = m_text.sliced(token.start, token.end - token.start);
    // The shapes are hashed as PhraseHash::token() would hash their text, without building it.
    quint64 shape = PhraseHash::Seed;
    quint64 shortShape = PhraseHash::Seed;
    char16_t last = 0;
    int run = 0;
    for (QChar c : word) {
        const char16_t cls = shapeClass(c);
        run = cls == last ? run + 1 : 1;
        if (run <= 4)
            shape = (shape ^ cls) * 1099511628211ULL;
        if (run == 1)
            shortShape = (shortShape ^ cls) * 1099511628211ULL;
        last = cls;
    }
    info.shape = shape;
    info.shortShape = shortShape;
    if (token.isWord) {
        info.wordClass = m_gazetteer.wordClass(token.hash);
        info.arabicStem = arabicStemHash(word);
        info.isSeenLowercase = !token.isLower && std::binary_search(m_lowercaseWords.begin(), m_lowercaseWords.end(), token.foldedHash);
        if (m_lexicon && !token.isLower)
            info.lexiconClass = m_lexicon->classify(word, token.foldedHash);
    }
    return info;
}

void NerFeatures::markGazetteerPhrases()
{
    // Longest phrase first, left to right, in exact case; lines in capitals also match folded.
    constexpr qsizetype MaxPhraseTokens = 8;
    const qsizetype n = m_tokens.size();
    for (qsizetype i = 0; i < n;) {
        if (!m_tokens.at(i).isWord) {
            ++i;
            continue;
        }
        qsizetype bestLast = -1;
        Gazetteer::Phrase best;
        for (int folded = 0; folded < 2; ++folded) {
            quint64 hash = PhraseHash::Seed;
            for (qsizetype k = i; k < n && k < i + MaxPhraseTokens; ++k) {
                const auto &token = m_tokens.at(k);
                hash = PhraseHash::extend(hash, folded ? token.foldedHash : token.hash, k > i && token.hasSpaceBefore);
                const auto phrase = m_gazetteer.phrase(hash, folded);
                if (phrase.kind != Gazetteer::PhraseKind::None && k > bestLast) {
                    bestLast = k;
                    best = phrase;
                }
                if (!phrase.isPrefix)
                    break;
            }
            if (!m_tokens.at(i).isAllCaps)
                break; // folded matching only for words in capitals
        }
        if (bestLast < 0) {
            ++i;
            continue;
        }
        quint64 kind = quint64(best.kind) * 16;
        if (best.kind == Gazetteer::PhraseKind::Entity)
            kind += 1 + quint64(m_gazetteer.entities().at(best.entity).type);
        for (qsizetype k = i; k <= bestLast; ++k)
            m_info[size_t(k)].gazetteer = kind * 2 + (k == i ? 0 : 1) + 1;
        i = bestLast + 1;
    }
}

void NerFeatures::classifyLines()
{
    const qsizetype n = m_tokens.size();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && (i == lineStart || !m_tokens.at(i).hasNewlineBefore))
            continue;
        int words = 0;
        int capitals = 0;
        int capitalised = 0;
        for (qsizetype k = lineStart; k < i; ++k) {
            const auto &token = m_tokens.at(k);
            if (!token.isWord || token.end - token.start < 2)
                continue;
            ++words;
            capitals += token.isAllCaps;
            capitalised += token.isCapitalised;
        }
        const bool isShouted = words >= 3 && capitals * 4 >= words * 3;
        const bool isHeadline = words >= 3 && !isShouted && capitalised * 3 >= words * 2;
        for (qsizetype k = lineStart; k < i; ++k) {
            m_info[size_t(k)].isShoutedLine = isShouted;
            m_info[size_t(k)].isHeadlineLine = isHeadline;
        }
        lineStart = i;
    }
}

int NerFeatures::features(qsizetype i, int previousLabel, int labelBeforePrevious, int earlierLabelOfWord,
                          FeatureList &out, bool isWordKnown) const
{
    int count = 0;
    const auto add = [&](quint64 f) { out[size_t(count++)] = f; };
    const auto &token = m_tokens.at(i);
    const auto &info = described(i);
    const qsizetype n = m_tokens.size();
    const auto wordAt = [&](qsizetype k) { return k >= 0 && k < n ? m_tokens.at(k).foldedHash : NoToken; };
    const auto shapeAt = [&](qsizetype k) { return k >= 0 && k < n ? described(k).shortShape : NoToken; };
    const auto gazetteerAt = [&](qsizetype k) { return k >= 0 && k < n ? m_info[size_t(k)].gazetteer : 0; };

    const quint64 word = token.foldedHash;
    if (isWordKnown) {
        count = wordFeatureCount(i);
    } else {
        add(feature(Bias, 0));
        add(feature(Word, word));
        add(feature(Shape, info.shape));
        add(feature(ShortShape, info.shortShape));
        if (token.isWord) {
            const auto affixes = affixesOf(m_text.sliced(token.start, token.end - token.start));
            add(feature(Prefix1, affixes.prefix[0]));
            add(feature(Prefix2, affixes.prefix[1]));
            add(feature(Prefix3, affixes.prefix[2]));
            add(feature(Suffix2, affixes.suffix[0]));
            add(feature(Suffix3, affixes.suffix[1]));
            add(feature(Suffix4, affixes.suffix[2]));
        }
        Q_ASSERT(count == wordFeatureCount(i));
    }
    add(feature(PreviousWord, wordAt(i - 1)));
    add(feature(NextWord, wordAt(i + 1)));
    add(feature(SecondPreviousWord, wordAt(i - 2)));
    add(feature(SecondNextWord, wordAt(i + 2)));
    add(feature(PreviousShape, shapeAt(i - 1)));
    add(feature(NextShape, shapeAt(i + 1)));
    add(feature(PreviousAndNextShape, shapeAt(i - 1), shapeAt(i + 1)));
    add(feature(PreviousAndWord, wordAt(i - 1), word));
    add(feature(WordAndNext, word, wordAt(i + 1)));
    if (i + 1 < n && !m_tokens.at(i + 1).isWord)
        add(feature(NextPunctuation, m_tokens.at(i + 1).hash, token.hasSpaceBefore));
    add(feature(PreviousLabel, quint64(previousLabel)));
    add(feature(TwoPreviousLabels, quint64(previousLabel), quint64(labelBeforePrevious)));
    add(feature(PreviousLabelAndWord, quint64(previousLabel), word));
    add(feature(PreviousLabelAndShape, quint64(previousLabel), info.shortShape));
    add(feature(SentenceStartShape, info.isSentenceStart, info.shortShape));
    if (info.isShoutedLine)
        add(feature(ShoutedLine, 1));
    if (info.isHeadlineLine)
        add(feature(HeadlineLineShape, info.shortShape));
    if (info.isSeenLowercase)
        add(feature(SeenLowercase, info.isSentenceStart));
    if (info.gazetteer)
        add(feature(GazetteerHere, info.gazetteer));
    if (gazetteerAt(i - 1))
        add(feature(GazetteerPrevious, gazetteerAt(i - 1)));
    if (gazetteerAt(i + 1))
        add(feature(GazetteerNext, gazetteerAt(i + 1)));
    if (info.arabicStem) {
        const auto stemAt = [&](qsizetype k) { return k >= 0 && k < n ? described(k).arabicStem : NoToken; };
        add(feature(ArabicStem, info.arabicStem));
        add(feature(PreviousArabicStem, stemAt(i - 1)));
        add(feature(NextArabicStem, stemAt(i + 1)));
        const auto stem = arabicStemLetters(m_text.sliced(token.start, token.end - token.start));
        const qsizetype length = stem.end - stem.start;
        if (length > 2) {
            add(feature(ArabicStemPrefix2, stem.hash(stem.start, stem.start + 2)));
            add(feature(ArabicStemSuffix2, stem.hash(stem.end - 2, stem.end)));
        }
        if (length > 3) {
            add(feature(ArabicStemSuffix3, stem.hash(stem.end - 3, stem.end)));
            add(feature(ArabicStemPrefix3, stem.hash(stem.start, stem.start + 3)));
        }
    }
    // A feature for each class bit set, lowest first, while room is left below `limit`.
    const auto addClassBits = [&](Template kind, quint16 classes, int limit) {
        for (unsigned bits = classes; bits && count < limit; bits &= bits - 1)
            add(feature(kind, quint64(std::countr_zero(bits))));
    };
    addClassBits(WordClassBit, info.wordClass, CoreFeatures - 8);
    if (i + 1 < n && m_tokens.at(i + 1).isWord)
        addClassBits(NextWordClassBit, described(i + 1).wordClass, CoreFeatures - 6);
    if (i > 0 && m_tokens.at(i - 1).isWord)
        addClassBits(PreviousWordClassBit, described(i - 1).wordClass, CoreFeatures - 4);
    if (earlierLabelOfWord >= 0 && token.isWord && !token.isLower) {
        const int earlierType = NerLabel::typeOf(earlierLabelOfWord);
        add(feature(EarlierLabel, quint64(earlierType + 1)));
        add(feature(EarlierLabelAndShape, quint64(earlierType + 1), info.shortShape));
    }
    if (m_lexicon && info.lexiconClass != NerLexicon::Unknown) {
        const quint64 lexiconClass = info.lexiconClass;
        const auto nextClass = i + 1 < n ? described(i + 1).lexiconClass : NerLexicon::Unknown;
        add(feature(LexiconClass, lexiconClass));
        add(feature(LexiconClassAtSentenceStart, lexiconClass, info.isSentenceStart));
        add(feature(LexiconClassAndPreviousWord, lexiconClass, wordAt(i - 1)));
        add(feature(LexiconClassAndNextClass, lexiconClass, quint64(nextClass)));
    }
    return count;
}

} // namespace Attache
