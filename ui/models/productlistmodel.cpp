#include "models/productlistmodel.h"

#include "storage/catalog.h"

#include <QIcon>
#include <QLocale>
#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Gui {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ProductListModel::~ProductListModel() = default;

void ProductListModel::setCatalog(Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_ids.clear();
    m_rowById.clear();
    m_blocks.clear();
    m_recentBlocks.clear();
    endResetModel();
}

void ProductListModel::setProductIds(const QStringList &ids)
{
    if (ids == m_ids) {
        invalidate();
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_rowById.clear();
    m_blocks.clear();
    m_recentBlocks.clear();
    endResetModel();
}

void ProductListModel::invalidate()
{
    m_blocks.clear();
    m_recentBlocks.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void ProductListModel::clear()
{
    setProductIds({});
}

void ProductListModel::setNames(const QHash<QString, QString> &domainNames,
                                const QHash<QString, QString> &teamNames)
{
    m_domainNames = domainNames;
    m_teamNames = teamNames;
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, DomainColumn), index(int(m_ids.size()) - 1, OwnerColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QStringList ProductListModel::productIds() const
{
    return m_ids;
}

QString ProductListModel::productId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int ProductListModel::rowOf(const QString &productId) const
{
    // Built on first use: most results are never searched by id.
    if (m_rowById.isEmpty() && !m_ids.isEmpty()) {
        m_rowById.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowById.insert(m_ids.at(row), row);
    }
    return m_rowById.value(productId, -1);
}

ProductQuery::SortKey ProductListModel::sortKeyForColumn(int column)
{
    using Key = ProductQuery::SortKey;
    switch (column) {
    case IdColumn:
        return Key::Id;
    case TitleColumn:
        return Key::Title;
    case DomainColumn:
        return Key::Domain;
    case StatusColumn:
        return Key::Status;
    case ClassificationColumn:
        return Key::Classification;
    case OwnerColumn:
        return Key::Owner;
    case VersionColumn:
        return Key::Version;
    case UpdatedColumn:
        return Key::Updated;
    default:
        return Key::Relevance;
    }
}

int ProductListModel::columnForSortKey(ProductQuery::SortKey key)
{
    using Key = ProductQuery::SortKey;
    switch (key) {
    case Key::Id:
        return IdColumn;
    case Key::Title:
        return TitleColumn;
    case Key::Domain:
        return DomainColumn;
    case Key::Status:
        return StatusColumn;
    case Key::Classification:
        return ClassificationColumn;
    case Key::Owner:
        return OwnerColumn;
    case Key::Version:
        return VersionColumn;
    case Key::Updated:
        return UpdatedColumn;
    case Key::Relevance:
        break;
    }
    return -1;
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ProductListModel::Block &ProductListModel::block(int blockIndex) const
{
    auto it = m_blocks.find(blockIndex);
    if (it != m_blocks.end()) {
        if (m_recentBlocks.constLast() != blockIndex) {
            m_recentBlocks.removeOne(blockIndex);
            m_recentBlocks.append(blockIndex);
        }
        return *it;
    }

    Block loaded;
    if (m_catalog) {
        const QStringList ids = m_ids.mid(qsizetype(blockIndex) * BlockSize, BlockSize);
        Result<QList<ProductSummary>> summaries = m_catalog->summaries(ids);
        if (summaries) {
            loaded.reserve(summaries->size());
            for (const ProductSummary &summary : std::as_const(summaries.value()))
                loaded.insert(summary.id, summary);
        } else {
            // An empty block is cached too, so a failing catalog is asked once per block and
            // not on every repaint; invalidate() retries. The signal is queued because we
            // are inside data(), typically while a view paints.
            QMetaObject::invokeMethod(
                const_cast<ProductListModel *>(this),
                [this, message = summaries.error()] {
                    emit const_cast<ProductListModel *>(this)->loadFailed(message);
                },
                Qt::QueuedConnection);
        }
    }
    while (m_recentBlocks.size() >= MaxCachedBlocks)
        m_blocks.remove(m_recentBlocks.takeFirst());
    m_recentBlocks.append(blockIndex);
    return *m_blocks.emplace(blockIndex, std::move(loaded));
}

const ProductSummary *ProductListModel::summary(int row) const
{
    const Block &rows = block(row / BlockSize);
    auto it = rows.constFind(m_ids.at(row));
    return it == rows.constEnd() ? nullptr : &*it;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    if (role == ProductIdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole
        && role < DomainIdRole) {
        return {};
    }
    const ProductSummary *row = summary(index.row());
    if (!row) {
        // Deleted since the query ran: show the id so that the row is not blank.
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return id;
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return row->id;
        case TitleColumn:
            return row->title;
        case DomainColumn:
            return m_domainNames.value(row->domainId, row->domainId);
        case StatusColumn:
            return displayName(row->status);
        case ClassificationColumn:
            return displayName(row->classification);
        case OwnerColumn:
            return m_teamNames.value(row->ownerTeamId, row->ownerTeamId);
        case VersionColumn:
            return row->version;
        case UpdatedColumn:
            // ISO order sorts and scans well in a column and never needs eliding.
            return row->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DomainColumn:
            return row->domainId;
        case OwnerColumn:
            return row->ownerTeamId;
        case UpdatedColumn:
            return QLocale().toString(row->updatedAt.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == IdColumn)
            return QIcon(u":/icons/product.svg"_s);
        return {};
    case DomainIdRole:
        return row->domainId;
    case StatusRole:
        return int(row->status);
    case ClassificationRole:
        return int(row->classification);
    case OwnerTeamIdRole:
        return row->ownerTeamId;
    case UpdatedAtRole:
        return row->updatedAt;
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case DomainColumn:
        return tr("Domain");
    case StatusColumn:
        return tr("Status");
    case ClassificationColumn:
        return tr("Classification");
    case OwnerColumn:
        return tr("Owner");
    case VersionColumn:
        return tr("Version");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

void ProductListModel::sort(int column, Qt::SortOrder order)
{
    emit sortRequested(sortKeyForColumn(column), order == Qt::DescendingOrder);
}

} // namespace Tessera::Gui
