#include "core/anchoredalternation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// AnchoredAlternation may only turn lines away faster: it must answer exactly as trying each
// pattern does. The text-copy cleaner relies on that for every line of every text copy.
class AnchoredAlternationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadingCharacters_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: phrases") << u"^(skip to content|read more|jump to)$"_s << u"srj"_s;
        QTest::newRow("nominal: an optional first group adds what follows it")
            << u"^(did you )?(like|enjoy)d? this$"_s << u"dle"_s;
        QTest::newRow("nominal: digits, properties and classes")
            << u"^(\\d+ comments|\\p{Lu}\\w+|[\\w.-]+\\.png)$"_s << u"\\d\\p{Lu}\\w.\\-"_s;
        QTest::newRow("nominal: escaped punctuation is literal") << u"^(\\||\\*|-+|•+)$"_s << u"|*\\-•"_s;
        QTest::newRow("nominal: a word boundary consumes nothing") << u"^\\bnews\\b"_s << u"n"_s;
        QTest::newRow("nominal: a case-sensitive group") << u"^(?-i:About|Über) \\p{Lu}"_s << u"AÜ"_s;
        QTest::newRow("nominal: a quantifier that needs one") << u"^(ab){1,3}c"_s << u"a"_s;
        QTest::newRow("nominal: a quantifier that allows none adds what follows") << u"^a{0,2}b"_s << u"ab"_s;
        QTest::newRow("nominal: any character after the first") << u"^read more from .*"_s << u"r"_s;
        QTest::newRow("unknown: can be empty") << u"^(news)?$"_s << QString();
        QTest::newRow("unknown: any character first") << u"^.*news"_s << QString();
        QTest::newRow("unknown: a negated class first") << u"^[^a]bc"_s << QString();
        QTest::newRow("unknown: a look-ahead") << u"^(?=a)abc"_s << QString();
        QTest::newRow("unknown: options turned on") << u"^(?i:abc)"_s << QString();
        QTest::newRow("unknown: a back-reference") << u"^(a)\\1"_s << QString();
        QTest::newRow("unknown: unbalanced") << u"^(abc"_s << QString();
    }

    void leadingCharacters()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        QCOMPARE(leadingCharacterClass(pattern), expected);
    }

    void sameAnswers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("a phrase") << u"Skip to main content"_s;
        QTest::newRow("a phrase in capitals") << u"READ MORE"_s;
        QTest::newRow("an optional first group present") << u"Did you like this article?"_s;
        QTest::newRow("an optional first group absent") << u"enjoyed this story"_s;
        QTest::newRow("digits first") << u"12 comments"_s;
        QTest::newRow("Arabic-Indic digits first") << u"١٢ comments"_s;
        QTest::newRow("a file name") << u"photo_2025-03.jpg"_s;
        QTest::newRow("a file name starting with a hyphen") << u"-x.png"_s;
        QTest::newRow("bullets") << u"•••"_s;
        QTest::newRow("hyphens") << u"---"_s;
        QTest::newRow("a name after About") << u"About Jane Doe"_s;
        QTest::newRow("lower case where the case matters") << u"about Jane Doe"_s;
        QTest::newRow("a prefix pattern on a long line") << u"Image caption The minister arrives in Geneva on Monday."_s;
        QTest::newRow("a piece of a repeated group") << u"abab"_s;
        QTest::newRow("the whole of an unsplit pattern") << u"x1"_s;
        QTest::newRow("prose") << u"The minister said the talks would resume in Geneva."_s;
        QTest::newRow("prose that starts like a phrase") << u"Read also the communiqué, she said."_s;
        QTest::newRow("a long s, which folds to s") << u"ſkip to main content"_s;
        QTest::newRow("a Kelvin sign, which folds to k") << u"\u212Aommentare"_s;
        QTest::newRow("a control character first") << u"\x01menu"_s;
        QTest::newRow("a space first") << u" menu"_s;
        QTest::newRow("empty") << QString();
    }

    void sameAnswers()
    {
        QFETCH(QString, line);
        const auto anyCase = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        const QList<QRegularExpression> patterns{
            QRegularExpression(u"^(skip (to|navigation)( (main )?content)?|read (also|more)|(did you )?(like|enjoy)(d)? this (article|story)\\?{0,1})$"_s, anyCase),
            QRegularExpression(u"^(\\d+ (comments?|shares?)|[\\w.-]+\\.(jpe?g|png)|•+|-+|kommentare| menu)$"_s, anyCase),
            QRegularExpression(u"^(About|Sobre) \\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}.'-]*){1,2}$"_s, QRegularExpression::UseUnicodePropertiesOption),
            QRegularExpression(u"^(image|photo) (caption|credit)\\b"_s, anyCase),
            QRegularExpression(u"^(ab|x)+$"_s, anyCase),
            QRegularExpression(u"^.?\\d$"_s, anyCase),
            QRegularExpression(u"^[^\\w]menu$"_s, anyCase),
        };
        bool expected = false;
        for (const auto &pattern : patterns)
            expected = expected || pattern.matchView(line).hasMatch();
        QCOMPARE(AnchoredAlternation(patterns).matches(line), expected);
    }

    void sameAnswersForEveryFirstCharacter()
    {
        // Every ASCII character and a few others in front of each phrase: the sorting by first
        // character must never drop a pattern that matches.
        const auto anyCase = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        const QList<QRegularExpression> patterns{
            QRegularExpression(u"^(a|b|\\d|[x-z]|\\p{Lu}|\\W|ſ|é)menu$"_s, anyCase),
            QRegularExpression(u"^(?-i:Q)uit$"_s, anyCase),
        };
        const AnchoredAlternation alternation(patterns);
        for (char16_t first = 0; first < 0x180; ++first) {
            for (const auto &rest : {u"menu"_s, u"uit"_s, u"other"_s}) {
                const QString line = QChar(first) + rest;
                const bool expected = patterns.at(0).matchView(line).hasMatch() || patterns.at(1).matchView(line).hasMatch();
                QVERIFY2(alternation.matches(line) == expected, qPrintable(u"U+%1 %2"_s.arg(qlonglong(first), 4, 16, QChar(u'0')).arg(rest)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(AnchoredAlternationTest)
#include "anchoredalternation_test.moc"
