#include "annotate/anchoring.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// Written for these tests: a short diplomatic news item.
const auto Original = uR"(Skip to content

Ministers Agree to Reopen Talks

Foreign ministers from both countries met in Geneva on Tuesday and agreed to reopen the talks that stalled last spring. “We have a lot of ground to cover,” the minister said, adding that trade would come first.

The delegations will meet again in Ottawa next month. Officials said the agenda would include fisheries, visas and the detained engineers' case.

Observers in Ottawa called the meeting a modest but real step. Analysts noted that the talks had collapsed twice before.)"_s;

// Smallest edit distance between the pattern and any substring (Sellers), for checking search().
int bestDistance(const QString &text, const QString &pattern)
{
    std::vector<int> column(pattern.size() + 1);
    for (qsizetype i = 0; i <= pattern.size(); ++i)
        column[i] = int(i);
    int best = column[pattern.size()];
    for (const auto c : text) {
        int diagonal = column[0];
        column[0] = 0;
        for (qsizetype i = 1; i <= pattern.size(); ++i) {
            const int above = column[i];
            column[i] = std::min({column[i] + 1, column[i - 1] + 1, diagonal + (pattern.at(i - 1) == c ? 0 : 1)});
            diagonal = above;
        }
        best = std::min(best, column[pattern.size()]);
    }
    return best;
}

QString randomText(QRandomGenerator &random, int length, const QString &alphabet)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

} // namespace

class AnchoringTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchor_data();
    void anchor();
    void search_data();
    void search();
    void editDistance_data();
    void editDistance();
    void fold();
};

void AnchoringTest::anchor_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("changed"); // the article's new text
    QTest::addColumn<QString>("expected"); // what the anchor must cover in it; empty: orphan
    QTest::addColumn<int>("method");

    const auto quote = u"agreed to reopen the talks that stalled last spring"_s;
    QTest::newRow("nominal: unchanged text") << quote << Original << quote << int(AnchorMethod::Position);
    QTest::newRow("nominal: sentence inserted before")
        << quote << QString(Original).replace(u"Foreign ministers"_s, u"In a surprise move, foreign ministers"_s) << quote
        << int(AnchorMethod::ExactQuote);
    QTest::newRow("nominal: paragraph deleted before")
        << quote << QString(Original).remove(u"Ministers Agree to Reopen Talks\n\n"_s) << quote << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: cleaner drops a boilerplate line")
        << quote << QString(Original).remove(u"Skip to content\n\n"_s) << quote << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: cleaner keeps a new boilerplate line")
        << quote << u"Share this article\n\n"_s + Original << quote << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: edits after the quote")
        << quote << QString(Original).replace(u"adding that trade"_s, u"stressing that commerce"_s) << quote
        << int(AnchorMethod::Position);
    QTest::newRow("robustness: curly quotes become straight")
        << u"“We have a lot of ground to cover,” the minister said"_s
        << QString(Original).replace(u"“"_s, u"\""_s).replace(u"”"_s, u"\""_s)
        << u"\"We have a lot of ground to cover,\" the minister said"_s << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: straight apostrophe becomes curly")
        << u"the detained engineers' case"_s << QString(Original).replace(u"engineers'"_s, u"engineers’"_s)
        << u"the detained engineers’ case"_s << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: line breaks and spaces change")
        << u"Officials said the agenda would include fisheries"_s
        << QString(Original).replace(u"Officials said the agenda"_s, u"Officials  said\nthe agenda"_s)
        << u"Officials  said\nthe agenda would include fisheries"_s << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: a word inside the quote changes")
        << quote << QString(Original).replace(u"stalled last spring"_s, u"stalled last summer"_s)
        << u"agreed to reopen the talks that stalled last summer"_s << int(AnchorMethod::Fuzzy);
    QTest::newRow("robustness: a typo fixed inside the quote and context edited")
        << u"Analysts noted that the talks had collapsed twice before"_s
        << QString(Original).replace(u"Analysts noted"_s, u"Analysts have noted"_s).replace(u"a modest but real"_s, u"a modest yet real"_s)
        << u"Analysts have noted that the talks had collapsed twice before"_s << int(AnchorMethod::Fuzzy);
    QTest::newRow("robustness: repeated short quote, context decides")
        << u"in Ottawa"_s << QString(Original).replace(u"Foreign ministers from both countries"_s, u"Ministers"_s)
        << u"in Ottawa"_s << int(AnchorMethod::ExactQuote);
    QTest::newRow("robustness: passage deleted becomes an orphan")
        << u"Officials said the agenda would include fisheries, visas and the detained engineers' case."_s
        << QString(Original).remove(u" Officials said the agenda would include fisheries, visas and the detained engineers' case."_s)
        << QString() << int(AnchorMethod::Orphan);
    QTest::newRow("robustness: short quote deleted, same words elsewhere")
        << u"meet again in Ottawa"_s << QString(Original).remove(u"The delegations will meet again in Ottawa next month. "_s)
        << QString() << int(AnchorMethod::Orphan);
    QTest::newRow("robustness: passage rewritten beyond recognition")
        << quote
        << QString(Original).replace(u"agreed to reopen the talks that stalled last spring"_s, u"failed to settle any of their differences"_s)
        << QString() << int(AnchorMethod::Orphan);
}

