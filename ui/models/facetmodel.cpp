#include "models/facetmodel.h"

#include "model/enums.h"

#include <QFont>
#include <QLocale>

namespace Tessera::Gui {

namespace {
// Internal id of a group row; value rows carry their group + 1.
constexpr quintptr GroupRowId = 0;
} // namespace

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

FacetModel::~FacetModel() = default;

void FacetModel::setCounts(const FacetCounts &counts)
{
    setValues(DomainGroup, counts.domains);
    setValues(TagGroup, counts.tags);
    setValues(StatusGroup, counts.statuses);
    setValues(ClassificationGroup, counts.classifications);
    setValues(OwnerGroup, counts.owners);
}

void FacetModel::setValues(Group group, const QList<FacetCounts::Bucket> &buckets)
{
    GroupData &data = m_groups[group];
    QList<Value> values;
    values.reserve(buckets.size() + data.checked.size());
    QSet<QString> seen;
    for (const FacetCounts::Bucket &bucket : buckets) {
        if (bucket.value.isEmpty())
            continue; // e.g. products without owner: not a filterable value
        values.append({bucket.value, bucket.count});
        seen.insert(bucket.value);
    }
    QStringList missingChecked;
    for (const QString &value : std::as_const(data.checked)) {
        if (!seen.contains(value))
            missingChecked.append(value);
    }
    missingChecked.sort();
    for (const QString &value : std::as_const(missingChecked))
        values.append({value, 0});

    const QModelIndex parent = groupIndex(group);
    bool sameValues = values.size() == data.values.size();
    for (qsizetype i = 0; sameValues && i < values.size(); ++i)
        sameValues = values.at(i).value == data.values.at(i).value;
    if (sameValues) {
        // The usual case while typing: same values, new counts. Keeping the rows keeps the
        // view's scroll position and current item.
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).count != data.values.at(i).count) {
                data.values[i].count = values.at(i).count;
                const QModelIndex changed = index(int(i), ValueColumn, parent);
                emit dataChanged(changed, changed.siblingAtColumn(CountColumn),
                                 {Qt::DisplayRole, CountRole});
            }
        }
        return;
    }
    if (!data.values.isEmpty()) {
        beginRemoveRows(parent, 0, int(data.values.size()) - 1);
        data.values.clear();
        endRemoveRows();
    }
    if (!values.isEmpty()) {
        beginInsertRows(parent, 0, int(values.size()) - 1);
        data.values = std::move(values);
        endInsertRows();
    }
}

void FacetModel::setNames(const QHash<QString, QString> &domainNames,
                          const QHash<QString, QString> &teamNames)
{
    m_domainNames = domainNames;
    m_teamNames = teamNames;
    for (Group group : {DomainGroup, OwnerGroup}) {
        const int rows = int(m_groups[group].values.size());
        if (rows > 0) {
            const QModelIndex parent = groupIndex(group);
            emit dataChanged(index(0, ValueColumn, parent), index(rows - 1, ValueColumn, parent),
                             {Qt::DisplayRole});
        }
    }
}

QStringList FacetModel::checkedValues(Group group) const
{
    // In the order shown, so that the query (and its cache key) is stable.
    QStringList checked;
    for (const Value &value : m_groups[group].values) {
        if (m_groups[group].checked.contains(value.value))
            checked.append(value.value);
    }
    return checked;
}

bool FacetModel::hasCheckedValues() const
{
    for (const GroupData &group : m_groups) {
        if (!group.checked.isEmpty())
            return true;
    }
    return false;
}

void FacetModel::setChecked(Group group, const QString &value, bool checked)
{
    GroupData &data = m_groups[group];
    if (data.checked.contains(value) == checked)
        return;
    if (checked)
        data.checked.insert(value);
    else
        data.checked.remove(value);

    const QModelIndex existing = valueIndex(group, value);
    if (existing.isValid()) {
        emit dataChanged(existing, existing, {Qt::CheckStateRole});
    } else if (checked) {
        const QModelIndex parent = groupIndex(group);
        const int row = int(data.values.size());
        beginInsertRows(parent, row, row);
        data.values.append({value, 0});
        endInsertRows();
    }
    const QModelIndex groupRow = groupIndex(group);
    emit dataChanged(groupRow, groupRow, {Qt::DisplayRole, Qt::FontRole});
    emit filtersChanged();
}

