#pragma once

#include "analyze/gazetteer.h"
#include "analyze/nerlexicon.h"

#include <QList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

namespace Attache {

// The labels of the learned entity tagger: O, then B- and I- of each type, in EntityType order for
// the types the tagger learns (PERSON, ORG, GPE, LOC, NORP, FAC). FAC has no EntityType of its own
// and is reported as a Location.
namespace NerLabel {
constexpr int Outside = 0;
constexpr int TypeCount = 6;
constexpr int Count = 1 + 2 * TypeCount;
inline int begin(int type) { return 1 + 2 * type; }
inline int inside(int type) { return 2 + 2 * type; }
inline int typeOf(int label) { return label == Outside ? -1 : (label - 1) / 2; }
inline bool isBegin(int label) { return label != Outside && (label - 1) % 2 == 0; }
QStringView typeName(int type); // "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"
int typeFromName(QStringView name); // -1 when the name is none of those
} // namespace NerLabel

// Turns a text's tokens into the hashed features of the learned tagger. Shared by the tagger and
// by its training tool, so that both see exactly the same features: a change here needs a retrained
// model (bump NerFeatures::Version, which the model file records and the tagger checks).
//
// Construct once per text (cost: one pass over the tokens and a gazetteer lookup per word); then
// features(i, …) for each token in order. The facts of a word (shapes, affixes, classes) are
// worked out when features() first asks for them: the tagger scores only the tokens where a name
// may be and their neighbours, a fraction of a text. Not thread-safe; cheap enough to build per call.
//
// With a lexicon (German: NerLexicon::forLanguage), capitalised words also get the lexicon's class
// alone, at a sentence's start or not, and beside the word before them ("der Regierung"): a
// model trained with a lexicon needs it when tagging. Without one the features are exactly those
// of the models trained without, so those need no retraining.
//
// Words in Arabic script also get their stem (the word without marks and joined clitics), the
// stem's first two and three and last two and three letters (the affixes of the word itself are
// mostly its clitics: "وال", "بال") and their neighbours' stems, and the stem is what tells the same
// word apart for the earlier label. Text in other scripts has exactly the features it had before,
// so adding Arabic features retrains the Arabic model alone and keeps the version. (Retraining the
// others would not give their shipped bytes back: their gazetteer features follow gazetteer.json,
// which has grown since they were trained.)
class NerFeatures final
{
public:
    static constexpr quint32 Version = 2;
    static constexpr int CoreFeatures = 48; // at most, without a lexicon
    static constexpr int LexiconFeatures = 4;
    static constexpr int MaxFeatures = CoreFeatures + LexiconFeatures;
    using FeatureList = std::array<quint64, MaxFeatures>;

    NerFeatures(QStringView text, const QList<TextToken> &tokens, const Gazetteer &gazetteer,
                const NerLexicon *lexicon = nullptr);

    qsizetype size() const { return m_tokens.size(); }
    // Features of token i, given the labels already chosen for the tokens before it (the tagger is
    // greedy, left to right) and the label last chosen for the same word earlier in the text
    // (-1: none). Returns how many entries of out are filled. With isWordKnown the first
    // wordFeatureCount(i) entries are counted but not written: the caller has their votes already.
    int features(qsizetype i, int previousLabel, int labelBeforePrevious, int earlierLabelOfWord,
                 FeatureList &out, bool isWordKnown = false) const;
    // The features of token i that its spelling alone decides come first in features(): the bias,
    // the word, its shapes and, for a word, its affixes. How many they are:
    int wordFeatureCount(qsizetype i) const { return m_tokens.at(i).isWord ? 10 : 4; }
    // A hash of token i's exact spelling (never 0): tokens with the same one have the same first
    // wordFeatureCount() features.
    quint64 spellingKey(qsizetype i) const;
    // The key that tells "the same word" for earlierLabelOfWord: case-folded, and the same for
    // the headline's "CARNEY" and the body's "Carney"; in Arabic the word without the clitics
    // joined to it ("وأنان" after "كوفي أنان").
    quint64 wordKey(qsizetype i) const
    {
        const quint64 stem = described(i).arabicStem;
        return stem ? stem : m_tokens.at(i).foldedHash;
    }
    // Whether a name may start at token i: a word that does not start in lower case (capitalised,
    // in capitals, a number, or a script without case). The tagger labels other tokens outside a
    // name without scoring them, which is most of a text: in training and in tagging alike.
    bool mayStartName(qsizetype i) const
    {
        const auto &token = m_tokens.at(i);
        return token.isWord && !token.isLower;
    }

private:
    struct TokenInfo
    {
        // Known for every token from the start:
        quint64 gazetteer = 0;  // type and position of a gazetteer phrase covering the token, or 0
        bool isSentenceStart = false;
        bool isShoutedLine = false;  // the line is set in capitals
        bool isHeadlineLine = false; // most words on the line are capitalised
        // Worked out by described():
        bool isDescribed = false;
        quint64 shape = 0;      // "Xxxx", "dd", "X.X." with runs cut at four
        quint64 shortShape = 0; // runs collapsed: "Xx", "d", "X.X."
        quint64 arabicStem = 0; // Arabic script: the word normalised, without its clitics; else 0
        quint16 wordClass = 0;
        bool isSeenLowercase = false; // the folded word also occurs in lower case in the text
        NerLexicon::Class lexiconClass = NerLexicon::Unknown; // capitalised words, with a lexicon
    };
    void findSentenceStarts();
    void markGazetteerPhrases();
    void classifyLines();
    // Token i's info with its word's facts worked out.
    const TokenInfo &described(qsizetype i) const;
    // The hashes of a word's first one to three and last two to four characters, folded (0 where
    // the word is too short): worked out for the scored token only, not for its neighbours.
    struct Affixes
    {
        quint64 prefix[3] = {};
        quint64 suffix[3] = {};
    };
    static Affixes affixesOf(QStringView word);

    QStringView m_text;
    const QList<TextToken> &m_tokens;
    const Gazetteer &m_gazetteer;
    const NerLexicon *m_lexicon = nullptr;
    mutable std::vector<TokenInfo> m_info;
    // Folded words that occur in lower case, sorted: built once per text and asked only for the
    // capitalised words described, a sorted vector costs less than a hash set.
    std::vector<quint64> m_lowercaseWords;
};

} // namespace Attache
