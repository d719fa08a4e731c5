#include "testproducts.h"

#include "interop/catalogjson.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celpacked.h"
#include "storage/sqlitecatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_SqliteCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAndReopen();
    void createRefusesExistingFile();
    void productRoundTrip();
    void productNeedsExistingDomain();
    void invalidProductIsRefused();
    void updateKeepsHistory();
    void deleteAndRestoreContinuesHistory();
    void domainConstraints();
    void teamsAndPeople();
    void lineage();
    void documentSource();
    void packedDocuments();
    void readerKeepsItsSnapshot();
    void importStoresProductsInIdOrder();
    void importJournalsAsItShould();
    void observationsWindow();
    void policiesStored();
    void stats();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerSchema();
    void refusesLockedFile();
    void readOnlyModeRefusesWrites();
    void readOnlyFileIsRefused();

private:
    std::unique_ptr<SqliteCatalog> createCatalog();
    QByteArray checksum(const QString &path) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SqliteCatalog> tst_SqliteCatalog::createCatalog()
{
    // Callers QVERIFY the pointer: a failure here is reported with its message.
    auto catalog = SqliteCatalog::create(m_dir->filePath(u"catalog.tessera"_s));
    if (!catalog) {
        qWarning("%s", qPrintable(catalog.error()));
        return {};
    }
    for (const QString &id : {u"orders"_s, u"marketing"_s}) {
        if (auto saved = catalog.value()->saveDomain(TestProducts::domain(id)); !saved) {
            qWarning("%s", qPrintable(saved.error()));
            return {};
        }
    }
    return std::move(catalog).value();
}

QByteArray tst_SqliteCatalog::checksum(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void tst_SqliteCatalog::createAndReopen()
{
    const QString path = m_dir->filePath(u"catalog.tessera"_s);
    {
        auto catalog = createCatalog();
        QVERIFY(catalog);
        TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s)));
    }
    auto version = SqliteCatalog::schemaVersionOf(path);
    TESSERA_VERIFY_OK(version);
    QCOMPARE(version.value(), SqliteCatalog::SchemaVersion);
    {
        // Pages that hold several product documents each, so that reading them all (a policy
        // check) takes a few system calls per hundred kilobytes, not one per document.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(statement, 0), 32768);
        sqlite3_finalize(statement);
    }
    auto reopened = SqliteCatalog::open(path);
    TESSERA_VERIFY_OK(reopened);
    auto product = reopened.value()->product(u"orders.orders"_s);
    TESSERA_VERIFY_OK(product);
    QVERIFY(product.value().has_value());
    QCOMPARE(product.value()->title, u"Orders"_s);
}

void tst_SqliteCatalog::createRefusesExistingFile()
{
    const QString path = m_dir->filePath(u"exists.tessera"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto catalog = SqliteCatalog::create(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(u"already exists"_s), qPrintable(catalog.error()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void tst_SqliteCatalog::productRoundTrip()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s, u"Every order placed."_s);
    p.status = LifecycleStatus::Deprecated;
    p.sunsetDate = QDate(2027, 3, 31);
    p.tags = {u"sales"_s, u"core"_s};
    p.classification = Classification::Confidential;
    p.customProperties.insert(u"costCenter"_s, u"CC-1"_s);
    p.customProperties.insert(u"tier"_s, QVariant::fromValue<qint64>(2));
    p.outputPorts[0].fields.append({u"email"_s, u"string"_s, u"Buyer e-mail"_s, true, true});
    p.slos.append({u"fresh"_s, u"latency"_s, QVariant::fromValue<qint64>(4), {}, u"h"_s, u"orders.ts"_s, {}, {}, {}, {}});
    p.roles.append({u"ana"_s, Role::Steward});
    auto saved = catalog->saveProduct(p);
    TESSERA_VERIFY_OK(saved);
    QVERIFY(saved->createdAt.isValid());
    QVERIFY(saved->updatedAt.isValid());

    auto read = catalog->product(p.id);
    TESSERA_VERIFY_OK(read);
    QVERIFY(read.value().has_value());
    QCOMPARE(*read.value(), saved.value());

    auto missing = catalog->product(u"orders.nope"_s);
    TESSERA_VERIFY_OK(missing);
    QVERIFY(!missing.value().has_value());
}

void tst_SqliteCatalog::productNeedsExistingDomain()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    auto saved = catalog->saveProduct(TestProducts::product(u"finance"_s, u"ledger"_s, u"Ledger"_s));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"finance"_s), qPrintable(saved.error()));
    QCOMPARE(catalog->stats()->products, 0);
}

