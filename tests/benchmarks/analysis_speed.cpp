// analysis_speed — how fast a whole analysis (entities, time expressions, events) runs on one core,
// per language: each language's texts with that language's model and rules.
//
//   analysis_speed [--min-mb N] [--stages] [FILE.jsonl …]
//
// JSONL lines with "text" and "lang" (a line without "lang" counts as English) and, when given,
// "dct". Without files it reads ../shared/eval/nlp/temporal.jsonl (English), the multilingual
// evaluation texts and the multilingual training texts. Each language's texts are repeated up to
// --min-mb megabytes (default 2) and analysed on this thread; the speed is UTF-8 megabytes per
// second of this thread's CPU time, so other processes on a busy machine do not count. With
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
    bool isByStage = false;
    QStringList paths;
    const auto arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--min-mb"_s)
            minimumMegabytes = arguments.value(++i).toDouble();
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
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        QList<Text> corpus;
        qint64 bytes = 0;
        // Every text once at least, however small --min-mb is.
        do {
            for (const auto &text : it.value()) {
                corpus << text;
                bytes += text.text.toUtf8().size();
            }
        } while (bytes < minimumMegabytes * 1e6);
        // One analysis first, so that the language's model and rules are loaded outside the timing.
        analyzer.analyze(corpus.first().text, corpus.first().date, false, it.key());
        qint64 entities = 0, expressions = 0, events = 0;
        const double start = threadSeconds();
        for (const auto &text : std::as_const(corpus)) {
            const auto analysis = analyzer.analyze(text.text, text.date, false, it.key());
            entities += analysis.entities.size();
            expressions += analysis.timex.size();
            events += analysis.events.size();
        }
        const double seconds = threadSeconds() - start;
        out << it.key() << ": " << QString::number(bytes / 1e6, 'f', 1) << " MB in " << corpus.size() << " texts, "
            << entities << " entities, " << expressions << " time expressions, " << events << " events; "
            << QString::number(bytes / 1e6 / seconds, 'f', 1) << " MB/s per core (CPU time)\n";
        if (!isByStage)
            continue;
        // The stages of Analyzer::analyze(text, …), each timed on its own.
        double entitySeconds = 0, timexSeconds = 0, eventSeconds = 0;
        for (const auto &text : std::as_const(corpus)) {
            const auto language = analysisLanguage(it.key(), text.text);
            double mark = threadSeconds();
            const auto mentions = EntityRecognizer().recognize(text.text, language);
            entitySeconds += threadSeconds() - mark;
            mark = threadSeconds();
            const auto timex = TimexTagger().tag(text.text, text.date, false, language);
            timexSeconds += threadSeconds() - mark;
            mark = threadSeconds();
            EventExtractor().extract(text.text, mentions, timex, text.date, false, language);
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
