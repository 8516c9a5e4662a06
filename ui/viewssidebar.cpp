#include "viewssidebar.h"

#include "actionregistry.h"

#include "library/libraryindex.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
constexpr int NameRole = Qt::UserRole + 1;
constexpr int IsSavedRole = Qt::UserRole + 2;

QString iconName(const QString &view)
{
    static const QHash<QString, QString> icons { { u"Inbox"_s, u"mail-folder-inbox"_s },
        { u"Later"_s, u"chronometer"_s }, { u"Starred"_s, u"emblem-favorite"_s }, { u"Archive"_s, u"archive-insert"_s },
        { u"All"_s, u"view-list-details"_s } };
    return icons.value(view, u"edit-find"_s);
}
} // namespace

ViewsSidebar::ViewsSidebar(LibraryIndex *index, QWidget *parent)
    : QListWidget(parent)
    , m_index(index)
{
    setObjectName(u"viewsSidebar"_s);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    setSpacing(1);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_isRefreshing)
            Q_EMIT viewChosen(item->data(NameRole).toString());
    });
}

QString ViewsSidebar::title(const QString &view)
{
    if (view == u"Inbox"_s)
        return tr("Inbox");
    if (view == u"Later"_s)
        return tr("Later");
    if (view == u"Starred"_s)
        return tr("Starred");
    if (view == u"Archive"_s)
        return tr("Archive", "the view of archived articles");
    if (view == u"All"_s)
        return tr("All", "the view of every article");
    return view; // a saved search keeps the name the analyst gave it
}

void ViewsSidebar::refresh()
{
    if (!m_index->isOpen())
        return;
    const auto current = currentView();
    m_isRefreshing = true;
    clear();
    for (const auto &view : m_index->views()) {
        // The Inbox counts what is left to read; the others what they hold.
        const auto query = view.name == u"Inbox"_s ? view.query + u" is:unread"_s : view.query;
        const auto count = m_index->search(query).ids.size();
        const auto shown = title(view.name);
        auto *item = new QListWidgetItem(ActionRegistry::themeIcon(iconName(view.name)),
            count > 0 ? u"%1  (%2)"_s.arg(shown).arg(count) : shown, this);
        item->setData(NameRole, view.name);
        item->setData(IsSavedRole, !view.isBuiltIn);
        item->setToolTip(view.isBuiltIn ? tr("%1: %2").arg(shown, view.query) : tr("Saved search: %1").arg(view.query));
    }
    setCurrentView(current);
    m_isRefreshing = false;
}

void ViewsSidebar::setCurrentView(const QString &name)
{
    const bool wasRefreshing = m_isRefreshing;
    m_isRefreshing = true; // choosing from code is not the user choosing
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            setCurrentRow(row);
            break;
        }
    }
    m_isRefreshing = wasRefreshing;
}

QString ViewsSidebar::currentView() const
{
    return currentItem() ? currentItem()->data(NameRole).toString() : QString();
}

bool ViewsSidebar::isSavedSearch(const QString &name) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return item(row)->data(IsSavedRole).toBool();
    }
    return false;
}

} // namespace Attache
