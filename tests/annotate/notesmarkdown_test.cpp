#include "annotate/annotation.h"
#include "export/notesmarkdown.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

const auto GoldenDir = QStringLiteral(ATTACHE_TEST_DATA_DIR "/golden");

// A text file's paragraphs as they are, one block each: the golden files do not depend on the cleaner.
QString rawParagraphs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paragraphs;
    for (const auto &paragraph : QString::fromUtf8(file.readAll()).split(QRegularExpression(u"\\n\\s*\\n"_s))) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs << paragraph.trimmed();
    }
    return paragraphs.join(u"\n\n"_s);
}

// Where a highlight is: its quote, or the n-th sentence of the n-th paragraph (so that inputs
// need not copy a text they only read by path).
std::pair<qsizetype, qsizetype> locate(const QString &text, const QJsonObject &object)
{
    if (object.contains(u"quote"_s)) {
        const auto quote = object.value(u"quote"_s).toString();
        const auto at = text.indexOf(quote);
        return {at, at + quote.size()};
    }
    const auto paragraphs = text.split(u"\n\n"_s);
    const auto paragraphIndex = object.value(u"paragraph"_s).toInt();
    qsizetype offset = 0;
    for (int i = 0; i < paragraphIndex && i < paragraphs.size(); ++i)
        offset += paragraphs.at(i).size() + 2;
    const auto paragraph = paragraphs.value(paragraphIndex);
    static const QRegularExpression sentenceBreak(u"(?<=[.!?])\\s+(?=[A-Z“\"])"_s);
    qsizetype start = 0;
    int sentence = 0;
    auto breaks = sentenceBreak.globalMatch(paragraph);
    while (breaks.hasNext()) {
        const auto match = breaks.next();
        if (sentence == object.value(u"sentence"_s).toInt())
            return {offset + start, offset + match.capturedStart()};
        start = match.capturedEnd();
        ++sentence;
    }
    return {offset + start, offset + paragraph.size()};
}

ArticleNotes loadArticle(const QJsonObject &object)
{
    const auto a = object.value(u"article"_s).toObject();
    ArticleNotes notes;
    notes.article.id = a.value(u"id"_s).toString();
    notes.article.title = a.value(u"title"_s).toString();
    notes.article.source = a.value(u"source"_s).toString();
    notes.article.url = a.value(u"url"_s).toString();
    notes.article.published = QDateTime::fromString(a.value(u"published"_s).toString(), Qt::ISODate);
    const auto text = a.contains(u"text_file"_s)
        ? rawParagraphs(QStringLiteral(ATTACHE_FIXTURES_DIR) + u'/' + a.value(u"text_file"_s).toString())
        : a.value(u"text"_s).toString();
    for (const auto &value : object.value(u"annotations"_s).toArray()) {
        const auto o = value.toObject();
        Annotation annotation;
        annotation.id = o.value(u"id"_s).toString();
        annotation.articleId = notes.article.id;
        annotation.kind = annotationKindFromName(o.value(u"kind"_s).toString());
        if (o.value(u"orphan"_s).toBool()) {
            annotation.isOrphan = true;
            annotation.selector.exact = o.value(u"exact"_s).toString();
            annotation.selector.start = text.size();
            annotation.selector.end = text.size();
        } else if (!annotation.isArticleNote()) {
            const auto [start, end] = locate(text, o);
            annotation.selector = TextSelector::fromText(text, start, end);
        }
        annotation.note = o.value(u"note"_s).toString();
        QStringList tags;
        for (const auto &tag : o.value(u"tags"_s).toArray())
            tags << tag.toString();
        annotation.tags = normalizedTags(tags);
        annotation.colour = o.value(u"colour"_s).toInt();
        annotation.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
        annotation.modified = annotation.created;
        notes.annotations << annotation;
    }
    for (const auto &entity : object.value(u"entities"_s).toArray())
        notes.entities << entity.toString();
    return notes;
}

