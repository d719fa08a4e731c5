#include "testproducts.h"

#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_SampleCatalog : public QObject
{
    Q_OBJECT

private slots:
    void describesARetailMesh();
    void isAnchoredAtInstallTime();
    void installRefusesExistingFile();
};

void tst_SampleCatalog::describesARetailMesh()
{
    auto sample = SampleCatalog::load();
    TESSERA_VERIFY_OK(sample);
    QVERIFY(sample->domains.size() >= 6);
    QVERIFY(sample->products.size() >= 30);
    QSet<QString> domains;
    for (const Domain &d : sample->domains)
        domains.insert(d.id);
    for (const char *id : {"orders", "customers", "marketing", "payments", "inventory", "shipping"})
        QVERIFY2(domains.contains(QLatin1StringView(id)), id);

    QSet<LifecycleStatus> statuses;
    bool marketingConsumesOrders = false;
    for (const DataProduct &p : sample->products) {
        statuses.insert(p.status);
        if (p.domainId == "marketing"_L1) {
            for (const InputPort &in : p.inputPorts)
                marketingConsumesOrders = marketingConsumesOrders || in.productId == "orders.orders"_L1;
        }
        if (p.status == LifecycleStatus::Deprecated)
            QVERIFY(p.sunsetDate.isValid());
    }
    QVERIFY(marketingConsumesOrders);
    QVERIFY(statuses.contains(LifecycleStatus::Draft));
    QVERIFY(statuses.contains(LifecycleStatus::Deprecated));
    QVERIFY(statuses.contains(LifecycleStatus::Published));

    // 90 days of observations
    QDateTime first;
    QDateTime last;
    for (const SlaObservation &o : sample->observations) {
        if (!first.isValid() || o.at < first)
            first = o.at;
        if (!last.isValid() || o.at > last)
            last = o.at;
    }
    QVERIFY(first.daysTo(last) >= 89);
}

void tst_SampleCatalog::isAnchoredAtInstallTime()
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2030, 5, 17), QTime(14, 25), Qt::UTC);
    TESSERA_VERIFY_OK(SampleCatalog::install(dir.filePath(u"s.tessera"_s), now));
    auto catalog = SqliteCatalog::open(dir.filePath(u"s.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    // The last week before "now" has data for the central product.
    auto week = catalog.value()->observations(u"orders.orders"_s, now.addDays(-7), now.addSecs(1));
    TESSERA_VERIFY_OK(week);
    QVERIFY(week->size() >= 7);
    QVERIFY(week->last().at <= now);
    QVERIFY(week->last().at > now.addDays(-1));
    auto product = catalog.value()->product(u"orders.orders"_s);
    QVERIFY(product.value()->updatedAt <= now);
    QVERIFY(product.value()->updatedAt.date().year() >= 2029);
}

void tst_SampleCatalog::installRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.tessera"_s);
    TESSERA_VERIFY_OK(SampleCatalog::install(path));
    QVERIFY(!SampleCatalog::install(path).ok());
}

QTEST_GUILESS_MAIN(tst_SampleCatalog)
#include "tst_samplecatalog.moc"
