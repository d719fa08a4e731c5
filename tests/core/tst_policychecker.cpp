#include "testproducts.h"

#include "governance/compiledpolicy.h"
#include "governance/policychecker.h"
#include "governance/policytestrunner.h"
#include "governance/policyvariables.h"
#include "governance/policywhatif.h"
#include "interop/syntheticcatalog.h"
#include "storage/sqlitecatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_PolicyChecker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outcomes();
    void exemptionsExpire_data();
    void exemptionsExpire();
    void scopeIncludesSubdomains();
    void compileErrorMakesEveryPairAnError();
    void disabledPoliciesSkipped();
    void upstreamAndDomainVariables();
    void streamingMatchesProductByProduct_data();
    void streamingMatchesProductByProduct();
    void documentsOutOfIdOrder();
    void cancel();
    void unreadableDocumentStopsTheCheck();
    void damagedPackedDocumentsReadTheirText();
    void whatIf();
    void testRunnerReportsMismatch();

private:
    static Policy policy(const QString &id, const QString &rule, const QString &scope = u"global"_s);
    // orders (with subdomain orders-eu) and customers; three products.
    CatalogDocument document() const;
    static QString outcome(const CheckReport &report, const QString &product, const QString &policy)
    {
        return toString(report.outcome(report.productIndex(product), report.policyIndex(policy)));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PolicyChecker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Policy tst_PolicyChecker::policy(const QString &id, const QString &rule, const QString &scope)
{
    Policy p;
    p.id = id;
    p.title = id;
    p.rule = rule;
    p.scope = scope;
    return p;
}

CatalogDocument tst_PolicyChecker::document() const
{
    CatalogDocument d;
    d.domains = {TestProducts::domain(u"orders"_s), TestProducts::domain(u"orders-eu"_s, u"orders"_s),
                 TestProducts::domain(u"customers"_s)};
    DataProduct a = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    a.ownerTeamId = u"orders-team"_s;
    DataProduct b = TestProducts::product(u"orders-eu"_s, u"eu-orders"_s, u"EU Orders"_s);
    b.inputPorts.append({a.id, {}});
    b.status = LifecycleStatus::Published;
    DataProduct c = TestProducts::product(u"customers"_s, u"customers"_s, u"Customers"_s);
    c.status = LifecycleStatus::Deprecated;
    c.sunsetDate = QDate(2030, 1, 1);
    d.products = {a, b, c};
    return d;
}

void tst_PolicyChecker::outcomes()
{
    CatalogDocument d = document();
    Policy owner = policy(u"owner"_s, u"product.owner != ''"_s);
    Policy published = policy(u"published-only"_s, u"true"_s);
    published.when = u"product.status == 'published'"_s;
    Policy notBool = policy(u"not-bool"_s, u"product.owner"_s);
    Policy failsToEvaluate = policy(u"error"_s, u"product.nothing == 1"_s);
    d.policies = {owner, published, notBool, failsToEvaluate};
    auto report = PolicyChecker::check(d);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->products.size(), 3);
    QCOMPARE(report->policies.size(), 4);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"owner"_s), u"pass"_s);
    QCOMPARE(outcome(*report, u"customers.customers"_s, u"owner"_s), u"fail"_s);
    QCOMPARE(outcome(*report, u"orders-eu.eu-orders"_s, u"published-only"_s), u"pass"_s);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"published-only"_s), u"not-applicable"_s);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"not-bool"_s), u"error"_s);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"error"_s), u"error"_s);
    // failures carry the explanation, errors the reason
    bool sawFailure = false;
    for (const CheckReport::Finding &f : std::as_const(report->findings)) {
        QVERIFY(!f.detail().isEmpty());
        if (f.outcome == PolicyOutcome::Fail)
            sawFailure = true;
        if (report->policies.at(f.policy).id == u"not-bool"_s)
            QVERIFY2(f.detail().contains(u"bool"_s), qPrintable(f.detail()));
    }
    QVERIFY(sawFailure);
    // scores: pass / (pass + fail + error)
    const OutcomeCounts orders = report->productCounts[std::size_t(report->productIndex(u"orders.orders"_s))];
    QCOMPARE(orders.passed, 1);
    QCOMPARE(orders.errors, 2);
    QCOMPARE(orders.notApplicable, 1);
    QCOMPARE(orders.score(), 1.0 / 3.0);
    QCOMPARE(report->domainCounts.value(u"orders"_s), orders);
    QCOMPARE(report->total.applicable() + report->total.notApplicable + report->total.exempt, 12);
    QCOMPARE(report->blockingFailures(), 2); // owner fails twice
}

