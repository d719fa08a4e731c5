#include "storage/sqlitecatalog.h"

#include "governance/policyio.h"
#include "governance/policyvalidator.h"
#include "governance/publishgate.h"
#include "interop/catalogjson.h"
#include "model/productvalidator.h"
#include "policy/celpacked.h"
#include "search/ftsquery.h"
#include "storage/schemamigrations.h"
#include "storage/sqlitedatabase.h"
#include "storage/sqlitedocumentsource.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "tessera.storage")

namespace Tessera {

static_assert(SqliteCatalog::SchemaVersion == 3, "update SchemaMigrations with the version");

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

QString isoUtc(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArray jsonArray(const QStringList &values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

QByteArray rolesJson(const QList<RoleAssignment> &roles)
{
    QJsonArray array;
    for (const RoleAssignment &role : roles)
        array.append(QJsonObject{{u"person"_s, role.personId}, {u"role"_s, toString(role.role)}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<RoleAssignment> rolesFromJson(const QString &text)
{
    QList<RoleAssignment> roles;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        roles.append({object.value(u"person"_s).toString(),
                      roleFromString(object.value(u"role"_s).toString()).value_or(Role::Steward)});
    }
    return roles;
}

// The text the full-text index sees for each column of a product.
struct FtsRow
{
    QString description;
    QString tags;
    QString fields;
};

// The index is contentless: deleting a row needs these exact values again, so they must be
// a pure function of the stored document. Changing this needs a migration that rebuilds it.
FtsRow ftsRow(const DataProduct &p)
{
    FtsRow row;
    QStringList description;
    for (const QString *part : {&p.purpose, &p.limitations, &p.usage}) {
        if (!part->isEmpty())
            description.append(*part);
    }
    row.description = description.join(u'\n');
    row.tags = p.tags.join(u' ');
    QStringList fieldText;
    for (const OutputPort &port : p.outputPorts) {
        fieldText.append(port.name);
        for (const SchemaField &field : port.fields) {
            fieldText.append(field.name);
            if (!field.description.isEmpty())
                fieldText.append(field.description);
        }
    }
    row.fields = fieldText.join(u' ');
    return row;
}

const char *sortColumn(ProductQuery::SortKey key)
{
    switch (key) {
    case ProductQuery::SortKey::Relevance:
    case ProductQuery::SortKey::Id: return "p.id";
    case ProductQuery::SortKey::Title: return "p.title COLLATE NOCASE";
    case ProductQuery::SortKey::Domain: return "p.domain_id";
    case ProductQuery::SortKey::Status: return "p.status";
    case ProductQuery::SortKey::Classification: return "p.classification";
    case ProductQuery::SortKey::Owner: return "p.owner_team";
    case ProductQuery::SortKey::Version: return "p.version";
    case ProductQuery::SortKey::Updated: return "p.updated_at";
    }
    return "p.id";
}

// Relative weights of the FTS columns: id, name, title, description, tags, fields, owner.
constexpr const char *Bm25 = "bm25(product_fts, 6.0, 10.0, 8.0, 1.0, 3.0, 1.0, 2.0)";
// Added to the score of a match in id, name, title or tags, so it ranks above any match
// found only in descriptions, fields or owner; and more when a name or title begins with it.
constexpr double NameMatchBonus = 1000.0;
constexpr double NameStartBonus = 2000.0;

} // namespace

class SqliteCatalog::Private
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SqliteCatalog)

public:
    std::unique_ptr<SqliteDatabase> db;
    bool readOnly = false;

    QString file() const { return nativePath(db->path()); }

    Error fail(const QString &what) const { return db->lastError(what); }

    Result<void> refuseIfReadOnly() const
    {
        if (readOnly)
            return Error{tr("Catalog \"%1\" is open read-only.").arg(file())};
        return {};
    }

    // Runs a statement to completion.
    Result<void> run(SqliteStatement *statement, const QString &what)
    {
        const int rc = statement->step();
        statement->reset();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return fail(what);
        return {};
    }

    Result<qint64> scalar(const char *sql, const QString &what)
    {
        auto statement = db->prepare(sql);
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        const int rc = s->step();
        const qint64 value = rc == SQLITE_ROW ? s->int64(0) : 0;
        s->reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(what);
        return value;
    }

    Result<bool> exists(const char *sql, const QString &id)
    {
        auto statement = db->prepare(sql);
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        s->bind(1, id);
        const int rc = s->step();
        s->reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(tr("lookup of \"%1\"").arg(id));
        return rc == SQLITE_ROW;
    }

    // parent of every domain, for subtree expansion and cycle checks
    Result<QHash<QString, QString>> domainParents()
    {
        auto statement = db->prepare("SELECT id, COALESCE(parent_id, '') FROM domains");
        if (!statement)
            return Error{statement.error()};
        QHash<QString, QString> parents;
        SqliteStatement *s = statement.value();
        int rc;
        while ((rc = s->step()) == SQLITE_ROW)
            parents.insert(s->text(0), s->text(1));
        s->reset();
        if (rc != SQLITE_DONE)
            return fail(tr("reading domains"));
        return parents;
    }

    Result<QStringList> expandDomains(const QStringList &roots)
    {
        auto parents = domainParents();
        if (!parents)
            return Error{parents.error()};
        QSet<QString> wanted(roots.cbegin(), roots.cend());
        QStringList result = roots;
        for (auto it = parents->cbegin(); it != parents->cend(); ++it) {
            // walk up from every domain; include it when an ancestor is wanted
            QSet<QString> visited;
            for (QString cursor = it.value(); !cursor.isEmpty() && !visited.contains(cursor);
                 cursor = parents->value(cursor)) {
                visited.insert(cursor);
                if (wanted.contains(cursor)) {
                    if (!wanted.contains(it.key()))
                        result.append(it.key());
                    break;
                }
            }
        }
        return result;
    }

    // A WHERE clause over products p for the query's filters, leaving one facet out
    // (so a facet's own values stay selectable), and the values to bind in order.
    enum class Facet { None, Domain, Tag, Status, Classification, Owner };
    struct Clause
    {
        QByteArray sql;
        QList<QByteArray> values;
    };

    Result<Clause> filterClause(const ProductQuery &q, Facet except)
    {
        Clause clause;
        QList<QByteArray> conditions;
        const QString match = FtsQuery::matchExpression(q.text);
        if (!match.isEmpty()) {
            conditions.append("p.key IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)");
            clause.values.append(match.toUtf8());
        }
        if (!q.domainIds.isEmpty() && except != Facet::Domain) {
            auto domains = expandDomains(q.domainIds);
            if (!domains)
                return Error{domains.error()};
            conditions.append("p.domain_id IN (SELECT value FROM json_each(?))");
            clause.values.append(jsonArray(domains.value()));
        }
        if (except != Facet::Tag) {
            for (const QString &tag : q.tags) {
                conditions.append("EXISTS (SELECT 1 FROM product_tags t WHERE t.product_key = p.key AND t.tag = ?)");
                clause.values.append(tag.toUtf8());
            }
        }
        auto anyOf = [&](const QStringList &values, const char *condition, Facet facet) {
            if (!values.isEmpty() && except != facet) {
                conditions.append(condition);
                clause.values.append(jsonArray(values));
            }
        };
        anyOf(q.statuses, "p.status IN (SELECT value FROM json_each(?))", Facet::Status);
        anyOf(q.classifications, "p.classification IN (SELECT value FROM json_each(?))", Facet::Classification);
        anyOf(q.ownerTeamIds, "p.owner_team IN (SELECT value FROM json_each(?))", Facet::Owner);
        clause.sql = conditions.isEmpty() ? QByteArray("1") : conditions.join(" AND ");
        return clause;
    }

    Result<SqliteStatement *> prepareBound(const QByteArray &sql, const QList<QByteArray> &values,
                                           int firstIndex = 1)
    {
        auto statement = db->prepare(sql);
        if (!statement)
            return statement;
        for (int i = 0; i < values.size(); ++i)
            statement.value()->bind(firstIndex + i, values.at(i));
        return statement;
    }

    Result<QList<FacetCounts::Bucket>> buckets(SqliteStatement *s)
    {
        QList<FacetCounts::Bucket> result;
        int rc;
        while ((rc = s->step()) == SQLITE_ROW)
            result.append({s->text(0), s->int64(1)});
        s->reset();
        if (rc != SQLITE_DONE)
            return fail(tr("counting facets"));
        return result;
    }

    Result<std::optional<DataProduct>> readProduct(const QString &id)
    {
        auto statement = db->prepare("SELECT d.document FROM products p JOIN product_documents d ON d.key = p.key WHERE p.id = ?");
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        s->bind(1, id);
        const int rc = s->step();
        if (rc == SQLITE_DONE) {
            s->reset();
            return std::optional<DataProduct>();
        }
        if (rc != SQLITE_ROW) {
            s->reset();
            return fail(tr("reading product \"%1\"").arg(id));
        }
        const QByteArray document = s->blob(0);
        s->reset();
        auto product = CatalogJson::productFromJson(document, tr("product \"%1\" in %2").arg(id, file()));
        if (!product)
            return Error{product.error()};
        return std::optional<DataProduct>(std::move(product).value());
    }

    // Takes the current revision of a product out of the live tables (products, tags,
    // inputs, search index) and into its history. Returns the next revision number; a
    // product not present continues after any history it has (it may have been deleted).
    Result<int> retireCurrent(const QString &id)
    {
        auto select = db->prepare("SELECT p.key, p.revision, p.saved_at, p.version, d.document FROM products p "
                                  "JOIN product_documents d ON d.key = p.key WHERE p.id = ?");
        if (!select)
            return Error{select.error()};
        SqliteStatement *s = select.value();
        s->bind(1, id);
        int rc = s->step();
        if (rc != SQLITE_ROW) {
            s->reset();
            if (rc != SQLITE_DONE)
                return fail(tr("reading product \"%1\"").arg(id));
            auto last = db->prepare("SELECT COALESCE(MAX(revision), 0) FROM product_history WHERE product_id = ?");
            if (!last)
                return Error{last.error()};
            last.value()->bind(1, id);
            rc = last.value()->step();
            const int next = rc == SQLITE_ROW ? int(last.value()->int64(0)) + 1 : 1;
            last.value()->reset();
            return next;
        }
        const qint64 key = s->int64(0);
        const int revision = int(s->int64(1));
        const QString savedAt = s->text(2);
        const QString version = s->text(3);
        const QByteArray document = s->blob(4);
        s->reset();

        auto insert = db->prepare("INSERT OR REPLACE INTO product_history(product_id, revision, saved_at, version, document) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return Error{insert.error()};
        insert.value()->bind(1, id).bind(2, revision).bind(3, savedAt).bind(4, version).bind(5, document);
        if (auto done = run(insert.value(), tr("recording the history of \"%1\"").arg(id)); !done)
            return Error{done.error()};

        auto old = CatalogJson::productFromJson(document, tr("product \"%1\" in %2").arg(id, file()));
        if (!old)
            return Error{old.error()};
        const FtsRow row = ftsRow(old.value());
        auto fts = db->prepare("INSERT INTO product_fts(product_fts, rowid, id, name, title, description, tags, fields, owner) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!fts)
            return Error{fts.error()};
        fts.value()->bind(1, key).bind(2, old->id).bind(3, old->name).bind(4, old->title)
            .bind(5, row.description).bind(6, row.tags).bind(7, row.fields).bind(8, old->ownerTeamId);
        if (auto done = run(fts.value(), tr("updating the search index")); !done)
            return Error{done.error()};
        auto product = db->prepare("DELETE FROM products WHERE key = ?");
        if (!product)
            return Error{product.error()};
        product.value()->bind(1, key);
        if (auto done = run(product.value(), tr("deleting product \"%1\"").arg(id)); !done)
            return Error{done.error()};
        return revision + 1;
    }

    // Writes a product (inside the caller's transaction), keeping its previous revision.
    Result<void> writeProduct(const DataProduct &p, const QString &savedAt)
    {
        auto revision = retireCurrent(p.id);
        if (!revision)
            return Error{revision.error()};

        int fieldCount = 0;
        for (const OutputPort &port : p.outputPorts)
            fieldCount += int(port.fields.size());
        const QByteArray document = CatalogJson::productToJson(p);

        auto insert = db->prepare(
            "INSERT INTO products(id, domain_id, name, title, version, status, classification, "
            "owner_team, updated_at, port_count, field_count, revision, saved_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return Error{insert.error()};
        insert.value()->bind(1, p.id).bind(2, p.domainId).bind(3, p.name).bind(4, p.title)
            .bind(5, p.version).bind(6, toString(p.status)).bind(7, toString(p.classification))
            .bind(8, p.ownerTeamId).bind(9, isoUtc(p.updatedAt)).bind(10, int(p.outputPorts.size()))
            .bind(11, fieldCount).bind(12, revision.value()).bind(13, savedAt);
        if (auto done = run(insert.value(), tr("writing product \"%1\"").arg(p.id)); !done) {
            if (db->lastErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
                return Error{tr("Cannot save product \"%1\": domain \"%2\" does not exist.").arg(p.id, p.domainId)};
            return done;
        }
        const qint64 key = db->lastInsertRowId();
        auto stored = db->prepare("INSERT INTO product_documents(key, document) VALUES (?, ?)");
        if (!stored)
            return Error{stored.error()};
        stored.value()->bind(1, key).bind(2, document);
        if (auto done = run(stored.value(), tr("writing product \"%1\"").arg(p.id)); !done)
            return done;
        // Beside the text, the form checks convert several times faster (CelPacked).
        auto packed = CelPacked::fromJson(document);
        if (!packed)
            return Error{tr("Cannot save product \"%1\": its document does not read back: %2").arg(p.id, packed.error())};
        auto packedInsert = db->prepare("INSERT INTO product_packed(key, packed) VALUES (?, ?)");
        if (!packedInsert)
            return Error{packedInsert.error()};
        packedInsert.value()->bind(1, key).bindBlob(2, packed.value());
        if (auto done = run(packedInsert.value(), tr("writing product \"%1\"").arg(p.id)); !done)
            return done;

        auto tag = db->prepare("INSERT OR IGNORE INTO product_tags(product_key, tag) VALUES (?, ?)");
        if (!tag)
            return Error{tag.error()};
        for (const QString &t : p.tags) {
            tag.value()->bind(1, key).bind(2, t);
            if (auto done = run(tag.value(), tr("writing tags of \"%1\"").arg(p.id)); !done)
                return done;
        }
        auto input = db->prepare("INSERT INTO product_inputs(product_key, upstream_id, port) VALUES (?, ?, ?)");
        if (!input)
            return Error{input.error()};
        for (const InputPort &in : p.inputPorts) {
            input.value()->bind(1, key).bind(2, in.productId).bind(3, in.portName);
            if (auto done = run(input.value(), tr("writing inputs of \"%1\"").arg(p.id)); !done)
                return done;
        }
        const FtsRow row = ftsRow(p);
        auto fts = db->prepare("INSERT INTO product_fts(rowid, id, name, title, description, tags, fields, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!fts)
            return Error{fts.error()};
        fts.value()->bind(1, key).bind(2, p.id).bind(3, p.name).bind(4, p.title)
            .bind(5, row.description).bind(6, row.tags).bind(7, row.fields).bind(8, p.ownerTeamId);
        return run(fts.value(), tr("updating the search index"));
    }

    Result<void> writeDomain(const Domain &d)
    {
        auto s = db->prepare(
            "INSERT INTO domains(id, name, parent_id, description, roles) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, "
            "description = excluded.description, roles = excluded.roles");
        if (!s)
            return Error{s.error()};
        s.value()->bind(1, d.id).bind(2, d.name);
        if (d.parentId.isEmpty())
            s.value()->bindNull(3);
        else
            s.value()->bind(3, d.parentId);
        s.value()->bind(4, d.description).bind(5, rolesJson(d.roles));
        return run(s.value(), tr("writing domain \"%1\"").arg(d.id));
    }

    Result<void> writeTeam(const Team &t)
    {
        auto s = db->prepare(
            "INSERT INTO teams(id, name, domain_id, email) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO "
            "UPDATE SET name = excluded.name, domain_id = excluded.domain_id, email = excluded.email");
        if (!s)
            return Error{s.error()};
        s.value()->bind(1, t.id).bind(2, t.name);
        if (t.domainId.isEmpty())
            s.value()->bindNull(3);
        else
            s.value()->bind(3, t.domainId);
        s.value()->bind(4, t.email);
        return run(s.value(), tr("writing team \"%1\"").arg(t.id));
    }

    Result<void> writePerson(const Person &person)
    {
        auto s = db->prepare(
            "INSERT INTO people(id, name, email, team_id) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO "
            "UPDATE SET name = excluded.name, email = excluded.email, team_id = excluded.team_id");
        if (!s)
            return Error{s.error()};
        s.value()->bind(1, person.id).bind(2, person.name).bind(3, person.email);
        if (person.teamId.isEmpty())
            s.value()->bindNull(4);
        else
            s.value()->bind(4, person.teamId);
        return run(s.value(), tr("writing person \"%1\"").arg(person.id));
    }

    // The columns besides the document are for lookups (scope, by deleteDomain); the
    // document is the policy.
    Result<void> writePolicy(const Policy &policy)
    {
        auto s = db->prepare(
            "INSERT INTO policies(id, title, scope, severity, rule, status, document) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, scope = excluded.scope, "
            "severity = excluded.severity, rule = excluded.rule, status = excluded.status, document = excluded.document");
        if (!s)
            return Error{s.error()};
        s.value()->bind(1, policy.id).bind(2, policy.title).bind(3, policy.scope)
            .bind(4, Policy::toString(policy.severity)).bind(5, policy.rule)
            .bind(6, policy.enabled ? u"active"_s : u"disabled"_s).bind(7, PolicyIo::toJson(policy));
        return run(s.value(), tr("writing policy \"%1\"").arg(policy.id));
    }

    Result<void> writeObservations(const QList<SlaObservation> &observations, const ProgressCallback &progress,
                                   qint64 &done, qint64 total)
    {
        auto s = db->prepare("INSERT OR REPLACE INTO observations(product_id, slo_id, at, value) VALUES (?, ?, ?, ?)");
        if (!s)
            return Error{s.error()};
        for (const SlaObservation &o : observations) {
            s.value()->bind(1, o.productId).bind(2, o.sloId).bind(3, o.at.toMSecsSinceEpoch()).bind(4, o.value);
            if (auto r = run(s.value(), tr("writing observations of \"%1\"").arg(o.productId)); !r)
                return r;
            if (progress && (++done % 1000) == 0 && !progress(done, total))
                return Error{tr("The import was cancelled; nothing was written.")};
        }
        return {};
    }

    template<typename T, typename Read>
    Result<QList<T>> list(const char *sql, Read read, const QString &what)
    {
        auto statement = db->prepare(sql);
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        QList<T> result;
        int rc;
        while ((rc = s->step()) == SQLITE_ROW)
            result.append(read(s));
        s->reset();
        if (rc != SQLITE_DONE)
            return fail(what);
        return result;
    }
};

SqliteCatalog::SqliteCatalog(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

SqliteCatalog::~SqliteCatalog() = default;

Result<int> SqliteCatalog::schemaVersionOf(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{tr("Catalog \"%1\" does not exist.").arg(nativePath(path))};
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    SqliteDatabase &conn = *db.value();
    auto version = conn.prepare("PRAGMA user_version");
    if (!version) {
        const int code = conn.lastErrorCode() & 0xff;
        if (code == SQLITE_NOTADB)
            return Error{tr("\"%1\" is not a Tessera catalog: it is not an SQLite database.").arg(nativePath(path))};
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return Error{tr("Catalog \"%1\" is locked by another program; close it and try again.").arg(nativePath(path))};
        return Error{version.error()};
    }
    int rc = version.value()->step();
    if (rc != SQLITE_ROW) {
        const int code = conn.lastErrorCode() & 0xff;
        version.value()->reset();
        if (code == SQLITE_NOTADB)
            return Error{tr("\"%1\" is not a Tessera catalog: it is not an SQLite database.").arg(nativePath(path))};
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return Error{tr("Catalog \"%1\" is locked by another program; close it and try again.").arg(nativePath(path))};
        return conn.lastError();
    }
    const int userVersion = int(version.value()->int64(0));
    version.value()->reset();

    auto marker = conn.prepare("SELECT value FROM meta WHERE key = 'application'");
    QString application;
    int code = marker ? SQLITE_OK : conn.lastErrorCode() & 0xff;
    if (marker) {
        const int stepped = marker.value()->step();
        if (stepped == SQLITE_ROW)
            application = marker.value()->text(0);
        else if (stepped != SQLITE_DONE)
            code = conn.lastErrorCode() & 0xff;
        marker.value()->reset();
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error{tr("Catalog \"%1\" is locked by another program; close it and try again.").arg(nativePath(path))};
    if (code != SQLITE_OK && code != SQLITE_ERROR) // SQLITE_ERROR: no meta table, so not ours
        return conn.lastError();
    if (application != "tessera"_L1)
        return Error{tr("\"%1\" is an SQLite database but not a Tessera catalog.").arg(nativePath(path))};
    return userVersion;
}

Result<std::unique_ptr<SqliteCatalog>> SqliteCatalog::open(const QString &path, OpenMode mode)
{
    // Every check below only reads, so a refused file is left exactly as it was.
    auto version = schemaVersionOf(path);
    if (!version)
        return Error{version.error()};
    if (version.value() > SchemaVersion) {
        return Error{tr("Catalog \"%1\" has schema version %2, newer than this Tessera supports (%3). "
                        "Update Tessera to open it.").arg(nativePath(path)).arg(version.value()).arg(SchemaVersion)};
    }
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly && !QFileInfo(path).isWritable())
        return Error{tr("Catalog \"%1\" is read-only: you have no permission to change it.").arg(nativePath(path))};
    if (!readOnly && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return Error{tr("Catalog \"%1\" cannot be changed: its folder is read-only.").arg(nativePath(path))};
    if (readOnly && version.value() < SchemaVersion)
        return Error{tr("Catalog \"%1\" has an older schema (version %2) and must be opened writable once to be upgraded.").arg(nativePath(path)).arg(version.value())};

    auto db = SqliteDatabase::open(path, readOnly ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadWrite);
    if (!db)
        return Error{db.error()};
    SqliteDatabase &conn = *db.value();
    if (!readOnly) {
        if (auto wal = conn.exec("PRAGMA journal_mode = WAL"); !wal) {
            const int code = conn.lastErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                return Error{tr("Catalog \"%1\" is locked by another program; close it and try again.").arg(nativePath(path))};
            if (code == SQLITE_READONLY)
                return Error{tr("Catalog \"%1\" is read-only: you have no permission to change it.").arg(nativePath(path))};
            return Error{wal.error()};
        }
        if (version.value() < SchemaVersion) {
            qCInfo(lcStorage) << "migrating" << path << "from schema" << version.value() << "to" << SchemaVersion;
            if (auto migrated = SchemaMigrations::migrate(conn, version.value(), SchemaVersion); !migrated)
                return Error{tr("Cannot upgrade catalog \"%1\" from schema version %2: %3").arg(nativePath(path)).arg(version.value()).arg(migrated.error())};
        }
    }
    if (auto pragmas = conn.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;"); !pragmas)
        return Error{pragmas.error()};

    auto d = std::make_unique<Private>();
    d->db = std::move(db).value();
    d->readOnly = readOnly;
    return std::unique_ptr<SqliteCatalog>(new SqliteCatalog(std::move(d)));
}

Result<std::unique_ptr<SqliteCatalog>> SqliteCatalog::create(const QString &path)
{
    if (auto made = createAtVersion(path, SchemaVersion); !made)
        return Error{made.error()};
    return open(path);
}

Result<void> SqliteCatalog::createAtVersion(const QString &path, int version)
{
    // Claim the name first (an empty file is an empty SQLite database), so that a file
    // another program creates at the same moment is never overwritten or removed.
    QFile claim(path);
    if (!claim.open(QIODevice::NewOnly)) {
        if (claim.exists())
            return Error{tr("Cannot create catalog \"%1\": the file already exists.").arg(nativePath(path))};
        return Error{tr("Cannot create catalog \"%1\": %2").arg(nativePath(path), claim.errorString())};
    }
    claim.close();
    auto removeClaimed = [&path]() {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    };
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    if (!db) {
        removeClaimed();
        return Error{db.error()};
    }
    // Set before anything is written, as SQLite requires. Product documents are a few
    // kilobytes: 4 kB pages hold one each, and a policy check then reads a page per system
    // call, 100,000 of them; with 32 kB pages it reads a few documents per call, 6x faster
    // (docs/BENCHMARKS.md), and saving a product writes a few 32 kB pages to the log.
    Result<void> made = db.value()->exec("PRAGMA page_size = 32768");
    if (made)
        made = db.value()->exec("PRAGMA journal_mode = WAL");
    if (made)
        made = SchemaMigrations::migrate(*db.value(), 0, version);
    if (!made) {
        db.value().reset();
        removeClaimed();
        return Error{tr("Cannot create catalog \"%1\": %2").arg(nativePath(path), made.error())};
    }
    return {};
}

QString SqliteCatalog::location() const { return d->db->path(); }
bool SqliteCatalog::isReadOnly() const { return d->readOnly; }

void SqliteCatalog::interrupt() { sqlite3_interrupt(d->db->handle()); }

Result<QList<Domain>> SqliteCatalog::domains()
{
    return d->list<Domain>("SELECT id, name, COALESCE(parent_id, ''), description, roles FROM domains ORDER BY name COLLATE NOCASE, id",
                           [](SqliteStatement *s) {
                               return Domain{s->text(0), s->text(1), s->text(2), s->text(3), rolesFromJson(s->text(4))};
                           }, tr("reading domains"));
}

Result<std::optional<Domain>> SqliteCatalog::domain(const QString &id)
{
    auto all = domains();
    if (!all)
        return Error{all.error()};
    for (const Domain &domain : all.value()) {
        if (domain.id == id)
            return std::optional<Domain>(domain);
    }
    return std::optional<Domain>();
}

Result<void> SqliteCatalog::saveDomain(const Domain &domain)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    const auto problems = ProductValidator::validate(domain);
    if (!problems.isEmpty())
        return Error{tr("Cannot save domain \"%1\": %2").arg(domain.id, problems.first().message)};
    if (!domain.parentId.isEmpty()) {
        auto parents = d->domainParents();
        if (!parents)
            return Error{parents.error()};
        if (!parents->contains(domain.parentId))
            return Error{tr("Cannot save domain \"%1\": parent domain \"%2\" does not exist.").arg(domain.id, domain.parentId)};
        QSet<QString> visited;
        for (QString cursor = domain.parentId; !cursor.isEmpty() && !visited.contains(cursor);
             cursor = parents->value(cursor)) {
            if (cursor == domain.id)
                return Error{tr("Cannot save domain \"%1\": \"%2\" is below it, so it cannot be its parent.").arg(domain.id, domain.parentId)};
            visited.insert(cursor);
        }
    }
    SqliteTransaction transaction(*d->db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto written = d->writeDomain(domain); !written)
        return written;
    return transaction.commit();
}

Result<void> SqliteCatalog::deleteDomain(const QString &id)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    auto hasProducts = d->exists("SELECT 1 FROM products WHERE domain_id = ? LIMIT 1", id);
    if (!hasProducts)
        return Error{hasProducts.error()};
    if (hasProducts.value())
        return Error{tr("Cannot delete domain \"%1\": it still has data products. Move or delete them first.").arg(id)};
    auto hasChildren = d->exists("SELECT 1 FROM domains WHERE parent_id = ? LIMIT 1", id);
    if (!hasChildren)
        return Error{hasChildren.error()};
    if (hasChildren.value())
        return Error{tr("Cannot delete domain \"%1\": it still has subdomains.").arg(id)};
    auto hasPolicies = d->exists("SELECT 1 FROM policies WHERE scope = ? LIMIT 1", id);
    if (!hasPolicies)
        return Error{hasPolicies.error()};
    if (hasPolicies.value())
        return Error{tr("Cannot delete domain \"%1\": policies are scoped to it.").arg(id)};
    auto s = d->db->prepare("DELETE FROM domains WHERE id = ?");
    if (!s)
        return Error{s.error()};
    s.value()->bind(1, id);
    return d->run(s.value(), tr("deleting domain \"%1\"").arg(id));
}

Result<QList<Team>> SqliteCatalog::teams()
{
    return d->list<Team>("SELECT id, name, COALESCE(domain_id, ''), email FROM teams ORDER BY name COLLATE NOCASE, id",
                         [](SqliteStatement *s) { return Team{s->text(0), s->text(1), s->text(2), s->text(3)}; },
                         tr("reading teams"));
}

Result<void> SqliteCatalog::saveTeam(const Team &team)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    if (team.id.trimmed().isEmpty())
        return Error{tr("Cannot save a team without an id.")};
    if (!team.domainId.isEmpty()) {
        auto known = d->exists("SELECT 1 FROM domains WHERE id = ?", team.domainId);
        if (!known)
            return Error{known.error()};
        if (!known.value())
            return Error{tr("Cannot save team \"%1\": domain \"%2\" does not exist.").arg(team.id, team.domainId)};
    }
    return d->writeTeam(team);
}

Result<void> SqliteCatalog::deleteTeam(const QString &id)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    auto s = d->db->prepare("DELETE FROM teams WHERE id = ?");
    if (!s)
        return Error{s.error()};
    s.value()->bind(1, id);
    return d->run(s.value(), tr("deleting team \"%1\"").arg(id));
}

Result<QList<Person>> SqliteCatalog::people()
{
    return d->list<Person>("SELECT id, name, email, COALESCE(team_id, '') FROM people ORDER BY name COLLATE NOCASE, id",
                           [](SqliteStatement *s) { return Person{s->text(0), s->text(1), s->text(2), s->text(3)}; },
                           tr("reading people"));
}

Result<void> SqliteCatalog::savePerson(const Person &person)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    if (person.id.trimmed().isEmpty())
        return Error{tr("Cannot save a person without an id.")};
    if (!person.teamId.isEmpty()) {
        auto known = d->exists("SELECT 1 FROM teams WHERE id = ?", person.teamId);
        if (!known)
            return Error{known.error()};
        if (!known.value())
            return Error{tr("Cannot save person \"%1\": team \"%2\" does not exist.").arg(person.id, person.teamId)};
    }
    return d->writePerson(person);
}

Result<void> SqliteCatalog::deletePerson(const QString &id)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    auto s = d->db->prepare("DELETE FROM people WHERE id = ?");
    if (!s)
        return Error{s.error()};
    s.value()->bind(1, id);
    return d->run(s.value(), tr("deleting person \"%1\"").arg(id));
}

Result<QHash<QString, qint64>> SqliteCatalog::productCountsByDomain()
{
    auto rows = d->list<FacetCounts::Bucket>("SELECT domain_id, count(*) FROM products GROUP BY domain_id",
                                             [](SqliteStatement *s) { return FacetCounts::Bucket{s->text(0), s->int64(1)}; },
                                             tr("counting products"));
    if (!rows)
        return Error{rows.error()};
    QHash<QString, qint64> counts;
    for (const auto &row : rows.value())
        counts.insert(row.value, row.count);
    return counts;
}

Result<std::optional<DataProduct>> SqliteCatalog::product(const QString &id)
{
    return d->readProduct(id);
}

Result<DataProduct> SqliteCatalog::saveProduct(const DataProduct &product)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return Error{ro.error()};
    const auto problems = ProductValidator::validate(product);
    if (!problems.isEmpty())
        return Error{tr("Cannot save product \"%1\": %2").arg(product.id, problems.first().message)};
    auto domainKnown = d->exists("SELECT 1 FROM domains WHERE id = ?", product.domainId);
    if (!domainKnown)
        return Error{domainKnown.error()};
    if (!domainKnown.value())
        return Error{tr("Cannot save product \"%1\": domain \"%2\" does not exist.").arg(product.id, product.domainId)};

    SqliteTransaction transaction(*d->db);
    if (!transaction.begun())
        return Error{transaction.begun().error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DataProduct stored = product;
    auto previous = d->readProduct(product.id);
    if (!previous)
        return Error{previous.error()};
    if (!stored.createdAt.isValid())
        stored.createdAt = previous.value() ? previous.value()->createdAt : now;
    stored.updatedAt = now;
    // The publish gate, on every path that saves a product: checked inside the write
    // transaction so that no policy changes between the check and the write.
    const bool publishing = product.status == LifecycleStatus::Published
        && (!previous.value() || previous.value()->status != LifecycleStatus::Published);
    if (publishing) {
        auto gate = PublishGate::check(*this, stored, now);
        if (!gate)
            return Error{gate.error()};
        if (gate->isBlocked())
            return Error{tr("Cannot publish product \"%1\": policies fail:\n%2")
                             .arg(product.id, PublishGate::describe(gate->blocking).trimmed())};
    }
    if (auto written = d->writeProduct(stored, isoUtc(now)); !written)
        return Error{written.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return stored;
}

Result<QList<QByteArray>> SqliteCatalog::productDocuments()
{
    // Every document, each looked up in id order: memory-mapped, the pages are read without a
    // system call and a copy each, which halves the read of a large catalog. Only for this read,
    // so that the connection's address space stays small otherwise.
    (void)d->db->exec("PRAGMA mmap_size = 4294967296");
    struct RestoreMmap
    {
        SqliteDatabase &db;
        ~RestoreMmap() { (void)db.exec("PRAGMA mmap_size = 0"); }
    } restoreMmap{*d->db};
    return d->list<QByteArray>(
        "SELECT d.document FROM products p JOIN product_documents d ON d.key = p.key ORDER BY p.id",
        [](SqliteStatement *s) { return s->blob(0); }, tr("reading products"));
}

Result<QStringList> SqliteCatalog::productIds()
{
    return d->list<QString>("SELECT id FROM products ORDER BY id",
                            [](SqliteStatement *s) { return s->text(0); }, tr("reading products"));
}

Result<std::shared_ptr<ProductDocumentSource>> SqliteCatalog::productDocumentSource()
{
    // Readers open the file again: a catalog that is not a file has none to give.
    const QString path = d->db->path();
    if (path.isEmpty() || path.startsWith(u':') || !QFileInfo(path).isFile())
        return std::shared_ptr<ProductDocumentSource>();
    // Through a connection of its own, so that a check may make the source on one thread
    // while it reads the domains and the lineage on another.
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    QStringList ids;
    std::vector<qint64> keys;
    auto statement = db.value()->prepare("SELECT id, key FROM products ORDER BY id");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    int rc;
    while ((rc = s->step()) == SQLITE_ROW) {
        ids.append(s->text(0));
        keys.push_back(s->int64(1));
    }
    if (rc != SQLITE_DONE) {
        const Error error = db.value()->lastError(tr("reading products"));
        s->reset();
        return error;
    }
    s->reset();
    return std::shared_ptr<ProductDocumentSource>(
        std::make_shared<SqliteDocumentSource>(path, std::move(ids), std::move(keys)));
}

Result<void> SqliteCatalog::deleteProduct(const QString &id)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    SqliteTransaction transaction(*d->db);
    if (!transaction.begun())
        return transaction.begun();
    auto known = d->exists("SELECT 1 FROM products WHERE id = ?", id);
    if (!known)
        return Error{known.error()};
    if (!known.value())
        return Error{tr("Cannot delete product \"%1\": it does not exist.").arg(id)};
    if (auto retired = d->retireCurrent(id); !retired)
        return Error{retired.error()};
    return transaction.commit();
}

Result<QList<SearchHit>> SqliteCatalog::findProducts(const ProductQuery &query)
{
    const QString match = FtsQuery::matchExpression(query.text);
    const bool byRelevance = !match.isEmpty() && query.sortKey == ProductQuery::SortKey::Relevance;
    // Limits and bonuses are bound, not written into the SQL: the statement cache keys on
    // the text, and a text per page size would grow it without end.
    const qint64 limit = query.limit >= 0 ? query.limit : -1; // SQLite: a negative LIMIT is none

    auto collect = [this, &query](const QByteArray &sql, const QList<QByteArray> &values,
                                  QList<SearchHit> &hits, QSet<QString> *seen) -> Result<void> {
        auto statement = d->prepareBound(sql, values);
        if (!statement)
            return Error{statement.error()};
        SqliteStatement *s = statement.value();
        int rc;
        while ((rc = s->step()) == SQLITE_ROW) {
            QString id = s->text(0);
            if (seen) {
                if (seen->contains(id))
                    continue;
                seen->insert(id);
            }
            hits.append({std::move(id), s->real(1)});
        }
        s->reset();
        if (rc != SQLITE_DONE)
            return d->fail(tr("searching for \"%1\"").arg(query.text));
        return {};
    };

    QList<SearchHit> hits;
    if (query.limit > 0)
        hits.reserve(query.limit);

    if (!byRelevance) {
        auto clause = d->filterClause(query, Private::Facet::None);
        if (!clause)
            return Error{clause.error()};
        const QByteArray direction = query.descending ? " DESC" : "";
        const QByteArray sql = "SELECT p.id, 0.0 FROM products p WHERE " + clause->sql + " ORDER BY "
            + sortColumn(query.sortKey) + direction + ", p.id" + direction + " LIMIT ?";
        QList<QByteArray> values = clause->values;
        values.append(QByteArray::number(limit));
        if (auto done = collect(sql, values, hits, nullptr); !done)
            return Error{done.error()};
        return hits;
    }

    // Ranking by relevance happens inside FTS5 and only the ranked page is looked up. A
    // short prefix can match most of a large catalog, and ranking every match would cost a
    // sort of the whole catalog per keystroke; so the narrow, most relevant tiers below are
    // ranked first and the wider ones only when the page is not yet full.
    QByteArray candidates;
    QList<QByteArray> filterValues;
    if (query.hasFilters()) {
        ProductQuery filtersOnly = query;
        filtersOnly.text.clear();
        auto clause = d->filterClause(filtersOnly, Private::Facet::None);
        if (!clause)
            return Error{clause.error()};
        candidates = " AND rowid IN (SELECT p.key FROM products p WHERE " + clause->sql + ")";
        filterValues = clause->values;
    }
    auto ranked = [&](const QString &expression, qint64 pageLimit, double bonus) {
        QList<QByteArray> values{QByteArray::number(bonus, 'f', 1), expression.toUtf8()};
        values.append(filterValues);
        values.append(QByteArray::number(pageLimit));
        const QByteArray sql = "SELECT p.id, CAST(? AS REAL) - f.score FROM (SELECT rowid, " + QByteArray(Bm25)
            + " AS score FROM product_fts WHERE product_fts MATCH ?" + candidates
            + " ORDER BY score LIMIT ?) f JOIN products p ON p.key = f.rowid ORDER BY f.score";
        return std::make_pair(sql, values);
    };

    // Tiers, best first: a name or title that begins with the typed words; the words in
    // id, name, title or tags; the words anywhere. Each later tier runs only to fill the page.
    const QString tiers[] = {u"{name title} : ("_s + FtsQuery::initialMatchExpression(query.text) + u')',
                             u"{id name title tags} : ("_s + match + u')', match};
    const double bonuses[] = {NameStartBonus, NameMatchBonus, 0};
    QSet<QString> seen;
    for (int tier = 0; tier < 3; ++tier) {
        if (query.limit >= 0 && hits.size() >= query.limit)
            break;
        // Earlier tiers' matches come again in later ones: ask for enough to fill the page.
        const qint64 tierLimit = query.limit < 0 ? -1 : query.limit + hits.size();
        const auto [sql, values] = ranked(tiers[tier], tierLimit, bonuses[tier]);
        if (auto done = collect(sql, values, hits, &seen); !done)
            return Error{done.error()};
    }
    if (query.limit >= 0 && hits.size() > query.limit)
        hits.resize(query.limit);
    if (query.descending)
        std::reverse(hits.begin(), hits.end());
    return hits;
}

Result<qint64> SqliteCatalog::countProducts(const ProductQuery &query)
{
    auto clause = d->filterClause(query, Private::Facet::None);
    if (!clause)
        return Error{clause.error()};
    const QByteArray sql = clause->sql == "1" ? QByteArray("SELECT count(*) FROM products p")
                                               : "SELECT count(*) FROM products p WHERE " + clause->sql;
    auto statement = d->prepareBound(sql, clause->values);
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    const int rc = s->step();
    const qint64 count = rc == SQLITE_ROW ? s->int64(0) : 0;
    s->reset();
    if (rc != SQLITE_ROW)
        return d->fail(tr("counting products"));
    return count;
}

Result<FacetCounts> SqliteCatalog::facets(const ProductQuery &query)
{
    FacetCounts counts;
    const bool facetFilters = !query.domainIds.isEmpty() || !query.statuses.isEmpty()
        || !query.classifications.isEmpty() || !query.ownerTeamIds.isEmpty();
    if (!facetFilters) {
        // Every facet counts the same matches: one pass over them instead of one per facet.
        auto clause = d->filterClause(query, Private::Facet::None);
        if (!clause)
            return Error{clause.error()};
        auto statement = d->prepareBound(
            "SELECT p.domain_id, p.status, p.classification, p.owner_team, count(*) FROM products p WHERE "
            + clause->sql + " GROUP BY 1, 2, 3, 4", clause->values);
        if (!statement)
            return Error{statement.error()};
        QHash<QString, qint64> domains, statuses, classifications, owners;
        SqliteStatement *s = statement.value();
        int rc;
        while ((rc = s->step()) == SQLITE_ROW) {
            const qint64 n = s->int64(4);
            domains[s->text(0)] += n;
            statuses[s->text(1)] += n;
            classifications[s->text(2)] += n;
            if (const QString owner = s->text(3); !owner.isEmpty())
                owners[owner] += n;
        }
        s->reset();
        if (rc != SQLITE_DONE)
            return d->fail(tr("counting facets"));
        auto sorted = [](const QHash<QString, qint64> &values, qsizetype most) {
            QList<FacetCounts::Bucket> buckets;
            buckets.reserve(values.size());
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                buckets.append({it.key(), it.value()});
            std::sort(buckets.begin(), buckets.end(), [](const auto &a, const auto &b) {
                return a.count != b.count ? a.count > b.count : a.value < b.value;
            });
            if (buckets.size() > most)
                buckets.resize(most);
            return buckets;
        };
        counts.domains = sorted(domains, std::numeric_limits<qsizetype>::max());
        counts.statuses = sorted(statuses, std::numeric_limits<qsizetype>::max());
        counts.classifications = sorted(classifications, std::numeric_limits<qsizetype>::max());
        counts.owners = sorted(owners, 100);
        auto tags = d->prepareBound(
            "SELECT t.tag, count(*) FROM product_tags t JOIN products p ON p.key = t.product_key WHERE "
            + clause->sql + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100", clause->values);
        if (!tags)
            return Error{tags.error()};
        auto tagBuckets = d->buckets(tags.value());
        if (!tagBuckets)
            return Error{tagBuckets.error()};
        counts.tags = std::move(tagBuckets).value();
        return counts;
    }

    struct Spec
    {
        Private::Facet facet;
        const char *select;
        QList<FacetCounts::Bucket> *target;
    };
    const Spec specs[] = {
        {Private::Facet::Domain, "SELECT p.domain_id, count(*) FROM products p WHERE %1 GROUP BY 1 ORDER BY 2 DESC, 1", &counts.domains},
        {Private::Facet::Tag, "SELECT t.tag, count(*) FROM product_tags t JOIN products p ON p.key = t.product_key WHERE %1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100", &counts.tags},
        {Private::Facet::Status, "SELECT p.status, count(*) FROM products p WHERE %1 GROUP BY 1 ORDER BY 2 DESC, 1", &counts.statuses},
        {Private::Facet::Classification, "SELECT p.classification, count(*) FROM products p WHERE %1 GROUP BY 1 ORDER BY 2 DESC, 1", &counts.classifications},
        {Private::Facet::Owner, "SELECT p.owner_team, count(*) FROM products p WHERE %1 AND p.owner_team <> '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100", &counts.owners},
    };
    for (const Spec &spec : specs) {
        auto clause = d->filterClause(query, spec.facet);
        if (!clause)
            return Error{clause.error()};
        QByteArray sql(spec.select);
        sql.replace("%1", clause->sql);
        auto statement = d->prepareBound(sql, clause->values);
        if (!statement)
            return Error{statement.error()};
        auto buckets = d->buckets(statement.value());
        if (!buckets)
            return Error{buckets.error()};
        *spec.target = std::move(buckets).value();
    }
    return counts;
}

Result<QList<ProductSummary>> SqliteCatalog::summaries(const QStringList &ids)
{
    auto statement = d->db->prepare(
        "SELECT id, domain_id, title, version, status, classification, owner_team, updated_at "
        "FROM products WHERE id IN (SELECT value FROM json_each(?))");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    s->bind(1, jsonArray(ids));
    QHash<QString, ProductSummary> byId;
    byId.reserve(ids.size());
    int rc;
    while ((rc = s->step()) == SQLITE_ROW) {
        ProductSummary summary;
        summary.id = s->text(0);
        summary.domainId = s->text(1);
        summary.title = s->text(2);
        summary.version = s->text(3);
        summary.status = lifecycleStatusFromString(s->text(4)).value_or(LifecycleStatus::Draft);
        summary.classification = classificationFromString(s->text(5)).value_or(Classification::Internal);
        summary.ownerTeamId = s->text(6);
        summary.updatedAt = fromIso(s->text(7));
        byId.insert(summary.id, summary);
    }
    s->reset();
    if (rc != SQLITE_DONE)
        return d->fail(tr("reading product summaries"));
    QList<ProductSummary> ordered;
    ordered.reserve(byId.size());
    for (const QString &id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            ordered.append(it.value());
    }
    return ordered;
}

Result<QList<LineageEdge>> SqliteCatalog::consumersOf(const QString &productId)
{
    auto statement = d->db->prepare(
        "SELECT p.id, i.upstream_id, i.port FROM product_inputs i JOIN products p ON p.key = i.product_key "
        "WHERE i.upstream_id = ? ORDER BY p.id");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    s->bind(1, productId);
    QList<LineageEdge> edges;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW)
        edges.append({s->text(0), s->text(1), s->text(2)});
    s->reset();
    if (rc != SQLITE_DONE)
        return d->fail(tr("reading consumers of \"%1\"").arg(productId));
    return edges;
}

Result<QList<LineageEdge>> SqliteCatalog::lineage()
{
    return d->list<LineageEdge>(
        "SELECT p.id, i.upstream_id, i.port FROM product_inputs i JOIN products p ON p.key = i.product_key ORDER BY p.id, i.rowid",
        [](SqliteStatement *s) { return LineageEdge{s->text(0), s->text(1), s->text(2)}; },
        tr("reading lineage"));
}

Result<QList<std::pair<QString, int>>> SqliteCatalog::inputCounts()
{
    // Grouped on the covering index of upstream_id, in its order, the order productDocumentSource()
    // lists products in: no join, no sort, no row per edge.
    return d->list<std::pair<QString, int>>(
        "SELECT upstream_id, count(*) FROM product_inputs GROUP BY upstream_id ORDER BY upstream_id",
        [](SqliteStatement *s) { return std::pair {s->text(0), int(s->int64(1))}; },
        tr("reading lineage"));
}

Result<QList<HistoryEntry>> SqliteCatalog::history(const QString &productId)
{
    auto statement = d->db->prepare(
        "SELECT p.revision, p.saved_at, p.version, d.document FROM products p JOIN product_documents d ON d.key = p.key WHERE p.id = ?1 "
        "UNION ALL SELECT revision, saved_at, version, document FROM product_history WHERE product_id = ?1 "
        "ORDER BY revision DESC");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    s->bind(1, productId);
    QList<HistoryEntry> entries;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW)
        entries.append({productId, int(s->int64(0)), fromIso(s->text(1)), s->text(2), s->text(3)});
    s->reset();
    if (rc != SQLITE_DONE)
        return d->fail(tr("reading the history of \"%1\"").arg(productId));
    return entries;
}

Result<QList<SlaObservation>> SqliteCatalog::observations(const QString &productId, const QDateTime &from,
                                                          const QDateTime &to)
{
    auto statement = d->db->prepare(
        "SELECT slo_id, at, value FROM observations WHERE product_id = ? AND at >= ? AND at < ? ORDER BY at, slo_id");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    s->bind(1, productId).bind(2, from.toMSecsSinceEpoch()).bind(3, to.toMSecsSinceEpoch());
    QList<SlaObservation> result;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW)
        result.append({productId, s->text(0), QDateTime::fromMSecsSinceEpoch(s->int64(1), Qt::UTC), s->real(2)});
    s->reset();
    if (rc != SQLITE_DONE)
        return d->fail(tr("reading observations of \"%1\"").arg(productId));
    return result;
}

Result<void> SqliteCatalog::addObservations(const QList<SlaObservation> &observations)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    SqliteTransaction transaction(*d->db);
    if (!transaction.begun())
        return transaction.begun();
    qint64 done = 0;
    if (auto written = d->writeObservations(observations, {}, done, observations.size()); !written)
        return written;
    return transaction.commit();
}

Result<QList<Policy>> SqliteCatalog::policies()
{
    auto statement = d->db->prepare("SELECT id, document FROM policies ORDER BY id");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    QList<Policy> result;
    int rc;
    while ((rc = s->step()) == SQLITE_ROW) {
        const QString id = s->text(0);
        auto policy = PolicyIo::fromJson(s->blob(1), tr("policy \"%1\" in %2").arg(id, d->file()));
        if (!policy) {
            s->reset();
            return Error{policy.error()};
        }
        result.append(std::move(policy).value());
    }
    s->reset();
    if (rc != SQLITE_DONE)
        return d->fail(tr("reading policies"));
    return result;
}

Result<void> SqliteCatalog::savePolicy(const Policy &policy)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    const auto problems = PolicyValidator::validate(policy);
    if (!problems.isEmpty())
        return Error{tr("Cannot save policy \"%1\": %2: %3").arg(policy.id, problems.first().field, problems.first().message)};
    if (policy.scope != "global"_L1) {
        auto known = d->exists("SELECT 1 FROM domains WHERE id = ?", policy.scope);
        if (!known)
            return Error{known.error()};
        if (!known.value())
            return Error{tr("Cannot save policy \"%1\": its scope names domain \"%2\", which does not exist.").arg(policy.id, policy.scope)};
    }
    return d->writePolicy(policy);
}