void tst_SqliteCatalog::invalidProductIsRefused()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    p.version = u"v2"_s;
    auto saved = catalog->saveProduct(p);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"semantic version"_s), qPrintable(saved.error()));

    p.version = u"2.0.0"_s;
    p.status = LifecycleStatus::Deprecated;
    saved = catalog->saveProduct(p);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"sunset"_s), qPrintable(saved.error()));
    QCOMPARE(catalog->stats()->products, 0);
}

void tst_SqliteCatalog::updateKeepsHistory()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    TESSERA_VERIFY_OK(catalog->saveProduct(p));
    p.title = u"All orders"_s;
    p.version = u"1.1.0"_s;
    TESSERA_VERIFY_OK(catalog->saveProduct(p));

    auto history = catalog->history(p.id);
    TESSERA_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).revision, 2);
    QCOMPARE(history->at(0).version, u"1.1.0"_s);
    QCOMPARE(history->at(1).revision, 1);
    QCOMPARE(history->at(1).version, u"1.0.0"_s);
    QVERIFY(history->at(1).document.contains(u"\"title\":\"Orders\""_s));
    QVERIFY(history->at(0).document.contains(u"\"title\":\"All orders\""_s));

    // The first save's creation time survives later saves.
    auto first = CatalogJson::productFromJson(history->at(1).document.toUtf8(), u"rev1"_s);
    auto current = catalog->product(p.id);
    QCOMPARE(current.value()->createdAt, first->createdAt);
}

void tst_SqliteCatalog::deleteAndRestoreContinuesHistory()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    auto saved = catalog->saveProduct(p);
    TESSERA_VERIFY_OK(saved);
    TESSERA_VERIFY_OK(catalog->deleteProduct(p.id));
    QVERIFY(!catalog->product(p.id).value().has_value());
    QCOMPARE(catalog->stats()->products, 0);
    ProductQuery query;
    query.text = u"orders"_s;
    QVERIFY(catalog->findProducts(query)->isEmpty()); // gone from the search index too

    auto deleteAgain = catalog->deleteProduct(p.id);
    QVERIFY(!deleteAgain.ok());

    TESSERA_VERIFY_OK(catalog->saveProduct(saved.value())); // what an undo does
    auto history = catalog->history(p.id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).revision, 2);
    QCOMPARE(catalog->findProducts(query)->size(), 1);
}

void tst_SqliteCatalog::domainConstraints()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    // unknown parent
    auto orphan = catalog->saveDomain(TestProducts::domain(u"web"_s, u"nowhere"_s));
    QVERIFY(!orphan.ok());
    QVERIFY2(orphan.error().contains(u"nowhere"_s), qPrintable(orphan.error()));
    // nesting, then a cycle
    TESSERA_VERIFY_OK(catalog->saveDomain(TestProducts::domain(u"web"_s, u"marketing"_s)));
    auto cycle = catalog->saveDomain(TestProducts::domain(u"marketing"_s, u"web"_s));
    QVERIFY(!cycle.ok());
    QCOMPARE(catalog->domain(u"marketing"_s).value()->parentId, QString());
    // not deletable with a subdomain or with products
    auto withChild = catalog->deleteDomain(u"marketing"_s);
    QVERIFY(!withChild.ok());
    QVERIFY2(withChild.error().contains(u"subdomain"_s), qPrintable(withChild.error()));
    TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s)));
    auto withProducts = catalog->deleteDomain(u"orders"_s);
    QVERIFY(!withProducts.ok());
    QVERIFY2(withProducts.error().contains(u"data products"_s), qPrintable(withProducts.error()));
    // not deletable while a policy is scoped to it (an export would not import back)
    Policy webRule;
    webRule.id = u"web-rule"_s;
    webRule.title = u"Web"_s;
    webRule.scope = u"web"_s;
    webRule.severity = Policy::Severity::Warning;
    webRule.rule = u"true"_s;
    TESSERA_VERIFY_OK(catalog->savePolicy(webRule));
    auto withPolicy = catalog->deleteDomain(u"web"_s);
    QVERIFY(!withPolicy.ok());
    QVERIFY2(withPolicy.error().contains(u"policies"_s), qPrintable(withPolicy.error()));
    TESSERA_VERIFY_OK(catalog->deletePolicy(u"web-rule"_s));
    // an empty leaf goes
    TESSERA_VERIFY_OK(catalog->deleteDomain(u"web"_s));
    QVERIFY(!catalog->domain(u"web"_s).value().has_value());
    QCOMPARE(catalog->domains()->size(), 2);
    // renaming keeps the id
    Domain renamed = TestProducts::domain(u"orders"_s);
    renamed.name = u"Order Management"_s;
    TESSERA_VERIFY_OK(catalog->saveDomain(renamed));
    QCOMPARE(catalog->domain(u"orders"_s).value()->name, u"Order Management"_s);
}

