#include "analyze/namevariants.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Attache;

class NameVariantsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variants_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: Russian -ия name")
            << u"Россия"_s << QStringList{u"Россия"_s, u"России"_s, u"Россию"_s, u"Россией"_s};
        QTest::newRow("nominal: Russian -а name")
            << u"Москва"_s << QStringList{u"Москва"_s, u"Москвы"_s, u"Москве"_s, u"Москву"_s, u"Москвой"_s};
        QTest::newRow("nominal: Russian -а after a velar takes -и")
            << u"Прага"_s << QStringList{u"Прага"_s, u"Праги"_s, u"Праге"_s, u"Прагу"_s, u"Прагой"_s};
        QTest::newRow("nominal: Russian name ending in a consonant")
            << u"Берлин"_s << QStringList{u"Берлин"_s, u"Берлина"_s, u"Берлину"_s, u"Берлином"_s, u"Берлине"_s};
        QTest::newRow("nominal: Russian name ending in -й")
            << u"Китай"_s << QStringList{u"Китай"_s, u"Китая"_s, u"Китаю"_s, u"Китаем"_s, u"Китае"_s};
        QTest::newRow("nominal: Russian name ending in a soft sign")
            << u"Израиль"_s << QStringList{u"Израиль"_s, u"Израиля"_s, u"Израилю"_s, u"Израилем"_s, u"Израиле"_s};
        QTest::newRow("nominal: Russian ё also written е")
            << u"Соединённые Штаты"_s << QStringList{u"Соединённые Штаты"_s, u"Соединенные Штаты"_s};
        QTest::newRow("robustness: indeclinable Russian name") << u"Того"_s << QStringList{u"Того"_s};
        QTest::newRow("robustness: Russian acronym") << u"США"_s << QStringList{u"США"_s};
        QTest::newRow("nominal: Arabic name with the article")
            << u"العراق"_s << QStringList{u"العراق"_s, u"والعراق"_s, u"بالعراق"_s, u"للعراق"_s};
        QTest::newRow("nominal: Arabic marks dropped")
            << u"الولايات المتّحدة"_s
            << QStringList{u"الولايات المتحدة"_s, u"والولايات المتحدة"_s, u"بالولايات المتحدة"_s, u"للولايات المتحدة"_s,
                           u"الولايات المتّحدة"_s, u"والولايات المتّحدة"_s, u"بالولايات المتّحدة"_s, u"للولايات المتّحدة"_s};
        QTest::newRow("nominal: Arabic first alif also written without its hamza")
            << u"إسرائيل"_s << QStringList{u"إسرائيل"_s, u"وإسرائيل"_s, u"بإسرائيل"_s, u"لإسرائيل"_s,
                                         u"اسرائيل"_s, u"واسرائيل"_s, u"باسرائيل"_s, u"لاسرائيل"_s};
        QTest::newRow("nominal: Arabic alif after the article, in every word")
            << u"الاتحاد الأوروبي"_s
            << QStringList{u"الاتحاد الأوروبي"_s, u"والاتحاد الأوروبي"_s, u"بالاتحاد الأوروبي"_s, u"للاتحاد الأوروبي"_s,
                           u"الاتحاد الاوروبي"_s, u"والاتحاد الاوروبي"_s, u"بالاتحاد الاوروبي"_s, u"للاتحاد الاوروبي"_s};
        QTest::newRow("robustness: Arabic hamza inside a word kept")
            << u"رأس الخيمة"_s << QStringList{u"رأس الخيمة"_s, u"ورأس الخيمة"_s, u"برأس الخيمة"_s, u"لرأس الخيمة"_s};
        QTest::newRow("nominal: German genitive of a one-word name")
            << u"Frankreich"_s << QStringList{u"Frankreich"_s, u"Frankreichs"_s};
        QTest::newRow("nominal: German genitive after a hyphen")
            << u"Nordrhein-Westfalen"_s << QStringList{u"Nordrhein-Westfalen"_s, u"Nordrhein-Westfalens"_s};
        QTest::newRow("robustness: name ending in a hissing sound has no -s genitive")
            << u"Paris"_s << QStringList{u"Paris"_s};
        QTest::newRow("robustness: Latin acronym as written") << u"NATO"_s << QStringList{u"NATO"_s};
        QTest::newRow("robustness: Latin name of several words as written")
            << u"Vereinigte Staaten"_s << QStringList{u"Vereinigte Staaten"_s};
        QTest::newRow("nominal: German genitive of a three-letter name") << u"Rom"_s << QStringList{u"Rom"_s, u"Roms"_s};
        QTest::newRow("robustness: empty") << QString() << QStringList{QString()};
    }

    void variants()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(nameVariants(name), expected);
    }

    // A Russian name of adjectives and a noun, declined together.
    void russianPhraseCases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: feminine adjective and a noun in -ея")
            << u"Южная Корея"_s << QStringList{u"Южной Кореи"_s, u"Южной Корее"_s, u"Южную Корею"_s, u"Южной Кореей"_s};
        QTest::newRow("nominal: feminine adjective and a noun in -ия")
            << u"Саудовская Аравия"_s
            << QStringList{u"Саудовской Аравии"_s, u"Саудовскую Аравию"_s, u"Саудовской Аравией"_s};
        QTest::newRow("nominal: plural, two adjectives")
            << u"Объединённые Арабские Эмираты"_s
            << QStringList{u"Объединённых Арабских Эмиратов"_s, u"Объединённым Арабским Эмиратам"_s,
                           u"Объединёнными Арабскими Эмиратами"_s, u"Объединённых Арабских Эмиратах"_s};
        QTest::newRow("nominal: neuter")
            << u"Соединённое Королевство"_s
            << QStringList{u"Соединённого Королевства"_s, u"Соединённому Королевству"_s, u"Соединённым Королевством"_s,
                           u"Соединённом Королевстве"_s};
        QTest::newRow("nominal: masculine")
            << u"Южный Судан"_s << QStringList{u"Южного Судана"_s, u"Южному Судану"_s, u"Южным Суданом"_s, u"Южном Судане"_s};
        QTest::newRow("nominal: possessive adjective and a neuter noun in -е")
            << u"Баренцево море"_s
            << QStringList{u"Баренцева моря"_s, u"Баренцеву морю"_s, u"Баренцевым морем"_s, u"Баренцевом море"_s};
        QTest::newRow("nominal: two adjectives joined by a hyphen")
            << u"Южно-Китайское море"_s
            << QStringList{u"Южно-Китайского моря"_s, u"Южно-Китайскому морю"_s, u"Южно-Китайским морем"_s,
                           u"Южно-Китайском море"_s};
        QTest::newRow("robustness: a joining word is no adjective") << u"Босния и Герцеговина"_s << QStringList{};
        QTest::newRow("robustness: one word") << u"Россия"_s << QStringList{};
        QTest::newRow("robustness: a hyphenated name is kept as written")
            << u"Новая Гвинея-Бисау"_s << QStringList{};
    }

    void russianPhraseCases()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(russianPhraseCaseForms(name), expected);
    }

    // A Russian man's surname: an adjectival one declines as an adjective; one in -ов or -ин takes
    // -ым in the instrumental; other names and names of several words get nothing here.
    void russianSurnames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: adjectival surname")
            << u"Зеленский"_s << QStringList{u"Зеленского"_s, u"Зеленскому"_s, u"Зеленским"_s, u"Зеленском"_s};
        QTest::newRow("nominal: adjectival surname in -цкий")
            << u"Вишневецкий"_s << QStringList{u"Вишневецкого"_s, u"Вишневецкому"_s, u"Вишневецким"_s, u"Вишневецком"_s};
        QTest::newRow("nominal: surname in -ов") << u"Лавров"_s << QStringList{u"Лавровым"_s};
        QTest::newRow("nominal: surname in -ин") << u"Путин"_s << QStringList{u"Путиным"_s};
        QTest::newRow("boundary: other endings") << u"Шойгу"_s << QStringList{};
        QTest::newRow("boundary: a full name") << u"Владимир Путин"_s << QStringList{};
        QTest::newRow("boundary: Latin script") << u"Kasparov"_s << QStringList{};
    }

    void russianSurnames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(russianSurnameForms(name), expected);
    }

    // A German name after its article: declined adjectives, a plural's dative.
    void germanDeclined_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: plural with an adjective")
            << u"Vereinigte Staaten"_s << QStringList{u"Vereinigten Staaten"_s};
        QTest::newRow("nominal: neuter with an adjective, and its genitive")
            << u"Vereinigtes Königreich"_s
            << QStringList{u"Vereinigten Königreich"_s, u"Vereinigte Königreich"_s, u"Vereinigten Königreichs"_s,
                           u"Vereinigten Königreiches"_s, u"Vereinigtem Königreich"_s};
        QTest::newRow("nominal: an organisation's neuter adjective after 'das', and without an article")
            << u"Auswärtiges Amt"_s << QStringList{u"Auswärtigen Amt"_s, u"Auswärtige Amt"_s, u"Auswärtigen Amts"_s, u"Auswärtigen Amtes"_s,
                           u"Auswärtigem Amt"_s};
        QTest::newRow("nominal: a masculine adjective after 'der'")
            << u"Deutscher Bundestag"_s << QStringList{u"Deutschen Bundestag"_s, u"Deutsche Bundestag"_s, u"Deutschen Bundestags"_s, u"Deutschen Bundestages"_s,
                           u"Deutschem Bundestag"_s};
        QTest::newRow("nominal: two adjectives and a plural in -e, and its dative")
            << u"Vereinigte Arabische Emirate"_s
            << QStringList{u"Vereinigten Arabischen Emirate"_s, u"Vereinigten Arabischen Emiraten"_s};
        QTest::newRow("nominal: one-word plural in -e takes -n") << u"Niederlande"_s << QStringList{u"Niederlanden"_s};
        QTest::newRow("nominal: feminine noun after an adjective keeps its form")
            << u"Zentralafrikanische Republik"_s << QStringList{u"Zentralafrikanischen Republik"_s};
        QTest::newRow("edge: a noun in an unstressed -er takes -s alone")
            << u"Neues Theater"_s << QStringList{u"Neuen Theater"_s, u"Neue Theater"_s, u"Neuen Theaters"_s, u"Neuem Theater"_s};
        QTest::newRow("robustness: a joining word is no adjective")
            << u"Bosnien und Herzegowina"_s << QStringList{};
        QTest::newRow("robustness: one-word name without -e") << u"Frankreich"_s << QStringList{};
        QTest::newRow("robustness: acronym") << u"USA"_s << QStringList{};
        QTest::newRow("robustness: empty") << QString() << QStringList{};
    }

    void germanDeclined()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(germanDeclinedForms(name), expected);
    }

    // A two-entry catalogue written by hand in gettext's format: header, then one translation.
    void readsCatalogue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<QByteArray> originals{QByteArray(), "Germany"};
        const QList<QByteArray> translations{"Content-Type: text/plain; charset=UTF-8\n", "Deutschland"};
        QByteArray data(28 + 2 * 16, '\0');
        auto put = [&data](qsizetype at, quint32 value) { qToLittleEndian(value, data.data() + at); };
        put(0, 0x950412de);
        put(8, 2);
        put(12, 28);
        put(16, 28 + 16);
        for (int table = 0; table < 2; ++table) {
            const auto &strings = table == 0 ? originals : translations;
            for (int i = 0; i < 2; ++i) {
                put(28 + table * 16 + i * 8, quint32(strings.at(i).size()));
                put(28 + table * 16 + i * 8 + 4, quint32(data.size()));
                data += strings.at(i) + '\0';
            }
        }
        const auto path = dir.filePath(u"names.mo"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        QString error;
        const auto catalogue = readGettextCatalogue(path, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(catalogue.size(), 1);
        QCOMPARE(catalogue.value(u"Germany"_s), u"Deutschland"_s);
    }

    void rejectsOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("robustness: text file") << QByteArray("msgid \"Germany\"\nmsgstr \"Deutschland\"\n");
        QTest::newRow("robustness: empty file") << QByteArray();
        QTest::newRow("robustness: offsets past the end")
            << QByteArray::fromHex("de120495000000000100000028000000300000000000000000000000ffffff00ffffff00ffffff00ffffff00");
    }

    void rejectsOtherFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const auto path = dir.filePath(u"bad.mo"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(readGettextCatalogue(path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(NameVariantsTest)
#include "namevariants_test.moc"
