#include "ingest/textdecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

class TextDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warns");

        QTest::newRow("nominal: plain UTF-8") << "Caf\xc3\xa9 diplomacy"_ba << u"Café diplomacy"_s << u"UTF-8"_s << false;
        QTest::newRow("nominal: UTF-8 byte-order mark is dropped")
            << "\xef\xbb\xbftext"_ba << u"text"_s << u"UTF-8"_s << false;
        QTest::newRow("nominal: UTF-16LE with byte-order mark")
            << QByteArray("\xff\xfeO\0k\0", 6) << u"Ok"_s << u"UTF-16LE"_s << false;
        QTest::newRow("nominal: HTML meta charset is honoured")
            << "<html><head><meta charset=\"windows-1252\"></head>\x93quoted\x94</html>"_ba
            << u"<html><head><meta charset=\"windows-1252\"></head>“quoted”</html>"_s << u"windows-1252"_s << false;
        QTest::newRow("nominal: XML declaration is honoured")
            << "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xe9</a>"_ba
            << u"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>café</a>"_s << u"windows-1252"_s << false;
        QTest::newRow("robustness: page claims UTF-8 but is Latin-1, detection takes over")
            << "<meta charset=\"utf-8\"><p>Fran\xe7ois Mitterrand, pr\xe9sident de la R\xe9publique fran\xe7\x61ise</p>"_ba
            << u"<meta charset=\"utf-8\"><p>François Mitterrand, président de la République française</p>"_s
            << QString() << true;
        QTest::newRow("robustness: truncated UTF-8 sequence is replaced and reported")
            << "Beijing \xe5\x8c"_ba << u"Beijing \uFFFD"_s << u"UTF-8"_s << true;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, warns);

        const auto decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.text, text);
        if (!encoding.isEmpty())
            QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(!decoded.warnings.isEmpty(), warns);
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("binary");
        QTest::newRow("nominal: text is not binary") << "Plain news text.\n"_ba << false;
        QTest::newRow("nominal: PNG header is binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
        QTest::newRow("nominal: UTF-16 with BOM is text") << QByteArray("\xff\xfeO\0k\0", 6) << false;
        QTest::newRow("robustness: many control characters") << QByteArray(200, '\x01') << true;
    }

    void looksBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, binary);
        QCOMPARE(TextDecoder::looksBinary(bytes), binary);
    }

    void isPlainUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("plain");
        QTest::newRow("nominal: UTF-8 without declaration") << "<p>Caf\xc3\xa9</p>"_ba << true;
        QTest::newRow("nominal: UTF-8 with its byte-order mark") << "\xef\xbb\xbf<p>Caf\xc3\xa9</p>"_ba << true;
        QTest::newRow("nominal: declared UTF-8") << "<meta charset=\"UTF-8\"><p>Caf\xc3\xa9</p>"_ba << true;
        QTest::newRow("robustness: another encoding declared") << "<meta charset=\"windows-1252\"><p>Cafe</p>"_ba << false;
        QTest::newRow("robustness: invalid sequence") << "<p>Caf\xe9</p>"_ba << false;
        QTest::newRow("robustness: UTF-16 byte-order mark") << QByteArray("\xff\xfe<\0p\0", 6) << false;
    }

    // The reader skips decoding exactly when decode() would read plain UTF-8 with no warning.
    void isPlainUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, plain);
        QCOMPARE(TextDecoder::isPlainUtf8(bytes), plain);
        if (plain) {
            const auto decoded = TextDecoder::decode(bytes);
            QCOMPARE(decoded.encoding, u"UTF-8"_s);
            QVERIFY(decoded.warnings.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TextDecoderTest)
#include "textdecoder_test.moc"
