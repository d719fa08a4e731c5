#include "models/schemamodel.h"

#include "models/piistyle.h"

#include <QFont>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {
// Port rows have internal id 0; field rows carry their port's row + 1.
constexpr quintptr PortRowId = 0;
} // namespace

SchemaModel::SchemaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

SchemaModel::~SchemaModel() = default;

void SchemaModel::setPorts(const QList<OutputPort> &ports)
{
    beginResetModel();
    m_ports = ports;
    endResetModel();
}

void SchemaModel::clear()
{
    setPorts({});
}

int SchemaModel::fieldCount() const
{
    int count = 0;
    for (const OutputPort &port : m_ports)
        count += int(port.fields.size());
    return count;
}

int SchemaModel::piiFieldCount() const
{
    int count = 0;
    for (const OutputPort &port : m_ports) {
        for (const SchemaField &field : port.fields)
            count += field.pii ? 1 : 0;
    }
    return count;
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_ports.size() ? createIndex(row, column, PortRowId) : QModelIndex();
    if (parent.internalId() != PortRowId || parent.column() != 0)
        return {};
    if (parent.row() >= m_ports.size() || row >= m_ports.at(parent.row()).fields.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SchemaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PortRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PortRowId);
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_ports.size());
    if (parent.internalId() != PortRowId || parent.column() != 0)
        return 0;
    return int(m_ports.at(parent.row()).fields.size());
}

int SchemaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == PortRowId)
        return portData(m_ports.at(index.row()), index.column(), role);
    const OutputPort &port = m_ports.at(int(index.internalId() - 1));
    return fieldData(port.fields.at(index.row()), port, index.column(), role);
}

QVariant SchemaModel::portData(const OutputPort &port, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return port.name;
        case TypeColumn:
            return displayName(port.type);
        case DescriptionColumn:
            // Where to find the data is what a reader of a port row wants first.
            return port.location;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn || column == DescriptionColumn) {
            return tr("Output port \"%1\" (%2)\nLocation: %3\nContract: %4\nSchema version: %5")
                .arg(port.name, displayName(port.type), port.location, port.contractId,
                     port.schemaVersion);
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return QIcon(u":/icons/port.svg"_s);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsPortRole:
        return true;
    case IsPiiRole:
        return false;
    case PortNameRole:
        return port.name;
    default:
        return {};
    }
}

QVariant SchemaModel::fieldData(const SchemaField &field, const OutputPort &port, int column,
                                int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return field.name;
        case TypeColumn:
            return field.type;
        case NullableColumn:
            return field.nullable ? tr("Yes") : tr("No");
        case PiiColumn:
            return field.pii ? tr("PII") : QString();
        case DescriptionColumn:
            return field.description;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (field.pii)
            return tr("%1 holds personal data (PII)").arg(field.name);
        if (column == DescriptionColumn)
            return field.description;
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return QIcon(field.pii ? u":/icons/pii.svg"_s : u":/icons/field.svg"_s);
        return {};
    case Qt::BackgroundRole:
        return field.pii ? QVariant(PiiStyle::background()) : QVariant();
    case Qt::ForegroundRole:
        return field.pii ? QVariant(PiiStyle::foreground()) : QVariant();
    case Qt::FontRole:
        if (field.pii && column == PiiColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsPortRole:
        return false;
    case IsPiiRole:
        return field.pii;
    case PortNameRole:
        return port.name;
    default:
        return {};
    }
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case NullableColumn:
        return tr("Nullable");
    case PiiColumn:
        return tr("PII");
    case DescriptionColumn:
        return tr("Description / location");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
