#include "storage/sqlitedocumentsource.h"

#include "interop/catalogjson.h"
#include "policy/celpacked.h"
#include "storage/sqlitedatabase.h"

#include <QAnyStringView>
#include <QDir>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// Whether `document` is that of the product `id`. Stored documents are canonical, their id
// first: the usual answer needs no parse.
bool isDocumentOf(QByteArrayView document, const QString &id)
{
    if (const auto leading = CatalogJson::leadingProductId(document))
        return QAnyStringView::equal(*leading, id);
    const auto json = nlohmann::json::parse(document.begin(), document.end(), nullptr, false);
    if (!json.is_object())
        return false;
    const auto found = json.find("id");
    return found != json.end() && found->is_string()
        && QString::fromStdString(found->get<std::string>()) == id;
}

// One connection, and a blob handle for each form of document, moved from document to
// document: a lookup by key and a copy, without a statement to step. A product saved since the source was made has another
// key (or its key another product): it is then looked up by id.
class SqliteDocumentReader final : public ProductDocumentReader
{
public:
    SqliteDocumentReader(std::unique_ptr<SqliteDatabase> db, QStringList ids,
                         std::shared_ptr<const std::vector<qint64>> keys)
        : m_db(std::move(db))
        , m_ids(std::move(ids))
        , m_keys(std::move(keys))
    {
    }
    ~SqliteDocumentReader() override
    {
        sqlite3_blob_close(m_packedBlob);
        sqlite3_blob_close(m_blob);
    }

    // From product_packed, which has the same keys; a product without a packed document
    // there, or with one of another format, or of another product, is read as JSON.
    Result<Stored> stored(qsizetype row) override
    {
        if (!m_packed)
            return ProductDocumentReader::stored(row);
        auto packed = read(m_packedBlob, "product_packed", "packed", row);
        if (!packed)
            return Error {packed.error()};
        if (!packed.value())
            return ProductDocumentReader::stored(row);
        const auto id = CelPacked::leadingId(*packed.value());
        if (!id || *id != m_ids.at(row))
            return ProductDocumentReader::stored(row);
        return Stored {*packed.value(), true};
    }

    // Begins the read transaction every document comes from, and finds whether the catalog
    // keeps packed documents (a table that may not be there). Explicit, since a product read
    // as text after its packed form was missing closes a blob handle, which would otherwise
    // end the transaction and let later documents come from a later catalog.
    Result<void> begin()
    {
        if (auto begun = m_db->exec("BEGIN"); !begun)
            return begun;
        auto statement = m_db->prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'product_packed'");
        if (!statement)
            return Error {statement.error()};
        m_packed = statement.value()->step() == SQLITE_ROW;
        statement.value()->reset();
        return {};
    }

    Result<QByteArrayView> document(qsizetype row) override
    {
        auto document = read(m_blob, "product_documents", "document", row);
        if (!document)
            return Error {document.error()};
        if (!document.value() || !isDocumentOf(*document.value(), m_ids.at(row)))
            return byId(row);
        return *document.value();
    }

private:
    // The bytes of the row of `table` with the key of `row`, through `blob` (opened, or moved to
    // that row); nullopt when there is no such row.
    Result<std::optional<QByteArrayView>> read(sqlite3_blob *&blob, const char *table, const char *column,
                                               qsizetype row)
    {
        const qint64 key = m_keys->at(std::size_t(row));
        int rc = blob ? sqlite3_blob_reopen(blob, key)
                      : sqlite3_blob_open(m_db->handle(), "main", table, column, key, 0, &blob);
        if (rc != SQLITE_OK) {
            const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
            // A failed reopen leaves the handle unusable.
            sqlite3_blob_close(blob);
            blob = nullptr;
            if ((rc & 0xff) == SQLITE_ERROR && reason.startsWith(u"no such rowid"_s))
                return std::optional<QByteArrayView>();
            return failure(row, reason);
        }
        const int size = sqlite3_blob_bytes(blob);
        if (size > 0 && (rc = sqlite3_blob_read(blob, reserve(std::size_t(size)), size, 0)) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
            sqlite3_blob_close(blob);
            blob = nullptr;
            return failure(row, reason);
        }
        return std::optional(QByteArrayView(m_buffer.get(), size));
    }

    char *reserve(std::size_t size)
    {
        if (size > m_capacity) {
            m_capacity = std::max(size, 2 * m_capacity);
            m_buffer = std::make_unique_for_overwrite<char[]>(m_capacity);
        }
        return m_buffer.get();
    }

    Result<QByteArrayView> byId(qsizetype row)
    {
        auto statement = m_db->prepare(
            "SELECT d.document FROM products p JOIN product_documents d ON d.key = p.key WHERE p.id = ?");
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        s->bind(1, m_ids.at(row));
        const int rc = s->step();
        if (rc == SQLITE_ROW) {
            const QByteArrayView found = s->blobView(0);
            char *copy = reserve(std::size_t(found.size()));
            if (!found.isEmpty())
                std::memcpy(copy, found.data(), std::size_t(found.size()));
            s->reset();
            return QByteArrayView(copy, found.size());
        }
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
        s->reset();
        if (rc == SQLITE_DONE) {
            return Error{SqliteDocumentSource::tr("The catalog changed while it was being read: product "
                                                  "\"%1\" is gone. Run it again.").arg(m_ids.at(row))};
        }
        return failure(row, reason);
    }

    Error failure(qsizetype row, const QString &reason) const
    {
        return Error{SqliteDocumentSource::tr("Catalog \"%1\": cannot read the document of product \"%2\": %3")
                         .arg(QDir::toNativeSeparators(m_db->path()), m_ids.at(row), reason)};
    }

    std::unique_ptr<SqliteDatabase> m_db;
    QStringList m_ids;
    std::shared_ptr<const std::vector<qint64>> m_keys;
    sqlite3_blob *m_blob = nullptr;
    sqlite3_blob *m_packedBlob = nullptr;
    bool m_packed = false;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
};

} // namespace

SqliteDocumentSource::SqliteDocumentSource(QString path, QStringList ids, std::vector<qint64> keys)
    : m_path(std::move(path))
    , m_ids(std::move(ids))
    , m_keys(std::make_shared<const std::vector<qint64>>(std::move(keys)))
{
}

Result<std::unique_ptr<ProductDocumentReader>> SqliteDocumentSource::openReader()
{
    auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    // Not memory-mapped: a check reads each page once, and on hosts with shadow page tables
    // the first touch of every mapped page costs more than a read() into SQLite's small,
    // reused page cache (measured: a check about 9% faster, and no unmapping on close).
    // The reader shares the ids and keys, so that it may outlive the source.
    auto reader = std::make_unique<SqliteDocumentReader>(std::move(db).value(), m_ids, m_keys);
    if (auto begun = reader->begin(); !begun)
        return Error {begun.error()};
    return std::unique_ptr<ProductDocumentReader>(std::move(reader));
}

} // namespace Tessera
