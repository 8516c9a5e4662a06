#include "shortcuteditor.h"
#include "keyboardtestwindow.h"

#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

QString stored(const QString &id)
{
    return QSettings().value(u"shortcuts/"_s + id).toString();
}

// A fresh registry on another widget with the same commands: what the next session sees.
QList<QKeySequence> nextSessionKeys(const QString &id, const QList<QKeySequence> &defaults)
{
    QWidget owner;
    ActionRegistry registry(&owner);
    return registry.add(ActionRegistry::Group::File, id, id, defaults)->shortcuts();
}

void record(ShortcutEditor &editor, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(editor.recorder(), key, modifiers);
}

} // namespace

class ShortcutEditorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startCleanSettings("shortcuteditor_test"); }
    void init() { QSettings().clear(); }

    void changesAKeyAndKeepsIt()
    {
        KeyboardTestWindow test;
        ShortcutEditor editor(*test.registry, &test.window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        QVERIFY(editor.selectAction(u"next_article"_s));
        QCOMPARE(editor.recorder()->keySequence(), QKeySequence(u"J"_s));
        record(editor, Qt::Key_N);
        QCOMPARE(test.registry->action(u"next_article"_s)->shortcuts(), QList<QKeySequence>{QKeySequence(u"N"_s)});
        QCOMPARE(stored(u"next_article"_s), u"N"_s);
        QCOMPARE(nextSessionKeys(u"next_article"_s, {QKeySequence(u"J"_s)}), QList<QKeySequence>{QKeySequence(u"N"_s)});
        QVERIFY(!editor.conflictLabel()->isVisible());

        // A key with modifiers, recorded the same way.
        QVERIFY(editor.selectAction(u"open_files"_s));
        record(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(test.registry->action(u"open_files"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
    }

    void detectsAConflictAndTakesTheKey()
    {
        KeyboardTestWindow test;
        ShortcutEditor editor(*test.registry, &test.window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        QVERIFY(editor.selectAction(u"previous_article"_s));
        record(editor, Qt::Key_J); // already Next Article's key
        QVERIFY(editor.conflictLabel()->isVisible());
        QVERIFY2(editor.conflictLabel()->text().contains(u"Next Article"_s), qPrintable(editor.conflictLabel()->text()));
        QVERIFY(editor.takeKeyButton()->isVisible());
        // Nothing changed yet: the clash is only offered.
        QCOMPARE(test.registry->action(u"previous_article"_s)->shortcut(), QKeySequence(u"K"_s));
        QCOMPARE(test.registry->action(u"next_article"_s)->shortcut(), QKeySequence(u"J"_s));

        QTest::mouseClick(editor.takeKeyButton(), Qt::LeftButton);
        QCOMPARE(test.registry->action(u"previous_article"_s)->shortcut(), QKeySequence(u"J"_s));
        QVERIFY(test.registry->action(u"next_article"_s)->shortcuts().isEmpty());
        QVERIFY(!editor.conflictLabel()->isVisible());
        QVERIFY(nextSessionKeys(u"next_article"_s, {QKeySequence(u"J"_s)}).isEmpty());
        QCOMPARE(nextSessionKeys(u"previous_article"_s, {QKeySequence(u"K"_s)}),
                 QList<QKeySequence>{QKeySequence(u"J"_s)});
    }

    void walkingAwayFromAConflictChangesNothing()
    {
        KeyboardTestWindow test;
        ShortcutEditor editor(*test.registry, &test.window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.selectAction(u"previous_article"_s));
        record(editor, Qt::Key_J);
        QVERIFY(editor.conflictLabel()->isVisible());
        QVERIFY(editor.selectAction(u"zoom_in"_s));
        QVERIFY(!editor.conflictLabel()->isVisible());
        QCOMPARE(test.registry->action(u"previous_article"_s)->shortcut(), QKeySequence(u"K"_s));
        QVERIFY(QSettings().allKeys().filter(u"shortcuts/"_s).isEmpty());
    }

    void clearsResetsAndResetsAll()
    {
        KeyboardTestWindow test;
        ShortcutEditor editor(*test.registry, &test.window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        QVERIFY(editor.selectAction(u"next_mention"_s));
        QTest::mouseClick(editor.clearButton(), Qt::LeftButton);
        QVERIFY(test.registry->action(u"next_mention"_s)->shortcuts().isEmpty());
        QVERIFY(nextSessionKeys(u"next_mention"_s, {QKeySequence(u"."_s)}).isEmpty());
        QTest::mouseClick(editor.resetButton(), Qt::LeftButton);
        QCOMPARE(test.registry->action(u"next_mention"_s)->shortcut(), QKeySequence(u"."_s));
        QVERIFY(!QSettings().contains(u"shortcuts/next_mention"_s));

        QVERIFY(editor.selectAction(u"next_article"_s));
        record(editor, Qt::Key_N);
        QVERIFY(editor.selectAction(u"zoom_in"_s));
        QTest::mouseClick(editor.clearButton(), Qt::LeftButton);
        QCOMPARE(QSettings().allKeys().filter(u"shortcuts/"_s).size(), 2);
        QTest::mouseClick(editor.resetAllButton(), Qt::LeftButton);
        QCOMPARE(test.registry->action(u"next_article"_s)->shortcut(), QKeySequence(u"J"_s));
        QCOMPARE(test.registry->action(u"zoom_in"_s)->shortcuts().size(), 2);
        QVERIFY(QSettings().allKeys().filter(u"shortcuts/"_s).isEmpty());
    }

    void filtersTheList()
    {
        KeyboardTestWindow test;
        ShortcutEditor editor(*test.registry, &test.window);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.filterEdit(), u"mention"_s);
        QStringList shown;
        for (int row = 0; row < editor.list()->topLevelItemCount(); ++row)
            if (!editor.list()->topLevelItem(row)->isHidden())
                shown << editor.list()->topLevelItem(row)->text(0);
        QCOMPARE(shown, QStringList{u"Next Mention"_s});
        QCOMPARE(editor.selectedId(), u"next_mention"_s);
        QCOMPARE(editor.list()->topLevelItem(0)->text(2), QKeySequence(u"Ctrl+O"_s).toString(QKeySequence::NativeText));
    }
};

QTEST_MAIN(ShortcutEditorTest)
#include "shortcuteditor_test.moc"
