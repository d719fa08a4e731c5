#include "models/schemafieldmodel.h"

#include "models/piistyle.h"

#include <QIcon>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

SchemaFieldModel::SchemaFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SchemaFieldModel::~SchemaFieldModel() = default;

void SchemaFieldModel::setFields(const QList<SchemaField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

QList<SchemaField> SchemaFieldModel::fields() const
{
    return m_fields;
}

int SchemaFieldModel::addField()
{
    QString name = u"field"_s;
    for (int n = 2;; ++n) {
        const bool used = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                      [&name](const SchemaField &f) { return f.name == name; });
        if (!used)
            break;
        name = u"field%1"_s.arg(n);
    }
    const int row = int(m_fields.size());
    beginInsertRows({}, row, row);
    SchemaField field;
    field.name = name;
    field.type = u"string"_s;
    m_fields.append(field);
    endInsertRows();
    emit fieldsEdited();
    return row;
}

void SchemaFieldModel::removeField(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
    emit fieldsEdited();
}

void SchemaFieldModel::moveField(int from, int to)
{
    if (from < 0 || from >= m_fields.size() || to < 0 || to >= m_fields.size() || from == to)
        return;
    // beginMoveRows wants the row *before which* the moved row lands.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_fields.move(from, to);
    endMoveRows();
    emit fieldsEdited();
}

int SchemaFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int SchemaFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchemaField &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return field.name;
        case TypeColumn:
            return field.type;
        case DescriptionColumn:
            return field.description;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == NullableColumn)
            return field.nullable ? Qt::Checked : Qt::Unchecked;
        if (index.column() == PiiColumn)
            return field.pii ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(field.pii ? u":/icons/pii.svg"_s : u":/icons/field.svg"_s);
        return {};
    case Qt::BackgroundRole:
        return field.pii ? QVariant(PiiStyle::background()) : QVariant();
    case Qt::ForegroundRole:
        return field.pii ? QVariant(PiiStyle::foreground()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == PiiColumn)
            return tr("Check when the field holds personal data");
        if (index.column() == TypeColumn)
            return tr("Logical type, e.g. string, integer, decimal(12,2), timestamp");
        return {};
    default:
        return {};
    }
}

bool SchemaFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SchemaField &field = m_fields[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (index.column() == NullableColumn)
            field.nullable = checked;
        else if (index.column() == PiiColumn)
            field.pii = checked;
        else
            return false;
        // The PII flag recolours the whole row.
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit fieldsEdited();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case NameColumn:
        field.name = value.toString().trimmed();
        break;
    case TypeColumn:
        field.type = value.toString().trimmed();
        break;
    case DescriptionColumn:
        field.description = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit fieldsEdited();
    return true;
}

Qt::ItemFlags SchemaFieldModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == NullableColumn || index.column() == PiiColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SchemaFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case NullableColumn:
        return tr("Nullable");
    case PiiColumn:
        return tr("PII");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
