#include "models/policytreemodel.h"

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

PolicyTreeModel::PolicyTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

PolicyTreeModel::~PolicyTreeModel() = default;

QString PolicyTreeModel::scopeName(const QString &scope) const
{
    if (scope == u"global"_s)
        return tr("Global");
    QHash<QString, const Domain *> byId;
    for (const Domain &domain : m_domains)
        byId.insert(domain.id, &domain);
    QStringList path;
    QString id = scope;
    // Bounded: a damaged parent chain must not loop.
    for (int depth = 0; !id.isEmpty() && depth < 32; ++depth) {
        const Domain *domain = byId.value(id);
        if (!domain) {
            path.prepend(id);
            break;
        }
        path.prepend(domain->name.isEmpty() ? domain->id : domain->name);
        id = domain->parentId;
    }
    return path.join(u" › "_s);
}

void PolicyTreeModel::setPolicies(const QList<Policy> &policies, const QList<Domain> &domains)
{
    beginResetModel();
    m_domains = domains;
    m_groups.clear();
    m_groups.append(Group {u"global"_s, scopeName(u"global"_s), {}});
    QHash<QString, qsizetype> groupOf;
    groupOf.insert(u"global"_s, 0);
    for (const Policy &policy : policies) {
        auto it = groupOf.constFind(policy.scope);
        if (it == groupOf.cend()) {
            m_groups.append(Group {policy.scope, scopeName(policy.scope), {}});
            it = groupOf.insert(policy.scope, m_groups.size() - 1);
        }
        m_groups[*it].policies.append(policy);
    }
    // Global first, then domains by their path; policies by title.
    std::sort(m_groups.begin() + 1, m_groups.end(), [](const Group &a, const Group &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (Group &group : m_groups) {
        std::sort(group.policies.begin(), group.policies.end(),
                  [](const Policy &a, const Policy &b) {
                      return a.title.localeAwareCompare(b.title) < 0;
                  });
    }
    endResetModel();
}

QModelIndex PolicyTreeModel::indexOf(const QString &policyId) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<Policy> &policies = m_groups.at(g).policies;
        for (qsizetype p = 0; p < policies.size(); ++p) {
            if (policies.at(p).id == policyId)
                return createIndex(int(p), 0, quintptr(g + 1));
        }
    }
    return {};
}

QString PolicyTreeModel::policyId(const QModelIndex &index) const
{
    return index.data(PolicyIdRole).toString();
}

QModelIndex PolicyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PolicyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PolicyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).policies.size());
    return 0;
}

int PolicyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PolicyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return group.name;
            if (index.column() == StateColumn)
                return QString::number(group.policies.size());
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::DecorationRole:
            return index.column() == TitleColumn ? QIcon(u":/icons/domain.svg"_s) : QVariant();
        case ScopeRole:
            return group.scope;
        default:
            return {};
        }
    }
    const Policy &policy = m_groups.at(qsizetype(index.internalId() - 1)).policies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return policy.title.isEmpty() ? policy.id : policy.title;
        case SeverityColumn:
            switch (policy.severity) {
            case Policy::Severity::Error:
                return tr("Error");
            case Policy::Severity::Warning:
                return tr("Warning");
            case Policy::Severity::Info:
                return tr("Info");
            }
            return {};
        case StateColumn:
            return policy.enabled ? tr("Active") : tr("Inactive");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\n%2").arg(policy.id, policy.description.trimmed());
    case Qt::ForegroundRole:
        if (!policy.enabled)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PolicyIdRole:
        return policy.id;
    case ScopeRole:
        return policy.scope;
    default:
        return {};
    }
}

QVariant PolicyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Policy");
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Tessera::Gui
