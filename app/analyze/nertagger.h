#pragma once

#include "analyze/nermodel.h"

#include <QHash>
#include <QList>

namespace Attache {

// The learned part of entity recognition: an averaged-perceptron sequence labeller over word,
// shape, affix, context and gazetteer features (NerFeatures), decoded greedily left to right with
// the B-/I- constraint. It finds where names are and what kind they are; linking them to entities
// (ids, canonical names, aliases, office holders) is EntityRecognizer's work.
//
// Trained by `attache-train-ner` (app/analyze/training) on ../shared/train; the shipped model is
// :/knowledge/ner-en.model with its provenance beside it. Reentrant; the shipped model is loaded
// once per process on first use.
class NerTagger final
{
public:
    struct Span
    {
        qsizetype firstToken = 0; // inclusive
        qsizetype lastToken = 0;  // inclusive
        int type = 0;             // NerLabel type index: PERSON, ORG, GPE, LOC, NORP, FAC
    };

    explicit NerTagger(const NerModel &model);
    // The model recognizers use unless given one: the shipped model, or the file given to
    // useModelFile(). An invalid model (with a warning logged once) if it cannot be read.
    static const NerModel &defaultModel();
    // Makes a model file the default; call before the first analysis (not thread-safe). False,
    // with defaultModel().error() saying why, when the file is not a model. A model file given
    // so is then used for every language.
    static bool useModelFile(const QString &path);
    // The model for text in `language` (a BCP 47 tag, "de", "ru-RU"): one trained on that
    // language's news where Attaché ships one (German, French, Russian, Arabic: ner-LL.model),
    // else the default model. Each is loaded once per process on first use.
    static const NerModel &modelForLanguage(QStringView language);
    // The languages that have a model of their own.
    static QStringList trainedLanguages();

    QList<Span> tag(const NerFeatures &features) const;
    // The label chosen for each token.
    QList<int> labels(const NerFeatures &features) const;
    // The names a sequence of labels marks (also for gold labels, in the training tool).
    static QList<Span> spans(const QList<int> &labels);

    // The greedy left-to-right decoding shared by the tagger and its training: score(i, list,
    // count, scores) fills the scores of token i's features; chose(i, label, list, count) hears the label
    // taken, which then becomes the history of the next tokens. Training decodes unconstrained, so
    // that a label that may not follow the previous one is still corrected when it scores high;
    // tagging then keeps the B-/I- order.
    enum class Order { Free, Kept };
    template<typename Score, typename Chose>
    static void decode(const NerFeatures &features, Order order, Score score, Chose chose)
    {
        decode(features, order, [](qsizetype) { return false; }, score, chose);
    }
    // The same, where isWordKnown(i) says that score() has the votes of token i's word features
    // already (scoreWithKnownSpellings()): they are then not worked out.
    template<typename IsWordKnown, typename Score, typename Chose>
    static void decode(const NerFeatures &features, Order order, IsWordKnown isWordKnown, Score score, Chose chose)
    {
        QHash<quint64, int> earlierLabel; // folded word -> the label it last had
        NerFeatures::FeatureList list;
        int previous = NerLabel::Outside;
        int beforePrevious = NerLabel::Outside;
        for (qsizetype i = 0; i < features.size(); ++i) {
            if (previous == NerLabel::Outside && !features.mayStartName(i)) {
                chose(i, NerLabel::Outside, list, 0);
                beforePrevious = previous;
                continue;
            }
            const int earlier = earlierLabel.value(features.wordKey(i), -1);
            const int count = features.features(i, previous, beforePrevious, earlier, list, isWordKnown(i));
            NerModel::Scores scores{};
            score(i, list, count, scores);
            int best = NerLabel::Outside;
            for (int label = 1; label < NerLabel::Count; ++label) {
                // An I- label only continues a name of its own type.
                if (order == Order::Kept && !NerLabel::isBegin(label) && NerLabel::typeOf(previous) != NerLabel::typeOf(label))
                    continue;
                if (scores[size_t(label)] > scores[size_t(best)])
                    best = label;
            }
            chose(i, best, list, count);
            if (best != NerLabel::Outside)
                earlierLabel.insert(features.wordKey(i), best);
            beforePrevious = previous;
            previous = best;
        }
    }

    // Scores token i (features.features(i, …) in list) as model.score() does, bit for bit, the
    // sums of its word features taken from the spellings this thread scored last: what labels()
    // runs. Thread-safe (each thread keeps its own). Where hasKnownSpelling(), list needs no word
    // features (NerFeatures::features(…, isWordKnown)).
    static bool hasKnownSpelling(const NerModel &model, const NerFeatures &features, qsizetype i);
    static void scoreWithKnownSpellings(const NerModel &model, const NerFeatures &features, qsizetype i,
                                        const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores);

private:
    const NerModel &m_model;
};

} // namespace Attache
