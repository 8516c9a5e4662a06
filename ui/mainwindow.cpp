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
#include "core/plural.h"
#include "core/settings.h"
#include "export/timelineexport.h"
#include "core/itemdatarole.h"
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

// The entity-filter form of the search syntax for one entity id.
QString entityQuery(const QString &entityId)
{
    return u"entity:"_s + entityId;
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
    splitter->addWidget(m_readingView);
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
    m_annotations = new AnnotationController(this, *m_actions, m_readingView, m_services.repository);
    auto *notesDock = new NotesDock(m_annotations, this);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    resizeDocks({m_entitiesDock, notesDock}, {1, 1}, Qt::Vertical);
    notesDock->toggleViewAction()->setText(tr("&Notes Panel"));
    notesDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
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
                            "is:unread|starred|annotated in:inbox|later|archive priority:1 source:reuters "
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
    connect(&indexer, &LibraryIndexer::articlesReady, this, [this] {
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
                tr("%1 skipped; hover over the article count for the reasons").arg(countOf(skipped.size(), tr("file"), tr("files"))),
                10000);
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
    m_search->setPlaceholderText(tr("Search %1  ( / )").arg(m_viewName));
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
    m_statusCount->setText(tr("%1 · %2 unread").arg(countOf(rows, tr("article"), tr("articles"))).arg(unread));
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
    connect(m_actions->add(u"toggle_star"_s, tr("&Star"), {QKeySequence(u"S"_s)}, u"starred-symbolic"_s),
            &QAction::triggered, this, [this, allHave] {
                const auto ids = triageTargets();
                triage(TriageAction::starred(ids, !allHave(ids, [](const TriageValues &v) { return v.isStarred; })));
            });
    auto fileAs = [this](TriageState state) {
        const auto ids = triageTargets();
        triage(TriageAction::state(ids, state), true);
    };
    connect(m_actions->add(u"archive"_s, tr("&Archive"), {QKeySequence(u"E"_s)}, u"archive-insert"_s),
            &QAction::triggered, this, [fileAs] { fileAs(TriageState::Archive); });
    connect(m_actions->add(u"read_later"_s, tr("Read &Later"), {QKeySequence(u"L"_s)}, u"chronometer"_s),
            &QAction::triggered, this, [fileAs] { fileAs(TriageState::Later); });
    connect(m_actions->add(u"move_to_inbox"_s, tr("Back to &Inbox"), {QKeySequence(u"I"_s)}, u"mail-folder-inbox"_s),
            &QAction::triggered, this, [fileAs] { fileAs(TriageState::Inbox); });
    for (int priority = 1; priority <= 3; ++priority) {
        connect(m_actions->add(u"priority_%1"_s.arg(priority), tr("Priority &%1").arg(priority),
                               {QKeySequence(QString::number(priority))}),
                &QAction::triggered, this, [this, allHave, priority] {
                    const auto ids = triageTargets();
                    const bool isSet = allHave(ids, [priority](const TriageValues &v) { return v.priority == priority; });
                    triage(TriageAction::priority(ids, isSet ? 0 : priority));
                });
    }
    connect(m_actions->add(u"toggle_read"_s, tr("Toggle &Read"), {QKeySequence(u"M"_s)}, u"mail-mark-read"_s),
            &QAction::triggered, this, [this, allHave] {
                const auto ids = triageTargets();
                triage(TriageAction::read(ids, !allHave(ids, [](const TriageValues &v) { return v.isRead; })));
            });
    connect(m_actions->add(u"toggle_mark"_s, tr("&Mark for Bulk Action"), {QKeySequence(u"X"_s)}, u"checkbox"_s),
            &QAction::triggered, this, [this, current] {
                const auto values = current();
                if (!values)
                    return;
                triage(TriageAction::marked({values->id}, !values->isMarked));
            });
    connect(m_actions->add(u"clear_marks"_s, tr("C&lear Marks"), {QKeySequence(u"Shift+X"_s)}),
            &QAction::triggered, this, [this] {
                const auto marked = m_services.index.markedIds();
                if (!marked.isEmpty())
                    triage(TriageAction::marked(marked, false));
            });

    connect(m_actions->add(u"next_unread"_s, tr("Next &Unread"), {QKeySequence(u"Shift+J"_s)}, u"go-down-skip"_s),
            &QAction::triggered, this, [this] { moveToUnread(1); });
    connect(m_actions->add(u"previous_unread"_s, tr("Previous Unread"), {QKeySequence(u"Shift+K"_s)}, u"go-up-skip"_s),
            &QAction::triggered, this, [this] { moveToUnread(-1); });
    connect(m_actions->add(u"scroll_or_next"_s, tr("Scroll Down, then Next Unread"), {QKeySequence(u"Space"_s)}),
            &QAction::triggered, this, &MainWindow::scrollOrNextUnread);

    const std::pair<QString, QString> views[] = {{u"Inbox"_s, u"I"_s}, {u"Later"_s, u"L"_s},
                                                 {u"Starred"_s, u"S"_s}, {u"Archive"_s, u"A"_s}, {u"All"_s, {}}};
    for (const auto &[view, key] : views) {
        QList<QKeySequence> keys;
        if (!key.isEmpty())
            keys << QKeySequence(u"G, "_s + key);
        connect(m_actions->add(u"go_"_s + view.toLower(), tr("Go to %1").arg(view), keys), &QAction::triggered, this,
                [this, view] { showView(view); });
    }
    connect(m_actions->add(u"search"_s, tr("&Search…"), {QKeySequence(u"/"_s)}, u"edit-find"_s), &QAction::triggered,
            this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(m_actions->add(u"save_search"_s, tr("Save Search as &View…"), {QKeySequence(u"Ctrl+S"_s)},
                           u"document-save"_s),
            &QAction::triggered, this, &MainWindow::saveSearch);
    connect(m_actions->add(u"remove_view"_s, tr("Remove Saved &View…")), &QAction::triggered, this,
            &MainWindow::removeSavedSearch);
    connect(m_actions->add(u"focus_views"_s, tr("Go to Views"), {QKeySequence(u"Ctrl+Alt+V"_s)}), &QAction::triggered,
            m_views, qOverload<>(&QWidget::setFocus));

    auto &settings = m_services.settings;
    auto *sortGroup = new QActionGroup(this);
    const std::pair<SortOrder, QString> sorts[] = {{SortOrder::Date, tr("Sort by &Date")},
                                                   {SortOrder::Priority, tr("Sort by &Priority")},
                                                   {SortOrder::Source, tr("Sort by S&ource")}};
    for (const auto &[order, text] : sorts) {
        auto *action = m_actions->add(u"sort_by_"_s + sortOrderName(order), text);
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
    auto *twoLines = m_actions->add(u"two_line_list"_s, tr("&Two Lines per Article"), {QKeySequence(u"Ctrl+Alt+2"_s)});
    twoLines->setCheckable(true);
    twoLines->setChecked(settings.isListTwoLines());
    connect(twoLines, &QAction::toggled, this, [this, &settings](bool on) {
        settings.setListTwoLines(on);
        m_articleList->delegate()->setTwoLines(on);
        m_articleList->relayout();
    });
    auto *byDay = m_actions->add(u"group_by_day"_s, tr("&Group by Day"));
    byDay->setCheckable(true);
    byDay->setChecked(settings.isListGroupedByDay());
    connect(byDay, &QAction::toggled, this, [this, &settings](bool on) {
        settings.setListGroupedByDay(on);
        m_articleList->delegate()->setGroupingByDay(on && m_listModel->sortOrder() == SortOrder::Date);
        m_articleList->relayout();
    });
    auto *markRead = m_actions->add(u"mark_read_on_leave"_s, tr("Mark as Read when &Leaving"));
    markRead->setCheckable(true);
    markRead->setChecked(settings.isMarkingReadOnLeave());
    connect(markRead, &QAction::toggled, &settings, &Settings::setMarkingReadOnLeave);
    connect(m_actions->add(u"cancel_indexing"_s, tr("&Cancel Indexing")), &QAction::triggered, &m_services.indexer,
            &LibraryIndexer::cancel);
    connect(m_actions->add(u"rescan"_s, tr("&Rescan Folders"), {QKeySequence(u"F5"_s)}, u"view-refresh"_s),
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

// --- Panels ---

void MainWindow::updateColors()
{
    m_colors = ThemeColors(m_services.repository, palette());
    m_readingView->setColors(m_colors);
    m_timelineDock->view()->setColors(m_colors);
}

void MainWindow::updateLibraryPanels()
{
    if (m_entitiesDock->isLibraryWide())
        updateEntityList();
    if (m_timelineDock->isLibraryWide())
        updateTimeline();
}

void MainWindow::scheduleLibraryPanels()
{
    if (m_entitiesDock->isLibraryWide() || m_timelineDock->isLibraryWide())
        m_libraryPanelsDelay.start();
}

void MainWindow::updateEntityList()
{
    if (!m_entitiesDock->isLibraryWide()) {
        const auto &analysis = m_readingView->analysis();
        m_entityModel->setEntities(m_shownId != 0 ? EntityModel::summarize(analysis.titleEntities + analysis.entities)
                                                  : QList<EntitySummary>{});
        return;
    }
    // "Library-wide" is the library as the list shows it: the view or search narrows it.
    QList<EntitySummary> entities;
    for (const auto &total : m_services.index.entityTotals(m_listModel->ids()))
        entities << EntitySummary{total.entityId, total.name, entityTypeFromName(total.type), total.mentions,
                                  total.articles};
    m_entityModel->setEntities(entities);
}

void MainWindow::updateTimeline()
{
    QList<TimelineEvent> events;
    m_timelineIds.clear();
    if (m_timelineDock->isLibraryWide()) {
        m_timelineIds = m_listModel->ids();
        QHash<qint64, int> position;
        for (int i = 0; i < m_timelineIds.size(); ++i)
            position.insert(m_timelineIds.at(i), i);
        for (const auto &[id, stored] : m_services.index.events(m_timelineIds)) {
            const auto &summary = m_listModel->summaryAt(m_listModel->rowOf(id));
            Event event;
            event.begin = stored.begin;
            event.end = stored.end;
            event.value = stored.value;
            event.isUncertain = stored.isUncertain;
            event.sentenceStart = stored.sentenceStart;
            event.sentenceEnd = stored.sentenceEnd;
            event.sentence = stored.sentence;
            event.label = stored.label;
            event.type = eventTypeFromName(stored.type);
            event.actorIds = stored.actorIds;
            event.actorNames = stored.actors;
            events << TimelineEvent{event, position.value(id), summary.title, summary.path, summary.url, summary.source};
        }
    } else if (m_shownId != 0) {
        m_timelineIds = {m_shownId};
        events = TimelineModel::collect({m_readingView->article()}, {m_readingView->analysis()}, {0});
    }
    m_timelineModel->setEvents(events);
    m_timelineModel->setCurrentArticle(m_timelineDock->isLibraryWide() ? int(m_timelineIds.indexOf(m_shownId)) : -1);
}

QList<TimelineEntry> MainWindow::shownTimeline() const
{
    QList<TimelineEntry> entries;
    for (const auto &shown : m_timelineModel->visibleEvents()) {
        const int row = m_listModel->rowOf(m_timelineIds.value(shown.articleRow));
        const auto itemId = row >= 0 ? m_listModel->summaryAt(row).itemId : QString();
        entries << TimelineEntry{shown.event, itemId, shown.articleTitle, shown.articlePath};
    }
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
    const auto id = m_timelineIds.value(event.articleRow);
    int row = m_listModel->rowOf(id);
    if (row < 0) {
        // Listed when the timeline was made, gone from the list since: show everything.
        showView(u"All"_s);
        row = m_listModel->rowOf(id);
    }
    if (row >= 0 && m_shownId != id)
        selectArticle(row);
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
    for (const auto &mention : m_readingView->analysis().entities)
        if (mention.entityId == entityId)
            return mention.name;
    for (int row = 0; row < m_entityModel->rowCount(); ++row) {
        const auto group = m_entityModel->index(row, 0);
        for (int child = 0; child < m_entityModel->rowCount(group); ++child) {
            const auto entity = m_entityModel->index(child, 0, group);
            if (entity.data(EntityIdRole).toString() == entityId)
                return entity.data(Qt::DisplayRole).toString();
        }
    }
    return entityId;
}

void MainWindow::filterByEntity(const QString &entityId)
{
    if (entityId.isEmpty())
        return;
    const auto name = entityName(entityId);
    // The filter is a search the analyst can see, edit, combine and save as a view.
    m_search->setText(entityQuery(entityId));
    applyQuery();
    m_filterEntity = entityId;
    m_entitiesDock->setFilterLabel(name);
    m_timelineDock->setEntityFilter(entityId, name);
    statusBar()->showMessage(tr("%1 mention %2").arg(countOf(m_listModel->rowCount(), tr("article"), tr("articles")), name),
                             5000);
}

void MainWindow::clearEntityFilter()
{
    if (m_filterEntity.isEmpty())
        return;
    const auto filter = entityQuery(m_filterEntity);
    m_filterEntity.clear();
    m_entitiesDock->setFilterLabel({});
    m_timelineDock->setEntityFilter({}, {});
    if (m_search->text().trimmed() == filter) {
        m_search->clear();
        applyQuery();
    }
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
    connect(m_actions->add(u"remove_folder"_s, tr("&Remove Folder from Library…")), &QAction::triggered, this,
            &MainWindow::removeFolder);

    connect(m_actions->add(u"next_article"_s, tr("&Next Article"), {QKeySequence(u"J"_s)}, u"go-down"_s),
            &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_actions->add(u"previous_article"_s, tr("&Previous Article"), {QKeySequence(u"K"_s)}, u"go-up"_s),
            &QAction::triggered, this, [this] { moveSelection(-1); });
    createTriageActions();

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

    // The toolbar holds the triage verbs a mouse user reaches for; the keys do the same.
    auto *toolbar = addToolBar(tr("Triage"));
    toolbar->setObjectName(u"triageToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    auto analysis = m_analyzer->analyze(*article);
    m_prepared = PreparedArticle{id, std::move(*article), std::move(analysis)};
}

// --- Files ---

void MainWindow::addToLibrary(const QStringList &paths)
{
    QStringList problems;
    for (const auto &path : paths) {
        QString error;
        if (!m_services.indexer.addPath(path, &error))
            problems << error;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Add to Library"), problems.join(u'\n'));
}

void MainWindow::openFiles()
{
    addToLibrary(QFileDialog::getOpenFileNames(
        this, tr("Add Articles to the Library"), {},
        tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml *.rdf *.json *.jsonl);;All files (*)")));
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
