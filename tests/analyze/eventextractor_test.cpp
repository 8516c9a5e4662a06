#include "analyze/eventextractor.h"
#include "analyze/eventlexicon.h"
#include "analyze/sentencesplitter.h"
#include "analyze/temporalvalue.h"
#include "analyze/timextagger.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// Entity mentions written by hand as "surface|TYPE|id|name", one per occurrence of surface in the
// text (the entity recogniser is tested on its own).
QList<EntityMention> mentionsIn(const QString &text, const QStringList &specs)
{
    QList<EntityMention> mentions;
    for (const auto &spec : specs) {
        const auto parts = spec.split(u'|');
        EntityType type = EntityType::Person;
        if (parts.at(1) == u"ORG"_s) type = EntityType::Organisation;
        else if (parts.at(1) == u"GPE"_s) type = EntityType::GeoPolitical;
        else if (parts.at(1) == u"LOC"_s) type = EntityType::Location;
        else if (parts.at(1) == u"NORP"_s) type = EntityType::Nationality;
        for (auto at = text.indexOf(parts.at(0)); at >= 0; at = text.indexOf(parts.at(0), at + 1))
            mentions << EntityMention{at, at + parts.at(0).size(), type, parts.at(2), parts.at(3)};
    }
    std::sort(mentions.begin(), mentions.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    return mentions;
}

QString describe(const Event &event)
{
    return event.begin.toString(Qt::ISODate) + u'|' + event.end.toString(Qt::ISODate) + u'|'
        + eventTypeName(event.type) + u'|' + event.label + u'|' + event.actorNames.join(u", "_s);
}

} // namespace

class EventExtractorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: two sentences") << u"He came. She left."_s << QStringList{u"He came."_s, u"She left."_s};
        QTest::newRow("nominal: U.S. inside a sentence")
            << u"The U.S. Treasury imposed sanctions. China protested."_s
            << QStringList{u"The U.S. Treasury imposed sanctions."_s, u"China protested."_s};
        QTest::newRow("nominal: U.S. ending a sentence")
            << u"He was close to the U.S. The talks failed."_s
            << QStringList{u"He was close to the U.S."_s, u"The talks failed."_s};
        QTest::newRow("nominal: title and initial")
            << u"Mr. Smith met John F. Kennedy. Dr. Li agreed."_s
            << QStringList{u"Mr. Smith met John F. Kennedy."_s, u"Dr. Li agreed."_s};
        QTest::newRow("nominal: decimal") << u"Growth was 3.5 percent. Exports rose."_s
                                          << QStringList{u"Growth was 3.5 percent."_s, u"Exports rose."_s};
        QTest::newRow("nominal: quotation") << u"\"We agree.\" He smiled."_s
                                            << QStringList{u"\"We agree.\""_s, u"He smiled."_s};
        QTest::newRow("nominal: line breaks") << u"Headline\n\nBody text here."_s
                                              << QStringList{u"Headline"_s, u"Body text here."_s};
        QTest::newRow("robustness: empty") << QString() << QStringList{};
    }

    void splitSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const auto &span : Attache::splitSentences(text))
            found << text.mid(span.start, span.end - span.start);
        QCOMPARE(found, expected);
    }

    // The days a TIMEX3 value covers, which place an event on the timeline.
    void dayRangeOfValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("begin");
        QTest::addColumn<QDate>("end");
        QTest::newRow("nominal: day") << u"2008-03-01"_s << QDate(2008, 3, 1) << QDate(2008, 3, 1);
        QTest::newRow("nominal: day and time") << u"2008-03-01T14:30"_s << QDate(2008, 3, 1) << QDate(2008, 3, 1);
        QTest::newRow("nominal: month") << u"2008-02"_s << QDate(2008, 2, 1) << QDate(2008, 2, 29);
        QTest::newRow("nominal: week") << u"2009-W01"_s << QDate(2008, 12, 29) << QDate(2009, 1, 4);
        QTest::newRow("nominal: weekend") << u"2009-W01-WE"_s << QDate(2009, 1, 3) << QDate(2009, 1, 4);
        QTest::newRow("nominal: quarter") << u"2008-Q3"_s << QDate(2008, 7, 1) << QDate(2008, 9, 30);
        QTest::newRow("nominal: half") << u"2008-H2"_s << QDate(2008, 7, 1) << QDate(2008, 12, 31);
        QTest::newRow("nominal: season") << u"2008-SU"_s << QDate(2008, 6, 1) << QDate(2008, 8, 31);
        QTest::newRow("nominal: year") << u"1989"_s << QDate(1989, 1, 1) << QDate(1989, 12, 31);
        QTest::newRow("nominal: decade") << u"199"_s << QDate(1990, 1, 1) << QDate(1999, 12, 31);
        QTest::newRow("nominal: century") << u"19"_s << QDate(1900, 1, 1) << QDate(1999, 12, 31);
        QTest::newRow("boundary: first century") << u"00"_s << QDate(1, 1, 1) << QDate(99, 12, 31);
        QTest::newRow("boundary: a line break after the year") << u"1989\n"_s << QDate(1989, 1, 1) << QDate(1989, 12, 31);
        QTest::newRow("robustness: no such day") << u"2008-02-30"_s << QDate() << QDate();
        QTest::newRow("robustness: no such quarter") << u"2008-Q5"_s << QDate() << QDate();
        QTest::newRow("robustness: unknown season") << u"2008-XX"_s << QDate() << QDate();
        QTest::newRow("robustness: day without a date") << u"2008-03-01X"_s << QDate() << QDate();
        QTest::newRow("robustness: placeholder") << u"XXXX-WXX-1"_s << QDate() << QDate();
        QTest::newRow("robustness: reference") << u"PRESENT_REF"_s << QDate() << QDate();
        QTest::newRow("robustness: duration") << u"P3Y"_s << QDate() << QDate();
        QTest::newRow("robustness: empty") << QString() << QDate() << QDate();
    }

    void dayRangeOfValue()
    {
        QFETCH(QString, value);
        QFETCH(QDate, begin);
        QFETCH(QDate, end);
        const auto range = Attache::dayRangeOfValue(value);
        QCOMPARE(range.has_value(), begin.isValid());
        if (range) {
            QCOMPARE(range->begin, begin);
            QCOMPARE(range->end, end);
        }
    }

    // The value of a day, as events of the article's own day carry it.
    void dayValue_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("value");
        QTest::newRow("nominal: day") << QDate(2025, 3, 14) << u"2025-03-14"_s;
        QTest::newRow("nominal: last day of the year") << QDate(1999, 12, 31) << u"1999-12-31"_s;
        QTest::newRow("boundary: a year before 1000 is padded") << QDate(812, 1, 5) << u"0812-01-05"_s;
        QTest::newRow("boundary: year 9999") << QDate(9999, 7, 9) << u"9999-07-09"_s;
        QTest::newRow("boundary: a year of five digits") << QDate(10001, 2, 3) << u"10001-02-03"_s;
        QTest::newRow("robustness: no date") << QDate() << u"XXXX-XX-XX"_s;
    }

    void dayValue()
    {
        QFETCH(QDate, date);
        QFETCH(QString, value);
        QCOMPARE(Attache::dayValue(date), value);
    }

    void inflections()
    {
        QCOMPARE(EventLexicon::inflections(u"agree"_s), (QStringList{u"agree"_s, u"agrees"_s, u"agreed"_s, u"agreeing"_s}));
        QVERIFY(EventLexicon::inflections(u"ban"_s).contains(u"banned"_s));
        QVERIFY(EventLexicon::inflections(u"issue a statement"_s).contains(u"issued a statement"_s));
        QVERIFY(EventLexicon::inflections(u"criticize"_s).contains(u"criticizing"_s));
        QVERIFY(EventLexicon::inflections(u"deny"_s).contains(u"denied"_s));
        QVERIFY(EventLexicon::instance().isValid());
    }

    // Sentences written for this test: the same event types in other languages, and no foreign
    // stem inside an English word.
    void triggersInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "trigger|type" in text order, joined by ";"
        QTest::newRow("nominal: French meeting and sanctions")
            << u"fr"_s << u"Les ministres se sont rencontrés à Genève et ont levé les sanctions."_s
            << u"rencontrés|consultation;sanctions|sanction"_s;
        // "negocios" (business) is no "negociación": "el encargado de negocios" is the chargé d'affaires.
        QTest::newRow("boundary: Spanish chargé d'affaires is no negotiation")
            << u"es"_s << u"El encargado de negocios negoció con la Cancillería y las negociaciones siguen."_s
            << u"negoció|consultation;negociaciones|consultation"_s;
        QTest::newRow("nominal: Spanish statement and expulsion")
            << u"es"_s << u"El Gobierno declaró que expulsará a dos diplomáticos."_s
            << u"declaró|statement;expulsará|expulsion"_s;
        QTest::newRow("nominal: German capitalised nouns are triggers")
            << u"de"_s << u"Nach dem Treffen verhängte die EU neue Sanktionen."_s
            << u"Treffen|consultation;Sanktionen|sanction"_s;
        QTest::newRow("nominal: Russian inflected forms")
            << u"ru"_s << u"Министры встретились в Москве, а МИД заявил о высылке дипломатов."_s
            << u"встретились|consultation;заявил|statement;высылке|expulsion"_s;
        QTest::newRow("nominal: Arabic with an attached conjunction and article")
            << u"ar"_s << u"واجتمع الوزير بنظيره ثم أدان الهجوم."_s
            << u"واجتمع|consultation;أدان|criticism;الهجوم|military-action"_s;
        // Summoning a state's envoy is a formal protest (a démarche) in every language; convening a
        // meeting is not.
        QTest::newRow("nominal: English envoy summoned")
            << u"en"_s << u"The ministry summoned the envoy."_s << u"summoned|protest"_s;
        QTest::newRow("nominal: French ambassador summoned")
            << u"fr"_s << u"Le Quai d'Orsay a convoqué l'ambassadeur d'Algérie."_s << u"convoqué l'ambassadeur|protest"_s;
        QTest::newRow("boundary: French meeting convened")
            << u"fr"_s << u"Le président a convoqué une réunion."_s << u"réunion|consultation"_s;
        QTest::newRow("nominal: Spanish ambassador summoned")
            << u"es"_s << u"La Cancillería convocó al embajador de Perú."_s << u"convocó al embajador|protest"_s;
        QTest::newRow("nominal: German ambassador summoned")
            << u"de"_s << u"Das Auswärtige Amt hat den Botschafter einbestellt."_s << u"einbestellt|protest"_s;
        QTest::newRow("nominal: Russian ambassador summoned")
            << u"ru"_s << u"МИД вызвал посла Польши."_s << u"вызвал посла|protest"_s;
        QTest::newRow("nominal: Arabic ambassador summoned")
            << u"ar"_s << u"استدعت الخارجية السفير."_s << u"استدعت|protest"_s;
        QTest::newRow("nominal: English words count in another language's text")
            << u"fr"_s << u"Le ministre a condamné l'attaque ; Washington condemned it."_s
            << u"condamné|criticism;attaque|military-action;condemned|criticism"_s;
        QTest::newRow("nominal: a language without its own words reads the English ones")
            << u"pt-BR"_s << u"Os ministros condemned the attack."_s << u"condemned|criticism;attack|military-action"_s;
        QTest::newRow("robustness: capitals outside ASCII fold like lower case")
            << u"ru"_s << u"ЗАЯВИЛ министр, что МИД ВЫСЛАЛ никого."_s << u"ЗАЯВИЛ|statement"_s;
        // Spanish "reuni*" and "critic*" would find "reunion", "critics" and "critical".
        QTest::newRow("robustness: Spanish stems stay out of English text")
            << u"en"_s << u"The reunion of critics was critical."_s << QString();
    }

    void triggersInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QStringList found;
        for (const auto &trigger : EventLexicon::instance().find(text, 0, text.size(), language))
            found << text.mid(trigger.start, trigger.end - trigger.start) + u'|' + eventTypeName(trigger.type);
        QCOMPARE(found.join(u';'), expected);
    }

    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QDate>("documentDate");
        QTest::addColumn<QStringList>("expected"); // describe() of each event, in order

        const QDate dct(2025, 3, 5);
        QTest::newRow("nominal: dated meeting")
            << u"Foreign ministers of France and Germany met in Berlin on Monday to discuss energy."_s
            << QStringList{u"France|GPE|country/FR|France"_s, u"Germany|GPE|country/DE|Germany"_s,
                           u"Berlin|GPE|city/berlin|Berlin"_s}
            << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|Foreign ministers of France and Germany met in Berlin on Monday to discuss…|France, Germany, Berlin"_s};
        QTest::newRow("nominal: year gives a range")
            << u"In 2019, Canada expelled two Russian diplomats."_s
            << QStringList{u"Canada|GPE|country/CA|Canada"_s, u"Russian|NORP|country/RU|Russia"_s} << dct
            << QStringList{u"2019-01-01|2019-12-31|expulsion|Canada expelled two Russian diplomats|Canada, Russia"_s};
        QTest::newRow("nominal: month gives its days")
            << u"The European Union imposed new sanctions on Iran in June 2024."_s
            << QStringList{u"European Union|ORG|org/eu|European Union"_s, u"Iran|GPE|country/IR|Iran"_s} << dct
            << QStringList{u"2024-06-01|2024-06-30|sanction|The European Union imposed new sanctions on Iran in June 2024|European Union, Iran"_s};
        QTest::newRow("nominal: undated report of the day")
            << u"The Kenyan president condemned the attack on the embassy."_s
            << QStringList{u"Kenyan|NORP|country/KE|Kenya"_s} << dct
            << QStringList{u"2025-03-05|2025-03-05|criticism|The Kenyan president condemned the attack on the embassy|Kenya"_s};
        QTest::newRow("nominal: dated sentence without trigger")
            << u"The bridge was finished on March 1, 2024, after long delays."_s << QStringList{} << dct
            << QStringList{u"2024-03-01|2024-03-01|other|The bridge was finished on March 1, 2024, after long delays|"_s};
        QTest::newRow("nominal: weak trigger needs a date")
            << u"The spokesman said on Tuesday that the border would stay open. The spokesman said the border would stay open."_s
            << QStringList{} << dct
            << QStringList{u"2025-03-04|2025-03-04|statement|The spokesman said on Tuesday that the border would stay open|"_s};
        QTest::newRow("nominal: actors deduplicated, people first")
            << u"Chinese Premier Li Qiang called Li Qiang's counterpart in Ottawa yesterday, China said."_s
            << QStringList{u"Chinese|NORP|country/CN|China"_s, u"Li Qiang|PERSON|person/li-qiang|Li Qiang"_s,
                           u"Ottawa|GPE|city/ottawa|Ottawa"_s, u"China|GPE|country/CN|China"_s}
            << dct
            << QStringList{u"2025-03-04|2025-03-04|consultation|Chinese Premier Li Qiang called Li Qiang's counterpart in Ottawa yesterday|Li Qiang, Ottawa, China"_s};
        QTest::newRow("nominal: future plan without date is no event")
            << u"The two governments will sign a treaty."_s << QStringList{} << dct << QStringList{};
        QTest::newRow("nominal: headline is no event")
            << u"Canada and China Reach Consensus on Communication Channels"_s << QStringList{} << dct
            << QStringList{};
        QTest::newRow("nominal: vague date is not a date")
            << u"Relations have recently become warmer."_s << QStringList{} << dct << QStringList{};
        QTest::newRow("nominal: long sentence label is shortened")
            << u"On Friday, the foreign ministers of Argentina, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru and Uruguay signed a regional declaration."_s
            << QStringList{} << dct
            << QStringList{u"2025-02-28|2025-02-28|cooperation|The foreign ministers of Argentina, Brazil, Chile, Colombia, Ecuador, Paraguay…|"_s};
        QTest::newRow("nominal: titles dropped from a long label")
            << u"A phone call between Canadian Prime Minister Mark Carney and Chinese Premier Li Qiang led to a promise to talk more."_s
            << QStringList{} << dct
            << QStringList{u"2025-03-05|2025-03-05|consultation|A phone call between Mark Carney and Li Qiang led to a promise to talk more|"_s};
        QTest::newRow("nominal: introductory adverb left out of the label")
            << u"Interestingly, the envoy condemned the decision."_s << QStringList{} << dct
            << QStringList{u"2025-03-05|2025-03-05|criticism|The envoy condemned the decision|"_s};
        QTest::newRow("nominal: sorted by date")
            << u"Troops attacked the border post on Tuesday. The talks took place in 2020 in Doha."_s
            << QStringList{} << dct
            << QStringList{u"2020-01-01|2020-12-31|consultation|The talks took place in 2020 in Doha|"_s,
                           u"2025-03-04|2025-03-04|military-action|Troops attacked the border post on Tuesday|"_s};
        QTest::newRow("nominal: closing attribution left out of the label")
            << u"The ministers met in Geneva on Monday, the foreign ministry said."_s << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|The ministers met in Geneva on Monday|"_s};
        QTest::newRow("nominal: participle clause after the action left out of the label")
            << u"The ministers met in Geneva on Monday, saying that progress was possible."_s << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|The ministers met in Geneva on Monday|"_s};
        QTest::newRow("nominal: a semicolon ends the label")
            << u"On Monday the envoys met in Geneva; the talks ended without a deal."_s << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|On Monday the envoys met in Geneva|"_s};
        QTest::newRow("nominal: an aside between dashes ends the label")
            << u"The envoys met in Geneva on Monday — a first since 2019 — and signed the accord."_s << QStringList{}
            << dct << QStringList{u"2025-03-03|2025-03-03|consultation|The envoys met in Geneva on Monday|"_s};
        QTest::newRow("nominal: a dateline is no part of the label")
            << u"MOSCOW — The envoys met in Geneva on Monday.\n\nGENEVA, March 3 (Reuters) - Troops attacked the border post on Tuesday."_s
            << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|The envoys met in Geneva on Monday|"_s,
                           u"2025-03-04|2025-03-04|military-action|Troops attacked the border post on Tuesday|"_s};
        QTest::newRow("nominal: a dateline ending in a dot and a dash is no part of the label")
            << u"LIMA.- The envoys met in Geneva on Monday.\n\nMADRID, 3 Mar (EFE).- Troops attacked the border post on Tuesday."_s
            << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|The envoys met in Geneva on Monday|"_s,
                           u"2025-03-04|2025-03-04|military-action|Troops attacked the border post on Tuesday|"_s};
        QTest::newRow("boundary: a word in capitals that opens a sentence is no dateline without its dash")
            << u"NATO envoys met in Geneva on Monday."_s << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|NATO envoys met in Geneva on Monday|"_s};
        QTest::newRow("nominal: the clause after \"and then\" is the label")
            << u"Troops were sent to the border, and then the government imposed sanctions on Monday."_s
            << QStringList{} << dct
            << QStringList{u"2025-03-03|2025-03-03|sanction|The government imposed sanctions on Monday|"_s};
        QTest::newRow("robustness: a word that begins like a connective opens no clause")
            << u"The envoys met in Geneva on Monday, whenever they could, and signed the accord."_s << QStringList{}
            << dct
            << QStringList{u"2025-03-03|2025-03-03|consultation|The envoys met in Geneva on Monday, whenever they could, and signed the accord|"_s};
        QTest::newRow("robustness: no document date, undated report skipped")
            << u"The minister condemned the attack."_s << QStringList{} << QDate() << QStringList{};
        QTest::newRow("robustness: empty text") << QString() << QStringList{} << dct << QStringList{};
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entities);
        QFETCH(QDate, documentDate);
        QFETCH(QStringList, expected);
        const auto timex = TimexTagger().tag(text, documentDate);
        const auto events = EventExtractor().extract(text, mentionsIn(text, entities), timex, documentDate);
        QStringList found;
        for (const auto &event : events) {
            found << describe(event);
            QVERIFY(event.label.size() <= 81);
            QCOMPARE(event.sentence, text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart).simplified());
        }
        QCOMPARE(found, expected);
    }

    void uncertainDate()
    {
        const auto text = u"The minister condemned the attack. The envoy visited Rome in 2019."_s;
        const QDate dct(2025, 3, 5);
        const auto events = EventExtractor().extract(text, {}, TimexTagger().tag(text, dct, true), dct, true);
        QCOMPARE(events.size(), 2);
        QVERIFY(!events.at(0).isUncertain); // 2019 is written out
        QVERIFY(events.at(1).isUncertain);  // the article's own, guessed, day
    }

    // Many dated sentences with many mentions: every one becomes an event, in date order.
    void manySentences()
    {
        QString text;
        QStringList entities{u"Ruritania|GPE|country/RU|Ruritania"_s};
        for (int i = 0; i < 3000; ++i)
            text += u"Ruritania signed a treaty on March %1, %2. "_s.arg(i % 28 + 1).arg(2000 + i % 25);
        const QDate dct(2025, 3, 5);
        const auto timex = TimexTagger().tag(text, dct);
        const auto events = EventExtractor().extract(text, mentionsIn(text, entities), timex, dct);
        QCOMPARE(events.size(), 3000);
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).begin <= events.at(i).begin);
        QCOMPARE(events.first().actorNames, QStringList{u"Ruritania"_s});
        QCOMPARE(events.first().type, EventType::Cooperation);
    }

    // The seed article's body (its paragraphs of running text), dated by the file as the cleaner
    // does when the page gives no date.
    void seedArticle()
    {
        const auto path = QStringLiteral(ATTACHE_SHARED_DIR "/samples/000_e49f2e464c2e54c8.txt");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"no shared sample at %1 (../shared lives beside the repository, not in a clone)"_s.arg(path)));
        QStringList paragraphs;
        for (const auto &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const auto trimmed = line.trimmed();
            if (trimmed.endsWith(u'.') && trimmed.count(u' ') >= 12)
                paragraphs << trimmed;
        }
        const auto text = paragraphs.join(u"\n\n"_s);
        const auto dct = QFileInfo(path).lastModified().date();
        const auto entities = mentionsIn(
            text, {u"Canadian|NORP|country/CA|Canada"_s, u"Chinese|NORP|country/CN|China"_s,
                   u"Mark Carney|PERSON|person/mark-carney|Mark Carney"_s,
                   u"Li Qiang|PERSON|person/li-qiang|Li Qiang"_s, u"Huawei|ORG|org/huawei|Huawei"_s,
                   u"U.S.|GPE|country/US|United States"_s, u"Canada|GPE|country/CA|Canada"_s,
                   u"China|GPE|country/CN|China"_s});
        const auto events = EventExtractor().extract(text, entities, TimexTagger().tag(text, dct, true), dct, true);

        auto findEvent = [&](EventType type, const QString &word) -> const Event * {
            for (const auto &event : events) {
                if (event.type == type && event.sentence.contains(word))
                    return &event;
            }
            return nullptr;
        };
        const auto *arrest = findEvent(EventType::LegalAction, u"Huawei"_s);
        QVERIFY(arrest);
        QCOMPARE(arrest->begin, QDate(2018, 1, 1));
        QCOMPARE(arrest->end, QDate(2018, 12, 31));
        QVERIFY(arrest->label.contains(u"arrested on a U.S. warrant"_s));
        QVERIFY(arrest->actorNames.contains(u"Huawei"_s));
        QVERIFY(arrest->actorNames.contains(u"United States"_s));

        const auto *call = findEvent(EventType::Consultation, u"phone call"_s);
        QVERIFY(call);
        QCOMPARE(call->begin, dct);
        QVERIFY(call->isUncertain);
        for (const auto &actor : {u"Mark Carney"_s, u"Li Qiang"_s, u"Canada"_s, u"China"_s})
            QVERIFY2(call->actorNames.contains(actor), qPrintable(actor));
        QCOMPARE(call->actorNames.mid(0, 2), (QStringList{u"Mark Carney"_s, u"Li Qiang"_s}));

        const auto *statement = findEvent(EventType::Statement, u"issued a statement"_s);
        QVERIFY(statement);
        QCOMPARE(statement->begin, dct);
        QVERIFY(statement->label.startsWith(u"Canada's Prime Minister's office issued a statement"_s));

        // The 2018 arrest comes first on the timeline.
        QCOMPARE(&events.first(), arrest);
    }
};

QTEST_GUILESS_MAIN(EventExtractorTest)
#include "eventextractor_test.moc"
