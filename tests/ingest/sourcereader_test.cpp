#include "ingest/sourcereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

class SourceReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart"); // empty when the read must succeed

        QTest::newRow("nominal: text file") << "Canada and China agreed.\n"_ba << QString();
        QTest::newRow("robustness: empty file") << QByteArray() << u"empty"_s;
        QTest::newRow("robustness: whitespace only") << " \n\t\n"_ba << u"empty"_s;
        QTest::newRow("robustness: binary file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) << u"binary"_s;
        QTest::newRow("robustness: larger than the limit") << QByteArray(2048, 'a') << u"more than"_s;
    }

    void read()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);

        QTemporaryDir dir;
        const auto path = dir.filePath(u"article.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        const auto result = SourceReader(1024).read(path);
        if (errorPart.isEmpty()) {
            QVERIFY2(result.document.has_value(), qPrintable(result.error));
            QCOMPARE(result.document->format, SourceFormat::PlainText);
            QCOMPARE(result.document->bytes, bytes);
            QVERIFY(result.document->modified.isValid());
        } else {
            QVERIFY(!result.document);
            QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        }
    }

    // UTF-8 pages and feeds keep only their bytes (their readers parse those); other formats are
    // decoded, and a declared legacy encoding is always decoded.
    void decodedText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: UTF-8 page") << u"a.html"_s << "<!DOCTYPE html><p>Caf\xc3\xa9</p>"_ba
                                            << int(SourceFormat::Html) << QString();
        QTest::newRow("nominal: UTF-8 feed") << u"a.xml"_s << "<?xml version=\"1.0\"?><rss><channel/></rss>"_ba
                                            << int(SourceFormat::Feed) << QString();
        QTest::newRow("nominal: UTF-8 text with byte-order mark") << u"a.txt"_s << "\xef\xbb\xbf" "Caf\xc3\xa9 talks"_ba
                                                                 << int(SourceFormat::PlainText) << u"Café talks"_s;
        QTest::newRow("nominal: UTF-8 page under a declared GB2312 keeps its bytes")
            << u"a.html"_s << "<!DOCTYPE html><meta charset=\"gb2312\"><p>和平</p>"_ba << int(SourceFormat::Html)
            << QString();
        QTest::newRow("nominal: Latin-1 page is decoded")
            << u"a.html"_s << "<!DOCTYPE html><meta charset=\"iso-8859-1\"><p>Caf\xe9</p>"_ba << int(SourceFormat::Html)
            << u"<!DOCTYPE html><meta charset=\"iso-8859-1\"><p>Café</p>"_s;
    }

    void decodedText()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, text);
        const auto result = SourceReader::fromBytes(name, bytes);
        QVERIFY2(result.document.has_value(), qPrintable(result.error));
        QCOMPARE(int(result.document->format), format);
        QCOMPARE(result.document->text, text);
        QCOMPARE(result.document->bytes, bytes);
    }

    void missingAndFolder()
    {
        QTemporaryDir dir;
        QVERIFY(SourceReader().read(dir.filePath(u"gone.txt"_s)).error.contains(u"does not exist"_s));
        QVERIFY(SourceReader().read(dir.path()).error.contains(u"folder"_s));
    }
};

QTEST_APPLESS_MAIN(SourceReaderTest)
#include "sourcereader_test.moc"
