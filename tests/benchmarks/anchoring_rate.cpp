// Re-anchoring rate over synthetic edits: takes article texts (the seed sample and the textcopy
// evaluation texts, read by path), highlights random passages, edits the text at random near or
// far from the passage (insertions, deletions, replacements, whitespace, quote style, boilerplate
// lines) while tracking where the passage really went, then re-anchors and counts:
//   anchored exactly / fuzzy (correct place) / orphaned (passage gone | passage still there) / wrong.
// Passages are chosen among those that occur once in their text. ANCHORING_RATE_VERBOSE=1 lists
// the wrong ones.
//
// Usage: anchoring_rate [TRIALS] [SEED]      (defaults 400, 1)

#include "annotate/anchoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

QString rawParagraphs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paragraphs;
    for (const auto &paragraph : QString::fromUtf8(file.readAll()).split(QRegularExpression(u"\\n\\s*\\n"_s))) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs << paragraph.trimmed();
    }
    return paragraphs.join(u"\n\n"_s);
}

struct Tracked
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype damaged = 0; // quote characters removed or replaced
    bool isDestroyed = false;
};

// Replaces text[a, b) by `replacement` and moves the tracked passage accordingly.
void edit(Tracked &t, qsizetype a, qsizetype b, const QString &replacement)
{
    a = std::clamp<qsizetype>(a, 0, t.text.size());
    b = std::clamp<qsizetype>(b, a, t.text.size());
    const auto delta = replacement.size() - (b - a);
    t.text.replace(a, b - a, replacement);
    if (b <= t.start) {
        t.start += delta;
        t.end += delta;
    } else if (a >= t.end) {
        // after: nothing moves
    } else if (a <= t.start && b >= t.end) {
        t.isDestroyed = true;
        t.damaged += t.end - t.start;
        t.start = a;
        t.end = a + replacement.size();
    } else if (a >= t.start && b <= t.end) {
        t.damaged += std::max<qsizetype>(b - a, replacement.size());
        t.end += delta;
    } else if (a < t.start) { // overlaps the start
        t.damaged += b - t.start;
        t.start = a + replacement.size();
        t.end += delta;
    } else { // overlaps the end
        t.damaged += t.end - a;
        t.end = a;
    }
}

QString randomWords(QRandomGenerator &random, const QStringList &words, int count)
{
    QStringList chosen;
    for (int i = 0; i < count; ++i)
        chosen << words.at(random.bounded(int(words.size())));
    return chosen.join(u' ');
}

