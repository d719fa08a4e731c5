#include "models/searchworker.h"

#include "storage/catalog.h"
#include "storage/catalogfactory.h"

namespace Tessera::Gui {

SearchWorker::SearchWorker(std::shared_ptr<const std::atomic<quint64>> latest, QObject *parent)
    : QObject(parent)
    , m_latest(std::move(latest))
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::setLocation(const QString &location)
{
    m_catalog.reset();
    m_location = location;
}

void SearchWorker::search(quint64 sequence, const SearchRequest &request)
{
    // While the user types, requests queue up faster than they run; only the newest
    // one matters, and the GUI would drop the others' results anyway.
    if (sequence < m_latest->load())
        return;
    emit finished(sequence, run(request));
}

SearchResult SearchWorker::run(const SearchRequest &request)
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

    const Result<qint64> count = m_catalog->countProducts(query);
    if (!count) {
        result.error = count.error();
        return result;
    }
    result.count = *count;

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
