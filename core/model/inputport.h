#pragma once

#include <QString>

namespace Tessera {

// An upstream product and port that a product consumes: the product-level lineage edge.
struct InputPort
{
    QString productId;
    QString portName;

    friend bool operator==(const InputPort &, const InputPort &) = default;
};

} // namespace Tessera
