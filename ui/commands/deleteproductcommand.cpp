#include "commands/deleteproductcommand.h"

#include "models/catalogsession.h"
#include "storage/catalog.h"

namespace Tessera::Gui {

DeleteProductCommand::DeleteProductCommand(CatalogSession *session, DataProduct product,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_product(std::move(product))
{
    setText(tr("Delete product \"%1\"")
                .arg(m_product.title.isEmpty() ? m_product.id : m_product.title));
}

void DeleteProductCommand::redo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<void> deleted = m_session->catalog()->deleteProduct(m_product.id);
    if (!deleted) {
        setObsolete(true);
        m_session->reportError(deleted.error());
        return;
    }
    m_session->notifyProductChanged(m_product.id);
}

void DeleteProductCommand::undo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<DataProduct> restored = m_session->catalog()->saveProduct(m_product);
    if (!restored) {
        setObsolete(true);
        m_session->reportError(restored.error());
        return;
    }
    m_session->notifyProductChanged(m_product.id);
}

QString DeleteProductCommand::productId() const
{
    return m_product.id;
}

} // namespace Tessera::Gui
