#include "testproducts.h"

#include "interop/catalogjson.h"
#include "storage/samplecatalog.h"
#include "storage/sqlitecatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CatalogJson : public QObject
{
    Q_OBJECT

private slots:
    void sampleRoundTripIsLossless();
    void leadingProductId();
    void selectionExportImportsAlone();
    void syntaxErrorNamesLineAndColumn_data();
    void syntaxErrorNamesLineAndColumn();
    void invalidContentNamesPointer_data();
    void invalidContentNamesPointer();
    void badImportWritesNothing();
    void cancelledImportWritesNothing();
    void singleProductDocument();
    void newerFormatIsRefused();
    void writeFileIsAtomic();
    void awkwardPropertyNamesRoundTrip();
    void outOfRangeNumbersAreErrors();
    void timesWithoutOffsetAreUtc_data();
    void timesWithoutOffsetAreUtc();
    void longDomainCycleIsRefused();
};

void tst_CatalogJson::leadingProductId()
{
    // Checks and readers of a catalog read a stored document's id from its head: productToJson
    // must keep writing it first.
    DataProduct product = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    const QByteArray stored = CatalogJson::productToJson(product);
    QCOMPARE(CatalogJson::leadingProductId(stored).value_or(QUtf8StringView()), QUtf8StringView("orders.orders"));
    product.name = u"ünïcode"_s;
    product.id = product.domainId + u'.' + product.name;
    QCOMPARE(CatalogJson::leadingProductId(CatalogJson::productToJson(product)).value_or(QUtf8StringView()),
             QUtf8StringView(u8"orders.ünïcode"));
    // Anything else is for a parser to read.
    QVERIFY(!CatalogJson::leadingProductId(R"({"id":"a\"b","name":"x"})"));
    QVERIFY(!CatalogJson::leadingProductId(R"({ "id": "orders.orders"})"));
    QVERIFY(!CatalogJson::leadingProductId(R"({"name":"orders","id":"orders.orders"})"));
    QVERIFY(!CatalogJson::leadingProductId(R"({"id":"unterminated)"));
    QVERIFY(!CatalogJson::leadingProductId(""));
}

void tst_CatalogJson::sampleRoundTripIsLossless()
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    TESSERA_VERIFY_OK(SampleCatalog::install(dir.filePath(u"a.tessera"_s), now));
    auto a = SqliteCatalog::open(dir.filePath(u"a.tessera"_s));
    TESSERA_VERIFY_OK(a);
    auto exported = a.value()->exportDocument();
    TESSERA_VERIFY_OK(exported);
    QVERIFY(exported->products.size() >= 30);
    QVERIFY(!exported->observations.isEmpty());

    const QByteArray bytes = CatalogJson::serialize(exported.value());
    auto parsed = CatalogJson::parse(bytes, u"export.json"_s);
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(parsed.value(), exported.value());

    auto b = SqliteCatalog::create(dir.filePath(u"b.tessera"_s));
    TESSERA_VERIFY_OK(b);
    TESSERA_VERIFY_OK(b.value()->importDocument(parsed.value()));
    auto again = b.value()->exportDocument();
    TESSERA_VERIFY_OK(again);
    QCOMPARE(again.value(), exported.value());
    QCOMPARE(CatalogJson::serialize(again.value()), bytes);
    QCOMPARE(b.value()->stats().value(), a.value()->stats().value());
}

void tst_CatalogJson::selectionExportImportsAlone()
{
    QTemporaryDir dir;
    TESSERA_VERIFY_OK(SampleCatalog::install(dir.filePath(u"a.tessera"_s)));
    auto a = SqliteCatalog::open(dir.filePath(u"a.tessera"_s));
    auto selection = a.value()->exportDocument({u"marketing.customer-360"_s});
    TESSERA_VERIFY_OK(selection);
    QCOMPARE(selection->products.size(), 1);
    QVERIFY(selection->policies.isEmpty());
    QVERIFY(std::any_of(selection->domains.cbegin(), selection->domains.cend(),
                        [](const Domain &d) { return d.id == "marketing"_L1; }));

    auto b = SqliteCatalog::create(dir.filePath(u"b.tessera"_s));
    TESSERA_VERIFY_OK(b.value()->importDocument(selection.value()));
    auto imported = b.value()->product(u"marketing.customer-360"_s);
    QCOMPARE(*imported.value(), selection->products.first());

    auto unknown = a.value()->exportDocument({u"nope.nothing"_s});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(u"nope.nothing"_s));
}

void tst_CatalogJson::syntaxErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place");
    QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"tessera-catalog\"\n  \"domains\": []\n}") << u"bad.json:3:3"_s;
    QTest::newRow("truncated") << QByteArray("{\"format\": \"tessera-catalog\", \"products\": [") << u"bad.json:1:"_s;
    QTest::newRow("not json") << QByteArray("domains:\n  - orders\n") << u"bad.json:1:1"_s;
}

void tst_CatalogJson::syntaxErrorNamesLineAndColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    auto parsed = CatalogJson::parse(bytes, u"bad.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(place), qPrintable(parsed.error()));
}

