// attache-train-ner: trains the entity tagger's model from JSON-lines corpora (../shared/train) and
// writes it, with its provenance, where the application loads it from (resources/knowledge).
//
//   attache-train-ner --output resources/knowledge/ner-en.model CORPUS.jsonl…
//
// Deterministic: the same corpora, options and program give the same bytes. Every twentieth text
// of each corpus is held out of training and scored, and the scores go into the provenance.

#include "analyze/gazetteer.h"
#include "analyze/nertagger.h"
#include "analyze/training/perceptrontrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Attache;
using namespace Attache::Training;

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// Code point offsets, as the corpora give them, to QString (UTF-16) offsets.
QList<qsizetype> utf16OffsetOfCodePoint(const QString &text)
{
    QList<qsizetype> at;
    at.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        at.append(i);
    }
    at.append(text.size());
    return at;
}

struct Corpus
{
    QString path;
    QString sha256;
    QList<LabelledText> training;
    QList<LabelledText> heldOut;
    qsizetype skippedSpans = 0;
    qsizetype excludedTexts = 0;
};

// The corpora's type names to the tagger's: the training files use the tagger's own (PERSON, GPE,
// …); the evaluation files PER, ORG, LOC, with LOC for countries and places alike and "named"
// false for descriptions ("the company"), which are not names. Their LOC is GPE unless the
// gazetteer knows the place as a region, sea or other location.
int tagType(const QJsonObject &entity, const QString &text, const Gazetteer &gazetteer)
{
    if (!entity.value(u"named"_s).toBool(true))
        return -1;
    const QString type = entity.value(u"type"_s).toString();
    if (type == u"PER"_s)
        return NerLabel::typeFromName(u"PERSON");
    if (type != u"LOC"_s)
        return NerLabel::typeFromName(type);
    const auto phrase = gazetteer.phrase(Gazetteer::phraseHash(text), false);
    const bool isRegion = phrase.kind == Gazetteer::PhraseKind::Entity
                          && gazetteer.entities().at(phrase.entity).type == EntityType::Location;
    return NerLabel::typeFromName(isRegion ? u"LOC" : u"GPE");
}

// Reads a corpus. PATH:N uses the corpus whole (no held-out texts), N times in each epoch: for the
// small corpora in the genre the tagger reads. Texts whose id starts with one of excluded are left
// out (to score the tagger on a corpus it never saw).
bool readCorpus(const QString &pathAndRepeat, int holdOutEvery, const QStringList &excluded, const Gazetteer &gazetteer,
                Corpus &corpus)
{
    QString path = pathAndRepeat;
    int repeat = 0;
    if (const auto colon = path.lastIndexOf(u':'); colon > 0) {
        repeat = path.mid(colon + 1).toInt();
        path.truncate(colon);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(u"attache-train-ner: cannot read %1: %2"_s.arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    corpus.path = QFileInfo(path).fileName();
    corpus.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    qsizetype lineNumber = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            say(u"attache-train-ner: %1 line %2: %3"_s.arg(path).arg(lineNumber + 1).arg(error.errorString()));
            return false;
        }
        LabelledText text;
        text.id = object.value(u"id"_s).toString();
        if (std::any_of(excluded.begin(), excluded.end(), [&](const QString &prefix) { return text.id.startsWith(prefix); })) {
            ++corpus.excludedTexts;
            continue;
        }
        text.text = object.value(u"text"_s).toString();
        text.tokens = tokenize(text.text);
        text.labels = QList<int>(text.tokens.size(), NerLabel::Outside);
        const auto at = utf16OffsetOfCodePoint(text.text);
        for (const auto value : object.value(u"entities"_s).toArray()) {
            const QJsonObject entity = value.toObject();
            const qsizetype start = entity.value(u"start"_s).toInteger(-1);
            const qsizetype end = entity.value(u"end"_s).toInteger(-1);
            const int type = start >= 0 && end <= at.size() - 1 && start < end
                                 ? tagType(entity, text.text.mid(at.at(start), at.at(end) - at.at(start)), gazetteer)
                                 : -1;
            if (type < 0) {
                ++corpus.skippedSpans;
                continue;
            }
            bool isFirst = true;
            for (qsizetype t = 0; t < text.tokens.size(); ++t) {
                const auto &token = text.tokens.at(t);
                if (token.start >= at.at(end))
                    break;
                if (token.start < at.at(start))
                    continue;
                text.labels[t] = isFirst ? NerLabel::begin(type) : NerLabel::inside(type);
                isFirst = false;
            }
        }
        if (repeat > 0) {
            for (int r = 0; r < repeat; ++r)
                corpus.training.append(text);
        } else {
            (lineNumber % holdOutEvery == holdOutEvery - 1 ? corpus.heldOut : corpus.training).append(std::move(text));
        }
        ++lineNumber;
    }
    return true;
}

