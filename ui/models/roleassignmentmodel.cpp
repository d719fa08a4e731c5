#include "models/roleassignmentmodel.h"

namespace Tessera::Gui {

RoleAssignmentModel::RoleAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RoleAssignmentModel::~RoleAssignmentModel() = default;

void RoleAssignmentModel::setPeople(const QList<Person> &people)
{
    m_people = people;
    m_names.clear();
    for (const Person &person : people)
        m_names.insert(person.id, person.name);
    if (!m_assignments.isEmpty()) {
        emit dataChanged(index(0, PersonColumn), index(rowCount() - 1, PersonColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void RoleAssignmentModel::setAssignments(const QList<RoleAssignment> &assignments)
{
    beginResetModel();
    m_assignments = assignments;
    endResetModel();
}

QList<RoleAssignment> RoleAssignmentModel::assignments() const
{
    return m_assignments;
}

int RoleAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assignments.size());
}

int RoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleAssignment &assignment = m_assignments.at(index.row());
    switch (index.column()) {
    case PersonColumn:
        switch (role) {
        case Qt::DisplayRole:
            // Someone the catalog does not know (yet) still shows, by id.
            return m_names.value(assignment.personId, assignment.personId);
        case Qt::EditRole:
        case Qt::ToolTipRole:
            return assignment.personId;
        default:
            return {};
        }
    case RoleColumn:
        switch (role) {
        case Qt::DisplayRole:
            return displayName(assignment.role);
        case Qt::EditRole:
            return toString(assignment.role);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool RoleAssignmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    RoleAssignment &assignment = m_assignments[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case PersonColumn:
        assignment.personId = text;
        break;
    case RoleColumn: {
        const std::optional<Role> parsed = roleFromString(text);
        if (!parsed)
            return false;
        assignment.role = *parsed;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags RoleAssignmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

bool RoleAssignmentModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_assignments.size() || count < 1)
        return false;
    // A new row names someone, so that it is valid until the user picks the right person.
    RoleAssignment assignment;
    if (!m_people.isEmpty())
        assignment.personId = m_people.constFirst().id;
    beginInsertRows({}, row, row + count - 1);
    m_assignments.insert(row, count, assignment);
    endInsertRows();
    return true;
}

bool RoleAssignmentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_assignments.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_assignments.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Tessera::Gui
