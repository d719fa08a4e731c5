#include "storage/sqlitedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

struct SqliteDatabase::Cache
{
    std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> statements;
};

SqliteDatabase::SqliteDatabase(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_cache(std::make_unique<Cache>())
{
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.reset(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    QByteArray file = QFile::encodeName(path);
    if (mode == Mode::ReadOnly && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        // A WAL database needs its -shm file beside it even to be read. In a folder we
        // cannot write, read it as immutable: nobody can be changing it there either.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(u"immutable=1"_s);
        file = url.toEncoded();
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(file.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error{tr("Cannot open catalog \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
    }
    sqlite3_extended_result_codes(db, 1);
    // Another writer (a second window, the CLI) may hold the lock for a moment.
    sqlite3_busy_timeout(db, 3000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path));
}

Result<void> SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error{tr("Catalog \"%1\": %2").arg(QDir::toNativeSeparators(m_path), reason)};
    }
    return {};
}

Result<SqliteStatement *> SqliteDatabase::prepare(const QByteArray &sql)
{
    const std::string key = sql.toStdString();
    auto it = m_cache->statements.find(key);
    if (it != m_cache->statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return lastError();
    auto owned = std::make_unique<SqliteStatement>(stmt);
    SqliteStatement *raw = owned.get();
    m_cache->statements.emplace(key, std::move(owned));
    return raw;
}

Error SqliteDatabase::lastError(const QString &context) const
{
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    const QString file = QDir::toNativeSeparators(m_path);
    if (context.isEmpty())
        return Error{tr("Catalog \"%1\": %2").arg(file, reason)};
    return Error{tr("Catalog \"%1\": %2: %3").arg(file, context, reason)};
}

int SqliteDatabase::lastErrorCode() const { return sqlite3_extended_errcode(m_db); }
qint64 SqliteDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteDatabase::changes() const { return sqlite3_changes(m_db); }

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // Never null, even when empty: NOT NULL columns take an empty blob.
    sqlite3_bind_blob(m_stmt, index, bytes.isEmpty() ? "" : bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int SqliteStatement::step() { return sqlite3_step(m_stmt); }

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, Lock lock)
    : m_db(db)
    , m_begun(db.exec(lock == Lock::Exclusive ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE"))
{
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_begun.ok() && !m_done)
        (void)m_db.exec("ROLLBACK");
}

Result<void> SqliteTransaction::commit()
{
    Result<void> result = m_db.exec("COMMIT");
    m_done = result.ok();
    return result;
}

} // namespace Tessera
