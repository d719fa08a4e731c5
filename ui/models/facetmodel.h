#pragma once

#include "search/facetcounts.h"
#include "search/productquery.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace Tessera::Gui {

// The facet filters beside the product list: five groups (Domain, Tag, Status,
// Classification, Owner), each listing the values found among the current matches with
// their counts. Checking a value adds it to the query; checked values stay listed even
// when the current matches no longer contain them, so they can be unchecked.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)

public:
    enum Group { DomainGroup, TagGroup, StatusGroup, ClassificationGroup, OwnerGroup, GroupCount };
    enum Column { ValueColumn, CountColumn, ColumnCount };
    enum Role {
        FacetValueRole = Qt::UserRole + 1, // the canonical value (id, tag, status name, ...)
        GroupRole,
        CountRole,
        IsGroupRole,
    };

    explicit FacetModel(QObject *parent = nullptr);
    ~FacetModel() override;

    void setCounts(const FacetCounts &counts);
    // Labels for domain and owner values (id -> name).
    void setNames(const QHash<QString, QString> &domainNames,
                  const QHash<QString, QString> &teamNames);

    QStringList checkedValues(Group group) const;
    bool hasCheckedValues() const;
    void setChecked(Group group, const QString &value, bool checked);
    void clearChecked(Group group);
    void clearAllChecked();
    // Writes the checked values of every group but Domain into the query's filters; the
    // domain filter also depends on the domain tree, see checkedValues(DomainGroup).
    void applyTo(ProductQuery &query) const;

    QModelIndex groupIndex(Group group) const;
    QModelIndex valueIndex(Group group, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The checked values changed: the query must run again.
    void filtersChanged();

private:
    struct Value
    {
        QString value;
        qint64 count = 0;
    };
    struct GroupData
    {
        QList<Value> values;
        QSet<QString> checked;
    };

    void setValues(Group group, const QList<FacetCounts::Bucket> &buckets);
    QString label(Group group, const QString &value) const;

    std::array<GroupData, GroupCount> m_groups;
    QHash<QString, QString> m_domainNames;
    QHash<QString, QString> m_teamNames;
};

} // namespace Tessera::Gui
