#include "commandpalette.h"

#include "actiongroups.h"
#include "actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

const auto RecentKey = QStringLiteral("commandPalette/recent");
constexpr int RecentLimit = 12;
constexpr int VisibleRows = 12;
constexpr int IdRole = Qt::UserRole + 1;

enum Column { GroupColumn, CommandColumn, ShortcutColumn, MarginColumn };

bool isWordStart(QStringView text, qsizetype at)
{
    if (at == 0)
        return true;
    const auto before = text.at(at - 1);
    const auto here = text.at(at);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

// Matches the pattern's letters, in order, only at word starts: "nm" in "Next Mention".
bool matchesInitials(QStringView pattern, QStringView text)
{
    qsizetype at = 0;
    for (const auto letter : pattern) {
        if (letter.isSpace())
            continue;
        while (at < text.size() && !(isWordStart(text, at) && text.at(at).toCaseFolded() == letter.toCaseFolded()))
            ++at;
        if (at == text.size())
            return false;
        ++at;
    }
    return true;
}

// Letters of the pattern found in order anywhere; returns the span they cover, or -1.
qsizetype subsequenceSpan(QStringView pattern, QStringView text)
{
    qsizetype first = -1;
    qsizetype at = 0;
    for (const auto letter : pattern) {
        if (letter.isSpace())
            continue;
        while (at < text.size() && text.at(at).toCaseFolded() != letter.toCaseFolded())
            ++at;
        if (at == text.size())
            return -1;
        if (first < 0)
            first = at;
        ++at;
    }
    return first < 0 ? 0 : at - first;
}

} // namespace

int CommandPalette::matchScore(QStringView pattern, QStringView text)
{
    pattern = pattern.trimmed();
    if (pattern.isEmpty())
        return 0;
    constexpr int Prefix = 3000, WordStart = 2000, Scattered = 1000;
    if (text.startsWith(pattern, Qt::CaseInsensitive))
        return Prefix - int(text.size() - pattern.size()); // the shorter command is the likelier one
    for (auto at = text.indexOf(pattern, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(pattern, at + 1, Qt::CaseInsensitive)) {
        if (isWordStart(text, at))
            return WordStart - int(at);
    }
    if (matchesInitials(pattern, text))
        return WordStart - 500;
    const auto span = subsequenceSpan(pattern, text);
    if (span < 0)
        return -1;
    return Scattered - int(std::min<qsizetype>(span, 900));
}

CommandPalette::CommandPalette(ActionRegistry &registry, QWidget *window)
    : QFrame(window)
    , m_registry(registry)
    , m_filter(new QLineEdit)
    , m_list(new QTreeWidget)
{
    setObjectName(u"commandPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_filter->setObjectName(u"commandPaletteFilter"_s);
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(u"commandPaletteList"_s);
    m_list->setColumnCount(4);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Keys go to the filter; the list only shows where Up/Down have moved.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    // Keeps the keys off the right edge.
    m_list->header()->setMinimumSectionSize(1);
    m_list->header()->setSectionResizeMode(MarginColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(MarginColumn, 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::rebuild);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_list->setCurrentItem(item);
        triggerCurrent();
    });
    // Clicking elsewhere in the window closes the palette, as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    window->installEventFilter(this);
    hide();
}

QStringList CommandPalette::listedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids << m_list->topLevelItem(row)->data(CommandColumn, IdRole).toString();
    return ids;
}

QStringList CommandPalette::recentIds() const
{
    return QSettings().value(RecentKey).toStringList();
}

void CommandPalette::popup()
{
    if (!isVisible()) {
        auto *focus = QApplication::focusWidget();
        m_returnFocus = focus && !isAncestorOf(focus) ? focus : nullptr;
    }
    m_filter->clear();
    rebuild();
    place();
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::toggle()
{
    if (isVisible())
        dismiss();
    else
        popup();
}

void CommandPalette::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::PopupFocusReason);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize && isVisible()) {
        place();
        return false;
    }
    if (watched != m_filter || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // The palette's own key closes it, although a line edit would take Ctrl+K as "delete to
    // the end of the line": claim it here and answer it as a key press.
    auto *own = m_registry.action(u"command_palette"_s);
    if (own && own->shortcuts().contains(QKeySequence(key->keyCombination()))) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            dismiss();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        triggerCurrent();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return false;
    }
}

void CommandPalette::rebuild()
{
    struct Entry
    {
        QAction *action;
        QString id;
        int score;
        int recency;
        int order;
    };
    const auto pattern = m_filter->text();
    const auto recent = recentIds();
    QList<Entry> entries;
    const auto actions = m_registry.actions();
    for (int order = 0; order < actions.size(); ++order) {
        auto *action = actions.at(order);
        const auto id = action->objectName();
        if (!action->isEnabled() || !action->isVisible() || id == u"command_palette"_s)
            continue;
        const auto text = ActionGroups::plainText(action);
        auto score = matchScore(pattern, text);
        if (score < 0) {
            // "view zoom" finds Zoom In through its menu, below every match on the command itself.
            const QString withPath = ActionGroups::menuPath(action).join(u' ') + u' ' + text;
            score = matchScore(pattern, withPath) < 0 ? -1 : 0;
            if (score < 0)
                continue;
        }
        const auto recency = recent.indexOf(id);
        entries << Entry{action, id, score, recency < 0 ? RecentLimit + 1 : int(recency), order};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.recency != b.recency)
            return a.recency < b.recency;
        return a.order < b.order;
    });

    m_list->clear();
    const auto dim = palette().color(QPalette::PlaceholderText);
    for (const auto &entry : std::as_const(entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(GroupColumn, ActionGroups::menuPath(entry.action).join(u" › "_s));
        item->setForeground(GroupColumn, dim);
        item->setText(CommandColumn, ActionGroups::plainText(entry.action));
        item->setData(CommandColumn, IdRole, entry.id);
        item->setIcon(CommandColumn, entry.action->icon());
        if (entry.action->isCheckable())
            item->setCheckState(CommandColumn, entry.action->isChecked() ? Qt::Checked : Qt::Unchecked);
        item->setText(ShortcutColumn, ActionGroups::shortcutText(entry.action->shortcuts()));
        item->setTextAlignment(ShortcutColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(ShortcutColumn, dim);
        item->setToolTip(CommandColumn, entry.action->toolTip());
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (isVisible())
        place(); // shrink or grow with the matches
}

void CommandPalette::place()
{
    auto *window = parentWidget();
    const int width = std::min(680, window->width() - 40);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, VisibleRows);
    const int height = m_filter->sizeHint().height() + rowHeight * rows + 2 * m_list->frameWidth() + 18;
    setGeometry((window->width() - width) / 2, std::min(56, window->height() / 10), width,
                std::min(height, window->height() - 40));
}

void CommandPalette::triggerCurrent()
{
    auto *item = m_list->currentItem();
    if (!item)
        return;
    const auto id = item->data(CommandColumn, IdRole).toString();
    QPointer<QAction> action = m_registry.action(id);
    // Close first so that the command acts on the widget the user was in, not on the palette.
    dismiss();
    if (!action || !action->isEnabled())
        return;
    rememberUse(id);
    action->trigger();
    Q_EMIT commandTriggered(id);
}

void CommandPalette::rememberUse(const QString &id)
{
    auto recent = recentIds();
    recent.removeAll(id);
    recent.prepend(id);
    QSettings().setValue(RecentKey, recent.mid(0, RecentLimit));
}

} // namespace Attache
