#include "models/domainchangemodel.h"
#include "models/exemptionmodel.h"
#include "models/policyresultmodel.h"
#include "models/policytestresultmodel.h"
#include "models/policytreemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_PolicyModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void treeGroupsByScope();
    void exemptionsShowExpiry();
    void resultsFilterAndWhatIf();
    void resultsListFailuresFirst();
    void resultsSortByColumn();
    void domainChangesMostFailingFirst();
    void testResults();
};

namespace {

Policy policy(const QString &id, const QString &title, const QString &scope, bool enabled = true)
{
    Policy p;
    p.id = id;
    p.title = title;
    p.scope = scope;
    p.rule = u"true"_s;
    p.enabled = enabled;
    return p;
}

} // namespace

void tst_PolicyModels::treeGroupsByScope()
{
    PolicyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QList<Domain> domains {{u"marketing"_s, u"Marketing"_s, {}, {}, {}},
                                 {u"analytics"_s, u"Analytics"_s, u"marketing"_s, {}, {}},
                                 {u"orders"_s, u"Orders"_s, {}, {}, {}}};
    model.setPolicies({policy(u"b"_s, u"Beta"_s, u"global"_s),
                       policy(u"x"_s, u"Xylo"_s, u"orders"_s, false),
                       policy(u"a"_s, u"Alpha"_s, u"global"_s),
                       policy(u"m"_s, u"Mail"_s, u"analytics"_s)},
                      domains);
    QCOMPARE(model.rowCount(), 3); // global, marketing › analytics, orders
    QCOMPARE(model.index(0, 0).data().toString(), u"Global"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Marketing › Analytics"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"Orders"_s);
    const QModelIndex global = model.index(0, 0);
    QCOMPARE(model.rowCount(global), 2);
    QCOMPARE(model.index(0, 0, global).data().toString(), u"Alpha"_s); // by title
    QCOMPARE(model.policyId(model.index(1, 0, global)), u"b"_s);
    const QModelIndex x = model.indexOf(u"x"_s);
    QCOMPARE(x.parent().row(), 2);
    QCOMPARE(x.siblingAtColumn(PolicyTreeModel::StateColumn).data().toString(), u"Inactive"_s);
    QCOMPARE(x.data(PolicyTreeModel::ScopeRole).toString(), u"orders"_s);
    QVERIFY(!model.indexOf(u"nope"_s).isValid());
}

void tst_PolicyModels::exemptionsShowExpiry()
{
    ExemptionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 24));
    model.setExemptions({{u"orders.orders"_s, u"migration"_s, u"ana"_s, QDate(2026, 11, 23)},
                         {u"orders.carts"_s, u"pilot"_s, u"ana"_s, QDate(2026, 11, 24)},
                         {u"orders.returns"_s, u"legacy"_s, u"ana"_s, QDate()}});
    QVERIFY(model.index(0, ExemptionModel::ExpiresColumn).data().toString().contains(u"expired"_s));
    QVERIFY(!model.index(1, ExemptionModel::ExpiresColumn).data().toString().contains(u"expired"_s));
    QCOMPARE(model.index(2, ExemptionModel::ExpiresColumn).data().toString(), u"never"_s);
    // A date that is not a date is refused; the old one stays.
    QVERIFY(!model.setData(model.index(1, ExemptionModel::ExpiresColumn), u"soon"_s));
    QCOMPARE(model.exemptions().at(1).expires, QDate(2026, 11, 24));
    QVERIFY(model.setData(model.index(1, ExemptionModel::ExpiresColumn), u"2027-01-31"_s));
    QCOMPARE(model.exemptions().at(1).expires, QDate(2027, 1, 31));
    QVERIFY(model.insertRows(3, 1));
    QVERIFY(model.setData(model.index(3, ExemptionModel::ProductColumn), u" orders.refunds "_s));
    QCOMPARE(model.exemptions().at(3).productId, u"orders.refunds"_s);
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 2);
}

