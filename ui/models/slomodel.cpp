#include "models/slomodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

// Numbers in the user's notation; text as it is.
QString displayValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QLocale().toString(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace

SloModel::SloModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SloModel::~SloModel() = default;

void SloModel::setObjectives(const QList<ServiceLevelObjective> &objectives)
{
    beginResetModel();
    m_objectives = objectives;
    endResetModel();
}

QList<ServiceLevelObjective> SloModel::objectives() const
{
    return m_objectives;
}

void SloModel::setEditable(bool editable)
{
    m_editable = editable;
}

QStringList SloModel::propertyNames()
{
    return {u"latency"_s,      u"availability"_s, u"frequency"_s,
            u"completeness"_s, u"retention"_s,    u"timeOfAvailability"_s,
            u"throughput"_s,   u"errorRate"_s,    u"generalAvailability"_s,
            u"endOfSupport"_s, u"endOfLife"_s,    u"timeToDetect"_s,
            u"timeToNotify"_s, u"timeToRepair"_s};
}

QStringList SloModel::driverNames()
{
    return {u"regulatory"_s, u"analytics"_s, u"operational"_s};
}

QVariant SloModel::parseValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const qint64 integer = trimmed.toLongLong(&ok);
    if (ok)
        return integer;
    // The document notation first, so that "99.9" means the same in every locale.
    for (const QLocale &locale : {QLocale::c(), QLocale()}) {
        const double number = locale.toDouble(trimmed, &ok);
        if (ok)
            return number;
    }
    return trimmed;
}

int SloModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objectives.size());
}

int SloModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SloModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceLevelObjective &slo = m_objectives.at(index.row());
    if (role == Qt::ToolTipRole)
        return slo.description.isEmpty() ? QVariant() : QVariant(slo.description);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case PropertyColumn:
        return slo.property;
    case ObjectiveColumn: {
        const QString value = displayValue(slo.value);
        return slo.unit.isEmpty() ? value : tr("%1 %2").arg(value, slo.unit);
    }
    case ValueColumn:
        // Edited in the document notation, so that an unchanged value parses back the same.
        return role == Qt::EditRole ? slo.value.toString() : displayValue(slo.value);
    case UnitColumn:
        return slo.unit;
    case ElementColumn:
        return slo.element;
    case DriverColumn:
        return slo.driver;
    case DescriptionColumn:
        return slo.description;
    case IdColumn:
        return slo.id;
    default:
        return {};
    }
}

bool SloModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    ServiceLevelObjective &slo = m_objectives[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case PropertyColumn:
        slo.property = text;
        break;
    case ValueColumn:
        slo.value = parseValue(text);
        break;
    case UnitColumn:
        slo.unit = text;
        break;
    case ElementColumn:
        slo.element = text;
        break;
    case DriverColumn:
        slo.driver = text;
        break;
    case DescriptionColumn:
        slo.description = value.toString();
        break;
    case IdColumn:
        slo.id = text;
        break;
    default:
        return false;
    }
    // The objective column shows value and unit together.
    const int first = std::min(int(ObjectiveColumn), index.column());
    emit dataChanged(this->index(index.row(), first), index,
                     {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    if (index.column() == DescriptionColumn) {
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1),
                         {Qt::ToolTipRole});
    }
    return true;
}

Qt::ItemFlags SloModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() != ObjectiveColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SloModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PropertyColumn:
        return tr("Property");
    case ObjectiveColumn:
        return tr("Objective");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case ElementColumn:
        return tr("Element");
    case DriverColumn:
        return tr("Driver");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

bool SloModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_editable || parent.isValid() || row < 0 || row > m_objectives.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_objectives.insert(row, count, ServiceLevelObjective {});
    endInsertRows();
    return true;
}

bool SloModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_editable || parent.isValid() || row < 0 || count < 1
        || row + count > m_objectives.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_objectives.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Tessera::Gui
