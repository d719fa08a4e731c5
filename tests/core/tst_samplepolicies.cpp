#include "testproducts.h"

#include "governance/policychecker.h"
#include "governance/policytestrunner.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

// The sample ships the retailer federation's policy set; its intended failures are what the
// governance views show.
class tst_SamplePolicies : public QObject
{
    Q_OBJECT

private slots:
    void policySetShipped();
    void policiesPassTheirTests();
    void checkGivesTheIntendedFailures();
};

void tst_SamplePolicies::policySetShipped()
{
    auto sample = SampleCatalog::load();
    TESSERA_VERIFY_OK(sample);
    QVERIFY(sample->policies.size() >= 10);
    for (const Policy &policy : std::as_const(sample->policies)) {
        QVERIFY2(!policy.tests.isEmpty(), qPrintable(policy.id));
        QVERIFY2(policy.enabled, qPrintable(policy.id));
    }
}

void tst_SamplePolicies::policiesPassTheirTests()
{
    auto sample = SampleCatalog::load();
    TESSERA_VERIFY_OK(sample);
    const QList<PolicyTestResult> results = PolicyTestRunner::run(sample->policies);
    QVERIFY(results.size() >= 20);
    for (const PolicyTestResult &r : results) {
        QVERIFY2(r.passed(), qPrintable(u"%1 / %2: expected %3, got %4\n%5"_s.arg(
                                 r.policyId, r.testName, toString(r.expected), toString(r.actual), r.detail)));
    }
}

void tst_SamplePolicies::checkGivesTheIntendedFailures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.tessera"_s);
    TESSERA_VERIFY_OK(SampleCatalog::install(path));
    auto catalog = SqliteCatalog::open(path);
    TESSERA_VERIFY_OK(catalog);
    auto report = PolicyChecker::check(*catalog.value());
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->products.size(), 40);

    QSet<QString> failures;
    for (const CheckReport::Finding &f : std::as_const(report->findings)) {
        QVERIFY2(f.outcome == PolicyOutcome::Fail, qPrintable(f.detail())); // no errors
        failures.insert(report->policies.at(f.policy).id + u" "_s + report->products.at(f.product).id);
        QVERIFY(!f.detail().isEmpty());
    }
    const QSet<QString> expected{
        u"pii-protected customers.loyalty-members"_s,
        u"pii-protected marketing.email-engagement"_s,
        u"slo-defined marketing.campaigns"_s, // its exemption has expired
        u"slo-defined inventory.warehouses"_s,
        u"slo-defined payments.fraud-signals"_s,
        u"no-deprecated-upstream shipping.shipment-tracking"_s,
    };
    QCOMPARE(failures, expected);
    QCOMPARE(report->blockingFailures(), 6);
    // scores: a failing product scores below 1, a clean domain 1
    const int campaigns = report->productIndex(u"marketing.campaigns"_s);
    QVERIFY(report->productCounts[std::size_t(campaigns)].score() < 1.0);
    QCOMPARE(report->domainCounts.value(u"finance"_s).score(), 1.0);
    QVERIFY(report->domainCounts.value(u"marketing"_s).score() < 1.0);
}

QTEST_GUILESS_MAIN(tst_SamplePolicies)
#include "tst_samplepolicies.moc"