QString render(const QJsonObject &input)
{
    NotesMarkdownOptions options;
    options.exported = QDateTime::fromString(input.value(u"exported"_s).toString(), Qt::ISODate);
    for (const auto &value : input.value(u"timeline"_s).toArray()) {
        const auto o = value.toObject();
        options.timeline << NotesTimelineEntry{QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate),
                                               o.value(u"label"_s).toString()};
    }
    if (input.contains(u"brief"_s)) {
        QList<ArticleNotes> articles;
        for (const auto &value : input.value(u"articles"_s).toArray())
            articles << loadArticle(value.toObject());
        return NotesMarkdown::brief(input.value(u"brief"_s).toString(), articles, options);
    }
    return NotesMarkdown::article(loadArticle(input), options);
}

} // namespace

class NotesMarkdownTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void merge_data();
    void merge();
    void escape_data();
    void escape();
    void tagText();
};

void NotesMarkdownTest::golden_data()
{
    QTest::addColumn<QString>("name");
    const auto inputs = QDir(GoldenDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 5);
    for (const auto &input : inputs) {
        const auto name = input.chopped(5);
        QTest::newRow(qPrintable(u"nominal: "_s + name)) << name;
    }
}

void NotesMarkdownTest::golden()
{
    QFETCH(QString, name);
    QFile input(GoldenDir + u'/' + name + u".json"_s);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const auto json = QJsonDocument::fromJson(input.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto actual = render(json);

    const QString expectedPath = GoldenDir + u'/' + name + u".md"_s;
    if (qEnvironmentVariableIsSet("ATTACHE_REGENERATE_GOLDEN")) {
        QFile output(expectedPath);
        QVERIFY(output.open(QIODevice::WriteOnly | QIODevice::Truncate));
        output.write(actual.toUtf8());
        return;
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), "missing golden file: run tests/annotate/golden/regenerate.sh");
    const auto expectedText = QString::fromUtf8(expected.readAll());
    if (actual != expectedText) {
        const auto actualLines = actual.split(u'\n');
        const auto expectedLines = expectedText.split(u'\n');
        for (qsizetype i = 0; i < std::max(actualLines.size(), expectedLines.size()); ++i)
            QCOMPARE(actualLines.value(i), expectedLines.value(i));
    }
    // Every highlight carries its own block id.
    QStringList blockIds;
    auto ids = QRegularExpression(u"\\^hl-[0-9a-z]+$"_s, QRegularExpression::MultilineOption).globalMatch(actual);
    while (ids.hasNext())
        blockIds << ids.next().captured();
    QVERIFY(!blockIds.isEmpty());
    QCOMPARE(QSet<QString>(blockIds.begin(), blockIds.end()).size(), blockIds.size());
    QCOMPARE(actual.count(NotesMarkdown::BeginMarker), 1);
    QCOMPARE(actual.count(NotesMarkdown::EndMarker), 1);
    QVERIFY(actual.startsWith(u"---\n"_s));
}

void NotesMarkdownTest::merge_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QStringList>("kept"); // user text that must survive
    QTest::addColumn<QStringList>("gone"); // old generated text that must not

    const auto oldExport = NotesMarkdown::article(
        ArticleNotes{AnnotatedArticle{u"id-1"_s, {}, {}, {}, u"Old title"_s, {}, {}, {}, 0},
                     {Annotation{u"aaaaaaaa-1"_s, u"id-1"_s, AnnotationKind::Highlight, TextSelector{0, 9, u"old quote"_s, {}, {}}, 0, 0,
                                 u"old note"_s, {u"oldtag"_s}, {}, {}, false}},
                     {}},
        NotesMarkdownOptions{QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC), {}, true});
    QTest::newRow("nominal: text before and after the markers")
        << u"My thoughts before.\n\n"_s + oldExport.mid(oldExport.indexOf(NotesMarkdown::BeginMarker)) + u"\n## My own section\n\nWritten by hand.\n"_s
        << QStringList{u"My thoughts before."_s, u"## My own section\n\nWritten by hand."_s}
        << QStringList{u"old quote"_s, u"old note"_s};
    auto withUserKey = oldExport;
    withUserKey.replace(u"---\n\n<!--"_s, u"rating: 5\naliases:\n  - talks\n---\n\nIntro by hand.\n\n<!--"_s);
    withUserKey += u"\nAfterword.\n"_s;
    QTest::newRow("nominal: user's own front matter keys")
        << withUserKey << QStringList{u"rating: 5\naliases:\n  - talks\n---"_s, u"Intro by hand."_s, u"Afterword."_s}
        << QStringList{u"Old title"_s, u"2026-01-01"_s};
    auto withFileDate = oldExport;
    withFileDate.replace(u"title: "_s, u"source: \"\"\nurl: \"\"\npublished: 2026-12-01T20:02:48Z\ntitle: "_s);
    QTest::newRow("nominal: a file date and empty fields of an older export are dropped")
        << withFileDate << QStringList{} << QStringList{u"published:"_s, u"source:"_s, u"url:"_s, u"2026-12-01"_s};
    QTest::newRow("nominal: a plain note file without markers")
        << u"Just my notes.\n"_s << QStringList{u"Just my notes.\n"_s} << QStringList{};
    QTest::newRow("robustness: empty file") << QString() << QStringList{} << QStringList{};
}

