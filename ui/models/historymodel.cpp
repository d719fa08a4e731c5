#include "models/historymodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::clear()
{
    setEntries({});
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry {};
}

int HistoryModel::rowOfRevision(int revision) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).revision == revision)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn:
            return entry.revision;
        case SavedAtColumn:
            return entry.savedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case VersionColumn:
            return entry.version;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat);
    case Qt::TextAlignmentRole:
        if (index.column() == RevisionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RevisionRole:
        return entry.revision;
    case DocumentRole:
        return entry.document;
    case SavedAtRole:
        return entry.savedAt;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn:
        return tr("Revision");
    case SavedAtColumn:
        return tr("Saved at");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
