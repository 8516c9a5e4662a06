#include "analyze/nermodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Attache {

// Every label's votes are added in the features' order, as when only the labels a feature votes
// for were visited; the others add +0.0, which changes no sum. A fixed-width row is a few vector
// instructions where the labels one by one were a loop per feature; the lanes past the labels hold
// the row's check and add up to nothing that is read. Most of scoring's instructions are here: on
// a CPU with AVX2 a row's 16 lanes take two instructions a step where SSE2 takes eight, so GCC
// builds both and the loader picks one. Lane by lane they are the same multiplication and the same
// addition (AVX2 brings no fused multiply-add), so the sums are the same on every CPU.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void NerModel::addRows(const Row *const *rows, int count, float scale, float *sums)
{
    for (int f = 0; f < count; ++f) {
        const Row &row = *rows[f];
        for (int label = 0; label < RowWidth; ++label)
            sums[label] += float(row[size_t(label)]) * scale;
    }
}

namespace {

constexpr char Magic[16] = "ATTACHE-NER-2\0\0";
constexpr char MagicWithoutMargin[16] = "ATTACHE-NER-1\0\0";
constexpr qsizetype HeaderSize = 16 + 6 * 4;
constexpr qsizetype HeaderSizeWithoutMargin = 16 + 5 * 4;

static_assert(sizeof(NerModel::Slot) == 16 && sizeof(NerModel::Weight) == 4);
static_assert(std::endian::native == std::endian::little, "the model file is little-endian and read in place");

template<typename T>
void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

template<typename T>
T read(const QByteArray &bytes, qsizetype offset)
{
    T value;
    std::memcpy(&value, bytes.constData() + offset, sizeof(T));
    return value;
}

} // namespace

NerModel::NerModel(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read the entity model %1: %2"_s.arg(path, file.errorString());
        return;
    }
    parse(file.readAll(), path);
    m_loadMilliseconds = timer.elapsed();
}

NerModel NerModel::fromBytes(QByteArray bytes, const QString &nameForErrors)
{
    NerModel model;
    model.parse(bytes, nameForErrors);
    return model;
}

quint32 NerModel::featureCount() const
{
    return m_featureCount;
}

