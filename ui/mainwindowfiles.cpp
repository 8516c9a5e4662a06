// MainWindow: opening files and folders (command line, File menu, drop) and showing what was opened.

#include "mainwindow.h"

#include "actionregistry.h"
#include "annotationcontroller.h"
#include "articlelistview.h"
#include "readingview.h"
#include "viewssidebar.h"

#include "annotate/annotationstore.h"
#include "core/itemdatarole.h"
#include "core/settings.h"
#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/librarylistmodel.h"
#include "library/triageaction.h"


#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Attache {

// --- Files ---

QStringList MainWindow::openPaths(const QStringList &paths)
{
    QStringList problems;
    QString first;
    for (const auto &path : paths) {
        QString error;
        if (!m_services.indexer.addPath(path, &error))
            problems << error;
        else if (first.isEmpty())
            first = QFileInfo(path).canonicalFilePath();
    }
    // The newest request wins over one still being indexed.
    if (!first.isEmpty())
        m_pathToShow = first;
    return problems;
}

void MainWindow::addToLibrary(const QStringList &paths)
{
    const auto problems = openPaths(paths);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Add to Library"), problems.join(u'\n'));
}

int MainWindow::firstRowWhere(const std::function<bool(const ArticleSummary &)> &isWanted) const
{
    for (int row = 0; row < m_listModel->rowCount(); ++row)
        if (isWanted(m_listModel->summaryAt(row)))
            return row;
    return -1;
}

// Called with the ids of each batch the indexer makes ready, and with none when indexing is over
// (then the opened path was already in the library, or nothing of it could be read).
void MainWindow::showOpenedPath(const QList<qint64> &newIds)
{
    const auto opened = m_pathToShow;
    const bool isFolder = QFileInfo(opened).isDir();
    const QString folderPrefix = opened + u'/';
    auto isOpened = [&](const QString &path) { return path == opened || (isFolder && path.startsWith(folderPrefix)); };
    auto entryOf
        = [](const ArticleSummary &summary) { return summary.duplicateOf != 0 ? summary.duplicateOf : summary.id; };

    // The list entries that stand for the opened articles (a copy is listed under its original);
    // none with a folder at the end, where any article under it will do.
    QSet<qint64> entries;
    if (!newIds.isEmpty()) {
        for (const auto &summary : m_services.index.summaries(newIds))
            if (isOpened(summary.path))
                entries.insert(entryOf(summary));
        if (entries.isEmpty())
            return; // a batch from another folder
    } else if (!isFolder) {
        for (const auto &summary : m_services.index.summaries(m_services.index.idsForPath(opened)))
            entries.insert(entryOf(summary));
        if (entries.isEmpty()) {
            m_pathToShow.clear(); // the file could not be read: its reason is in the status bar
            return;
        }
    }
    m_pathToShow.clear();
    auto isWanted = [&](const ArticleSummary &summary) {
        return entries.isEmpty() ? isOpened(summary.path) : entries.contains(summary.id);
    };
    int row = firstRowWhere(isWanted);
    const auto previousView = m_viewName;
    for (const auto &view : { u"Inbox"_s, u"All"_s }) {
        if (row >= 0)
            break;
        if (m_viewName != view) {
            showView(view);
            row = firstRowWhere(isWanted);
        }
    }
    if (row < 0) {
        if (m_viewName != previousView)
            showView(previousView);
        return;
    }
    selectArticle(row);
}

void MainWindow::openFiles()
{
    addToLibrary(QFileDialog::getOpenFileNames(
        this, tr("Add Articles to the Library"), {},
        tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml *.rdf *.json *.jsonl *.pdf *.eml *.mbox *.mhtml *.mht);;All files (*)")));
}

void MainWindow::openFolder()
{
    const auto folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder to the Library"));
    if (!folder.isEmpty())
        addToLibrary({folder});
}

void MainWindow::removeFolder()
{
    const auto folders = m_services.index.folders();
    if (folders.isEmpty()) {
        statusBar()->showMessage(tr("The library has no folders"), 4000);
        return;
    }
    bool isChosen = false;
    const auto folder = QInputDialog::getItem(this, tr("Remove Folder from Library"),
                                              tr("Forget this folder and what was indexed from it, triage included "
                                                 "(the files stay on disk):"),
                                              folders, 0, false, &isChosen);
    if (isChosen && !folder.isEmpty())
        m_services.indexer.removeFolder(folder);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const auto &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addToLibrary(paths);
    event->acceptProposedAction();
}

} // namespace Attache
