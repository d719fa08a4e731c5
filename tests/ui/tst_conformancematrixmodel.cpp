#include "models/conformancefiltermodel.h"
#include "models/conformancematrixmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

using M = ConformanceMatrixModel;

class tst_ConformanceMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void shape();
    void cells_data();
    void cells();
    void headers();
    void rowFilters_data();
    void rowFilters();
    void severityHidesColumns();
    void sortByScore();
    void clearAndReset();

private:
    static QStringList productIds(const QAbstractItemModel &model);
};

QStringList tst_ConformanceMatrixModel::productIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, M::ProductColumn).data(M::ProductIdRole).toString());
    return ids;
}

void tst_ConformanceMatrixModel::shape()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasReport());
    model.setReport(TestSupport::makeCheckReport());
    model.setDomainNames({{u"orders"_s, u"Orders"_s}});
    QVERIFY(model.hasReport());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), M::FirstPolicyColumn + 3);
    QCOMPARE(model.index(1, M::ProductColumn).data().toString(), u"orders.orders"_s);
    QCOMPARE(model.index(1, M::DomainColumn).data().toString(), u"Orders"_s);
    QCOMPARE(model.index(0, M::DomainColumn).data().toString(), u"sales"_s); // no name given
    QCOMPARE(model.index(0, M::ScoreColumn).data(M::ScoreRole).toDouble(), 0.5);
    QCOMPARE(model.index(0, M::ScoreColumn).data().toString(), u"50 %"_s);
    QCOMPARE(model.index(1, M::ScoreColumn).data().toString(), u"100 %"_s);
    QCOMPARE(model.columnOfPolicy(u"tags"_s), M::FirstPolicyColumn + 2);
    QCOMPARE(model.policyIndex(M::ScoreColumn), -1);
    QCOMPARE(model.rowOfProduct(u"finance.ledger"_s), 3);
}

void tst_ConformanceMatrixModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("policy");
    QTest::addColumn<PolicyOutcome>("outcome");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QString>("detailStart");

    QTest::newRow("pass") << 0 << 0 << PolicyOutcome::Pass << u"✓"_s << QColor(0x11, 0x5c, 0x2b)
                          << QString();
    QTest::newRow("fail error") << 2 << 0 << PolicyOutcome::Fail << u"✗"_s
                                << QColor(0x8c, 0x16, 0x16) << u"product.owner"_s;
    QTest::newRow("fail warning") << 0 << 1 << PolicyOutcome::Fail << u"✗"_s
                                  << QColor(0x8a, 0x48, 0x00) << u"fields.all"_s;
    QTest::newRow("fail info") << 3 << 2 << PolicyOutcome::Fail << u"✗"_s
                               << QColor(0x4a, 0x4a, 0x4a) << u"size("_s;
    QTest::newRow("not applicable") << 0 << 2 << PolicyOutcome::NotApplicable << u"–"_s
                                    << QColor(0x8a, 0x8a, 0x8a) << QString();
    QTest::newRow("exempt") << 2 << 1 << PolicyOutcome::Exempt << u"E"_s
                            << QColor(0x1a, 0x4f, 0x8f) << QString();
    QTest::newRow("error") << 2 << 2 << PolicyOutcome::Error << u"!"_s << QColor(Qt::white)
                           << u"no such key"_s;
}

void tst_ConformanceMatrixModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, policy);
    QFETCH(PolicyOutcome, outcome);
    QFETCH(QString, symbol);
    QFETCH(QColor, foreground);
    QFETCH(QString, detailStart);

    M model;
    model.setReport(TestSupport::makeCheckReport());
    const QModelIndex index = model.index(row, M::FirstPolicyColumn + policy);
    QCOMPARE(toString(PolicyOutcome(index.data(M::OutcomeRole).toInt())), toString(outcome));
    QCOMPARE(index.data().toString(), symbol);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), foreground);
    // Every outcome but "not applicable" has its own background.
    QCOMPARE(index.data(Qt::BackgroundRole).isValid(), outcome != PolicyOutcome::NotApplicable);
    const QString detail = index.data(M::DetailRole).toString();
    QVERIFY2(detail.startsWith(detailStart), qPrintable(detail));
    QCOMPARE(detail.isEmpty(), detailStart.isEmpty());
    // The tool tip names the outcome in words and gives the first line of the explanation.
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(M::outcomeText(outcome)), qPrintable(tip));
    if (!detail.isEmpty())
        QVERIFY2(tip.endsWith(detail.section(u'\n', 0, 0)), qPrintable(tip));
    QCOMPARE(index.data(M::PolicyIdRole).toString(),
             model.headerData(index.column(), Qt::Horizontal, M::PolicyIdRole).toString());
}

void tst_ConformanceMatrixModel::headers()
{
    M model;
    model.setReport(TestSupport::makeCheckReport());
    QCOMPARE(model.headerData(M::ProductColumn, Qt::Horizontal).toString(), u"Product"_s);
    QCOMPARE(model.headerData(M::ScoreColumn, Qt::Horizontal).toString(), u"Score"_s);
    QCOMPARE(model.headerData(M::FirstPolicyColumn + 1, Qt::Horizontal).toString(),
             u"Fields described"_s);
    const QString tip = model.headerData(M::FirstPolicyColumn + 1, Qt::Horizontal, Qt::ToolTipRole)
                            .toString();
    // The whole title first: the header may have to cut it.
    QVERIFY2(tip.startsWith(u"Fields described\n"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"fields"_s) && tip.contains(u"warning"_s)
                 && tip.contains(u"Describe every field."_s),
             qPrintable(tip));
    QCOMPARE(model.headerData(M::FirstPolicyColumn, Qt::Horizontal, M::SeverityRole).toInt(),
             int(Policy::Severity::Error));
}

