#include "commands/deletedomaincommand.h"

#include "models/catalogsession.h"
#include "storage/catalog.h"

namespace Tessera::Gui {

DeleteDomainCommand::DeleteDomainCommand(CatalogSession *session, Domain domain,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_domain(std::move(domain))
{
    setText(tr("Delete domain \"%1\"").arg(m_domain.name.isEmpty() ? m_domain.id : m_domain.name));
}

void DeleteDomainCommand::redo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<void> deleted = m_session->catalog()->deleteDomain(m_domain.id);
    if (!deleted) {
        setObsolete(true);
        m_session->reportError(deleted.error());
        return;
    }
    m_session->notifyDomainsChanged();
}

void DeleteDomainCommand::undo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<void> restored = m_session->catalog()->saveDomain(m_domain);
    if (!restored) {
        setObsolete(true);
        m_session->reportError(restored.error());
        return;
    }
    m_session->notifyDomainsChanged();
}

} // namespace Tessera::Gui
