#pragma once

#include <QObject>
#include <QSettings>

namespace Attache {

// The user's preferences as one typed object. Each setter writes through to QSettings at once
// (so a crash loses nothing) and emits the matching …Changed signal only on a real change.
// Window and dock geometry are not preferences; they live in the UI's session store.
class Settings final : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject *parent = nullptr);

    // Extra points added to the reading view's base font size; bounded to keep text legible.
    int readingZoom() const { return m_readingZoom; }
    void setReadingZoom(int steps);
    static constexpr int MinimumReadingZoom = -6;
    static constexpr int MaximumReadingZoom = 16;

    bool isShowingRemoved() const { return m_showRemoved; }
    void setShowingRemoved(bool show);

    bool isHighlightingEntities() const { return m_highlightEntities; }
    void setHighlightingEntities(bool highlight);

    // Moving to the next article marks the one left as read.
    bool isMarkingReadOnLeave() const { return m_markReadOnLeave; }
    void setMarkingReadOnLeave(bool mark);

    // The timeline and entities panels show the whole library rather than the current article.
    bool isTimelineLibraryWide() const { return m_timelineLibraryWide; }
    void setTimelineLibraryWide(bool libraryWide);
    bool isEntityListLibraryWide() const { return m_entityListLibraryWide; }
    void setEntityListLibraryWide(bool libraryWide);

    // The article list: two lines per entry (title, then source · date · entities) or one; day
    // headings when sorted by date; the sort ("date", "priority", "source"); the view shown last.
    bool isListTwoLines() const { return m_listTwoLines; }
    void setListTwoLines(bool twoLines);
    bool isListGroupedByDay() const { return m_listGroupedByDay; }
    void setListGroupedByDay(bool grouped);
    QString listSortOrder() const { return m_listSortOrder; }
    void setListSortOrder(const QString &order);
    QString lastView() const { return m_lastView; }
    void setLastView(const QString &name);

Q_SIGNALS:
    void readingZoomChanged(int steps);
    void showingRemovedChanged(bool show);
    void highlightingEntitiesChanged(bool highlight);
    void markingReadOnLeaveChanged(bool mark);
    void timelineLibraryWideChanged(bool libraryWide);
    void entityListLibraryWideChanged(bool libraryWide);
    void listTwoLinesChanged(bool twoLines);
    void listGroupedByDayChanged(bool grouped);
    void listSortOrderChanged(const QString &order);
    void lastViewChanged(const QString &name);

private:
    QSettings m_store;
    int m_readingZoom = 0;
    bool m_showRemoved = false;
    bool m_highlightEntities = true;
    bool m_markReadOnLeave = true;
    bool m_timelineLibraryWide = false;
    bool m_entityListLibraryWide = false;
    bool m_listTwoLines = true;
    bool m_listGroupedByDay = true;
    QString m_listSortOrder;
    QString m_lastView;
};

} // namespace Attache
