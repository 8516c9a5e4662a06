#include "mainwindow.h"

#include "actionregistry.h"
#include "annotationcontroller.h"
#include "articlelistview.h"
#include "commandpalette.h"
#include "entitiesdock.h"
#include "handbookdialog.h"
#include "keymapoverlay.h"
#include "notesdock.h"
#include "originalpageview.h"
#include "readingview.h"
#include "sessionstore.h"
#include "shortcuteditor.h"
#include "timelinedock.h"
#include "timelineview.h"
#include "viewssidebar.h"

#include "analyze/analyzer.h"
#include "analyze/entitymodel.h"
#include "analyze/eventlexicon.h"
#include "analyze/nerlexicon.h"
#include "analyze/scriptlanguage.h"
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
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

SortOrder sortOrderFromSetting(const QString &name)
{
    auto order = SortOrder::Date;
    parseSortOrder(name, &order);
    return order == SortOrder::Relevance ? SortOrder::Date : order;
}

// The view the window opens on (the one left last time), for the list's first query.
SavedSearch initialView(Services services)
{
    if (auto view = services.index.view(services.settings.lastView()))
        return *view;
    return LibraryIndex::builtInViews().constFirst();
}

} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_analyzer(std::make_unique<Analyzer>())
    , m_actions(new ActionRegistry(this))
    , m_listModel(new LibraryListModel(&services.index, initialView(services).query,
                                       sortOrderFromSetting(services.settings.listSortOrder()), this))
    , m_entityModel(new EntityModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_views(new ViewsSidebar(&services.index))
    , m_search(new QLineEdit)
    , m_articleList(new ArticleListView)
    , m_readingView(new ReadingView)
    , m_originalView(new OriginalPageView)
    , m_articleStack(new QStackedWidget)
    , m_statusCount(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancelIndexing(new QToolButton)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attaché"));
    setAcceptDrops(true);

    auto &settings = services.settings;
    m_articleList->setModel(m_listModel);
    m_articleList->delegate()->setTwoLines(settings.isListTwoLines());
    m_articleList->delegate()->setGroupingByDay(settings.isListGroupedByDay()
                                                && m_listModel->sortOrder() == SortOrder::Date);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_views);
    splitter->addWidget(createListPane());
    m_articleStack->addWidget(m_readingView);
    m_articleStack->addWidget(m_originalView);
    splitter->addWidget(m_articleStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({150, 390, 860});
    setCentralWidget(splitter);

    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_cancelIndexing->setText(tr("Cancel"));
    m_cancelIndexing->setToolTip(tr("Stop indexing after the files being read now"));
    m_cancelIndexing->setAutoRaise(true);
    m_cancelIndexing->setVisible(false);
    connect(m_cancelIndexing, &QToolButton::clicked, &services.indexer, &LibraryIndexer::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelIndexing);
    statusBar()->addPermanentWidget(m_statusCount);

    m_readingView->setZoomSteps(settings.readingZoom());
    m_readingView->setShowingRemoved(settings.isShowingRemoved());
    connect(&settings, &Settings::readingZoomChanged, m_readingView, &ReadingView::setZoomSteps);
    connect(&settings, &Settings::showingRemovedChanged, m_readingView, &ReadingView::setShowingRemoved);

    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::reselectAfterReset);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_articleList->currentIndex().isValid())
            selectArticle(0);
        updateCount();
    });
    connect(m_listModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_listModel, &LibraryListModel::warningsChanged, this, [this](const QStringList &warnings) {
        if (!warnings.isEmpty())
            statusBar()->showMessage(warnings.join(u"; "_s), 8000);
    });
    connect(m_views, &ViewsSidebar::viewChosen, this, [this](const QString &name) { showView(name); });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(180);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyQuery);
    m_libraryPanelsDelay.setSingleShot(true);
    m_libraryPanelsDelay.setInterval(150);
    connect(&m_libraryPanelsDelay, &QTimer::timeout, this, &MainWindow::updateLibraryPanels);
    m_articlePanelsDelay.setSingleShot(true);
    m_articlePanelsDelay.setInterval(0);
    connect(&m_articlePanelsDelay, &QTimer::timeout, this, &MainWindow::updateArticlePanels);
    m_prepareDelay.setSingleShot(true);
    m_prepareDelay.setInterval(0);
    connect(&m_prepareDelay, &QTimer::timeout, this, &MainWindow::prepareNextArticle);
    m_viewCountsDelay.setSingleShot(true);
    m_viewCountsDelay.setInterval(300);
    connect(&m_viewCountsDelay, &QTimer::timeout, m_views, &ViewsSidebar::refresh);
    connect(&m_viewCountsDelay, &QTimer::timeout, this, &MainWindow::updateCount);
    connect(&services.index, &LibraryIndex::triageChanged, &m_viewCountsDelay, qOverload<>(&QTimer::start));
    connect(&services.index, &LibraryIndex::savedSearchesChanged, m_views, &ViewsSidebar::refresh);
    connect(&services.index, &LibraryIndex::recovered, this, [this](const QString &message) {
        statusBar()->showMessage(message, 20000);
    });

    createDocks();
    createActions();
    createMenus();
    updateColors();

    // Annotations (issue 6): the controller owns the store and the undo stack and registers its
    // commands; triage shares that stack, so Ctrl+Z undoes the last thing done, whatever it was.
    m_annotations = new AnnotationController(this, *m_actions, m_readingView, m_services.repository, m_services.annotations);
    auto *notesDock = new NotesDock(m_annotations, this);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    resizeDocks({m_entitiesDock, notesDock}, {1, 1}, Qt::Vertical);
    notesDock->toggleViewAction()->setText(tr("&Notes Panel"));
    m_actions->adopt(ActionRegistry::Group::View, u"toggle_notes_panel"_s, notesDock->toggleViewAction(),
        { QKeySequence(u"Ctrl+Shift+M"_s) });
    findChild<QMenu *>(u"viewMenu"_s)->addAction(notesDock->toggleViewAction());
    auto *notesMenu = new QMenu(tr("&Notes"), this);
    m_annotations->fillMenu(notesMenu);
    menuBar()->insertMenu(findChild<QMenu *>(u"goMenu"_s)->menuAction(), notesMenu);
    // Undo and redo cover triage as well as notes: they belong in an Edit menu of their own.
    auto *edit = new QMenu(tr("&Edit"), this);
    for (const auto &id : {u"undo"_s, u"redo"_s}) {
        notesMenu->removeAction(m_actions->action(id));
        edit->addAction(m_actions->action(id));
    }
    menuBar()->insertMenu(findChild<QMenu *>(u"viewMenu"_s)->menuAction(), edit);

    // tag: and is:annotated in the search field ask the annotation store.
    auto &store = m_annotations->store();
    services.index.setAnnotationLookup(AnnotationLookup{
        [&store](const QString &tag) {
            QSet<QString> articleIds;
            for (const auto &annotation : store.select(AnnotationFilter{{tag}, {}, {}, {}, true, true}))
                articleIds.insert(annotation.articleId);
            QStringList hashes;
            for (const auto &id : std::as_const(articleIds))
                if (const auto article = store.articleById(id))
                    hashes << article->contentHash;
            return hashes;
        },
        [&store] {
            QStringList hashes;
            for (const auto &article : store.articles())
                hashes << article.contentHash;
            return hashes;
        }});

    connectIndexer();
    if (const auto recovery = services.index.recoveryMessage(); !recovery.isEmpty()) {
        // The index was damaged and is rebuilt from the folders: say so once, without blocking.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Library Index Rebuilt"), recovery, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QTimer::singleShot(0, box, [box] { box->open(); });
    }
    m_views->refresh();
    showView(settings.lastView()); // the list already holds it: no second read
    reselectAfterReset();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createListPane()
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words, \"phrases\" and filters: entity:\"Li Qiang\" country:CN tag:trade "
                            "is:unread|starred|annotated in:inbox|later|archive priority:1 source:reuters lang:ru "
                            "published:2025-01-01..2025-03-31; - negates"));
    m_search->installEventFilter(this);
    m_articleList->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_searchDelay.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyQuery();
        m_articleList->setFocus();
    });

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_articleList);
    return pane;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_annotations->undoStack();
}

