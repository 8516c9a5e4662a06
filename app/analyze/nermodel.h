#pragma once

#include "analyze/nerfeatures.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace Attache {

// The weights of the learned entity tagger, as the training tool writes them and the tagger reads
// them: a hash table from feature to the labels it votes for, laid out in the file so that loading
// is one read (a few milliseconds for the shipped model) and scoring a token is one probe per
// feature. Immutable after loading; scoring is const and thread-safe.
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

    bool isValid() const { return m_slots != nullptr; }
    QString error() const { return m_error; }
    qint64 loadMilliseconds() const { return m_loadMilliseconds; }
    quint32 featureCount() const;

    // Adds the votes of these features to scores (which the caller zeroes).
    void score(const quint64 *features, int count, Scores &scores) const
    {
        Q_ASSERT(count <= NerFeatures::MaxFeatures);
        // The table and the weights are larger than the caches, and each feature's weights are
        // found through its slot: ask for every slot first, then for every feature's weights,
        // so that the misses of each kind overlap instead of following one another.
        for (int f = 0; f < count; ++f)
            __builtin_prefetch(&m_slots[features[f] & m_mask]);
        const Slot *found[NerFeatures::MaxFeatures];
        int foundCount = 0;
        for (int f = 0; f < count; ++f) {
            quint64 slot = features[f] & m_mask;
            while (true) {
                const Slot &s = m_slots[slot];
                if (s.feature == features[f]) {
                    __builtin_prefetch(&m_weights[s.first]);
                    found[foundCount++] = &s;
                    break;
                }
                if (s.feature == 0)
                    break;
                slot = (slot + 1) & m_mask;
            }
        }
        for (int f = 0; f < foundCount; ++f) {
            const Slot &s = *found[f];
            for (quint32 w = 0; w < s.count; ++w) {
                const Weight &weight = m_weights[s.first + w];
                scores[weight.label] += float(weight.value) * m_scale;
            }
        }
    }

    // Writes a model; the training tool's end. Same weights in, same bytes out.
    static QByteArray serialise(const QList<std::pair<quint64, QList<std::pair<int, float>>>> &features);

private:
    void parse(const QString &nameForErrors);

    QByteArray m_bytes;
    const Slot *m_slots = nullptr;
    const Weight *m_weights = nullptr;
    quint64 m_mask = 0;
    float m_scale = 0;
    QString m_error;
    qint64 m_loadMilliseconds = 0;
};

} // namespace Attache
