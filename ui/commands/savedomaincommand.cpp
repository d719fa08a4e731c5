#include "commands/savedomaincommand.h"

#include "models/catalogsession.h"
#include "storage/catalog.h"

namespace Tessera::Gui {

SaveDomainCommand::SaveDomainCommand(CatalogSession *session, std::optional<Domain> before,
                                     Domain after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const QString name = m_after.name.isEmpty() ? m_after.id : m_after.name;
    setText(m_before ? tr("Edit domain \"%1\"").arg(name) : tr("Create domain \"%1\"").arg(name));
}

void SaveDomainCommand::redo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<void> saved = m_session->catalog()->saveDomain(m_after);
    if (!saved) {
        setObsolete(true);
        m_session->reportError(saved.error());
        return;
    }
    m_session->notifyDomainsChanged();
}

void SaveDomainCommand::undo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<void> undone = m_before ? m_session->catalog()->saveDomain(*m_before)
                                         : m_session->catalog()->deleteDomain(m_after.id);
    if (!undone) {
        setObsolete(true);
        m_session->reportError(undone.error());
        return;
    }
    m_session->notifyDomainsChanged();
}

} // namespace Tessera::Gui
