#pragma once

#include "model/dataproduct.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Tessera::Gui {

class CatalogSession;

// Creates or edits a product. Holds the whole document before and after, keyed by the
// product id, so that it stays valid however the product list is sorted or filtered.
// Undo of a creation deletes the product; undo of an edit saves the old document back.
class SaveProductCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Gui::SaveProductCommand)

public:
    // `before` is empty when the product is new.
    SaveProductCommand(CatalogSession *session, std::optional<DataProduct> before,
                       DataProduct after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString productId() const;

private:
    QPointer<CatalogSession> m_session;
    std::optional<DataProduct> m_before;
    DataProduct m_after;
};

} // namespace Tessera::Gui
