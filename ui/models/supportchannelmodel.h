#pragma once

#include "model/supportchannel.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// A product's support channels (e.g. slack, email) and their URLs, editable in the form.
class SupportChannelModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportChannelModel)

public:
    enum Column { ChannelColumn, UrlColumn, ColumnCount };

    explicit SupportChannelModel(QObject *parent = nullptr);
    ~SupportChannelModel() override;

    void setChannels(const QList<SupportChannel> &channels);
    QList<SupportChannel> channels() const;

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
    QList<SupportChannel> m_channels;
};

} // namespace Tessera::Gui
