#pragma once

#include "model/dataproduct.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace Tessera::Gui {

class CatalogSession;

// Deletes a product; undo saves the held document back (the catalog keeps the history of a
// deleted product, so the restored product continues its revision list).
class DeleteProductCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Gui::DeleteProductCommand)

public:
    DeleteProductCommand(CatalogSession *session, DataProduct product,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString productId() const;

private:
    QPointer<CatalogSession> m_session;
    DataProduct m_product;
};

} // namespace Tessera::Gui
