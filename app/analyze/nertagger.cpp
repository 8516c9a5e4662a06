#include "analyze/nertagger.h"

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace Attache {

NerTagger::NerTagger(const NerModel &model)
    : m_model(model)
{
}

namespace {

QString &modelPath()
{
    static QString path = u":/knowledge/ner-en.model"_s;
    return path;
}

} // namespace

bool NerTagger::useModelFile(const QString &path)
{
    modelPath() = path;
    return defaultModel().isValid();
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