void NotesMarkdownTest::merge()
{
    QFETCH(QString, existing);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, gone);

    const auto fresh = NotesMarkdown::article(
        ArticleNotes{AnnotatedArticle{u"id-1"_s, {}, {}, {}, u"New title"_s, {}, {}, {}, 0},
                     {Annotation{u"bbbbbbbb-2"_s, u"id-1"_s, AnnotationKind::Highlight, TextSelector{0, 9, u"new quote"_s, {}, {}}, 0, 0,
                                 u"new note"_s, {}, {}, {}, false}},
                     {}},
        NotesMarkdownOptions{QDateTime(QDate(2026, 2, 2), QTime(0, 0), QTimeZone::UTC), {}, true});
    const auto merged = NotesMarkdown::merge(existing, fresh);
    for (const auto &text : kept)
        QVERIFY2(merged.contains(text), qPrintable(u"lost: "_s + text + u"\n---- in:\n"_s + merged));
    for (const auto &text : gone)
        QVERIFY2(!merged.contains(text), qPrintable(u"stale: "_s + text));
    QVERIFY(merged.startsWith(u"---\ntitle: \"New title\"\n"_s));
    QVERIFY(merged.contains(u"> new quote\n"_s));
    QCOMPARE(merged.count(NotesMarkdown::BeginMarker), 1);
    QCOMPARE(merged.count(u"exported:"_s), 1);
    // Exporting again changes nothing.
    QCOMPARE(NotesMarkdown::merge(merged, fresh), merged);
}

void NotesMarkdownTest::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("nominal: plain prose is untouched") << u"Talks resume in Geneva, officials said."_s
                                                       << u"Talks resume in Geneva, officials said."_s;
    QTest::newRow("nominal: emphasis and links") << u"*a* _b_ [c](d)"_s << u"\\*a\\* \\_b\\_ \\[c\\](d)"_s;
    QTest::newRow("nominal: ordered list at line start") << u"2024. A year"_s << u"2024\\. A year"_s;
    QTest::newRow("nominal: number inside a line") << u"In 2024. A year"_s << u"In 2024. A year"_s;
    QTest::newRow("nominal: list marker at line start") << u"- item"_s << u"\\- item"_s;
    QTest::newRow("nominal: hyphen inside a line") << u"Canada-China"_s << u"Canada-China"_s;
    QTest::newRow("robustness: entity reference") << u"AT&T &amp; co"_s << u"AT&T \\&amp; co"_s;
    QTest::newRow("robustness: Obsidian syntax") << u"==x== %%c%% #tag ^id"_s << u"\\=\\=x\\=\\= \\%\\%c\\%\\% \\#tag \\^id"_s;
}

void NotesMarkdownTest::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(NotesMarkdown::escape(text), escaped);
}

void NotesMarkdownTest::tagText()
{
    QCOMPARE(NotesMarkdown::tagText(u"Foreign Policy"_s), u"#Foreign-Policy"_s);
    QCOMPARE(NotesMarkdown::tagText(u"asia/china"_s), u"#asia/china"_s);
    QCOMPARE(NotesMarkdown::tagText(u"ünï cödé!"_s), u"#ünï-cödé"_s);
}

QTEST_GUILESS_MAIN(NotesMarkdownTest)
#include "notesmarkdown_test.moc"
