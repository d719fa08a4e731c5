#pragma once

#include "model/inputport.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace Tessera::Gui {

class CatalogSession;
class DependencyModel;

// Edits a product's input ports: the upstream products and ports it consumes. Adding one
// opens a picker that searches the catalog.
class InputPortsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputPortsEditor)

public:
    explicit InputPortsEditor(CatalogSession *session, QWidget *parent = nullptr);
    ~InputPortsEditor() override;

    void setInputPorts(const QList<InputPort> &inputs);
    QList<InputPort> inputPorts() const;
    // The product being edited, which the picker does not offer.
    void setOwnProductId(const QString &productId);
    DependencyModel *model() const;

signals:
    void changed();

private:
    void addInput();
    void updateButtons();

    CatalogSession *m_session = nullptr;
    QString m_ownProductId;
    DependencyModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Tessera::Gui