void FacetModel::clearChecked(Group group)
{
    if (m_groups[group].checked.isEmpty())
        return;
    const QStringList values = checkedValues(group);
    m_groups[group].checked.clear();
    for (const QString &value : values) {
        const QModelIndex changed = valueIndex(group, value);
        emit dataChanged(changed, changed, {Qt::CheckStateRole});
    }
    const QModelIndex groupRow = groupIndex(group);
    emit dataChanged(groupRow, groupRow, {Qt::DisplayRole, Qt::FontRole});
    emit filtersChanged();
}

void FacetModel::clearAllChecked()
{
    bool changed = false;
    for (int group = 0; group < GroupCount; ++group) {
        changed = changed || !m_groups[group].checked.isEmpty();
        m_groups[group].checked.clear();
    }
    if (changed) {
        // Rows are kept; only their check marks change.
        for (int group = 0; group < GroupCount; ++group) {
            const QModelIndex parent = groupIndex(Group(group));
            emit dataChanged(parent, parent, {Qt::DisplayRole, Qt::FontRole});
            const int rows = int(m_groups[group].values.size());
            if (rows > 0) {
                emit dataChanged(index(0, ValueColumn, parent),
                                 index(rows - 1, ValueColumn, parent), {Qt::CheckStateRole});
            }
        }
        emit filtersChanged();
    }
}

void FacetModel::applyTo(ProductQuery &query) const
{
    query.tags = checkedValues(TagGroup);
    query.statuses = checkedValues(StatusGroup);
    query.classifications = checkedValues(ClassificationGroup);
    query.ownerTeamIds = checkedValues(OwnerGroup);
}

QModelIndex FacetModel::groupIndex(Group group) const
{
    return createIndex(int(group), ValueColumn, GroupRowId);
}

QModelIndex FacetModel::valueIndex(Group group, const QString &value) const
{
    const QList<Value> &values = m_groups[group].values;
    for (int row = 0; row < values.size(); ++row) {
        if (values.at(row).value == value)
            return createIndex(row, ValueColumn, quintptr(group) + 1);
    }
    return {};
}

QString FacetModel::label(Group group, const QString &value) const
{
    switch (group) {
    case DomainGroup:
        return m_domainNames.value(value, value);
    case OwnerGroup:
        return m_teamNames.value(value, value);
    case StatusGroup:
        if (const auto status = lifecycleStatusFromString(value))
            return displayName(*status);
        return value;
    case ClassificationGroup:
        if (const auto classification = classificationFromString(value))
            return displayName(*classification);
        return value;
    case TagGroup:
    case GroupCount:
        break;
    }
    return value;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return {};
    if (row >= m_groups[parent.row()].values.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId) {
        const Group group = Group(index.row());
        const qsizetype checked = m_groups[group].checked.size();
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != ValueColumn)
                return {};
            switch (group) {
            case DomainGroup:
                return tr("Domain");
            case TagGroup:
                return tr("Tag");
            case StatusGroup:
                return tr("Status");
            case ClassificationGroup:
                return tr("Classification");
            case OwnerGroup:
                return tr("Owner");
            case GroupCount:
                break;
            }
            return {};
        case Qt::ToolTipRole:
            if (group == TagGroup)
                return tr("Products with all of the checked tags");
            return tr("Products with any of the checked values");
        case Qt::FontRole: {
            // Bold marks the groups that currently filter the list.
            QFont font;
            font.setBold(checked > 0);
            return font;
        }
        case GroupRole:
            return int(group);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }

    const Group group = Group(index.internalId() - 1);
    const Value &value = m_groups[group].values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn)
            return label(group, value.value);
        return QLocale().toString(value.count);
    case Qt::ToolTipRole:
        return value.value;
    case Qt::CheckStateRole:
        if (index.column() != ValueColumn)
            return {};
        return m_groups[group].checked.contains(value.value) ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FacetValueRole:
        return value.value;
    case GroupRole:
        return int(group);
    case CountRole:
        return value.count;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == GroupRowId
        || index.column() != ValueColumn) {
        return false;
    }
    const Group group = Group(index.internalId() - 1);
    const QString facetValue = m_groups[group].values.at(index.row()).value;
    setChecked(group, facetValue, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupRowId)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == ValueColumn)
        return tr("Filter");
    if (section == CountColumn)
        return tr("Products");
    return {};
}

} // namespace Tessera::Gui
