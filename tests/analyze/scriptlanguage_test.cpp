#include "analyze/scriptlanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// Text without a declared language is analysed in the one its script, or in Latin script its
// words (libexttextcat), tell.
class ScriptLanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: Cyrillic") << QString() << u"Переговоры продолжатся в среду, сообщил МИД."_s << u"ru"_s;
        QTest::newRow("nominal: Arabic") << QString() << u"قال وزير الخارجية إن المحادثات ستستمر."_s << u"ar"_s;
        QTest::newRow("nominal: German, by its words")
            << QString() << u"Die Gespräche über die Fischereiquoten gehen am Mittwoch in Bergen weiter, teilte das Ministerium mit."_s
            << u"de"_s;
        QTest::newRow("nominal: French, by its words")
            << QString() << u"Les négociations sur les quotas de pêche reprendront mercredi à Bergen, a indiqué le ministère."_s
            << u"fr"_s;
        QTest::newRow("nominal: Spanish, by its words")
            << QString() << u"Las negociaciones sobre las cuotas de pesca se reanudarán el miércoles en Bergen, informó el ministerio."_s
            << u"es"_s;
        QTest::newRow("boundary: too short to tell") << QString() << u"OK"_s << QString();
        QTest::newRow("nominal: a declared language wins") << u"uk"_s << u"Переговори тривають."_s << u"uk"_s;
        QTest::newRow("boundary: mostly Latin with a Russian quote")
            << QString() << u"The minister, speaking in Moscow, said only: «Да». Talks resume on Monday in Geneva."_s << u"en"_s;
        QTest::newRow("boundary: no letters") << QString() << u"2025 — 14:00 / 3.5 %"_s << QString();
        QTest::newRow("boundary: empty") << QString() << QString() << QString();
    }

    void guess()
    {
        QFETCH(QString, declared);
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(analysisLanguage(declared, text), language);
    }

    void primarySubtag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("primary");
        QTest::newRow("nominal: bare") << u"fr"_s << u"fr"_s;
        QTest::newRow("nominal: with region") << u"fr-CA"_s << u"fr"_s;
        QTest::newRow("nominal: POSIX spelling, capitals") << u"DE_de"_s << u"de"_s;
        QTest::newRow("robustness: a word, not a tag") << u"deutsch"_s << QString();
        QTest::newRow("boundary: one letter") << u"x"_s << QString();
        QTest::newRow("boundary: empty") << QString() << QString();
        QTest::newRow("boundary: two letters and a stray character") << u"de."_s << QString();
    }

    // isLanguage() and hasPrimaryLanguage() answer what primaryLanguage() would, for the tags the
    // analysis is given.
    void primarySubtag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, primary);
        QCOMPARE(primaryLanguage(tag), primary);
        QCOMPARE(hasPrimaryLanguage(tag), !primary.isEmpty());
        for (const auto &code : {u"fr"_s, u"de"_s, u"en"_s})
            QCOMPARE(isLanguage(tag, code), primary == code);
    }
};

QTEST_APPLESS_MAIN(ScriptLanguageTest)
#include "scriptlanguage_test.moc"