void tst_PolicyChecker::exemptionsExpire_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no expiry") << QDate() << u"exempt"_s;
    QTest::newRow("later") << QDate(2026, 7, 1) << u"exempt"_s;
    QTest::newRow("today still applies") << QDate(2026, 6, 15) << u"exempt"_s;
    QTest::newRow("yesterday expired") << QDate(2026, 6, 14) << u"fail"_s;
}

void tst_PolicyChecker::exemptionsExpire()
{
    QFETCH(QDate, expires);
    QFETCH(QString, expected);
    CatalogDocument d = document();
    Policy owner = policy(u"owner"_s, u"product.owner != ''"_s);
    owner.exemptions.append({u"customers.customers"_s, u"migrating"_s, u"ana"_s, expires});
    d.policies = {owner};
    CheckOptions options;
    options.now = QDateTime(QDate(2026, 6, 15), QTime(23, 0), Qt::UTC);
    auto report = PolicyChecker::check(d, options);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(outcome(*report, u"customers.customers"_s, u"owner"_s), expected);
    // an exemption names one product only
    QCOMPARE(outcome(*report, u"orders-eu.eu-orders"_s, u"owner"_s), u"fail"_s);
    // A failure after the exemption ran out says so: renewing it is the owner's other option.
    for (const CheckReport::Finding &finding : report->findings) {
        const QString product = report->products.at(finding.product).id;
        const bool lapsed = product == u"customers.customers"_s && expected == u"fail"_s;
        QCOMPARE(finding.detail().contains(u"The exemption for this product expired on 2026-06-14."_s),
                 lapsed);
    }
}

void tst_PolicyChecker::scopeIncludesSubdomains()
{
    CatalogDocument d = document();
    d.policies = {policy(u"orders-rule"_s, u"false"_s, u"orders"_s), policy(u"eu-rule"_s, u"false"_s, u"orders-eu"_s)};
    auto report = PolicyChecker::check(d);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"orders-rule"_s), u"fail"_s);
    QCOMPARE(outcome(*report, u"orders-eu.eu-orders"_s, u"orders-rule"_s), u"fail"_s);
    QCOMPARE(outcome(*report, u"customers.customers"_s, u"orders-rule"_s), u"not-applicable"_s);
    QCOMPARE(outcome(*report, u"orders.orders"_s, u"eu-rule"_s), u"not-applicable"_s);
    QCOMPARE(outcome(*report, u"orders-eu.eu-orders"_s, u"eu-rule"_s), u"fail"_s);
}

void tst_PolicyChecker::compileErrorMakesEveryPairAnError()
{
    CatalogDocument d = document();
    d.policies = {policy(u"broken"_s, u"product.owner != "_s), policy(u"typo"_s, u"prodcut.owner != ''"_s)};
    auto report = PolicyChecker::check(d);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->policyCounts[0].errors, 3);
    QCOMPARE(report->policyCounts[1].errors, 3);
    QVERIFY(report->policies.at(0).compileError.contains(u"line"_s));
    QVERIFY2(report->policies.at(1).compileError.contains(u"prodcut"_s), qPrintable(report->policies.at(1).compileError));
    QVERIFY(report->findings.first().detail().startsWith(u"rule: "_s));
}

