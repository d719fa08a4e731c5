#pragma once

#include "model/outputport.h"

#include <QAbstractItemModel>
#include <QList>

namespace Tessera::Gui {

// The schema of a product: its output ports at the top level, each port's fields below.
// Fields that hold personal data (PII) are highlighted with a colour and an icon.
class SchemaModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        NullableColumn,
        PiiColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role {
        IsPortRole = Qt::UserRole + 1,
        IsPiiRole,
        PortNameRole,
    };

    explicit SchemaModel(QObject *parent = nullptr);
    ~SchemaModel() override;

    void setPorts(const QList<OutputPort> &ports);
    void clear();
    int fieldCount() const;
    int piiFieldCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant portData(const OutputPort &port, int column, int role) const;
    QVariant fieldData(const SchemaField &field, const OutputPort &port, int column,
                       int role) const;

    QList<OutputPort> m_ports;
};

} // namespace Tessera::Gui
