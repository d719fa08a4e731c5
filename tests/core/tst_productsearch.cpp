#include "testproducts.h"

#include "search/ftsquery.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_ProductSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchExpression_data();
    void matchExpression();
    void titleOutranksDescription();
    void nameStartRanksFirst();
    void prefixWhileTyping_data();
    void prefixWhileTyping();
    void searchesFieldsTagsAndOwner_data();
    void searchesFieldsTagsAndOwner();
    void filters();
    void domainFilterIncludesSubdomains();
    void facetsCountMatches();
    void sortAndLimit();
    void hostileInputIsInert();
    void interruptAbandonsARunningQuery();

private:
    static constexpr int FillerCount = 8;
    static constexpr int ProductCount = 4 + 2 + FillerCount;
    QStringList ids(const ProductQuery &query);
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalog> m_catalog;
};

void tst_ProductSearch::initTestCase()
{
    const QString path = m_dir.filePath(u"search.tessera"_s);
    auto catalog = SqliteCatalog::create(path);
    TESSERA_VERIFY_OK(catalog);
    m_catalog = std::move(catalog).value();
    TESSERA_VERIFY_OK(m_catalog->saveDomain(TestProducts::domain(u"orders"_s)));
    TESSERA_VERIFY_OK(m_catalog->saveDomain(TestProducts::domain(u"marketing"_s)));
    TESSERA_VERIFY_OK(m_catalog->saveDomain(TestProducts::domain(u"campaigns"_s, u"marketing"_s)));

    DataProduct orders = TestProducts::product(u"orders"_s, u"orders"_s, u"Customer Orders"_s, u"Every order placed online or in store."_s);
    orders.status = LifecycleStatus::Published;
    orders.tags = {u"sales"_s, u"core"_s};
    orders.ownerTeamId = u"orders-team"_s;
    DataProduct returns = TestProducts::product(u"orders"_s, u"returns"_s, u"Returns"_s, u"Items customers sent back after their order."_s);
    returns.status = LifecycleStatus::Draft;
    returns.tags = {u"sales"_s};
    returns.ownerTeamId = u"orders-team"_s;
    returns.outputPorts[0].fields.append({u"refund_amount"_s, u"decimal"_s, u"Money given back"_s, false, false});
    DataProduct attribution = TestProducts::product(u"marketing"_s, u"attribution"_s, u"Campaign Attribution"_s, u"Which campaign led to which order."_s);
    attribution.status = LifecycleStatus::Published;
    attribution.classification = Classification::Confidential;
    attribution.tags = {u"campaigns"_s};
    attribution.ownerTeamId = u"marketing-team"_s;
    DataProduct email = TestProducts::product(u"campaigns"_s, u"email"_s, u"Email Engagement"_s, u"Opens and clicks of newsletters."_s);
    email.tags = {u"campaigns"_s, u"core"_s};
    email.ownerTeamId = u"marketing-team"_s;
    for (const DataProduct &p : {orders, returns, attribution, email})
        TESSERA_VERIFY_OK(m_catalog->saveProduct(p));
    // Unrelated products, so that word frequencies are those of a catalog, not of four rows.
    TESSERA_VERIFY_OK(m_catalog->saveDomain(TestProducts::domain(u"inventory"_s)));
    TESSERA_VERIFY_OK(m_catalog->saveProduct(TestProducts::product(u"inventory"_s, u"load"_s, u"Daily Warehouse Load"_s)));
    TESSERA_VERIFY_OK(m_catalog->saveProduct(TestProducts::product(u"inventory"_s, u"capacity"_s, u"Warehouse Capacity"_s)));
    for (int i = 0; i < FillerCount; ++i) {
        TESSERA_VERIFY_OK(m_catalog->saveProduct(TestProducts::product(
            u"inventory"_s, u"stock-%1"_s.arg(i), u"Inventory Stock %1"_s.arg(i), u"Units on hand per warehouse."_s)));
    }
}

QStringList tst_ProductSearch::ids(const ProductQuery &query)
{
    auto hits = m_catalog->findProducts(query);
    if (!hits)
        qWarning("%s", qPrintable(hits.error()));
    QStringList result;
    for (const SearchHit &hit : hits.value())
        result.append(hit.productId);
    return result;
}

