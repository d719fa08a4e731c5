#include "storage/sqlitedocumentsource.h"

#include "storage/sqlitedatabase.h"

#include <QDir>

#include <sqlite3.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// One connection, and one blob handle moved from document to document: a lookup by key and a
// copy, without a statement to step.
class SqliteDocumentReader final : public ProductDocumentReader
{
public:
    SqliteDocumentReader(std::unique_ptr<SqliteDatabase> db, const QStringList &ids,
                         const std::vector<qint64> &keys)
        : m_db(std::move(db))
        , m_ids(ids)
        , m_keys(keys)
    {
    }
    ~SqliteDocumentReader() override { sqlite3_blob_close(m_blob); }

    Result<QByteArrayView> document(qsizetype row) override
    {
        const qint64 key = m_keys.at(std::size_t(row));
        // The blob handle keeps its read transaction open: every document comes from the
        // catalog as it was when the reader began.
        int rc = m_blob ? sqlite3_blob_reopen(m_blob, key)
                        : sqlite3_blob_open(m_db->handle(), "main", "product_documents", "document", key, 0,
                                            &m_blob);
        if (rc != SQLITE_OK)
            return failure(row, rc);
        const int size = sqlite3_blob_bytes(m_blob);
        if (std::size_t(size) > m_capacity) {
            m_capacity = std::max<std::size_t>(std::size_t(size), 2 * m_capacity);
            m_buffer = std::make_unique_for_overwrite<char[]>(m_capacity);
        }
        if (size > 0 && (rc = sqlite3_blob_read(m_blob, m_buffer.get(), size, 0)) != SQLITE_OK)
            return failure(row, rc);
        return QByteArrayView(m_buffer.get(), size);
    }

private:
    Error failure(qsizetype row, int rc)
    {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
        // A failed reopen or read leaves the handle unusable.
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
        // A product deleted since the source was made has no row to move to.
        if ((rc & 0xff) == SQLITE_ERROR && reason.startsWith(u"no such rowid"_s)) {
            return Error{SqliteDocumentSource::tr("The catalog changed while it was being read: product "
                                                  "\"%1\" is gone. Run it again.").arg(m_ids.at(row))};
        }
        return Error{SqliteDocumentSource::tr("Catalog \"%1\": cannot read the document of product \"%2\": %3")
                         .arg(QDir::toNativeSeparators(m_db->path()), m_ids.at(row), reason)};
    }

    std::unique_ptr<SqliteDatabase> m_db;
    const QStringList &m_ids;
    const std::vector<qint64> &m_keys;
    sqlite3_blob *m_blob = nullptr;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
};

} // namespace

SqliteDocumentSource::SqliteDocumentSource(QString path, QStringList ids, std::vector<qint64> keys)
    : m_path(std::move(path))
    , m_ids(std::move(ids))
    , m_keys(std::move(keys))
{
}

Result<std::unique_ptr<ProductDocumentReader>> SqliteDocumentSource::openReader()
{
    auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    // Memory-mapped, pages are read without a system call and a copy each. Only address
    // space: the pages are the page cache's, shared by every reader.
    (void)db.value()->exec("PRAGMA mmap_size = 4294967296");
    return std::unique_ptr<ProductDocumentReader>(
        std::make_unique<SqliteDocumentReader>(std::move(db).value(), m_ids, m_keys));
}

} // namespace Tessera
