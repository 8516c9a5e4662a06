#pragma once

#include <QListWidget>

namespace Attache {

class LibraryIndex;

// The views of the library down the window's left edge: Inbox, Later, Starred, Archive, All,
// then the analyst's saved searches, each with how many entries it holds (unread ones for the
// Inbox). Choosing one (click, Enter, or the `g` keys of the window) shows it in the list.
class ViewsSidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit ViewsSidebar(LibraryIndex *index, QWidget *parent = nullptr);

    // Re-reads the views and their counts from the index (cheap: one count query per view).
    void refresh();
    // A view's name as the user reads it: built-in views translated, saved searches as named.
    // Names stay English in the index and the settings.
    static QString title(const QString &view);
    void setCurrentView(const QString &name);
    QString currentView() const;
    bool isSavedSearch(const QString &name) const;

Q_SIGNALS:
    void viewChosen(const QString &name);

private:
    LibraryIndex *m_index;
    bool m_isRefreshing = false;
};

} // namespace Attache
