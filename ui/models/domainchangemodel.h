#pragma once

#include "governance/whatifreport.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// The what-if of an edited policy per domain: how many of its products would newly fail
// and newly pass compared with the active version. Domains without changes are left out.
class DomainChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainChangeModel)

public:
    enum Column { DomainColumn, NewlyFailingColumn, NewlyPassingColumn, ColumnCount };

    explicit DomainChangeModel(QObject *parent = nullptr);
    ~DomainChangeModel() override;

    void setReport(const Tessera::WhatIfReport &report);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString domainId;
        Tessera::WhatIfReport::DomainDelta delta;
    };
    QList<Row> m_rows;
};

} // namespace Tessera::Gui
