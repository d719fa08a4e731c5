#pragma once

#include "storage/catalog.h"

#include <QCoreApplication>

#include <memory>

struct sqlite3;

namespace Tessera {

class SqliteStatementCache;

// A catalog in one SQLite file: WAL, foreign keys, schema versioned by user_version with
// forward migrations. Not thread-safe: one instance per thread.
class SqliteCatalog final : public Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SqliteCatalog)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // The schema version this build writes; older files are migrated on open.
    static constexpr int SchemaVersion = 3;

    // Opens an existing catalog file. Refuses, leaving the file untouched, a file that is
    // not SQLite, not a Tessera catalog, of a newer schema, locked, or not writable
    // (for ReadWrite).
    static Result<std::unique_ptr<SqliteCatalog>> open(const QString &path,
                                                       OpenMode mode = OpenMode::ReadWrite);
    // Creates a new empty catalog file; refuses when the file exists.
    static Result<std::unique_ptr<SqliteCatalog>> create(const QString &path);
    // For migration tests: creates a file at an older schema version.
    static Result<void> createAtVersion(const QString &path, int version);
    // The schema version of a catalog file, or an error naming why it is not one.
    static Result<int> schemaVersionOf(const QString &path);

    ~SqliteCatalog() override;

    QString location() const override;
    bool isReadOnly() const override;
    void interrupt() override;

    Result<QList<Domain>> domains() override;
    Result<std::optional<Domain>> domain(const QString &id) override;
    Result<void> saveDomain(const Domain &domain) override;
    Result<void> deleteDomain(const QString &id) override;
    Result<QList<Team>> teams() override;
    Result<void> saveTeam(const Team &team) override;
    Result<void> deleteTeam(const QString &id) override;
    Result<QList<Person>> people() override;
    Result<void> savePerson(const Person &person) override;
    Result<void> deletePerson(const QString &id) override;
    Result<QHash<QString, qint64>> productCountsByDomain() override;

    Result<std::optional<DataProduct>> product(const QString &id) override;
    Result<DataProduct> saveProduct(const DataProduct &product) override;
    Result<QList<QByteArray>> productDocuments() override;
    Result<QStringList> productIds() override;
    Result<std::shared_ptr<ProductDocumentSource>> productDocumentSource() override;
    Result<void> deleteProduct(const QString &id) override;
    Result<QList<SearchHit>> findProducts(const ProductQuery &query) override;
    Result<qint64> countProducts(const ProductQuery &query) override;
    Result<FacetCounts> facets(const ProductQuery &query) override;
    Result<QList<ProductSummary>> summaries(const QStringList &ids) override;
    Result<QList<LineageEdge>> consumersOf(const QString &productId) override;
    Result<QList<LineageEdge>> lineage() override;
    Result<QList<std::pair<QString, int>>> inputCounts() override;
    Result<QList<HistoryEntry>> history(const QString &productId) override;

    Result<QList<SlaObservation>> observations(const QString &productId, const QDateTime &from,
                                               const QDateTime &to) override;
    Result<void> addObservations(const QList<SlaObservation> &observations) override;

    Result<QList<Policy>> policies() override;
    Result<void> savePolicy(const Policy &policy) override;
    Result<void> deletePolicy(const QString &id) override;

    Result<CatalogStats> stats() override;
    Result<ImportSummary> importDocument(const CatalogDocument &document,
                                         const ProgressCallback &progress = {}) override;
    Result<CatalogDocument> exportDocument(const QStringList &productIds = {},
                                           const ProgressCallback &progress = {}) override;

private:
    class Private;
    explicit SqliteCatalog(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Tessera