void tst_ProductSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << u"Orders"_s << u"\"orders\"*"_s;
    QTest::newRow("two words") << u"cust  ord"_s << u"\"cust\"* \"ord\"*"_s;
    QTest::newRow("id") << u"orders.orders"_s << u"\"orders\"* \"orders\"*"_s;
    QTest::newRow("syntax chars") << u"a\" OR b* NEAR(c)"_s << u"\"a\"* \"or\"* \"b\"* \"near\"* \"c\"*"_s;
    QTest::newRow("only punctuation") << u"-*\"()"_s << QString();
    QTest::newRow("accents kept") << u"Café"_s << u"\"café\"*"_s;
}

void tst_ProductSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(FtsQuery::matchExpression(text), expression);
}

void tst_ProductSearch::titleOutranksDescription()
{
    ProductQuery query;
    query.text = u"order"_s;
    const QStringList found = ids(query);
    // All three mention orders: in id, name and title first, then in the id only, then
    // only in the description.
    QCOMPARE(found, (QStringList{u"orders.orders"_s, u"orders.returns"_s, u"marketing.attribution"_s}));
    auto hits = m_catalog->findProducts(query);
    const QByteArray scores = QByteArray::number(hits->at(0).score, 'f', 6) + ' ' + QByteArray::number(hits->at(1).score, 'f', 6)
        + ' ' + QByteArray::number(hits->at(2).score, 'f', 6);
    QVERIFY2(hits->at(0).score > hits->at(1).score, scores.constData());
    QVERIFY2(hits->at(1).score > hits->at(2).score + 500, scores.constData());
}

void tst_ProductSearch::nameStartRanksFirst()
{
    ProductQuery query;
    query.text = u"wareh"_s;
    const QStringList found = ids(query);
    // A title beginning with the word, then a title containing it, then a description.
    QCOMPARE(found.mid(0, 2), (QStringList{u"inventory.capacity"_s, u"inventory.load"_s}));
    QCOMPARE(found.size(), 2 + FillerCount);
    query.limit = 1; // the first tier fills the page on its own
    QCOMPARE(ids(query), QStringList{u"inventory.capacity"_s});
}

void tst_ProductSearch::prefixWhileTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("cam") << u"cam"_s << u"marketing.attribution"_s;
    QTest::newRow("camp attr") << u"camp attr"_s << u"marketing.attribution"_s;
    QTest::newRow("emai") << u"emai"_s << u"campaigns.email"_s;
    QTest::newRow("ret") << u"ret"_s << u"orders.returns"_s;
}

void tst_ProductSearch::prefixWhileTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    ProductQuery query;
    query.text = typed;
    const QStringList found = ids(query);
    QVERIFY2(!found.isEmpty(), qPrintable(typed));
    QCOMPARE(found.first(), first);
}

void tst_ProductSearch::searchesFieldsTagsAndOwner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("field name") << u"refund"_s << QStringList{u"orders.returns"_s};
    QTest::newRow("field description") << u"money back"_s << QStringList{u"orders.returns"_s};
    QTest::newRow("owner") << u"marketing team"_s << QStringList{u"marketing.attribution"_s, u"campaigns.email"_s};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
}

void tst_ProductSearch::searchesFieldsTagsAndOwner()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ProductQuery query;
    query.text = text;
    QStringList found = ids(query);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void tst_ProductSearch::filters()
{
    ProductQuery query;
    query.statuses = {u"published"_s};
    QCOMPARE(ids(query), (QStringList{u"marketing.attribution"_s, u"orders.orders"_s}));
    query.classifications = {u"confidential"_s};
    QCOMPARE(ids(query), QStringList{u"marketing.attribution"_s});
    query = {};
    query.tags = {u"core"_s, u"sales"_s}; // all of them
    QCOMPARE(ids(query), QStringList{u"orders.orders"_s});
    query = {};
    query.text = u"order"_s;
    query.ownerTeamIds = {u"orders-team"_s};
    QCOMPARE(ids(query).size(), 2);
    QCOMPARE(m_catalog->countProducts(query).value(), 2);
}

void tst_ProductSearch::domainFilterIncludesSubdomains()
{
    ProductQuery query;
    query.domainIds = {u"marketing"_s};
    QCOMPARE(ids(query), (QStringList{u"campaigns.email"_s, u"marketing.attribution"_s}));
    query.domainIds = {u"campaigns"_s};
    QCOMPARE(ids(query), QStringList{u"campaigns.email"_s});
}

