#pragma once

#include "governance/checkreport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Tessera::Gui {

// The result of a policy check as a table: a row per product; the product, its domain and
// its score, then a column per policy whose cells show the outcome of the pair as a symbol
// on a coloured background (the colour of a failure follows the policy's severity).
// Sorting and filtering are ConformanceFilterModel's business.
class ConformanceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceMatrixModel)

public:
    enum Column { ProductColumn, DomainColumn, ScoreColumn, FirstPolicyColumn };
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        DomainIdRole,
        // The rest hold for policy cells only (and PolicyIdRole and SeverityRole also for
        // their header sections).
        PolicyIdRole,
        SeverityRole, // int(Policy::Severity)
        OutcomeRole,  // int(PolicyOutcome)
        DetailRole,   // the explanation of a failure or the reason of an error
        ScoreRole,    // double in [0, 1] on every column of the row: what sorting uses
    };

    explicit ConformanceMatrixModel(QObject *parent = nullptr);
    ~ConformanceMatrixModel() override;

    void setReport(const CheckReport &report);
    void clear();
    const CheckReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // For the domain column: id -> display name. Ids without a name show as they are.
    void setDomainNames(const QHash<QString, QString> &names);

    // -1 when the column shows no policy.
    int policyIndex(int column) const;
    int columnOfPolicy(const QString &policyId) const;
    int rowOfProduct(const QString &productId) const;

    // The symbol and colours of an outcome, shared with the explanation pane. A failure's
    // colour depends on the severity of its policy.
    static QString symbol(PolicyOutcome outcome);
    static QString outcomeText(PolicyOutcome outcome);
    static QString severityText(Policy::Severity severity);
    static QColor foreground(PolicyOutcome outcome, Policy::Severity severity);
    static QColor background(PolicyOutcome outcome, Policy::Severity severity);
    // Percentage with the locale's digits, e.g. "93 %".
    static QString scoreText(double score);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant policyData(int row, int policy, int role) const;
    QString detailOf(int row, int policy) const;

    CheckReport m_report;
    bool m_hasReport = false;
    // (row, policy) -> index into m_report.findings, for the text of failures and errors.
    QHash<qint64, qsizetype> m_findingAt;
    QHash<QString, QString> m_domainNames;
};

} // namespace Tessera::Gui
