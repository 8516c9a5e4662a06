#include "actionregistry.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Attache;

class ActionRegistryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"actionregistry_test"_s);
        QSettings().clear();
    }

    void actionsKeepTheGroupTheyWereRegisteredIn()
    {
        QWidget owner;
        ActionRegistry registry(&owner);
        auto *archive
            = registry.add(ActionRegistry::Group::Triage, u"archive"_s, u"&Archive"_s, { QKeySequence(u"E"_s) });
        QAction panel(u"&Entities Panel"_s);
        auto *adopted = registry.adopt(
            ActionRegistry::Group::View, u"toggle_entities_panel"_s, &panel, { QKeySequence(u"Ctrl+Shift+E"_s) });
        QCOMPARE(adopted, &panel);
        QCOMPARE(registry.group(archive), ActionRegistry::Group::Triage);
        QCOMPARE(registry.group(&panel), ActionRegistry::Group::View);
        QCOMPARE(registry.action(u"toggle_entities_panel"_s), &panel);
        QCOMPARE(panel.shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        QCOMPARE(panel.shortcutContext(), Qt::WindowShortcut);
        QCOMPARE(registry.actions(), (QList<QAction *> { archive, &panel }));
        QCOMPARE(ActionRegistry::groupTitle(ActionRegistry::Group::Triage), u"Triage"_s);
    }

    void bundledIconsStandInForTheTheme_data()
    {
        QTest::addColumn<QString>("name");
        // The toolbar's icons: the ones a theme may lack are bundled.
        for (const auto &name :
            { u"folder-open"_s, u"mail-folder-inbox"_s, u"chronometer"_s, u"archive-insert"_s, u"emblem-favorite"_s,
                u"mail-mark-read"_s, u"edit-find"_s, u"quickopen"_s, u"document-open"_s, u"help-contents"_s })
            QTest::newRow(qPrintable(QString(u"nominal: "_s + name))) << name;
    }

    void bundledIconsStandInForTheTheme()
    {
        QFETCH(QString, name);
        QVERIFY(ActionRegistry::hasBundledIcon(name));
        const auto icon = ActionRegistry::themeIcon(name);
        QVERIFY(!icon.isNull());
        const auto image = icon.pixmap(22, 22).toImage();
        QVERIFY(!image.isNull());
        // Drawn, not blank: some pixels are opaque.
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        QVERIFY2(opaque > 20, qPrintable(QString::number(opaque)));
    }

    void aNameNoThemeOrBundleHasGivesNoIcon()
    {
        QVERIFY(!ActionRegistry::hasBundledIcon(u"attache-no-such-icon"_s));
        QVERIFY(ActionRegistry::themeIcon(u"attache-no-such-icon"_s).isNull());
    }
};

QTEST_MAIN(ActionRegistryTest)
#include "actionregistry_test.moc"
