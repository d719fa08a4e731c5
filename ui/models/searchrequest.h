#pragma once

#include "search/productquery.h"

#include <QMetaType>
#include <QStringList>

namespace Tessera::Gui {

// What the product list asks the search worker: the query, plus the domain scope chosen in
// the domain tree. The catalog counts the domain facet without any domain filter; the scope
// lets the window keep only the domains inside it.
struct SearchRequest
{
    ProductQuery query;
    QStringList domainScope;
    bool withFacets = true; // false: only the matches (e.g. for a picker)

    friend bool operator==(const SearchRequest &, const SearchRequest &) = default;
};

} // namespace Tessera::Gui

Q_DECLARE_METATYPE(Tessera::Gui::SearchRequest)
