#pragma once

#include "search/facetcounts.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tessera::Gui {

// What the search worker found for one request. It answers in two parts: the matches
// first, since the list needs them at once, then the facet counts, which take longer to
// count on a large catalog.
struct SearchResult
{
    enum class Part { Matches, Facets };

    Part part = Part::Matches;
    QStringList productIds; // Matches: in the query's order
    // Matches: the query's limit cut the list and the Facets part will tell the total.
    bool truncated = false;
    qint64 count = 0; // Matches: the total unless truncated; Facets: Catalog::countProducts
    FacetCounts facets; // Facets
    QString error; // non-empty when the query failed; no further part follows

    bool ok() const { return error.isEmpty(); }
};

} // namespace Tessera::Gui

Q_DECLARE_METATYPE(Tessera::Gui::SearchResult)
