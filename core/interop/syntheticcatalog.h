#pragma once

#include "model/catalogdocument.h"
#include "util/progress.h"

#include <QDateTime>

namespace Tessera {

// A synthetic but realistic catalog for scale tests and demos: retail, banking and logistics
// domains with teams and people, products named and described from business vocabularies
// (word frequencies follow a Zipf law, as in real catalogs), realistic schemas with PII
// flags, a lineage DAG that mostly stays within related domains, SLOs, and 30 days of daily
// observations for about 2% of the products.
class SyntheticCatalog
{
public:
    // `products` products in about products/300 domains (at least 6). The same arguments
    // always give the same document; every timestamp is at or before `now`. Every reference
    // (owner, roles, input ports, observations) points inside the document, and the lineage
    // is acyclic. Runs on the calling thread; returns an empty document when `progress` asks
    // to stop.
    static CatalogDocument generate(int products, quint32 seed = 42,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                    const ProgressCallback &progress = {});
};

} // namespace Tessera
