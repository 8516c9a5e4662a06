#include "core/compactjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// The indexer stores what CompactJsonWriter writes and reads it back with QJsonDocument: the
// writer's promise is the bytes QJsonDocument::toJson(Compact) gives for the same values.
class CompactJsonWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAsQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: plain ASCII") << u"Talks resume in Geneva"_s;
        QTest::newRow("nominal: accents and Cyrillic") << u"Publié à Paris — МИД России"_s;
        QTest::newRow("nominal: quotes and backslashes") << u"He said \"no\" \\ twice"_s;
        QTest::newRow("robustness: control characters") << u"a\tb\nc\rd\x01\x1f\x7f"_s;
        QTest::newRow("robustness: characters outside the BMP") << u"𝐀 emoji 🇺🇳"_s;
        QTest::newRow("robustness: empty") << QString();
    }

    void stringsAsQt()
    {
        QFETCH(QString, text);
        CompactJsonWriter json(16);
        json.beginObject();
        json.key("text"_L1);
        json.string(text);
        json.endObject();
        QCOMPARE(json.take(), QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact));
    }

    void daysAsQt_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("nominal: a news day") << QDate(2025, 3, 5);
        QTest::newRow("nominal: two-digit month and day") << QDate(1999, 12, 31);
        QTest::newRow("edge: a year under 1000 keeps its zeros") << QDate(987, 1, 9);
        QTest::newRow("edge: the last four-digit year") << QDate(9999, 12, 31);
        QTest::newRow("robustness: a five-digit year") << QDate(10000, 1, 1);
        QTest::newRow("robustness: a year before the common era") << QDate(-44, 3, 15);
        QTest::newRow("robustness: invalid") << QDate();
    }

    void daysAsQt()
    {
        QFETCH(QDate, day);
        CompactJsonWriter json(16);
        json.beginArray();
        json.isoDay(day);
        json.integer(1);
        json.endArray();
        const QJsonValue expected = day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
        QCOMPARE(json.take(), QJsonDocument(QJsonArray{expected, 1}).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(CompactJsonWriterTest)
#include "compactjsonwriter_test.moc"
