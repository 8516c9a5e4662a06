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

    void missingAndFolder()
    {
        QTemporaryDir dir;
        QVERIFY(SourceReader().read(dir.filePath(u"gone.txt"_s)).error.contains(u"does not exist"_s));
        QVERIFY(SourceReader().read(dir.path()).error.contains(u"folder"_s));
    }
};

QTEST_APPLESS_MAIN(SourceReaderTest)
#include "sourcereader_test.moc"
