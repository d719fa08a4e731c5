#include "interop/syntheticcatalog.h"
#include "models/productlistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_ProductListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsAndColumns();
    void sortByTitle_data();
    void sortByTitle();
    void sameIdsKeepRows();
    void lazyBlocks();
    void deletedProductShowsId();

private:
    QStringList ids(const ProductQuery &query);

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<Catalog> m_catalog;
};

void tst_ProductListModel::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_samplePath = TestSupport::installSample(m_dir);
    QVERIFY(!m_samplePath.isEmpty());
    m_catalog = TestSupport::openOrFail(m_samplePath);
    QVERIFY(m_catalog);
}

void tst_ProductListModel::init()
{
    TestSupport::failOnUnexpectedWarnings();
}

QStringList tst_ProductListModel::ids(const ProductQuery &query)
{
    QStringList result;
    const Result<QList<SearchHit>> hits = m_catalog->findProducts(query);
    if (!hits) {
        qWarning("%s", qPrintable(hits.error()));
        return result;
    }
    for (const SearchHit &hit : *hits)
        result.append(hit.productId);
    return result;
}

void tst_ProductListModel::rowsAndColumns()
{
    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog.get());
    model.setNames({{u"orders"_s, u"Orders"_s}}, {{u"orders-team"_s, u"Orders Team"_s}});
    model.setProductIds(ids({}));

    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.columnCount(), int(ProductListModel::ColumnCount));
    const int row = model.rowOf(u"orders.orders"_s);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(ProductListModel::IdColumn).toString(), u"orders.orders"_s);
    QCOMPARE(cell(ProductListModel::TitleColumn).toString(), u"Orders"_s);
    QCOMPARE(cell(ProductListModel::DomainColumn).toString(), u"Orders"_s);
    QCOMPARE(cell(ProductListModel::DomainColumn, Qt::ToolTipRole).toString(), u"orders"_s);
    QCOMPARE(cell(ProductListModel::StatusColumn).toString(),
             displayName(LifecycleStatus::Published));
    QCOMPARE(cell(ProductListModel::ClassificationColumn).toString(),
             displayName(Classification::Confidential));
    QCOMPARE(cell(ProductListModel::OwnerColumn).toString(), u"Orders Team"_s);
    QCOMPARE(cell(ProductListModel::VersionColumn).toString(), u"2.3.0"_s);
    QVERIFY(!cell(ProductListModel::UpdatedColumn).toString().isEmpty());
    QCOMPARE(cell(0, ProductListModel::ProductIdRole).toString(), u"orders.orders"_s);
    QCOMPARE(cell(0, ProductListModel::StatusRole).toInt(), int(LifecycleStatus::Published));
    // Names without a display name fall back to the id.
    const int payments = model.rowOf(u"payments.payments"_s);
    QCOMPARE(model.index(payments, ProductListModel::DomainColumn).data().toString(),
             u"payments"_s);
    QCOMPARE(model.headerData(ProductListModel::TitleColumn, Qt::Horizontal).toString(),
             u"Title"_s);
}

void tst_ProductListModel::sortByTitle_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<ProductQuery::SortKey>("key");
    QTest::newRow("title") << int(ProductListModel::TitleColumn) << ProductQuery::SortKey::Title;
    QTest::newRow("updated") << int(ProductListModel::UpdatedColumn)
                             << ProductQuery::SortKey::Updated;
    QTest::newRow("id") << int(ProductListModel::IdColumn) << ProductQuery::SortKey::Id;
}

void tst_ProductListModel::sortByTitle()
{
    QFETCH(int, column);
    QFETCH(ProductQuery::SortKey, key);

    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog.get());
    // The model does not sort: it asks for a new query, which the window runs. Here the
    // test plays the window, synchronously.
    ProductQuery query;
    connect(&model, &ProductListModel::sortRequested, this,
            [&](ProductQuery::SortKey requested, bool descending) {
                query.sortKey = requested;
                query.descending = descending;
                model.setProductIds(ids(query));
            });
    QSignalSpy sortRequested(&model, &ProductListModel::sortRequested);

    model.sort(column, Qt::AscendingOrder);
    QCOMPARE(sortRequested.count(), 1);
    QCOMPARE(sortRequested.at(0).at(0).value<ProductQuery::SortKey>(), key);
    QCOMPARE(sortRequested.at(0).at(1).toBool(), false);
    const QStringList ascending = model.productIds();
    QCOMPARE(ascending.size(), 40);
    const QString firstAscending = model.index(0, column).data().toString();

    model.sort(column, Qt::DescendingOrder);
    QCOMPARE(sortRequested.at(1).at(1).toBool(), true);
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(model.productIds(), reversed);
    QVERIFY(model.index(0, column).data().toString() != firstAscending);
    if (key == ProductQuery::SortKey::Title) {
        QCOMPARE(model.index(0, ProductListModel::TitleColumn).data().toString(),
                 u"Web & App Sessions"_s);
    }

    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(sortRequested.last().at(0).value<ProductQuery::SortKey>(),
             ProductQuery::SortKey::Relevance);
}

void tst_ProductListModel::sameIdsKeepRows()
{
    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog.get());
    const QStringList all = ids({});
    model.setProductIds(all);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProductIds(all);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);

    model.setProductIds(all.mid(0, 3));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(u"orders.orders"_s), -1);
}

void tst_ProductListModel::lazyBlocks()
{
    // More rows than a few blocks, so rows far apart come from different reads.
    const QString path = m_dir.filePath(u"synthetic.tessera"_s);
    {
        Result<std::unique_ptr<SqliteCatalog>> created = SqliteCatalog::create(path);
        QVERIFY2(created, qPrintable(created.error()));
        const CatalogDocument document = SyntheticCatalog::generate(1500, 7);
        const Result<ImportSummary> imported = created.value()->importDocument(document);
        QVERIFY2(imported, qPrintable(imported.error()));
    }
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(path);
    QVERIFY(catalog);
    ProductQuery query;
    query.sortKey = ProductQuery::SortKey::Title;
    const Result<QList<SearchHit>> hits = catalog->findProducts(query);
    QVERIFY(hits);
    QStringList all;
    for (const SearchHit &hit : *hits)
        all.append(hit.productId);
    QCOMPARE(all.size(), 1500);

    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog.get());
    model.setProductIds(all);
    QCOMPARE(model.rowCount(), 1500);
    // Visit rows in every block, back and forth, beyond the cache size.
    for (int row : {0, 1499, 200, 1400, 399, 1000, 601, 800, 1201, 0, 1499}) {
        const QModelIndex index = model.index(row, ProductListModel::IdColumn);
        QCOMPARE(index.data().toString(), all.at(row));
        const Result<QList<ProductSummary>> summary = catalog->summaries({all.at(row)});
        QVERIFY(summary && summary->size() == 1);
        QCOMPARE(model.index(row, ProductListModel::TitleColumn).data().toString(),
                 summary->constFirst().title);
    }
    model.setCatalog(nullptr);
}

void tst_ProductListModel::deletedProductShowsId()
{
    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog.get());
    model.setProductIds({u"orders.orders"_s, u"no.such-product"_s});
    QCOMPARE(model.index(1, ProductListModel::IdColumn).data().toString(), u"no.such-product"_s);
    QVERIFY(model.index(1, ProductListModel::TitleColumn).data().isNull());
    QCOMPARE(model.index(0, ProductListModel::TitleColumn).data().toString(), u"Orders"_s);
}

QTEST_MAIN(tst_ProductListModel)
#include "tst_productlistmodel.moc"
