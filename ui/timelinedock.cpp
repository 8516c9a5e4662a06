#include "timelinedock.h"

#include "timelineview.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

constexpr EventType AllEventTypes[] = {EventType::Statement, EventType::Consultation, EventType::Cooperation,
                                       EventType::Demand,    EventType::Criticism,    EventType::Threat,
                                       EventType::Protest,   EventType::Sanction,     EventType::Expulsion,
                                       EventType::LegalAction, EventType::MilitaryAction, EventType::Other};

QString typeMenuText(EventType type)
{
    switch (type) {
    case EventType::Statement: return TimelineDock::tr("Statements");
    case EventType::Consultation: return TimelineDock::tr("Consultations (calls, visits, meetings)");
    case EventType::Cooperation: return TimelineDock::tr("Cooperation and agreements");
    case EventType::Demand: return TimelineDock::tr("Demands and appeals");
    case EventType::Criticism: return TimelineDock::tr("Criticism and accusations");
    case EventType::Threat: return TimelineDock::tr("Threats");
    case EventType::Protest: return TimelineDock::tr("Protests");
    case EventType::Sanction: return TimelineDock::tr("Sanctions and reduced relations");
    case EventType::Expulsion: return TimelineDock::tr("Expulsions");
    case EventType::LegalAction: return TimelineDock::tr("Arrests and legal action");
    case EventType::MilitaryAction: return TimelineDock::tr("Military action");
    case EventType::Other: break;
    }
    return TimelineDock::tr("Other events");
}

QDateEdit *makeDateEdit(const QString &anyText)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    // The minimum date stands for "no limit" and shows as the special text.
    edit->setMinimumDate(QDate(1000, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    return edit;
}

} // namespace

TimelineDock::TimelineDock(TimelineModel *model, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_model(model)
    , m_view(new TimelineView)
    , m_scope(new QToolButton)
    , m_types(new QToolButton)
    , m_entityLabel(new QLabel)
    , m_clearEntity(new QToolButton)
    , m_from(makeDateEdit(tr("from any date")))
    , m_to(makeDateEdit(tr("to any date")))
    , m_exportMenu(new QMenu(tr("Export"), this))
    , m_count(new QLabel)
{
    setObjectName(u"timelineDock"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    m_scope->setText(tr("Whole library"));
    m_scope->setCheckable(true);
    m_scope->setToolTip(tr("Show the events of every article in the list instead of the current one"));
    bar->addWidget(m_scope);

    auto *typeMenu = new QMenu(m_types);
    for (const auto type : AllEventTypes) {
        auto *action = typeMenu->addAction(typeMenuText(type));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(type));
        connect(action, &QAction::toggled, this, &TimelineDock::applyFilter);
    }
    m_types->setText(tr("Types"));
    m_types->setMenu(typeMenu);
    m_types->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_types);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_entityLabel);
    m_clearEntity->setText(tr("×"));
    m_clearEntity->setToolTip(tr("Show the events of every actor"));
    bar->addWidget(m_clearEntity);
    bar->addStretch();
    bar->addWidget(m_count);

    auto addButton = [&](const QString &text, const QString &toolTip, auto slot) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setToolTip(toolTip);
        connect(button, &QToolButton::clicked, m_view, slot);
        bar->addWidget(button);
    };
    addButton(tr("−"), tr("Zoom out (-)"), &TimelineView::zoomOut);
    addButton(tr("+"), tr("Zoom in (+)"), &TimelineView::zoomIn);
    addButton(tr("Fit"), tr("Show every event (0)"), &TimelineView::fitAll);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setMenu(m_exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_view->setModel(model);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setEntityFilter({}, {});

    connect(m_scope, &QToolButton::toggled, this, &TimelineDock::libraryWideChanged);
    connect(m_view, &TimelineView::eventActivated, this, &TimelineDock::eventActivated);
    connect(m_clearEntity, &QToolButton::clicked, this, [this] { setEntityFilter({}, {}); });
    connect(m_view, &TimelineView::actorClicked, this, [this](const QString &entityId, const QString &name) {
        if (!entityId.isEmpty())
            setEntityFilter(entityId, name);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TimelineDock::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TimelineDock::applyFilter);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(m_model->rowCount() == m_model->totalCount()
                ? tr("%n event(s)", "", m_model->rowCount())
                : tr("%1 of %n event(s)", "", m_model->totalCount()).arg(m_model->rowCount()));
    });
}

bool TimelineDock::isLibraryWide() const
{
    return m_scope->isChecked();
}

void TimelineDock::setLibraryWide(bool libraryWide)
{
    m_scope->setChecked(libraryWide);
}

void TimelineDock::setEntityFilter(const QString &entityId, const QString &entityName)
{
    m_entityId = entityId;
    m_entityLabel->setText(entityId.isEmpty() ? QString() : tr("Actor: <b>%1</b>").arg(entityName.toHtmlEscaped()));
    m_entityLabel->setVisible(!entityId.isEmpty());
    m_clearEntity->setVisible(!entityId.isEmpty());
    applyFilter();
}

void TimelineDock::applyFilter()
{
    TimelineFilter filter;
    filter.entityId = m_entityId;
    const auto actions = m_types->menu()->actions();
    const bool allTypes = std::all_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isChecked(); });
    if (!allTypes) {
        filter.types.emplace();
        for (auto *action : actions)
            if (action->isChecked())
                filter.types->insert(EventType(action->data().toInt()));
    }
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    m_model->setFilter(filter);
}

} // namespace Attache
