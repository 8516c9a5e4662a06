#pragma once

#include <QMainWindow>

#include "themecolors.h"

class QLabel;
class QProgressBar;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Attache {

class ActionRegistry;
class ArticleFilterModel;
class ArticleLibrary;
class ArticleListModel;
class ArticleListView;
class EntitiesDock;
class EntityModel;
class ReadingView;
class Settings;
class TimelineDock;
class TimelineModel;

// The services that live as long as the window; owned by the composition root in application.cpp.
struct Services
{
    Settings &settings;
    ArticleLibrary &library;
    KSyntaxHighlighting::Repository &repository;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Services services, QWidget *parent = nullptr);

    ActionRegistry &actions() const { return *m_actions; }
    ReadingView *readingView() const { return m_readingView; }
    ArticleListView *articleList() const { return m_articleList; }
    EntitiesDock *entitiesDock() const { return m_entitiesDock; }
    TimelineDock *timelineDock() const { return m_timelineDock; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    // Source row in the library of the article shown, or -1.
    int currentArticleRow() const;

    // Selects the n-th article of the list as sorted (newest first) and shows it.
    void selectArticle(int row);
    void restoreSession();

Q_SIGNALS:
    void articleOpened(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void showCurrentArticle();
    void moveSelection(int delta);
    void updateColors();
    void updateEntityList();
    void updateTimeline();
    void openEvent(int timelineRow);
    QList<struct TimelineEntry> shownTimeline() const;
    void saveTimelineFile(const QString &filter, const QString &suggestedName, const QByteArray &content);
    void walkMentions(int step);
    void filterByEntity(const QString &entityId);
    void clearEntityFilter();
    QString entityName(const QString &entityId) const;
    void openFiles();
    void openFolder();

    Services m_services;
    ActionRegistry *m_actions;
    ArticleListModel *m_listModel;
    ArticleFilterModel *m_sortedList;
    EntityModel *m_entityModel;
    TimelineModel *m_timelineModel;
    ArticleListView *m_articleList;
    ReadingView *m_readingView;
    QLabel *m_statusCount;
    QProgressBar *m_progress;
    EntitiesDock *m_entitiesDock = nullptr;
    TimelineDock *m_timelineDock = nullptr;
    ThemeColors m_colors;
    QString m_walkedEntity; // entity whose mentions "." and "," walk through
    int m_walkedMention = -1;
    QString m_filterEntity;
};

} // namespace Attache
