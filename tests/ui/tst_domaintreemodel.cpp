#include "models/domaintreemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DomainTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sampleCounts_data();
    void sampleCounts();
    void hierarchy();
    void orphansAndCycles();
    void lookups();

private:
    void loadSample(DomainTreeModel &model);

    QTemporaryDir m_dir;
    QString m_samplePath;
};

void tst_DomainTreeModel::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    m_samplePath = TestSupport::installSample(m_dir);
    QVERIFY(!m_samplePath.isEmpty());
}

void tst_DomainTreeModel::init()
{
    TestSupport::failOnUnexpectedWarnings();
}

void tst_DomainTreeModel::loadSample(DomainTreeModel &model)
{
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(m_samplePath);
    QVERIFY(catalog);
    const Result<QList<Domain>> domains = catalog->domains();
    const Result<QHash<QString, qint64>> counts = catalog->productCountsByDomain();
    QVERIFY2(domains, qPrintable(domains.error()));
    QVERIFY2(counts, qPrintable(counts.error()));
    model.setDomains(*domains, *counts);
}

void tst_DomainTreeModel::sampleCounts_data()
{
    QTest::addColumn<QString>("domainId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("count");

    QTest::newRow("all products") << QString() << u"All products"_s << qint64(40);
    QTest::newRow("orders") << u"orders"_s << u"Orders"_s << qint64(5);
    QTest::newRow("finance") << u"finance"_s << u"Finance"_s << qint64(6);
    // Marketing's own 6 plus the 3 of its subdomain Marketing Analytics.
    QTest::newRow("marketing with subdomain") << u"marketing"_s << u"Marketing"_s << qint64(9);
    QTest::newRow("subdomain") << u"marketing-analytics"_s << u"Marketing Analytics"_s << qint64(3);
}

void tst_DomainTreeModel::sampleCounts()
{
    QFETCH(QString, domainId);
    QFETCH(QString, name);
    QFETCH(qint64, count);

    DomainTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadSample(model);

    const QModelIndex index = model.indexOf(domainId);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), name);
    QCOMPARE(index.siblingAtColumn(DomainTreeModel::CountColumn).data().toString(),
             QString::number(count));
    QCOMPARE(index.data(DomainTreeModel::ProductCountRole).toLongLong(), count);
    QCOMPARE(index.data(DomainTreeModel::DomainIdRole).toString(), domainId);
}

void tst_DomainTreeModel::hierarchy()
{
    DomainTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadSample(model);

    // One root, "All products", holding the seven top-level domains sorted by name.
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root, model.rootIndex());
    QVERIFY(root.data(DomainTreeModel::IsRootRole).toBool());
    QCOMPARE(model.rowCount(root), 7);
    QStringList names;
    for (int row = 0; row < model.rowCount(root); ++row)
        names.append(model.index(row, 0, root).data().toString());
    QCOMPARE(names,
             (QStringList {u"Customers"_s, u"Finance"_s, u"Inventory"_s, u"Marketing"_s,
                           u"Orders"_s, u"Payments"_s, u"Shipping"_s}));

    const QModelIndex marketing = model.indexOf(u"marketing"_s);
    QCOMPARE(marketing.parent(), root);
    QCOMPARE(model.rowCount(marketing), 1);
    const QModelIndex analytics = model.index(0, 0, marketing);
    QCOMPARE(analytics, model.indexOf(u"marketing-analytics"_s));
    QCOMPARE(analytics.parent(), marketing);
    QCOMPARE(model.rowCount(analytics), 0);
}

void tst_DomainTreeModel::orphansAndCycles()
{
    DomainTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // "a" and "b" are each other's parent; "c" names a parent that does not exist.
    const QList<Domain> domains = {{u"a"_s, u"A"_s, u"b"_s, {}, {}},
                                   {u"b"_s, u"B"_s, u"a"_s, {}, {}},
                                   {u"c"_s, u"C"_s, u"missing"_s, {}, {}}};
    const QHash<QString, qint64> counts = {{u"a"_s, 1}, {u"b"_s, 2}, {u"c"_s, 4}, {u"gone"_s, 8}};
    model.setDomains(domains, counts);
    QCOMPARE(reset.count(), 1);

    // Every domain stays reachable, and nothing is counted twice; products of an unknown
    // domain still count for "All products".
    QCOMPARE(model.rootIndex().data(DomainTreeModel::ProductCountRole).toLongLong(), 15);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY2(model.indexOf(id).isValid(), qPrintable(id));
    // Domains of a parent cycle and orphans hang at the top level.
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        QCOMPARE(model.indexOf(id).parent(), model.rootIndex());
    QCOMPARE(model.indexOf(u"a"_s).data(DomainTreeModel::ProductCountRole).toLongLong(), 1);
    QCOMPARE(model.indexOf(u"b"_s).data(DomainTreeModel::ProductCountRole).toLongLong(), 2);

    model.clear();
    QCOMPARE(model.rowCount(model.rootIndex()), 0);
    QCOMPARE(model.rootIndex().data(DomainTreeModel::ProductCountRole).toLongLong(), 0);
}

void tst_DomainTreeModel::lookups()
{
    DomainTreeModel model;
    loadSample(model);
    QVERIFY(model.isWithin(u"marketing-analytics"_s, u"marketing"_s));
    QVERIFY(model.isWithin(u"marketing"_s, u"marketing"_s));
    QVERIFY(model.isWithin(u"orders"_s, QString()));
    QVERIFY(!model.isWithin(u"marketing"_s, u"marketing-analytics"_s));
    QVERIFY(!model.isWithin(u"orders"_s, u"marketing"_s));
    QCOMPARE(model.domainName(u"orders"_s), u"Orders"_s);
    QCOMPARE(model.domainId(model.indexOf(u"orders"_s)), u"orders"_s);
    QVERIFY(!model.indexOf(u"nope"_s).isValid());
}

QTEST_MAIN(tst_DomainTreeModel)
#include "tst_domaintreemodel.moc"
