#include "actionregistry.h"
#include "commandpalette.h"
#include "keymapoverlay.h"
#include "librarywindow.h"
#include "readingview.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// The keyboard widgets inside the real main window.
class KeyboardAccessTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"keyboardaccess_test"_s);
        QSettings().clear();
    }

    void ctrlKOpensThePaletteThatRunsCommands()
    {
        LibraryWindow session;
        QVERIFY(session.open({}));
        auto &window = *session.window;
        auto &settings = *session.settings;
        settings.setReadingZoom(0);
        for (const auto &id : {u"command_palette"_s, u"show_keymap"_s, u"edit_shortcuts"_s})
            QVERIFY2(window.actions().action(id), qPrintable(id));

        window.readingView()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        auto *palette = window.findChild<CommandPalette *>();
        QVERIFY(palette);
        QVERIFY(palette->isVisible());
        QTest::keyClicks(palette->filterEdit(), u"zoom in"_s);
        QCOMPARE(palette->listedIds().value(0), u"zoom_in"_s);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QCOMPARE(settings.readingZoom(), 1);
        QVERIFY(!palette->isVisible());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Question);
        auto *keymap = window.findChild<KeymapOverlay *>();
        QVERIFY(keymap && keymap->isVisible());
        QStringList groups;
        for (const auto &group : keymap->groups())
            groups << group.name;
        // In the registry's group order (ActionRegistry::Group): File, Edit, Go…
        QVERIFY2(groups.mid(0, 3) == (QStringList{u"File"_s, u"Edit"_s, u"Go"_s}), qPrintable(groups.join(u", "_s)));
        QVERIFY(groups.contains(u"View"_s) && groups.contains(u"Entities"_s));
        QTest::keyClick(keymap, Qt::Key_Escape);
        QVERIFY(!keymap->isVisible());
    }
};

QTEST_MAIN(KeyboardAccessTest)
#include "keyboardaccess_test.moc"
