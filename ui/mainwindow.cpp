#include "mainwindow.h"

#include "actionregistry.h"
#include "annotationcontroller.h"
#include "articlelistview.h"
#include "commandpalette.h"
#include "entitiesdock.h"
#include "notesdock.h"
#include "keymapoverlay.h"
#include "readingview.h"
#include "sessionstore.h"
#include "shortcuteditor.h"
#include "shortcutguard.h"
#include "timelinedock.h"
#include "timelineview.h"

#include "analyze/entitymodel.h"
#include "analyze/timelinemodel.h"
#include "core/plural.h"
#include "export/timelineexport.h"
#include "core/settings.h"
#include "library/articlefiltermodel.h"
#include "library/articlelibrary.h"
#include "library/articlelistmodel.h"
#include "library/itemdatarole.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QTreeView>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Attache {

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actions(new ActionRegistry(this))
    , m_listModel(new ArticleListModel(&services.library, this))
    , m_sortedList(new ArticleFilterModel(this))
    , m_entityModel(new EntityModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_articleList(new ArticleListView)
    , m_readingView(new ReadingView)
    , m_statusCount(new QLabel)
    , m_progress(new QProgressBar)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attaché"));
    setAcceptDrops(true);

    m_sortedList->setSourceModel(m_listModel);
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
        m_statusCount->setText(countOf(m_listModel->rowCount(), tr("article"), tr("articles")));
        if (!m_articleList->currentIndex().isValid())
            selectArticle(0);
        if (m_entitiesDock->isLibraryWide())
            updateEntityList();
        if (m_timelineDock->isLibraryWide())
            updateTimeline();
    });
    connect(&library, &ArticleLibrary::loadProblem, this, [this](const QString &path, const QString &reason) {
        statusBar()->showMessage(tr("Could not read %1: %2").arg(path, reason), 8000);
    });
    connect(&library, &ArticleLibrary::loadingFinished, this, [this, &library] {
        m_progress->setVisible(false);
        const auto problems = library.problems().size();
        if (problems > 0)
            statusBar()->showMessage(tr("%1 could not be read; hover over the article count for details").arg(countOf(problems, tr("file"), tr("files"))));
        QStringList details;
        for (const auto &problem : library.problems())
            details << u"%1: %2"_s.arg(problem.path, problem.reason);
        m_statusCount->setToolTip(details.join(u'\n'));
    });

    createDocks();
    createActions();
    createMenus();
    updateColors();

    // Annotations (issue 6): the controller owns the store and the undo stack and registers its commands.
    auto *annotations = new AnnotationController(this, *m_actions, m_readingView, m_services.repository);
    auto *notesDock = new NotesDock(annotations, this);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    resizeDocks({m_entitiesDock, notesDock}, {1, 1}, Qt::Vertical);
    notesDock->toggleViewAction()->setText(tr("&Notes Panel"));
    notesDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    findChild<QMenu *>(u"viewMenu"_s)->addAction(notesDock->toggleViewAction());
    auto *notesMenu = new QMenu(tr("&Notes"), this);
    annotations->fillMenu(notesMenu);
    menuBar()->insertMenu(menuBar()->actions().value(3), notesMenu); // before "Go"
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_entitiesDock = new EntitiesDock(m_entityModel, this);
    addDockWidget(Qt::RightDockWidgetArea, m_entitiesDock);
    m_timelineDock = new TimelineDock(m_timelineModel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    // The timeline spans the list and the reading view; entities keep the right edge.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_entitiesDock}, {280}, Qt::Horizontal);
    resizeDocks({m_timelineDock}, {260}, Qt::Vertical);

    // The panels' scope is a preference: set it before connecting, so that start-up does not
    // compute the library-wide lists twice.
    auto &settings = m_services.settings;
    m_entitiesDock->setLibraryWide(settings.isEntityListLibraryWide());
    m_timelineDock->setLibraryWide(settings.isTimelineLibraryWide());
    connect(m_entitiesDock, &EntitiesDock::libraryWideChanged, &settings, &Settings::setEntityListLibraryWide);
    connect(m_timelineDock, &TimelineDock::libraryWideChanged, &settings, &Settings::setTimelineLibraryWide);
    connect(m_entitiesDock, &EntitiesDock::libraryWideChanged, this, &MainWindow::updateEntityList);
    connect(m_entitiesDock, &EntitiesDock::entitySelected, this, [this](const QString &entityId) {
        m_walkedEntity = entityId;
        m_walkedMention = -1;
        walkMentions(1);
    });
    connect(m_entitiesDock, &EntitiesDock::filterRequested, this, &MainWindow::filterByEntity);
    connect(m_entitiesDock, &EntitiesDock::filterCleared, this, &MainWindow::clearEntityFilter);
    connect(m_timelineDock, &TimelineDock::libraryWideChanged, this, &MainWindow::updateTimeline);
    connect(m_timelineDock, &TimelineDock::eventActivated, this, &MainWindow::openEvent);
}

