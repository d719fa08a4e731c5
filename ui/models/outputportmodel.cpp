#include "models/outputportmodel.h"

#include <QIcon>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

OutputPortModel::OutputPortModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OutputPortModel::~OutputPortModel() = default;

void OutputPortModel::setPorts(const QList<OutputPort> &ports)
{
    beginResetModel();
    m_ports = ports;
    endResetModel();
}

QList<OutputPort> OutputPortModel::ports() const
{
    return m_ports;
}

OutputPort OutputPortModel::port(int row) const
{
    return row >= 0 && row < m_ports.size() ? m_ports.at(row) : OutputPort {};
}

void OutputPortModel::setEditable(bool editable)
{
    m_editable = editable;
}

int OutputPortModel::addPort()
{
    QString name = u"port"_s;
    for (int n = 2;; ++n) {
        const bool used = std::any_of(m_ports.cbegin(), m_ports.cend(),
                                      [&name](const OutputPort &p) { return p.name == name; });
        if (!used)
            break;
        name = u"port%1"_s.arg(n);
    }
    const int row = int(m_ports.size());
    beginInsertRows({}, row, row);
    OutputPort port;
    port.name = name;
    m_ports.append(port);
    endInsertRows();
    return row;
}

void OutputPortModel::removePort(int row)
{
    if (row < 0 || row >= m_ports.size())
        return;
    beginRemoveRows({}, row, row);
    m_ports.removeAt(row);
    endRemoveRows();
}

void OutputPortModel::setFields(int row, const QList<SchemaField> &fields)
{
    if (row < 0 || row >= m_ports.size())
        return;
    m_ports[row].fields = fields;
    const QModelIndex changed = index(row, FieldsColumn);
    emit dataChanged(changed, changed, {Qt::DisplayRole});
}

int OutputPortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

int OutputPortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputPortModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutputPort &port = m_ports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return port.name;
        case TypeColumn:
            return role == Qt::EditRole ? toString(port.type) : displayName(port.type);
        case LocationColumn:
            return port.location;
        case ContractColumn:
            return port.contractId;
        case SchemaVersionColumn:
            return port.schemaVersion;
        case FieldsColumn:
            if (role == Qt::EditRole)
                return int(port.fields.size());
            return tr("%Ln field(s)", nullptr, int(port.fields.size()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LocationColumn:
            return port.location;
        case ContractColumn:
            return port.contractId;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(u":/icons/port.svg"_s);
        return {};
    case PortTypeRole:
        return toString(port.type);
    default:
        return {};
    }
}

bool OutputPortModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    OutputPort &port = m_ports[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        port.name = text;
        break;
    case TypeColumn: {
        const std::optional<PortType> type = portTypeFromString(text);
        if (!type)
            return false;
        port.type = *type;
        break;
    }
    case LocationColumn:
        port.location = text;
        break;
    case ContractColumn:
        port.contractId = text;
        break;
    case SchemaVersionColumn:
        port.schemaVersion = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags OutputPortModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() != FieldsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OutputPortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Port");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    case ContractColumn:
        return tr("Contract");
    case SchemaVersionColumn:
        return tr("Schema version");
    case FieldsColumn:
        return tr("Fields");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
