#include "core/settings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
const auto ReadingZoomKey = u"reading/zoom"_s;
const auto ShowRemovedKey = u"reading/showRemoved"_s;
const auto HighlightEntitiesKey = u"reading/highlightEntities"_s;
const auto MarkReadOnLeaveKey = u"triage/markReadOnLeave"_s;
const auto TimelineLibraryWideKey = u"timeline/libraryWide"_s;
const auto EntityListLibraryWideKey = u"entities/libraryWide"_s;
const auto ListTwoLinesKey = u"list/twoLines"_s;
const auto ListGroupedByDayKey = u"list/groupByDay"_s;
const auto ListSortOrderKey = u"list/sort"_s;
const auto LastViewKey = u"list/view"_s;

template<typename T, typename Signal>
void store(QSettings &settings, Settings *owner, const QString &key, T &member, T value, Signal changed)
{
    if (member == value)
        return;
    member = value;
    settings.setValue(key, value);
    Q_EMIT(owner->*changed)(value);
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_readingZoom(std::clamp(m_store.value(ReadingZoomKey, 0).toInt(), MinimumReadingZoom, MaximumReadingZoom))
    , m_showRemoved(m_store.value(ShowRemovedKey, false).toBool())
    , m_highlightEntities(m_store.value(HighlightEntitiesKey, true).toBool())
    , m_markReadOnLeave(m_store.value(MarkReadOnLeaveKey, true).toBool())
    , m_timelineLibraryWide(m_store.value(TimelineLibraryWideKey, false).toBool())
    , m_entityListLibraryWide(m_store.value(EntityListLibraryWideKey, false).toBool())
    , m_listTwoLines(m_store.value(ListTwoLinesKey, true).toBool())
    , m_listGroupedByDay(m_store.value(ListGroupedByDayKey, true).toBool())
    , m_listSortOrder(m_store.value(ListSortOrderKey, u"date"_s).toString())
    , m_lastView(m_store.value(LastViewKey, u"Inbox"_s).toString())
{
}

void Settings::setReadingZoom(int steps)
{
    store(m_store, this, ReadingZoomKey, m_readingZoom, std::clamp(steps, MinimumReadingZoom, MaximumReadingZoom),
          &Settings::readingZoomChanged);
}

void Settings::setShowingRemoved(bool show)
{
    store(m_store, this, ShowRemovedKey, m_showRemoved, show, &Settings::showingRemovedChanged);
}

void Settings::setHighlightingEntities(bool highlight)
{
    store(m_store, this, HighlightEntitiesKey, m_highlightEntities, highlight, &Settings::highlightingEntitiesChanged);
}

void Settings::setMarkingReadOnLeave(bool mark)
{
    store(m_store, this, MarkReadOnLeaveKey, m_markReadOnLeave, mark, &Settings::markingReadOnLeaveChanged);
}

} // namespace Attache

namespace Attache {

void Settings::setTimelineLibraryWide(bool libraryWide)
{
    store(m_store, this, TimelineLibraryWideKey, m_timelineLibraryWide, libraryWide,
          &Settings::timelineLibraryWideChanged);
}

void Settings::setEntityListLibraryWide(bool libraryWide)
{
    store(m_store, this, EntityListLibraryWideKey, m_entityListLibraryWide, libraryWide,
          &Settings::entityListLibraryWideChanged);
}

void Settings::setListTwoLines(bool twoLines)
{
    store(m_store, this, ListTwoLinesKey, m_listTwoLines, twoLines, &Settings::listTwoLinesChanged);
}

void Settings::setListGroupedByDay(bool grouped)
{
    store(m_store, this, ListGroupedByDayKey, m_listGroupedByDay, grouped, &Settings::listGroupedByDayChanged);
}

void Settings::setListSortOrder(const QString &order)
{
    store(m_store, this, ListSortOrderKey, m_listSortOrder, order, &Settings::listSortOrderChanged);
}

void Settings::setLastView(const QString &name)
{
    store(m_store, this, LastViewKey, m_lastView, name, &Settings::lastViewChanged);
}

} // namespace Attache