// A word-aligned span: a few words, or a sentence-sized run.
std::pair<qsizetype, qsizetype> randomPassage(QRandomGenerator &random, const QString &text)
{
    static const QRegularExpression wordStart(u"\\b\\w"_s);
    QList<qsizetype> starts;
    auto it = wordStart.globalMatch(text);
    while (it.hasNext())
        starts << it.next().capturedStart();
    const int words = random.bounded(3) == 0 ? 1 + random.bounded(3) : 5 + random.bounded(25);
    const auto first = random.bounded(int(std::max<qsizetype>(1, starts.size() - words - 1)));
    const auto last = std::min<qsizetype>(first + words, starts.size() - 1);
    auto start = starts.at(first);
    auto end = starts.at(last);
    while (end > start && !text.at(end - 1).isLetterOrNumber() && text.at(end - 1) != u'.')
        --end;
    return {start, end};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int trials = argc > 1 ? std::atoi(argv[1]) : 400;
    QRandomGenerator random(argc > 2 ? quint32(std::atoi(argv[2])) : 1u);

    QStringList texts{rawParagraphs(QStringLiteral(ATTACHE_SHARED_DIR "/samples/000_e49f2e464c2e54c8.txt"))};
    const QDir evalTexts(QStringLiteral(ATTACHE_SHARED_DIR "/eval/clean/textcopy/text"));
    for (const auto &name : evalTexts.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const auto text = rawParagraphs(evalTexts.filePath(name));
        if (text.size() > 800)
            texts << text;
    }

    int exact = 0, fuzzy = 0, orphanGone = 0, orphanPresent = 0, wrong = 0, wrongGone = 0;
    int near = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const auto &original = texts.at(trial % texts.size());
        // Passages that occur once: a second identical copy (menus and share bars repeated in the
        // evaluation pages) cannot be told apart from the first, whatever the method.
        const auto folded = Anchoring::fold(original).text;
        auto [start, end] = randomPassage(random, original);
        for (int attempt = 0; attempt < 50 && folded.count(Anchoring::fold(original.mid(start, end - start)).text) != 1; ++attempt)
            std::tie(start, end) = randomPassage(random, original);
        const auto selector = TextSelector::fromText(original, start, end);
        const auto words = original.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);

        Tracked t{original, start, end, 0, false};
        const int edits = 1 + random.bounded(4);
        bool isNear = false;
        for (int e = 0; e < edits; ++e) {
            // Near: within 40 characters of the passage (possibly into it); far: anywhere.
            const bool editNear = random.bounded(2) == 0;
            isNear |= editNear;
            qsizetype at = editNear ? std::clamp<qsizetype>(random.bounded(int(t.start - 40), int(t.end + 40)), 0, t.text.size())
                                    : random.bounded(int(t.text.size()));
            switch (random.bounded(7)) {
            case 0: // insertion of words
                edit(t, at, at, u' ' + randomWords(random, words, 1 + random.bounded(8)));
                break;
            case 1: // deletion
                edit(t, at, at + 1 + random.bounded(editNear ? 12 : 80), {});
                break;
            case 2: // replacement of a few characters by words
                edit(t, at, at + 1 + random.bounded(10), randomWords(random, words, 1 + random.bounded(3)));
                break;
            case 3: { // whitespace: a space becomes a line break or two spaces
                const auto space = t.text.indexOf(u' ', at);
                if (space >= 0)
                    edit(t, space, space + 1, random.bounded(2) ? u"\n"_s : u"  "_s);
                break;
            }
            case 4: // quote style, everywhere (same length)
                if (random.bounded(2))
                    t.text.replace(u'\'', u'’').replace(u'"', u'“');
                else
                    t.text.replace(u'’', u'\'').replace(u'“', u'"').replace(u'”', u'"');
                break;
            case 5: // the cleaner keeps a boilerplate line, or drops the first paragraph
                if (random.bounded(2)) {
                    edit(t, 0, 0, u"Advertisement\n\n"_s);
                } else {
                    const auto firstBreak = t.text.indexOf(u"\n\n"_s);
                    if (firstBreak > 0 && firstBreak < t.start)
                        edit(t, 0, firstBreak + 2, {});
                }
                break;
            default: // a whole sentence near the passage removed
            {
                const auto sentenceEnd = t.text.indexOf(u". "_s, at);
                const auto sentenceStart = t.text.lastIndexOf(u". "_s, at);
                if (sentenceStart >= 0 && sentenceEnd > sentenceStart)
                    edit(t, sentenceStart + 2, sentenceEnd + 2, {});
                break;
            }
            }
        }
        near += isNear;
        const auto length = end - start;
        // The passage is gone when destroyed or more than half rewritten.
        const bool isGone = t.isDestroyed || t.damaged * 2 > length || t.end <= t.start;
        const auto result = Anchoring::anchor(t.text, selector);
        if (!result.isAnchored()) {
            if (!isGone && qEnvironmentVariableIsSet("ANCHORING_RATE_VERBOSE"))
                QTextStream(stderr) << "orphaned though present:\n  quote: " << selector.exact
                                    << "\n  truth: " << t.text.mid(t.start, t.end - t.start) << '\n';
            ++(isGone ? orphanGone : orphanPresent);
            continue;
        }
        const auto overlap = std::min(result.end, t.end) - std::max(result.start, t.start);
        const bool isRight = !isGone && overlap * 2 >= std::max(result.end - result.start, t.end - t.start);
        if (!isRight) {
            if (qEnvironmentVariableIsSet("ANCHORING_RATE_VERBOSE"))
                QTextStream(stderr) << "wrong (" << anchorMethodName(result.method) << ", score " << result.score
                                    << (isGone ? ", passage gone" : "") << "):\n  quote: " << selector.exact
                                    << "\n  truth: " << t.text.mid(t.start, t.end - t.start)
                                    << "\n  found: " << t.text.mid(result.start, result.end - result.start) << '\n';
            ++wrong;
            wrongGone += isGone;
            continue;
        }
        ++(result.method == AnchorMethod::Fuzzy ? fuzzy : exact);
    }

    QTextStream out(stdout);
    out << "anchoring_rate: " << trials << " trials over " << texts.size() << " texts, " << near
        << " with edits near the passage\n";
    out << "  anchored exactly:                " << exact << '\n';
    out << "  anchored fuzzy:                  " << fuzzy << '\n';
    out << "  orphaned (passage gone):         " << orphanGone << '\n';
    out << "  orphaned (passage still there):  " << orphanPresent << '\n';
    out << "  wrong place:                     " << wrong << " (" << wrongGone << " of them where the passage was gone)\n";
    out << "  re-anchoring rate (correct / passages still there): "
        << QString::number(100.0 * (exact + fuzzy) / std::max(1, exact + fuzzy + orphanPresent + wrong - wrongGone), 'f', 1)
        << "%\n";
    return 0;
}
