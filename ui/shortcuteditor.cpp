#include "shortcuteditor.h"

#include "actiongroups.h"
#include "actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum Column { CommandColumn, GroupColumn, ShortcutColumn };

} // namespace

ShortcutEditor::ShortcutEditor(ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_filter(new QLineEdit)
    , m_list(new QTreeWidget)
    , m_recorder(new QKeySequenceEdit)
    , m_clear(new QPushButton(tr("&Clear")))
    , m_reset(new QPushButton(tr("&Default")))
    , m_resetAll(new QPushButton(tr("Reset &All")))
    , m_conflict(new QLabel)
    , m_takeKey(new QPushButton(tr("&Take Key")))
{
    setObjectName(u"shortcutEditor"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(640, 560);

    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter commands or keys…"));
    m_filter->setClearButtonEnabled(true);

    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Command"), tr("Menu"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(false);
    m_list->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    // One key per recording: the edit finishes as soon as a key is pressed, no waiting for chords.
    m_recorder->setObjectName(u"shortcutRecorder"_s);
    m_recorder->setMaximumSequenceLength(1);
    m_recorder->setToolTip(tr("Click here and press the new key"));

    m_conflict->setObjectName(u"shortcutConflict"_s);
    m_conflict->setWordWrap(true);
    m_conflict->setVisible(false);
    m_takeKey->setVisible(false);

    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&New key:"));
    keyLabel->setBuddy(m_recorder);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_recorder, 1);
    keyRow->addWidget(m_clear);
    keyRow->addWidget(m_reset);

    auto *conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflict, 1);
    conflictRow->addWidget(m_takeKey);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_resetAll, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(keyRow);
    layout->addLayout(conflictRow);
    layout->addWidget(buttons);

    populate();

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutEditor::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutEditor::showSelected);
    connect(m_recorder, &QKeySequenceEdit::editingFinished, this, &ShortcutEditor::recordKey);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            assign(selectedId(), {});
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const auto id = selectedId();
        if (id.isEmpty())
            return;
        // Going back to the default may collide with a key the user gave elsewhere; ask as for
        // any other key.
        const auto defaults = m_registry.defaultShortcuts(id);
        if (!defaults.isEmpty() && !conflictingId(defaults.first(), id).isEmpty()) {
            m_pendingKey = defaults.first();
            recordKey();
            return;
        }
        assign(id, defaults);
    });
    connect(m_resetAll, &QPushButton::clicked, this, &ShortcutEditor::resetAll);
    connect(m_takeKey, &QPushButton::clicked, this, &ShortcutEditor::takeKey);

    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void ShortcutEditor::populate()
{
    const auto actions = m_registry.actions();
    for (auto *action : actions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(CommandColumn, ActionGroups::plainText(action));
        item->setIcon(CommandColumn, action->icon());
        item->setData(CommandColumn, IdRole, action->objectName());
        item->setText(GroupColumn, ActionGroups::menuPath(action).join(u" › "_s));
    }
    refreshRows();
}

void ShortcutEditor::refreshRows()
{
    // Mark every key that two commands share, whoever made the clash.
    QHash<QKeySequence, int> uses;
    for (auto *action : m_registry.actions())
        for (const auto &key : action->shortcuts())
            ++uses[key];
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        auto *item = m_list->topLevelItem(row);
        auto *action = m_registry.action(item->data(CommandColumn, IdRole).toString());
        const auto shortcuts = action->shortcuts();
        item->setText(ShortcutColumn, ActionGroups::shortcutText(shortcuts));
        const bool clashes = std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                                         [&](const QKeySequence &key) { return uses.value(key) > 1; });
        const bool changed = shortcuts != m_registry.defaultShortcuts(action->objectName());
        auto font = item->font(ShortcutColumn);
        font.setBold(changed);
        item->setFont(ShortcutColumn, font);
        item->setForeground(ShortcutColumn, clashes ? QBrush(Qt::red) : QBrush());
        item->setToolTip(ShortcutColumn, clashes    ? tr("Another command uses this key too")
                                         : changed ? tr("Changed from the default")
                                                   : QString());
    }
}

