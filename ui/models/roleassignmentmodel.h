#pragma once

#include "model/person.h"
#include "model/roleassignment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Tessera::Gui {

// Who holds which role (owner, steward, consumer) on a product. Shows people by name;
// the EditRole of each cell is the stored value (person id, canonical role name).
class RoleAssignmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleAssignmentModel)

public:
    enum Column { PersonColumn, RoleColumn, ColumnCount };

    explicit RoleAssignmentModel(QObject *parent = nullptr);
    ~RoleAssignmentModel() override;

    // The catalog's people, for names and for the person of a new row.
    void setPeople(const QList<Person> &people);
    void setAssignments(const QList<RoleAssignment> &assignments);
    QList<RoleAssignment> assignments() const;

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
    QList<RoleAssignment> m_assignments;
    QList<Person> m_people;
    QHash<QString, QString> m_names; // person id -> name
};

} // namespace Tessera::Gui
