// analysis_speed — how fast a whole analysis (entities, time expressions, events) runs on one core,
// per language: each language's texts with that language's model and rules.
//
//   analysis_speed [--min-mb N] [--rounds N] [--stages] [FILE.jsonl …]
//
// JSONL lines with "text" and "lang" (a line without "lang" counts as English) and, when given,
// "dct". Without files it reads ../shared/eval/nlp/temporal.jsonl (English), the multilingual
// evaluation texts and the multilingual training texts. Each language's texts are repeated up to
// --min-mb megabytes (default 2) and analysed on this thread; the speed is UTF-8 megabytes per
// second of this thread's CPU time, so other processes on a busy machine do not count for much.
// They still do somewhat (caches and cores are shared): each language's texts are analysed in
// --rounds rounds (default 5), the languages taking turns, and the median is printed with the
// slowest and fastest round beside it. With
// --stages, each stage (entities, time expressions, events) is timed on its own as well, run as
// Analyzer::analyze runs them: where the time goes, per language.
#include "analyze/analyzer.h"
#include "analyze/entityrecognizer.h"
#include "analyze/eventextractor.h"
#include "analyze/gazetteer.h"
#include "analyze/scriptlanguage.h"
#include "analyze/timextagger.h"
#include "threadseconds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

struct Text
{
    QString text;
    QDate date;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    double minimumMegabytes = 2;
    int rounds = 5;
    bool isByStage = false;
    QStringList paths;
    const auto arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--min-mb"_s)
            minimumMegabytes = arguments.value(++i).toDouble();
        else if (arguments.at(i) == u"--rounds"_s)
            rounds = std::max(1, arguments.value(++i).toInt());
        else if (arguments.at(i) == u"--stages"_s)
            isByStage = true;
        else
            paths << arguments.at(i);
    }
    if (paths.isEmpty()) {
        for (const auto *path : {"/eval/nlp/temporal.jsonl", "/eval/nlp-multi/entities.jsonl", "/eval/nlp-multi/temporal.jsonl",
                                 "/train/multi/de-europeana.jsonl", "/train/multi/fr-europeana.jsonl",
                                 "/train/multi/ru-nerel.jsonl", "/train/multi/ar-anercorp.jsonl"})
            paths << QStringLiteral(ATTACHE_SHARED_DIR) + QString::fromLatin1(path);
    }

    QMap<QString, QList<Text>> byLanguage;
    for (const auto &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << path << ": cannot be read: " << file.errorString() << '\n';
            return 1;
        }
        while (!file.atEnd()) {
            const auto object = QJsonDocument::fromJson(file.readLine()).object();
            const auto text = object.value(u"text"_s).toString();
            if (text.isEmpty())
                continue;
            auto language = object.value(u"lang"_s).toString();
            if (language.isEmpty())
                language = u"en"_s;
            byLanguage[language] << Text{text, QDate::fromString(object.value(u"dct"_s).toString().left(10), Qt::ISODate)};
        }
    }
    if (byLanguage.isEmpty()) {
        QTextStream(stderr) << "analysis_speed: no texts\n";
        return 1;
    }

    Gazetteer::instance(); // loaded once per process, as the program does: not part of the speed
    const Analyzer analyzer;
    struct Measured
    {
        QList<Text> corpus;
        qint64 bytes = 0;
        qint64 entities = 0, expressions = 0, events = 0;
        QList<double> speeds; // MB/s of each round
    };
    QMap<QString, Measured> measured;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        auto &language = measured[it.key()];
        // Every text once at least, however small --min-mb is.
        do {
            for (const auto &text : it.value()) {
                language.corpus << text;
                language.bytes += text.text.toUtf8().size();
            }
        } while (language.bytes < minimumMegabytes * 1e6);
        // One analysis first, so that the language's model and rules are loaded outside the timing.
        analyzer.analyze(language.corpus.first().text, language.corpus.first().date, false, it.key());
    }
    for (int round = 0; round < rounds; ++round) {
        for (auto it = measured.begin(); it != measured.end(); ++it) {
            auto &language = it.value();
            qint64 entities = 0, expressions = 0, events = 0;
            const double start = threadSeconds();
            for (const auto &text : std::as_const(language.corpus)) {
                const auto analysis = analyzer.analyze(text.text, text.date, false, it.key());
                entities += analysis.entities.size();
                expressions += analysis.timex.size();
                events += analysis.events.size();
            }
            language.speeds << language.bytes / 1e6 / (threadSeconds() - start);
            language.entities = entities;
            language.expressions = expressions;
            language.events = events;
        }
    }
    for (auto it = measured.cbegin(); it != measured.cend(); ++it) {
        const auto &language = it.value();
        auto speeds = language.speeds;
        std::sort(speeds.begin(), speeds.end());
        const double median = speeds.size() % 2 ? speeds.at(speeds.size() / 2)
                                                : (speeds.at(speeds.size() / 2 - 1) + speeds.at(speeds.size() / 2)) / 2;
        const qint64 bytes = language.bytes;
        const auto &corpus = language.corpus;
        out << it.key() << ": " << QString::number(bytes / 1e6, 'f', 1) << " MB in " << corpus.size() << " texts, "
            << language.entities << " entities, " << language.expressions << " time expressions, " << language.events
            << " events; " << QString::number(median, 'f', 1) << " MB/s per core (CPU time)";
        if (speeds.size() > 1) {
            out << ", median of " << speeds.size() << " rounds (" << QString::number(speeds.first(), 'f', 1) << "–"
                << QString::number(speeds.last(), 'f', 1) << ")";
        }
        out << '\n';
        if (!isByStage)
            continue;
        // The stages of Analyzer::analyze(text, …), each timed on its own.
        double entitySeconds = 0, timexSeconds = 0, eventSeconds = 0;
        for (const auto &text : std::as_const(corpus)) {
            const auto textLanguage = analysisLanguage(it.key(), text.text);
            double mark = threadSeconds();
            const auto mentions = EntityRecognizer().recognize(text.text, textLanguage);
            entitySeconds += threadSeconds() - mark;
            mark = threadSeconds();
            const auto timex = TimexTagger().tag(text.text, text.date, false, textLanguage);
            timexSeconds += threadSeconds() - mark;
            mark = threadSeconds();
            EventExtractor().extract(text.text, mentions, timex, text.date, false, textLanguage);
            eventSeconds += threadSeconds() - mark;
        }
        const double stageSeconds = entitySeconds + timexSeconds + eventSeconds;
        const auto share = [&](double part) {
            return QString::number(100 * part / stageSeconds, 'f', 0) + u"% ("_s + QString::number(bytes / 1e6 / part, 'f', 1)
                   + u" MB/s)"_s;
        };
        out << "  stages: entities " << share(entitySeconds) << ", time expressions " << share(timexSeconds) << ", events "
            << share(eventSeconds) << '\n';
    }
    return 0;
}
