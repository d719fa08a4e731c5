#pragma once

#include "model/outputport.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace Tessera::Gui {

class OutputPortModel;
class SchemaFieldModel;

// Edits a product's output ports and, below, the fields of the selected port.
class OutputPortsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputPortsEditor)

public:
    explicit OutputPortsEditor(QWidget *parent = nullptr);
    ~OutputPortsEditor() override;

    void setPorts(const QList<OutputPort> &ports);
    QList<OutputPort> ports() const;
    OutputPortModel *portModel() const;
    SchemaFieldModel *fieldModel() const;
    void selectPort(int row);

signals:
    void changed();

private:
    void showFieldsOf(int row);
    void updateButtons();

    OutputPortModel *m_ports = nullptr;
    SchemaFieldModel *m_fields = nullptr;
    QTableView *m_portView = nullptr;
    QTableView *m_fieldView = nullptr;
    QPushButton *m_addPort = nullptr;
    QPushButton *m_removePort = nullptr;
    QPushButton *m_addField = nullptr;
    QPushButton *m_removeField = nullptr;
    QPushButton *m_fieldUp = nullptr;
    QPushButton *m_fieldDown = nullptr;
    int m_currentPort = -1;
};

} // namespace Tessera::Gui
