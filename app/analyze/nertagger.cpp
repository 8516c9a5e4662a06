#include "analyze/nertagger.h"

#include "analyze/scriptlanguage.h"
#include "core/logging.h"

#include <array>
#include <mutex>
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