void tst_ProductSearch::facetsCountMatches()
{
    ProductQuery query;
    query.text = u"order"_s;
    auto facets = m_catalog->facets(query);
    TESSERA_VERIFY_OK(facets);
    QCOMPARE(facets->domains, (QList<FacetCounts::Bucket>{{u"orders"_s, 2}, {u"marketing"_s, 1}}));
    QCOMPARE(facets->tags.first(), (FacetCounts::Bucket{u"sales"_s, 2}));
    QCOMPARE(facets->statuses, (QList<FacetCounts::Bucket>{{u"published"_s, 2}, {u"draft"_s, 1}}));

    // A facet's own filter does not hide its other values (so more can be picked) ...
    query.statuses = {u"draft"_s};
    facets = m_catalog->facets(query);
    QCOMPARE(facets->statuses, (QList<FacetCounts::Bucket>{{u"published"_s, 2}, {u"draft"_s, 1}}));
    // ... but it narrows every other facet.
    QCOMPARE(facets->domains, (QList<FacetCounts::Bucket>{{u"orders"_s, 1}}));
    QCOMPARE(facets->owners, (QList<FacetCounts::Bucket>{{u"orders-team"_s, 1}}));
}

void tst_ProductSearch::sortAndLimit()
{
    ProductQuery query;
    query.sortKey = ProductQuery::SortKey::Title;
    QCOMPARE(ids(query).first(), u"marketing.attribution"_s); // "Campaign Attribution"
    query.descending = true;
    QCOMPARE(ids(query).first(), u"inventory.capacity"_s); // "Warehouse Capacity"
    query.limit = 2;
    QCOMPARE(ids(query).size(), 2);
    QCOMPARE(m_catalog->countProducts(query).value(), ProductCount);
    // with text and an explicit sort, matches come in that order
    query = {};
    query.text = u"order"_s;
    query.sortKey = ProductQuery::SortKey::Id;
    QCOMPARE(ids(query), (QStringList{u"marketing.attribution"_s, u"orders.orders"_s, u"orders.returns"_s}));
}

void tst_ProductSearch::hostileInputIsInert()
{
    ProductQuery query;
    for (const QString &text : {u"\""_s, u"*"_s, u"NEAR("_s, u"orders OR"_s, u"'; DROP TABLE products; --"_s, u"^"_s}) {
        query.text = text;
        auto hits = m_catalog->findProducts(query);
        QVERIFY2(hits.ok(), qPrintable(text + u": "_s + hits.error()));
    }
    QCOMPARE(m_catalog->stats()->products, ProductCount);
}

void tst_ProductSearch::interruptAbandonsARunningQuery()
{
    // A query interrupted from another thread fails instead of finishing; the next one runs.
    auto catalog = SqliteCatalog::open(m_dir.filePath(u"search.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    CatalogDocument many;
    many.domains.append(TestProducts::domain(u"bulk"_s));
    for (int i = 0; i < 3000; ++i)
        many.products.append(TestProducts::product(u"bulk"_s, u"item-%1"_s.arg(i), u"Bulk item %1"_s.arg(i)));
    TESSERA_VERIFY_OK(catalog.value()->importDocument(many));

    std::atomic<bool> running{true};
    std::thread interrupter([&] {
        while (running.load())
            catalog.value()->interrupt();
    });
    bool interrupted = false;
    for (int attempt = 0; attempt < 200 && !interrupted; ++attempt) {
        ProductQuery query;
        query.text = u"bulk item"_s;
        auto facets = catalog.value()->facets(query);
        interrupted = !facets.ok() && facets.error().contains(u"interrupt"_s);
    }
    running = false;
    interrupter.join();
    QVERIFY(interrupted);
    ProductQuery query;
    query.text = u"bulk item 42"_s;
    auto hits = catalog.value()->findProducts(query);
    TESSERA_VERIFY_OK(hits);
    QCOMPARE(hits->first().productId, u"bulk.item-42"_s);
    // leave the shared fixture as the other tests expect it
    for (const DataProduct &p : std::as_const(many.products))
        TESSERA_VERIFY_OK(catalog.value()->deleteProduct(p.id));
    TESSERA_VERIFY_OK(catalog.value()->deleteDomain(u"bulk"_s));
}

QTEST_GUILESS_MAIN(tst_ProductSearch)
#include "tst_productsearch.moc"
