#pragma once

#include "model/documentdiff.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera::Gui {

// Field-level changes between two revisions of a product (DocumentDiff::compare), one row
// per change, coloured by kind: added green, removed red, changed amber.
class DiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum Column { KindColumn, PathColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; // DocumentChange::Kind as int

    explicit DiffModel(QObject *parent = nullptr);
    ~DiffModel() override;

    void setChanges(const QList<DocumentChange> &changes);
    // Compares two documents (canonical JSON).
    void compare(const QString &before, const QString &after);
    void clear();
    QList<DocumentChange> changes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DocumentChange> m_changes;
};

} // namespace Tessera::Gui
