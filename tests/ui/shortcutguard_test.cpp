#include "shortcutguard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Attache;

using WidgetFactory = std::function<QWidget *()>;
Q_DECLARE_METATYPE(WidgetFactory)

namespace {

// A window with a single-key shortcut ("J", window-wide like the registry's), a Ctrl shortcut,
// and the widget under test next to a list.
struct GuardWindow
{
    QMainWindow window;
    QWidget *input;
    QListWidget *list = new QListWidget;
    QAction *next = new QAction(u"Next"_s, &window);
    QAction *open = new QAction(u"Open"_s, &window);

    explicit GuardWindow(QWidget *widget)
        : input(widget)
    {
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(input);
        layout->addWidget(list);
        window.setCentralWidget(central);
        next->setShortcut(QKeySequence(u"J"_s));
        open->setShortcut(QKeySequence(u"Ctrl+O"_s));
        for (auto *action : {next, open}) {
            action->setShortcutContext(Qt::WindowShortcut);
            window.addAction(action);
        }
    }

    bool showActive()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
};

void addWidgetRows()
{
    QTest::addColumn<WidgetFactory>("factory");
    QTest::addColumn<bool>("takesText");
    QTest::newRow("nominal: line edit") << WidgetFactory([] { return new QLineEdit; }) << true;
    QTest::newRow("nominal: plain text edit") << WidgetFactory([] { return new QPlainTextEdit; }) << true;
    QTest::newRow("nominal: text edit") << WidgetFactory([] { return new QTextEdit; }) << true;
    QTest::newRow("nominal: spin box") << WidgetFactory([] { return new QSpinBox; }) << true;
    QTest::newRow("nominal: double spin box") << WidgetFactory([] { return new QDoubleSpinBox; }) << true;
    QTest::newRow("nominal: date edit") << WidgetFactory([] { return new QDateEdit; }) << true;
    QTest::newRow("nominal: editable combo box") << WidgetFactory([] {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        return combo;
    }) << true;
    QTest::newRow("nominal: key sequence edit") << WidgetFactory([] { return new QKeySequenceEdit; }) << true;
    QTest::newRow("robustness: read-only text edit reads, does not type") << WidgetFactory([] {
        auto *text = new QTextEdit(u"an article"_s);
        text->setReadOnly(true);
        return text;
    }) << false;
    QTest::newRow("robustness: read-only plain text edit") << WidgetFactory([] {
        auto *text = new QPlainTextEdit(u"an article"_s);
        text->setReadOnly(true);
        return text;
    }) << false;
    QTest::newRow("robustness: list") << WidgetFactory([] { return new QListWidget; }) << false;
    QTest::newRow("robustness: plain combo box") << WidgetFactory([] {
        auto *combo = new QComboBox;
        combo->addItems({u"a"_s, u"b"_s});
        return combo;
    }) << false;
}

} // namespace

class ShortcutGuardTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainKeysGoToTextInputs_data() { addWidgetRows(); }

    void plainKeysGoToTextInputs()
    {
        QFETCH(WidgetFactory, factory);
        QFETCH(bool, takesText);
        ShortcutGuard guard;
        qApp->installEventFilter(&guard);

        GuardWindow test(factory());
        QVERIFY(test.showActive());
        QCOMPARE(ShortcutGuard::isTextInput(test.input), takesText);
        QSignalSpy next(test.next, &QAction::triggered);
        QSignalSpy open(test.open, &QAction::triggered);

        test.input->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(next.size(), takesText ? 0 : 1);
        // Command keys still work from inside a text field, but not in a key recorder, which is
        // there to take them.
        if (!qobject_cast<QKeySequenceEdit *>(test.input)) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::ControlModifier);
            QCOMPARE(open.size(), 1);
        }

        test.list->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QCOMPARE(next.size(), takesText ? 1 : 2);
    }

    // Qt's own text edits already claim plain keys; the guard is for the other inputs. Without
    // it, note which widget classes let a single-key shortcut fire while the user types.
    void qtTextEditsClaimPlainKeysOnTheirOwn_data() { addWidgetRows(); }

    void qtTextEditsClaimPlainKeysOnTheirOwn()
    {
        QFETCH(WidgetFactory, factory);
        QFETCH(bool, takesText);
        GuardWindow test(factory());
        QVERIFY(test.showActive());
        QSignalSpy next(test.next, &QAction::triggered);
        test.input->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        const bool claimed = next.isEmpty();
        qInfo("%s: without the guard, a plain key %s", QTest::currentDataTag(),
              claimed ? "is typed" : "fires the shortcut");
        const auto className = QString::fromLatin1(test.input->metaObject()->className());
        if (takesText && (className == u"QLineEdit"_s || className == u"QPlainTextEdit"_s || className == u"QTextEdit"_s))
            QVERIFY(claimed);
        if (!takesText)
            QVERIFY(!claimed);
    }

    void installsOnce()
    {
        auto *first = ShortcutGuard::install();
        QCOMPARE(ShortcutGuard::install(), first);
        delete first;
    }
};

QTEST_MAIN(ShortcutGuardTest)
#include "shortcutguard_test.moc"
