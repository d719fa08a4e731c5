#include "commands/saveproductcommand.h"

#include "models/catalogsession.h"
#include "storage/catalog.h"

namespace Tessera::Gui {

SaveProductCommand::SaveProductCommand(CatalogSession *session, std::optional<DataProduct> before,
                                       DataProduct after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const QString name = m_after.title.isEmpty() ? m_after.id : m_after.title;
    setText(m_before ? tr("Edit product \"%1\"").arg(name) : tr("Create product \"%1\"").arg(name));
}

void SaveProductCommand::redo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    const Result<DataProduct> saved = m_session->catalog()->saveProduct(m_after);
    if (!saved) {
        // An obsolete command is dropped by QUndoStack, so a failed save never shows up
        // as something that could be undone.
        setObsolete(true);
        m_session->reportError(saved.error());
        return;
    }
    m_session->notifyProductChanged(m_after.id);
}

void SaveProductCommand::undo()
{
    if (!m_session || !m_session->catalog()) {
        setObsolete(true);
        return;
    }
    Catalog *catalog = m_session->catalog();
    QString error;
    if (m_before) {
        const Result<DataProduct> restored = catalog->saveProduct(*m_before);
        if (!restored)
            error = restored.error();
    } else {
        const Result<void> deleted = catalog->deleteProduct(m_after.id);
        if (!deleted)
            error = deleted.error();
    }
    if (!error.isEmpty()) {
        setObsolete(true);
        m_session->reportError(error);
        return;
    }
    m_session->notifyProductChanged(m_after.id);
}

QString SaveProductCommand::productId() const
{
    return m_after.id;
}

} // namespace Tessera::Gui
