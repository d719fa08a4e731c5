#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera {

class SqliteStatement;

// An owned SQLite connection with prepared-statement caching. All SQL of the project goes
// through here (core/storage). Not thread-safe: one per thread.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SqliteDatabase)

public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Mode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs one or more statements without results.
    Result<void> exec(const char *sql);
    // A prepared statement, cached by its SQL text and reset for reuse. The pointer stays
    // valid as long as the database.
    Result<SqliteStatement *> prepare(const QByteArray &sql);
    Result<SqliteStatement *> prepare(const char *sql) { return prepare(QByteArray(sql)); }
    // The last error of this connection, naming the file.
    Error lastError(const QString &context = {}) const;
    int lastErrorCode() const;

    qint64 lastInsertRowId() const;
    int changes() const;

private:
    SqliteDatabase(sqlite3 *db, QString path);
    struct Cache;
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

// A prepared statement owned by its database's cache.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &utf8);
    SqliteStatement &bindBlob(int index, QByteArrayView bytes);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE, or an error code.
    int step();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    // A view of the column's bytes, valid until the statement steps or resets.
    QByteArrayView blobView(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt;
};

// Begins a transaction; rolls it back on destruction unless committed.
class SqliteTransaction
{
public:
    // Immediate: other connections read meanwhile (in WAL mode). Exclusive: nobody else
    // reads until it ends.
    enum class Lock { Immediate, Exclusive };
    explicit SqliteTransaction(SqliteDatabase &db, Lock lock = Lock::Immediate);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    SqliteDatabase &m_db;
    Result<void> m_begun;
    bool m_done = false;
};

} // namespace Tessera