void tst_PolicyChecker::disabledPoliciesSkipped()
{
    CatalogDocument d = document();
    Policy off = policy(u"off"_s, u"false"_s);
    off.enabled = false;
    d.policies = {off, policy(u"on"_s, u"true"_s)};
    auto report = PolicyChecker::check(d);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->policies.size(), 1);
    CheckOptions all;
    all.includeDisabled = true;
    QCOMPARE(PolicyChecker::check(d, all)->policies.size(), 2);
}

void tst_PolicyChecker::upstreamAndDomainVariables()
{
    CatalogDocument d = document();
    Policy upstream = policy(u"upstream"_s, u"upstream.all(u, u.owner != '')"_s);
    Policy domain = policy(u"domain"_s, u"domain.id == product.domain && (domain.parent == null || domain.ancestors == ['orders'])"_s);
    Policy now = policy(u"now"_s, u"now > timestamp('2020-01-01T00:00:00Z')"_s);
    d.policies = {upstream, domain, now};
    // through a stored catalog too: documents read in bulk
    auto catalog = SqliteCatalog::create(m_dir->filePath(u"c.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    TESSERA_VERIFY_OK(catalog.value()->importDocument(d));
    auto report = PolicyChecker::check(*catalog.value());
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->total.passed, 9);
    d.products[0].ownerTeamId.clear();
    auto changed = PolicyChecker::check(d);
    QCOMPARE(outcome(*changed, u"orders-eu.eu-orders"_s, u"upstream"_s), u"fail"_s);
}

void tst_PolicyChecker::streamingMatchesProductByProduct_data()
{
    QTest::addColumn<bool>("upstreamPorts");
    QTest::newRow("consumers read scalars") << false;
    QTest::newRow("consumers read ports") << true;
}

void tst_PolicyChecker::streamingMatchesProductByProduct()
{
    // The checker converts each document once, shares it among its consumers' `upstream` and
    // frees it after its last use; the outcomes and explanations must be those of evaluating
    // each product on its own, with its upstream documents converted afresh.
    CatalogDocument d = SyntheticCatalog::generate(400, 7, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    // Some consumers read two ports of one product: one document, two uses.
    int twoPorts = 0;
    for (DataProduct &p : d.products) {
        if (!p.inputPorts.isEmpty() && twoPorts < 20) {
            InputPort second = p.inputPorts.first();
            second.portName += u"_events"_s;
            p.inputPorts.append(second);
            ++twoPorts;
        }
    }
    QCOMPARE(twoPorts, 20);
    d.policies = {policy(u"up-status"_s, u"upstream.all(u, u.status != 'deprecated')"_s),
                  policy(u"up-owner"_s, u"upstream.exists(u, u.owner == product.owner) || size(upstream) < 2"_s),
                  policy(u"up-size"_s, u"size(upstream) <= 2"_s),
                  policy(u"fields"_s, u"product.outputPorts.all(p, p.schema.fields.all(f, !f.pii))"_s)};
    // Explained, an upstream port shows all of it, which only the text holds: documents kept
    // for consumers then keep their text, else only what consumers read.
    QFETCH(bool, upstreamPorts);
    if (upstreamPorts)
        d.policies.append(policy(u"up-ports"_s, u"upstream.all(u, u.outputPorts.all(p, size(p.schema.fields) < 6))"_s));
    // Policies with one precondition share its value on each product, whatever it is.
    for (const auto &[id, when, rule] : {std::tuple(u"published-owner"_s, u"product.status == 'published'"_s, u"product.owner != ''"_s),
                                         std::tuple(u"published-ports"_s, u"product.status == 'published'"_s, u"size(product.outputPorts) > 1"_s),
                                         std::tuple(u"bad-when-a"_s, u"product.nothing == 1"_s, u"true"_s),
                                         std::tuple(u"bad-when-b"_s, u"product.nothing == 1"_s, u"false"_s)}) {
        Policy p = policy(id, rule);
        p.when = when;
        d.policies.append(p);
    }
    CheckOptions options;
    options.now = QDateTime(QDate(2026, 6, 2), QTime(0, 0), Qt::UTC);
    options.threads = 2;

    std::vector<CompiledPolicy> compiled;
    for (const Policy &p : std::as_const(d.policies))
        compiled.emplace_back(p);
    QHash<QString, const DataProduct *> byId;
    for (const DataProduct &p : std::as_const(d.products))
        byId.insert(p.id, &p);
    const auto expected = [&](const DataProduct &product, int policy) {
        std::array<CelValue, CompiledPolicy::VariableCount> variables;
        variables[CompiledPolicy::Product] = PolicyVariables::product(product);
        QList<CelValue> upstream;
        QStringList seen;
        for (const InputPort &input : product.inputPorts) {
            if (!seen.contains(input.productId) && byId.contains(input.productId))
                upstream.append(PolicyVariables::product(*byId.value(input.productId)));
            seen.append(input.productId);
        }
        variables[CompiledPolicy::Upstream] = CelValue::fromList(upstream);
        variables[CompiledPolicy::Now] = PolicyVariables::now(options.now);
        return compiled[std::size_t(policy)].evaluate(variables, product.id, options.now.date());
    };

    auto catalog = SqliteCatalog::create(m_dir->filePath(u"s.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    TESSERA_VERIFY_OK(catalog.value()->importDocument(d));
    auto stored = PolicyChecker::check(*catalog.value(), options);
    TESSERA_VERIFY_OK(stored);
    auto inMemory = PolicyChecker::check(d, options);
    TESSERA_VERIFY_OK(inMemory);
    // Stored documents are read packed; without that form, from their text.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_dir->filePath(u"s.tessera"_s)).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM product_packed", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto storedText = PolicyChecker::check(*catalog.value(), options);
    TESSERA_VERIFY_OK(storedText);
    for (const CheckReport *report : {&stored.value(), &inMemory.value(), &storedText.value()}) {
        QCOMPARE(report->products.size(), d.products.size());
        // Failures read product by product, each product's by policy, however threads took them.
        QVERIFY(std::is_sorted(report->findings.cbegin(), report->findings.cend(),
                               [](const CheckReport::Finding &a, const CheckReport::Finding &b) {
                                   return std::pair(a.product, a.policy) < std::pair(b.product, b.policy);
                               }));
        QHash<std::pair<int, int>, QString> details;
        for (const CheckReport::Finding &f : report->findings)
            details.insert({f.product, f.policy}, f.detail());
        qint64 failures = 0;
        QHash<QString, OutcomeCounts> domainCounts;
        for (int row = 0; row < report->products.size(); ++row) {
            const DataProduct *product = byId.value(report->products.at(row).id);
            QVERIFY(product);
            // Rows of a domain share their strings; each must still be its product's.
            QCOMPARE(report->products.at(row).domainId, product->domainId);
            QCOMPARE(report->products.at(row).status, toString(product->status));
            domainCounts[product->domainId] += report->productCounts[std::size_t(row)];
            for (int column = 0; column < report->policies.size(); ++column) {
                // The catalog keeps its policies in its own order.
                const auto policy = std::find_if(d.policies.cbegin(), d.policies.cend(), [&](const Policy &p) {
                    return p.id == report->policies.at(column).id;
                });
                QVERIFY(policy != d.policies.cend());
                const PolicyResult want = expected(*product, int(policy - d.policies.cbegin()));
                QCOMPARE(toString(report->outcome(row, column)), toString(want.outcome));
                QCOMPARE(details.value({row, column}), want.detail());
                failures += want.outcome == PolicyOutcome::Fail;
            }
        }
        QCOMPARE(report->total.failed, failures);
        QCOMPARE(report->domainCounts, domainCounts);
        QVERIFY(failures > 0);
        // Each document converted once and freed after its last use, none left to the end;
        // those with consumers further on kept as consumers read them, in between.
        QCOMPARE(report->documentsConverted, qint64(d.products.size()));
        QCOMPARE(report->documentsKeptToEnd, 0);
        QVERIFY(report->documentsKeptForConsumers > 20);
        QVERIFY(report->documentsKeptForConsumers < d.products.size());
        if (upstreamPorts) {
            // An upstream port that fails is shown whole, from the text of its document: no
            // policy reads its name.
            const qsizetype upPorts = std::find_if(report->policies.cbegin(), report->policies.cend(),
                                                   [](const auto &p) { return p.id == u"up-ports"_s; })
                - report->policies.cbegin();
            const auto shown = std::find_if(report->findings.cbegin(), report->findings.cend(),
                                            [&](const CheckReport::Finding &f) { return f.policy == upPorts; });
            QVERIFY(shown != report->findings.cend());
            QVERIFY2(shown->detail().contains(u"{\"name\": "_s), qPrintable(shown->detail()));
        }
    }
}

void tst_PolicyChecker::documentsOutOfIdOrder()
{
    // An in-memory document lists its products in its own order, an id perhaps twice: each
    // document must still be counted for the row its consumers read (the last of an id), or
    // it is converted twice and another kept to the end.
    CatalogDocument d = document(); // orders.orders, orders-eu.eu-orders (reads orders.orders), customers
    d.products.prepend(d.products.at(0));
    d.products.move(1, 3); // orders.orders, eu-orders, customers, orders.orders
    d.policies = {policy(u"upstream"_s, u"upstream.all(u, u.owner != '')"_s)};
    const auto report = PolicyChecker::check(d);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->products.size(), 4);
    QCOMPARE(report->documentsConverted, 4);
    QCOMPARE(report->documentsKeptToEnd, 0);
}

void tst_PolicyChecker::unreadableDocumentStopsTheCheck()
{
    // A document the workers cannot read (here its row is gone from under the catalog) stops
    // the check with a message that names the product, not with a partial report.
    CatalogDocument d = document();
    d.policies = {policy(u"p"_s, u"product.owner != ''"_s)};
    const QString path = m_dir->filePath(u"u.tessera"_s);
    {
        auto catalog = SqliteCatalog::create(path);
        TESSERA_VERIFY_OK(catalog);
        TESSERA_VERIFY_OK(catalog.value()->importDocument(d));
    }
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM product_documents WHERE key = "
                              "(SELECT key FROM products WHERE id = 'orders-eu.eu-orders');"
                              "DELETE FROM product_packed WHERE key = "
                              "(SELECT key FROM products WHERE id = 'orders-eu.eu-orders')",
                          nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
    TESSERA_VERIFY_OK(catalog);
    auto report = PolicyChecker::check(*catalog.value());
    QVERIFY(!report);
    QVERIFY2(report.error().contains(u"orders-eu.eu-orders"_s), qPrintable(report.error()));
}

void tst_PolicyChecker::damagedPackedDocumentsReadTheirText()
{
    // Packed documents cut short (a damaged file) are read from their text instead: the same
    // report.
    CatalogDocument d = SyntheticCatalog::generate(60, 3, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    d.policies = {policy(u"owner"_s, u"product.owner != ''"_s),
                  policy(u"fields"_s, u"product.outputPorts.all(p, p.schema.fields.all(f, !f.pii))"_s),
                  policy(u"up"_s, u"upstream.all(u, u.status != 'deprecated')"_s)};
    const QString path = m_dir->filePath(u"damaged.tessera"_s);
    auto catalog = SqliteCatalog::create(path);
    TESSERA_VERIFY_OK(catalog);
    TESSERA_VERIFY_OK(catalog.value()->importDocument(d));
    CheckOptions options;
    options.now = QDateTime(QDate(2026, 6, 2), QTime(0, 0), Qt::UTC);
    auto sound = PolicyChecker::check(*catalog.value(), options);
    TESSERA_VERIFY_OK(sound);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE product_packed SET packed = substr(packed, 1, length(packed) - 3)", nullptr,
                          nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_changes(db), 60);
    sqlite3_close(db);
    auto damaged = PolicyChecker::check(*catalog.value(), options);
    TESSERA_VERIFY_OK(damaged);
    QCOMPARE(damaged->outcomes, sound->outcomes);
    QCOMPARE(damaged->findings.size(), sound->findings.size());
    QVERIFY(!sound->findings.isEmpty());
    for (qsizetype i = 0; i < sound->findings.size(); ++i)
        QCOMPARE(damaged->findings.at(i).detail(), sound->findings.at(i).detail());
}

void tst_PolicyChecker::cancel()
{
    CatalogDocument d = document();
    d.policies = {policy(u"p"_s, u"true"_s)};
    qint64 calls = 0;
    auto report = PolicyChecker::check(d, {}, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!report.ok());
    QVERIFY(report.error().contains(u"cancel"_s));
    QVERIFY(calls > 0);
}

void tst_PolicyChecker::whatIf()
{
    auto catalog = SqliteCatalog::create(m_dir->filePath(u"w.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    CatalogDocument d = document();
    d.policies = {policy(u"owner"_s, u"product.owner != ''"_s)}; // fails eu-orders and customers
    TESSERA_VERIFY_OK(catalog.value()->importDocument(d));

    // stricter: only orders-team may own → no change for the failing ones; looser: a
    // deprecated product is excused
    Policy edited = d.policies.first();
    edited.rule = u"product.owner != '' || product.status == 'deprecated'"_s;
    auto looser = PolicyWhatIf::compare(*catalog.value(), edited);
    TESSERA_VERIFY_OK(looser);
    QVERIFY(!looser->isNew);
    QCOMPARE(looser->newlyFailing.size(), 0);
    QCOMPARE(looser->newlyPassing.size(), 1);
    QCOMPARE(looser->newlyPassing.first().productId, u"customers.customers"_s);
    QCOMPARE(looser->byDomain.value(u"customers"_s).newlyPassing, 1);

    Policy fresh = policy(u"titles-short"_s, u"size(product.title) < 7"_s); // new policy
    auto added = PolicyWhatIf::compare(*catalog.value(), fresh);
    TESSERA_VERIFY_OK(added);
    QVERIFY(added->isNew);
    QCOMPARE(added->newlyFailing.size(), 2); // "EU Orders", "Customers"
    QCOMPARE(added->byDomain.value(u"orders-eu"_s).newlyFailing, 1);
    QCOMPARE(added->byDomain.value(u"customers"_s).newlyFailing, 1);
    QVERIFY(!added->newlyFailing.first().detail.isEmpty());

    Policy disabled = d.policies.first();
    disabled.enabled = false;
    auto off = PolicyWhatIf::compare(*catalog.value(), disabled);
    TESSERA_VERIFY_OK(off);
    QCOMPARE(off->newlyPassing.size(), 2);
}

void tst_PolicyChecker::testRunnerReportsMismatch()
{
    Policy p = policy(u"owner"_s, u"product.owner != ''"_s);
    p.tests.append({u"right"_s, R"({"domain":"a","name":"b"})", {}, {}, PolicyOutcome::Fail});
    p.tests.append({u"wrong"_s, R"({"domain":"a","name":"b","owner":"t"})", {}, {}, PolicyOutcome::Fail});
    p.tests.append({u"scoped out"_s, R"({"domain":"a","name":"b"})", {}, {}, PolicyOutcome::NotApplicable});
    p.scope = u"a"_s;
    auto results = PolicyTestRunner::run(p);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).passed());
    QVERIFY(!results.at(1).passed());
    QCOMPARE(toString(results.at(1).actual), u"pass"_s);
    QVERIFY(!results.at(1).detail.isEmpty());
    QVERIFY(!results.at(2).passed()); // in scope: the rule fails
    p.scope = u"elsewhere"_s;
    QVERIFY(PolicyTestRunner::run(p).at(2).passed());
}

QTEST_GUILESS_MAIN(tst_PolicyChecker)
#include "tst_policychecker.moc"
