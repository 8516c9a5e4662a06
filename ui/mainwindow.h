#pragma once

#include <QMainWindow>
#include <QTimer>

#include "themecolors.h"

#include "analyze/analysis.h"
#include "clean/article.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Attache {

class ActionRegistry;
class AnnotationController;
class AnnotationStore;
class Analyzer;
class ArticleListView;
class EntitiesDock;
class EntityModel;
class LibraryIndex;
class LibraryIndexer;
class LibraryListModel;
class OriginalPageView;
class ReadingView;
class Settings;
class TimelineDock;
class TimelineModel;
class ViewsSidebar;
struct ArticleSummary;
struct TriageAction;

// The services that live as long as the window; owned by the composition root in application.cpp.
struct Services
{
    Settings &settings;
    LibraryIndex &index;     // open before the window is made
    LibraryIndexer &indexer; // keeps the index in step with the user's folders
    KSyntaxHighlighting::Repository &repository;
    AnnotationStore &annotations; // opened (or not: see isOpen()) before the window is made
};

// The analyst's desk: views down the left, the article list of the chosen view or search, the
// reading view, and the entities, notes and timeline panels. Everything is reachable from the
// keyboard through the action registry (see createActions for the keymap).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Services services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry &actions() const { return *m_actions; }
    ReadingView *readingView() const { return m_readingView; }
    // The pages of the PDF article shown, in place of its text while "view_original" is checked.
    OriginalPageView *originalPageView() const { return m_originalView; }
    ArticleListView *articleList() const { return m_articleList; }
    LibraryListModel *listModel() const { return m_listModel; }
    QLineEdit *searchField() const { return m_search; }
    ViewsSidebar *viewsSidebar() const { return m_views; }
    EntitiesDock *entitiesDock() const { return m_entitiesDock; }
    TimelineDock *timelineDock() const { return m_timelineDock; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    QUndoStack *undoStack() const;
    // Library id of the article shown, or 0.
    qint64 currentArticleId() const { return m_shownId; }
    QString currentView() const { return m_viewName; }

    // Selects the n-th entry of the list as sorted and shows it.
    void selectArticle(int row);
    // Adds files and folders to the library and shows the first one's article once it is indexed:
    // the file itself, or the first new article (in list order) of a folder; when nothing of a
    // folder is new, its first article already in the library. The view changes to the Inbox, or
    // else to All, when the current one does not list it. Returns the paths that could not be
    // added, each with its reason.
    QStringList openPaths(const QStringList &paths);
    // Shows a built-in view or a saved search by name; false if there is none.
    bool showView(const QString &name);
    void restoreSession();
    // Runs the updates that wait for a pause in changes (library-wide panels, view counts) now:
    // for screenshots and tests that look at the window right after indexing.
    void flushPendingUpdates();

Q_SIGNALS:
    void articleOpened(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListPane();
    void createActions();
    void createTriageActions();
    void createMenus();
    void createDocks();
    void connectIndexer();
    void showCurrentArticle();
    void prepareNextArticle();
    void updateArticlePanels();
    // Enables "view original page" for a PDF article, and turns it off for any other.
    void updateOriginalPageAction();
    void showOriginalPage(bool show);
    void moveSelection(int delta);
    void moveToUnread(int step);
    void scrollOrNextUnread();
    void applyQuery();
    void reselectAfterReset();
    void updateCount();
    void saveSearch();
    void removeSavedSearch();
    void triage(const TriageAction &action, bool advances = false);
    QList<qint64> triageTargets() const;
    void updateColors();
    void updateEntityList();
    void updateTimeline();
    void scheduleLibraryPanels();
    void updateLibraryPanels();
    void openEvent(int timelineRow);
    QList<struct TimelineEntry> shownTimeline() const;
    void saveTimelineFile(const QString &filter, const QString &suggestedName, const QByteArray &content);
    void walkMentions(int step);
    void filterByEntity(const QString &entityId);
    void clearEntityFilter();
    QString entityName(const QString &entityId) const;
    // The entity-filter form of the search syntax for one entity id.
    static QString entityQuery(const QString &entityId);
    void addToLibrary(const QStringList &paths);
    void showOpenedPath(const QList<qint64> &newIds);
    int firstRowWhere(const std::function<bool(const ArticleSummary &)> &isWanted) const;
    void openFiles();
    void openFolder();
    void removeFolder();

    Services m_services;
    std::unique_ptr<Analyzer> m_analyzer;
    ActionRegistry *m_actions;
    LibraryListModel *m_listModel;
    EntityModel *m_entityModel;
    TimelineModel *m_timelineModel;
    ViewsSidebar *m_views;
    QLineEdit *m_search;
    ArticleListView *m_articleList;
    ReadingView *m_readingView;
    OriginalPageView *m_originalView;
    QStackedWidget *m_articleStack; // the text, or the original pages
    QLabel *m_statusCount;
    QProgressBar *m_progress;
    QToolButton *m_cancelIndexing;
    EntitiesDock *m_entitiesDock = nullptr;
    TimelineDock *m_timelineDock = nullptr;
    AnnotationController *m_annotations = nullptr;
    ThemeColors m_colors;
    QTimer m_searchDelay;        // typing settles before the list is re-queried
    QTimer m_libraryPanelsDelay; // library-wide panels follow batches of changes, not each one
    QTimer m_viewCountsDelay;
    qint64 m_shownId = 0;
    // The entry below the one shown, read and analysed while the analyst reads, so that `j`
    // only has to typeset it.
    struct PreparedArticle
    {
        qint64 id = 0;
        Article article;
        ArticleAnalysis analysis;
    };
    std::optional<PreparedArticle> m_prepared;
    QTimer m_prepareDelay;
    QTimer m_articlePanelsDelay; // the entities and timeline of the article just shown
    QString m_viewName;
    QString m_viewQuery;
    QList<qint64> m_timelineIds; // the article of each TimelineEvent::articleRow
    QString m_walkedEntity;      // entity whose mentions "." and "," walk through
    int m_walkedMention = -1;
    QString m_filterEntity;
    QString m_pathToShow; // opened and not shown yet: canonical, a file or a folder
};

} // namespace Attache
