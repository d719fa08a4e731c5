#pragma once

#include <QList>
#include <QString>

namespace Tessera {

// For each facet, the values present among the matches of a query with their counts,
// most frequent first.
struct FacetCounts
{
    struct Bucket
    {
        QString value;
        qint64 count = 0;
        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    QList<Bucket> domains;
    QList<Bucket> tags;
    QList<Bucket> statuses;
    QList<Bucket> classifications;
    QList<Bucket> owners;

    friend bool operator==(const FacetCounts &, const FacetCounts &) = default;
};

} // namespace Tessera
