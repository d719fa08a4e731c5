#pragma once

#include "model/team.h"

#include <QAbstractListModel>
#include <QList>

namespace Tessera::Gui {

// The teams by name, with a first "no owner" row (id ""): the model of the owner combo box.
class TeamListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListModel)

public:
    enum Role { TeamIdRole = Qt::UserRole + 1 };

    explicit TeamListModel(QObject *parent = nullptr);
    ~TeamListModel() override;

    void setTeams(const QList<Team> &teams);
    int rowOf(const QString &teamId) const;
    QString teamId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Team> m_teams; // m_teams[0] is the "no owner" row
};

} // namespace Tessera::Gui
