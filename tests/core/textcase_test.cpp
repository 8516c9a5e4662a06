#include "core/textcase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// The fast case helpers are only faster: for every kind of text they give what Qt gives.
class TextCaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: ASCII with capitals") << u"Skip To Main CONTENT, 12 Items"_s;
        QTest::newRow("nominal: ASCII already lower case") << u"read also: the talks"_s;
        QTest::newRow("nominal: accented Latin") << u"Publié le 3 MARS, À PARIS"_s;
        QTest::newRow("nominal: Cyrillic and Greek") << u"МИД России ΑΘΗΝΑ"_s;
        QTest::newRow("robustness: capital I with a dot, longer in lower case") << u"İSTANBUL"_s;
        QTest::newRow("robustness: sharp s and ligatures") << u"STRAẞE ﬁnal"_s;
        QTest::newRow("robustness: characters outside the BMP") << u"𝐀 Deseret 𐐀"_s;
        QTest::newRow("robustness: a lone surrogate half") << u"AB"_s + QChar(0xd800) + u"CD"_s;
        QTest::newRow("robustness: a low surrogate half first") << QString(QChar(0xdc00)) + u"CD"_s;
        QTest::newRow("robustness: a high surrogate half last") << u"CD"_s + QChar(0xdbff);
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: control characters and DEL") << u"A\tB\x7f\x01Z"_s;
        QTest::newRow("whitespace: single spaces only") << u"The minister met her counterpart."_s;
        QTest::newRow("whitespace: a space at either end") << u" Talks resumed "_s;
        QTest::newRow("whitespace: two spaces inside") << u"Talks  resumed"_s;
        QTest::newRow("whitespace: a line break and a tab") << u"Talks\nresumed\tat noon"_s;
        QTest::newRow("whitespace: no-break and ideographic spaces") << u"14\u00a0mars\u3000東京"_s;
        QTest::newRow("whitespace: a space alone") << u" "_s;
        QTest::newRow("whitespace: controls that are no whitespace") << u"A\x1fB\x0eC"_s;
    }

    void sameAsQt()
    {
        QFETCH(QString, text);
        QCOMPARE(lowerCased(text), text.toLower());
        QCOMPARE(isWellFormedUtf16(text), QStringView(text).isValidUtf16());
        QCOMPARE(simplifiedText(text), text.simplified());
        for (const QChar c : text) {
            QCOMPARE(lowerCase(c.unicode()), c.toLower().unicode());
            QCOMPARE(caseFolded(c.unicode()), c.toCaseFolded().unicode());
        }
    }

    void everyUnitAsQt()
    {
        for (char32_t unit = 0; unit <= 0xffff; ++unit) {
            const QChar c{char16_t(unit)};
            if (lowerCase(char16_t(unit)) != c.toLower().unicode() || caseFolded(char16_t(unit)) != c.toCaseFolded().unicode())
                QFAIL(qPrintable(u"differs from Qt at U+%1"_s.arg(uint(unit), 4, 16, QChar(u'0'))));
        }
    }
};

QTEST_APPLESS_MAIN(TextCaseTest)
#include "textcase_test.moc"
