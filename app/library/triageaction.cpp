#include "library/triageaction.h"

#include "library/libraryindex.h"

using namespace Qt::StringLiterals;

namespace Attache {

QList<TriageValues> TriageAction::apply(LibraryIndex &index) const
{
    switch (kind) {
    case Kind::SetState: return index.setState(ids, TriageState(value));
    case Kind::SetStarred: return index.setStarred(ids, value != 0);
    case Kind::SetRead: return index.setRead(ids, value != 0);
    case Kind::SetPriority: return index.setPriority(ids, value);
    case Kind::SetMarked: return index.setMarked(ids, value != 0);
    }
    return {};
}

QString TriageAction::text() const
{
    const auto count = ids.size();
    const auto articles = count == 1 ? u"1 article"_s : u"%1 articles"_s.arg(count);
    switch (kind) {
    case Kind::SetState:
        switch (TriageState(value)) {
        case TriageState::Inbox: return u"Move %1 to the Inbox"_s.arg(articles);
        case TriageState::Later: return u"Keep %1 for later"_s.arg(articles);
        case TriageState::Archive: return u"Archive %1"_s.arg(articles);
        }
        break;
    case Kind::SetStarred: return (value ? u"Star %1"_s : u"Unstar %1"_s).arg(articles);
    case Kind::SetRead: return (value ? u"Mark %1 as read"_s : u"Mark %1 as unread"_s).arg(articles);
    case Kind::SetPriority:
        return value ? u"Set priority %1 on %2"_s.arg(value).arg(articles) : u"Clear the priority of %1"_s.arg(articles);
    case Kind::SetMarked: return (value ? u"Mark %1 for a bulk action"_s : u"Unmark %1"_s).arg(articles);
    }
    return QString();
}

TriageCommand::TriageCommand(LibraryIndex *index, const TriageAction &action, QUndoCommand *parent)
    : QUndoCommand(action.text(), parent)
    , m_index(index)
    , m_action(action)
{
}

void TriageCommand::redo()
{
    m_previous = m_action.apply(*m_index);
}

void TriageCommand::undo()
{
    m_index->restoreTriage(m_previous);
}

} // namespace Attache