void MainWindow::connectIndexer()
{
    auto &indexer = m_services.indexer;
    connect(&indexer, &LibraryIndexer::indexingStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancelIndexing->setVisible(true);
    });
    connect(&indexer, &LibraryIndexer::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
        m_progress->setToolTip(tr("Indexing: %1 of %2 files").arg(done).arg(total));
    });
    connect(&indexer, &LibraryIndexer::fileSkipped, this, [this](const QString &path, const QString &reason) {
        statusBar()->showMessage(tr("Skipped %1: %2").arg(path, reason), 8000);
    });
    connect(&indexer, &LibraryIndexer::articlesReady, this, [this](const QList<qint64> &ids) {
        if (!m_pathToShow.isEmpty())
            showOpenedPath(ids);
        scheduleLibraryPanels();
        m_viewCountsDelay.start();
    });
    connect(&m_services.index, &LibraryIndex::articlesUpdated, this, [this](const QList<qint64> &ids) {
        if (m_prepared && ids.contains(m_prepared->id))
            m_prepared.reset();
        if (ids.contains(m_shownId)) {
            // Re-indexed under the reader's eyes (the file changed): show the new text.
            const auto id = m_shownId;
            m_shownId = 0;
            if (m_listModel->rowOf(id) >= 0)
                showCurrentArticle();
        }
        scheduleLibraryPanels();
    });
    connect(&indexer, &LibraryIndexer::indexingFinished, this, [this, &indexer] {
        if (!m_pathToShow.isEmpty())
            showOpenedPath({});
        m_progress->setVisible(false);
        m_cancelIndexing->setVisible(false);
        m_views->refresh();
        updateCount();
        const auto &skipped = indexer.skipped();
        QStringList details;
        for (const auto &file : skipped)
            details << u"%1: %2"_s.arg(file.path, file.reason);
        m_statusCount->setToolTip(details.join(u'\n'));
        if (!skipped.isEmpty())
            statusBar()->showMessage(
                tr("%n file(s) skipped; hover over the article count for the reasons", "", int(skipped.size())), 10000);
    });
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
    resizeDocks({m_timelineDock}, {240}, Qt::Vertical);

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

