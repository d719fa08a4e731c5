#include "testproducts.h"

#include "policy/celjson.h"
#include "policy/celpacked.h"
#include "storage/schemamigrations.h"
#include "storage/sqlitecatalog.h"
#include "storage/sqlitedatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_SchemaMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromVersion1();
    void readOnlyOpenOfOldFileIsRefused();
    void concurrentUpgradeIsHarmless();
    void packsStoredDocuments();
};

namespace {

// Writes rows the way a Tessera of schema version 1 wrote them.
void fillVersion1(const QString &path)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const char *sql = R"sql(
        INSERT INTO domains(id, name) VALUES ('orders', 'Orders');
        INSERT INTO products(key, id, domain_id, name, title, version, status, classification, owner_team,
                             updated_at, port_count, field_count)
        VALUES (7, 'orders.orders', 'orders', 'orders', 'Orders', '1.0.0', 'published', 'internal', '',
                '2026-01-01T00:00:00Z', 0, 0);
        INSERT INTO product_documents(key, document)
        VALUES (7, '{"id":"orders.orders","domain":"orders","name":"orders","title":"Orders","version":"1.0.0","status":"published"}');
        INSERT INTO product_fts(rowid, id, name, title, description, tags, fields, owner)
        VALUES (7, 'orders.orders', 'orders', 'Orders', '', '', '', '');
    )sql";
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QByteArray message(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.constData());
}

} // namespace

void tst_SchemaMigrations::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.tessera"_s);
    TESSERA_VERIFY_OK(SqliteCatalog::createAtVersion(path, 1));
    fillVersion1(path);
    QCOMPARE(SqliteCatalog::schemaVersionOf(path).value(), 1);

    auto catalog = SqliteCatalog::open(path);
    TESSERA_VERIFY_OK(catalog);
    QCOMPARE(SqliteCatalog::schemaVersionOf(path).value(), SqliteCatalog::SchemaVersion);

    // Data written by version 1 is all there and usable with the new features.
    auto product = catalog.value()->product(u"orders.orders"_s);
    TESSERA_VERIFY_OK(product);
    QCOMPARE(product.value()->title, u"Orders"_s);
    auto history = catalog.value()->history(u"orders.orders"_s);
    TESSERA_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().revision, 1);
    QCOMPARE(history->first().savedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    DataProduct edited = *product.value();
    edited.title = u"Orders v2"_s;
    TESSERA_VERIFY_OK(catalog.value()->saveProduct(edited));
    QCOMPARE(catalog.value()->history(u"orders.orders"_s)->size(), 2);
    Policy policy;
    policy.id = u"p"_s;
    policy.title = u"P"_s;
    policy.rule = u"true"_s;
    TESSERA_VERIFY_OK(catalog.value()->savePolicy(policy));
    ProductQuery query;
    query.text = u"ord"_s;
    QCOMPARE(catalog.value()->findProducts(query)->size(), 1);
}

void tst_SchemaMigrations::readOnlyOpenOfOldFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.tessera"_s);
    TESSERA_VERIFY_OK(SqliteCatalog::createAtVersion(path, 1));
    auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(u"older schema"_s), qPrintable(catalog.error()));
    QCOMPARE(SqliteCatalog::schemaVersionOf(path).value(), 1);
}

void tst_SchemaMigrations::concurrentUpgradeIsHarmless()
{
    // Two programs read version 1, one upgrades; the other's upgrade must then do nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.tessera"_s);
    TESSERA_VERIFY_OK(SqliteCatalog::createAtVersion(path, 1));
    auto late = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    TESSERA_VERIFY_OK(late);
    TESSERA_VERIFY_OK(SqliteCatalog::open(path)); // the first program upgrades to the latest
    TESSERA_VERIFY_OK(SchemaMigrations::migrate(*late.value(), 1, SqliteCatalog::SchemaVersion));
    QCOMPARE(SqliteCatalog::schemaVersionOf(path).value(), SqliteCatalog::SchemaVersion);
}

void tst_SchemaMigrations::packsStoredDocuments()
{
    // Upgraded, a catalog has the packed form of every document that reads as JSON; one that
    // does not is left to be read (and reported) as text.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.tessera"_s);
    TESSERA_VERIFY_OK(SqliteCatalog::createAtVersion(path, 2));
    fillVersion1(path);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, R"sql(
        INSERT INTO products(key, id, domain_id, name, title, version, status, classification, owner_team,
                             updated_at, port_count, field_count)
        VALUES (8, 'orders.broken', 'orders', 'broken', 'Broken', '1.0.0', 'draft', 'internal', '',
                '2026-01-01T00:00:00Z', 0, 0);
        INSERT INTO product_documents(key, document) VALUES (8, '{"id":"orders.broken",');
    )sql", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    auto catalog = SqliteCatalog::open(path);
    TESSERA_VERIFY_OK(catalog);
    auto source = catalog.value()->productDocumentSource();
    TESSERA_VERIFY_OK(source);
    QCOMPARE(source.value()->ids(), QStringList({u"orders.broken"_s, u"orders.orders"_s}));
    auto reader = source.value()->openReader();
    TESSERA_VERIFY_OK(reader);
    auto broken = reader.value()->stored(0);
    TESSERA_VERIFY_OK(broken);
    QVERIFY(!broken->packed);
    QCOMPARE(broken->bytes, QByteArrayView("{\"id\":\"orders.broken\","));
    auto orders = reader.value()->stored(1);
    TESSERA_VERIFY_OK(orders);
    QVERIFY(orders->packed);
    const auto value = CelPacked::read(orders->bytes);
    TESSERA_VERIFY_OK(value);
    QCOMPARE(value.value(), CelJson::parse(R"({"id":"orders.orders","domain":"orders","name":"orders","title":"Orders","version":"1.0.0","status":"published"})").value());
}

QTEST_GUILESS_MAIN(tst_SchemaMigrations)
#include "tst_schemamigrations.moc"
