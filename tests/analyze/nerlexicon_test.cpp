#include "analyze/entityrecognizer.h"
#include "analyze/gazetteer.h"
#include "analyze/nerlexicon.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

Q_DECLARE_METATYPE(Attache::NerLexicon::Class)

class NerLexiconTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A word list written for this test, in wngerman's form: one word a line, nouns capitalised.
        QFile file(m_dir.filePath(u"words.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Regierung\nRegierungen\nMinister\nMinistern\nMinisters\nLindholm\nLindholms\n"
                   u"Deutsche\ndeutsche\nnach\nBehörde\nBehörden\nGut\ngut\n"_s.toUtf8());
    }

    void classify_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<NerLexicon::Class>("expected");
        QTest::newRow("nominal: a noun the list has with its plural") << u"Regierung"_s << NerLexicon::Noun;
        QTest::newRow("nominal: the plural itself") << u"Regierungen"_s << NerLexicon::Noun;
        QTest::newRow("nominal: a noun's genitive") << u"Ministers"_s << NerLexicon::Noun;
        QTest::newRow("nominal: a name with only its genitive") << u"Lindholm"_s << NerLexicon::CapitalisedOnly;
        QTest::newRow("nominal: capitalised and in lower case") << u"Deutsche"_s << NerLexicon::BothCases;
        QTest::newRow("nominal: an ordinary word opening a sentence") << u"Nach"_s << NerLexicon::LowercaseOnly;
        QTest::newRow("nominal: a compound ending in a known noun") << u"Grenzschutzbehörde"_s << NerLexicon::CompoundNoun;
        QTest::newRow("nominal: a compound ending in a name is no noun") << u"Hafenlindholm"_s << NerLexicon::Absent;
        QTest::newRow("nominal: a word the list lacks") << u"Katharina"_s << NerLexicon::Absent;
        QTest::newRow("boundary: three letters before the noun make a compound") << u"Unibehörde"_s << NerLexicon::CompoundNoun;
        QTest::newRow("boundary: two letters before the noun make none") << u"Exbehörde"_s << NerLexicon::Absent;
        QTest::newRow("boundary: a case-folded match") << u"REGIERUNG"_s << NerLexicon::Noun;
        QTest::newRow("robustness: a number") << u"2025"_s << NerLexicon::Unknown;
        QTest::newRow("robustness: empty") << QString() << NerLexicon::Unknown;
    }
    void classify()
    {
        QFETCH(QString, word);
        QFETCH(NerLexicon::Class, expected);
        const NerLexicon lexicon(m_dir.filePath(u"words.txt"_s));
        QVERIFY(lexicon.isValid());
        QCOMPARE(lexicon.classify(word, PhraseHash::token(word, true)), expected);
    }

    // Runs before forLanguage(), which reads the German list: until a German text is analysed,
    // the list stays unread (start-up, and English or French articles, pay nothing for it).
    void notReadForOtherLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: an English article") << u"Chancellor Maren Lindqvist met the Regional Council in Kiel."_s << u"en"_s;
        QTest::newRow("nominal: a French article") << u"La ministre Claire Vautrin a reçu le Conseil régional à Lyon."_s << u"fr-FR"_s;
        QTest::newRow("robustness: no language declared") << u"Die Ministerin Maren Lindqvist traf den Rat in Kiel."_s << QString();
    }
    void notReadForOtherLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QVERIFY(!NerLexicon::isLoaded(u"de"));
        EntityRecognizer().recognize(text, language);
        QVERIFY(!NerLexicon::isLoaded(u"de"));
        QVERIFY(!NerLexicon::isLoaded(language));
        QVERIFY(NerLexicon::needsLoading(u"de-DE"));
        QVERIFY(!NerLexicon::needsLoading(language));
    }

    void forLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("hasLexicon");
        QTest::newRow("nominal: German") << u"de"_s << true;
        QTest::newRow("nominal: Austrian German") << u"de-AT"_s << true;
        QTest::newRow("nominal: English has none") << u"en"_s << false;
        QTest::newRow("robustness: none declared") << QString() << false;
    }
    void forLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, hasLexicon);
        if (hasLexicon && !QFile::exists(u":/knowledge/words-de.txt"_s))
            QSKIP("built without wngerman's word list");
        const NerLexicon *lexicon = NerLexicon::forLanguage(language);
        QCOMPARE(lexicon != nullptr, hasLexicon);
        QCOMPARE(NerLexicon::isLoaded(language), hasLexicon);
        QVERIFY(!NerLexicon::needsLoading(language));
        if (lexicon)
            QCOMPARE(lexicon->classify(u"Regierung"_s, PhraseHash::token(u"Regierung", true)), NerLexicon::Noun);
    }

    void unreadableListIsInvalid()
    {
        const NerLexicon lexicon(m_dir.filePath(u"missing.txt"_s));
        QVERIFY(!lexicon.isValid());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(NerLexiconTest)
#include "nerlexicon_test.moc"