Result<void> SqliteCatalog::deletePolicy(const QString &id)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return ro;
    auto s = d->db->prepare("DELETE FROM policies WHERE id = ?");
    if (!s)
        return Error{s.error()};
    s.value()->bind(1, id);
    return d->run(s.value(), tr("deleting policy \"%1\"").arg(id));
}

Result<CatalogStats> SqliteCatalog::stats()
{
    auto statement = d->db->prepare(
        "SELECT (SELECT count(*) FROM domains), (SELECT count(*) FROM teams), (SELECT count(*) FROM people), "
        "(SELECT count(*) FROM products), (SELECT COALESCE(sum(port_count), 0) FROM products), "
        "(SELECT COALESCE(sum(field_count), 0) FROM products), (SELECT count(*) FROM product_inputs), "
        "(SELECT count(*) FROM policies), (SELECT count(*) FROM observations)");
    if (!statement)
        return Error{statement.error()};
    SqliteStatement *s = statement.value();
    const int rc = s->step();
    CatalogStats stats;
    if (rc == SQLITE_ROW) {
        stats.domains = s->int64(0);
        stats.teams = s->int64(1);
        stats.people = s->int64(2);
        stats.products = s->int64(3);
        stats.outputPorts = s->int64(4);
        stats.fields = s->int64(5);
        stats.lineageEdges = s->int64(6);
        stats.policies = s->int64(7);
        stats.observations = s->int64(8);
    }
    s->reset();
    if (rc != SQLITE_ROW)
        return d->fail(tr("counting"));
    return stats;
}

