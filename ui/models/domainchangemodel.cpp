#include "models/domainchangemodel.h"

#include <algorithm>

namespace Tessera::Gui {

DomainChangeModel::DomainChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

DomainChangeModel::~DomainChangeModel() = default;

void DomainChangeModel::setReport(const WhatIfReport &report)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = report.byDomain.cbegin(); it != report.byDomain.cend(); ++it) {
        if (it->newlyFailing > 0 || it->newlyPassing > 0)
            m_rows.append(Row {it.key(), *it});
    }
    // Most newly failing first: that is what a steward weighs before activating.
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.delta.newlyFailing != b.delta.newlyFailing)
            return a.delta.newlyFailing > b.delta.newlyFailing;
        return a.domainId < b.domainId;
    });
    endResetModel();
}

void DomainChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DomainChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != DomainColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DomainColumn:
        return row.domainId;
    case NewlyFailingColumn:
        return row.delta.newlyFailing;
    case NewlyPassingColumn:
        return row.delta.newlyPassing;
    default:
        return {};
    }
}

QVariant DomainChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case NewlyFailingColumn:
        return tr("Newly failing");
    case NewlyPassingColumn:
        return tr("Newly passing");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