int MainWindow::currentArticleRow() const
{
    const auto index = m_articleList->currentIndex();
    return index.isValid() ? m_sortedList->mapToSource(index).row() : -1;
}

void MainWindow::updateColors()
{
    m_colors = ThemeColors(m_services.repository, palette());
    m_readingView->setColors(m_colors);
    m_timelineDock->view()->setColors(m_colors);
}

void MainWindow::updateEntityList()
{
    const auto &analyses = m_services.library.analyses();
    if (m_entitiesDock->isLibraryWide()) {
        m_entityModel->setEntities(EntityModel::summarize(analyses));
        return;
    }
    const int row = currentArticleRow();
    m_entityModel->setEntities(row >= 0 && row < analyses.size() ? EntityModel::summarize(analyses.at(row).entities)
                                                                  : QList<EntitySummary>{});
}

void MainWindow::updateTimeline()
{
    const auto &library = m_services.library;
    const int current = currentArticleRow();
    const auto rows = m_timelineDock->isLibraryWide() ? m_sortedList->visibleSourceRows()
                                                      : (current >= 0 ? QList<int>{current} : QList<int>{});
    m_timelineModel->setEvents(TimelineModel::collect(library.articles(), library.analyses(), rows));
    m_timelineModel->setCurrentArticle(m_timelineDock->isLibraryWide() ? current : -1);
}

QList<TimelineEntry> MainWindow::shownTimeline() const
{
    QList<TimelineEntry> entries;
    const auto &articles = m_services.library.articles();
    for (const auto &shown : m_timelineModel->visibleEvents())
        entries << TimelineEntry{shown.event, articles.value(shown.articleRow).id, shown.articleTitle,
                                 shown.articlePath};
    return entries;
}

void MainWindow::saveTimelineFile(const QString &filter, const QString &suggestedName, const QByteArray &content)
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), suggestedName, filter);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        QMessageBox::warning(this, tr("Export Timeline"),
                             tr("The timeline could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Timeline saved to %1").arg(path), 4000);
}

void MainWindow::openEvent(int timelineRow)
{
    const auto event = m_timelineModel->eventAt(timelineRow);
    auto proxyIndex = m_sortedList->mapFromSource(m_listModel->index(event.articleRow, 0));
    if (!proxyIndex.isValid()) {
        // The article is hidden by the list's filter: show everything rather than refuse.
        clearEntityFilter();
        proxyIndex = m_sortedList->mapFromSource(m_listModel->index(event.articleRow, 0));
    }
    if (currentArticleRow() != event.articleRow) {
        m_articleList->setCurrentIndex(proxyIndex);
        m_articleList->scrollTo(proxyIndex);
    }
    m_readingView->showPassage(event.event.sentenceStart, event.event.sentenceEnd);
}

void MainWindow::walkMentions(int step)
{
    const auto &mentions = m_readingView->analysis().entities;
    if (m_walkedEntity.isEmpty())
        m_walkedEntity = m_entitiesDock->currentEntityId();
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < mentions.size(); ++i)
        if (mentions.at(i).entityId == m_walkedEntity)
            positions << i;
    if (positions.isEmpty()) {
        statusBar()->showMessage(tr("%1 is not mentioned in this article").arg(entityName(m_walkedEntity)), 4000);
        return;
    }
    m_walkedMention = int((m_walkedMention + step + positions.size()) % positions.size());
    const auto &mention = mentions.at(positions.at(m_walkedMention));
    m_readingView->showPassage(mention.start, mention.end);
    statusBar()->showMessage(tr("%1: mention %2 of %3").arg(mention.name).arg(m_walkedMention + 1).arg(positions.size()),
                             4000);
}