void tst_SqliteCatalog::teamsAndPeople()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    QVERIFY(!catalog->saveTeam({u"x-team"_s, u"X"_s, u"nowhere"_s, {}}).ok());
    TESSERA_VERIFY_OK(catalog->saveTeam({u"orders-team"_s, u"Orders Team"_s, u"orders"_s, u"o@example.com"_s}));
    QVERIFY(!catalog->savePerson({u"ana"_s, u"Ana"_s, {}, u"ghost-team"_s}).ok());
    TESSERA_VERIFY_OK(catalog->savePerson({u"ana"_s, u"Ana Lima"_s, u"ana@example.com"_s, u"orders-team"_s}));
    QCOMPARE(catalog->teams()->size(), 1);
    QCOMPARE(catalog->people()->first().teamId, u"orders-team"_s);
    TESSERA_VERIFY_OK(catalog->deleteTeam(u"orders-team"_s));
    QCOMPARE(catalog->people()->first().teamId, QString()); // membership cleared, person kept
}

void tst_SqliteCatalog::packedDocuments()
{
    // Every saved product has a packed document beside its text, which reads back as the text
    // does; a reader falls back to the text for a product whose packed document is missing,
    // of another format, or of another product.
    auto catalog = createCatalog();
    QVERIFY(catalog);
    for (const QString &name : {u"orders"_s, u"returns"_s, u"carts"_s})
        TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, name, name)));
    DataProduct edited = catalog->product(u"orders.returns"_s).value().value();
    edited.title = u"Returns, édité"_s;
    TESSERA_VERIFY_OK(catalog->saveProduct(edited));
    auto source = catalog->productDocumentSource();
    TESSERA_VERIFY_OK(source);
    const QStringList ids = source.value()->ids();
    const auto readAll = [&] {
        QList<std::pair<bool, QByteArray>> read;
        auto reader = source.value()->openReader();
        if (!reader)
            return read;
        for (qsizetype row = 0; row < ids.size(); ++row) {
            auto stored = reader.value()->stored(row);
            auto text = reader.value()->document(row);
            if (!stored || !text)
                return read;
            const QByteArray json = text->toByteArray();
            read.append({stored->packed, json});
            // Read again after the text: a view lasts until the reader's next call.
            stored = reader.value()->stored(row);
            if (!stored)
                return read;
            const auto value = stored->packed ? CelPacked::read(stored->bytes) : CelJson::parse(stored->bytes);
            if (!value || !(value.value() == CelJson::parse(json).value()))
                return read;
            read.last().second = stored->bytes.toByteArray();
        }
        return read;
    };
    auto read = readAll();
    QCOMPARE(read.size(), ids.size());
    for (const auto &[packed, bytes] : read)
        QVERIFY(packed);

    const QString path = m_dir->filePath(u"catalog.tessera"_s);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const auto exec = [&](const QByteArray &sql) { return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); };
    const auto keyOf = [&](const QString &id) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT key FROM products WHERE id = ?", -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
        const qint64 key = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return QByteArray::number(key);
    };
    // Missing: carts. Another product's: orders gets returns'. Another format: returns.
    QCOMPARE(exec("DELETE FROM product_packed WHERE key = " + keyOf(u"orders.carts"_s)), SQLITE_OK);
    QCOMPARE(exec("UPDATE product_packed SET packed = (SELECT packed FROM product_packed WHERE key = "
                  + keyOf(u"orders.returns"_s) + ") WHERE key = " + keyOf(u"orders.orders"_s)), SQLITE_OK);
    QCOMPARE(exec("UPDATE product_packed SET packed = X'02' || substr(packed, 2) WHERE key = "
                  + keyOf(u"orders.returns"_s)), SQLITE_OK);
    sqlite3_close(db);
    read = readAll();
    QCOMPARE(read.size(), ids.size());
    const auto documents = catalog->productDocuments();
    TESSERA_VERIFY_OK(documents);
    for (qsizetype row = 0; row < ids.size(); ++row) {
        QVERIFY2(!read.at(row).first, qPrintable(ids.at(row)));
        QCOMPARE(read.at(row).second, documents->at(row));
    }

    // Deleted with its product.
    TESSERA_VERIFY_OK(catalog->deleteProduct(u"orders.orders"_s));
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt *count = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM product_packed p LEFT JOIN products q ON q.key = p.key "
                                    "WHERE q.key IS NULL", -1, &count, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(count), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(count, 0), 0);
    sqlite3_finalize(count);
    sqlite3_close(db);
}

