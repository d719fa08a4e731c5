#include "models/conformancefiltermodel.h"

#include "models/conformancematrixmodel.h"

namespace Tessera::Gui {

ConformanceFilterModel::ConformanceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

ConformanceFilterModel::~ConformanceFilterModel() = default;

void ConformanceFilterModel::setDomains(const QList<Domain> &domains)
{
    m_domains = domains;
    updateDomainSet();
    invalidateRowsFilter();
}

void ConformanceFilterModel::setDomainFilter(const QString &domainId)
{
    if (domainId == m_domainId)
        return;
    m_domainId = domainId;
    updateDomainSet();
    invalidateRowsFilter();
}

void ConformanceFilterModel::updateDomainSet()
{
    m_domainSet.clear();
    if (m_domainId.isEmpty())
        return;
    m_domainSet.insert(m_domainId);
    // Breadth-first over the parent links; the set also stops a corrupt cycle.
    QList<QString> pending{m_domainId};
    while (!pending.isEmpty()) {
        const QString parentId = pending.takeFirst();
        for (const Domain &domain : std::as_const(m_domains)) {
            if (domain.parentId == parentId && !m_domainSet.contains(domain.id)) {
                m_domainSet.insert(domain.id);
                pending.append(domain.id);
            }
        }
    }
}

void ConformanceFilterModel::setSeverityFilter(std::optional<Policy::Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    // The outcome filter looks at the columns shown, so rows change too.
    invalidateFilter();
}

void ConformanceFilterModel::setOutcomeFilter(std::optional<PolicyOutcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateRowsFilter();
}

bool ConformanceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_domainSet.isEmpty()) {
        const QString domainId = source->index(sourceRow, ConformanceMatrixModel::ProductColumn,
                                               sourceParent)
                                     .data(ConformanceMatrixModel::DomainIdRole)
                                     .toString();
        if (!m_domainSet.contains(domainId))
            return false;
    }
    if (!m_outcome)
        return true;
    const int columns = source->columnCount(sourceParent);
    for (int column = ConformanceMatrixModel::FirstPolicyColumn; column < columns; ++column) {
        if (!filterAcceptsColumn(column, sourceParent))
            continue;
        const QVariant outcome
            = source->index(sourceRow, column, sourceParent).data(ConformanceMatrixModel::OutcomeRole);
        if (outcome.isValid() && PolicyOutcome(outcome.toInt()) == *m_outcome)
            return true;
    }
    return false;
}

bool ConformanceFilterModel::filterAcceptsColumn(int sourceColumn,
                                                 const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (!m_severity || sourceColumn < ConformanceMatrixModel::FirstPolicyColumn)
        return true;
    const QVariant severity = sourceModel()->headerData(sourceColumn, Qt::Horizontal,
                                                        ConformanceMatrixModel::SeverityRole);
    return severity.isValid() && Policy::Severity(severity.toInt()) == *m_severity;
}

bool ConformanceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ConformanceMatrixModel::ScoreColumn) {
        const double a = left.data(ConformanceMatrixModel::ScoreRole).toDouble();
        const double b = right.data(ConformanceMatrixModel::ScoreRole).toDouble();
        if (a != b)
            return a < b;
    } else if (left.column() >= ConformanceMatrixModel::FirstPolicyColumn) {
        // Outcomes in enum order: pass, fail, n/a, exempt, error.
        const int a = left.data(ConformanceMatrixModel::OutcomeRole).toInt();
        const int b = right.data(ConformanceMatrixModel::OutcomeRole).toInt();
        if (a != b)
            return a < b;
    } else {
        const QString a = left.data().toString();
        const QString b = right.data().toString();
        if (const int order = a.compare(b, Qt::CaseInsensitive); order != 0)
            return order < 0;
    }
    // Ties by product id, so that equal scores keep a stable, readable order.
    return left.data(ConformanceMatrixModel::ProductIdRole).toString()
        < right.data(ConformanceMatrixModel::ProductIdRole).toString();
}

} // namespace Tessera::Gui
