#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Tessera::Gui {

// Products linked to the shown one through lineage: what it consumes (its input ports) or
// who consumes it. Linked products that are not in the catalog are flagged as missing.
class DependencyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyModel)

public:
    enum Column { ProductColumn, TitleColumn, PortColumn, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1, PortNameRole, MissingRole };

    struct Entry
    {
        QString productId;
        QString portName; // the producer's port that is read
        QString title; // empty when missing
        bool missing = false;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit DependencyModel(QObject *parent = nullptr);
    ~DependencyModel() override;

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;
    Entry entry(int row) const;
    // Returns the row of the new entry, or of the equal entry already listed.
    int addEntry(const Entry &entry);
    void removeEntry(int row);
    void clear();
    int missingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace Tessera::Gui