void MainWindow::createActions()
{
    auto &settings = m_services.settings;
    connect(m_actions->add(ActionRegistry::Group::File, u"open_files"_s, tr("&Open Files…"), { QKeySequence::Open },
                u"document-open"_s),
        &QAction::triggered, this, &MainWindow::openFiles);
    connect(m_actions->add(ActionRegistry::Group::File, u"open_folder"_s, tr("Open &Folder…"),
                { QKeySequence(u"Ctrl+Shift+O"_s) }, u"folder-open"_s),
        &QAction::triggered, this, &MainWindow::openFolder);
    connect(m_actions->add(
                ActionRegistry::Group::File, u"quit"_s, tr("&Quit"), { QKeySequence::Quit }, u"application-exit"_s),
        &QAction::triggered, this, &QWidget::close);
    connect(m_actions->add(ActionRegistry::Group::File, u"remove_folder"_s, tr("&Remove Folder from Library…"), {},
                u"list-remove"_s),
        &QAction::triggered, this, &MainWindow::removeFolder);

    connect(m_actions->add(ActionRegistry::Group::Go, u"next_article"_s, tr("&Next Article"), { QKeySequence(u"J"_s) },
                u"go-down"_s),
        &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_actions->add(ActionRegistry::Group::Go, u"previous_article"_s, tr("&Previous Article"),
                { QKeySequence(u"K"_s) }, u"go-up"_s),
        &QAction::triggered, this, [this] { moveSelection(-1); });
    createTriageActions();

    // One set of zoom commands for what is shown: the text's size, or the original pages, which
    // Poppler renders again at the new size.
    const auto isShowingPages = [this] { return m_articleStack->currentWidget() == m_originalView; };
    connect(m_actions->add(ActionRegistry::Group::View, u"zoom_in"_s, tr("Zoom &In"),
                { QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s) }, u"zoom-in"_s),
        &QAction::triggered, this, [this, &settings, isShowingPages] {
            if (isShowingPages())
                m_originalView->zoomIn();
            else
                settings.setReadingZoom(settings.readingZoom() + 1);
        });
    connect(m_actions->add(
                ActionRegistry::Group::View, u"zoom_out"_s, tr("Zoom &Out"), { QKeySequence::ZoomOut }, u"zoom-out"_s),
        &QAction::triggered, this, [this, &settings, isShowingPages] {
            if (isShowingPages())
                m_originalView->zoomOut();
            else
                settings.setReadingZoom(settings.readingZoom() - 1);
        });
    connect(m_actions->add(ActionRegistry::Group::View, u"zoom_reset"_s, tr("&Reset Zoom"),
                { QKeySequence(u"Ctrl+0"_s) }, u"zoom-original"_s),
        &QAction::triggered, this, [this, &settings, isShowingPages] {
            if (isShowingPages())
                m_originalView->resetZoom();
            else
                settings.setReadingZoom(0);
        });

    auto *showRemoved = m_actions->add(
        ActionRegistry::Group::View, u"show_removed"_s, tr("Show &Removed Text"), { QKeySequence(u"Shift+R"_s) });
    showRemoved->setCheckable(true);
    showRemoved->setChecked(settings.isShowingRemoved());
    connect(showRemoved, &QAction::toggled, &settings, &Settings::setShowingRemoved);
    connect(&settings, &Settings::showingRemovedChanged, showRemoved, &QAction::setChecked);

    // The PDF's own pages, rendered from the user's file: for tables, figures and layout that the
    // cleaned text cannot carry. Only PDF articles have them; see updateOriginalPageAction().
    auto *viewOriginal = m_actions->add(ActionRegistry::Group::View, u"view_original"_s, tr("View &Original Page"),
        { QKeySequence(u"O"_s) }, u"document-preview"_s);
    viewOriginal->setCheckable(true);
    viewOriginal->setEnabled(false);
    connect(viewOriginal, &QAction::toggled, this, &MainWindow::showOriginalPage);

    auto *highlightEntities = m_actions->add(ActionRegistry::Group::View, u"highlight_entities"_s,
        tr("Highlight &Entities"), { QKeySequence(u"Shift+E"_s) });
    highlightEntities->setCheckable(true);
    highlightEntities->setChecked(settings.isHighlightingEntities());
    m_readingView->setHighlightingEntities(settings.isHighlightingEntities());
    connect(highlightEntities, &QAction::toggled, &settings, &Settings::setHighlightingEntities);
    connect(&settings, &Settings::highlightingEntitiesChanged, highlightEntities, &QAction::setChecked);
    connect(&settings, &Settings::highlightingEntitiesChanged, m_readingView, &ReadingView::setHighlightingEntities);

    connect(m_actions->add(
                ActionRegistry::Group::Entities, u"next_mention"_s, tr("Next &Mention"), { QKeySequence(u"."_s) }),
        &QAction::triggered, this, [this] { walkMentions(1); });
    connect(m_actions->add(ActionRegistry::Group::Entities, u"previous_mention"_s, tr("Previous Mention"),
                { QKeySequence(u","_s) }),
        &QAction::triggered, this, [this] { walkMentions(-1); });
    connect(m_actions->add(ActionRegistry::Group::Entities, u"filter_by_entity"_s, tr("&Filter Library by Entity"),
                { QKeySequence(u"F"_s) }, u"view-filter"_s),
        &QAction::triggered, this, [this] { filterByEntity(m_entitiesDock->currentEntityId()); });
    connect(m_actions->add(ActionRegistry::Group::Entities, u"clear_entity_filter"_s, tr("&Clear Entity Filter"),
                { QKeySequence(u"Shift+F"_s) }, u"edit-clear"_s),
        &QAction::triggered, this, &MainWindow::clearEntityFilter);

    auto *entitiesDockAction = m_entitiesDock->toggleViewAction();
    entitiesDockAction->setText(tr("&Entities Panel"));
    m_actions->adopt(ActionRegistry::Group::View, u"toggle_entities_panel"_s, entitiesDockAction,
        { QKeySequence(u"Ctrl+Shift+E"_s) });
    auto *timelineDockAction = m_timelineDock->toggleViewAction();
    timelineDockAction->setText(tr("&Timeline Panel"));
    m_actions->adopt(ActionRegistry::Group::View, u"toggle_timeline_panel"_s, timelineDockAction,
        { QKeySequence(u"Ctrl+Shift+T"_s) });
    connect(m_actions->add(ActionRegistry::Group::Go, u"focus_entities"_s, tr("Go to Entities"),
                { QKeySequence(u"Ctrl+Alt+E"_s) }),
        &QAction::triggered, this, [this] {
            m_entitiesDock->show();
            m_entitiesDock->view()->setFocus();
        });
    connect(m_actions->add(ActionRegistry::Group::Go, u"focus_timeline"_s, tr("Go to Timeline"),
                { QKeySequence(u"Ctrl+Alt+T"_s) }),
        &QAction::triggered, this, [this] {
            m_timelineDock->show();
            m_timelineDock->view()->setFocus();
        });
    connect(
        m_actions->add(ActionRegistry::Group::Go, u"focus_list"_s, tr("Go to Article List"), { QKeySequence(u"U"_s) }),
        &QAction::triggered, m_articleList, qOverload<>(&QWidget::setFocus));
    // Enter in the list opens the article for reading; a window-wide Return shortcut would take
    // Enter away from the timeline and from dialogs.
    connect(m_actions->add(ActionRegistry::Group::Go, u"focus_reading"_s, tr("Go to Article Text"),
                { QKeySequence(u"Ctrl+Alt+R"_s) }),
        &QAction::triggered, this, [this] {
            m_actions->action(u"view_original"_s)->setChecked(false);
            m_readingView->setFocus();
        });
    connect(m_articleList, &QListView::activated, m_articleStack, [this] { m_articleStack->currentWidget()->setFocus(); });
    auto *copyTimeline = m_actions->add(ActionRegistry::Group::Timeline, u"copy_timeline_markdown"_s,
        tr("Copy Timeline as Markdown Table"), {}, u"edit-copy"_s);
    connect(copyTimeline, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(timelineToMarkdown(shownTimeline()));
        statusBar()->showMessage(tr("Timeline copied as a Markdown table"), 3000);
    });
    auto *saveTimeline = m_actions->add(ActionRegistry::Group::Timeline, u"save_timeline_markdown"_s,
        tr("Save Timeline as Markdown…"), {}, u"document-save-as"_s);
    connect(saveTimeline, &QAction::triggered, this, [this] {
        saveTimelineFile(tr("Markdown (*.md)"), u"timeline.md"_s, timelineToMarkdown(shownTimeline()).toUtf8());
    });
    auto *saveTimelineJs = m_actions->add(ActionRegistry::Group::Timeline, u"save_timeline_timelinejs"_s,
        tr("Save Timeline as TimelineJS JSON…"), {}, u"document-save-as"_s);
    connect(saveTimelineJs, &QAction::triggered, this, [this] {
        const auto json = timelineToTimelineJs(shownTimeline(), tr("Attaché timeline"));
        saveTimelineFile(tr("TimelineJS JSON (*.json)"), u"timeline.json"_s,
                         QJsonDocument(json).toJson(QJsonDocument::Indented));
    });
    m_timelineDock->exportMenu()->addActions({copyTimeline, saveTimeline, saveTimelineJs});

    connect(m_actions->add(ActionRegistry::Group::View, u"timeline_library_wide"_s, tr("Timeline of the Whole Library"),
                { QKeySequence(u"Ctrl+Alt+L"_s) }),
        &QAction::triggered, this, [this] { m_timelineDock->setLibraryWide(!m_timelineDock->isLibraryWide()); });
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(u"open_files"_s));
    file->addAction(m_actions->action(u"open_folder"_s));
    file->addAction(m_actions->action(u"remove_folder"_s));
    file->addAction(m_actions->action(u"rescan"_s));
    file->addAction(m_actions->action(u"cancel_indexing"_s));
    file->addSeparator();
    file->addAction(m_actions->action(u"quit"_s));

    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_actions->action(u"zoom_in"_s));
    view->addAction(m_actions->action(u"zoom_out"_s));
    view->addAction(m_actions->action(u"zoom_reset"_s));
    view->addSeparator();
    view->addAction(m_actions->action(u"view_original"_s));
    view->addAction(m_actions->action(u"show_removed"_s));
    view->addAction(m_actions->action(u"highlight_entities"_s));
    view->addSeparator();
    for (const auto &id : {u"sort_by_date"_s, u"sort_by_priority"_s, u"sort_by_source"_s, u"group_by_day"_s,
                           u"two_line_list"_s})
        view->addAction(m_actions->action(id));
    view->addSeparator();
    view->addAction(m_entitiesDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_actions->action(u"timeline_library_wide"_s));

    auto *triage = menuBar()->addMenu(tr("&Triage"));
    for (const auto &id : {u"toggle_star"_s, u"archive"_s, u"read_later"_s, u"move_to_inbox"_s})
        triage->addAction(m_actions->action(id));
    triage->addSeparator();
    for (const auto &id : {u"priority_1"_s, u"priority_2"_s, u"priority_3"_s, u"toggle_read"_s})
        triage->addAction(m_actions->action(id));
    triage->addSeparator();
    triage->addAction(m_actions->action(u"toggle_mark"_s));
    triage->addAction(m_actions->action(u"clear_marks"_s));
    triage->addSeparator();
    triage->addAction(m_actions->action(u"mark_read_on_leave"_s));

    auto *entities = menuBar()->addMenu(tr("&Entities"));
    entities->addAction(m_actions->action(u"next_mention"_s));
    entities->addAction(m_actions->action(u"previous_mention"_s));
    entities->addSeparator();
    entities->addAction(m_actions->action(u"filter_by_entity"_s));
    entities->addAction(m_actions->action(u"clear_entity_filter"_s));

    auto *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(u"goMenu"_s);
    for (const auto &id : {u"next_article"_s, u"previous_article"_s, u"next_unread"_s, u"previous_unread"_s,
                           u"scroll_or_next"_s})
        go->addAction(m_actions->action(id));
    go->addSeparator();
    for (const auto &id : {u"go_inbox"_s, u"go_later"_s, u"go_starred"_s, u"go_archive"_s, u"go_all"_s})
        go->addAction(m_actions->action(id));
    go->addSeparator();
    for (const auto &id : {u"search"_s, u"save_search"_s, u"remove_view"_s})
        go->addAction(m_actions->action(id));
    go->addSeparator();
    for (const auto &id : {u"focus_list"_s, u"focus_reading"_s, u"focus_views"_s, u"focus_entities"_s,
                           u"focus_timeline"_s})
        go->addAction(m_actions->action(id));

    // Keyboard access: command palette, keymap sheet, shortcut editor (plain keys yield to typing
    // through the application's ShortcutGuard, installed by the composition root).
    auto *commandPalette = new CommandPalette(*m_actions, this);
    auto *keymap = new KeymapOverlay(*m_actions, this);
    connect(m_actions->add(ActionRegistry::Group::Help, u"command_palette"_s, tr("Command &Palette…"),
                { QKeySequence(u"Ctrl+K"_s) }, u"quickopen"_s),
        &QAction::triggered, commandPalette, &CommandPalette::toggle);
    connect(m_actions->add(ActionRegistry::Group::Help, u"show_keymap"_s, tr("&Keyboard Shortcuts"),
                { QKeySequence(u"?"_s) }, u"help-keyboard-shortcuts"_s),
        &QAction::triggered, keymap, &KeymapOverlay::toggle);
    connect(m_actions->add(ActionRegistry::Group::Settings, u"edit_shortcuts"_s, tr("Configure &Shortcuts…"),
                { QKeySequence(u"Ctrl+Alt+K"_s) }, u"configure-shortcuts"_s),
        &QAction::triggered, this, [this] { ShortcutEditor(*m_actions, this).exec(); });
    menuBar()->addMenu(tr("&Settings"))->addAction(m_actions->action(u"edit_shortcuts"_s));
    connect(m_actions->add(ActionRegistry::Group::Help, u"handbook"_s, tr("&Handbook"), { QKeySequence::HelpContents },
                u"help-contents"_s),
        &QAction::triggered, this, [this] {
            auto *handbook = new HandbookDialog(*m_actions, this);
            handbook->setAttribute(Qt::WA_DeleteOnClose);
            handbook->show();
        });
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(u"handbook"_s));
    help->addAction(m_actions->action(u"command_palette"_s));
    help->addAction(m_actions->action(u"show_keymap"_s));

    // The toolbar holds the triage verbs a mouse user reaches for; the keys do the same.
    auto *toolbar = addToolBar(tr("Triage"));
    toolbar->setObjectName(u"triageToolbar"_s);
    toolbar->setMovable(false);
    // Icons only, text beside or under them: as the user set it for every application.
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (const auto &id : {u"open_folder"_s, QString(), u"move_to_inbox"_s, u"read_later"_s, u"archive"_s,
                           u"toggle_star"_s, u"toggle_read"_s, QString(), u"search"_s, u"command_palette"_s}) {
        if (id.isEmpty())
            toolbar->addSeparator();
        else
            toolbar->addAction(m_actions->action(id));
    }
    view->addSeparator();
    view->addAction(toolbar->toggleViewAction());
}