QString MainWindow::entityName(const QString &entityId) const
{
    for (const auto &analysis : m_services.library.analyses())
        for (const auto &mention : analysis.entities)
            if (mention.entityId == entityId)
                return mention.name;
    return entityId;
}

void MainWindow::filterByEntity(const QString &entityId)
{
    if (entityId.isEmpty())
        return;
    QSet<int> rows;
    const auto &analyses = m_services.library.analyses();
    for (int row = 0; row < analyses.size(); ++row)
        for (const auto &mention : analyses.at(row).entities)
            if (mention.entityId == entityId) {
                rows.insert(row);
                break;
            }
    m_filterEntity = entityId;
    m_sortedList->setAllowedRows(rows);
    const auto name = entityName(entityId);
    m_entitiesDock->setFilterLabel(name);
    m_timelineDock->setEntityFilter(entityId, name);
    statusBar()->showMessage(tr("%1 mention %2").arg(countOf(rows.size(), tr("article"), tr("articles")), name), 5000);
    if (!m_articleList->currentIndex().isValid())
        selectArticle(0);
    updateTimeline();
}

void MainWindow::clearEntityFilter()
{
    if (m_filterEntity.isEmpty())
        return;
    m_filterEntity.clear();
    m_sortedList->setAllowedRows(std::nullopt);
    m_entitiesDock->setFilterLabel({});
    m_timelineDock->setEntityFilter({}, {});
    updateTimeline();
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

    auto *highlightEntities =
        m_actions->add(u"highlight_entities"_s, tr("Highlight &Entities"), {QKeySequence(u"Shift+E"_s)});
    highlightEntities->setCheckable(true);
    highlightEntities->setChecked(settings.isHighlightingEntities());
    m_readingView->setHighlightingEntities(settings.isHighlightingEntities());
    connect(highlightEntities, &QAction::toggled, &settings, &Settings::setHighlightingEntities);
    connect(&settings, &Settings::highlightingEntitiesChanged, highlightEntities, &QAction::setChecked);
    connect(&settings, &Settings::highlightingEntitiesChanged, m_readingView, &ReadingView::setHighlightingEntities);

    connect(m_actions->add(u"next_mention"_s, tr("Next &Mention"), {QKeySequence(u"."_s)}), &QAction::triggered,
            this, [this] { walkMentions(1); });
    connect(m_actions->add(u"previous_mention"_s, tr("Previous Mention"), {QKeySequence(u","_s)}),
            &QAction::triggered, this, [this] { walkMentions(-1); });
    connect(m_actions->add(u"filter_by_entity"_s, tr("&Filter Library by Entity"), {QKeySequence(u"F"_s)}),
            &QAction::triggered, this, [this] { filterByEntity(m_entitiesDock->currentEntityId()); });
    connect(m_actions->add(u"clear_entity_filter"_s, tr("&Clear Entity Filter"), {QKeySequence(u"Shift+F"_s)}),
            &QAction::triggered, this, &MainWindow::clearEntityFilter);

    auto *entitiesDockAction = m_entitiesDock->toggleViewAction();
    entitiesDockAction->setText(tr("&Entities Panel"));
    entitiesDockAction->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    auto *timelineDockAction = m_timelineDock->toggleViewAction();
    timelineDockAction->setText(tr("&Timeline Panel"));
    timelineDockAction->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    connect(m_actions->add(u"focus_entities"_s, tr("Go to Entities"), {QKeySequence(u"Ctrl+Alt+E"_s)}),
            &QAction::triggered, this, [this] {
                m_entitiesDock->show();
                m_entitiesDock->view()->setFocus();
            });
    connect(m_actions->add(u"focus_timeline"_s, tr("Go to Timeline"), {QKeySequence(u"Ctrl+Alt+T"_s)}),
            &QAction::triggered, this, [this] {
                m_timelineDock->show();
                m_timelineDock->view()->setFocus();
            });
    connect(m_actions->add(u"focus_list"_s, tr("Go to Article List"), {QKeySequence(u"U"_s)}), &QAction::triggered,
            m_articleList, qOverload<>(&QWidget::setFocus));
    // Enter in the list opens the article for reading; a window-wide Return shortcut would take
    // Enter away from the timeline and from dialogs.
    connect(m_actions->add(u"focus_reading"_s, tr("Go to Article Text"), {QKeySequence(u"Ctrl+Alt+R"_s)}),
            &QAction::triggered, m_readingView, qOverload<>(&QWidget::setFocus));
    connect(m_articleList, &QListView::activated, m_readingView, qOverload<>(&QWidget::setFocus));
    auto *copyTimeline = m_actions->add(u"copy_timeline_markdown"_s, tr("Copy Timeline as Markdown Table"));
    connect(copyTimeline, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(timelineToMarkdown(shownTimeline()));
        statusBar()->showMessage(tr("Timeline copied as a Markdown table"), 3000);
    });
    auto *saveTimeline = m_actions->add(u"save_timeline_markdown"_s, tr("Save Timeline as Markdown…"));
    connect(saveTimeline, &QAction::triggered, this, [this] {
        saveTimelineFile(tr("Markdown (*.md)"), u"timeline.md"_s, timelineToMarkdown(shownTimeline()).toUtf8());
    });
    auto *saveTimelineJs = m_actions->add(u"save_timeline_timelinejs"_s, tr("Save Timeline as TimelineJS JSON…"));
    connect(saveTimelineJs, &QAction::triggered, this, [this] {
        const auto json = timelineToTimelineJs(shownTimeline(), tr("Attaché timeline"));
        saveTimelineFile(tr("TimelineJS JSON (*.json)"), u"timeline.json"_s,
                         QJsonDocument(json).toJson(QJsonDocument::Indented));
    });
    m_timelineDock->exportMenu()->addActions({copyTimeline, saveTimeline, saveTimelineJs});

    connect(m_actions->add(u"timeline_library_wide"_s, tr("Timeline of the Whole Library"),
                           {QKeySequence(u"Ctrl+Alt+L"_s)}),
            &QAction::triggered, this, [this] { m_timelineDock->setLibraryWide(!m_timelineDock->isLibraryWide()); });
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
    view->addAction(m_actions->action(u"highlight_entities"_s));
    view->addSeparator();
    view->addAction(m_entitiesDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_actions->action(u"timeline_library_wide"_s));

    auto *entities = menuBar()->addMenu(tr("&Entities"));
    entities->addAction(m_actions->action(u"next_mention"_s));
    entities->addAction(m_actions->action(u"previous_mention"_s));
    entities->addSeparator();
    entities->addAction(m_actions->action(u"filter_by_entity"_s));
    entities->addAction(m_actions->action(u"clear_entity_filter"_s));

    auto *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->action(u"next_article"_s));
    go->addAction(m_actions->action(u"previous_article"_s));
    go->addSeparator();
    go->addAction(m_actions->action(u"focus_list"_s));
    go->addAction(m_actions->action(u"focus_reading"_s));
    go->addAction(m_actions->action(u"focus_entities"_s));
    go->addAction(m_actions->action(u"focus_timeline"_s));

    // Keyboard access: command palette, keymap sheet, shortcut editor; plain keys yield to typing.
    ShortcutGuard::install();
    auto *commandPalette = new CommandPalette(*m_actions, this);
    auto *keymap = new KeymapOverlay(*m_actions, this);
    connect(m_actions->add(u"command_palette"_s, tr("Command &Palette…"), {QKeySequence(u"Ctrl+K"_s)}),
            &QAction::triggered, commandPalette, &CommandPalette::toggle);
    connect(m_actions->add(u"show_keymap"_s, tr("&Keyboard Shortcuts"), {QKeySequence(u"?"_s)}),
            &QAction::triggered, keymap, &KeymapOverlay::toggle);
    connect(m_actions->add(u"edit_shortcuts"_s, tr("Configure &Shortcuts…"), {QKeySequence(u"Ctrl+Alt+K"_s)},
                           u"configure-shortcuts"_s),
            &QAction::triggered, this, [this] { ShortcutEditor(*m_actions, this).exec(); });
    menuBar()->addMenu(tr("&Settings"))->addAction(m_actions->action(u"edit_shortcuts"_s));
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(u"command_palette"_s));
    help->addAction(m_actions->action(u"show_keymap"_s));
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
    const auto &library = m_services.library;
    const auto &article = library.articles().at(sourceRow);
    m_readingView->setArticle(article, library.analyses().value(sourceRow));
    m_walkedMention = -1;
    setWindowTitle(tr("%1 — Attaché").arg(article.title));
    if (!m_entitiesDock->isLibraryWide())
        updateEntityList();
    if (m_timelineDock->isLibraryWide())
        m_timelineModel->setCurrentArticle(sourceRow);
    else
        updateTimeline();
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
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
