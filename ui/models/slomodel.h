#pragma once

#include "model/servicelevelobjective.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// A product's service-level objectives (ODCS slaProperties) as a table: read-only on the
// Overview, editable in the product form (setEditable). Fields without a column (valueExt,
// scheduler, schedule) are kept as they were.
class SloModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SloModel)

public:
    enum Column {
        PropertyColumn,
        ObjectiveColumn, // value and unit, read-only, for showing
        ValueColumn,
        UnitColumn,
        ElementColumn,
        DriverColumn,
        DescriptionColumn,
        IdColumn,
        ColumnCount
    };

    explicit SloModel(QObject *parent = nullptr);
    ~SloModel() override;

    void setObjectives(const QList<ServiceLevelObjective> &objectives);
    QList<ServiceLevelObjective> objectives() const;
    void setEditable(bool editable);

    // The ODCS v3 property names, offered as suggestions; others are accepted.
    static QStringList propertyNames();
    static QStringList driverNames();
    // An SLO value from what the user typed: qint64 for an integer, double for another
    // number (in the C or the user's locale), else the trimmed text; null when empty.
    static QVariant parseValue(const QString &text);

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
    QList<ServiceLevelObjective> m_objectives;
    bool m_editable = false;
};

} // namespace Tessera::Gui
