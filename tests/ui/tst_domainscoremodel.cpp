#include "models/domainscoremodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

using M = DomainScoreModel;

class tst_DomainScoreModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void rollsUpSubdomains();
    void unknownDomainStillCounts();
};

void tst_DomainScoreModel::rollsUpSubdomains()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(TestSupport::makeCheckReport(), TestSupport::checkReportDomains());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    // Tree order, children indented.
    QCOMPARE(model.domainId(0), u"finance"_s);
    QCOMPARE(model.domainId(1), u"sales"_s);
    QCOMPARE(model.domainId(2), u"orders"_s);
    QCOMPARE(model.index(2, M::DomainColumn).data().toString(), u"    Orders"_s);
    QCOMPARE(model.index(2, M::DomainColumn).data(M::DepthRole).toInt(), 1);

    // orders: orders.orders (3 pass) and orders.lines (fail, exempt, error).
    const int orders = model.rowOf(u"orders"_s);
    QCOMPARE(model.index(orders, M::ProductsColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(orders, M::FailuresColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(orders, M::ScoreColumn).data(M::ScoreRole).toDouble(), 3.0 / 5.0);
    QCOMPARE(model.index(orders, M::ScoreColumn).data().toString(), u"60 %"_s);
    // sales adds sales.kpis (pass, fail): 4 of 7.
    const int sales = model.rowOf(u"sales"_s);
    QCOMPARE(model.index(sales, M::ProductsColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(sales, M::FailuresColumn).data().toLongLong(), 3);
    QCOMPARE(model.counts(u"sales"_s).passed, 4);
    QCOMPARE(model.index(sales, M::ScoreColumn).data(M::ScoreRole).toDouble(), 4.0 / 7.0);
    const int finance = model.rowOf(u"finance"_s);
    QCOMPARE(model.index(finance, M::ScoreColumn).data().toString(), u"67 %"_s);
    QCOMPARE(model.headerData(M::FailuresColumn, Qt::Horizontal).toString(), u"Failures"_s);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DomainScoreModel::unknownDomainStillCounts()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Without the domain list, each product's domain becomes a top-level row.
    model.setReport(TestSupport::makeCheckReport(), {});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(model.rowOf(u"orders"_s), M::ProductsColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(model.rowOf(u"sales"_s), M::ProductsColumn).data().toLongLong(), 1);
    // A domain without products shows no score rather than a perfect one.
    model.setReport(TestSupport::makeCheckReport(),
                    TestSupport::checkReportDomains()
                        + QList<Domain>{{u"empty"_s, u"Empty"_s, {}, {}, {}}});
    QCOMPARE(model.index(model.rowOf(u"empty"_s), M::ScoreColumn).data().toString(), u"–"_s);
}

QTEST_MAIN(tst_DomainScoreModel)
#include "tst_domainscoremodel.moc"
