#include "models/policytestresultmodel.h"

#include "models/policyresultmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace Tessera::Gui {

PolicyTestResultModel::PolicyTestResultModel(QObject *parent) : QAbstractTableModel(parent) {}

PolicyTestResultModel::~PolicyTestResultModel() = default;

void PolicyTestResultModel::setResults(const QList<PolicyTestResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int PolicyTestResultModel::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const PolicyTestResult &r) { return !r.passed(); }));
}

int PolicyTestResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int PolicyTestResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTestResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyTestResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResultColumn:
            return result.passed() ? tr("✓ passed") : tr("✗ FAILED");
        case NameColumn:
            return result.testName;
        case ExpectedColumn:
            return PolicyResultModel::outcomeText(result.expected);
        case ActualColumn:
            return PolicyResultModel::outcomeText(result.actual);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn)
            return QBrush(result.passed() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        return result.detail.isEmpty() ? QVariant() : QVariant(result.detail);
    case PassedRole:
        return result.passed();
    case DetailRole:
        return result.detail;
    default:
        return {};
    }
}

QVariant PolicyTestResultModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case NameColumn:
        return tr("Test");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
