#pragma once

#include "model/domain.h"
#include "model/policy.h"

#include <QAbstractItemModel>
#include <QList>

namespace Tessera::Gui {

// The policies of the catalog as the federation sees them: global policies first, then
// those of each domain (by the domain's path, "Marketing › Analytics"), each policy with
// its severity and whether it is active.
class PolicyTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTreeModel)

public:
    enum Column { TitleColumn, SeverityColumn, StateColumn, ColumnCount };
    enum Role {
        PolicyIdRole = Qt::UserRole + 1, // empty on group rows
        ScopeRole, // "global" or the domain id, on group and policy rows
    };

    explicit PolicyTreeModel(QObject *parent = nullptr);
    ~PolicyTreeModel() override;

    void setPolicies(const QList<Tessera::Policy> &policies, const QList<Tessera::Domain> &domains);

    QModelIndex indexOf(const QString &policyId) const;
    QString policyId(const QModelIndex &index) const;
    // Display name of a scope: "Global" or the domain's path.
    QString scopeName(const QString &scope) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString scope;
        QString name;
        QList<Tessera::Policy> policies;
    };

    // Internal ids: 0 for group rows, group position + 1 for policy rows.
    QList<Group> m_groups;
    QList<Tessera::Domain> m_domains;
};

} // namespace Tessera::Gui
