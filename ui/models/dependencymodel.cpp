#include "models/dependencymodel.h"

#include <QColor>
#include <QFont>
#include <QIcon>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DependencyModel::DependencyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DependencyModel::~DependencyModel() = default;

void DependencyModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QList<DependencyModel::Entry> DependencyModel::entries() const
{
    return m_entries;
}

DependencyModel::Entry DependencyModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : Entry {};
}

int DependencyModel::addEntry(const Entry &entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &existing = m_entries.at(row);
        if (existing.productId == entry.productId && existing.portName == entry.portName)
            return row;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    return row;
}

void DependencyModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void DependencyModel::clear()
{
    setEntries({});
}

int DependencyModel::missingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return entry.missing; }));
}

int DependencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DependencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DependencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return entry.productId;
        case TitleColumn:
            return entry.missing ? tr("Missing from the catalog") : entry.title;
        case PortColumn:
            return entry.portName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (entry.missing)
            return tr("No product \"%1\" exists in this catalog").arg(entry.productId);
        return tr("Double-click to open %1").arg(entry.productId);
    case Qt::DecorationRole:
        if (index.column() == ProductColumn)
            return QIcon(entry.missing ? u":/icons/missing.svg"_s : u":/icons/product.svg"_s);
        return {};
    case Qt::ForegroundRole:
        if (entry.missing)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::FontRole:
        if (entry.missing && index.column() == TitleColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ProductIdRole:
        return entry.productId;
    case PortNameRole:
        return entry.portName;
    case MissingRole:
        return entry.missing;
    default:
        return {};
    }
}

QVariant DependencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case TitleColumn:
        return tr("Title");
    case PortColumn:
        return tr("Port");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
