#pragma once

#include "model/policy.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Tessera::Gui {

class CatalogSession;

// Creates, edits, activates, deactivates or deletes a governance policy: the catalog holds
// `after` once done (nothing when it is empty) and `before` once undone (nothing when the
// policy was new). Keyed by the policy id, so it stays valid whatever the tree shows.
class SavePolicyCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Gui::SavePolicyCommand)

public:
    SavePolicyCommand(CatalogSession *session, std::optional<Policy> before,
                      std::optional<Policy> after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString policyId() const;

private:
    void apply(const std::optional<Policy> &from, const std::optional<Policy> &to);

    QPointer<CatalogSession> m_session;
    std::optional<Policy> m_before;
    std::optional<Policy> m_after;
};

} // namespace Tessera::Gui
