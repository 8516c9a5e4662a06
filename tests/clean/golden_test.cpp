#include "clean/articlecleaner.h"
#include "export/articlemarkdown.h"
#include "ingest/sourcereader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

// The cleaned file as a reader would check it: the title, every field of metadata, the blocks
// as `attache clean --format markdown` renders them (the shipped renderer), then every removed
// line with its reason. Nothing depends on where or when the test runs.
QString render(const CleanResult &result)
{
    QString out;
    if (!result.isOk())
        return u"error: "_s + result.error + u'\n';
    for (const auto &warning : result.warnings)
        out += u"<!-- warning: "_s + warning + u" -->\n"_s;
    for (const auto &article : result.articles) {
        out += u"# "_s + article.title + u"\n\n"_s;
        out += u"<!-- id: %1 · format: %2 · cleaner: %3 -->\n"_s.arg(article.id, sourceFormatName(article.format)).arg(article.cleanerVersion);
        const QList<QPair<QString, QString>> fields{
            {u"standfirst"_s, article.standfirst},
            {u"byline"_s, article.byline},
            {u"source"_s, article.source},
            {u"url"_s, article.url},
            {u"language"_s, article.language},
            {u"published"_s, article.published.isValid()
                 ? article.published.toString(Qt::ISODate) + u" ("_s + dateSourceName(article.publishedSource) + u')'
                 : QString()},
            {u"tags"_s, article.tags.join(u", "_s)},
        };
        for (const auto &[name, value] : fields)
            if (!value.isEmpty())
                out += u"<!-- "_s + name + u": "_s + value + u" -->\n"_s;
        for (const auto &warning : article.warnings)
            out += u"<!-- warning: "_s + warning + u" -->\n"_s;
        out += u'\n';
        out += blocksToMarkdown(article.blocks);
        for (const auto &fragment : article.removed)
            out += u"<!-- removed before block %1, %2: %3 -->\n"_s.arg(fragment.beforeBlock).arg(fragment.reason, fragment.text);
        out += u"\n"_s;
    }
    return out;
}

QString goldenDir()
{
    return QStringLiteral(ATTACHE_TEST_DATA_DIR "/golden");
}

} // namespace

class GoldenTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("input");
        const auto inputs = QDir(goldenDir() + u"/input"_s).entryInfoList(QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 6);
        for (const auto &info : inputs)
            QTest::newRow(qPrintable(u"nominal: "_s + info.fileName())) << info.absoluteFilePath();
    }

    void compare()
    {
        QFETCH(QString, input);
        QFile file(input);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto name = QFileInfo(input).fileName();
        const auto read = SourceReader::fromBytes(u"input/"_s + name, file.readAll());
        const auto actual = read.document ? render(ArticleCleaner().clean(*read.document)) : u"error: "_s + read.error + u'\n';

        const auto referencePath = goldenDir() + u"/reference/"_s + name + u".md"_s;
        if (qEnvironmentVariableIsSet("ATTACHE_GOLDEN_REGENERATE")) {
            QFile out(referencePath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            return;
        }
        QFile reference(referencePath);
        QVERIFY2(reference.open(QIODevice::ReadOnly),
                 qPrintable(referencePath + u" is missing: run tests/clean/golden/regenerate.sh"_s));
        const auto expected = QString::fromUtf8(reference.readAll());
        if (actual != expected) {
            // Line by line, so that the failure points at the first difference.
            const auto actualLines = actual.split(u'\n');
            const auto expectedLines = expected.split(u'\n');
            for (qsizetype i = 0; i < std::max(actualLines.size(), expectedLines.size()); ++i)
                QCOMPARE(actualLines.value(i), expectedLines.value(i));
        }
    }
};

QTEST_APPLESS_MAIN(GoldenTest)
#include "golden_test.moc"