void NerModel::parse(const QByteArray &bytes, const QString &name)
{
    const bool hasMargin = bytes.size() >= HeaderSize && std::memcmp(bytes.constData(), Magic, 16) == 0;
    if (!hasMargin
        && (bytes.size() < HeaderSizeWithoutMargin || std::memcmp(bytes.constData(), MagicWithoutMargin, 16) != 0)) {
        m_error = u"%1 is not an entity model file"_s.arg(name);
        return;
    }
    const qsizetype headerSize = hasMargin ? HeaderSize : HeaderSizeWithoutMargin;
    const auto featuresVersion = read<quint32>(bytes, 16);
    const auto labelCount = read<quint32>(bytes, 20);
    const auto scale = read<float>(bytes, 24);
    const auto tableSize = read<quint32>(bytes, 28);
    const auto weightCount = read<quint32>(bytes, 32);
    const auto outsideMargin = hasMargin ? read<float>(bytes, 36) : 0.0f;
    if (featuresVersion != NerFeatures::Version) {
        m_error = u"%1 was trained for features version %2; this program computes version %3: retrain it"_s.arg(
            name, QString::number(featuresVersion), QString::number(NerFeatures::Version));
        return;
    }
    if (labelCount != quint32(NerLabel::Count) || tableSize == 0 || !std::has_single_bit(tableSize)
        || !std::isfinite(scale) || !std::isfinite(outsideMargin)
        || bytes.size() != headerSize + qsizetype(tableSize) * 16 + qsizetype(weightCount) * 4) {
        m_error = u"%1 is damaged (its header does not match its size)"_s.arg(name);
        return;
    }
    const auto *slots = reinterpret_cast<const Slot *>(bytes.constData() + headerSize);
    const auto *weights = reinterpret_cast<const Weight *>(bytes.constData() + headerSize + qsizetype(tableSize) * 16);
    bool hasEmptySlot = false;
    for (quint32 s = 0; s < tableSize; ++s) {
        hasEmptySlot = hasEmptySlot || slots[s].feature == 0;
        if (quint64(slots[s].first) + slots[s].count > weightCount) {
            m_error = u"%1 is damaged (a feature points past the weights)"_s.arg(name);
            return;
        }
    }
    for (quint32 w = 0; w < weightCount; ++w) {
        if (weights[w].label >= NerLabel::Count) {
            m_error = u"%1 is damaged (a weight names no label)"_s.arg(name);
            return;
        }
    }
    if (!hasEmptySlot) { // a probe for an unknown feature would never end
        m_error = u"%1 is damaged (its table is full)"_s.arg(name);
        return;
    }
    // Each feature's weights spread over a row of all labels, kept in the feature's slot: scoring
    // adds whole rows (score()).
    std::vector<quint8> tags(tableSize, 0);
    std::vector<Row> rows(tableSize, Row{});
    quint32 featureCount = 0;
    for (quint32 s = 0; s < tableSize; ++s) {
        const Slot &slot = slots[s];
        if (slot.feature == 0)
            continue;
        Row &row = rows[s];
        for (quint32 w = slot.first; w < slot.first + slot.count; ++w) {
            if (row[weights[w].label] != 0) {
                // Two votes of one feature for one label would be summed in another order.
                m_error = u"%1 is damaged (a feature votes twice for a label)"_s.arg(name);
                return;
            }
            row[weights[w].label] = weights[w].value;
        }
        row.setCheck(checkOf(slot.feature));
        tags[s] = tagOf(slot.feature);
        ++featureCount;
    }
    m_mask = tableSize - 1;
    // Two features alike in the bits a slot keeps would be told apart by nothing: probing for the
    // second would find the first. Such a file is refused, not read wrongly.
    for (quint32 s = 0; s < tableSize; ++s) {
        if (tags[s] != 0 && findSlot(tags, rows, m_mask, slots[s].feature) != s) {
            m_error = u"%1 has two features this program cannot tell apart: retrain it"_s.arg(name);
            return;
        }
    }
    static std::atomic<quint32> lastSerial{0};
    m_serial = ++lastSerial;
    m_scale = scale;
    m_outsideMargin = outsideMargin;
    m_featureCount = featureCount;
    m_rows = std::move(rows);
    m_tags = std::move(tags);
}

QByteArray NerModel::serialise(const QList<std::pair<quint64, QList<std::pair<int, float>>>> &features,
                               float outsideMargin)
{
    float largest = 0;
    for (const auto &[feature, weights] : features) {
        for (const auto &[label, value] : weights)
            largest = std::max(largest, std::abs(value));
    }
    const float scale = largest > 0 ? largest / 32767.0f : 1.0f;

    quint32 tableSize = 1024;
    while (tableSize < quint32(features.size()) * 3 / 2) // at most two thirds full: short probes
        tableSize *= 2;
    std::vector<Slot> table(tableSize, Slot{0, 0, 0});
    QList<Weight> weights;
    // Sorted by feature, so the same weights give the same bytes whatever order they came in.
    auto sorted = features;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[feature, labelWeights] : std::as_const(sorted)) {
        const auto first = quint32(weights.size());
        for (const auto &[label, value] : labelWeights) {
            const auto quantised = qint16(std::lround(value / scale));
            if (quantised != 0)
                weights.append(Weight{quantised, quint8(label), 0});
        }
        const auto count = quint32(weights.size()) - first;
        if (count == 0 || feature == 0)
            continue;
        quint64 slot = feature & (tableSize - 1);
        while (table[slot].feature != 0)
            slot = (slot + 1) & (tableSize - 1);
        table[slot] = Slot{feature, first, count};
    }

    QByteArray out;
    out.reserve(HeaderSize + qsizetype(tableSize) * 16 + weights.size() * 4);
    out.append(Magic, 16);
    append(out, NerFeatures::Version);
    append(out, quint32(NerLabel::Count));
    append(out, scale);
    append(out, tableSize);
    append(out, quint32(weights.size()));
    append(out, outsideMargin);
    for (const auto &slot : table) {
        append(out, slot.feature);
        append(out, slot.first);
        append(out, slot.count);
    }
    for (const auto &weight : std::as_const(weights)) {
        append(out, weight.value);
        append(out, weight.label);
        append(out, weight.unused);
    }
    return out;
}

} // namespace Attache
