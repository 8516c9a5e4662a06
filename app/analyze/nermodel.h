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
// File layout, little-endian: the 16-byte magic "ATTACHE-NER-2\0\0\0", u32 features version,
// u32 label count, f32 scale, u32 table size (a power of two), u32 weight count, f32 outside
// margin (version 1 files, magic "ATTACHE-NER-1", have no margin: 0); then the table,
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

    bool isValid() const { return !m_tags.empty(); }
    QString error() const { return m_error; }
    qint64 loadMilliseconds() const { return m_loadMilliseconds; }
    quint32 featureCount() const;
    // How much the tagger takes off the score of "outside any name" before it chooses a label:
    // a model that finds too few names for the names it finds wrongly is given one by its
    // training (attache-train-ner --outside-margin), chosen on texts held out of its corpora.
    float outsideMargin() const { return m_outsideMargin; }

    // Adds the votes of these features to scores (which the caller zeroes), less the outside
    // margin for the label "outside any name".
    void score(const quint64 *features, int count, Scores &scores) const { score(features, count, scores, scores); }
    // The same from sums a token's first features gave (wordSums()): score(f + k, n - k, sums of
    // the first k, scores) gives exactly the scores of score(f, n, scores), each label's votes
    // added in the same order.
    void score(const quint64 *features, int count, const Scores &from, Scores &scores) const
    {
        alignas(32) std::array<float, RowWidth> sums{};
        std::copy(from.begin(), from.end(), sums.begin());
        addVotes(features, count, sums.data());
        sums[NerLabel::Outside] -= m_outsideMargin;
        std::copy(sums.begin(), sums.begin() + NerLabel::Count, scores.begin());
    }
    // The votes of a token's first features from nothing, without the margin: what its spelling
    // alone decides (NerFeatures::wordFeatureCount()), which a tagger may keep for the next time
    // it meets the spelling.
    void wordSums(const quint64 *features, int count, Scores &sums) const
    {
        alignas(32) std::array<float, RowWidth> all{};
        addVotes(features, count, all.data());
        std::copy(all.begin(), all.begin() + NerLabel::Count, sums.begin());
    }
    // Tells this model from the others loaded in the process (and its copies from none).
    quint32 serial() const { return m_serial; }

    // Writes a model; the training tool's end. Same weights in, same bytes out.
    static QByteArray serialise(const QList<std::pair<quint64, QList<std::pair<int, float>>>> &features,
                                float outsideMargin = 0);

private:
    // A feature's votes for every label, in label order (0: no vote), padded to a vector's width;
    // the three lanes past the labels hold bits 0-47 of the feature, which with the slot's tag
    // (bits 56-63) tell the feature from another one probing the same slots. 56 of the 64 bits:
    // the features are 64-bit hashes of words and contexts in the first place.
    static constexpr int RowWidth = 16;
    static constexpr int CheckLane = 13;
    static_assert(NerLabel::Count <= CheckLane);
    struct alignas(32) Row : std::array<qint16, RowWidth>
    {
        quint64 check() const
        {
            return quint64(quint16((*this)[CheckLane])) | quint64(quint16((*this)[CheckLane + 1])) << 16
                | quint64(quint16((*this)[CheckLane + 2])) << 32;
        }
        void setCheck(quint64 check)
        {
            for (int lane = 0; lane < 3; ++lane)
                (*this)[size_t(CheckLane + lane)] = qint16(quint16(check >> (16 * lane)));
        }
    };
    static quint64 checkOf(quint64 feature) { return feature & 0xFFFF'FFFF'FFFFull; }
    // Adds every row's votes times `scale` to the RowWidth sums, in the rows' order (nermodel.cpp).
    static void addRows(const Row *const *rows, int count, float scale, float *sums);
    // A slot's tag: 0 for an empty slot, so a feature whose top byte is 0 is tagged 1.
    static quint8 tagOf(quint64 feature) { return std::max<quint8>(quint8(feature >> 56), 1); }

    // The slot holding this feature, or NoSlot.
    static constexpr quint64 NoSlot = ~quint64(0);
    static quint64 findSlot(const std::vector<quint8> &tags, const std::vector<Row> &rows, quint64 mask, quint64 feature)
    {
        const quint8 tag = tagOf(feature);
        const quint64 check = checkOf(feature);
        for (quint64 slot = feature & mask; tags[slot] != 0; slot = (slot + 1) & mask) {
            if (tags[slot] == tag && rows[slot].check() == check)
                return slot;
        }
        return NoSlot;
    }

    // Adds the votes of these features to RowWidth sums.
    void addVotes(const quint64 *features, int count, float *sums) const
    {
        Q_ASSERT(count <= NerFeatures::MaxFeatures);
        // Most features a token has are in the model, and the table is larger than the caches:
        // ask for every feature's tag and row at its home slot first, so that the misses overlap
        // instead of following one another.
        for (int f = 0; f < count; ++f) {
            const quint64 home = features[f] & m_mask;
            __builtin_prefetch(&m_tags[home]);
            __builtin_prefetch(&m_rows[home]);
        }
        const Row *found[NerFeatures::MaxFeatures];
        int foundCount = 0;
        for (int f = 0; f < count; ++f) {
            const quint64 slot = findSlot(m_tags, m_rows, m_mask, features[f]);
            if (slot != NoSlot)
                found[foundCount++] = &m_rows[slot];
        }
        addRows(found, foundCount, m_scale, sums);
    }

    void parse(const QByteArray &bytes, const QString &nameForErrors);

    // The file's hash table, read as two arrays of the same slots: a byte of tag per slot, which
    // probing reads, and the feature's row in the slot it has in the file (empty slots: no row).
    std::vector<quint8> m_tags;
    std::vector<Row> m_rows;
    quint32 m_featureCount = 0;
    quint32 m_serial = 0; // 0: not loaded
    quint64 m_mask = 0;
    float m_scale = 0;
    float m_outsideMargin = 0;
    QString m_error;
    qint64 m_loadMilliseconds = 0;
};

} // namespace Attache
