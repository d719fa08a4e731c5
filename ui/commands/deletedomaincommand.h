#pragma once

#include "model/domain.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace Tessera::Gui {

class CatalogSession;

// Deletes an empty domain (the catalog refuses one that still holds products or
// subdomains); undo saves it back.
class DeleteDomainCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Gui::DeleteDomainCommand)

public:
    DeleteDomainCommand(CatalogSession *session, Domain domain, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<CatalogSession> m_session;
    Domain m_domain;
};

} // namespace Tessera::Gui
