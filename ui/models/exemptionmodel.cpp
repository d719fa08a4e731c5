#include "models/exemptionmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

ExemptionModel::ExemptionModel(QObject *parent) : QAbstractTableModel(parent) {}

ExemptionModel::~ExemptionModel() = default;

void ExemptionModel::setExemptions(const QList<Policy::Exemption> &exemptions)
{
    beginResetModel();
    m_exemptions = exemptions;
    endResetModel();
}

QList<Policy::Exemption> ExemptionModel::exemptions() const
{
    return m_exemptions;
}

void ExemptionModel::setToday(QDate today)
{
    m_today = today;
    if (!m_exemptions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ExemptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exemptions.size());
}

int ExemptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExemptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Policy::Exemption &exemption = m_exemptions.at(index.row());
    const bool expired = exemption.expires.isValid() && exemption.expires < m_today;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProductColumn:
            return exemption.productId;
        case ReasonColumn:
            return exemption.reason;
        case ApprovedByColumn:
            return exemption.approvedBy;
        case ExpiresColumn:
            if (role == Qt::EditRole)
                return exemption.expires.isValid() ? exemption.expires.toString(Qt::ISODate)
                                                   : QString();
            if (!exemption.expires.isValid())
                return tr("never");
            return expired ? tr("%1 (expired)").arg(exemption.expires.toString(Qt::ISODate))
                           : exemption.expires.toString(Qt::ISODate);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (expired && index.column() == ExpiresColumn)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn)
            return tr("The last day the exemption applies (YYYY-MM-DD); empty: no expiry.");
        return {};
    default:
        return {};
    }
}

bool ExemptionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Policy::Exemption &exemption = m_exemptions[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ProductColumn:
        exemption.productId = text;
        break;
    case ReasonColumn:
        exemption.reason = text;
        break;
    case ApprovedByColumn:
        exemption.approvedBy = text;
        break;
    case ExpiresColumn: {
        if (text.isEmpty()) {
            exemption.expires = {};
            break;
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return false; // the cell keeps its old value
        exemption.expires = date;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole});
    return true;
}

Qt::ItemFlags ExemptionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ExemptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case ReasonColumn:
        return tr("Reason");
    case ApprovedByColumn:
        return tr("Approved by");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

bool ExemptionModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_exemptions.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_exemptions.insert(row, count, Policy::Exemption {});
    endInsertRows();
    return true;
}

bool ExemptionModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_exemptions.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_exemptions.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Tessera::Gui