// --- The list and the article shown ---

void MainWindow::selectArticle(int row)
{
    if (m_listModel->rowCount() == 0)
        return;
    const auto index = m_listModel->index(std::clamp(row, 0, m_listModel->rowCount() - 1), 0);
    m_articleList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_articleList->scrollTo(index);
}

void MainWindow::moveSelection(int delta)
{
    const auto current = m_articleList->currentIndex();
    selectArticle(current.isValid() ? current.row() + delta : 0);
}

void MainWindow::showCurrentArticle()
{
    const auto current = m_articleList->currentIndex();
    if (!current.isValid())
        return; // a reset passes through no selection; reselectAfterReset() decides
    const auto id = m_listModel->idAt(current.row());
    if (id == m_shownId)
        return;
    auto &index = m_services.index;
    // Leaving an article marks it read (a setting); not an undo step, like opening a mail. The
    // write (a committed transaction) waits until the next article is on screen.
    if (m_shownId != 0 && m_services.settings.isMarkingReadOnLeave()) {
        const int leftRow = m_listModel->rowOf(m_shownId);
        if (leftRow >= 0 && !m_listModel->summaryAt(leftRow).triage.isRead)
            QTimer::singleShot(0, this, [this, left = m_shownId] { m_services.index.setRead({left}, true); });
    }
    if (!m_prepared || m_prepared->id != id) {
        auto article = index.article(id);
        if (!article) {
            statusBar()->showMessage(tr("The article is no longer in the library index"), 5000);
            return;
        }
        auto analysis = m_analyzer->analyze(*article);
        m_prepared = PreparedArticle{id, std::move(*article), std::move(analysis)};
    }
    const auto prepared = std::move(*m_prepared);
    m_prepared.reset();
    const auto *article = &prepared.article;
    m_shownId = id;
    m_readingView->setArticle(*article, prepared.analysis);
    updateOriginalPageAction();
    if (!m_search->text().trimmed().isEmpty())
        m_readingView->setSearchMatches(index.highlights(id, m_listModel->query()).textRanges);
    m_walkedMention = -1;
    setWindowTitle(tr("%1 — Attaché").arg(article->title));
    // The article first; the panels follow in the next turn of the event loop, so that holding
    // j shows text at once and the panels catch up when the analyst stops.
    m_articlePanelsDelay.start();
    Q_EMIT articleOpened(article->path);
    m_prepareDelay.start();
}

