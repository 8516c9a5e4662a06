#include "articlelistview.h"
#include "entitiesdock.h"
#include "librarywindow.h"
#include "readingview.h"
#include "viewssidebar.h"

#include "core/itemdatarole.h"

#include <QApplication>
#include <QInputDialog>
#include <QScrollBar>
#include <QLineEdit>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto Samples = QStringLiteral(ATTACHE_SOURCE_DIR "/resources/samples");

// Keys go where the analyst's keys go: to whichever widget has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void selectArticleById(MainWindow &window, qint64 id)
{
    window.selectArticle(window.listModel()->rowOf(id));
}
} // namespace

// The scenario: triage the bundled sample library with the keyboard only, and check
// what the library index recorded after every step.
class TriageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"triage_test_%1"_s.arg(QCoreApplication::applicationPid()));
    }

    void triageWithTheKeyboardOnly()
    {
        LibraryWindow session;
        QVERIFY(session.open({Samples}));
        auto &window = *session.window;
        auto &index = session.index;
        auto *model = window.listModel();
        QCOMPARE(window.currentView(), u"Inbox"_s);
        const int total = model->rowCount();
        QVERIFY2(total >= 10, qPrintable(QString::number(total)));
        window.articleList()->setFocus();
        // The article shown first is whichever was indexed first; Home goes to the top.
        QTest::keyClick(window.articleList(), Qt::Key_Home);
        QCOMPARE(window.articleList()->currentIndex().row(), 0);

        auto state = [&](qint64 id) { return index.triage({id}).value(0); };
        auto rowId = [&](int row) { return model->idAt(row); };
        const auto first = rowId(0), second = rowId(1), third = rowId(2), fourth = rowId(3), fifth = rowId(4),
                   sixth = rowId(5);

        // j moves on and marks the article left as read.
        QVERIFY(!state(first).isRead);
        press(Qt::Key_J);
        QCOMPARE(window.currentArticleId(), second);
        QTRY_VERIFY(state(first).isRead); // written once the next article is shown

        // s stars; e archives and moves to the next; l files for later and moves on.
        press(Qt::Key_S);
        QVERIFY(state(second).isStarred);
        press(Qt::Key_E);
        QCOMPARE(state(second).state, TriageState::Archive);
        QCOMPARE(window.currentArticleId(), third);
        press(Qt::Key_L);
        QCOMPARE(state(third).state, TriageState::Later);
        QCOMPARE(window.currentArticleId(), fourth);
        // The archived entry stays listed (dimmed) until the view is shown again: rows never jump.
        QCOMPARE(model->rowOf(second), 1);

        // 1 sets the priority; pressing it again clears it.
        press(Qt::Key_1);
        QCOMPARE(state(fourth).priority, 1);

        // Ctrl+Z undoes triage steps one by one, newest first.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(state(fourth).priority, 0);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(state(third).state, TriageState::Inbox);
        QCOMPARE(state(second).state, TriageState::Archive);
        press(Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier); // redo
        QCOMPARE(state(third).state, TriageState::Later);

        // x marks entries; the next action applies to all marked ones and clears the marks, and
        // one Ctrl+Z takes the whole bulk action back.
        QCOMPARE(window.currentArticleId(), fourth);
        press(Qt::Key_X);
        press(Qt::Key_J);
        press(Qt::Key_X);
        QVERIFY(state(fourth).isMarked && state(fifth).isMarked);
        press(Qt::Key_E);
        QCOMPARE(state(fourth).state, TriageState::Archive);
        QCOMPARE(state(fifth).state, TriageState::Archive);
        QVERIFY(!state(fourth).isMarked && !state(fifth).isMarked);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(state(fourth).state, TriageState::Inbox);
        QCOMPARE(state(fifth).state, TriageState::Inbox);
        QVERIFY(state(fourth).isMarked && state(fifth).isMarked);
        press(Qt::Key_X, Qt::ShiftModifier); // clear the marks
        QVERIFY(!state(fourth).isMarked && !state(fifth).isMarked);

        // m toggles read; Shift+J goes to the next unread one.
        QCOMPARE(window.currentArticleId(), fifth);
        press(Qt::Key_M);
        QVERIFY(state(fifth).isRead);
        press(Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(window.currentArticleId(), sixth);

        // Space scrolls the article a page at a time, then moves to the next unread one.
        const auto reading = window.currentArticleId();
        auto *bar = window.readingView()->verticalScrollBar();
        int spaces = 0;
        while (window.currentArticleId() == reading && spaces < 50) {
            const int before = bar->value();
            press(Qt::Key_Space);
            ++spaces;
            if (window.currentArticleId() == reading)
                QVERIFY2(bar->value() > before, "Space scrolls while the article has more to show");
        }
        QVERIFY(window.currentArticleId() != reading);
        QVERIFY(!state(window.currentArticleId()).isRead);
        // Shift+K goes to the nearest unread entry above (undo restored some), or stays.
        QTRY_VERIFY(state(reading).isRead);
        const auto next = window.currentArticleId();
        auto unreadAbove = [&](qint64 id) {
            for (int row = model->rowOf(id) - 1; row >= 0; --row)
                if (!state(rowId(row)).isRead)
                    return rowId(row);
            return id;
        };
        const auto expectedAbove = unreadAbove(next);
        press(Qt::Key_K, Qt::ShiftModifier);
        QCOMPARE(window.currentArticleId(), expectedAbove);
        selectArticleById(window, next);
        press(Qt::Key_M); // read by hand: Shift+K from below skips nothing unread on the way
        QVERIFY(state(next).isRead);
        press(Qt::Key_M);
        QVERIFY(!state(next).isRead);
        press(Qt::Key_J);
        press(Qt::Key_K, Qt::ShiftModifier);
        QCOMPARE(window.currentArticleId(), next);

        // g l shows Later, g s Starred, g a Archive, g i the Inbox again.
        press(Qt::Key_G);
        press(Qt::Key_L);
        QCOMPARE(window.currentView(), u"Later"_s);
        QCOMPARE(model->ids(), QList<qint64>{third});
        press(Qt::Key_G);
        press(Qt::Key_S);
        QCOMPARE(window.currentView(), u"Starred"_s);
        QCOMPARE(model->ids(), QList<qint64>{second});
        press(Qt::Key_G);
        press(Qt::Key_A);
        QCOMPARE(model->ids(), QList<qint64>{second});
        press(Qt::Key_G);
        press(Qt::Key_I);
        QCOMPARE(window.currentView(), u"Inbox"_s);
        QCOMPARE(model->rowCount(), total - 2);

        // / searches the view; the list narrows, and the matched words are marked in the text.
        press(Qt::Key_Slash);
        QCOMPARE(QApplication::focusWidget(), window.searchField());
        const auto beforeTyping = state(window.currentArticleId());
        QTest::keyClicks(window.searchField(), u"fisheries"_s); // s, e and i are typed, not triage
        QCOMPARE(state(beforeTyping.id), beforeTyping);
        QCOMPARE(window.searchField()->text(), u"fisheries"_s);
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window.articleList());
        QVERIFY(model->rowCount() >= 1 && model->rowCount() < total - 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, 0).data(SnippetRole).toString().isEmpty());
        const auto found = model->ids();
        QVERIFY(found.contains(window.currentArticleId()));
        QVERIFY(!window.readingView()->searchMatches().isEmpty());

        // Ctrl+S saves the search as a view, named in a dialog.
        press(Qt::Key_S, Qt::ControlModifier);
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *nameField = dialog->findChild<QLineEdit *>();
        QVERIFY(nameField);
        nameField->selectAll();
        QTest::keyClicks(nameField, u"Fish"_s);
        QTest::keyClick(nameField, Qt::Key_Return);
        const auto saved = index.view(u"Fish"_s);
        QVERIFY(saved);
        QCOMPARE(saved->query, u"in:inbox fisheries"_s);
        QCOMPARE(window.currentView(), u"Fish"_s);
        QCOMPARE(model->ids(), found);

        // f filters the view by the entity chosen in the Entities panel; it is a search the
        // analyst sees (and could save); Shift+F clears it.
        press(Qt::Key_G);
        press(Qt::Key_I);
        window.entitiesDock()->setLibraryWide(true);
        window.entitiesDock()->selectEntity(u"country/CA"_s);
        QCOMPARE(window.entitiesDock()->currentEntityId(), u"country/CA"_s);
        window.articleList()->setFocus();
        press(Qt::Key_F);
        QCOMPARE(window.searchField()->text(), u"entity:country/CA"_s);
        const int withCanada = model->rowCount();
        QVERIFY2(withCanada >= 1 && withCanada < total - 2, qPrintable(QString::number(withCanada)));
        for (const auto id : model->ids()) {
            const auto entities = index.entities(id);
            QVERIFY(std::any_of(entities.cbegin(), entities.cend(),
                                [](const ArticleEntity &entity) { return entity.entityId == u"country/CA"_s; }));
        }
        press(Qt::Key_F, Qt::ShiftModifier);
        QVERIFY(window.searchField()->text().isEmpty());
        QCOMPARE(model->rowCount(), total - 2);
        window.entitiesDock()->setLibraryWide(false);

        // Esc in the list clears a typed search (there is none in a saved view: it stays).
        press(Qt::Key_G);
        press(Qt::Key_I);
        press(Qt::Key_Slash);
        QTest::keyClicks(window.searchField(), u"zzzunfindable"_s);
        press(Qt::Key_Return);
        QCOMPARE(model->rowCount(), 0);
        press(Qt::Key_Escape);
        QVERIFY(window.searchField()->text().isEmpty());
        QCOMPARE(model->rowCount(), total - 2);
    }

    void triageSurvivesReopening()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(Samples + u"/wto-fisheries-geneva.html"_s, folder.filePath(u"wto.html"_s)));
        const auto database = folder.filePath(u"library.sqlite"_s);
        qint64 id = 0;
        {
            LibraryWindow session;
            QVERIFY(session.index.open(database));
            session.indexer = std::make_unique<LibraryIndexer>(&session.index);
            QVERIFY(session.indexer->addPath(folder.filePath(u"wto.html"_s)));
            QSignalSpy finished(session.indexer.get(), &LibraryIndexer::indexingFinished);
            QVERIFY(finished.wait(30000));
            session.settings = std::make_unique<Settings>();
            session.openAnnotations();
            session.window = std::make_unique<MainWindow>(
                Services{*session.settings, session.index, *session.indexer, session.repository, session.annotations});
            session.window->show();
            QVERIFY(QTest::qWaitForWindowActive(session.window.get()));
            session.window->articleList()->setFocus();
            id = session.window->currentArticleId();
            QVERIFY(id != 0);
            press(Qt::Key_2);
            press(Qt::Key_S);
        }
        LibraryIndex reopened;
        QVERIFY(reopened.open(database));
        const auto values = reopened.triage({id}).value(0);
        QCOMPARE(values.priority, 2);
        QVERIFY(values.isStarred);
    }
};

QTEST_MAIN(TriageTest)
#include "triage_test.moc"
