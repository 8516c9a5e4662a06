// MainWindow's views and search: the chosen view or saved search, the query, the count.
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

QString MainWindow::entityQuery(const QString &entityId)
{
    return u"entity:"_s + entityId;
}

// --- Views and search ---

bool MainWindow::showView(const QString &name)
{
    auto view = m_services.index.view(name);
    if (!view)
        view = m_services.index.view(u"Inbox"_s);
    if (!view)
        return false;
    const bool isKnown = view->name.compare(name, Qt::CaseInsensitive) == 0;
    // Choosing the view shown again re-applies it: entries filed away meanwhile leave the list.
    const bool isShownAgain = view->name == m_viewName && m_search->text().isEmpty();
    m_viewName = view->name;
    m_viewQuery = view->query;
    if (!view->isBuiltIn) {
        // A saved search brings its order; the View menu and the day headings follow it.
        const auto order = view->sort == SortOrder::Relevance ? SortOrder::Date : view->sort;
        m_listModel->setSortOrder(order);
        if (auto *action = m_actions->action(u"sort_by_"_s + sortOrderName(order)))
            action->setChecked(true);
        m_articleList->delegate()->setGroupingByDay(m_services.settings.isListGroupedByDay() && order == SortOrder::Date);
        m_articleList->relayout();
    }
    m_services.settings.setLastView(m_viewName);
    m_views->setCurrentView(m_viewName);
    m_search->clear();
    m_search->setPlaceholderText(tr("Search %1  ( / )").arg(ViewsSidebar::title(m_viewName)));
    clearEntityFilter();
    if (isShownAgain)
        m_listModel->refresh();
    else
        applyQuery();
    return isKnown;
}

void MainWindow::applyQuery()
{
    m_searchDelay.stop();
    const auto typed = m_search->text().trimmed();
    const auto query = QStringList{m_viewQuery, typed}.join(u' ').trimmed();
    if (m_filterEntity.isEmpty() == false && typed != entityQuery(m_filterEntity))
        clearEntityFilter();
    m_listModel->setQuery(query);
    if (!m_listModel->error().isEmpty())
        statusBar()->showMessage(tr("Search failed: %1").arg(m_listModel->error()), 8000);
}

void MainWindow::reselectAfterReset()
{
    // Stay on the article being read when the new list holds it; else start at the top.
    const int row = m_listModel->rowOf(m_shownId);
    if (row >= 0) {
        const auto index = m_listModel->index(row, 0);
        m_articleList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_articleList->scrollTo(index);
    } else {
        selectArticle(0);
    }
    if (m_listModel->rowCount() == 0) {
        m_shownId = 0;
        m_readingView->clearArticle();
        updateOriginalPageAction();
        updateEntityList();
        updateTimeline();
    } else if (!m_search->text().trimmed().isEmpty() && m_shownId != 0) {
        m_readingView->setSearchMatches(m_services.index.highlights(m_shownId, m_listModel->query()).textRanges);
    } else {
        m_readingView->setSearchMatches({});
    }
    updateCount();
    scheduleLibraryPanels();
}

void MainWindow::updateCount()
{
    const int rows = m_listModel->rowCount();
    int unread = 0;
    for (int row = 0; row < rows; ++row)
        unread += m_listModel->summaryAt(row).triage.isRead ? 0 : 1;
    m_statusCount->setText(tr("%n article(s)", "", rows) + u" · "_s + tr("%n unread", "", unread));
}

void MainWindow::saveSearch()
{
    const auto query = m_listModel->query();
    if (m_search->text().trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Type a search first (/), then save it as a view"), 5000);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Search as View"));
    dialog->setLabelText(tr("Name of the view for “%1”:").arg(query));
    dialog->setTextValue(m_search->text().trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, query](const QString &typedName) {
        const auto name = typedName.trimmed();
        if (name.isEmpty())
            return;
        const auto builtIn = LibraryIndex::builtInViews();
        if (std::any_of(builtIn.cbegin(), builtIn.cend(),
                        [&](const SavedSearch &view) { return view.name.compare(name, Qt::CaseInsensitive) == 0; })) {
            statusBar()->showMessage(tr("“%1” is a built-in view; choose another name").arg(name), 6000);
            return;
        }
        if (!m_services.index.saveSearch(SavedSearch{name, query, m_listModel->sortOrder(), false})) {
            QMessageBox::warning(this, tr("Save Search"),
                                 tr("The search could not be saved: %1").arg(m_services.index.lastError()));
            return;
        }
        m_views->refresh();
        showView(name);
        statusBar()->showMessage(tr("Saved the view “%1”").arg(name), 4000);
    });
    dialog->open();
}

void MainWindow::removeSavedSearch()
{
    if (!m_views->isSavedSearch(m_viewName)) {
        statusBar()->showMessage(tr("%1 is a built-in view and stays").arg(m_viewName), 4000);
        return;
    }
    const auto name = m_viewName;
    if (QMessageBox::question(this, tr("Remove View"), tr("Remove the saved search “%1”? The articles stay.").arg(name))
        != QMessageBox::Yes)
        return;
    m_services.index.removeSavedSearch(name);
    m_views->refresh();
    showView(u"Inbox"_s);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Esc leaves the search: in the field it clears it and goes back to the list; in the list
        // it clears a search still applied.
        if (watched == m_search || (watched == m_articleList && !m_search->text().isEmpty())) {
            const bool hadSearch = !m_search->text().isEmpty();
            m_search->clear();
            if (hadSearch)
                applyQuery();
            m_articleList->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Attache
