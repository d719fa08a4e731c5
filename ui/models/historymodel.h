#pragma once

#include "model/historyentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// The saved revisions of one product, newest first (as Catalog::history returns them).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { RevisionColumn, SavedAtColumn, VersionColumn, ColumnCount };
    enum Role { RevisionRole = Qt::UserRole + 1, DocumentRole, SavedAtRole };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    void setEntries(const QList<HistoryEntry> &entries);
    void clear();
    HistoryEntry entry(int row) const;
    int rowOfRevision(int revision) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace Tessera::Gui
