#pragma once

#include "model/catalogdocument.h"
#include "model/catalogstats.h"
#include "model/historyentry.h"
#include "model/lineageedge.h"
#include "model/productsummary.h"
#include "search/facetcounts.h"
#include "search/productquery.h"
#include "search/searchhit.h"
#include "storage/importsummary.h"
#include "storage/productdocumentsource.h"
#include "util/progress.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Tessera {

// The one interface through which the studio, the CLI and the server reach a catalog,
// local (SqliteCatalog) or remote. An instance is used from one thread at a time (except
// productDocumentSource(), which another thread may call meanwhile); a background job opens
// its own instance on the same location (see openCatalog()).
// Every write is atomic: it happens entirely or not at all.
class Catalog
{
public:
    virtual ~Catalog() = default;

    // The file path or URL this catalog was opened from.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    // Thread-safe: makes a call running on this instance (in another thread) give up soon
    // with an error. A search that a newer keystroke made useless is abandoned this way.
    virtual void interrupt() = 0;

    // Domains, teams and people.
    virtual Result<QList<Domain>> domains() = 0;
    virtual Result<std::optional<Domain>> domain(const QString &id) = 0;
    // Inserts or replaces. Refuses an unknown parent or a parent cycle.
    virtual Result<void> saveDomain(const Domain &domain) = 0;
    // Refuses while products or subdomains still belong to the domain.
    virtual Result<void> deleteDomain(const QString &id) = 0;
    virtual Result<QList<Team>> teams() = 0;
    virtual Result<void> saveTeam(const Team &team) = 0;
    virtual Result<void> deleteTeam(const QString &id) = 0;
    virtual Result<QList<Person>> people() = 0;
    virtual Result<void> savePerson(const Person &person) = 0;
    virtual Result<void> deletePerson(const QString &id) = 0;
    // Number of products directly in each domain (not counting subdomains).
    virtual Result<QHash<QString, qint64>> productCountsByDomain() = 0;

    // Products.
    virtual Result<std::optional<DataProduct>> product(const QString &id) = 0;
    // Validates, inserts or replaces, stamps createdAt/updatedAt and records a history
    // revision. Returns the product as stored.
    virtual Result<DataProduct> saveProduct(const DataProduct &product) = 0;
    // The stored canonical document (compact JSON) of every product, in id order: a whole
    // catalog's documents at once, for catalogs without a productDocumentSource().
    virtual Result<QList<QByteArray>> productDocuments() = 0;
    // Every product id, in id order.
    virtual Result<QStringList> productIds() = 0;
    // Every product id, with readers of the documents that other threads open and use at the
    // same time; null when this catalog has none to give (then productDocuments() serves).
    // May be called on another thread while this one uses the catalog; interrupt() does not
    // reach it.
    virtual Result<std::shared_ptr<ProductDocumentSource>> productDocumentSource()
    {
        return std::shared_ptr<ProductDocumentSource>();
    }
    // Removes the product; its history stays so that an undo can restore it.
    virtual Result<void> deleteProduct(const QString &id) = 0;
    // Matches in order: by relevance when the query has text, else by the sort key. By
    // relevance, names or titles that begin with the text come first (score + 2000), then
    // matches in id, name, title or tags (+ 1000), then matches found only elsewhere.
    virtual Result<QList<SearchHit>> findProducts(const ProductQuery &query) = 0;
    // Number of matches of the query, ignoring its limit.
    virtual Result<qint64> countProducts(const ProductQuery &query) = 0;
    virtual Result<FacetCounts> facets(const ProductQuery &query) = 0;
    // Summaries in the order of ids; unknown ids are skipped.
    virtual Result<QList<ProductSummary>> summaries(const QStringList &ids) = 0;
    // Products whose input ports read productId.
    virtual Result<QList<LineageEdge>> consumersOf(const QString &productId) = 0;
    // Every lineage edge of the catalog.
    virtual Result<QList<LineageEdge>> lineage() = 0;
    // How many input ports read each product, by its id (products nobody reads are absent):
    // its consumers, counted once more for each further port a consumer reads of it. What a
    // whole-catalog pass needs to know when a document is no longer needed, far cheaper than
    // lineage(). In the order of the ids, as products are listed for a check (see
    // productDocumentSource()), so that the two can be walked side by side.
    virtual Result<QList<std::pair<QString, int>>> inputCounts() = 0;
    // Saved revisions of the product, newest first.
    virtual Result<QList<HistoryEntry>> history(const QString &productId) = 0;

    // Service-level observations, oldest first, with from <= at < to.
    virtual Result<QList<SlaObservation>> observations(const QString &productId,
                                                       const QDateTime &from,
                                                       const QDateTime &to) = 0;
    virtual Result<void> addObservations(const QList<SlaObservation> &observations) = 0;

    // Governance policies (evaluated by core/governance), ordered by id.
    virtual Result<QList<Policy>> policies() = 0;
    // Inserts or replaces. Refuses a policy that PolicyValidator rejects (bad id, `when` or
    // `rule` that do not compile) or whose scope names no existing domain.
    virtual Result<void> savePolicy(const Policy &policy) = 0;
    virtual Result<void> deletePolicy(const QString &id) = 0;

    virtual Result<CatalogStats> stats() = 0;

    // Merges a document into the catalog: all of it, or nothing when anything is invalid
    // or progress asks to stop. Products are replaced by id and get a history revision.
    virtual Result<ImportSummary> importDocument(const CatalogDocument &document,
                                                 const ProgressCallback &progress = {}) = 0;
    // The whole catalog when productIds is empty; else those products with the domains,
    // teams, people and observations they refer to.
    virtual Result<CatalogDocument> exportDocument(const QStringList &productIds = {},
                                                   const ProgressCallback &progress = {}) = 0;
};

} // namespace Tessera
