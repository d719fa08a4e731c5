#pragma once

#include "governance/checkreport.h"
#include "governance/whatifreport.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace Tessera::Gui {

// What the policy being edited says about each product of the catalog, next to what its
// active version says: outcome, the active outcome, the change (newly failing, newly
// passing) and the explanation of a failure. Filtered to what the steward asks for.
class PolicyResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyResultModel)

public:
    enum Column { ProductColumn, DomainColumn, OutcomeColumn, ActiveColumn, ChangeColumn,
                  ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1, OutcomeRole, DetailRole };
    enum class Filter { Applicable, Failing, Changed, All };

    explicit PolicyResultModel(QObject *parent = nullptr);
    ~PolicyResultModel() override;

    // `editedColumn` is the column of the edited policy in the report, `activeColumn` that of
    // its stored version (-1 for a new policy); `whatIf` compares the two.
    void setResults(const Tessera::CheckReport &report, int editedColumn, int activeColumn,
                    const Tessera::WhatIfReport &whatIf);
    void clear();
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Only this product when not empty (the product selected in the studio).
    void setProductFilter(const QString &productId);

    int rowOf(const QString &productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By a column (ties by product id); column -1 is the order results come in: failures,
    // then errors, then the rest, each by product id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString outcomeText(Tessera::PolicyOutcome outcome);

private:
    enum class Change : quint8 { None, NewlyFailing, NewlyPassing };
    struct Row
    {
        QString productId;
        QString domainId;
        Tessera::PolicyOutcome outcome = Tessera::PolicyOutcome::NotApplicable;
        Tessera::PolicyOutcome active = Tessera::PolicyOutcome::NotApplicable;
        Change change = Change::None;
        // The failure or error, laid out when shown: a policy may fail thousands of products.
        QString message;
        Tessera::CelExplanationMarks explanation;
        QString detail() const { return explanation.under(message); }
    };

    void rebuild();
    void sortRows();
    void filterRows(); // m_visible from m_all
    bool accepts(const Row &row) const;

    std::vector<Row> m_all;
    std::vector<int> m_visible;
    bool m_hasActive = false;
    Filter m_filter = Filter::Applicable;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_productFilter;
};

} // namespace Tessera::Gui
