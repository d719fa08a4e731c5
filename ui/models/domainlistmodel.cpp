#include "models/domainlistmodel.h"

#include <QCollator>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

DomainListModel::~DomainListModel() = default;

void DomainListModel::setDomains(const QList<Domain> &domains, const QString &noneText,
                                 const QString &excluded)
{
    QHash<QString, QList<const Domain *>> children;
    QSet<QString> known;
    for (const Domain &domain : domains)
        known.insert(domain.id);
    for (const Domain &domain : domains)
        children[known.contains(domain.parentId) ? domain.parentId : QString()].append(&domain);
    QCollator collator;
    collator.setNumericMode(true);
    for (auto it = children.begin(); it != children.end(); ++it) {
        std::sort(it->begin(), it->end(), [&collator](const Domain *a, const Domain *b) {
            return collator.compare(a->name, b->name) < 0;
        });
    }

    QList<Row> rows;
    if (!noneText.isEmpty())
        rows.append({QString(), noneText, 0});
    QSet<QString> visited; // guards against parent cycles in imported data
    std::function<void(const QString &, int)> walk = [&](const QString &parentId, int depth) {
        for (const Domain *domain : children.value(parentId)) {
            if (domain->id == excluded || visited.contains(domain->id))
                continue;
            visited.insert(domain->id);
            rows.append({domain->id, domain->name, depth});
            walk(domain->id, depth + 1);
        }
    };
    walk(QString(), 0);

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DomainListModel::rowOf(const QString &domainId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == domainId)
            return row;
    }
    return -1;
}

QString DomainListModel::domainId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Indentation shows the hierarchy in a combo box, which cannot show a tree.
        return QString(QString(qsizetype(row.depth) * 4, QLatin1Char(' ')) + row.name);
    case Qt::EditRole:
        return row.name;
    case Qt::ToolTipRole:
        return row.id;
    case Qt::DecorationRole:
        return row.id.isEmpty() ? QVariant() : QVariant(QIcon(u":/icons/domain.svg"_s));
    case DomainIdRole:
        return row.id;
    case DepthRole:
        return row.depth;
    default:
        return {};
    }
}

} // namespace Tessera::Gui
