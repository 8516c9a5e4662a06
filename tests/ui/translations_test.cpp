#include "actionregistry.h"
#include "librarywindow.h"
#include "translations.h"
#include "viewssidebar.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto SeedArticle = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");

QString mainWindowText(const char *source, int n = -1)
{
    return QCoreApplication::translate("Attache::MainWindow", source, nullptr, n);
}
} // namespace

// The window in the user's language: Attaché's catalogue, Qt's own strings and the dates.
class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"translations_test"_s);
    }

    void cleanup() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void windowSpeaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("triageGroup");
        QTest::addColumn<QString>("inbox");
        QTest::addColumn<QString>("unreadOne");
        QTest::addColumn<QString>("articlesTwo");
        QTest::addColumn<QString>("january");
        QTest::addColumn<QString>("cancelButton");
        QTest::newRow("nominal: French") << u"fr_FR"_s << u"fr"_s << u"&Fichier"_s << u"Tri"_s << u"Réception"_s
                                         << u"1 non lu"_s << u"2 articles"_s << u"janvier"_s << u"Annuler"_s;
        QTest::newRow("nominal: Canadian French falls back to French")
            << u"fr_CA"_s << u"fr"_s << u"&Fichier"_s << u"Tri"_s << u"Réception"_s << u"1 non lu"_s << u"2 articles"_s
            << u"janvier"_s << u"Annuler"_s;
        QTest::newRow("nominal: English has its plural forms")
            << u"en_GB"_s << u"en"_s << u"&File"_s << u"Triage"_s << u"Inbox"_s << u"1 unread"_s << u"2 articles"_s
            << u"January"_s << u"Cancel"_s;
        QTest::newRow("robustness: an untranslated language gets English")
            << u"de_DE"_s << u"en"_s << u"&File"_s << u"Triage"_s << u"Inbox"_s << u"1 unread"_s << u"2 articles"_s
            << u"January"_s << u"Cancel"_s;
    }

    void windowSpeaksTheLocalesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, triageGroup);
        QFETCH(QString, inbox);
        QFETCH(QString, unreadOne);
        QFETCH(QString, articlesTwo);
        QFETCH(QString, january);
        QFETCH(QString, cancelButton);

        QCOMPARE(Translations::install(QLocale(locale)), language);
        LibraryWindow session;
        QVERIFY(session.open({ SeedArticle }));
        auto &window = *session.window;

        QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
        QCOMPARE(ActionRegistry::groupTitle(ActionRegistry::Group::Triage), triageGroup);
        QVERIFY2(window.viewsSidebar()->item(0)->text().startsWith(inbox),
            qPrintable(window.viewsSidebar()->item(0)->text()));
        // Plural forms come from the catalogue: never "1 article(s)".
        QCOMPARE(mainWindowText("%n unread", 1), unreadOne);
        QCOMPARE(mainWindowText("%n article(s)", 2), articlesTwo);
        QCOMPARE(mainWindowText("%n article(s)", 1), u"1 article"_s);
        // Dates in the words' language: French words bring French dates; without a catalogue the
        // system's locale stays (C in the tests).
        QCOMPARE(QLocale().monthName(1), january);
        // Qt's own buttons, from qtbase's catalogue.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancelButton);
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