void tst_SqliteCatalog::readerKeepsItsSnapshot()
{
    // A reader reads every document from the catalog as it was when it began, also after a
    // product it reads as text because its packed document is missing (b), when another
    // product (d) was saved again meanwhile.
    auto catalog = createCatalog();
    QVERIFY(catalog);
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, name, name)));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_dir->filePath(u"catalog.tessera"_s)).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM product_packed WHERE key = (SELECT key FROM products WHERE id = 'orders.b')",
                          nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto source = catalog->productDocumentSource();
    TESSERA_VERIFY_OK(source);
    QCOMPARE(source.value()->ids(), QStringList({u"orders.a"_s, u"orders.b"_s, u"orders.c"_s, u"orders.d"_s}));
    auto reader = source.value()->openReader();
    TESSERA_VERIFY_OK(reader);
    const auto titleAt = [&](qsizetype row) {
        auto stored = reader.value()->stored(row);
        if (!stored)
            return stored.error();
        const auto value = stored->packed ? CelPacked::read(stored->bytes) : CelJson::parse(stored->bytes);
        return value ? value->mapValue().find(CelValue::fromString(u"title"_s))->stringValue() : value.error();
    };
    QCOMPARE(titleAt(0), u"a"_s);
    DataProduct later = catalog->product(u"orders.d"_s).value().value();
    later.title = u"d, later"_s;
    TESSERA_VERIFY_OK(catalog->saveProduct(later));
    QCOMPARE(titleAt(1), u"b"_s);
    QCOMPARE(titleAt(2), u"c"_s);
    QCOMPARE(titleAt(3), u"d"_s);
    reader.value().reset();
    auto next = source.value()->openReader();
    TESSERA_VERIFY_OK(next);
    reader = std::move(next);
    QCOMPARE(titleAt(3), u"d, later"_s);
}

