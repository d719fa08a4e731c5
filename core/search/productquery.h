#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

// What the product list asks the catalog: free text plus facet filters, an order and a limit.
struct ProductQuery
{
    enum class SortKey { Relevance, Id, Title, Domain, Status, Classification, Owner, Version, Updated };

    QString text;                 // words; each is matched as a prefix (search as you type)
    QStringList domainIds;        // a product matches if its domain is one of these or below one
    QStringList tags;             // all of these tags
    QStringList statuses;         // any of these canonical status names
    QStringList classifications;  // any of these canonical classification names
    QStringList ownerTeamIds;     // any of these
    SortKey sortKey = SortKey::Relevance; // Relevance falls back to Id when text is empty
    bool descending = false;
    int limit = -1;               // -1: all matches

    bool hasFilters() const
    {
        return !domainIds.isEmpty() || !tags.isEmpty() || !statuses.isEmpty()
            || !classifications.isEmpty() || !ownerTeamIds.isEmpty();
    }

    friend bool operator==(const ProductQuery &, const ProductQuery &) = default;
};

} // namespace Tessera
