#include "models/supportchannelmodel.h"

namespace Tessera::Gui {

SupportChannelModel::SupportChannelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SupportChannelModel::~SupportChannelModel() = default;

void SupportChannelModel::setChannels(const QList<SupportChannel> &channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

QList<SupportChannel> SupportChannelModel::channels() const
{
    return m_channels;
}

int SupportChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int SupportChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const SupportChannel &channel = m_channels.at(index.row());
    switch (index.column()) {
    case ChannelColumn:
        return channel.channel;
    case UrlColumn:
        return channel.url;
    default:
        return {};
    }
}

bool SupportChannelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    SupportChannel &channel = m_channels[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ChannelColumn:
        channel.channel = text;
        break;
    case UrlColumn:
        channel.url = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags SupportChannelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SupportChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case UrlColumn:
        return tr("URL");
    default:
        return {};
    }
}

bool SupportChannelModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_channels.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_channels.insert(row, count, SupportChannel {});
    endInsertRows();
    return true;
}

bool SupportChannelModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_channels.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_channels.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Tessera::Gui
