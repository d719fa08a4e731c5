#pragma once

#include "governance/checkreport.h"
#include "model/domain.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// Conformance per domain, as a flat list in domain tree order with names indented by depth:
// each domain counts its products and outcomes together with those of its subdomains, so
// that a parent's score sums up its part of the mesh.
class DomainScoreModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainScoreModel)

public:
    enum Column { DomainColumn, ProductsColumn, ScoreColumn, FailuresColumn, ColumnCount };
    enum Role {
        DomainIdRole = Qt::UserRole + 1,
        DepthRole,
        ScoreRole, // double in [0, 1]
        FailuresRole, // failed and erroneous pairs
    };

    explicit DomainScoreModel(QObject *parent = nullptr);
    ~DomainScoreModel() override;

    void setReport(const CheckReport &report, const QList<Domain> &domains);
    void clear();

    int rowOf(const QString &domainId) const;
    QString domainId(int row) const;
    // Counts of the domain with its subdomains; empty for an unknown id.
    OutcomeCounts counts(const QString &domainId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        int depth = 0;
        qint64 products = 0;
        OutcomeCounts counts;
    };
    QList<Row> m_rows;
};

} // namespace Tessera::Gui
