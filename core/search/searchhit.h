#pragma once

#include <QString>

namespace Tessera {

struct SearchHit
{
    QString productId;
    double score = 0; // higher is better; 0 when the query has no text

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

} // namespace Tessera
