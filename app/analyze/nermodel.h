#pragma once

#include "analyze/nerfeatures.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <vector>

namespace Attache {

// The weights of the learned entity tagger, as the training tool writes them and the tagger reads
// them: a hash table from feature to the labels it votes for, laid out in the file so that loading
// is one read and one pass (a few milliseconds for the shipped model) and scoring a token is one
// probe per feature. In memory each feature's votes are a row over all labels, which scoring adds
// whole. Immutable after loading; scoring is const and thread-safe.
//
// File layout, little-endian: the 16-byte magic "ATTACHE-NER-1\0\0\0", u32 features version,
// u32 label count, f32 scale, u32 table size (a power of two), u32 weight count; then the table,
// one {u64 feature, u32 first weight, u32 weight count} per slot (feature 0: empty); then the
// weights, one {i16 value, u8 label, u8 unused} each. A weight's score is value * scale.
class NerModel final
{
public:
    using Scores = std::array<float, NerLabel::Count>;

    struct Slot
    {
        quint64 feature;
        quint32 first;
        quint32 count;
    };
    struct Weight
    {
        qint16 value;
        quint8 label;
        quint8 unused;
    };

    NerModel() = default;
    // Reads a model file (a resource path works); isValid() and error() say how it went.
    explicit NerModel(const QString &path);
    static NerModel fromBytes(QByteArray bytes, const QString &nameForErrors);

    bool isValid() const { return !m_table.empty(); }
    QString error() const { return m_error; }
    qint64 loadMilliseconds() const { return m_loadMilliseconds; }
    quint32 featureCount() const;

    // Adds the votes of these features to scores (which the caller zeroes).
    void score(const quint64 *features, int count, Scores &scores) const
    {
        Q_ASSERT(count <= NerFeatures::MaxFeatures);
        // The table and the rows are larger than the caches: ask for every slot first, then for
        // every feature's row, so that the misses of each kind overlap instead of following one
        // another.
        for (int f = 0; f < count; ++f)
            __builtin_prefetch(&m_table[features[f] & m_mask]);
        const Row *found[NerFeatures::MaxFeatures];
        int foundCount = 0;
        for (int f = 0; f < count; ++f) {
            quint64 slot = features[f] & m_mask;
            while (true) {
                const Slot &s = m_table[slot];
                if (s.feature == features[f]) {
                    __builtin_prefetch(&m_rows[s.first]);
                    found[foundCount++] = &m_rows[s.first];
                    break;
                }
                if (s.feature == 0)
                    break;
                slot = (slot + 1) & m_mask;
            }
        }
        // Every label's votes are added in the features' order, as when only the labels a feature
        // votes for were visited; the others add +0.0, which changes no sum. A fixed-width row is
        // a few vector instructions where the labels one by one were a loop per feature.
        alignas(32) std::array<float, RowWidth> sums{};
        std::copy(scores.begin(), scores.end(), sums.begin());
        for (int f = 0; f < foundCount; ++f) {
            const Row &row = *found[f];
            for (int label = 0; label < RowWidth; ++label)
                sums[size_t(label)] += float(row[size_t(label)]) * m_scale;
        }
        std::copy(sums.begin(), sums.begin() + NerLabel::Count, scores.begin());
    }

    // Writes a model; the training tool's end. Same weights in, same bytes out.
    static QByteArray serialise(const QList<std::pair<quint64, QList<std::pair<int, float>>>> &features);

private:
    // A feature's votes for every label, in label order (0: no vote), padded to a vector's width.
    static constexpr int RowWidth = 16;
    static_assert(NerLabel::Count <= RowWidth);
    struct alignas(32) Row : std::array<qint16, RowWidth>
    {
    };

    void parse(const QByteArray &bytes, const QString &nameForErrors);

    // The file's table, each slot's `first` pointing at the feature's row instead of its weights.
    std::vector<Slot> m_table;
    std::vector<Row> m_rows;
    quint64 m_mask = 0;
    float m_scale = 0;
    QString m_error;
    qint64 m_loadMilliseconds = 0;
};

} // namespace Attache
