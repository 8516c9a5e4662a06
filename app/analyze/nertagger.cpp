#include "analyze/nertagger.h"

#include "analyze/scriptlanguage.h"
#include "core/logging.h"

#include <array>
#include <mutex>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Attache {

NerTagger::NerTagger(const NerModel &model)
    : m_model(model)
{
}

namespace {

const auto ShippedModelPath = u":/knowledge/ner-en.model"_s;

QString &modelPath()
{
    static QString path = ShippedModelPath;
    return path;
}

} // namespace

bool NerTagger::useModelFile(const QString &path)
{
    modelPath() = path;
    return defaultModel().isValid();
}

namespace {

// The languages with a model of their own, as trainedLanguages() lists them.
constexpr std::array<std::u16string_view, 4> TrainedLanguages{u"ar", u"de", u"fr", u"ru"};

} // namespace

QStringList NerTagger::trainedLanguages()
{
    QStringList languages;
    for (const auto language : TrainedLanguages)
        languages << QString(QStringView(language));
    return languages;
}

const NerModel &NerTagger::modelForLanguage(QStringView language)
{
    if (modelPath() != ShippedModelPath)
        return defaultModel();
    // Each language's model is read when its first article is analysed; asked for every article,
    // finding it afterwards builds no string and takes no lock.
    static std::array<std::once_flag, TrainedLanguages.size()> once;
    static std::array<NerModel, TrainedLanguages.size()> models;
    for (size_t k = 0; k < TrainedLanguages.size(); ++k) {
        const QStringView code(TrainedLanguages[k]);
        if (!isLanguage(language, code))
            continue;
        std::call_once(once[k], [k, code] {
            models[k] = NerModel(u":/knowledge/ner-%1.model"_s.arg(code));
            if (!models[k].isValid())
                qCWarning(lcAnalyze).noquote() << models[k].error() << "- the default model is used instead";
        });
        return models[k].isValid() ? models[k] : defaultModel();
    }
    return defaultModel();
}

const NerModel &NerTagger::defaultModel()
{
    static const NerModel model = [] {
        NerModel loaded(modelPath());
        if (!loaded.isValid())
            qCWarning(lcAnalyze).noquote() << loaded.error() << "- names outside the gazetteer will not be found";
        return loaded;
    }();
    return model;
}

namespace {

// The part of a token's scores its spelling alone decides (NerModel::wordSums()), kept per thread
// for the spellings met last. The words a name may start at come back in every article ("Die",
// "Regierung", "Moskau", "The"), and their word features are a quarter of a token's probes into
// the model's table, which is larger than the CPU's caches. Direct-mapped: a spelling takes the
// slot of the one before it there. A slot is 64 bytes, a cache line.
struct SpellingSums
{
    quint64 spelling = 0; // 0: empty
    quint32 model = 0;    // NerModel::serial()
    NerModel::Scores sums{};
};
constexpr size_t SpellingSlots = 8192;

SpellingSums &spellingSlot(quint64 spelling, quint32 model)
{
    thread_local std::vector<SpellingSums> slots(SpellingSlots);
    return slots[size_t((spelling ^ (quint64(model) * 0x9E37'79B9'7F4A'7C15ull)) % SpellingSlots)];
}

// Token i's slot, looked up once for both questions the decoding asks of it.
struct SpellingLookup
{
    quint64 spelling = 0;
    SpellingSums *slot = nullptr;
    bool isKnown() const { return slot->spelling == spelling; }
};

SpellingLookup lookUpSpelling(const NerModel &model, const NerFeatures &features, qsizetype i)
{
    const quint64 spelling = features.spellingKey(i);
    auto &slot = spellingSlot(spelling, model.serial());
    // A slot of another model's holds no spelling of this one's.
    if (slot.model != model.serial())
        slot = SpellingSums{0, model.serial(), {}};
    return {spelling, &slot};
}

void scoreLookedUp(const NerModel &model, const SpellingLookup &lookup, int wordCount, const NerFeatures::FeatureList &list,
                   int count, NerModel::Scores &scores)
{
    if (!lookup.isKnown()) {
        lookup.slot->spelling = lookup.spelling;
        model.wordSums(list.data(), wordCount, lookup.slot->sums);
    }
    model.score(list.data() + wordCount, count - wordCount, lookup.slot->sums, scores);
}

} // namespace

bool NerTagger::hasKnownSpelling(const NerModel &model, const NerFeatures &features, qsizetype i)
{
    return lookUpSpelling(model, features, i).isKnown();
}

void NerTagger::scoreWithKnownSpellings(const NerModel &model, const NerFeatures &features, qsizetype i,
                                        const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores)
{
    scoreLookedUp(model, lookUpSpelling(model, features, i), features.wordFeatureCount(i), list, count, scores);
}

QList<int> NerTagger::labels(const NerFeatures &features) const
{
    QList<int> chosen(features.size(), NerLabel::Outside);
    if (!m_model.isValid())
        return chosen;
    // decode() asks whether a token's word is known, then has it scored: one look-up for both.
    SpellingLookup current;
    decode(
        features, Order::Kept,
        [this, &features, &current](qsizetype i) {
            current = lookUpSpelling(m_model, features, i);
            return current.isKnown();
        },
        [this, &features, &current](qsizetype i, const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores) {
            scoreLookedUp(m_model, current, features.wordFeatureCount(i), list, count, scores);
        },
        [&chosen](qsizetype i, int label, const NerFeatures::FeatureList &, int) { chosen[i] = label; });
    return chosen;
}

QList<NerTagger::Span> NerTagger::tag(const NerFeatures &features) const
{
    return spans(labels(features));
}

QList<NerTagger::Span> NerTagger::spans(const QList<int> &labels)
{
    QList<Span> spans;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int label = labels.at(i);
        if (label == NerLabel::Outside)
            continue;
        if (NerLabel::isBegin(label) || spans.isEmpty() || spans.last().lastToken != i - 1
            || spans.last().type != NerLabel::typeOf(label)) {
            spans.append(Span{i, i, NerLabel::typeOf(label)});
        } else {
            spans.last().lastToken = i;
        }
    }
    return spans;
}

} // namespace Attache
