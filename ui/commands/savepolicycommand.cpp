#include "commands/savepolicycommand.h"

#include "models/catalogsession.h"
#include "storage/catalog.h"

namespace Tessera::Gui {

SavePolicyCommand::SavePolicyCommand(CatalogSession *session, std::optional<Policy> before,
                                     std::optional<Policy> after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const Policy &named = m_after ? *m_after : *m_before;
    const QString name = named.title.isEmpty() ? named.id : named.title;
    if (!m_after)
        setText(tr("Delete policy \"%1\"").arg(name));
    else if (!m_before)
        setText(tr("Create policy \"%1\"").arg(name));
    else if (m_before->enabled != m_after->enabled
             && [this] {
                    Policy same = *m_after;
                    same.enabled = m_before->enabled;
                    return same == *m_before;
                }())
        setText(m_after->enabled ? tr("Activate policy \"%1\"").arg(name)
                                 : tr("Deactivate policy \"%1\"").arg(name));
    else
        setText(tr("Edit policy \"%1\"").arg(name));
}

void SavePolicyCommand::redo()
{
    apply(m_before, m_after);
}

void SavePolicyCommand::undo()
{
    apply(m_after, m_before);
}

void SavePolicyCommand::apply(const std::optional<Policy> &from, const std::optional<Policy> &to)
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    Catalog *catalog = m_session->catalog();
    const Result<void> done = to ? catalog->savePolicy(*to) : catalog->deletePolicy(from->id);
    if (!done) {
        // Dropped by QUndoStack: a failed change never shows up as something to undo.
        setObsolete(true);
        m_session->reportError(done.error());
        return;
    }
    m_session->notifyPoliciesChanged();
}

QString SavePolicyCommand::policyId() const
{
    return m_after ? m_after->id : m_before->id;
}

} // namespace Tessera::Gui
