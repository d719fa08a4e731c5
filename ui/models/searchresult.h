#pragma once

#include "search/facetcounts.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tessera::Gui {

// What the search worker found for one request.
struct SearchResult
{
    QStringList productIds; // in the query's order
    qint64 count = 0; // Catalog::countProducts
    FacetCounts facets;
    QString error; // non-empty when the query failed

    bool ok() const { return error.isEmpty(); }
};

} // namespace Tessera::Gui

Q_DECLARE_METATYPE(Tessera::Gui::SearchResult)
