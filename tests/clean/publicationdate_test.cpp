#include "clean/publicationdate.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Attache;

// Every reader (HTML metadata, feeds, JSON, Markdown front matter) takes its publication date
// from here; each row is a spelling one of them meets.
class PublicationDateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("machine"); // expected UTC, ISO; empty = not a machine date
        QTest::addColumn<QString>("written"); // the same for parseWrittenDate
        QTest::newRow("nominal: ISO with offset") << u"2024-03-05T10:15:00+01:00"_s
                                                  << u"2024-03-05T09:15:00Z"_s << u"2024-03-05T09:15:00Z"_s;
        QTest::newRow("nominal: ISO with milliseconds") << u"2024-03-05T10:15:00.250Z"_s
                                                        << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("nominal: near ISO, space and offset without colon")
            << u"2024-03-05 10:15:00.000+0000"_s << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("nominal: RFC 2822") << u"Tue, 05 Mar 2024 10:15:00 +0000"_s
                                           << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("nominal: RFC 822 zone name") << u"Tue, 05 Mar 2024 05:15:00 EST"_s
                                                    << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("robustness: a wrong weekday keeps the date") << u"Fri, 05 Mar 2024 10:15:00 GMT"_s
                                                                    << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("robustness: spaces around") << u"  2024-03-05T10:15:00Z \n"_s
                                                   << u"2024-03-05T10:15:00Z"_s << u"2024-03-05T10:15:00Z"_s;
        QTest::newRow("nominal: a date in words is written, not machine") << u"March 5, 2024"_s << QString()
                                                                          << u"2024-03-05"_s;
        QTest::newRow("robustness: no date") << u"last Tuesday-ish"_s << QString() << QString();
        QTest::newRow("robustness: an impossible day") << u"2024-02-31T10:00:00Z"_s << QString() << QString();
        QTest::newRow("boundary: empty") << QString() << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, machine);
        QFETCH(QString, written);
        const auto machineDate = parseMachineDate(text);
        QCOMPARE(machineDate.isValid() ? machineDate.toUTC().toString(Qt::ISODate) : QString(), machine);
        const auto writtenDate = parseWrittenDate(text);
        // A date without a time is compared by its day: its hour depends on the time zone.
        const auto writtenText = !writtenDate.isValid()  ? QString()
                                 : written.size() == 10 ? writtenDate.date().toString(Qt::ISODate)
                                                        : writtenDate.toString(Qt::ISODate);
        QCOMPARE(writtenText, written);
        if (writtenDate.isValid())
            QCOMPARE(writtenDate.timeSpec(), Qt::UTC);
    }
};

QTEST_APPLESS_MAIN(PublicationDateTest)
#include "publicationdate_test.moc"