void tst_CatalogJson::invalidContentNamesPointer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    const QByteArray head = "{\"format\":\"tessera-catalog\",\"formatVersion\":1,\"domains\":[{\"id\":\"orders\",\"name\":\"Orders\"}],\"products\":[";
    const QByteArray good = "{\"domain\":\"orders\",\"name\":\"a\",\"title\":\"A\"}";
    QTest::newRow("bad status") << head + good + ",{\"domain\":\"orders\",\"name\":\"b\",\"status\":\"live\"}]}" << u"/products/1/status"_s;
    QTest::newRow("wrong type") << head + "{\"domain\":\"orders\",\"name\":\"a\",\"tags\":\"x\"}]}" << u"/products/0/tags"_s;
    QTest::newRow("missing name") << head + "{\"domain\":\"orders\"}]}" << u"/products/0/name"_s;
    QTest::newRow("bad version") << head + "{\"domain\":\"orders\",\"name\":\"a\",\"version\":\"1.x\"}]}" << u"/products/0/version"_s;
    QTest::newRow("bad field") << head + "{\"domain\":\"orders\",\"name\":\"a\",\"outputPorts\":[{\"name\":\"t\",\"schema\":{\"fields\":[{\"name\":\"x\",\"pii\":\"yes\"}]}}]}]}"
                               << u"/products/0/outputPorts/0/schema/fields/0/pii"_s;
    QTest::newRow("not a catalog") << QByteArray("{\"format\":\"other\"}") << u"/format"_s;
    QTest::newRow("bad observation time") << head + good + "],\"observations\":[{\"product\":\"orders.a\",\"slo\":\"s\",\"at\":\"yesterday\",\"value\":1}]}"
                                          << u"/observations/0/at"_s;
}

void tst_CatalogJson::invalidContentNamesPointer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);
    auto parsed = CatalogJson::parse(bytes, u"bad.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"bad.json: "_s + pointer + u':'), qPrintable(parsed.error()));
}

void tst_CatalogJson::badImportWritesNothing()
{
    QTemporaryDir dir;
    TESSERA_VERIFY_OK(SampleCatalog::install(dir.filePath(u"a.tessera"_s)));
    auto catalog = SqliteCatalog::open(dir.filePath(u"a.tessera"_s));
    const CatalogStats before = catalog.value()->stats().value();

    // Valid JSON, but the second product names a domain that exists nowhere.
    CatalogDocument document;
    document.domains.append(TestProducts::domain(u"web"_s));
    document.products.append(TestProducts::product(u"web"_s, u"sessions"_s, u"Sessions"_s));
    document.products.append(TestProducts::product(u"ghost"_s, u"thing"_s, u"Thing"_s));
    auto imported = catalog.value()->importDocument(document);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(u"/products/1/domain"_s), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(u"ghost"_s), qPrintable(imported.error()));
    QCOMPARE(catalog.value()->stats().value(), before);
    QVERIFY(!catalog.value()->domain(u"web"_s).value().has_value());

    // An observation of an unknown product is refused as a whole too.
    CatalogDocument observations;
    observations.observations.append({u"ghost.thing"_s, u"s"_s, QDateTime::currentDateTimeUtc(), 1});
    QVERIFY(!catalog.value()->importDocument(observations).ok());
    QCOMPARE(catalog.value()->stats().value(), before);
}

