#pragma once

#include "model/outputport.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// A product's output ports as a table: read-only on the Overview, editable in the product
// form (setEditable). The ports' fields are kept but not shown; SchemaFieldModel edits them.
class OutputPortModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputPortModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        LocationColumn,
        ContractColumn,
        SchemaVersionColumn,
        FieldsColumn,
        ColumnCount
    };
    enum Role { PortTypeRole = Qt::UserRole + 1 }; // canonical type name, e.g. "table"

    explicit OutputPortModel(QObject *parent = nullptr);
    ~OutputPortModel() override;

    void setPorts(const QList<OutputPort> &ports);
    QList<OutputPort> ports() const;
    OutputPort port(int row) const;
    void setEditable(bool editable);

    // Appends a port with a name not yet used; returns its row.
    int addPort();
    void removePort(int row);
    void setFields(int row, const QList<SchemaField> &fields);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OutputPort> m_ports;
    bool m_editable = false;
};

} // namespace Tessera::Gui
