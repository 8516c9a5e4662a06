// MainWindow's triage: archive, later, star, read, priority and marks, with undo.
// TODO: a controller of its own, holding the state it needs, rather than MainWindow members in
// a file apart (issue 12).

#include "mainwindow.h"

#include "actionregistry.h"
#include "annotationcontroller.h"
#include "articlelistview.h"
#include "commandpalette.h"
#include "entitiesdock.h"
#include "keymapoverlay.h"
#include "notesdock.h"
#include "readingview.h"
#include "sessionstore.h"
#include "shortcuteditor.h"
#include "shortcutguard.h"
#include "timelinedock.h"
#include "timelineview.h"
#include "viewssidebar.h"

#include "analyze/analyzer.h"
#include "analyze/entitymodel.h"
#include "analyze/eventlexicon.h"
#include "analyze/timelinemodel.h"
#include "annotate/annotationstore.h"
#include "core/itemdatarole.h"
#include "core/settings.h"
#include "export/timelineexport.h"
#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/librarylistmodel.h"
#include "library/triageaction.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

// --- Triage ---

QList<qint64> MainWindow::triageTargets() const
{
    // Entries marked with `x` are acted on together; otherwise the one being read.
    QList<qint64> marked;
    for (int row = 0; row < m_listModel->rowCount(); ++row)
        if (m_listModel->summaryAt(row).triage.isMarked)
            marked << m_listModel->idAt(row);
    if (!marked.isEmpty())
        return marked;
    const auto current = m_articleList->currentIndex();
    return current.isValid() ? QList<qint64>{m_listModel->idAt(current.row())} : QList<qint64>{};
}

void MainWindow::triage(const TriageAction &action, bool advances)
{
    if (action.ids.isEmpty()) {
        statusBar()->showMessage(tr("No article to act on"), 3000);
        return;
    }
    auto &index = m_services.index;
    const bool isBulk = action.kind != TriageAction::Kind::SetMarked
        && std::any_of(action.ids.cbegin(), action.ids.cend(), [&](qint64 id) {
               const int row = m_listModel->rowOf(id);
               return row >= 0 && m_listModel->summaryAt(row).triage.isMarked;
           });
    auto *stack = undoStack();
    if (isBulk) {
        // A bulk action also clears the marks, and one Ctrl+Z undoes both.
        stack->beginMacro(action.text());
        stack->push(new TriageCommand(&index, action));
        stack->push(new TriageCommand(&index, TriageAction::marked(action.ids, false)));
        stack->endMacro();
    } else {
        stack->push(new TriageCommand(&index, action));
    }
    statusBar()->showMessage(action.text() + tr("  (Ctrl+Z undoes)"), 3000);
    if (advances && !isBulk)
        moveSelection(1);
}