void tst_CatalogJson::cancelledImportWritesNothing()
{
    QTemporaryDir dir;
    auto catalog = SqliteCatalog::create(dir.filePath(u"a.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    CatalogDocument document;
    document.domains.append(TestProducts::domain(u"orders"_s));
    for (int i = 0; i < 2000; ++i)
        document.products.append(TestProducts::product(u"orders"_s, u"p%1"_s.arg(i), u"Product %1"_s.arg(i)));
    qint64 calls = 0;
    auto imported = catalog.value()->importDocument(document, [&calls](qint64 done, qint64) {
        ++calls;
        return done < 1000;
    });
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(u"cancelled"_s), qPrintable(imported.error()));
    QVERIFY(calls >= 2);
    QCOMPARE(catalog.value()->stats()->products, 0);
    QCOMPARE(catalog.value()->stats()->domains, 0);
}

void tst_CatalogJson::singleProductDocument()
{
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    p.sunsetDate = QDate(2027, 1, 31);
    p.status = LifecycleStatus::Deprecated;
    const QByteArray json = CatalogJson::productToJson(p, true);
    QVERIFY(json.contains("\"sunsetDate\": \"2027-01-31\""));
    QVERIFY(json.contains("\"description\": {"));
    auto parsed = CatalogJson::parse(json, u"orders.json"_s);
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(parsed->products.size(), 1);
    QCOMPARE(parsed->products.first(), p);
    auto list = CatalogJson::parse("[" + json + "," + json + "]", u"list.json"_s);
    TESSERA_VERIFY_OK(list);
    QCOMPARE(list->products.size(), 2);
}

void tst_CatalogJson::newerFormatIsRefused()
{
    auto parsed = CatalogJson::parse("{\"format\":\"tessera-catalog\",\"formatVersion\":7}", u"new.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"/formatVersion"_s), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(u"newer"_s), qPrintable(parsed.error()));
}

void tst_CatalogJson::writeFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    CatalogDocument document;
    document.domains.append(TestProducts::domain(u"orders"_s));
    TESSERA_VERIFY_OK(CatalogJson::writeFile(path, document));
    auto read = CatalogJson::readFile(path);
    TESSERA_VERIFY_OK(read);
    QCOMPARE(read.value(), document);
    auto unwritable = CatalogJson::writeFile(dir.filePath(u"no/such/folder/out.json"_s), document);
    QVERIFY(!unwritable.ok());
    QVERIFY2(unwritable.error().contains(u"out.json"_s), qPrintable(unwritable.error()));
}

void tst_CatalogJson::awkwardPropertyNamesRoundTrip()
{
    QTemporaryDir dir;
    auto catalog = SqliteCatalog::create(dir.filePath(u"a.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    TESSERA_VERIFY_OK(catalog.value()->saveDomain(TestProducts::domain(u"orders"_s)));
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders \"quoted\" \\ \t"_s);
    p.customProperties.insert(u"a\"b\\c\n"_s, u"x"_s);
    p.customProperties.insert(u"Größe ✓ 𝄞"_s, QVariant::fromValue<qint64>(3));
    p.customProperties.insert(u"nested"_s, QVariantMap{{u"k\"ey"_s, QVariantList{1.5, true}}});
    TESSERA_VERIFY_OK(catalog.value()->saveProduct(p));
    auto read = catalog.value()->product(p.id);
    TESSERA_VERIFY_OK(read);
    QCOMPARE(read.value()->customProperties, p.customProperties);
    QCOMPARE(read.value()->title, p.title);
    auto exported = catalog.value()->exportDocument();
    TESSERA_VERIFY_OK(exported);
    auto parsed = CatalogJson::parse(CatalogJson::serialize(exported.value()), u"x.json"_s);
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(parsed->products.first().customProperties, p.customProperties);
}

void tst_CatalogJson::outOfRangeNumbersAreErrors()
{
    const QByteArray head = "{\"format\":\"tessera-catalog\",";
    auto overflow = CatalogJson::parse(head + "\"observations\":[{\"product\":\"a.b\",\"slo\":\"s\",\"at\":\"2026-01-01T00:00:00Z\",\"value\":1e400}]}", u"big.json"_s);
    QVERIFY(!overflow.ok());
    QVERIFY2(overflow.error().startsWith(u"big.json"_s), qPrintable(overflow.error()));
    auto huge = CatalogJson::parse(head + "\"formatVersion\":18446744073709551615}", u"v.json"_s);
    QVERIFY(!huge.ok());
    QVERIFY2(huge.error().contains(u"newer"_s), qPrintable(huge.error()));
    auto unsignedValue = CatalogJson::parse(
        "{\"domain\":\"orders\",\"name\":\"o\",\"slos\":[{\"property\":\"latency\",\"value\":18446744073709551615}]}", u"u.json"_s);
    TESSERA_VERIFY_OK(unsignedValue);
    QVERIFY(unsignedValue->products.first().slos.first().value.toDouble() > 1e19);
}

void tst_CatalogJson::timesWithoutOffsetAreUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime ten(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("Z") << u"2024-01-01T10:00:00Z"_s << ten;
    QTest::newRow("offset") << u"2024-01-01T12:00:00+02:00"_s << ten;
    QTest::newRow("no offset") << u"2024-01-01T10:00:00"_s << ten;
    QTest::newRow("no offset, in a DST gap of the local zone") << u"2024-03-31T02:30:00"_s
                                                               << QDateTime(QDate(2024, 3, 31), QTime(2, 30), Qt::UTC);
}

void tst_CatalogJson::timesWithoutOffsetAreUtc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    // The reader's time zone must not change what a file means.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QByteArray json = "{\"domain\":\"orders\",\"name\":\"o\",\"createdAt\":\"" + text.toUtf8() + "\"}";
    auto parsed = CatalogJson::parse(json, u"t.json"_s);
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(parsed->products.first().createdAt, expected);
}

void tst_CatalogJson::longDomainCycleIsRefused()
{
    QTemporaryDir dir;
    auto catalog = SqliteCatalog::create(dir.filePath(u"a.tessera"_s));
    TESSERA_VERIFY_OK(catalog);
    CatalogDocument ring;
    const int length = 100;
    for (int i = 0; i < length; ++i)
        ring.domains.append(TestProducts::domain(u"d%1"_s.arg(i), u"d%1"_s.arg((i + 1) % length)));
    auto imported = catalog.value()->importDocument(ring);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(u"own ancestor"_s), qPrintable(imported.error()));
    QCOMPARE(catalog.value()->stats()->domains, 0);
}

QTEST_GUILESS_MAIN(tst_CatalogJson)
#include "tst_catalogjson.moc"
