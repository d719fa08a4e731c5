#pragma once

#include "model/domain.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Tessera::Gui {

class CatalogSession;

// Creates or edits a domain; undo of a creation deletes it, undo of an edit restores it.
class SaveDomainCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Gui::SaveDomainCommand)

public:
    // `before` is empty when the domain is new.
    SaveDomainCommand(CatalogSession *session, std::optional<Domain> before, Domain after,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<CatalogSession> m_session;
    std::optional<Domain> m_before;
    Domain m_after;
};

} // namespace Tessera::Gui
