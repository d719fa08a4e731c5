#pragma once

#include "model/schemafield.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// The editable fields of one output port in the product form. Nullable and PII are check
// boxes; PII rows use the same highlight as the Schema tab.
class SchemaFieldModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFieldModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        NullableColumn,
        PiiColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit SchemaFieldModel(QObject *parent = nullptr);
    ~SchemaFieldModel() override;

    void setFields(const QList<SchemaField> &fields);
    QList<SchemaField> fields() const;

    // Appends a field with a name not yet used; returns its row.
    int addField();
    void removeField(int row);
    void moveField(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Any change of the fields: rows added, removed, moved or edited.
    void fieldsEdited();

private:
    QList<SchemaField> m_fields;
};

} // namespace Tessera::Gui