namespace {

// Which article of its file a PDF attachment is (from 0), or -1 for a PDF file of its own, or
// nullopt for an article without pages to show. A file's n-th article has the id "<name>#<n>".
std::optional<qsizetype> pagesOf(const Article &article)
{
    if (article.format == SourceFormat::Pdf)
        return -1;
    if ((article.format != SourceFormat::Email && article.format != SourceFormat::Mbox)
        || !article.tags.contains(u"attachment"_s))
        return std::nullopt;
    const auto hash = article.id.lastIndexOf(u'#');
    bool isNumber = false;
    const auto number = hash < 0 ? 0 : article.id.mid(hash + 1).toLongLong(&isNumber);
    if (!isNumber || number < 1)
        return std::nullopt;
    return qsizetype(number - 1);
}

} // namespace

void MainWindow::updateOriginalPageAction()
{
    auto *action = m_actions->action(u"view_original"_s);
    const auto &article = m_readingView->article();
    const auto pages = m_readingView->hasArticle() ? pagesOf(article) : std::nullopt;
    action->setEnabled(pages.has_value());
    if (!pages) {
        action->setChecked(false);
        m_originalView->setFile({}); // frees the pages of the last PDF
    } else if (action->isChecked()) {
        m_originalView->setFile(article.path, *pages); // reading on from PDF to PDF keeps the pages in view
    }
}

