#pragma once

#include "model/dataproduct.h"
#include "model/domain.h"
#include "policy/celvalue.h"

#include <QByteArray>
#include <QDateTime>

#include <nlohmann/json_fwd.hpp>

namespace Tessera {

// The values policies see: `product` (the canonical product document), `domain` (the domain
// object of the catalog file, with "ancestors": ids from the parent up), `upstream` (the
// documents of the products it consumes) and `now`. Stateless and thread-safe.
class PolicyVariables
{
public:
    static CelValue product(const DataProduct &product);
    // A canonical product document as stored; null on invalid JSON.
    static CelValue productFromDocument(const QByteArray &document);
    static nlohmann::json domainJson(const Domain &domain, const QStringList &ancestors);
    static CelValue domain(const Domain &domain, const QStringList &ancestors);
    static CelValue now(const QDateTime &now);

    // A partial product document (as policy tests write them) completed with the defaults of
    // the canonical shape, also inside ports, fields, SLOs and the other arrays.
    static nlohmann::json completeProduct(const nlohmann::json &partial);
};

} // namespace Tessera
