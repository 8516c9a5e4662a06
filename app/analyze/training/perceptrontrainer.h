#pragma once

#include "analyze/nerfeatures.h"
#include "analyze/nermodel.h"

#include <QList>
#include <QString>

#include <unordered_map>
#include <vector>

namespace Attache::Training {

// One training text: its tokens and a gold label per token.
struct LabelledText
{
    QString id;
    QString text;
    QList<TextToken> tokens;
    QList<int> labels; // NerLabel per token
};

// Averaged perceptron for the greedy tagger, with lazy averaging (each weight remembers when it last
// changed). The decoding during training is the tagger's own (NerTagger::labels): predicted, not
// gold, history, so the model learns from the mistakes it will really make. Deterministic: the same
// texts in the same order with the same seed give the same weights.
class PerceptronTrainer final
{
public:
    // With a lexicon, the features a model for that lexicon's language uses (NerFeatures).
    explicit PerceptronTrainer(const Gazetteer &gazetteer, const NerLexicon *lexicon = nullptr);

    // One pass over the texts in an order shuffled by seed; returns the tokens it got wrong.
    qsizetype trainEpoch(const QList<LabelledText> &texts, quint32 seed);
    // The averaged weights as a model file, leaving out weights smaller than pruneBelow.
    QByteArray averagedModel(float pruneBelow, float outsideMargin) const;

private:
    qsizetype trainText(const LabelledText &text);
    void update(quint64 feature, int label, float delta);

    const Gazetteer &m_gazetteer;
    const NerLexicon *m_lexicon;
    std::unordered_map<quint64, quint32> m_index; // feature -> row
    std::vector<float> m_weights;                 // row * NerLabel::Count + label
    std::vector<double> m_totals;
    std::vector<quint64> m_stamps;
    quint64 m_clock = 1;
};

} // namespace Attache::Training
