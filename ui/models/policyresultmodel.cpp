#include "models/policyresultmodel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

namespace {

bool failing(PolicyOutcome outcome)
{
    return outcome == PolicyOutcome::Fail || outcome == PolicyOutcome::Error;
}

} // namespace

PolicyResultModel::PolicyResultModel(QObject *parent) : QAbstractTableModel(parent) {}

PolicyResultModel::~PolicyResultModel() = default;

QString PolicyResultModel::outcomeText(PolicyOutcome outcome)
{
    switch (outcome) {
    case PolicyOutcome::Pass:
        return tr("pass");
    case PolicyOutcome::Fail:
        return tr("fail");
    case PolicyOutcome::NotApplicable:
        return tr("not applicable");
    case PolicyOutcome::Exempt:
        return tr("exempt");
    case PolicyOutcome::Error:
        return tr("error");
    }
    return {};
}

void PolicyResultModel::setResults(const CheckReport &report, int editedColumn, int activeColumn,
                                   const WhatIfReport &whatIf)
{
    QSet<QString> newlyFailing;
    QSet<QString> newlyPassing;
    for (const WhatIfReport::Change &change : whatIf.newlyFailing)
        newlyFailing.insert(change.productId);
    for (const WhatIfReport::Change &change : whatIf.newlyPassing)
        newlyPassing.insert(change.productId);
    QHash<qsizetype, const CheckReport::Finding *> findings;
    for (const CheckReport::Finding &finding : report.findings) {
        if (finding.policy == editedColumn)
            findings.insert(finding.product, &finding);
    }

    m_all.clear();
    m_all.reserve(size_t(report.products.size()));
    for (qsizetype i = 0; i < report.products.size(); ++i) {
        const CheckReport::ProductRow &product = report.products.at(i);
        Row row;
        row.productId = product.id;
        row.domainId = product.domainId;
        row.outcome = report.outcome(int(i), editedColumn);
        row.active = activeColumn >= 0 ? report.outcome(int(i), activeColumn)
                                       : PolicyOutcome::NotApplicable;
        if (newlyFailing.contains(product.id))
            row.change = Change::NewlyFailing;
        else if (newlyPassing.contains(product.id))
            row.change = Change::NewlyPassing;
        if (const CheckReport::Finding *finding = findings.value(i)) {
            row.message = finding->message;
            row.explanation = finding->explanation;
        }
        m_all.push_back(std::move(row));
    }
    m_hasActive = activeColumn >= 0;
    sortRows();
    rebuild();
}

void PolicyResultModel::sortRows()
{
    // Outcomes by what needs attention first; changes likewise.
    const auto rank = [](PolicyOutcome outcome) {
        switch (outcome) {
        case PolicyOutcome::Fail:
            return 0;
        case PolicyOutcome::Error:
            return 1;
        case PolicyOutcome::Exempt:
            return 2;
        case PolicyOutcome::Pass:
            return 3;
        case PolicyOutcome::NotApplicable:
            break;
        }
        return 4;
    };
    const auto changeRank = [](Change change) {
        return change == Change::NewlyFailing ? 0 : change == Change::NewlyPassing ? 1 : 2;
    };
    const auto compare = [&](const Row &a, const Row &b) -> int {
        switch (m_sortColumn) {
        case ProductColumn:
            return 0; // the product id decides below
        case DomainColumn:
            return a.domainId.compare(b.domainId, Qt::CaseInsensitive);
        case OutcomeColumn:
            return rank(a.outcome) - rank(b.outcome);
        case ActiveColumn:
            return rank(a.active) - rank(b.active);
        case ChangeColumn:
            return changeRank(a.change) - changeRank(b.change);
        default:
            // Unsorted: failures, then errors, then the rest, each in id order.
            return std::min(rank(a.outcome), 2) - std::min(rank(b.outcome), 2);
        }
    };
    const bool descending = m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder;
    std::sort(m_all.begin(), m_all.end(), [&](const Row &a, const Row &b) {
        if (const int c = compare(a, b); c != 0)
            return descending ? c > 0 : c < 0;
        const int byId = a.productId.compare(b.productId);
        return m_sortColumn == ProductColumn && descending ? byId > 0 : byId < 0;
    });
}

void PolicyResultModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(index.data(ProductIdRole).toString());
    sortRows();
    filterRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PolicyResultModel::clear()
{
    m_all.clear();
    rebuild();
}

void PolicyResultModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    rebuild();
}

void PolicyResultModel::setProductFilter(const QString &productId)
{
    if (m_productFilter == productId)
        return;
    m_productFilter = productId;
    rebuild();
}

bool PolicyResultModel::accepts(const Row &row) const
{
    if (!m_productFilter.isEmpty())
        return row.productId == m_productFilter;
    switch (m_filter) {
    case Filter::Applicable:
        return row.outcome != PolicyOutcome::NotApplicable || row.change != Change::None;
    case Filter::Failing:
        return failing(row.outcome);
    case Filter::Changed:
        return row.change != Change::None;
    case Filter::All:
        return true;
    }
    return true;
}

void PolicyResultModel::filterRows()
{
    m_visible.clear();
    for (size_t i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all[i]))
            m_visible.push_back(int(i));
    }
}

void PolicyResultModel::rebuild()
{
    beginResetModel();
    filterRows();
    endResetModel();
}

int PolicyResultModel::rowOf(const QString &productId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_all[size_t(m_visible[i])].productId == productId)
            return int(i);
    }
    return -1;
}

int PolicyResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PolicyResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_all[size_t(m_visible[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return row.productId;
        case DomainColumn:
            return row.domainId;
        case OutcomeColumn:
            return outcomeText(row.outcome);
        case ActiveColumn:
            return m_hasActive ? outcomeText(row.active) : tr("(new policy)");
        case ChangeColumn:
            switch (row.change) {
            case Change::NewlyFailing:
                return tr("newly failing");
            case Change::NewlyPassing:
                return tr("newly passing");
            case Change::None:
                return QString();
            }
            return {};
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && failing(row.outcome))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == OutcomeColumn && row.outcome == PolicyOutcome::Pass)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (index.column() == ChangeColumn)
            return QBrush(row.change == Change::NewlyFailing ? QColor(0xb0, 0x00, 0x20)
                                                             : QColor(0x1a, 0x7f, 0x37));
        return {};
    case Qt::ToolTipRole:
        return row.message.isEmpty() && row.explanation.isEmpty() ? QVariant() : QVariant(row.detail());
    case ProductIdRole:
        return row.productId;
    case OutcomeRole:
        return int(row.outcome);
    case DetailRole:
        return row.detail();
    default:
        return {};
    }
}

QVariant PolicyResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case DomainColumn:
        return tr("Domain");
    case OutcomeColumn:
        return tr("Outcome");
    case ActiveColumn:
        return tr("Active version");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