void tst_PolicyModels::resultsFilterAndWhatIf()
{
    CheckReport report;
    report.policies = {{u"p"_s, u"P"_s, u"global"_s, Policy::Severity::Error, {}, {}},
                       {u"p"_s, u"P edited"_s, u"global"_s, Policy::Severity::Error, {}, {}}};
    report.products = {{u"a.one"_s, u"a"_s, u"published"_s},
                       {u"a.two"_s, u"a"_s, u"published"_s},
                       {u"b.three"_s, u"b"_s, u"draft"_s},
                       {u"b.four"_s, u"b"_s, u"draft"_s}};
    using O = PolicyOutcome;
    // Rows: active column 0, edited column 1.
    report.outcomes = {O::Pass, O::Fail, O::Fail, O::Pass, O::Pass, O::Pass,
                       O::NotApplicable, O::NotApplicable};
    report.findings = {{0, 1, O::Fail, u"why one fails"_s, {}}, {1, 0, O::Fail, u"old"_s, {}}};
    WhatIfReport whatIf;
    whatIf.newlyFailing = {{u"a.one"_s, u"a"_s, O::Pass, O::Fail, u"why one fails"_s}};
    whatIf.newlyPassing = {{u"a.two"_s, u"a"_s, O::Fail, O::Pass, {}}};

    PolicyResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(report, 1, 0, whatIf);
    QCOMPARE(model.rowCount(), 3); // applicable: not b.four
    QCOMPARE(model.index(0, PolicyResultModel::OutcomeColumn).data().toString(), u"fail"_s);
    QCOMPARE(model.index(0, PolicyResultModel::ActiveColumn).data().toString(), u"pass"_s);
    QCOMPARE(model.index(0, PolicyResultModel::ChangeColumn).data().toString(), u"newly failing"_s);
    QCOMPARE(model.index(0, 0).data(PolicyResultModel::DetailRole).toString(), u"why one fails"_s);
    QCOMPARE(model.index(1, PolicyResultModel::ChangeColumn).data().toString(), u"newly passing"_s);
    QCOMPARE(model.index(1, 0).data(PolicyResultModel::DetailRole).toString(), QString());
    model.setFilter(PolicyResultModel::Filter::Failing);
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(PolicyResultModel::Filter::Changed);
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(PolicyResultModel::Filter::All);
    QCOMPARE(model.rowCount(), 4);
    model.setProductFilter(u"b.four"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PolicyResultModel::OutcomeColumn).data().toString(),
             u"not applicable"_s);
    model.setProductFilter({});
    // A new policy has no active version.
    model.setResults(report, 1, -1, whatIf);
    QCOMPARE(model.index(0, PolicyResultModel::ActiveColumn).data().toString(), u"(new policy)"_s);
}

namespace {

// A report of one policy over products named `domain.name`, with these outcomes.
CheckReport oneColumn(const QStringList &products, const QList<PolicyOutcome> &outcomes)
{
    CheckReport report;
    report.policies = {{u"p"_s, u"P"_s, u"global"_s, Policy::Severity::Error, {}, {}}};
    for (const QString &id : products)
        report.products.append({id, id.section(u'.', 0, 0), u"published"_s});
    report.outcomes.assign(outcomes.cbegin(), outcomes.cend());
    return report;
}

} // namespace

void tst_PolicyModels::resultsListFailuresFirst()
{
    using O = PolicyOutcome;
    const CheckReport report = oneColumn({u"a.one"_s, u"a.two"_s, u"b.three"_s, u"b.four"_s},
                                         {O::Pass, O::Error, O::Fail, O::Fail});
    PolicyResultModel model;
    model.setResults(report, 0, -1, {});
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order += model.index(row, PolicyResultModel::ProductColumn).data().toString();
    QCOMPARE(order, (QStringList{u"b.four"_s, u"b.three"_s, u"a.two"_s, u"a.one"_s}));
}