struct SpanScore
{
    qsizetype correct = 0;
    qsizetype predicted = 0;
    qsizetype gold = 0;
    double f1() const
    {
        const double p = predicted ? double(correct) / double(predicted) : 0;
        const double r = gold ? double(correct) / double(gold) : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// Exact typed span match, per type and overall (index NerLabel::TypeCount).
QList<SpanScore> score(const NerModel &model, const Gazetteer &gazetteer, const NerLexicon *lexicon,
                       const QList<LabelledText> &texts)
{
    QList<SpanScore> scores(NerLabel::TypeCount + 1);
    const NerTagger tagger(model);
    for (const auto &text : texts) {
        const auto predicted = tagger.tag(NerFeatures(text.text, text.tokens, gazetteer, lexicon));
        const auto gold = NerTagger::spans(text.labels);
        for (const auto &span : gold) {
            ++scores[span.type].gold;
            ++scores[NerLabel::TypeCount].gold;
        }
        for (const auto &span : predicted) {
            ++scores[span.type].predicted;
            ++scores[NerLabel::TypeCount].predicted;
            for (const auto &g : gold) {
                if (g.firstToken == span.firstToken && g.lastToken == span.lastToken && g.type == span.type) {
                    ++scores[span.type].correct;
                    ++scores[NerLabel::TypeCount].correct;
                    break;
                }
            }
        }
    }
    return scores;
}

// Writes the tagger's own spans for the texts of a JSON-lines file, in the evaluation format (code
// point offsets), so that the tagger can be scored alone with ../shared/eval/score_nlp.py.
bool predict(const NerModel &model, const Gazetteer &gazetteer, const NerLexicon *lexicon, const QString &in,
             const QString &out)
{
    QFile input(in);
    QSaveFile output(out);
    if (!input.open(QIODevice::ReadOnly) || !output.open(QIODevice::WriteOnly)) {
        say(u"attache-train-ner: cannot read %1 or write %2"_s.arg(in, out));
        return false;
    }
    const NerTagger tagger(model);
    for (const QByteArray &line : input.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString text = object.value(u"text"_s).toString();
        const auto tokens = tokenize(text);
        const auto at = utf16OffsetOfCodePoint(text);
        QJsonArray entities;
        for (const auto &span : tagger.tag(NerFeatures(text, tokens, gazetteer, lexicon))) {
            const auto start = std::lower_bound(at.begin(), at.end(), tokens.at(span.firstToken).start) - at.begin();
            const auto end = std::lower_bound(at.begin(), at.end(), tokens.at(span.lastToken).end) - at.begin();
            entities.append(QJsonObject{{u"start"_s, start}, {u"end"_s, end},
                                        {u"type"_s, NerLabel::typeName(span.type).toString()}});
        }
        output.write(QJsonDocument(QJsonObject{{u"id"_s, object.value(u"id"_s)}, {u"entities"_s, entities}})
                         .toJson(QJsonDocument::Compact)
                     + '\n');
    }
    return output.commit();
}

// Prints each token of a text with the label chosen and the three best scores: how to see why
// the model took a decision.
void explain(const NerModel &model, const Gazetteer &gazetteer, const NerLexicon *lexicon, const QString &text)
{
    const auto tokens = tokenize(text);
    const auto labelName = [](int label) {
        return label == NerLabel::Outside ? u"O"_s
                                          : (NerLabel::isBegin(label) ? u"B-"_s : u"I-"_s) + NerLabel::typeName(NerLabel::typeOf(label));
    };
    NerTagger::decode(
        NerFeatures(text, tokens, gazetteer, lexicon), NerTagger::Order::Kept,
        [&](qsizetype, const NerFeatures::FeatureList &list, int count, NerModel::Scores &scores) {
            model.score(list.data(), count, scores);
            QList<int> order(NerLabel::Count);
            for (int label = 0; label < NerLabel::Count; ++label)
                order[label] = label;
            std::sort(order.begin(), order.end(), [&](int a, int b) { return scores[size_t(a)] > scores[size_t(b)]; });
            QString line;
            for (int k = 0; k < 3; ++k)
                line += u" %1 %2"_s.arg(labelName(order[k])).arg(scores[size_t(order[k])], 0, 'f', 1);
            say(line);
        },
        [&](qsizetype i, int label, const NerFeatures::FeatureList &, int count) {
            say(u"  %1 -> %2 (%3 features)"_s.arg(text.mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start), labelName(label)).arg(count));
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trains Attaché's entity tagger from JSON-lines corpora."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"corpus"_s, u"JSON-lines corpora with text and entities (code point offsets)."_s, u"CORPUS…"_s);
    const QCommandLineOption outputOption(u"output"_s, u"Model file to write."_s, u"FILE"_s);
    const QCommandLineOption provenanceOption(u"provenance"_s, u"Provenance file to write (default: FILE.json)."_s, u"FILE"_s);
    const QCommandLineOption epochsOption(u"epochs"_s, u"Passes over the training texts."_s, u"N"_s, u"8"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the shuffling."_s, u"N"_s, u"20261201"_s);
    const QCommandLineOption holdOutOption(u"hold-out-every"_s, u"Hold out every Nth text of each corpus."_s, u"N"_s, u"20"_s);
    const QCommandLineOption pruneOption(u"prune"_s, u"Leave out averaged weights smaller than this."_s, u"W"_s, u"0.05"_s);
    const QCommandLineOption marginOption(u"outside-margin"_s, u"Take M off the score of \"outside any name\" when tagging (see NerModel::outsideMargin)."_s, u"M"_s, u"0"_s);
    const QCommandLineOption predictOption(u"predict"_s, u"After training, tag IN.jsonl's texts into OUT.jsonl (repeatable)."_s, u"IN.jsonl:OUT.jsonl"_s);
    const QCommandLineOption excludeOption(u"exclude"_s, u"Leave out the texts whose id starts with PREFIX (repeatable)."_s, u"PREFIX"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"After training, show the decisions on TEXT (repeatable)."_s, u"TEXT"_s);
    const QCommandLineOption lexiconOption(u"lexicon"_s, u"Give capitalised words the class the word list of LANG gives them (de)."_s, u"LANG"_s);
    parser.addOptions({lexiconOption, excludeOption, explainOption, outputOption, provenanceOption, epochsOption, seedOption, holdOutOption, pruneOption, marginOption, predictOption});
    parser.process(app);

    const QStringList corpora = parser.positionalArguments();
    if (corpora.isEmpty() || !parser.isSet(outputOption)) {
        say(u"attache-train-ner: give --output FILE and at least one corpus (see --help)"_s);
        return 2;
    }
    const int epochs = parser.value(epochsOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const int holdOutEvery = std::max(2, parser.value(holdOutOption).toInt());
    const float prune = parser.value(pruneOption).toFloat();
    bool isMarginNumber = false;
    const float outsideMargin = parser.value(marginOption).toFloat(&isMarginNumber);
    if (!isMarginNumber || !std::isfinite(outsideMargin)) {
        say(u"attache-train-ner: --outside-margin wants a number, not %1"_s.arg(parser.value(marginOption)));
        return 2;
    }

    const Gazetteer &gazetteer = Gazetteer::instance();
    const NerLexicon *lexicon = nullptr;
    if (parser.isSet(lexiconOption)) {
        lexicon = NerLexicon::forLanguage(parser.value(lexiconOption));
        if (!lexicon) {
            say(u"attache-train-ner: no word list for %1"_s.arg(parser.value(lexiconOption)));
            return 2;
        }
    }
    QList<Corpus> read;
    QList<LabelledText> training;
    QList<LabelledText> heldOut;
    qsizetype tokens = 0;
    for (const QString &path : corpora) {
        Corpus corpus;
        if (!readCorpus(path, holdOutEvery, parser.values(excludeOption), gazetteer, corpus))
            return 1;
        for (const auto &text : std::as_const(corpus.training))
            tokens += text.tokens.size();
        training << corpus.training;
        heldOut << corpus.heldOut;
        say(u"%1: %2 texts for training, %3 held out, %4 left out, %5 spans of other types or descriptions skipped"_s
                .arg(corpus.path).arg(corpus.training.size()).arg(corpus.heldOut.size()).arg(corpus.excludedTexts)
                .arg(corpus.skippedSpans));
        read << std::move(corpus);
    }

    QElapsedTimer timer;
    timer.start();
    PerceptronTrainer trainer(gazetteer, lexicon);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const qsizetype wrong = trainer.trainEpoch(training, seed + quint32(epoch));
        say(u"epoch %1: %2 of %3 tokens wrong (%4 s)"_s.arg(epoch + 1).arg(wrong).arg(tokens).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    const QByteArray bytes = trainer.averagedModel(prune, outsideMargin);
    const NerModel model = NerModel::fromBytes(bytes, u"the trained model"_s);
    if (!model.isValid()) {
        say(model.error());
        return 1;
    }

    const auto scores = score(model, gazetteer, lexicon, heldOut);
    QJsonObject heldOutScores;
    for (int type = 0; type <= NerLabel::TypeCount; ++type) {
        const QString name = type < NerLabel::TypeCount ? NerLabel::typeName(type).toString() : u"all"_s;
        heldOutScores.insert(name, QJsonObject{{u"exact_f1"_s, std::round(scores[type].f1() * 1000) / 10},
                                               {u"gold"_s, scores[type].gold}});
        say(u"held out, exact typed spans, %1: F1 %2 (%3 gold)"_s.arg(name).arg(scores[type].f1() * 100, 0, 'f', 1).arg(scores[type].gold));
    }

    const QString output = parser.value(outputOption);
    QSaveFile modelFile(output);
    if (!modelFile.open(QIODevice::WriteOnly) || modelFile.write(bytes) != bytes.size() || !modelFile.commit()) {
        say(u"attache-train-ner: cannot write %1"_s.arg(output));
        return 1;
    }
    QString featureDescription = u"word, shape, affixes, two words either side, word pairs, the two previous labels, "
                                 u"sentence and headline position, whether the word also occurs in lower case, the "
                                 u"gazetteer's phrase types and word classes, the label the same word had earlier in the text; "
                                 u"in Arabic script, the stems of the word and its neighbours (no marks, no joined clitics) and the first and last two and three letters of the word's stem"_s;
    if (lexicon)
        featureDescription += u"; the word list's class of each capitalised word, alone, at a sentence start, with the "
                              u"word before it and with the next word's class"_s;
    QJsonArray corpusList;
    for (const auto &corpus : std::as_const(read))
        corpusList.append(QJsonObject{{u"file"_s, corpus.path}, {u"sha256"_s, corpus.sha256},
                                      {u"training_texts"_s, corpus.training.size()},
                                      {u"held_out_texts"_s, corpus.heldOut.size()}});
    const QJsonObject provenance{
        {u"about"_s, u"Weights of Attaché's entity tagger (app/analyze/nertagger.h), written by attache-train-ner "
                     u"(app/analyze/training). Retrain with the command below; the same inputs give the same bytes."_s},
        {u"command"_s, u"attache-train-ner --output resources/knowledge/%1 --epochs %2 --seed %3 --hold-out-every %4 --prune %5 %6%7%8"_s
                           .arg(QFileInfo(parser.value(outputOption)).fileName())
                           .arg(epochs).arg(seed).arg(holdOutEvery)
                           .arg(parser.value(pruneOption),
                                parser.isSet(marginOption) ? u"--outside-margin "_s + parser.value(marginOption) + u' ' : QString(),
                                parser.isSet(lexiconOption) ? u"--lexicon "_s + parser.value(lexiconOption) + u' ' : QString(),
                                corpora.join(u' '))},
        {u"left_out"_s, QJsonArray::fromStringList(parser.values(excludeOption))},
        {u"corpora"_s, corpusList},
        {u"features_version"_s, qint64(NerFeatures::Version)},
        {u"features"_s, featureDescription},
        {u"algorithm"_s, u"averaged perceptron, greedy left-to-right decoding with predicted history, BIO labels"_s},
        {u"labels"_s, u"O, B-/I- of PERSON ORG GPE LOC NORP FAC"_s},
        {u"feature_count"_s, qint64(model.featureCount())},
        {u"model_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {u"held_out_scores"_s, heldOutScores},
    };
    const QString provenancePath = parser.isSet(provenanceOption) ? parser.value(provenanceOption) : output + u".json"_s;
    QSaveFile provenanceFile(provenancePath);
    if (!provenanceFile.open(QIODevice::WriteOnly) || provenanceFile.write(QJsonDocument(provenance).toJson()) < 0
        || !provenanceFile.commit()) {
        say(u"attache-train-ner: cannot write %1"_s.arg(provenancePath));
        return 1;
    }
    say(u"wrote %1 (%2 bytes, %3 features) and %4"_s.arg(output).arg(bytes.size()).arg(model.featureCount()).arg(provenancePath));

    for (const QString &text : parser.values(explainOption))
        explain(model, gazetteer, lexicon, text);
    for (const QString &pair : parser.values(predictOption)) {
        const auto parts = pair.split(u':');
        if (parts.size() != 2 || !predict(model, gazetteer, lexicon, parts.at(0), parts.at(1)))
            return 1;
    }
    return 0;
}
