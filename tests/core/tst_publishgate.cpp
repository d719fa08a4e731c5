#include "testproducts.h"

#include "governance/publishgate.h"
#include "storage/catalogfactory.h"
#include "storage/sqlitecatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_PublishGate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reportSeparatesSeverities();
    void saveProductRefusesFailingPublish();
    void newProductCannotBeCreatedPublished();
    void otherConnectionIsGatedToo();
    void parentDomainPoliciesApply();
    void importIsABulkRestore();

private:
    std::unique_ptr<SqliteCatalog> catalog();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

Policy makePolicy(const QString &id, const QString &rule, Policy::Severity severity,
                  const QString &scope = u"global"_s)
{
    Policy p;
    p.id = id;
    p.title = id;
    p.rule = rule;
    p.severity = severity;
    p.scope = scope;
    p.message = u"%1 says no"_s.arg(id);
    return p;
}

} // namespace

void tst_PublishGate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"gate.tessera"_s);
}

std::unique_ptr<SqliteCatalog> tst_PublishGate::catalog()
{
    auto created = SqliteCatalog::create(m_path);
    if (!created)
        return nullptr;
    std::unique_ptr<SqliteCatalog> c = std::move(created).value();
    (void)c->saveDomain(TestProducts::domain(u"orders"_s));
    (void)c->saveDomain(TestProducts::domain(u"orders-eu"_s, u"orders"_s));
    (void)c->saveDomain(TestProducts::domain(u"customers"_s));
    (void)c->savePolicy(makePolicy(u"owner-present"_s, u"product.owner != ''"_s, Policy::Severity::Error));
    (void)c->savePolicy(makePolicy(u"has-tags"_s, u"size(product.tags) > 0"_s, Policy::Severity::Warning));
    (void)c->savePolicy(makePolicy(u"has-usage"_s, u"product.description.usage != ''"_s, Policy::Severity::Info));
    Policy off = makePolicy(u"disabled"_s, u"false"_s, Policy::Severity::Error);
    off.enabled = false;
    (void)c->savePolicy(off);
    return c;
}

void tst_PublishGate::reportSeparatesSeverities()
{
    auto c = catalog();
    QVERIFY(c);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    auto report = PublishGate::check(*c, p);
    TESSERA_VERIFY_OK(report);
    QVERIFY(report->isBlocked());
    QCOMPARE(report->blocking.size(), 1);
    QCOMPARE(report->blocking.first().policyId, u"owner-present"_s);
    QVERIFY(report->blocking.first().detail.contains(u"owner-present says no"_s));
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->needsConfirmation());
    QCOMPARE(report->notes.size(), 1);
    QCOMPARE(report->evaluated, 3); // the disabled policy is not evaluated

    p.ownerTeamId = u"orders-team"_s;
    p.tags = {u"sales"_s};
    report = PublishGate::check(*c, p);
    QVERIFY(!report->isBlocked());
    QVERIFY(!report->needsConfirmation());
}

void tst_PublishGate::saveProductRefusesFailingPublish()
{
    auto c = catalog();
    QVERIFY(c);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    TESSERA_VERIFY_OK(c->saveProduct(p)); // a draft may fail policies
    p.status = LifecycleStatus::Published;
    auto refused = c->saveProduct(p);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"owner-present"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"owner-present says no"_s), qPrintable(refused.error()));
    QCOMPARE(toString(c->product(p.id).value()->status), toString(LifecycleStatus::Draft));
    QCOMPARE(c->history(p.id)->size(), 1); // nothing written

    // warnings do not block the catalog: confirming them is the front end's business
    p.ownerTeamId = u"orders-team"_s;
    TESSERA_VERIFY_OK(c->saveProduct(p));
    QCOMPARE(toString(c->product(p.id).value()->status), toString(LifecycleStatus::Published));
    // an already published product may be edited (the transition is gated)
    p.title = u"Orders (renamed)"_s;
    TESSERA_VERIFY_OK(c->saveProduct(p));
}

void tst_PublishGate::newProductCannotBeCreatedPublished()
{
    auto c = catalog();
    QVERIFY(c);
    DataProduct p = TestProducts::product(u"orders"_s, u"new"_s, u"New"_s);
    p.status = LifecycleStatus::Published;
    QVERIFY(!c->saveProduct(p).ok());
    QVERIFY(!c->product(p.id).value().has_value());
}

void tst_PublishGate::otherConnectionIsGatedToo()
{
    auto c = catalog();
    QVERIFY(c);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    TESSERA_VERIFY_OK(c->saveProduct(p));
    auto other = openCatalog(m_path); // as a background job or another front end would
    TESSERA_VERIFY_OK(other);
    p.status = LifecycleStatus::Published;
    QVERIFY(!other.value()->saveProduct(p).ok());
}

void tst_PublishGate::parentDomainPoliciesApply()
{
    auto c = catalog();
    QVERIFY(c);
    TESSERA_VERIFY_OK(c->savePolicy(makePolicy(u"orders-purpose"_s, u"product.description.purpose != ''"_s,
                                               Policy::Severity::Error, u"orders"_s)));
    DataProduct eu = TestProducts::product(u"orders-eu"_s, u"eu"_s, u"EU"_s);
    eu.ownerTeamId = u"t"_s;
    auto report = PublishGate::check(*c, eu);
    TESSERA_VERIFY_OK(report);
    QCOMPARE(report->blocking.size(), 1);
    QCOMPARE(report->blocking.first().policyId, u"orders-purpose"_s);
    DataProduct other = TestProducts::product(u"customers"_s, u"c"_s, u"C"_s);
    other.ownerTeamId = u"t"_s;
    QVERIFY(!PublishGate::check(*c, other)->isBlocked());
}

void tst_PublishGate::importIsABulkRestore()
{
    // Documented in docs/FORMAT.md: import restores products as they are in the file.
    auto c = catalog();
    QVERIFY(c);
    CatalogDocument document;
    DataProduct p = TestProducts::product(u"orders"_s, u"restored"_s, u"Restored"_s);
    p.status = LifecycleStatus::Published;
    document.products.append(p);
    TESSERA_VERIFY_OK(c->importDocument(document));
    QCOMPARE(toString(c->product(p.id).value()->status), toString(LifecycleStatus::Published));
}

QTEST_GUILESS_MAIN(tst_PublishGate)
#include "tst_publishgate.moc"