void tst_PolicyModels::resultsSortByColumn()
{
    using O = PolicyOutcome;
    const CheckReport report = oneColumn({u"a.one"_s, u"b.two"_s, u"c.three"_s, u"a.four"_s},
                                         {O::Pass, O::Fail, O::Exempt, O::Error});
    PolicyResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(report, 0, -1, {});
    const auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values += model.index(row, c).data().toString();
        return values;
    };
    const QStringList failuresFirst {u"b.two"_s, u"a.four"_s, u"a.one"_s, u"c.three"_s};
    QCOMPARE(column(PolicyResultModel::ProductColumn), failuresFirst);
    // The selected row stays selected, wherever it moves.
    const QPersistentModelIndex selected = model.index(1, PolicyResultModel::OutcomeColumn);

    model.sort(PolicyResultModel::ProductColumn, Qt::AscendingOrder);
    QCOMPARE(column(PolicyResultModel::ProductColumn),
             (QStringList{u"a.four"_s, u"a.one"_s, u"b.two"_s, u"c.three"_s}));
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.column(), int(PolicyResultModel::OutcomeColumn));
    model.sort(PolicyResultModel::ProductColumn, Qt::DescendingOrder);
    QCOMPARE(column(PolicyResultModel::ProductColumn),
             (QStringList{u"c.three"_s, u"b.two"_s, u"a.one"_s, u"a.four"_s}));
    QCOMPARE(selected.row(), 3);
    // Outcomes: what needs attention first; ties by product id.
    model.sort(PolicyResultModel::OutcomeColumn, Qt::AscendingOrder);
    QCOMPARE(column(PolicyResultModel::OutcomeColumn),
             (QStringList{u"fail"_s, u"error"_s, u"exempt"_s, u"pass"_s}));
    model.sort(PolicyResultModel::DomainColumn, Qt::DescendingOrder);
    QCOMPARE(column(PolicyResultModel::ProductColumn),
             (QStringList{u"c.three"_s, u"b.two"_s, u"a.four"_s, u"a.one"_s}));
    // No column: back to failures first.
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(column(PolicyResultModel::ProductColumn), failuresFirst);
    // The order holds for new results.
    model.sort(PolicyResultModel::ProductColumn, Qt::DescendingOrder);
    model.setResults(report, 0, -1, {});
    QCOMPARE(column(PolicyResultModel::ProductColumn).first(), u"c.three"_s);
}

void tst_PolicyModels::domainChangesMostFailingFirst()
{
    WhatIfReport whatIf;
    whatIf.byDomain.insert(u"a"_s, {1, 3});
    whatIf.byDomain.insert(u"b"_s, {4, 0});
    whatIf.byDomain.insert(u"c"_s, {0, 0});
    DomainChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(whatIf);
    QCOMPARE(model.rowCount(), 2); // unchanged domains are left out
    QCOMPARE(model.index(0, DomainChangeModel::DomainColumn).data().toString(), u"b"_s);
    QCOMPARE(model.index(0, DomainChangeModel::NewlyFailingColumn).data().toLongLong(), 4);
    QCOMPARE(model.index(1, DomainChangeModel::NewlyPassingColumn).data().toLongLong(), 3);
}

void tst_PolicyModels::testResults()
{
    PolicyTestResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PolicyTestResult ok {u"p"_s, u"good"_s, PolicyOutcome::Pass, PolicyOutcome::Pass, {}};
    PolicyTestResult bad {u"p"_s, u"bad"_s, PolicyOutcome::Fail, PolicyOutcome::Pass,
                          u"passed: the owner is set"_s};
    model.setResults({ok, bad});
    QCOMPARE(model.failedCount(), 1);
    QVERIFY(model.index(1, PolicyTestResultModel::ResultColumn).data().toString()
                .contains(u"FAILED"_s));
    QCOMPARE(model.index(1, PolicyTestResultModel::ExpectedColumn).data().toString(), u"fail"_s);
    QCOMPARE(model.index(1, 0).data(PolicyTestResultModel::DetailRole).toString(),
             u"passed: the owner is set"_s);
}

QTEST_MAIN(tst_PolicyModels)
#include "tst_policymodels.moc"