void tst_SqliteCatalog::importJournalsAsItShould()
{
    // An import into a catalog without products writes its pages once, under a rollback
    // journal; the catalog is in WAL mode before and after, and an import that fails leaves
    // nothing behind, in either mode.
    const QString path = m_dir->filePath(u"journal.tessera"_s);
    const auto journalMode = [&] {
        sqlite3 *db = nullptr;
        sqlite3_stmt *statement = nullptr;
        QByteArray mode;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            mode = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return mode;
    };
    auto catalog = SqliteCatalog::create(path);
    TESSERA_VERIFY_OK(catalog);
    QCOMPARE(journalMode(), "wal"_ba);
    CatalogDocument bad;
    bad.domains.append(TestProducts::domain(u"orders"_s));
    bad.products.append(TestProducts::product(u"orders"_s, u"a"_s, u"A"_s));
    bad.products.append(TestProducts::product(u"nowhere"_s, u"b"_s, u"B"_s));
    QVERIFY(!catalog.value()->importDocument(bad));
    QCOMPARE(journalMode(), "wal"_ba);
    QCOMPARE(catalog.value()->productIds().value(), QStringList());
    QVERIFY(catalog.value()->domains()->isEmpty());

    CatalogDocument good;
    good.domains.append(TestProducts::domain(u"orders"_s));
    good.products.append(TestProducts::product(u"orders"_s, u"a"_s, u"A"_s));
    TESSERA_VERIFY_OK(catalog.value()->importDocument(good));
    QCOMPARE(journalMode(), "wal"_ba);
    QVERIFY(!QFile::exists(path + u"-journal"_s));
    // Into a catalog with products, and with a reader open on the file: as before.
    auto reader = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
    TESSERA_VERIFY_OK(reader);
    good.products.first() = TestProducts::product(u"orders"_s, u"c"_s, u"C"_s);
    TESSERA_VERIFY_OK(catalog.value()->importDocument(good));
    QCOMPARE(journalMode(), "wal"_ba);
    QCOMPARE(reader.value()->productIds().value(), QStringList({u"orders.a"_s, u"orders.c"_s}));
    catalog.value().reset();
    reader.value().reset();
    auto reopened = SqliteCatalog::open(path);
    TESSERA_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->productIds().value(), QStringList({u"orders.a"_s, u"orders.c"_s}));

    // A new catalog that someone else has open keeps its write-ahead log for the import.
    const QString shared = m_dir->filePath(u"shared.tessera"_s);
    auto fresh = SqliteCatalog::create(shared);
    TESSERA_VERIFY_OK(fresh);
    auto watcher = SqliteCatalog::open(shared, SqliteCatalog::OpenMode::ReadOnly);
    TESSERA_VERIFY_OK(watcher);
    QCOMPARE(watcher.value()->productIds().value(), QStringList());
    TESSERA_VERIFY_OK(fresh.value()->importDocument(good));
    QCOMPARE(watcher.value()->productIds().value(), QStringList({u"orders.c"_s}));
}

void tst_SqliteCatalog::importStoresProductsInIdOrder()
{
    // Whatever order a file lists its products in, an import stores them in id order, the
    // order in which a check reads every document.
    const QString path = m_dir->filePath(u"ordered.tessera"_s);
    CatalogDocument document;
    document.domains.append(TestProducts::domain(u"orders"_s));
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        const QString name = u"p%1"_s.arg((i * 37 + 13) % 50, 2, 10, QChar(u'0'));
        document.products.append(TestProducts::product(u"orders"_s, name, name));
        ids.append(document.products.last().id);
    }
    ids.sort();
    QVERIFY(document.products.first().id != ids.first());
    {
        auto catalog = SqliteCatalog::create(path);
        TESSERA_VERIFY_OK(catalog);
        TESSERA_VERIFY_OK(catalog.value()->importDocument(document));
    }
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    const auto closing = qScopeGuard([&] {
        sqlite3_finalize(statement);
        sqlite3_close(db);
    });
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT p.id FROM product_documents d JOIN products p ON p.key = d.key "
                                    "ORDER BY d.key",
                                -1, &statement, nullptr),
             SQLITE_OK);
    QStringList stored;
    while (sqlite3_step(statement) == SQLITE_ROW)
        stored.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    QCOMPARE(stored, ids);
}

