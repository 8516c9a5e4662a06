#include "analyze/training/perceptrontrainer.h"

#include "analyze/nertagger.h"

#include <random>

namespace Attache::Training {

PerceptronTrainer::PerceptronTrainer(const Gazetteer &gazetteer, const NerLexicon *lexicon)
    : m_gazetteer(gazetteer), m_lexicon(lexicon)
{
}

qsizetype PerceptronTrainer::trainEpoch(const QList<LabelledText> &texts, quint32 seed)
{
    // Fisher–Yates over mt19937's raw output: std::shuffle's algorithm is the library's choice,
    // and the model file must not depend on it.
    std::vector<qsizetype> order(size_t(texts.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::mt19937 random(seed);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
    qsizetype wrong = 0;
    for (const qsizetype i : order)
        wrong += trainText(texts.at(i));
    return wrong;
}

void PerceptronTrainer::update(quint64 feature, int label, float delta)
{
    auto [it, isNew] = m_index.try_emplace(feature, quint32(m_index.size()));
    if (isNew) {
        m_weights.resize(m_weights.size() + NerLabel::Count, 0.0f);
        m_totals.resize(m_totals.size() + NerLabel::Count, 0.0);
        m_stamps.resize(m_stamps.size() + NerLabel::Count, m_clock);
    }
    const size_t at = size_t(it->second) * NerLabel::Count + size_t(label);
    m_totals[at] += double(m_clock - m_stamps[at]) * m_weights[at];
    m_stamps[at] = m_clock;
    m_weights[at] += delta;
}

qsizetype PerceptronTrainer::trainText(const LabelledText &text)
{
    qsizetype wrong = 0;
    NerTagger::decode(
        NerFeatures(text.text, text.tokens, m_gazetteer, m_lexicon), NerTagger::Order::Free,
        [this](qsizetype, const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores) {
            for (int f = 0; f < count; ++f) {
                const auto it = m_index.find(list[size_t(f)]);
                if (it == m_index.end())
                    continue;
                const float *row = m_weights.data() + size_t(it->second) * NerLabel::Count;
                for (int label = 0; label < NerLabel::Count; ++label)
                    scores[size_t(label)] += row[label];
            }
        },
        [&](qsizetype i, int best, const NerFeatures::FeatureList &list, int count) {
            const int gold = text.labels.at(i);
            if (best != gold) {
                ++wrong;
                for (int f = 0; f < count; ++f) {
                    update(list[size_t(f)], gold, 1.0f);
                    update(list[size_t(f)], best, -1.0f);
                }
            }
            ++m_clock;
        });
    return wrong;
}

QByteArray PerceptronTrainer::averagedModel(float pruneBelow, float outsideMargin) const
{
    QList<std::pair<quint64, QList<std::pair<int, float>>>> features;
    features.reserve(qsizetype(m_index.size()));
    for (const auto &[feature, row] : m_index) {
        QList<std::pair<int, float>> weights;
        for (int label = 0; label < NerLabel::Count; ++label) {
            const size_t at = size_t(row) * NerLabel::Count + size_t(label);
            const double total = m_totals[at] + double(m_clock - m_stamps[at]) * m_weights[at];
            const auto average = float(total / double(m_clock));
            if (average >= pruneBelow || average <= -pruneBelow)
                weights.append({label, average});
        }
        if (!weights.isEmpty())
            features.append({feature, weights});
    }
    return NerModel::serialise(features, outsideMargin);
}

} // namespace Attache::Training