void MainWindow::showOriginalPage(bool show)
{
    const bool hadFocus = m_articleStack->currentWidget()->hasFocus();
    const auto pages = m_readingView->hasArticle() ? pagesOf(m_readingView->article()) : std::nullopt;
    if (show && pages) {
        m_originalView->setFile(m_readingView->article().path, *pages);
        m_articleStack->setCurrentWidget(m_originalView);
    } else {
        m_articleStack->setCurrentWidget(m_readingView);
    }
    if (hadFocus)
        m_articleStack->currentWidget()->setFocus();
}

void MainWindow::updateArticlePanels()
{
    if (!m_entitiesDock->isLibraryWide())
        updateEntityList();
    if (m_timelineDock->isLibraryWide())
        m_timelineModel->setCurrentArticle(int(m_timelineIds.indexOf(m_shownId)));
    else
        updateTimeline();
}

void MainWindow::prepareNextArticle()
{
    const int row = m_listModel->rowOf(m_shownId);
    if (row < 0 || row + 1 >= m_listModel->rowCount())
        return;
    const auto id = m_listModel->idAt(row + 1);
    if (m_prepared && m_prepared->id == id)
        return;
    auto article = m_services.index.article(id);
    if (!article)
        return;
    // Reading ahead runs on this thread while the analyst reads: it does not read a language's
    // word list (German: ~120 ms) that no article opened so far needed; opening that article does.
    const auto language = analysisLanguage(article->language, article->text());
    if (NerLexicon::needsLoading(language))
        return;
    auto analysis = m_analyzer->analyze(*article);
    m_prepared = PreparedArticle{id, std::move(*article), std::move(analysis)};
}

void MainWindow::flushPendingUpdates()
{
    if (m_searchDelay.isActive())
        applyQuery();
    if (m_articlePanelsDelay.isActive()) {
        m_articlePanelsDelay.stop();
        updateArticlePanels();
    }
    if (m_libraryPanelsDelay.isActive()) {
        m_libraryPanelsDelay.stop();
        updateLibraryPanels();
    }
    if (m_viewCountsDelay.isActive()) {
        m_viewCountsDelay.stop();
        m_views->refresh();
        updateCount();
    }
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
    m_services.indexer.cancel();
    event->accept();
}

} // namespace Attache
