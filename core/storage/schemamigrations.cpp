#include "storage/schemamigrations.h"

#include "policy/celpacked.h"
#include "storage/sqlitedatabase.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>

#include <array>

namespace Tessera {

namespace {

// Never edit a released migration: add a new one.
constexpr std::array<const char *, 3> migrations{
    // 1: domains, teams, people, products with tags, lineage and full-text index; SLA data.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('application', 'tessera');
CREATE TABLE domains(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES domains(id) ON DELETE RESTRICT,
    description TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT '[]');
CREATE INDEX domains_parent ON domains(parent_id);
CREATE TABLE teams(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    domain_id TEXT REFERENCES domains(id) ON DELETE SET NULL,
    email TEXT NOT NULL DEFAULT '');
CREATE TABLE people(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL);
CREATE TABLE products(
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    domain_id TEXT NOT NULL REFERENCES domains(id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    version TEXT NOT NULL,
    status TEXT NOT NULL,
    classification TEXT NOT NULL,
    owner_team TEXT NOT NULL DEFAULT '',
    updated_at TEXT,
    port_count INTEGER NOT NULL DEFAULT 0,
    field_count INTEGER NOT NULL DEFAULT 0);
-- Documents apart from the row table: counts, facets and sorting scan products, and a
-- multi-kilobyte document in each row would turn every scanned row into a page read.
CREATE TABLE product_documents(
    key INTEGER PRIMARY KEY REFERENCES products(key) ON DELETE CASCADE,
    document TEXT NOT NULL);
CREATE INDEX products_domain ON products(domain_id, id);
CREATE INDEX products_title ON products(title COLLATE NOCASE, id);
CREATE INDEX products_status ON products(status, id);
CREATE INDEX products_classification ON products(classification, id);
CREATE INDEX products_owner ON products(owner_team, id);
CREATE INDEX products_updated ON products(updated_at, id);
CREATE TABLE product_tags(
    product_key INTEGER NOT NULL REFERENCES products(key) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY(product_key, tag)) WITHOUT ROWID;
CREATE INDEX product_tags_tag ON product_tags(tag, product_key);
CREATE TABLE product_inputs(
    product_key INTEGER NOT NULL REFERENCES products(key) ON DELETE CASCADE,
    upstream_id TEXT NOT NULL,
    port TEXT NOT NULL DEFAULT '');
CREATE INDEX product_inputs_product ON product_inputs(product_key);
CREATE INDEX product_inputs_upstream ON product_inputs(upstream_id);
-- Contentless: the text lives in products.document. (detail = column would halve the
-- index, but bm25 then scores every contentless row 0.)
CREATE VIRTUAL TABLE product_fts USING fts5(
    id, name, title, description, tags, fields, owner,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE observations(
    product_id TEXT NOT NULL,
    slo_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY(product_id, slo_id, at)) WITHOUT ROWID;
)sql",
    // 2: revisions of product documents, and governance policies.
    R"sql(
ALTER TABLE products ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE products ADD COLUMN saved_at TEXT;
UPDATE products SET saved_at = COALESCE(updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
CREATE TABLE product_history(
    product_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    version TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY(product_id, revision)) WITHOUT ROWID;
CREATE TABLE policies(
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'global',
    severity TEXT NOT NULL DEFAULT 'error',
    rule TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    document TEXT NOT NULL);
)sql",
    // 3: product documents packed for checks (CelPacked), filled by packDocuments().
    R"sql(
CREATE TABLE product_packed(
    key INTEGER PRIMARY KEY REFERENCES products(key) ON DELETE CASCADE,
    packed BLOB NOT NULL);
)sql",
};

// Packs every stored product document into product_packed. A document that does not read as
// JSON is left unpacked: checks read its text, and report what is wrong with it there.
Result<void> packDocuments(SqliteDatabase &db)
{
    auto select = db.prepare("SELECT key, document FROM product_documents");
    if (!select)
        return Error {select.error()};
    auto insert = db.prepare("INSERT INTO product_packed(key, packed) VALUES (?, ?)");
    if (!insert)
        return Error {insert.error()};
    SqliteStatement *s = select.value();
    int rc;
    while ((rc = s->step()) == SQLITE_ROW) {
        const auto packed = CelPacked::fromJson(s->blobView(1));
        if (!packed)
            continue;
        insert.value()->bind(1, s->int64(0)).bindBlob(2, packed.value());
        const int done = insert.value()->step();
        // The message before the resets, which clear it.
        const Error error = db.lastError(SchemaMigrations::tr("packing product documents"));
        insert.value()->reset();
        if (done != SQLITE_DONE) {
            s->reset();
            return error;
        }
    }
    const Error error = db.lastError(SchemaMigrations::tr("packing product documents"));
    s->reset();
    if (rc != SQLITE_DONE)
        return error;
    return {};
}

// What a migration does beyond its SQL, or null.
using Step = Result<void> (*)(SqliteDatabase &);
constexpr std::array<Step, migrations.size()> steps {nullptr, nullptr, &packDocuments};

} // namespace

int SchemaMigrations::latestVersion() { return int(migrations.size()); }

Result<void> SchemaMigrations::migrate(SqliteDatabase &db, int fromVersion, int toVersion)
{
    SqliteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    // Another process may have upgraded the file since the caller read its version: start
    // from what the file says now that it is locked.
    auto current = db.prepare("PRAGMA user_version");
    if (!current)
        return Error{current.error()};
    if (current.value()->step() == SQLITE_ROW)
        fromVersion = std::max(fromVersion, int(current.value()->int64(0)));
    current.value()->reset();
    if (fromVersion >= toVersion)
        return transaction.commit();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (Result<void> step = db.exec(migrations.at(std::size_t(version - 1))); !step)
            return step;
        if (const Step step = steps.at(std::size_t(version - 1))) {
            if (Result<void> done = step(db); !done)
                return done;
        }
    }
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(toVersion);
    if (Result<void> set = db.exec(pragma.constData()); !set)
        return set;
    return transaction.commit();
}

} // namespace Tessera
