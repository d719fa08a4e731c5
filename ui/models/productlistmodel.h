#pragma once

#include "model/productsummary.h"
#include "search/productquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Tessera {
class Catalog;
}

namespace Tessera::Gui {

// The products matching the current query, in the catalog's order. Holds only the ordered
// ids; the rows' columns are read from the catalog in blocks of BlockSize when a view first
// asks for them and kept in a small cache, so a list of 100,000 products costs one id list.
// Sorting is the catalog's job: sort() asks for a new query through sortRequested().
class ProductListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Column {
        IdColumn,
        TitleColumn,
        DomainColumn,
        StatusColumn,
        ClassificationColumn,
        OwnerColumn,
        VersionColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        DomainIdRole,
        StatusRole, // LifecycleStatus as int
        ClassificationRole, // Classification as int
        OwnerTeamIdRole,
        UpdatedAtRole, // QDateTime, UTC
    };

    static constexpr int BlockSize = 200;
    static constexpr int MaxCachedBlocks = 12;

    explicit ProductListModel(QObject *parent = nullptr);
    ~ProductListModel() override;

    // Not owned; must outlive the model or be replaced first. Clears the list.
    void setCatalog(Catalog *catalog);
    // Replaces the list with the ids of a query result. The same ids in the same order keep
    // the rows (and the view's selection) and only reload their columns.
    void setProductIds(const QStringList &ids);
    // Forgets cached rows so that they are read again (after a product was saved).
    void invalidate();
    void clear();
    // Display names for the Domain and Owner columns (id -> name); ids without a name are
    // shown as they are.
    void setNames(const QHash<QString, QString> &domainNames,
                  const QHash<QString, QString> &teamNames);

    QStringList productIds() const;
    QString productId(int row) const;
    int rowOf(const QString &productId) const;

    static ProductQuery::SortKey sortKeyForColumn(int column);
    static int columnForSortKey(ProductQuery::SortKey key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 asks for the natural order (relevance, or id without search text).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void sortRequested(Tessera::ProductQuery::SortKey key, bool descending);
    // Rows could not be read; emitted from the event loop, never while a view paints.
    void loadFailed(const QString &message);

private:
    using Block = QHash<QString, ProductSummary>;
    const ProductSummary *summary(int row) const;
    const Block &block(int blockIndex) const;

    Catalog *m_catalog = nullptr;
    QStringList m_ids;
    QHash<QString, QString> m_domainNames;
    QHash<QString, QString> m_teamNames;
    // Loaded lazily from const data(), hence mutable.
    mutable QHash<int, Block> m_blocks;
    mutable QList<int> m_recentBlocks; // most recently used last
    mutable QHash<QString, int> m_rowById;
};

} // namespace Tessera::Gui