Result<ImportSummary> SqliteCatalog::importDocument(const CatalogDocument &document, const ProgressCallback &progress)
{
    if (auto ro = d->refuseIfReadOnly(); !ro)
        return Error{ro.error()};

    // A bulk import touches every index in random order: give it a page cache that holds
    // them (256 MiB at most, only for the import).
    (void)d->db->exec("PRAGMA cache_size = -262144");
    struct RestoreCache
    {
        SqliteDatabase &db;
        ~RestoreCache() { (void)db.exec("PRAGMA cache_size = -16384"); }
    } restoreCache{*d->db};

    // Into a catalog without products (one just made, mostly), every page is new: under a
    // rollback journal, which keeps only pages that were there before, each is written once,
    // where the write-ahead log writes it twice (into the log, then into the file). For
    // 100,000 products that is about 0.9 GB less to write. Only when nobody else has the file
    // open, since the journal mode cannot change otherwise; then in an exclusive transaction,
    // so that nobody who opens the file meanwhile can keep the commit waiting, and with full
    // syncs, which a rollback journal needs to survive a power cut. The catalog is in WAL
    // mode again afterwards (should someone have opened it right after the commit, at the
    // next open, which sets it).
    bool empty = false;
    if (auto any = d->db->prepare("SELECT 1 FROM products LIMIT 1")) {
        empty = any.value()->step() == SQLITE_DONE;
        any.value()->reset();
    }
    struct RestoreJournal
    {
        SqliteDatabase *db = nullptr;
        ~RestoreJournal()
        {
            if (db) {
                (void)db->exec("PRAGMA journal_mode = WAL");
                (void)db->exec("PRAGMA synchronous = NORMAL");
            }
        }
    } restoreJournal;
    if (empty && d->db->exec("PRAGMA journal_mode = DELETE")) {
        restoreJournal.db = d->db.get();
        (void)d->db->exec("PRAGMA synchronous = FULL");
    }

    SqliteTransaction transaction(*d->db, restoreJournal.db ? SqliteTransaction::Lock::Exclusive
                                                             : SqliteTransaction::Lock::Immediate);
    if (!transaction.begun())
        return Error{transaction.begun().error()};
    // Checked inside the write transaction, so nothing changes between the checks and the
    // writes; every reference is checked before anything is written.
    QStringList problems;
    auto problem = [&problems](const QString &text) {
        if (problems.size() < 20)
            problems.append(text);
    };
    auto parents = d->domainParents();
    if (!parents)
        return Error{parents.error()};
    QHash<QString, QString> allDomains = parents.value();
    for (const Domain &domain : document.domains)
        allDomains.insert(domain.id, domain.parentId);
    for (qsizetype i = 0; i < document.domains.size(); ++i) {
        const Domain &domain = document.domains.at(i);
        if (!domain.parentId.isEmpty() && !allDomains.contains(domain.parentId))
            problem(tr("/domains/%1/parent: domain \"%2\" does not exist").arg(i).arg(domain.parentId));
        QSet<QString> visited;
        for (QString cursor = domain.parentId; !cursor.isEmpty() && !visited.contains(cursor);
             cursor = allDomains.value(cursor)) {
            if (cursor == domain.id) {
                problem(tr("/domains/%1/parent: domain \"%2\" would be its own ancestor").arg(i).arg(domain.id));
                break;
            }
            visited.insert(cursor);
        }
    }
    auto existingTeams = teams();
    if (!existingTeams)
        return Error{existingTeams.error()};
    QSet<QString> teamIds;
    for (const Team &team : existingTeams.value())
        teamIds.insert(team.id);
    for (qsizetype i = 0; i < document.teams.size(); ++i) {
        const Team &team = document.teams.at(i);
        teamIds.insert(team.id);
        if (!team.domainId.isEmpty() && !allDomains.contains(team.domainId))
            problem(tr("/teams/%1/domain: domain \"%2\" does not exist").arg(i).arg(team.domainId));
    }
    for (qsizetype i = 0; i < document.people.size(); ++i) {
        const Person &person = document.people.at(i);
        if (!person.teamId.isEmpty() && !teamIds.contains(person.teamId))
            problem(tr("/people/%1/team: team \"%2\" does not exist").arg(i).arg(person.teamId));
    }
    QSet<QString> productIds;
    for (qsizetype i = 0; i < document.products.size(); ++i) {
        const DataProduct &product = document.products.at(i);
        if (productIds.contains(product.id))
            problem(tr("/products/%1/id: product \"%2\" appears twice").arg(i).arg(product.id));
        productIds.insert(product.id);
        if (!allDomains.contains(product.domainId))
            problem(tr("/products/%1/domain: domain \"%2\" does not exist").arg(i).arg(product.domainId));
        const auto invalid = ProductValidator::validate(product);
        if (!invalid.isEmpty())
            problem(tr("/products/%1/%2: %3").arg(i).arg(invalid.first().field, invalid.first().message));
    }
    for (qsizetype i = 0; i < document.policies.size(); ++i) {
        const Policy &policy = document.policies.at(i);
        const auto invalid = PolicyValidator::validate(policy);
        if (!invalid.isEmpty())
            problem(tr("/policies/%1/%2: %3").arg(i).arg(invalid.first().field, invalid.first().message));
        if (policy.scope != "global"_L1 && !allDomains.contains(policy.scope))
            problem(tr("/policies/%1/scope: domain \"%2\" does not exist").arg(i).arg(policy.scope));
    }
    if (!document.observations.isEmpty()) {
        QSet<QString> observed;
        for (const SlaObservation &o : document.observations)
            observed.insert(o.productId);
        for (const QString &id : std::as_const(observed)) {
            if (productIds.contains(id))
                continue;
            auto known = d->exists("SELECT 1 FROM products WHERE id = ?", id);
            if (!known)
                return Error{known.error()};
            if (!known.value())
                problem(tr("/observations: product \"%1\" does not exist").arg(id));
        }
    }
    if (!problems.isEmpty())
        return Error{tr("Nothing was imported:\n%1").arg(problems.join(u'\n'))};

    // Parents may come after their children in a file: check references at commit.
    if (auto deferred = d->db->exec("PRAGMA defer_foreign_keys = ON"); !deferred)
        return Error{deferred.error()};

    const qint64 total = document.domains.size() + document.teams.size() + document.people.size()
        + document.products.size() + document.policies.size() + document.observations.size();
    qint64 done = 0;
    const QString cancelled = tr("The import was cancelled; nothing was written.");
    auto step = [&]() { return !progress || (++done % 500) != 0 || progress(done, total); };

    for (const Domain &domain : document.domains) {
        if (auto r = d->writeDomain(domain); !r)
            return Error{r.error()};
        if (!step())
            return Error{cancelled};
    }
    for (const Team &team : document.teams) {
        if (auto r = d->writeTeam(team); !r)
            return Error{r.error()};
        if (!step())
            return Error{cancelled};
    }
    for (const Person &person : document.people) {
        if (auto r = d->writePerson(person); !r)
            return Error{r.error()};
        if (!step())
            return Error{cancelled};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString savedAt = isoUtc(now);
    // In id order: the id index then grows at its end, and the documents lie in the file in
    // the order a whole-catalog read (a policy check, an export) goes through them.
    std::vector<const DataProduct *> byId;
    byId.reserve(std::size_t(document.products.size()));
    for (const DataProduct &product : document.products)
        byId.push_back(&product);
    std::sort(byId.begin(), byId.end(),
              [](const DataProduct *a, const DataProduct *b) { return a->id < b->id; });
    for (const DataProduct *product : byId) {
        DataProduct stored = *product;
        if (!stored.createdAt.isValid())
            stored.createdAt = now;
        if (!stored.updatedAt.isValid())
            stored.updatedAt = stored.createdAt;
        if (auto r = d->writeProduct(stored, savedAt); !r)
            return Error{r.error()};
        if (!step())
            return Error{cancelled};
    }
    for (const Policy &policy : document.policies) {
        if (auto r = d->writePolicy(policy); !r)
            return Error{r.error()};
        if (!step())
            return Error{cancelled};
    }
    if (auto r = d->writeObservations(document.observations, progress, done, total); !r)
        return Error{r.error()};
    if (auto committed = transaction.commit(); !committed) {
        const int code = d->db->lastErrorCode() & 0xff;
        if (code == SQLITE_CONSTRAINT)
            return Error{tr("Nothing was imported: the file refers to domains, teams or products that do not exist (%1).").arg(committed.error())};
        return Error{tr("Nothing was imported: %1").arg(committed.error())};
    }
    if (progress)
        progress(total, total);
    return ImportSummary{document.domains.size(), document.teams.size(), document.people.size(),
                         document.products.size(), document.policies.size(), document.observations.size()};
}

Result<CatalogDocument> SqliteCatalog::exportDocument(const QStringList &productIds, const ProgressCallback &progress)
{
    // One read transaction: a consistent snapshot even while another connection writes.
    if (auto begun = d->db->exec("BEGIN"); !begun)
        return Error{begun.error()};
    struct EndRead
    {
        SqliteDatabase &db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{*d->db};
    CatalogDocument document;
    auto allDomains = domains();
    auto allTeams = teams();
    auto allPeople = people();
    if (!allDomains)
        return Error{allDomains.error()};
    if (!allTeams)
        return Error{allTeams.error()};
    if (!allPeople)
        return Error{allPeople.error()};

    QStringList ids = productIds;
    if (ids.isEmpty()) {
        auto all = d->list<QString>("SELECT id FROM products ORDER BY id", [](SqliteStatement *s) { return s->text(0); },
                                    tr("listing products"));
        if (!all)
            return Error{all.error()};
        ids = std::move(all).value();
    }
    const qint64 total = ids.size();
    qint64 done = 0;
    for (const QString &id : std::as_const(ids)) {
        auto product = d->readProduct(id);
        if (!product)
            return Error{product.error()};
        if (!product.value())
            return Error{tr("Cannot export product \"%1\": it does not exist.").arg(id)};
        document.products.append(std::move(*product.value()));
        if (progress && (++done % 500) == 0 && !progress(done, total))
            return Error{tr("The export was cancelled.")};
    }

    if (productIds.isEmpty()) {
        document.domains = allDomains.value();
        document.teams = allTeams.value();
        document.people = allPeople.value();
        auto allPolicies = policies();
        if (!allPolicies)
            return Error{allPolicies.error()};
        document.policies = allPolicies.value();
        auto observations = d->list<SlaObservation>(
            "SELECT product_id, slo_id, at, value FROM observations ORDER BY product_id, slo_id, at",
            [](SqliteStatement *s) {
                return SlaObservation{s->text(0), s->text(1), QDateTime::fromMSecsSinceEpoch(s->int64(2), Qt::UTC), s->real(3)};
            }, tr("reading observations"));
        if (!observations)
            return Error{observations.error()};
        document.observations = observations.value();
        return document;
    }

    // A selection carries what it refers to, so it imports on its own into an empty catalog.
    QHash<QString, Domain> domainById;
    for (const Domain &domain : allDomains.value())
        domainById.insert(domain.id, domain);
    QSet<QString> wantedDomains;
    QSet<QString> wantedTeams;
    QSet<QString> wantedPeople;
    for (const DataProduct &p : std::as_const(document.products)) {
        for (QString cursor = p.domainId; !cursor.isEmpty() && !wantedDomains.contains(cursor);
             cursor = domainById.value(cursor).parentId)
            wantedDomains.insert(cursor); // stops at a domain already taken, so cycles end
        if (!p.ownerTeamId.isEmpty())
            wantedTeams.insert(p.ownerTeamId);
        for (const RoleAssignment &role : p.roles)
            wantedPeople.insert(role.personId);
    }
    for (const Domain &domain : allDomains.value()) {
        if (wantedDomains.contains(domain.id)) {
            document.domains.append(domain);
            for (const RoleAssignment &role : domain.roles)
                wantedPeople.insert(role.personId);
        }
    }
    QHash<QString, Person> personById;
    for (const Person &person : allPeople.value())
        personById.insert(person.id, person);
    for (const QString &personId : std::as_const(wantedPeople)) {
        const QString team = personById.value(personId).teamId;
        if (!team.isEmpty())
            wantedTeams.insert(team);
    }
    for (const Team &team : allTeams.value()) {
        if (!wantedTeams.contains(team.id))
            continue;
        Team copy = team;
        if (!copy.domainId.isEmpty() && !wantedDomains.contains(copy.domainId))
            copy.domainId.clear(); // the domain is not part of the selection
        document.teams.append(copy);
    }
    for (const Person &person : allPeople.value()) {
        if (wantedPeople.contains(person.id))
            document.people.append(person);
    }
    auto observed = d->db->prepare("SELECT slo_id, at, value FROM observations WHERE product_id = ? ORDER BY slo_id, at");
    if (!observed)
        return Error{observed.error()};
    for (const DataProduct &p : std::as_const(document.products)) {
        SqliteStatement *s = observed.value();
        s->bind(1, p.id);
        int rc;
        while ((rc = s->step()) == SQLITE_ROW)
            document.observations.append({p.id, s->text(0), QDateTime::fromMSecsSinceEpoch(s->int64(1), Qt::UTC), s->real(2)});
        s->reset();
        if (rc != SQLITE_DONE)
            return d->fail(tr("reading observations of \"%1\"").arg(p.id));
    }
    return document;
}

} // namespace Tessera
