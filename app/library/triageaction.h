#pragma once

#include "library/librarytypes.h"

#include <QUndoCommand>

namespace Attache {

class LibraryIndex;

// One triage step on some articles, as the UI performs it from a key or a menu. apply() returns
// the values it replaced; LibraryIndex::restoreTriage(those) is its exact inverse.
struct TriageAction
{
    enum class Kind { SetState, SetStarred, SetRead, SetPriority, SetMarked };

    Kind kind = Kind::SetState;
    QList<qint64> ids;
    int value = 0; // TriageState for SetState, 0/1 for the flags, 0–3 for SetPriority

    static TriageAction state(const QList<qint64> &ids, TriageState state) { return {Kind::SetState, ids, int(state)}; }
    static TriageAction starred(const QList<qint64> &ids, bool isStarred) { return {Kind::SetStarred, ids, int(isStarred)}; }
    static TriageAction read(const QList<qint64> &ids, bool isRead) { return {Kind::SetRead, ids, int(isRead)}; }
    static TriageAction priority(const QList<qint64> &ids, int priority) { return {Kind::SetPriority, ids, priority}; }
    static TriageAction marked(const QList<qint64> &ids, bool isMarked) { return {Kind::SetMarked, ids, int(isMarked)}; }

    QList<TriageValues> apply(LibraryIndex &index) const;
    QString text() const; // "Archive 3 articles", for the Edit menu's Undo entry
};

// A TriageAction for a QUndoStack: redo() applies it and keeps what it replaced, undo() puts that
// back. Pushing the command applies it.
class TriageCommand final : public QUndoCommand
{
public:
    TriageCommand(LibraryIndex *index, const TriageAction &action, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const QList<TriageValues> &previousValues() const { return m_previous; }

private:
    LibraryIndex *m_index;
    TriageAction m_action;
    QList<TriageValues> m_previous;
};

} // namespace Attache
