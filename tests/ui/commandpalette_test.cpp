#include "commandpalette.h"
#include "keyboardtestwindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Attache;

class CommandPaletteTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startCleanSettings("commandpalette_test"); }
    void init() { QSettings().clear(); }

    void ranksMatches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("nominal: prefix beats word start") << u"zo"_s << u"Zoom In"_s << u"Reset Zoom"_s;
        QTest::newRow("nominal: word start beats scattered") << u"men"_s << u"Next Mention"_s << u"Time Line"_s;
        QTest::newRow("nominal: initials beat scattered") << u"nm"_s << u"Next Mention"_s << u"Unmarked"_s;
        QTest::newRow("nominal: close letters beat spread ones") << u"ace"_s << u"Place"_s << u"Article Index"_s;
        QTest::newRow("nominal: shorter prefix match first") << u"ZOOM"_s << u"Zoom In"_s << u"Zoom Out Fully"_s;
        QTest::newRow("robustness: spaces in the pattern") << u"next m"_s << u"Next Mention"_s << u"Next Article"_s;
    }

    void ranksMatches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const auto high = CommandPalette::matchScore(pattern, better);
        const auto low = CommandPalette::matchScore(pattern, worse);
        QVERIFY2(high > low, qPrintable(u"%1 vs %2"_s.arg(high).arg(low)));
    }

    void rejectsNonMatches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: letter missing") << u"zx"_s << u"Zoom In"_s;
        QTest::newRow("nominal: letters out of order") << u"ni"_s << u"In Nothing"_s.left(2);
        QTest::newRow("robustness: pattern longer than text") << u"zoom in out"_s << u"Zoom In"_s;
    }

    void rejectsNonMatches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QCOMPARE(CommandPalette::matchScore(pattern, text), -1);
    }

    void filtersAndTriggersWithTheKeyboardOnly()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        QSignalSpy triggered(test.palette, &CommandPalette::commandTriggered);

        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(test.palette->isVisible());
        QCOMPARE(QApplication::focusWidget(), test.palette->filterEdit());
        // Every enabled command but the palette itself, in registry order while nothing was used.
        QCOMPARE(test.palette->listedIds(),
                 (QStringList{u"open_files"_s, u"export_notes"_s, u"next_article"_s, u"previous_article"_s,
                              u"next_mention"_s, u"zoom_in"_s, u"show_removed"_s, u"show_keymap"_s}));

        QTest::keyClicks(test.palette->filterEdit(), u"mention"_s);
        QCOMPARE(test.palette->listedIds().value(0), u"next_mention"_s);
        press(Qt::Key_Return);
        QCOMPARE(test.fired.value(u"next_mention"_s), 1);
        QCOMPARE(triggered.size(), 1);
        QVERIFY(!test.palette->isVisible());
        QCOMPARE(QApplication::focusWidget(), test.list); // back where the user was

        // Initials, and the menu path shown next to the command.
        press(Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(test.palette->filterEdit(), u"zi"_s);
        QCOMPARE(test.palette->listedIds().value(0), u"zoom_in"_s);
        auto *top = test.palette->list()->topLevelItem(0);
        QCOMPARE(top->text(0), u"View › Zoom"_s);
        QVERIFY2(top->text(2).contains(QKeySequence(u"Ctrl++"_s).toString(QKeySequence::NativeText)),
                 qPrintable(top->text(2)));
        press(Qt::Key_Escape);
        QVERIFY(!test.palette->isVisible());
        QCOMPARE(test.fired.value(u"zoom_in"_s), 0);
    }

    void movesWithArrowsAndPages()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        press(Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(test.palette->filterEdit(), u"article"_s);
        QCOMPARE(test.palette->listedIds(), (QStringList{u"next_article"_s, u"previous_article"_s}));
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(test.fired.value(u"previous_article"_s), 1);

        press(Qt::Key_K, Qt::ControlModifier);
        // Recently used commands come first while the filter is empty.
        QCOMPARE(test.palette->listedIds().value(0), u"previous_article"_s);
        press(Qt::Key_PageDown);
        const auto last = test.palette->list()->topLevelItemCount() - 1;
        QCOMPARE(test.palette->list()->currentItem(), test.palette->list()->topLevelItem(last));
        press(Qt::Key_PageUp);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(test.palette->list()->currentItem(), test.palette->list()->topLevelItem(0));
        press(Qt::Key_Return);
        QCOMPARE(test.fired.value(u"previous_article"_s), 2);
        QCOMPARE(test.palette->recentIds().value(0), u"previous_article"_s);
    }

    void showsCheckableStateAndSkipsDisabledCommands()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!test.palette->listedIds().contains(u"disabled_command"_s));
        QTest::keyClicks(test.palette->filterEdit(), u"removed"_s);
        QCOMPARE(test.palette->list()->topLevelItem(0)->checkState(1), Qt::Unchecked);
        press(Qt::Key_Return);
        QVERIFY(test.registry->action(u"show_removed"_s)->isChecked());
        press(Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(test.palette->filterEdit(), u"removed"_s);
        QCOMPARE(test.palette->list()->topLevelItem(0)->checkState(1), Qt::Checked);
        // Ctrl+K again closes it, like a toggle.
        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!test.palette->isVisible());
    }

    void closesWhenFocusLeaves()
    {
        KeyboardTestWindow test;
        QVERIFY(test.showActive());
        test.list->setFocus();
        press(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(test.palette->isVisible());
        test.edit->setFocus();
        QVERIFY(!test.palette->isVisible());
    }
};

QTEST_MAIN(CommandPaletteTest)
#include "commandpalette_test.moc"
