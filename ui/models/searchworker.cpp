#include "models/searchworker.h"

#include "models/searchinterrupter.h"
#include "storage/catalog.h"
#include "storage/catalogfactory.h"

namespace Tessera::Gui {

SearchWorker::SearchWorker(std::shared_ptr<const std::atomic<quint64>> latest,
                           std::shared_ptr<SearchInterrupter> interrupter, QObject *parent)
    : QObject(parent)
    , m_latest(std::move(latest))
    , m_interrupter(std::move(interrupter))
{
}

SearchWorker::~SearchWorker()
{
    closeCatalog();
}

void SearchWorker::closeCatalog()
{
    // Unregister first: an interrupt must never reach a closed connection.
    m_interrupter->setCatalog(nullptr);
    m_catalog.reset();
}

void SearchWorker::setLocation(const QString &location)
{
    closeCatalog();
    m_location = location;
}

bool SearchWorker::isOutdated(quint64 sequence) const
{
    return sequence < m_latest->load();
}

void SearchWorker::search(quint64 sequence, const SearchRequest &request)
{
    // While the user types, requests queue up faster than they run; only the newest
    // one matters, and the GUI would drop the others' results anyway.
    if (isOutdated(sequence))
        return;
    SearchResult result = run(sequence, request);
    if (!result.ok()) {
        if (isOutdated(sequence))
            return; // most likely interrupted on purpose
        // The interrupt meant for the previous request can land on this one when that one
        // had just finished; one more try tells a real error from that race.
        result = run(sequence, request);
        if (isOutdated(sequence))
            return;
    }
    emit finished(sequence, result);
}

SearchResult SearchWorker::run(quint64 sequence, const SearchRequest &request)
{
    SearchResult result;
    if (m_location.isEmpty())
        return result;
    if (!m_catalog) {
        Result<std::unique_ptr<Catalog>> opened = openCatalog(m_location);
        if (!opened) {
            result.error = opened.error();
            return result;
        }
        m_catalog = std::move(opened).value();
        m_interrupter->setCatalog(m_catalog.get());
    }

    const ProductQuery &query = request.query;
    const Result<QList<SearchHit>> hits = m_catalog->findProducts(query);
    if (!hits) {
        result.error = hits.error();
        return result;
    }
    result.productIds.reserve(hits->size());
    for (const SearchHit &hit : *hits)
        result.productIds.append(hit.productId);

    if (isOutdated(sequence))
        return result; // the counts of an outdated query are of no use either
    const Result<qint64> count = m_catalog->countProducts(query);
    if (!count) {
        result.error = count.error();
        return result;
    }
    result.count = *count;

    if (isOutdated(sequence))
        return result;
    // The catalog counts each facet without its own filter, so values of a facet that
    // filters stay offered as alternatives.
    Result<FacetCounts> facets = m_catalog->facets(query);
    if (!facets) {
        result.error = facets.error();
        return result;
    }
    result.facets = facets.value();

    return result;
}

} // namespace Tessera::Gui
