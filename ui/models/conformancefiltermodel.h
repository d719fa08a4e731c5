#pragma once

#include "model/domain.h"
#include "model/policy.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Tessera::Gui {

// Filters and sorts a ConformanceMatrixModel: rows by domain (with its subdomains) and by
// outcome (rows with at least one pair of that outcome among the policy columns shown),
// policy columns by severity. The product, domain and score columns always show; sorting
// the score column sorts by the number, not the text.
class ConformanceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceFilterModel)

public:
    explicit ConformanceFilterModel(QObject *parent = nullptr);
    ~ConformanceFilterModel() override;

    // The domain tree the domain filter needs to know subdomains.
    void setDomains(const QList<Domain> &domains);
    // Empty: every domain.
    void setDomainFilter(const QString &domainId);
    QString domainFilter() const { return m_domainId; }
    void setSeverityFilter(std::optional<Policy::Severity> severity);
    std::optional<Policy::Severity> severityFilter() const { return m_severity; }
    void setOutcomeFilter(std::optional<PolicyOutcome> outcome);
    std::optional<PolicyOutcome> outcomeFilter() const { return m_outcome; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateDomainSet();

    QList<Domain> m_domains;
    QString m_domainId;
    QSet<QString> m_domainSet; // m_domainId and its subdomains
    std::optional<Policy::Severity> m_severity;
    std::optional<PolicyOutcome> m_outcome;
};

} // namespace Tessera::Gui