void tst_SqliteCatalog::documentSource()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    for (const QString &name : {u"orders"_s, u"returns"_s, u"carts"_s, u"payments"_s})
        TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, name, name)));
    TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"marketing"_s, u"campaigns"_s, u"Campaigns"_s)));
    auto documents = catalog->productDocuments();
    TESSERA_VERIFY_OK(documents);
    auto source = catalog->productDocumentSource();
    TESSERA_VERIFY_OK(source);
    QVERIFY(source.value());
    QCOMPARE(source.value()->ids(), catalog->productIds().value());

    // Readers on two threads at once read what the bulk read gives, row for row.
    std::vector<QList<QByteArray>> read(2);
    std::vector<QString> errors(2);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 2; ++t) {
        threads.emplace_back([&, t] {
            auto reader = source.value()->openReader();
            if (!reader) {
                errors[t] = reader.error();
                return;
            }
            for (qsizetype row = 0; row < source.value()->ids().size(); ++row) {
                auto document = reader.value()->document(row);
                if (!document) {
                    errors[t] = document.error();
                    return;
                }
                read[t].append(document->toByteArray());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (std::size_t t = 0; t < 2; ++t) {
        QCOMPARE(errors[t], QString());
        QCOMPARE(read[t], documents.value());
    }

    // A reader keeps the catalog as it was when it began; a later one finds a deleted product
    // gone, and says which.
    auto before = source.value()->openReader();
    TESSERA_VERIFY_OK(before);
    TESSERA_VERIFY_OK(before.value()->document(0));
    const qsizetype carts = source.value()->ids().indexOf(u"orders.carts"_s);
    QVERIFY(carts >= 0);
    TESSERA_VERIFY_OK(catalog->deleteProduct(u"orders.carts"_s));
    auto kept = before.value()->document(carts);
    TESSERA_VERIFY_OK(kept);
    QCOMPARE(kept->toByteArray(), documents->at(carts));
    before.value().reset();
    auto after = source.value()->openReader();
    TESSERA_VERIFY_OK(after);
    auto gone = after.value()->document(carts);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(u"\"orders.carts\" is gone"_s), qPrintable(gone.error()));
    // The reader goes on with the other rows.
    auto next = after.value()->document(carts + 1);
    TESSERA_VERIFY_OK(next);
    QCOMPARE(next->toByteArray(), documents->at(carts + 1));

    // A product saved since the source was made is stored under another key: found by id, as
    // it is now.
    const qsizetype payments = source.value()->ids().indexOf(u"orders.payments"_s);
    QVERIFY(payments >= 0);
    DataProduct edited = catalog->product(u"orders.payments"_s).value().value();
    edited.title = u"Payments, edited"_s;
    TESSERA_VERIFY_OK(catalog->saveProduct(edited));
    auto later = source.value()->openReader();
    TESSERA_VERIFY_OK(later);
    auto current = later.value()->document(payments);
    TESSERA_VERIFY_OK(current);
    QVERIFY(current->contains("Payments, edited"));
    // Saved last, its key is the highest; deleted, that key goes to the next product saved,
    // whose document is not taken for the deleted one's.
    auto fresh = catalog->productDocumentSource();
    TESSERA_VERIFY_OK(fresh);
    const qsizetype paymentsNow = fresh.value()->ids().indexOf(u"orders.payments"_s);
    QVERIFY(paymentsNow >= 0);
    TESSERA_VERIFY_OK(catalog->deleteProduct(u"orders.payments"_s));
    TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"refunds"_s, u"Refunds"_s)));
    auto last = fresh.value()->openReader();
    TESSERA_VERIFY_OK(last);
    auto replaced = last.value()->document(paymentsNow);
    QVERIFY2(!replaced, qPrintable(QString::fromUtf8(replaced ? replaced->toByteArray() : QByteArray())));
    QVERIFY2(replaced.error().contains(u"\"orders.payments\" is gone"_s), qPrintable(replaced.error()));

    // A reader may outlive its source.
    auto orphan = source.value()->openReader();
    TESSERA_VERIFY_OK(orphan);
    const QString firstId = source.value()->ids().first();
    source = std::shared_ptr<ProductDocumentSource>();
    auto first = orphan.value()->document(0);
    TESSERA_VERIFY_OK(first);
    QVERIFY(first->startsWith(QByteArray(QByteArray("{\"id\":\"") + firstId.toUtf8())));
}