void MainWindow::createTriageActions()
{
    auto current = [this]() -> std::optional<TriageValues> {
        const auto index = m_articleList->currentIndex();
        if (!index.isValid())
            return std::nullopt;
        return m_listModel->summaryAt(index.row()).triage;
    };
    // Flags toggle: set them on all targets unless every target has them already.
    auto allHave = [this](const QList<qint64> &ids, auto predicate) {
        return std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
            const int row = m_listModel->rowOf(id);
            return row >= 0 && predicate(m_listModel->summaryAt(row).triage);
        });
    };
    connect(m_actions->add(ActionRegistry::Group::Triage, u"toggle_star"_s, tr("&Star"), { QKeySequence(u"S"_s) },
                u"emblem-favorite"_s),
        &QAction::triggered, this, [this, allHave] {
            const auto ids = triageTargets();
            triage(TriageAction::starred(ids, !allHave(ids, [](const TriageValues &v) { return v.isStarred; })));
        });
    auto fileAs = [this](TriageState state) {
        const auto ids = triageTargets();
        triage(TriageAction::state(ids, state), true);
    };
    connect(m_actions->add(ActionRegistry::Group::Triage, u"archive"_s, tr("&Archive"), { QKeySequence(u"E"_s) },
                u"archive-insert"_s),
        &QAction::triggered, this, [fileAs] { fileAs(TriageState::Archive); });
    connect(m_actions->add(ActionRegistry::Group::Triage, u"read_later"_s, tr("Read &Later"), { QKeySequence(u"L"_s) },
                u"chronometer"_s),
        &QAction::triggered, this, [fileAs] { fileAs(TriageState::Later); });
    connect(m_actions->add(ActionRegistry::Group::Triage, u"move_to_inbox"_s, tr("Back to &Inbox"),
                { QKeySequence(u"I"_s) }, u"mail-folder-inbox"_s),
        &QAction::triggered, this, [fileAs] { fileAs(TriageState::Inbox); });
    for (int priority = 1; priority <= 3; ++priority) {
        connect(m_actions->add(ActionRegistry::Group::Triage, u"priority_%1"_s.arg(priority),
                    tr("Priority &%1").arg(priority), { QKeySequence(QString::number(priority)) }),
            &QAction::triggered, this, [this, allHave, priority] {
                const auto ids = triageTargets();
                const bool isSet = allHave(ids, [priority](const TriageValues &v) { return v.priority == priority; });
                triage(TriageAction::priority(ids, isSet ? 0 : priority));
            });
    }
    connect(m_actions->add(ActionRegistry::Group::Triage, u"toggle_read"_s, tr("Toggle &Read"),
                { QKeySequence(u"M"_s) }, u"mail-mark-read"_s),
        &QAction::triggered, this, [this, allHave] {
            const auto ids = triageTargets();
            triage(TriageAction::read(ids, !allHave(ids, [](const TriageValues &v) { return v.isRead; })));
        });
    connect(m_actions->add(ActionRegistry::Group::Triage, u"toggle_mark"_s, tr("&Mark for Bulk Action"),
                { QKeySequence(u"X"_s) }, u"checkbox"_s),
        &QAction::triggered, this, [this, current] {
            const auto values = current();
            if (!values)
                return;
            triage(TriageAction::marked({ values->id }, !values->isMarked));
        });
    connect(m_actions->add(
                ActionRegistry::Group::Triage, u"clear_marks"_s, tr("C&lear Marks"), { QKeySequence(u"Shift+X"_s) }),
        &QAction::triggered, this, [this] {
            const auto marked = m_services.index.markedIds();
            if (!marked.isEmpty())
                triage(TriageAction::marked(marked, false));
        });

    connect(m_actions->add(ActionRegistry::Group::Go, u"next_unread"_s, tr("Next &Unread"),
                { QKeySequence(u"Shift+J"_s) }, u"go-down-skip"_s),
        &QAction::triggered, this, [this] { moveToUnread(1); });
    connect(m_actions->add(ActionRegistry::Group::Go, u"previous_unread"_s, tr("Previous Unread"),
                { QKeySequence(u"Shift+K"_s) }, u"go-up-skip"_s),
        &QAction::triggered, this, [this] { moveToUnread(-1); });
    connect(m_actions->add(ActionRegistry::Group::Go, u"scroll_or_next"_s, tr("Scroll Down, then Next Unread"),
                { QKeySequence(u"Space"_s) }),
        &QAction::triggered, this, &MainWindow::scrollOrNextUnread);

    const std::pair<QString, QString> views[] = {{u"Inbox"_s, u"I"_s}, {u"Later"_s, u"L"_s},
                                                 {u"Starred"_s, u"S"_s}, {u"Archive"_s, u"A"_s}, {u"All"_s, {}}};
    for (const auto &[view, key] : views) {
        QList<QKeySequence> keys;
        if (!key.isEmpty())
            keys << QKeySequence(u"G, "_s + key);
        connect(m_actions->add(ActionRegistry::Group::Go, u"go_"_s + view.toLower(),
                    tr("Go to %1").arg(ViewsSidebar::title(view)), keys),
            &QAction::triggered, this, [this, view] { showView(view); });
    }
    connect(m_actions->add(
                ActionRegistry::Group::Go, u"search"_s, tr("&Search…"), { QKeySequence(u"/"_s) }, u"edit-find"_s),
        &QAction::triggered, this, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    connect(m_actions->add(ActionRegistry::Group::Go, u"save_search"_s, tr("Save Search as &View…"),
                { QKeySequence(u"Ctrl+S"_s) }, u"document-save"_s),
        &QAction::triggered, this, &MainWindow::saveSearch);
    connect(
        m_actions->add(ActionRegistry::Group::Go, u"remove_view"_s, tr("Remove Saved &View…"), {}, u"list-remove"_s),
        &QAction::triggered, this, &MainWindow::removeSavedSearch);
    connect(m_actions->add(
                ActionRegistry::Group::Go, u"focus_views"_s, tr("Go to Views"), { QKeySequence(u"Ctrl+Alt+V"_s) }),
        &QAction::triggered, m_views, qOverload<>(&QWidget::setFocus));

    auto &settings = m_services.settings;
    auto *sortGroup = new QActionGroup(this);
    const std::pair<SortOrder, QString> sorts[] = {{SortOrder::Date, tr("Sort by &Date")},
                                                   {SortOrder::Priority, tr("Sort by &Priority")},
                                                   {SortOrder::Source, tr("Sort by S&ource")}};
    for (const auto &[order, text] : sorts) {
        auto *action = m_actions->add(ActionRegistry::Group::View, u"sort_by_"_s + sortOrderName(order), text);
        action->setCheckable(true);
        action->setChecked(m_listModel->sortOrder() == order);
        sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, order, &settings] {
            settings.setListSortOrder(sortOrderName(order));
            m_listModel->setSortOrder(order);
            m_articleList->delegate()->setGroupingByDay(settings.isListGroupedByDay() && order == SortOrder::Date);
            m_articleList->relayout();
        });
    }
    auto *twoLines = m_actions->add(ActionRegistry::Group::View, u"two_line_list"_s, tr("&Two Lines per Article"),
        { QKeySequence(u"Ctrl+Alt+2"_s) });
    twoLines->setCheckable(true);
    twoLines->setChecked(settings.isListTwoLines());
    connect(twoLines, &QAction::toggled, this, [this, &settings](bool on) {
        settings.setListTwoLines(on);
        m_articleList->delegate()->setTwoLines(on);
        m_articleList->relayout();
    });
    auto *byDay = m_actions->add(ActionRegistry::Group::View, u"group_by_day"_s, tr("&Group by Day"));
    byDay->setCheckable(true);
    byDay->setChecked(settings.isListGroupedByDay());
    connect(byDay, &QAction::toggled, this, [this, &settings](bool on) {
        settings.setListGroupedByDay(on);
        m_articleList->delegate()->setGroupingByDay(on && m_listModel->sortOrder() == SortOrder::Date);
        m_articleList->relayout();
    });
    auto *markRead
        = m_actions->add(ActionRegistry::Group::Triage, u"mark_read_on_leave"_s, tr("Mark as Read when &Leaving"));
    markRead->setCheckable(true);
    markRead->setChecked(settings.isMarkingReadOnLeave());
    connect(markRead, &QAction::toggled, &settings, &Settings::setMarkingReadOnLeave);
    connect(m_actions->add(
                ActionRegistry::Group::File, u"cancel_indexing"_s, tr("&Cancel Indexing"), {}, u"process-stop"_s),
        &QAction::triggered, &m_services.indexer, &LibraryIndexer::cancel);
    connect(m_actions->add(ActionRegistry::Group::File, u"rescan"_s, tr("&Rescan Folders"), { QKeySequence(u"F5"_s) },
                u"view-refresh"_s),
        &QAction::triggered, &m_services.indexer, &LibraryIndexer::rescan);
}

void MainWindow::moveToUnread(int step)
{
    const auto current = m_articleList->currentIndex();
    const int rows = m_listModel->rowCount();
    for (int row = (current.isValid() ? current.row() : -step) + step; row >= 0 && row < rows; row += step) {
        if (!m_listModel->summaryAt(row).triage.isRead && m_listModel->idAt(row) != m_shownId) {
            selectArticle(row);
            return;
        }
    }
    statusBar()->showMessage(step > 0 ? tr("No unread article below") : tr("No unread article above"), 3000);
}

void MainWindow::scrollOrNextUnread()
{
    auto *bar = m_readingView->verticalScrollBar();
    if (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep() - bar->singleStep() * 2);
        return;
    }
    moveToUnread(1);
}

} // namespace Attache
