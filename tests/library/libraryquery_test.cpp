#include "library/libraryquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// Terms written compactly for the data table: "kind[!]=value", "!" when negated;
// published as "published=FROM..TO" with ISO days or empty ends.
static QStringList describe(const LibraryQuery &query)
{
    QStringList list;
    for (const auto &term : query.terms) {
        QString text = queryTermKindName(term.kind) + (term.isNegated ? u"!"_s : QString()) + u'=';
        if (term.kind == QueryTerm::Kind::Published)
            text += term.from.toString(Qt::ISODate) + u".."_s + term.to.toString(Qt::ISODate);
        else
            text += term.value;
        list << text;
    }
    return list;
}

class LibraryQueryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<int>("warnings");

        QTest::newRow("nominal: empty") << u""_s << QStringList{} << 0;
        QTest::newRow("nominal: one word") << u"trade"_s << QStringList{u"word=trade"_s} << 0;
        QTest::newRow("nominal: two words") << u"trade  tariffs"_s << QStringList{u"word=trade"_s, u"word=tariffs"_s} << 0;
        QTest::newRow("nominal: prefix word") << u"tarif*"_s << QStringList{u"word=tarif*"_s} << 0;
        QTest::newRow("nominal: phrase") << u"\"joint statement\""_s << QStringList{u"phrase=joint statement"_s} << 0;
        QTest::newRow("nominal: phrase whitespace folded") << u"\"joint \n statement \""_s
                                                           << QStringList{u"phrase=joint statement"_s} << 0;
        QTest::newRow("nominal: negated word") << u"-fentanyl"_s << QStringList{u"word!=fentanyl"_s} << 0;
        QTest::newRow("nominal: negated phrase") << u"-\"human rights\""_s << QStringList{u"phrase!=human rights"_s} << 0;
        QTest::newRow("nominal: entity quoted") << u"entity:\"Li Qiang\""_s << QStringList{u"entity=Li Qiang"_s} << 0;
        QTest::newRow("nominal: entity id") << u"entity:person/li-qiang"_s << QStringList{u"entity=person/li-qiang"_s} << 0;
        QTest::newRow("nominal: country upper-cased") << u"country:cn"_s << QStringList{u"country=CN"_s} << 0;
        QTest::newRow("nominal: tag") << u"tag:trade"_s << QStringList{u"tag=trade"_s} << 0;
        QTest::newRow("nominal: is unread") << u"is:unread"_s << QStringList{u"is=unread"_s} << 0;
        QTest::newRow("nominal: is starred mixed case") << u"IS:Starred"_s << QStringList{u"is=starred"_s} << 0;
        QTest::newRow("nominal: is annotated") << u"is:annotated"_s << QStringList{u"is=annotated"_s} << 0;
        QTest::newRow("nominal: is read") << u"is:read"_s << QStringList{u"is=read"_s} << 0;
        QTest::newRow("nominal: in later") << u"in:later"_s << QStringList{u"in=later"_s} << 0;
        QTest::newRow("nominal: in archive negated") << u"-in:archive"_s << QStringList{u"in!=archive"_s} << 0;
        QTest::newRow("nominal: priority") << u"priority:1"_s << QStringList{u"priority=1"_s} << 0;
        QTest::newRow("nominal: language lower-cased") << u"lang:FR"_s << QStringList{u"lang=fr"_s} << 0;
        QTest::newRow("nominal: language with region, underscore") << u"-lang:pt_BR"_s << QStringList{u"lang!=pt-br"_s} << 0;
        QTest::newRow("nominal: priority 0 is none") << u"priority:0"_s << QStringList{u"priority=none"_s} << 0;
        QTest::newRow("nominal: source") << u"source:reuters"_s << QStringList{u"source=reuters"_s} << 0;
        QTest::newRow("nominal: source quoted") << u"source:\"South China\""_s << QStringList{u"source=South China"_s} << 0;
        QTest::newRow("nominal: published range") << u"published:2025-01-01..2025-03-31"_s
                                                  << QStringList{u"published=2025-01-01..2025-03-31"_s} << 0;
        QTest::newRow("nominal: published month") << u"published:2025-02"_s
                                                  << QStringList{u"published=2025-02-01..2025-02-28"_s} << 0;
        QTest::newRow("nominal: published year") << u"published:2024"_s
                                                 << QStringList{u"published=2024-01-01..2024-12-31"_s} << 0;
        QTest::newRow("nominal: published open start") << u"published:..2025-03"_s
                                                       << QStringList{u"published=..2025-03-31"_s} << 0;
        QTest::newRow("nominal: published open end") << u"published:2025-03-05.."_s
                                                     << QStringList{u"published=2025-03-05.."_s} << 0;
        QTest::newRow("nominal: everything together")
            << u"trade -\"human rights\" entity:\"Li Qiang\" country:CN is:unread in:inbox priority:2 -source:xinhua"_s
            << QStringList{u"word=trade"_s, u"phrase!=human rights"_s, u"entity=Li Qiang"_s, u"country=CN"_s,
                           u"is=unread"_s, u"in=inbox"_s, u"priority=2"_s, u"source!=xinhua"_s}
            << 0;
        QTest::newRow("robustness: lone dash ignored") << u"trade - tariffs"_s
                                                       << QStringList{u"word=trade"_s, u"word=tariffs"_s} << 0;
        QTest::newRow("robustness: hyphenated word kept") << u"Canada-China"_s << QStringList{u"word=Canada-China"_s} << 0;
        QTest::newRow("robustness: time is a word") << u"10:30"_s << QStringList{u"word=10:30"_s} << 0;
        QTest::newRow("robustness: unknown filter is a word") << u"author:smith"_s
                                                              << QStringList{u"word=author:smith"_s} << 1;
        QTest::newRow("robustness: unclosed quote") << u"\"joint statement"_s
                                                    << QStringList{u"phrase=joint statement"_s} << 1;
        QTest::newRow("robustness: unclosed filter quote") << u"entity:\"Li Qiang"_s
                                                           << QStringList{u"entity=Li Qiang"_s} << 1;
        QTest::newRow("robustness: empty phrase dropped") << u"\"\" trade"_s << QStringList{u"word=trade"_s} << 0;
        QTest::newRow("robustness: filter without value") << u"entity: trade"_s << QStringList{u"word=trade"_s} << 1;
        QTest::newRow("robustness: unknown is") << u"is:sleepy"_s << QStringList{} << 1;
        QTest::newRow("robustness: unknown in") << u"in:trash"_s << QStringList{} << 1;
        QTest::newRow("robustness: priority out of range") << u"priority:7"_s << QStringList{} << 1;
        QTest::newRow("robustness: bad date") << u"published:2025-13-01"_s << QStringList{} << 1;
        QTest::newRow("robustness: reversed range") << u"published:2025-03-01..2025-01-01"_s << QStringList{} << 1;
        QTest::newRow("robustness: only dots") << u"published:.."_s << QStringList{} << 1;
        QTest::newRow("robustness: quote inside word") << u"say\"hi"_s << QStringList{u"word=say\"hi"_s} << 0;
        QTest::newRow("robustness: SQL in a word") << u"x');DROP"_s << QStringList{u"word=x');DROP"_s} << 0;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, terms);
        QFETCH(int, warnings);
        const auto query = LibraryQuery::parse(input);
        QCOMPARE(describe(query), terms);
        QCOMPARE(query.warnings.size(), warnings);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::newRow("nominal: words quoted") << u"trade talks"_s << u"\"trade\" \"talks\""_s;
        QTest::newRow("nominal: prefix") << u"tarif*"_s << u"\"tarif\"*"_s;
        QTest::newRow("nominal: negated left out") << u"trade -talks"_s << u"\"trade\""_s;
        QTest::newRow("nominal: filters left out") << u"in:inbox"_s << QString();
        QTest::newRow("robustness: quotes doubled") << u"say\"hi"_s << u"\"say\"\"hi\""_s;
        QTest::newRow("robustness: FTS operators are words") << u"NEAR OR"_s << u"\"NEAR\" \"OR\""_s;
    }

    void matchExpression()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(LibraryQuery::parse(input).matchExpression(), expression);
    }

    void sqlBindsEveryValue_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("robustness: quote in source") << u"source:\"o'brien\""_s;
        QTest::newRow("robustness: quote in entity") << u"entity:\"x' OR 1=1 --\""_s;
        QTest::newRow("robustness: quote in word") << u"'; DROP TABLE articles; --"_s;
        QTest::newRow("robustness: negated quote") << u"-source:a'b"_s;
    }

    void sqlBindsEveryValue()
    {
        QFETCH(QString, input);
        QStringList warnings;
        const auto statement = buildSearchSql(LibraryQuery::parse(input), {}, {}, &warnings);
        // The only quotes in the SQL are our fixed fragments: 'GPE' and the LIKE escape.
        auto sql = statement.sql;
        sql.remove(u"'GPE'"_s).remove(u"'\\'"_s);
        QVERIFY2(!sql.contains(u'\''), qPrintable(statement.sql));
        QCOMPARE(statement.sql.count(u'?'), statement.values.size());
    }

    void tagWithoutAnnotationStore()
    {
        QStringList warnings;
        buildSearchSql(LibraryQuery::parse(u"tag:trade"_s), {}, {}, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"not connected"_s));
        warnings.clear();
        AnnotationLookup lookup;
        lookup.contentHashesWithTag = [](const QString &) { return QStringList{u"abc"_s}; };
        const auto statement = buildSearchSql(LibraryQuery::parse(u"tag:trade"_s), {}, lookup, &warnings);
        QVERIFY(warnings.isEmpty());
        QVERIFY(statement.values.contains(QVariant(u"[\"abc\"]"_s)));
    }
};

QTEST_GUILESS_MAIN(LibraryQueryTest)
#include "libraryquery_test.moc"
