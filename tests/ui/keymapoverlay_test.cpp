#include "keymapoverlay.h"
#include "keyboardtestwindow.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

QStringList groupNames(const KeymapOverlay &overlay)
{
    QStringList names;
    for (const auto &group : overlay.groups())
        names << group.name;
    return names;
}

QStringList keysOf(const KeymapOverlay &overlay, const QString &id)
{
    for (const auto &group : overlay.groups())
        for (const auto &row : group.rows)
            if (row.id == id)
                return row.keys;
    return {};
}

} // namespace

class KeymapOverlayTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startCleanSettings("keymapoverlay_test"); }
    void init() { QSettings().clear(); }

    void listsRegisteredShortcutsByMenu()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        QTest::keyClick(test.list, Qt::Key_Question);
        QVERIFY(test.keymap->isVisible());
        QCOMPARE(test.keymap->geometry(), test.window.rect());

        QCOMPARE(groupNames(*test.keymap), (QStringList{u"File"_s, u"Go"_s, u"Entities"_s, u"View"_s, u"Help"_s}));
        QCOMPARE(keysOf(*test.keymap, u"next_article"_s), QStringList{u"J"_s});
        QCOMPARE(keysOf(*test.keymap, u"next_mention"_s), QStringList{u"."_s});
        QCOMPARE(keysOf(*test.keymap, u"zoom_in"_s).size(), 2);
        QCOMPARE(keysOf(*test.keymap, u"show_keymap"_s), QStringList{u"?"_s});
        // Commands without a key are not on the sheet.
        QVERIFY(keysOf(*test.keymap, u"export_notes"_s).isEmpty());
        int rows = 0;
        for (const auto &group : test.keymap->groups())
            rows += int(group.rows.size());
        QCOMPARE(rows, 8);

        // It paints something in the window's colours (not a blank or transparent sheet).
        const auto image = test.keymap->grab().toImage();
        QVERIFY(!image.isNull());

        QTest::keyClick(test.keymap, Qt::Key_Escape);
        QVERIFY(!test.keymap->isVisible());
        QCOMPARE(QApplication::focusWidget(), test.list);
    }

    void questionMarkOrClickCloses()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        QTest::keyClick(test.list, Qt::Key_Question);
        QVERIFY(test.keymap->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Question);
        QVERIFY(!test.keymap->isVisible());

        QTest::keyClick(test.list, Qt::Key_Question);
        QVERIFY(test.keymap->isVisible());
        QTest::mouseClick(test.keymap, Qt::LeftButton, {}, QPoint(200, 300));
        QVERIFY(!test.keymap->isVisible());
    }

    void showsChangedKeys()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.registry->setShortcuts(u"next_article"_s, {QKeySequence(u"N"_s)});
        test.registry->setShortcuts(u"open_files"_s, {});
        test.keymap->popup();
        QCOMPARE(keysOf(*test.keymap, u"next_article"_s), QStringList{u"N"_s});
        QVERIFY(!groupNames(*test.keymap).contains(u"File"_s));
    }

    void typingInATextFieldDoesNotOpenIt()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.edit->setFocus();
        QTest::keyClick(test.edit, Qt::Key_Question);
        QVERIFY(!test.keymap->isVisible());
        QCOMPARE(test.edit->text(), u"?"_s);
    }
};

QTEST_MAIN(KeymapOverlayTest)
#include "keymapoverlay_test.moc"