void tst_SqliteCatalog::lineage()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s)));
    DataProduct c360 = TestProducts::product(u"marketing"_s, u"customer-360"_s, u"Customer 360"_s);
    c360.inputPorts.append({u"orders.orders"_s, u"orders_table"_s});
    TESSERA_VERIFY_OK(catalog->saveProduct(c360));
    auto consumers = catalog->consumersOf(u"orders.orders"_s);
    TESSERA_VERIFY_OK(consumers);
    QCOMPARE(consumers->size(), 1);
    QCOMPARE(consumers->first(), (LineageEdge{u"marketing.customer-360"_s, u"orders.orders"_s, u"orders_table"_s}));
    QCOMPARE(catalog->lineage()->size(), 1);
    // Another consumer reading two ports of orders: counted per port.
    DataProduct churn = TestProducts::product(u"marketing"_s, u"churn"_s, u"Churn"_s);
    churn.inputPorts.append({u"orders.orders"_s, u"orders_table"_s});
    churn.inputPorts.append({u"orders.orders"_s, u"orders_events"_s});
    churn.inputPorts.append({u"marketing.customer-360"_s, {}});
    TESSERA_VERIFY_OK(catalog->saveProduct(churn));
    auto counts = catalog->inputCounts();
    TESSERA_VERIFY_OK(counts);
    // In id order, as a check lists the products.
    QCOMPARE(*counts, (QList<std::pair<QString, int>>{{u"marketing.customer-360"_s, 1}, {u"orders.orders"_s, 3}}));
    TESSERA_VERIFY_OK(catalog->deleteProduct(churn.id));
    // editing away the input removes the edge
    c360.inputPorts.clear();
    TESSERA_VERIFY_OK(catalog->saveProduct(c360));
    QVERIFY(catalog->consumersOf(u"orders.orders"_s)->isEmpty());
    QVERIFY(catalog->inputCounts()->isEmpty());
}

void tst_SqliteCatalog::observationsWindow()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s)));
    const QDateTime start(QDate(2026, 11, 1), QTime(6, 0), Qt::UTC);
    QList<SlaObservation> points;
    for (int day = 0; day < 10; ++day)
        points.append({u"orders.orders"_s, u"fresh"_s, start.addDays(day), 2.0 + day});
    TESSERA_VERIFY_OK(catalog->addObservations(points));
    auto window = catalog->observations(u"orders.orders"_s, start.addDays(2), start.addDays(5));
    TESSERA_VERIFY_OK(window);
    QCOMPARE(window->size(), 3);
    QCOMPARE(window->first().value, 4.0);
    QCOMPARE(window->first().at, start.addDays(2));
    // the same point again replaces, not duplicates
    TESSERA_VERIFY_OK(catalog->addObservations({{u"orders.orders"_s, u"fresh"_s, start, 9.0}}));
    QCOMPARE(catalog->stats()->observations, 10);
}

void tst_SqliteCatalog::policiesStored()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    Policy policy;
    policy.id = u"owner-present"_s;
    policy.title = u"Owner present"_s;
    policy.description = u"Someone answers for the product."_s;
    policy.when = u"product.status != 'draft'"_s;
    policy.rule = u"product.owner != ''"_s;
    policy.message = u"Name an owner team."_s;
    policy.owner = u"governance-guild"_s;
    policy.version = 3;
    policy.enabled = false;
    policy.exemptions.append({u"orders.orders"_s, u"migration"_s, u"ana.lima"_s, QDate(2030, 1, 31)});
    policy.tests.append({u"no owner"_s, R"({"domain":"orders","name":"x","owner":""})", {}, {},
                         PolicyOutcome::Fail});
    TESSERA_VERIFY_OK(catalog->savePolicy(policy));
    // the whole policy comes back
    auto policies = catalog->policies();
    TESSERA_VERIFY_OK(policies);
    QCOMPARE(policies->size(), 1);
    QCOMPARE(policies->first(), policy);

    // refused with the reason: unknown scope, a rule that does not compile, a bad id
    Policy scoped = policy;
    scoped.id = u"orders-only"_s;
    scoped.scope = u"nowhere"_s;
    auto unknownScope = catalog->savePolicy(scoped);
    QVERIFY(!unknownScope.ok());
    QVERIFY2(unknownScope.error().contains(u"nowhere"_s), qPrintable(unknownScope.error()));
    Policy broken = policy;
    broken.id = u"broken"_s;
    broken.rule = u"product.owner !="_s;
    auto syntax = catalog->savePolicy(broken);
    QVERIFY(!syntax.ok());
    QVERIFY2(syntax.error().contains(u"rule"_s), qPrintable(syntax.error()));
    broken.rule = u"prodcut.owner != ''"_s; // undeclared variable
    QVERIFY(!catalog->savePolicy(broken).ok());
    Policy badId = policy;
    badId.id = u"Not A Slug"_s;
    QVERIFY(!catalog->savePolicy(badId).ok());
    QCOMPARE(catalog->policies()->size(), 1);

    TESSERA_VERIFY_OK(catalog->deletePolicy(u"owner-present"_s));
    QVERIFY(catalog->policies()->isEmpty());
}