void ShortcutEditor::applyFilter()
{
    const auto pattern = m_filter->text().trimmed();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        auto *item = m_list->topLevelItem(row);
        const bool matches = pattern.isEmpty() || item->text(CommandColumn).contains(pattern, Qt::CaseInsensitive)
                             || item->text(GroupColumn).contains(pattern, Qt::CaseInsensitive)
                             || item->text(ShortcutColumn).contains(pattern, Qt::CaseInsensitive)
                             || item->data(CommandColumn, IdRole).toString().contains(pattern, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    auto *current = m_list->currentItem();
    if (!current || current->isHidden()) {
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (!m_list->topLevelItem(row)->isHidden()) {
                m_list->setCurrentItem(m_list->topLevelItem(row));
                break;
            }
        }
    }
}

bool ShortcutEditor::selectAction(const QString &id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        auto *item = m_list->topLevelItem(row);
        if (item->data(CommandColumn, IdRole).toString() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString ShortcutEditor::selectedId() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(CommandColumn, IdRole).toString() : QString();
}

QString ShortcutEditor::conflictingId(const QKeySequence &key, const QString &exceptId) const
{
    if (key.isEmpty())
        return {};
    for (auto *action : m_registry.actions())
        if (action->objectName() != exceptId && action->shortcuts().contains(key))
            return action->objectName();
    return {};
}

void ShortcutEditor::showSelected()
{
    m_pendingKey = {};
    m_conflict->setVisible(false);
    m_takeKey->setVisible(false);
    const auto id = selectedId();
    const bool hasSelection = !id.isEmpty();
    m_recorder->setEnabled(hasSelection);
    m_clear->setEnabled(hasSelection);
    m_reset->setEnabled(hasSelection);
    const QSignalBlocker quiet(m_recorder);
    m_recorder->setKeySequence(hasSelection ? m_registry.action(id)->shortcut() : QKeySequence());
}

void ShortcutEditor::recordKey()
{
    const auto id = selectedId();
    if (id.isEmpty())
        return;
    const auto key = m_pendingKey.isEmpty() ? m_recorder->keySequence() : m_pendingKey;
    if (key.isEmpty() || m_registry.action(id)->shortcuts() == QList<QKeySequence>{key})
        return;
    const auto other = conflictingId(key, id);
    if (other.isEmpty()) {
        assign(id, {key});
        return;
    }
    m_pendingKey = key;
    m_conflict->setText(
        tr("%1 is already the key of “%2” (%3).")
            .arg(key.toString(QKeySequence::NativeText), ActionGroups::plainText(m_registry.action(other)),
                ActionRegistry::groupTitle(m_registry.group(m_registry.action(other)))));
    m_conflict->setVisible(true);
    m_takeKey->setVisible(true);
    m_takeKey->setDefault(true);
}

void ShortcutEditor::takeKey()
{
    const auto id = selectedId();
    const auto key = m_pendingKey;
    if (id.isEmpty() || key.isEmpty())
        return;
    // Several commands might share the key already (a hand-edited settings file); free it everywhere.
    for (auto other = conflictingId(key, id); !other.isEmpty(); other = conflictingId(key, id)) {
        auto shortcuts = m_registry.action(other)->shortcuts();
        shortcuts.removeAll(key);
        m_registry.setShortcuts(other, shortcuts);
    }
    assign(id, {key});
}

void ShortcutEditor::assign(const QString &id, const QList<QKeySequence> &shortcuts)
{
    m_registry.setShortcuts(id, shortcuts);
    refreshRows();
    showSelected();
}

void ShortcutEditor::resetAll()
{
    for (auto *action : m_registry.actions())
        m_registry.setShortcuts(action->objectName(), m_registry.defaultShortcuts(action->objectName()));
    refreshRows();
    showSelected();
}

} // namespace Attache