void tst_ConformanceMatrixModel::rowFilters_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("severity"); // -1: any
    QTest::addColumn<int>("outcome");  // -1: any
    QTest::addColumn<QStringList>("products");

    const QStringList all{u"sales.kpis"_s, u"orders.orders"_s, u"orders.lines"_s,
                          u"finance.ledger"_s};
    QTest::newRow("none") << QString() << -1 << -1 << all;
    QTest::newRow("domain with subdomains")
        << u"sales"_s << -1 << -1
        << QStringList{u"sales.kpis"_s, u"orders.orders"_s, u"orders.lines"_s};
    QTest::newRow("subdomain") << u"orders"_s << -1 << -1
                               << QStringList{u"orders.orders"_s, u"orders.lines"_s};
    QTest::newRow("fail") << QString() << -1 << int(PolicyOutcome::Fail)
                          << QStringList{u"sales.kpis"_s, u"orders.lines"_s, u"finance.ledger"_s};
    QTest::newRow("fail of errors only") << QString() << int(Policy::Severity::Error)
                                         << int(PolicyOutcome::Fail)
                                         << QStringList{u"orders.lines"_s};
    QTest::newRow("fail in finance") << u"finance"_s << -1 << int(PolicyOutcome::Fail)
                                     << QStringList{u"finance.ledger"_s};
    QTest::newRow("error") << QString() << -1 << int(PolicyOutcome::Error)
                           << QStringList{u"orders.lines"_s};
    QTest::newRow("exempt") << QString() << -1 << int(PolicyOutcome::Exempt)
                            << QStringList{u"orders.lines"_s};
    QTest::newRow("pass of info") << QString() << int(Policy::Severity::Info)
                                  << int(PolicyOutcome::Pass) << QStringList{u"orders.orders"_s};
    QTest::newRow("not applicable") << QString() << -1 << int(PolicyOutcome::NotApplicable)
                                    << QStringList{u"sales.kpis"_s};
    QTest::newRow("unknown domain") << u"nowhere"_s << -1 << -1 << QStringList();
}

void tst_ConformanceMatrixModel::rowFilters()
{
    QFETCH(QString, domain);
    QFETCH(int, severity);
    QFETCH(int, outcome);
    QFETCH(QStringList, products);

    M model;
    ConformanceFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(TestSupport::makeCheckReport());
    proxy.setDomains(TestSupport::checkReportDomains());
    proxy.setDomainFilter(domain);
    proxy.setSeverityFilter(severity < 0 ? std::nullopt
                                         : std::optional(Policy::Severity(severity)));
    proxy.setOutcomeFilter(outcome < 0 ? std::nullopt : std::optional(PolicyOutcome(outcome)));
    QCOMPARE(productIds(proxy), products);

    // Back to everything.
    proxy.setDomainFilter({});
    proxy.setSeverityFilter(std::nullopt);
    proxy.setOutcomeFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.columnCount(), M::FirstPolicyColumn + 3);
}

void tst_ConformanceMatrixModel::severityHidesColumns()
{
    M model;
    ConformanceFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(TestSupport::makeCheckReport());
    proxy.setSeverityFilter(Policy::Severity::Warning);
    QCOMPARE(proxy.columnCount(), M::FirstPolicyColumn + 1);
    QCOMPARE(proxy.headerData(M::FirstPolicyColumn, Qt::Horizontal, M::PolicyIdRole).toString(),
             u"fields"_s);
    // The fixed columns stay.
    QCOMPARE(proxy.headerData(M::ScoreColumn, Qt::Horizontal).toString(), u"Score"_s);
    proxy.setSeverityFilter(Policy::Severity::Info);
    QCOMPARE(proxy.headerData(M::FirstPolicyColumn, Qt::Horizontal, M::PolicyIdRole).toString(),
             u"tags"_s);
}

void tst_ConformanceMatrixModel::sortByScore()
{
    M model;
    ConformanceFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(TestSupport::makeCheckReport());
    proxy.sort(M::ScoreColumn, Qt::AscendingOrder);
    // By the number: "100 %" would come before "50 %" as text.
    QCOMPARE(productIds(proxy), (QStringList{u"orders.lines"_s, u"sales.kpis"_s,
                                             u"finance.ledger"_s, u"orders.orders"_s}));
    proxy.sort(M::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(productIds(proxy).first(), u"orders.orders"_s);
    proxy.sort(M::ProductColumn, Qt::AscendingOrder);
    QCOMPARE(productIds(proxy), (QStringList{u"finance.ledger"_s, u"orders.lines"_s,
                                             u"orders.orders"_s, u"sales.kpis"_s}));
    proxy.sort(M::DomainColumn, Qt::AscendingOrder);
    QCOMPARE(productIds(proxy), (QStringList{u"finance.ledger"_s, u"orders.lines"_s,
                                             u"orders.orders"_s, u"sales.kpis"_s}));
    // Sorting survives a new report.
    model.setReport(TestSupport::makeCheckReport());
    QCOMPARE(productIds(proxy).first(), u"finance.ledger"_s);
}

void tst_ConformanceMatrixModel::clearAndReset()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(TestSupport::makeCheckReport());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(M::FirstPolicyColumn));
    QVERIFY(!model.hasReport());
}

QTEST_MAIN(tst_ConformanceMatrixModel)
#include "tst_conformancematrixmodel.moc"