void tst_SqliteCatalog::stats()
{
    auto catalog = createCatalog();
    QVERIFY(catalog);
    DataProduct p = TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s);
    p.outputPorts.append(p.outputPorts.first());
    p.outputPorts.last().name = u"orders_topic"_s;
    TESSERA_VERIFY_OK(catalog->saveProduct(p));
    auto stats = catalog->stats();
    TESSERA_VERIFY_OK(stats);
    QCOMPARE(stats->domains, 2);
    QCOMPARE(stats->products, 1);
    QCOMPARE(stats->outputPorts, 2);
    QCOMPARE(stats->fields, 2);
}

void tst_SqliteCatalog::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("name,age\nann,3\n").repeated(200) << u"not an SQLite database"_s;
    QTest::newRow("empty sqlite") << QByteArray() << u"not a Tessera catalog"_s;
}

void tst_SqliteCatalog::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"bad.tessera"_s);
    if (content.isEmpty()) {
        // a real SQLite database of another application
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = checksum(path);
    auto catalog = SqliteCatalog::open(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(expected), qPrintable(catalog.error()));
    QVERIFY2(catalog.error().contains(u"bad.tessera"_s), qPrintable(catalog.error()));
    QCOMPARE(checksum(path), before);

    auto missing = SqliteCatalog::open(m_dir->filePath(u"missing.tessera"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"does not exist"_s), qPrintable(missing.error()));
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.tessera"_s)));
}

void tst_SqliteCatalog::refusesNewerSchema()
{
    const QString path = m_dir->filePath(u"future.tessera"_s);
    {
        auto catalog = createCatalog();
        QVERIFY(catalog);
    }
    QVERIFY(QFile::rename(m_dir->filePath(u"catalog.tessera"_s), path));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = checksum(path);

    auto catalog = SqliteCatalog::open(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(u"newer"_s), qPrintable(catalog.error()));
    QVERIFY2(catalog.error().contains(u"99"_s), qPrintable(catalog.error()));
    QCOMPARE(checksum(path), before);
}

void tst_SqliteCatalog::refusesLockedFile()
{
    {
        auto catalog = createCatalog();
        QVERIFY(catalog);
    }
    const QString path = m_dir->filePath(u"catalog.tessera"_s);
    // Another program holds an exclusive lock on the file.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE meta SET value = value;",
                          nullptr, nullptr, nullptr), SQLITE_OK);
    auto catalog = SqliteCatalog::open(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(u"locked"_s), qPrintable(catalog.error()));
    QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    // Once released, it opens.
    TESSERA_VERIFY_OK(SqliteCatalog::open(path));
}

void tst_SqliteCatalog::readOnlyModeRefusesWrites()
{
    {
        auto catalog = createCatalog();
        QVERIFY(catalog);
        TESSERA_VERIFY_OK(catalog->saveProduct(TestProducts::product(u"orders"_s, u"orders"_s, u"Orders"_s)));
    }
    const QString path = m_dir->filePath(u"catalog.tessera"_s);
    auto catalog = SqliteCatalog::open(path, SqliteCatalog::OpenMode::ReadOnly);
    TESSERA_VERIFY_OK(catalog);
    QVERIFY(catalog.value()->isReadOnly());
    QCOMPARE(catalog.value()->stats()->products, 1);
    auto saved = catalog.value()->saveProduct(TestProducts::product(u"orders"_s, u"more"_s, u"More"_s));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"read-only"_s), qPrintable(saved.error()));
    QVERIFY(!catalog.value()->deleteProduct(u"orders.orders"_s).ok());
    QCOMPARE(catalog.value()->stats()->products, 1);
}

void tst_SqliteCatalog::readOnlyFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("file permissions do not bind the root user");
    {
        auto catalog = createCatalog();
        QVERIFY(catalog);
    }
    const QString path = m_dir->filePath(u"catalog.tessera"_s);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = checksum(path);
    auto catalog = SqliteCatalog::open(path);
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(u"read-only"_s), qPrintable(catalog.error()));
    QCOMPARE(checksum(path), before);
}

QTEST_GUILESS_MAIN(tst_SqliteCatalog)
#include "tst_sqlitecatalog.moc"
