#include "models/dependencymodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_DependencyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void entries();
    void editing();
};

void tst_DependencyModel::entries()
{
    DependencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({{u"orders.orders"_s, u"orders_table"_s, u"Orders"_s, false},
                      {u"gone.product"_s, u"port"_s, QString(), true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.missingCount(), 1);
    QCOMPARE(model.index(0, DependencyModel::ProductColumn).data().toString(), u"orders.orders"_s);
    QCOMPARE(model.index(0, DependencyModel::TitleColumn).data().toString(), u"Orders"_s);
    QCOMPARE(model.index(0, DependencyModel::PortColumn).data().toString(), u"orders_table"_s);
    QVERIFY(!model.index(0, 0).data(DependencyModel::MissingRole).toBool());

    const QModelIndex missing = model.index(1, DependencyModel::TitleColumn);
    QVERIFY(missing.data(DependencyModel::MissingRole).toBool());
    QCOMPARE(missing.data().toString(), u"Missing from the catalog"_s);
    QVERIFY(missing.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(missing.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(missing.data(DependencyModel::ProductIdRole).toString(), u"gone.product"_s);
}

void tst_DependencyModel::editing()
{
    DependencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addEntry({u"a.a"_s, u"p"_s, u"A"_s, false}), 0);
    QCOMPARE(model.addEntry({u"b.b"_s, u"p"_s, u"B"_s, false}), 1);
    // The same product and port is listed once.
    QCOMPARE(model.addEntry({u"a.a"_s, u"p"_s, u"A"_s, false}), 0);
    QCOMPARE(model.rowCount(), 2);
    model.removeEntry(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).productId, u"b.b"_s);
    model.removeEntry(5);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_DependencyModel)
#include "tst_dependencymodel.moc"
