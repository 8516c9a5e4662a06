// entity_speed — how fast the entity recognizer runs on one core, and what loading its knowledge
// costs at start-up.
//
//   entity_speed [--min-mb N] [FILE.jsonl|FILE.txt …]
//   entity_speed --predict IN.jsonl OUT.jsonl
//
// --predict writes {"id", "entities"} lines with code-point offsets, as `attache analyze
// --input-jsonl` does, for scoring the recognizer alone without building the whole program.
// Without files it reads the texts of ../shared/eval/nlp/{entities,temporal}.jsonl. The texts are
// concatenated (repeated up to --min-mb megabytes, default 4) and recognised on this thread.
#include "analyze/entityrecognizer.h"
#include "threadseconds.h"
#include "analyze/gazetteer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>


using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

int predict(const QString &inputPath, const QString &outputPath)
{
    QFile input(inputPath);
    QFile output(outputPath);
    if (!input.open(QIODevice::ReadOnly) || !output.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "entity_speed: cannot read " << inputPath << " or write " << outputPath << '\n';
        return 1;
    }
    const EntityRecognizer recognizer;
    while (!input.atEnd()) {
        const auto object = QJsonDocument::fromJson(input.readLine()).object();
        const auto text = object.value(u"text"_s).toString();
        QList<qsizetype> codePointAt(text.size() + 1);
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            codePointAt[i] = codePoint;
            if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
                ++codePoint;
        }
        codePointAt[text.size()] = codePoint;
        QJsonArray entities;
        for (const auto &m : recognizer.recognize(text))
            entities.append(QJsonObject{{u"start"_s, codePointAt[m.start]}, {u"end"_s, codePointAt[m.end]},
                                        {u"type"_s, entityTypeName(m.type)}, {u"entity_id"_s, m.entityId}});
        output.write(QJsonDocument(QJsonObject{{u"id"_s, object.value(u"id"_s)}, {u"entities"_s, entities}})
                         .toJson(QJsonDocument::Compact)
                     + '\n');
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList paths;
    double minimumMegabytes = 4;
    if (app.arguments().value(1) == u"--predict"_s)
        return predict(app.arguments().value(2), app.arguments().value(3));
    const auto arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--min-mb"_s)
            minimumMegabytes = arguments.value(++i).toDouble();
        else
            paths << arguments.at(i);
    }
    if (paths.isEmpty())
        paths = QStringList{QStringLiteral(ATTACHE_SHARED_DIR "/eval/nlp/entities.jsonl"),
                            QStringLiteral(ATTACHE_SHARED_DIR "/eval/nlp/temporal.jsonl")};

    QStringList texts;
    for (const auto &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << path << ": cannot be read: " << file.errorString() << '\n';
            return 1;
        }
        if (path.endsWith(u".jsonl"_s)) {
            while (!file.atEnd()) {
                const auto object = QJsonDocument::fromJson(file.readLine()).object();
                if (object.contains(u"text"_s))
                    texts << object.value(u"text"_s).toString();
            }
        } else {
            texts << QString::fromUtf8(file.readAll());
        }
    }
    if (texts.isEmpty()) {
        QTextStream(stderr) << "entity_speed: no texts\n";
        return 1;
    }

    // Start-up cost: the process-wide instance, as the program pays it, then a second full load.
    QElapsedTimer timer;
    timer.start();
    const auto &gazetteer = Gazetteer::instance();
    const double firstLoad = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const Gazetteer again(u":/knowledge/iso_3166-1.json"_s, u":/knowledge/gazetteer.json"_s);
    const double secondLoad = timer.nsecsElapsed() / 1e6;

    QStringList corpus;
    qint64 bytes = 0;
    while (bytes < minimumMegabytes * 1e6) {
        for (const auto &text : std::as_const(texts)) {
            corpus << text;
            bytes += text.toUtf8().size();
        }
    }

    // Tokenising alone, to tell the scanner's share from the rules'.
    qint64 tokens = 0;
    double cpuStart = threadSeconds();
    for (const auto &text : std::as_const(corpus))
        tokens += tokenize(text).size();
    const double tokenSeconds = threadSeconds() - cpuStart;

    const EntityRecognizer recognizer;
    qint64 mentions = 0;
    timer.restart();
    cpuStart = threadSeconds();
    for (const auto &text : std::as_const(corpus))
        mentions += recognizer.recognize(text).size();
    const double cpuSeconds = threadSeconds() - cpuStart;
    const double seconds = timer.nsecsElapsed() / 1e9;

    out << "gazetteer: " << gazetteer.entities().size() << " entities, first load " << QString::number(firstLoad, 'f', 1)
        << " ms, reload " << QString::number(secondLoad, 'f', 1) << " ms\n";
    out << "recognition: " << QString::number(bytes / 1e6, 'f', 1) << " MB (UTF-8) in " << corpus.size()
        << " documents, " << mentions << " mentions, " << QString::number(cpuSeconds, 'f', 3) << " s CPU on one thread ("
        << QString::number(seconds, 'f', 3) << " s wall)\n";
    out << "tokenizer alone: " << tokens << " tokens, " << QString::number(bytes / 1e6 / tokenSeconds, 'f', 1) << " MB/s\n";
    out << "speed: " << QString::number(bytes / 1e6 / cpuSeconds, 'f', 1) << " MB/s per core (CPU time), "
        << QString::number(bytes / 1e6 / seconds, 'f', 1) << " MB/s wall\n";
    return 0;
}
