#include "analyze/gazetteer.h"
#include "analyze/nermodel.h"
#include "analyze/nerlexicon.h"
#include "analyze/nertagger.h"

#include <QTemporaryDir>
#include <QTest>

#include <bit>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// "surface|TYPE" for every span the tagger finds, in text order, with the language's word list.
QStringList tagged(const NerModel &model, const QString &text, const QString &language = u"en"_s)
{
    const auto tokens = tokenize(text);
    QStringList out;
    const NerFeatures features(text, tokens, Gazetteer::instance(), NerLexicon::forLanguage(language));
    for (const auto &span : NerTagger(model).tag(features)) {
        const auto start = tokens.at(span.firstToken).start;
        const auto end = tokens.at(span.lastToken).end;
        out << text.mid(start, end - start) + u'|' + NerLabel::typeName(span.type).toString();
    }
    return out;
}

} // namespace

class NerTaggerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedModelLoads()
    {
        const auto &model = NerTagger::defaultModel();
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        QVERIFY(model.featureCount() > 10000);
    }

    // Sentences written for this test; none of these names is in the gazetteer, so only what the
    // model learned about names in context can find them.
    void namesNobodyListed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // each "surface|TYPE" must be among the spans found
        QTest::addColumn<QStringList>("named");    // each surface must at least overlap a span found

        QTest::newRow("nominal: a person, a company and a city")
            << u"Ingrid Halvorsen, the chief executive of Norrland Timber, met Kofi Mensah in Kumasi on Tuesday."_s
            << QStringList{u"Ingrid Halvorsen|PERSON"_s, u"Kofi Mensah|PERSON"_s, u"Kumasi|GPE"_s}
            << QStringList{u"Norrland Timber"_s};
        QTest::newRow("nominal: a surname alone after the full name")
            << u"Minister Tomasz Wierzbicki arrived late. Wierzbicki said the talks had stalled."_s
            << QStringList{u"Tomasz Wierzbicki|PERSON"_s, u"Wierzbicki|PERSON"_s} << QStringList();
        QTest::newRow("nominal: an organisation named by its kind")
            << u"The Baltic Grain Exporters Association said prices would rise."_s
            << QStringList() << QStringList{u"Baltic Grain Exporters Association"_s};
    }
    void namesNobodyListed()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, named);
        const auto found = tagged(NerTagger::defaultModel(), text);
        for (const auto &name : std::as_const(expected))
            QVERIFY2(found.contains(name), qPrintable(u"%1 not in %2"_s.arg(name, found.join(u", "))));
        // Where the model may still cut a long name or misjudge its type, the name is still marked.
        for (const auto &name : std::as_const(named)) {
            const bool isMarked = std::any_of(found.begin(), found.end(), [&](const QString &span) {
                const QString surface = span.section(u'|', 0, 0);
                return name.contains(surface) || surface.contains(name);
            });
            QVERIFY2(isMarked, qPrintable(u"%1 not marked in %2"_s.arg(name, found.join(u", "))));
        }
    }

    // Sentences written for this test in the languages that have a model of their own; the
    // names are in no list of Attaché's.
    void namesInOtherLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("named"); // each surface must at least overlap a span found
        QTest::newRow("nominal: Russian")
            << u"ru"_s << u"Министр торговли Аркадий Воронцов провёл переговоры в Новосибирске с делегацией компании «Сибирский лес»."_s
            << QStringList{u"Аркадий Воронцов"_s, u"Новосибирске"_s};
        QTest::newRow("nominal: German, nouns capitalised")
            << u"de-DE"_s << u"Die Ministerin Katharina Lindqvist traf am Dienstag in Rostock die Vertreter der Hafengesellschaft."_s
            << QStringList{u"Katharina Lindqvist"_s, u"Rostock"_s};
        QTest::newRow("nominal: French")
            << u"fr-FR"_s << u"La ministre Hélène Marchetti a reçu à Bruxelles son homologue Karim Benmansour, venu d'Alger."_s
            << QStringList{u"Hélène Marchetti"_s, u"Karim Benmansour"_s, u"Bruxelles"_s};
        QTest::newRow("nominal: Arabic, no capitals")
            << u"ar"_s << u"التقى وزير التجارة سامي الحداد في مدينة صفاقس بممثلي شركة الموانئ يوم الثلاثاء."_s
            << QStringList{u"سامي الحداد"_s, u"صفاقس"_s};
        // Common Arabic given names are a word class the tagger reads, also behind a joined "and".
        QTest::newRow("nominal: Arabic, given names after a demonym and behind a conjunction")
            << u"ar"_s << u"وشارك في اللقاء الكاتب المصري سعيد الفقي والصحفي وليد الحسن."_s
            << QStringList{u"سعيد الفقي"_s, u"وليد الحسن"_s};
        // Foreign names spelt out in Arabic letters are known by their stems' beginnings and
        // endings, the clitics joined before them ("وال", "بال") set aside.
        QTest::newRow("nominal: Arabic, foreign names in Arabic letters")
            << u"ar"_s << u"واستقبل الرئيس التونسي في قرطاج وزير الخارجية النرويجي يوهان سفيردروب وبحث معه التعاون."_s
            << QStringList{u"قرطاج"_s, u"يوهان سفيردروب"_s};
        QTest::newRow("nominal: Arabic, a sentence opening with a conjunction and a foreign name")
            << u"ar"_s << u"والتقى كريستوفر هالوران بالمبعوث الأممي في جنيف لمناقشة الأزمة."_s
            << QStringList{u"كريستوفر هالوران"_s, u"جنيف"_s};
    }
    void namesInOtherLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, named);
        const auto &model = NerTagger::modelForLanguage(language);
        QVERIFY(&model != &NerTagger::defaultModel());
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const auto found = tagged(model, text, language);
        for (const auto &name : std::as_const(named)) {
            const bool isMarked = std::any_of(found.begin(), found.end(), [&](const QString &span) {
                const QString surface = span.section(u'|', 0, 0);
                return name.contains(surface) || surface.contains(name);
            });
            QVERIFY2(isMarked, qPrintable(u"%1 not marked in %2"_s.arg(name, found.join(u", "))));
        }
    }

    // Arabic joins "and", "with", "to" and the article to the word after them and spells some letters
    // either way: the forms of one word share its stem, which the tagger keys the word's earlier label
    // on and which it has features of; a word the stripping would cut below three letters keeps them.
    void arabicFormsShareTheirStem_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("isSame");
        QTest::newRow("nominal: conjunction before a name") << u"برونيه"_s << u"وبرونيه"_s << true;
        QTest::newRow("nominal: preposition and article") << u"العراق"_s << u"بالعراق"_s << true;
        QTest::newRow("nominal: li- before the article drops its alif") << u"الأمم"_s << u"للأمم"_s << true;
        QTest::newRow("nominal: hamza on the alif and alif maqsura") << u"إلى"_s << u"الي"_s << true;
        QTest::newRow("nominal: short vowels and tatweel") << u"مُحَمَّد"_s << u"محـمد"_s << true;
        QTest::newRow("boundary: a short word keeps its first letter") << u"ولد"_s << u"لد"_s << false;
        QTest::newRow("boundary: different names stay apart") << u"برونيه"_s << u"برونو"_s << false;
        QTest::newRow("robustness: Latin script is keyed as before") << u"Paris"_s << u"paris"_s << true;
    }
    void arabicFormsShareTheirStem()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, isSame);
        const auto key = [](const QString &word) {
            const auto tokens = tokenize(word);
            const NerFeatures features(word, tokens, Gazetteer::instance());
            return features.wordKey(0);
        };
        QCOMPARE(key(first) == key(second), isSame);
    }

    // Arabic given names and nationality adjectives are word classes in every form news writes
    // them: with a clitic joined, with a bare alif for a first hamza, and a demonym with the
    // article, in the feminine and in the plural.
    void arabicWordClasses_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("wordClass");
        QTest::newRow("nominal: a given name") << u"أحمد"_s << int(FirstName);
        QTest::newRow("nominal: a given name with a bare alif") << u"احمد"_s << int(FirstName);
        QTest::newRow("nominal: a given name behind and") << u"وأحمد"_s << int(FirstName);
        QTest::newRow("nominal: a demonym with the article, feminine") << u"الفرنسية"_s << int(Demonym);
        QTest::newRow("nominal: a demonym behind and and the article") << u"والسعودي"_s << int(Demonym);
        QTest::newRow("nominal: a demonym's plural behind a preposition") << u"بالمصريين"_s << int(Demonym);
        QTest::newRow("boundary: an ordinary noun") << u"الحكومة"_s << 0;
        QTest::newRow("robustness: a Latin given name keeps its class") << u"Ahmed"_s << int(FirstName);
    }
    void arabicWordClasses()
    {
        QFETCH(QString, word);
        QFETCH(int, wordClass);
        const auto tokens = tokenize(word);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(Gazetteer::instance().wordClass(tokens.first().hash) & (FirstName | Demonym), wordClass);
    }

    void languagesWithoutAModelUseTheDefault_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: English") << u"en"_s;
        QTest::newRow("nominal: Spanish, no model yet") << u"es-ES"_s;
        QTest::newRow("boundary: none declared") << QString();
        QTest::newRow("robustness: not a tag") << u"deutsch"_s;
    }
    void languagesWithoutAModelUseTheDefault()
    {
        QFETCH(QString, language);
        QCOMPARE(&NerTagger::modelForLanguage(language), &NerTagger::defaultModel());
    }

    void ordinaryWordsStayUnnamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("robustness: a sentence without names") << u"en"_s << u"The talks will resume after the holiday."_s;
        QTest::newRow("robustness: quotation marks and dashes") << u"en"_s << u"He said, ``We want to know -- now.''"_s;
        QTest::newRow("robustness: empty") << u"en"_s << QString();
        // German capitalises every noun; a noun after a preposition, without an article, is no
        // place ("in Zusammenarbeit"): the word list knows it as a noun. TODO: "in Kürze" is still
        // read as a place by the German model.
        QTest::newRow("nominal: a German noun after a preposition")
            << u"de"_s << u"Das Konzept wird in Zusammenarbeit mit der Feuerwehr erarbeitet."_s;
    }
    void ordinaryWordsStayUnnamed()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QCOMPARE(tagged(NerTagger::modelForLanguage(language), text, language), QStringList());
    }

    void serialisedModelIsDeterministic()
    {
        // The same weights in any order give the same bytes, and the bytes score as the weights say.
        const QList<std::pair<quint64, QList<std::pair<int, float>>>> weights{
            {11, {{0, 2.0f}, {3, -1.0f}}}, {42, {{3, 4.0f}}}, {7, {{1, 0.5f}}}};
        auto reversed = weights;
        std::reverse(reversed.begin(), reversed.end());
        const QByteArray bytes = NerModel::serialise(weights);
        QCOMPARE(NerModel::serialise(reversed), bytes);

        const NerModel model = NerModel::fromBytes(bytes, u"test"_s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        QCOMPARE(model.featureCount(), 3u);
        const quint64 features[] = {11, 42, 999};
        NerModel::Scores scores{};
        model.score(features, 3, scores);
        // Weights are stored in 16 bits: a few parts in 100 000 of the largest one.
        QVERIFY(qAbs(scores[0] - 2.0f) < 1e-3f);
        QVERIFY(qAbs(scores[3] - 3.0f) < 1e-3f);
        QCOMPARE(scores[1], 0.0f);
    }

    void featuresSharingSlotsAreToldApart()
    {
        // Three features with the same home slot: two in the model, one not, differing only in
        // the top byte (the slot's tag) or only in the low bits (the row's check).
        const quint64 first = 7 | (2ull << 56);
        const quint64 second = 7 | (4ull << 56);
        const NerModel model = NerModel::fromBytes(NerModel::serialise({{first, {{1, 1.0f}}}, {second, {{2, 1.0f}}}}),
                                                   u"test"_s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const auto scoresOf = [&](quint64 feature) {
            NerModel::Scores scores{};
            model.score(&feature, 1, scores);
            return std::pair(scores[1], scores[2]);
        };
        QCOMPARE(scoresOf(first), std::pair(1.0f, 0.0f));
        QCOMPARE(scoresOf(second), std::pair(0.0f, 1.0f));
        QCOMPARE(scoresOf(7 | (3ull << 56)), std::pair(0.0f, 0.0f));
        QCOMPARE(scoresOf(first + (1ull << 20)), std::pair(0.0f, 0.0f));
    }

    // A token's scores are its features' votes added one feature after another, label by label,
    // whichever instructions the CPU runs them with: the same floats as adding each feature's
    // own scores in the test's order. Votes of many sizes, so that a fused multiply-add or another
    // order of additions would round differently somewhere.
    void scoresAddFeatureByFeature()
    {
        QList<std::pair<quint64, QList<std::pair<int, float>>>> weights;
        std::array<quint64, 40> features{};
        quint64 state = 0x9e37'79b9'7f4a'7c15ull;
        const auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        for (auto &feature : features) {
            feature = next();
            QList<std::pair<int, float>> votes;
            for (int label = 0; label < NerLabel::Count; ++label)
                votes.append({label, float(qint64(next() % 2000001) - 1000000) / 7919.0f});
            weights.append({feature, votes});
        }
        const NerModel model = NerModel::fromBytes(NerModel::serialise(weights), u"test"_s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        NerModel::Scores all{};
        model.score(features.data(), int(features.size()), all);
        NerModel::Scores added{};
        for (const quint64 feature : features) {
            NerModel::Scores alone{};
            model.score(&feature, 1, alone);
            for (int label = 0; label < NerLabel::Count; ++label)
                added[size_t(label)] += alone[size_t(label)];
        }
        // Bit for bit: QCOMPARE would allow the rounding this is about.
        for (int label = 0; label < NerLabel::Count; ++label)
            QCOMPARE(std::bit_cast<quint32>(all[size_t(label)]), std::bit_cast<quint32>(added[size_t(label)]));
    }

    // A tagger keeps the sums of a token's word features for the next time it meets the spelling:
    // those sums with the other features' votes added after them are the same floats, bit for bit,
    // as all the votes added at once, the outside margin taken off once.
    void wordSumsThenTheRestScoreAsAllAtOnce()
    {
        QList<std::pair<quint64, QList<std::pair<int, float>>>> weights;
        std::array<quint64, 30> features{};
        quint64 state = 0x2545'f491'4f6c'dd1dull;
        for (auto &feature : features) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            feature = state;
            QList<std::pair<int, float>> votes;
            for (int label = 0; label < NerLabel::Count; ++label)
                votes.append({label, float(qint64((state >> label) % 200001) - 100000) / 7919.0f});
            weights.append({feature, votes});
        }
        const NerModel model = NerModel::fromBytes(NerModel::serialise(weights, 0.75f), u"test"_s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        NerModel::Scores all{};
        model.score(features.data(), int(features.size()), all);
        for (const int wordCount : {4, 10}) {
            NerModel::Scores sums{};
            model.wordSums(features.data(), wordCount, sums);
            NerModel::Scores scores{};
            model.score(features.data() + wordCount, int(features.size()) - wordCount, sums, scores);
            for (int label = 0; label < NerLabel::Count; ++label)
                QCOMPARE(std::bit_cast<quint32>(scores[size_t(label)]), std::bit_cast<quint32>(all[size_t(label)]));
        }
    }

    // Every token of a text whose spellings come back in other places (and in a second reading)
    // scores as from nothing, bit for bit: the kept sums hold the word's own features and none of
    // its context's.
    void knownSpellingsScoreAsNew()
    {
        const auto text = u"Die Regierung in Berlin und die Regierung in Paris trafen sich. Berlin und Paris "
                          u"einigten sich am Montag; Olaf Scholz und Emmanuel Macron sprachen in Berlin."_s;
        const auto tokens = tokenize(text);
        const auto &model = NerTagger::modelForLanguage(u"de");
        const NerFeatures features(text, tokens, Gazetteer::instance(), NerLexicon::forLanguage(u"de"_s));
        for (int reading = 0; reading < 2; ++reading) {
            for (qsizetype i = 0; i < features.size(); ++i) {
                NerFeatures::FeatureList list;
                const int previous = i % 3 == 0 ? NerLabel::begin(0) : NerLabel::Outside;
                const int count = features.features(i, previous, NerLabel::Outside, -1, list);
                NerModel::Scores fresh{};
                model.score(list.data(), count, fresh);
                // Known on the second reading at the latest; then the word features are left out.
                const bool isKnown = NerTagger::hasKnownSpelling(model, features, i);
                QVERIFY(isKnown || reading == 0);
                NerFeatures::FeatureList withoutWord;
                withoutWord.fill(~quint64(0));
                QCOMPARE(features.features(i, previous, NerLabel::Outside, -1, withoutWord, isKnown), count);
                NerModel::Scores kept{};
                NerTagger::scoreWithKnownSpellings(model, features, i, withoutWord, count, kept);
                for (int label = 0; label < NerLabel::Count; ++label)
                    QCOMPARE(std::bit_cast<quint32>(kept[size_t(label)]), std::bit_cast<quint32>(fresh[size_t(label)]));
            }
        }
    }

    void outsideMarginTagsCloseCalls()
    {
        // One feature votes a little more for "outside" than for B-PERSON: a model whose training
        // found it too cautious takes its outside margin off and tags the word.
        const quint64 word = 0x0123'4567'89ab'cdefull;
        const QList<std::pair<quint64, QList<std::pair<int, float>>>> weights{
            {word, {{NerLabel::Outside, 3.0f}, {NerLabel::begin(0), 2.0f}}}};
        const NerModel cautious = NerModel::fromBytes(NerModel::serialise(weights), u"test"_s);
        const NerModel bolder = NerModel::fromBytes(NerModel::serialise(weights, 1.5f), u"test"_s);
        QVERIFY2(bolder.isValid(), qPrintable(bolder.error()));
        QCOMPARE(cautious.outsideMargin(), 0.0f);
        QCOMPARE(bolder.outsideMargin(), 1.5f);
        const auto bestLabel = [&](const NerModel &model) {
            NerModel::Scores scores{};
            model.score(&word, 1, scores);
            return int(std::max_element(scores.begin(), scores.end()) - scores.begin());
        };
        QCOMPARE(bestLabel(cautious), NerLabel::Outside);
        QCOMPARE(bestLabel(bolder), NerLabel::begin(0));
        // Files written before the margin existed read as margin 0: the shipped models of other
        // languages are such files.
        QByteArray withoutMargin = NerModel::serialise(weights);
        withoutMargin[12] = '1';
        withoutMargin.remove(36, 4);
        const NerModel older = NerModel::fromBytes(withoutMargin, u"test"_s);
        QVERIFY2(older.isValid(), qPrintable(older.error()));
        QCOMPARE(older.outsideMargin(), 0.0f);
        QCOMPARE(older.featureCount(), 1u);
    }

    void damagedModelIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = NerModel::serialise({{5, {{2, 1.0f}}}});
        QTest::newRow("robustness: not a model") << QByteArray("hello") << u"not an entity model"_s;
        QTest::newRow("robustness: truncated") << good.first(good.size() - 3) << u"damaged"_s;
        QByteArray badLabel = good;
        badLabel[badLabel.size() - 2] = char(99); // the last weight's label
        QTest::newRow("robustness: a label out of range") << badLabel << u"damaged"_s;
        // The training tool writes one vote per label; two would be added in another order.
        QTest::newRow("robustness: a feature voting twice for one label")
            << NerModel::serialise({{5, {{2, 1.0f}, {2, 0.5f}}}}) << u"votes twice"_s;
        // A slot keeps 56 of a feature's 64 bits; features whose top byte is 0 or 1 share a tag.
        QTest::newRow("robustness: two features alike in the bits a slot keeps")
            << NerModel::serialise({{5, {{2, 1.0f}}}, {5 | (1ull << 56), {{3, 1.0f}}}}) << u"cannot tell apart"_s;
    }
    void damagedModelIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const NerModel model = NerModel::fromBytes(bytes, u"test.model"_s);
        QVERIFY(!model.isValid());
        QVERIFY2(model.error().contains(reason) && model.error().contains(u"test.model"_s), qPrintable(model.error()));
        // An invalid model scores nothing and tags nothing.
        QCOMPARE(tagged(model, u"Ingrid Halvorsen met Kofi Mensah."_s), QStringList());
    }

    void missingFileSaysWhy()
    {
        QTemporaryDir dir;
        const NerModel model(dir.filePath(u"absent.model"_s));
        QVERIFY(!model.isValid());
        QVERIFY2(model.error().contains(u"absent.model"_s), qPrintable(model.error()));
    }
};

QTEST_GUILESS_MAIN(NerTaggerTest)
#include "nertagger_test.moc"
