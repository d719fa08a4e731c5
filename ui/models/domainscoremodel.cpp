#include "models/domainscoremodel.h"

#include "models/conformancematrixmodel.h"
#include "models/domainlistmodel.h"

#include <QColor>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

DomainScoreModel::DomainScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DomainScoreModel::~DomainScoreModel() = default;

void DomainScoreModel::setReport(const CheckReport &report, const QList<Domain> &domains)
{
    // The order and depth are those of every other domain list in the studio.
    DomainListModel order;
    order.setDomains(domains);
    QHash<QString, QString> parentOf;
    for (const Domain &domain : domains)
        parentOf.insert(domain.id, domain.parentId);

    QList<Row> rows;
    QHash<QString, qsizetype> rowOfId;
    for (int i = 0; i < order.rowCount(); ++i) {
        const QModelIndex index = order.index(i, 0);
        Row row;
        row.id = order.domainId(i);
        row.name = index.data(Qt::EditRole).toString();
        row.depth = index.data(DomainListModel::DepthRole).toInt();
        rowOfId.insert(row.id, rows.size());
        rows.append(row);
    }
    // Products of domains the catalog no longer lists still count, under their id.
    for (const CheckReport::ProductRow &product : report.products) {
        if (!rowOfId.contains(product.domainId)) {
            rowOfId.insert(product.domainId, rows.size());
            rows.append({product.domainId, product.domainId, 0, 0, {}});
        }
    }
    for (qsizetype p = 0; p < report.products.size(); ++p) {
        QString domainId = report.products.at(p).domainId;
        QSet<QString> seen; // a corrupt parent cycle must not loop forever
        while (!domainId.isEmpty() && !seen.contains(domainId)) {
            seen.insert(domainId);
            if (const auto it = rowOfId.constFind(domainId); it != rowOfId.cend()) {
                Row &row = rows[*it];
                ++row.products;
                row.counts += report.productCounts.at(std::size_t(p));
            }
            domainId = parentOf.value(domainId);
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DomainScoreModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DomainScoreModel::rowOf(const QString &domainId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == domainId)
            return row;
    }
    return -1;
}

QString DomainScoreModel::domainId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

OutcomeCounts DomainScoreModel::counts(const QString &domainId) const
{
    const int row = rowOf(domainId);
    return row < 0 ? OutcomeCounts() : m_rows.at(row).counts;
}

int DomainScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 failures = row.counts.failed + row.counts.errors;
    switch (role) {
    case DomainIdRole: return row.id;
    case DepthRole: return row.depth;
    case ScoreRole: return row.counts.score();
    case FailuresRole: return failures;
    default: break;
    }
    switch (index.column()) {
    case DomainColumn:
        if (role == Qt::DisplayRole)
            return QString(QString(u' ').repeated(4 * row.depth) + row.name);
        if (role == Qt::EditRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return row.id;
        break;
    case ProductsColumn:
        if (role == Qt::DisplayRole)
            return row.products;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ScoreColumn:
        if (role == Qt::DisplayRole)
            return row.products == 0 ? u"–"_s : ConformanceMatrixModel::scoreText(row.counts.score());
        if (role == Qt::ToolTipRole && row.products > 0)
            return tr("%n of %1 applicable pairs pass", nullptr, int(row.counts.passed))
                .arg(row.counts.applicable());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FailuresColumn:
        if (role == Qt::DisplayRole)
            return failures;
        if (role == Qt::ForegroundRole && failures > 0)
            return QColor(0x8c, 0x16, 0x16);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant DomainScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn: return tr("Domain");
    case ProductsColumn: return tr("Products");
    case ScoreColumn: return tr("Score");
    case FailuresColumn: return tr("Failures");
    default: return {};
    }
}

} // namespace Tessera::Gui