void AnchoringTest::anchor()
{
    QFETCH(QString, quote);
    QFETCH(QString, changed);
    QFETCH(QString, expected);
    QFETCH(int, method);

    // The quote as the reader selected it in the original text.
    const auto at = Original.indexOf(quote);
    QVERIFY2(at >= 0, "the quote must be in the original text");
    const auto selector = TextSelector::fromText(Original, at, at + quote.size());

    const auto result = Anchoring::anchor(changed, selector);
    QCOMPARE(anchorMethodName(result.method), anchorMethodName(AnchorMethod(method)));
    if (expected.isEmpty()) {
        QVERIFY(!result.isAnchored());
        return;
    }
    QCOMPARE(changed.mid(result.start, result.end - result.start), expected);
    // The occurrence the reader chose, not another one with the same words.
    QCOMPARE(changed.mid(result.end, 16), Original.mid(selector.end, 16));
}

void AnchoringTest::search_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("patternLength");
    QTest::addColumn<QString>("alphabet");

    QTest::newRow("nominal: short pattern, small alphabet") << 1 << 5 << u"abc"_s;
    QTest::newRow("nominal: word-sized pattern") << 2 << 40 << u"abcdefgh "_s;
    QTest::newRow("robustness: exactly one machine word") << 3 << 64 << u"abcd"_s;
    QTest::newRow("robustness: several machine words") << 4 << 150 << u"abcdef"_s;
    QTest::newRow("robustness: non-Latin characters") << 5 << 30 << u"αβγ日本’“"_s;
}

void AnchoringTest::search()
{
    QFETCH(int, seed);
    QFETCH(int, patternLength);
    QFETCH(QString, alphabet);
    QRandomGenerator random(seed);
    for (int round = 0; round < 20; ++round) {
        // A text holding a mutated copy of the pattern, so that good matches exist.
        const auto pattern = randomText(random, patternLength, alphabet);
        auto copy = pattern;
        for (int edits = random.bounded(patternLength / 4 + 1); edits > 0; --edits) {
            const auto at = random.bounded(int(copy.size()));
            switch (random.bounded(3)) {
            case 0: copy.remove(at, 1); break;
            case 1: copy.insert(at, alphabet.at(random.bounded(int(alphabet.size())))); break;
            default: copy[at] = alphabet.at(random.bounded(int(alphabet.size()))); break;
            }
        }
        const QString text = randomText(random, 200, alphabet) + copy + randomText(random, 200, alphabet);
        const int best = bestDistance(text, pattern);
        const int maxErrors = patternLength / 3;
        const auto matches = Anchoring::search(text, pattern, maxErrors);
        if (best > maxErrors) {
            QVERIFY(matches.isEmpty());
            continue;
        }
        QVERIFY(!matches.isEmpty());
        int smallest = maxErrors + 1;
        for (const auto &match : matches) {
            // Every reported match is a real alignment with the reported number of edits.
            QCOMPARE(Anchoring::editDistance(pattern, text.mid(match.start, match.end - match.start)), match.errors);
            QVERIFY(match.errors <= maxErrors);
            smallest = std::min(smallest, match.errors);
        }
        QCOMPARE(smallest, best);
    }
}

void AnchoringTest::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");

    QTest::newRow("nominal: identical") << u"talks"_s << u"talks"_s << 0;
    QTest::newRow("nominal: one substitution") << u"talks"_s << u"walks"_s << 1;
    QTest::newRow("nominal: insertion and deletion") << u"kitten"_s << u"sitting"_s << 3;
    QTest::newRow("robustness: empty side") << QString() << u"abc"_s << 3;
}

void AnchoringTest::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(Anchoring::editDistance(a, b), distance);
    QCOMPARE(Anchoring::editDistance(b, a), distance);
}

void AnchoringTest::fold()
{
    const auto text = u"“A”\u00A0 \n—b\u00ADc"_s;
    const auto folded = Anchoring::fold(text);
    QCOMPARE(folded.text, u"\"A\" -bc"_s);
    // Folded ranges map back to the original characters.
    QCOMPARE(folded.toOriginalStart(4), text.indexOf(u'—'));
    QCOMPARE(folded.toOriginalEnd(7), text.size());
    QCOMPARE(folded.foldedAt.size(), text.size() + 1);
}

QTEST_GUILESS_MAIN(AnchoringTest)
#include "anchoring_test.moc"
