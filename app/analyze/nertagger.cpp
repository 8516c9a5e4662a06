#include "analyze/nertagger.h"

#include "analyze/scriptlanguage.h"
#include "core/logging.h"

#include <QMutex>

#include <array>
#include <atomic>
#include <map>
#include <string_view>

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

const NerModel &loadedOnce(const QString &path)
{
    static std::map<QString, NerModel> models; // grows to one entry per shipped language
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto found = models.find(path);
    if (found == models.end()) {
        found = models.emplace(path, NerModel(path)).first;
        if (!found->second.isValid())
            qCWarning(lcAnalyze).noquote() << found->second.error() << "- the default model is used instead";
    }
    return found->second;
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
    // Asked for every article: once a language's model is loaded, finding it builds no string and
    // takes no lock.
    static std::array<std::atomic<const NerModel *>, TrainedLanguages.size()> loaded{};
    for (size_t k = 0; k < TrainedLanguages.size(); ++k) {
        if (!isLanguage(language, QStringView(TrainedLanguages[k])))
            continue;
        if (const NerModel *model = loaded[k].load(std::memory_order_acquire))
            return *model;
        const QString path = u":/knowledge/ner-%1.model"_s.arg(QStringView(TrainedLanguages[k]));
        const NerModel &model = loadedOnce(path);
        const NerModel &chosen = model.isValid() ? model : defaultModel();
        loaded[k].store(&chosen, std::memory_order_release);
        return chosen;
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

QList<int> NerTagger::labels(const NerFeatures &features) const
{
    QList<int> chosen(features.size(), NerLabel::Outside);
    if (!m_model.isValid())
        return chosen;
    decode(
        features, Order::Kept,
        [this](const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores) {
            m_model.score(list.data(), count, scores);
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
