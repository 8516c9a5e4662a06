#include "mainwindow.h"

#include "actionregistry.h"
#include "articlelistview.h"
#include "readingview.h"
#include "sessionstore.h"

#include "core/settings.h"
#include "library/articlelibrary.h"
#include "library/articlelistmodel.h"
#include "library/itemdatarole.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Attache {

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actions(new ActionRegistry(this))
    , m_listModel(new ArticleListModel(&services.library, this))
    , m_sortedList(new QSortFilterProxyModel(this))
    , m_articleList(new ArticleListView)
    , m_readingView(new ReadingView)
    , m_statusCount(new QLabel)
    , m_progress(new QProgressBar)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attaché"));
    setAcceptDrops(true);

    m_sortedList->setSourceModel(m_listModel);
    m_sortedList->setSortRole(PublishedRole);
    m_sortedList->sort(0, Qt::DescendingOrder);
    m_articleList->setModel(m_sortedList);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_articleList);
    splitter->addWidget(m_readingView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 1020});
    setCentralWidget(splitter);

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusCount);

    m_readingView->setZoomSteps(services.settings.readingZoom());
    m_readingView->setShowingRemoved(services.settings.isShowingRemoved());
    connect(&services.settings, &Settings::readingZoomChanged, m_readingView, &ReadingView::setZoomSteps);
    connect(&services.settings, &Settings::showingRemovedChanged, m_readingView, &ReadingView::setShowingRemoved);

    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentArticle);

    auto &library = services.library;
    connect(&library, &ArticleLibrary::loadingStarted, this, [this](int count) {
        m_progress->setRange(0, count);
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(&library, &ArticleLibrary::loadingProgress, m_progress, &QProgressBar::setValue);
    connect(&library, &ArticleLibrary::articlesAdded, this, [this] {
        m_statusCount->setText(tr("%n article(s)", nullptr, m_listModel->rowCount()));
        if (!m_articleList->currentIndex().isValid())
            selectArticle(0);
    });
    connect(&library, &ArticleLibrary::loadProblem, this, [this](const QString &path, const QString &reason) {
        statusBar()->showMessage(tr("Could not read %1: %2").arg(path, reason), 8000);
    });
    connect(&library, &ArticleLibrary::loadingFinished, this, [this, &library] {
        m_progress->setVisible(false);
        const auto problems = library.problems().size();
        if (problems > 0)
            statusBar()->showMessage(tr("%n file(s) could not be read; hover for details", nullptr, int(problems)));
        QStringList details;
        for (const auto &problem : library.problems())
            details << u"%1: %2"_s.arg(problem.path, problem.reason);
        m_statusCount->setToolTip(details.join(u'\n'));
    });

    createActions();
    createMenus();
}

void MainWindow::createActions()
{
    auto &settings = m_services.settings;
    connect(m_actions->add(u"open_files"_s, tr("&Open Files…"), {QKeySequence::Open}, u"document-open"_s),
            &QAction::triggered, this, &MainWindow::openFiles);
    connect(m_actions->add(u"open_folder"_s, tr("Open &Folder…"), {QKeySequence(u"Ctrl+Shift+O"_s)},
                           u"folder-open"_s),
            &QAction::triggered, this, &MainWindow::openFolder);
    connect(m_actions->add(u"quit"_s, tr("&Quit"), {QKeySequence::Quit}, u"application-exit"_s),
            &QAction::triggered, this, &QWidget::close);

    connect(m_actions->add(u"next_article"_s, tr("&Next Article"), {QKeySequence(u"J"_s)}, u"go-down"_s),
            &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_actions->add(u"previous_article"_s, tr("&Previous Article"), {QKeySequence(u"K"_s)}, u"go-up"_s),
            &QAction::triggered, this, [this] { moveSelection(-1); });

    connect(m_actions->add(u"zoom_in"_s, tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)},
                           u"zoom-in"_s),
            &QAction::triggered, this, [&settings] { settings.setReadingZoom(settings.readingZoom() + 1); });
    connect(m_actions->add(u"zoom_out"_s, tr("Zoom &Out"), {QKeySequence::ZoomOut}, u"zoom-out"_s),
            &QAction::triggered, this, [&settings] { settings.setReadingZoom(settings.readingZoom() - 1); });
    connect(m_actions->add(u"zoom_reset"_s, tr("&Reset Zoom"), {QKeySequence(u"Ctrl+0"_s)}, u"zoom-original"_s),
            &QAction::triggered, this, [&settings] { settings.setReadingZoom(0); });

    auto *showRemoved = m_actions->add(u"show_removed"_s, tr("Show &Removed Text"), {QKeySequence(u"Shift+R"_s)});
    showRemoved->setCheckable(true);
    showRemoved->setChecked(settings.isShowingRemoved());
    connect(showRemoved, &QAction::toggled, &settings, &Settings::setShowingRemoved);
    connect(&settings, &Settings::showingRemovedChanged, showRemoved, &QAction::setChecked);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(u"open_files"_s));
    file->addAction(m_actions->action(u"open_folder"_s));
    file->addSeparator();
    file->addAction(m_actions->action(u"quit"_s));

    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_actions->action(u"zoom_in"_s));
    view->addAction(m_actions->action(u"zoom_out"_s));
    view->addAction(m_actions->action(u"zoom_reset"_s));
    view->addSeparator();
    view->addAction(m_actions->action(u"show_removed"_s));

    auto *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->action(u"next_article"_s));
    go->addAction(m_actions->action(u"previous_article"_s));
}

void MainWindow::selectArticle(int row)
{
    if (m_sortedList->rowCount() == 0)
        return;
    const auto index = m_sortedList->index(std::clamp(row, 0, m_sortedList->rowCount() - 1), 0);
    m_articleList->setCurrentIndex(index);
    m_articleList->scrollTo(index);
}

void MainWindow::moveSelection(int delta)
{
    const auto current = m_articleList->currentIndex();
    selectArticle(current.isValid() ? current.row() + delta : 0);
}

void MainWindow::showCurrentArticle()
{
    const auto index = m_articleList->currentIndex();
    if (!index.isValid()) {
        m_readingView->clearArticle();
        return;
    }
    const auto sourceRow = m_sortedList->mapToSource(index).row();
    const auto &article = m_services.library.articles().at(sourceRow);
    m_readingView->setArticle(article);
    setWindowTitle(tr("%1 — Attaché").arg(article.title));
    Q_EMIT articleOpened(article.path);
}

void MainWindow::openFiles()
{
    const auto files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), {},
        tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml *.json *.jsonl);;All files (*)"));
    m_services.library.load(files);
}

void MainWindow::openFolder()
{
    const auto folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"));
    if (!folder.isEmpty())
        m_services.library.load({folder});
}

void MainWindow::restoreSession()
{
    SessionStore::restore(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    SessionStore::save(this);
    m_services.library.cancel();
    event->accept();
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
    m_services.library.load(paths);
    event->acceptProposedAction();
}

} // namespace Attache
