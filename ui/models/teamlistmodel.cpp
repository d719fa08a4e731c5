#include "models/teamlistmodel.h"

#include <QCollator>

#include <algorithm>

namespace Tessera::Gui {

TeamListModel::TeamListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_teams.append(Team {});
}

TeamListModel::~TeamListModel() = default;

void TeamListModel::setTeams(const QList<Team> &teams)
{
    beginResetModel();
    m_teams = teams;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(m_teams.begin(), m_teams.end(), [&collator](const Team &a, const Team &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_teams.prepend(Team {});
    endResetModel();
}

int TeamListModel::rowOf(const QString &teamId) const
{
    for (int row = 0; row < m_teams.size(); ++row) {
        if (m_teams.at(row).id == teamId)
            return row;
    }
    return -1;
}

QString TeamListModel::teamId(int row) const
{
    return row >= 0 && row < m_teams.size() ? m_teams.at(row).id : QString();
}

int TeamListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

QVariant TeamListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Team &team = m_teams.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (team.id.isEmpty())
            return tr("(no owner)");
        return team.name.isEmpty() ? team.id : team.name;
    case Qt::ToolTipRole:
        return team.email.isEmpty() ? team.id : team.email;
    case TeamIdRole:
        return team.id;
    default:
        return {};
    }
}

} // namespace Tessera::Gui
