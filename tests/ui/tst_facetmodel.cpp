#include "models/facetmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_FacetModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void groups();
    void valuesAndLabels();
    void checkingFilters_data();
    void checkingFilters();
    void checkedValueStaysListed();
    void countsUpdateInPlace();
    void sampleFacets();

private:
    static FacetCounts counts();
    QTemporaryDir m_dir;
};

void tst_FacetModel::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
}

void tst_FacetModel::init()
{
    TestSupport::failOnUnexpectedWarnings();
}

FacetCounts tst_FacetModel::counts()
{
    FacetCounts counts;
    counts.domains = {{u"orders"_s, 5}, {u"finance"_s, 2}};
    counts.tags = {{u"core"_s, 4}, {u"gold"_s, 3}, {u"legacy"_s, 1}};
    counts.statuses = {{u"published"_s, 6}, {u"deprecated"_s, 1}};
    counts.classifications = {{u"internal"_s, 5}, {u"restricted"_s, 2}};
    counts.owners = {{u"orders-team"_s, 5}, {QString(), 2}};
    return counts;
}

void tst_FacetModel::groups()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(FacetModel::GroupCount));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        QVERIFY(group.data(FacetModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(group) & Qt::ItemIsUserCheckable));
        names.append(group.data().toString());
    }
    QCOMPARE(names,
             (QStringList {u"Domain"_s, u"Tag"_s, u"Status"_s, u"Classification"_s, u"Owner"_s}));
}

void tst_FacetModel::valuesAndLabels()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNames({{u"orders"_s, u"Orders"_s}}, {{u"orders-team"_s, u"Orders Team"_s}});
    model.setCounts(counts());

    const QModelIndex tags = model.groupIndex(FacetModel::TagGroup);
    QCOMPARE(model.rowCount(tags), 3);
    QCOMPARE(model.index(0, FacetModel::ValueColumn, tags).data().toString(), u"core"_s);
    QCOMPARE(model.index(0, FacetModel::CountColumn, tags).data().toString(), u"4"_s);
    QCOMPARE(model.index(0, 0, tags).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    const QModelIndex orders = model.valueIndex(FacetModel::DomainGroup, u"orders"_s);
    QCOMPARE(orders.data().toString(), u"Orders"_s);
    QCOMPARE(orders.data(FacetModel::FacetValueRole).toString(), u"orders"_s);
    QCOMPARE(model.valueIndex(FacetModel::DomainGroup, u"finance"_s).data().toString(),
             u"finance"_s);
    QCOMPARE(model.valueIndex(FacetModel::StatusGroup, u"deprecated"_s).data().toString(),
             displayName(LifecycleStatus::Deprecated));
    QCOMPARE(model.valueIndex(FacetModel::ClassificationGroup, u"restricted"_s).data().toString(),
             displayName(Classification::Restricted));
    // Products without an owner are no filterable value.
    QCOMPARE(model.rowCount(model.groupIndex(FacetModel::OwnerGroup)), 1);
    QCOMPARE(model.valueIndex(FacetModel::OwnerGroup, u"orders-team"_s).data().toString(),
             u"Orders Team"_s);
}

void tst_FacetModel::checkingFilters_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("value");
    QTest::newRow("tag") << int(FacetModel::TagGroup) << u"gold"_s;
    QTest::newRow("status") << int(FacetModel::StatusGroup) << u"deprecated"_s;
    QTest::newRow("classification") << int(FacetModel::ClassificationGroup) << u"restricted"_s;
    QTest::newRow("owner") << int(FacetModel::OwnerGroup) << u"orders-team"_s;
    QTest::newRow("domain") << int(FacetModel::DomainGroup) << u"finance"_s;
}

