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
    const std::optional<SearchResult> matches
        = runPart(sequence, request, &SearchWorker::findMatches);
    if (!matches)
        return;
    emit finished(sequence, *matches);
    if (!matches->ok() || !request.withFacets)
        return;
    const std::optional<SearchResult> facets
        = runPart(sequence, request, &SearchWorker::countFacets);
    if (facets)
        emit finished(sequence, *facets);
}

std::optional<SearchResult>
SearchWorker::runPart(quint64 sequence, const SearchRequest &request,
                      SearchResult (SearchWorker::*part)(const SearchRequest &))
{
    if (isOutdated(sequence))
        return std::nullopt;
    SearchResult result = (this->*part)(request);
    if (!result.ok()) {
        if (isOutdated(sequence))
            return std::nullopt; // most likely interrupted on purpose
        // The interrupt meant for the previous request can land on this one when that one
        // had just finished; one more try tells a real error from that race.
        result = (this->*part)(request);
    }
    if (isOutdated(sequence))
        return std::nullopt;
    return result;
}

bool SearchWorker::ensureCatalog(SearchResult &result)
{
    if (m_catalog)
        return true;
    if (m_location.isEmpty()) {
        result.error = tr("No catalog is open.");
        return false;
    }
    Result<std::unique_ptr<Catalog>> opened = openCatalog(m_location);
    if (!opened) {
        result.error = opened.error();
        return false;
    }
    m_catalog = std::move(opened).value();
    m_interrupter->setCatalog(m_catalog.get());
    return true;
}

SearchResult SearchWorker::findMatches(const SearchRequest &request)
{
    SearchResult result;
    result.part = SearchResult::Part::Matches;
    if (!ensureCatalog(result))
        return result;
    const Result<QList<SearchHit>> hits = m_catalog->findProducts(request.query);
    if (!hits) {
        result.error = hits.error();
        return result;
    }
    result.productIds.reserve(hits->size());
    for (const SearchHit &hit : *hits)
        result.productIds.append(hit.productId);
    // Counting every match of a short word in a large catalog costs more than finding the
    // best ones: a cut list gets its total with the facets, after it is shown.
    result.truncated = request.query.limit >= 0 && hits->size() >= request.query.limit;
    result.count = hits->size();
    if (result.truncated && !request.withFacets) {
        // No second part will follow to tell the total: count it now.
        const Result<qint64> count = m_catalog->countProducts(request.query);
        if (!count) {
            result.error = count.error();
            return result;
        }
        result.count = *count;
        result.truncated = false;
    }
    return result;
}

SearchResult SearchWorker::countFacets(const SearchRequest &request)
{
    SearchResult result;
    result.part = SearchResult::Part::Facets;
    if (!ensureCatalog(result))
        return result;
    const Result<qint64> count = m_catalog->countProducts(request.query);
    if (!count) {
        result.error = count.error();
        return result;
    }
    result.count = *count;
    // The catalog counts each facet without its own filter, so values of a facet that
    // filters stay offered as alternatives.
    Result<FacetCounts> facets = m_catalog->facets(request.query);
    if (!facets)
        result.error = facets.error();
    else
        result.facets = std::move(facets).value();
    return result;
}

} // namespace Tessera::Gui
