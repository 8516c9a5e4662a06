#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Attache {

class ActionRegistry;
class ArticleLibrary;
class ArticleListModel;
class ArticleListView;
class ReadingView;
class Settings;

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

    // Selects the n-th article of the list as sorted (newest first) and shows it.
    void selectArticle(int row);
    void restoreSession();

Q_SIGNALS:
    void articleOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showCurrentArticle();
    void moveSelection(int delta);
    void openFiles();
    void openFolder();

    Services m_services;
    ActionRegistry *m_actions;
    ArticleListModel *m_listModel;
    QSortFilterProxyModel *m_sortedList;
    ArticleListView *m_articleList;
    ReadingView *m_readingView;
    QLabel *m_statusCount;
    QProgressBar *m_progress;
};

} // namespace Attache
