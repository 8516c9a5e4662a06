#include "annotationcontroller.h"
#include "librarywindow.h"
#include "noteeditor.h"
#include "notebookdialog.h"
#include "notesdock.h"
#include "readingview.h"

#include "annotate/annotationlistmodel.h"
#include "annotate/annotationstore.h"
#include "core/settings.h"
#include "core/itemdatarole.h"

#include <KSyntaxHighlighting/Repository>

#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {
const auto SeedArticle = QStringLiteral(ATTACHE_FIXTURES_DIR "/fisheries-talks.txt");

// The window as the application builds it, with the seed article shown.
struct Session : LibraryWindow
{
    bool open()
    {
        if (!LibraryWindow::open({SeedArticle}))
            return false;
        view()->setFocus();
        return view()->hasArticle();
    }

    ReadingView *view() const { return window->readingView(); }
    AnnotationController *controller() const { return window->findChild<AnnotationController *>(); }

    QList<Annotation> highlights() const
    {
        QList<Annotation> result;
        auto *model = controller()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (!model->annotationAt(row).isArticleNote())
                result << model->annotationAt(row);
        return result;
    }
};

// Moves the caret down line by line from the top until it is `lines` lines into the article's
// text proper (past the title and metadata), then selects `length` characters with Shift+Right.
QPair<qsizetype, qsizetype> selectWithKeyboard(ReadingView *view, int lines, int length)
{
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    int guard = 0;
    while (view->textOffset(view->textCursor().position()) < 0 && guard++ < 50)
        QTest::keyClick(view, Qt::Key_Down);
    for (int i = 0; i < lines; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < length; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    return view->selectedTextRange();
}
} // namespace

class NotesUiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        // A data location of this run's own, so that the store starts empty and is ours alone.
        QCoreApplication::setApplicationName(u"notesui_test_%1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY(QFile::exists(SeedArticle));
    }

    void init() { removeStore(); }
    void cleanupTestCase() { removeStore(); }

    void highlightsAndNotesSurviveReopening()
    {
        QPair<qsizetype, qsizetype> first;
        QPair<qsizetype, qsizetype> second;
        QString text;
        {
            Session session;
            QVERIFY(session.open());
            auto *view = session.view();
            text = view->article().text();
            QVERIFY(AnnotationStore::defaultPath().startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

            first = selectWithKeyboard(view, 0, 14);
            QCOMPARE(first.second - first.first, 14);
            QTest::keyClick(view, Qt::Key_H);
            QCOMPARE(session.highlights().size(), 1);
            QCOMPARE(view->highlights().size(), 1);
            QCOMPARE(view->highlights().first().start, first.first);
            QCOMPARE(view->highlights().first().end, first.second);
            QVERIFY(!view->textCursor().hasSelection());

            second = selectWithKeyboard(view, 3, 20);
            QCOMPARE(second.second - second.first, 20);
            QVERIFY(second.first >= first.second);
            QTest::keyClick(view, Qt::Key_N);
            auto *editor = session.controller()->noteEditor();
            QVERIFY(editor);
            QVERIFY(editor->isVisible());
            QVERIFY(QTest::qWaitForWindowActive(editor));
            QTest::keyClicks(editor->editor(), u"Ottawa *reopens* talks"_s);
            QSignalSpy accepted(editor, &QDialog::accepted);
            QTest::keyClick(editor->editor(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(accepted.size(), 1);
            QCOMPARE(session.highlights().size(), 2);
            QCOMPARE(view->highlights().size(), 2);
            // The dock lists them in reading order.
            auto *dock = session.window->findChild<NotesDock *>();
            QVERIFY(dock);
            QCOMPARE(dock->view()->model()->rowCount(), 2);
            QCOMPARE(dock->view()->model()->index(1, 0).data(NoteRole).toString(), u"Ottawa *reopens* talks"_s);
        } // window, controller and store are gone

        Session session;
        QVERIFY(session.open());
        const auto highlights = session.highlights();
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(highlights.at(0).selector.start, first.first);
        QCOMPARE(highlights.at(0).selector.exact, text.mid(first.first, first.second - first.first));
        QVERIFY(highlights.at(0).note.isEmpty());
        QCOMPARE(highlights.at(1).selector.start, second.first);
        QCOMPARE(highlights.at(1).selector.end, second.second);
        QCOMPARE(highlights.at(1).note, u"Ottawa *reopens* talks"_s);
        QCOMPARE(session.view()->highlights().size(), 2);
        QCOMPARE(session.view()->highlights().at(1).toolTip, u"Ottawa *reopens* talks"_s);
    }

    void undoAndRedoAHighlight()
    {
        Session session;
        QVERIFY(session.open());
        auto *view = session.view();
        auto &store = session.controller()->store();
        const auto range = selectWithKeyboard(view, 1, 10);
        QVERIFY(range.first >= 0);
        QTest::keyClick(view, Qt::Key_H);
        QCOMPARE(store.allAnnotations().size(), 1);
        const auto id = store.allAnnotations().first().id;

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store.allAnnotations().size(), 0);
        QCOMPARE(view->highlights().size(), 0);
        QVERIFY(session.controller()->selectedId().isEmpty());

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store.allAnnotations().size(), 1);
        QCOMPARE(store.allAnnotations().first().id, id);
        QCOMPARE(view->highlights().size(), 1);
        QCOMPARE(view->highlights().first().start, range.first);

        // A deletion is one undo step too.
        session.controller()->selectAnnotation(id, true);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(store.allAnnotations().size(), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store.allAnnotations().size(), 1);
    }

    void bracketsWalkThroughHighlights()
    {
        Session session;
        QVERIFY(session.open());
        auto *view = session.view();
        auto &store = session.controller()->store();
        const auto &article = view->article();
        const auto blocks = article.blockOffsets();
        QVERIFY(blocks.size() >= 4);
        // Added out of order: the walk follows the text, not creation.
        const QList<qsizetype> starts{blocks.at(3), blocks.at(1), blocks.at(2)};
        for (const auto start : starts)
            QVERIFY(store.addHighlight(article, start, start + 8).isValid());
        QCOMPARE(session.highlights().size(), 3);

        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        auto expect = [&](qsizetype start) {
            const auto selected = store.annotation(session.controller()->selectedId());
            QVERIFY(selected);
            QCOMPARE(selected->selector.start, start);
            QCOMPARE(view->shownPassage().first, start);
            for (const auto &mark : view->highlights())
                QCOMPARE(mark.isSelected, mark.start == start);
        };
        QTest::keyClick(view, Qt::Key_BracketRight);
        expect(blocks.at(1));
        QTest::keyClick(view, Qt::Key_BracketRight);
        expect(blocks.at(2));
        QTest::keyClick(view, Qt::Key_BracketRight);
        expect(blocks.at(3));
        QSignalSpy messages(session.controller(), &AnnotationController::message);
        QTest::keyClick(view, Qt::Key_BracketRight); // no further: stays
        expect(blocks.at(3));
        QCOMPARE(messages.size(), 1);
        QTest::keyClick(view, Qt::Key_BracketLeft);
        expect(blocks.at(2));

        // `c` recolours the selected one, and the dock follows the selection.
        QTest::keyClick(view, Qt::Key_C);
        QCOMPARE(store.annotation(session.controller()->selectedId())->colour, 1);
        auto *dock = session.window->findChild<NotesDock *>();
        QCOMPARE(dock->view()->currentIndex().data(StartRole).toLongLong(), blocks.at(2));
        // Choosing in the dock moves the reading view.
        dock->view()->setCurrentIndex(dock->view()->model()->index(0, 0));
        expect(blocks.at(1));
    }

    void notebookFiltersByTagAndExportsABrief()
    {
        Session session;
        QVERIFY(session.open());
        auto &store = session.controller()->store();
        const auto &article = session.view()->article();
        const auto blocks = article.blockOffsets();
        QVERIFY(store.addHighlight(article, blocks.at(1), blocks.at(1) + 12, 0, u"first"_s, {u"trade"_s}).isValid());
        QVERIFY(store.addHighlight(article, blocks.at(2), blocks.at(2) + 12, 0, u"second"_s, {u"security"_s}).isValid());

        NotebookDialog notebook(store);
        QCOMPARE(notebook.list()->topLevelItemCount(), 2);
        notebook.tagFilter()->setCurrentIndex(notebook.tagFilter()->findData(u"trade"_s));
        QCOMPARE(notebook.list()->topLevelItemCount(), 1);
        QCOMPARE(notebook.list()->topLevelItem(0)->text(3), u"first"_s);
        const auto brief = notebook.brief();
        QVERIFY(brief.contains(u"first"_s));
        QVERIFY(!brief.contains(u"second"_s));
        QVERIFY(brief.contains(article.text().mid(blocks.at(1), 12).split(u' ').first()));
    }

private:
    static void removeStore()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
};

QTEST_MAIN(NotesUiTest)
#include "notesui_test.moc"
