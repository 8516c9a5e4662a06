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
        // Valid multi-byte UTF-8 wins over a declared legacy charset (a browser's "Save page" keeps
        // the page's old meta charset over the UTF-8 it writes); the declaration decides only for
        // bytes that are not valid UTF-8.
        QTest::newRow("nominal: Chinese UTF-8 under a declared GB2312")
            << "<meta charset=\"gb2312\"><p>外交部发言人表示，中方欢迎会谈。</p>"_ba
            << u"<meta charset=\"gb2312\"><p>外交部发言人表示，中方欢迎会谈。</p>"_s << u"UTF-8"_s << false;
        QTest::newRow("nominal: Japanese UTF-8 under a declared Shift_JIS")
            << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>外務省は声明を発表した</p>"_ba
            << u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>外務省は声明を発表した</p>"_s
            << u"UTF-8"_s << false;
        QTest::newRow("nominal: Russian UTF-8 under a declared windows-1251")
            << "<meta charset=\"windows-1251\"><p>Министр иностранных дел заявил</p>"_ba
            << u"<meta charset=\"windows-1251\"><p>Министр иностранных дел заявил</p>"_s << u"UTF-8"_s << false;
        QTest::newRow("nominal: Arabic UTF-8 under a declared windows-1256")
            << "<meta charset=\"windows-1256\"><p>قال وزير الخارجية، إن المحادثات ستستأنف.</p>"_ba
            << u"<meta charset=\"windows-1256\"><p>قال وزير الخارجية، إن المحادثات ستستأنف.</p>"_s << u"UTF-8"_s
            << false;
        QTest::newRow("nominal: UTF-8 under an XML declaration of GB2312")
            << "<?xml version=\"1.0\" encoding=\"GB2312\"?><a>和平</a>"_ba
            << u"<?xml version=\"1.0\" encoding=\"GB2312\"?><a>和平</a>"_s << u"UTF-8"_s << false;
        QTest::newRow("nominal: real GB2312 bytes under their declaration")
            << "<meta charset=\"gb2312\"><p>"
               "\xcd\xe2\xbd\xbb\xb2\xbf\xb7\xa2\xd1\xd4\xc8\xcb\xb1\xed\xca\xbe\xa3\xac\xd6\xd0\xb7\xbd\xbb\xb6\xd3\xad"
               "\xbb\xe1\xcc\xb8\xa1\xa3</p>"_ba
            << u"<meta charset=\"gb2312\"><p>外交部发言人表示，中方欢迎会谈。</p>"_s << u"gb2312"_s << false;
        QTest::newRow("nominal: real windows-1251 bytes under their declaration")
            << "<meta charset=\"windows-1251\"><p>"
               "\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xe8\xed\xee\xf1\xf2\xf0\xe0\xed\xed\xfb\xf5 \xe4\xe5\xeb \xe7\xe0\xff\xe2\xe8\xeb</p>"_ba
            << u"<meta charset=\"windows-1251\"><p>Министр иностранных дел заявил</p>"_s << u"windows-1251"_s << false;
        QTest::newRow("nominal: real Shift_JIS bytes under their declaration")
            << "<meta charset=\"shift_jis\"><p>"
               "\x8a\x4f\x96\xb1\x8f\xc8\x82\xcd\x90\xba\x96\xbe\x82\xf0\x94\xad\x95\x5c\x82\xb5\x82\xbd</p>"_ba
            << u"<meta charset=\"shift_jis\"><p>外務省は声明を発表した</p>"_s << u"shift_jis"_s << false;
        QTest::newRow("nominal: pure ASCII follows its declared charset")
            << "<meta charset=\"windows-1251\"><p>Talks resume</p>"_ba
            << u"<meta charset=\"windows-1251\"><p>Talks resume</p>"_s << u"windows-1251"_s << false;
        QTest::newRow("nominal: 7-bit ISO-2022-JP under its declaration")
            << "<meta charset=\"iso-2022-jp\"><p>\x1b$B30L3>J$O@<L@$rH/I=$7$?\x1b(B</p>"_ba
            << u"<meta charset=\"iso-2022-jp\"><p>外務省は声明を発表した</p>"_s << u"iso-2022-jp"_s << false;
        QTest::newRow("robustness: a UTF-16 declaration over 8-bit bytes means UTF-8")
            << "<meta charset=\"utf-16\"><p>Gen\xc3\xa8ve</p>"_ba << u"<meta charset=\"utf-16\"><p>Genève</p>"_s
            << u"UTF-8"_s << false;
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
        QTest::newRow("nominal: UTF-8 under a declared legacy charset")
            << "<meta charset=\"gb2312\"><p>和平</p>"_ba << true;
        QTest::newRow("robustness: ASCII under a declared legacy charset is left to it")
            << "<meta charset=\"windows-1251\"><p>Talks</p>"_ba << false;
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
