#include "models/domaintreemodel.h"

#include <QCollator>
#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DomainTreeModel::DomainTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    clear();
}

DomainTreeModel::~DomainTreeModel() = default;

void DomainTreeModel::clear()
{
    setDomains({}, {});
}

void DomainTreeModel::setDomains(const QList<Domain> &domains,
                                 const QHash<QString, qint64> &directCounts)
{
    beginResetModel();
    m_nodes.clear();
    m_byId.clear();
    m_nodes.reserve(domains.size() + 1);
    m_nodes.push_back(Node {});

    // Children are listed by name so the tree reads like a table of contents.
    QList<Domain> sorted = domains;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), [&collator](const Domain &a, const Domain &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Domain &domain : std::as_const(sorted)) {
        Node node;
        node.domain = domain;
        node.count = directCounts.value(domain.id);
        m_byId.insert(domain.id, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    for (int i = 1; i < int(m_nodes.size()); ++i) {
        Node &node = m_nodes[i];
        int parent = m_byId.value(node.domain.parentId, 0);
        // A parent cycle (which the catalog refuses, but an import could hold) would make
        // the subtree unreachable; hang such domains at the top level instead.
        for (int p = parent, steps = 0; p != 0; p = m_byId.value(m_nodes[p].domain.parentId, 0)) {
            if (p == i || ++steps > int(m_nodes.size())) {
                parent = 0;
                break;
            }
        }
        node.parent = parent;
        node.row = int(m_nodes[parent].children.size());
        m_nodes[parent].children.append(i);
    }
    accumulate(0);
    // Products whose domain is missing from the list still belong to "All products".
    qint64 orphans = 0;
    for (auto it = directCounts.cbegin(); it != directCounts.cend(); ++it) {
        if (!m_byId.contains(it.key()))
            orphans += it.value();
    }
    m_nodes[0].count += orphans;
    endResetModel();
}

qint64 DomainTreeModel::accumulate(int node)
{
    qint64 total = m_nodes[node].count;
    for (int child : std::as_const(m_nodes[node].children))
        total += accumulate(child);
    m_nodes[node].count = total;
    return total;
}

QModelIndex DomainTreeModel::rootIndex() const
{
    return createIndex(0, 0, quintptr(0));
}

QModelIndex DomainTreeModel::indexOf(const QString &domainId) const
{
    if (domainId.isEmpty())
        return rootIndex();
    const int node = m_byId.value(domainId, -1);
    if (node < 0)
        return {};
    return createIndex(m_nodes[node].row, 0, quintptr(node));
}

QString DomainTreeModel::domainId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->domain.id : QString();
}

bool DomainTreeModel::isWithin(const QString &domainId, const QString &ancestorId) const
{
    if (ancestorId.isEmpty())
        return true;
    int node = m_byId.value(domainId, -1);
    for (int steps = 0; node > 0 && steps <= int(m_nodes.size()); ++steps) {
        if (m_nodes[node].domain.id == ancestorId)
            return true;
        node = m_nodes[node].parent;
    }
    return false;
}

QString DomainTreeModel::domainName(const QString &domainId) const
{
    const int node = m_byId.value(domainId, -1);
    return node > 0 ? m_nodes[node].domain.name : QString();
}

const DomainTreeModel::Node *DomainTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const Node *node = nodeOf(parent);
    if (!node || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children.at(row)));
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, quintptr(node->parent));
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool isRoot = node->parent < 0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return isRoot ? tr("All products") : node->domain.name;
        return QLocale().toString(node->count);
    case Qt::ToolTipRole:
        if (isRoot)
            return tr("%Ln product(s) in the catalog", nullptr, int(node->count));
        return node->domain.description.isEmpty()
            ? node->domain.id
            : u"%1\n%2"_s.arg(node->domain.id, node->domain.description);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(isRoot ? u":/icons/catalog.svg"_s : u":/icons/domain.svg"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DomainIdRole:
        return node->domain.id;
    case ProductCountRole:
        return node->count;
    case IsRootRole:
        return isRoot;
    default:
        return {};
    }
}

QVariant DomainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Domain");
    case CountColumn:
        return tr("Products");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
