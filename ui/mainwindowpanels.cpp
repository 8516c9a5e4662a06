// MainWindow's panels: the entities and timeline docks, for the article shown or the library.
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
    statusBar()->showMessage(tr("%n article(s) mention %1", "", m_listModel->rowCount()).arg(name), 5000);
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

} // namespace Attache