void tst_FacetModel::checkingFilters()
{
    QFETCH(int, group);
    QFETCH(QString, value);

    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(counts());
    QSignalSpy filtersChanged(&model, &FacetModel::filtersChanged);

    const QModelIndex index = model.valueIndex(FacetModel::Group(group), value);
    QVERIFY(index.isValid());
    QVERIFY(model.flags(index) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(index, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(filtersChanged.count(), 1);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.checkedValues(FacetModel::Group(group)), QStringList {value});
    QVERIFY(model.hasCheckedValues());
    QVERIFY(model.groupIndex(FacetModel::Group(group)).data(Qt::FontRole).value<QFont>().bold());

    ProductQuery query;
    model.applyTo(query);
    const QStringList expected {value};
    switch (group) {
    case FacetModel::TagGroup:
        QCOMPARE(query.tags, expected);
        break;
    case FacetModel::StatusGroup:
        QCOMPARE(query.statuses, expected);
        break;
    case FacetModel::ClassificationGroup:
        QCOMPARE(query.classifications, expected);
        break;
    case FacetModel::OwnerGroup:
        QCOMPARE(query.ownerTeamIds, expected);
        break;
    case FacetModel::DomainGroup:
        // The window combines the domain facet with the domain tree itself.
        QVERIFY(!query.hasFilters());
        break;
    }

    // Checking again changes nothing; unchecking clears the filter.
    QVERIFY(model.setData(index, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(filtersChanged.count(), 1);
    QVERIFY(model.setData(index, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(filtersChanged.count(), 2);
    QVERIFY(!model.hasCheckedValues());
    // Group rows are not checkable.
    QVERIFY(!model.setData(model.groupIndex(FacetModel::Group(group)), Qt::Checked,
                           Qt::CheckStateRole));
}

void tst_FacetModel::checkedValueStaysListed()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(counts());
    model.setChecked(FacetModel::TagGroup, u"legacy"_s, true);

    FacetCounts narrowed = counts();
    narrowed.tags = {{u"core"_s, 1}};
    model.setCounts(narrowed);
    const QModelIndex legacy = model.valueIndex(FacetModel::TagGroup, u"legacy"_s);
    QVERIFY(legacy.isValid());
    QCOMPARE(legacy.data(FacetModel::CountRole).toLongLong(), 0);
    QCOMPARE(legacy.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.rowCount(model.groupIndex(FacetModel::TagGroup)), 2);

    QSignalSpy filtersChanged(&model, &FacetModel::filtersChanged);
    model.clearAllChecked();
    QCOMPARE(filtersChanged.count(), 1);
    QVERIFY(model.checkedValues(FacetModel::TagGroup).isEmpty());
    model.clearAllChecked();
    QCOMPARE(filtersChanged.count(), 1);
}

void tst_FacetModel::countsUpdateInPlace()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(counts());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Same values, new counts: rows stay, so the view keeps its state.
    FacetCounts recounted = counts();
    recounted.statuses = {{u"published"_s, 3}, {u"deprecated"_s, 1}};
    model.setCounts(recounted);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.valueIndex(FacetModel::StatusGroup, u"published"_s)
                 .siblingAtColumn(FacetModel::CountColumn)
                 .data()
                 .toString(),
             u"3"_s);

    // Other values: the group's rows are replaced.
    recounted.statuses = {{u"draft"_s, 9}};
    model.setCounts(recounted);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(model.groupIndex(FacetModel::StatusGroup)), 1);
}

void tst_FacetModel::sampleFacets()
{
    const QString path = TestSupport::installSample(m_dir);
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(path);
    QVERIFY(catalog);
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProductQuery query;
    Result<FacetCounts> facets = catalog->facets(query);
    QVERIFY2(facets, qPrintable(facets.error()));
    model.setCounts(*facets);
    QCOMPARE(model.valueIndex(FacetModel::StatusGroup, u"deprecated"_s)
                 .data(FacetModel::CountRole)
                 .toLongLong(),
             2);

    // A checked status narrows the matches but the status group still offers the others.
    model.setChecked(FacetModel::StatusGroup, u"deprecated"_s, true);
    model.applyTo(query);
    QCOMPARE(catalog->countProducts(query).value(), 2);
    facets = catalog->facets(query);
    QVERIFY(facets);
    model.setCounts(*facets);
    QVERIFY(model.rowCount(model.groupIndex(FacetModel::StatusGroup)) > 1);
    QCOMPARE(model.valueIndex(FacetModel::ClassificationGroup, u"confidential"_s)
                 .data(FacetModel::CountRole)
                 .toLongLong(),
             1);
}

QTEST_MAIN(tst_FacetModel)
#include "tst_facetmodel.moc"
