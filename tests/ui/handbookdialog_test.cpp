#include "actionregistry.h"
#include "handbookdialog.h"
#include "translations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
// The rows of the key table: "group | command | keys".
QStringList rows(const QString &table)
{
    QStringList found;
    const auto lines = table.split(u'\n', Qt::SkipEmptyParts);
    for (const auto &line : lines.mid(2))
        found << line.mid(2, line.size() - 4).split(u" | "_s).join(u'|');
    return found;
}
} // namespace

class HandbookDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"handbookdialog_test"_s);
        QSettings().clear();
    }

    void cleanup() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void keyTableListsEveryKeyedCommandAsSetNow()
    {
        QWidget owner;
        ActionRegistry registry(&owner);
        registry.add(
            ActionRegistry::Group::Help, u"command_palette"_s, u"Command &Palette…"_s, { QKeySequence(u"Ctrl+K"_s) });
        registry.add(ActionRegistry::Group::File, u"open_files"_s, u"&Open Files…"_s, { QKeySequence(u"Ctrl+O"_s) });
        registry.add(ActionRegistry::Group::Triage, u"archive"_s, u"&Archive"_s, { QKeySequence(u"E"_s) });
        registry.add(ActionRegistry::Group::Triage, u"clear_marks"_s, u"C&lear Marks"_s);
        registry.add(ActionRegistry::Group::Go, u"next_article"_s, u"&Next Article"_s,
            { QKeySequence(u"J"_s), QKeySequence(u"Down"_s) });
        registry.setShortcuts(u"archive"_s, { QKeySequence(u"Shift+A"_s) });

        QCOMPARE(rows(HandbookDialog::keyTable(registry)),
            (QStringList { u"File|Open Files|Ctrl+O"_s, u"Go|Next Article|J, Down"_s, u"Triage|Archive|Shift+A"_s,
                u"Help|Command Palette|Ctrl+K"_s }));
    }

    void handbookInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("nominal: English") << u"en_US"_s
                                          << QStringList { u"Loading articles"_s, u"Triage"_s, u"Entities"_s,
                                                 u"Timeline"_s, u"Notes"_s, u"Export"_s, u"Keys"_s };
        QTest::newRow("nominal: French") << u"fr_FR"_s
                                         << QStringList { u"Charger des articles"_s, u"Tri"_s, u"Entités"_s,
                                                u"Chronologie"_s, u"Notes"_s, u"Export"_s, u"Touches"_s };
    }

    void handbookInTheWindowsLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, headings);
        Translations::install(QLocale(locale));
        QWidget owner;
        ActionRegistry registry(&owner);
        registry.add(ActionRegistry::Group::Go, u"next_article"_s, u"&Next Article"_s, { QKeySequence(u"J"_s) });
        const auto markdown = HandbookDialog::markdown(registry);
        for (const auto &heading : std::as_const(headings))
            QVERIFY2(markdown.contains(u"\n## "_s + heading + u'\n'), qPrintable(heading));
        QVERIFY(!markdown.contains(u"{{keys}}"_s));
        QVERIFY(markdown.contains(HandbookDialog::keyTable(registry)));

        HandbookDialog dialog(registry);
        const auto shown = dialog.browser()->toPlainText();
        QVERIFY(shown.contains(headings.constFirst()));
        QVERIFY(shown.contains(u"Next Article"_s));
    }
};

QTEST_MAIN(HandbookDialogTest)
#include "handbookdialog_test.moc"
