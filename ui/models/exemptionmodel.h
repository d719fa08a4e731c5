#pragma once

#include "model/policy.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Tessera::Gui {

// A policy's exemptions, editable in the policy editor: which product, why, who approved
// it and until when (inclusive). An exemption past its date shows as expired.
class ExemptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExemptionModel)

public:
    enum Column { ProductColumn, ReasonColumn, ApprovedByColumn, ExpiresColumn, ColumnCount };

    explicit ExemptionModel(QObject *parent = nullptr);
    ~ExemptionModel() override;

    void setExemptions(const QList<Tessera::Policy::Exemption> &exemptions);
    QList<Tessera::Policy::Exemption> exemptions() const;
    // The day against which expiry is shown (today, by default).
    void setToday(QDate today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Tessera::Policy::Exemption> m_exemptions;
    QDate m_today = QDate::currentDate();
};

} // namespace Tessera::Gui
