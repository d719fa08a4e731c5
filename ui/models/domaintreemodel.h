#pragma once

#include "model/domain.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <vector>

namespace Tessera::Gui {

// The domains as a tree (by Domain::parentId) under one "All products" root, each with the
// number of products in it and in its subdomains.
class DomainTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainTreeModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        DomainIdRole = Qt::UserRole + 1, // empty for the "All products" root
        ProductCountRole, // qint64: products in the domain and below
        IsRootRole,
    };

    explicit DomainTreeModel(QObject *parent = nullptr);
    ~DomainTreeModel() override;

    // `directCounts` holds the products directly in each domain (Catalog::productCountsByDomain).
    // Domains whose parent is unknown are shown at the top level.
    void setDomains(const QList<Domain> &domains, const QHash<QString, qint64> &directCounts);
    void clear();

    QModelIndex rootIndex() const;
    QModelIndex indexOf(const QString &domainId) const;
    QString domainId(const QModelIndex &index) const;
    // Whether `domainId` is `ancestorId` or lies below it.
    bool isWithin(const QString &domainId, const QString &ancestorId) const;
    QString domainName(const QString &domainId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Domain domain;
        qint64 count = 0;
        int parent = -1; // index into m_nodes; -1 only for the root
        int row = 0; // row under its parent
        QList<int> children;
    };

    const Node *nodeOf(const QModelIndex &index) const;
    qint64 accumulate(int node);

    // m_nodes[0] is the "All products" root. Nodes are addressed by position, which is
    // stable between resets, so the internal id of an index is its node position.
    std::vector<Node> m_nodes;
    QHash<QString, int> m_byId;
};

} // namespace Tessera::Gui
