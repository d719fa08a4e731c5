#pragma once

#include "model/dataproduct.h"
#include "model/domain.h"
#include "model/person.h"
#include "model/policy.h"
#include "model/slaobservation.h"
#include "model/team.h"

#include <QList>

namespace Tessera {

// A whole catalog, or a selection of it, as exchanged in export/import files.
struct CatalogDocument
{
    QList<Domain> domains;
    QList<Team> teams;
    QList<Person> people;
    QList<DataProduct> products;
    QList<Policy> policies;
    QList<SlaObservation> observations;

    bool isEmpty() const
    {
        return domains.isEmpty() && teams.isEmpty() && people.isEmpty() && products.isEmpty()
            && policies.isEmpty() && observations.isEmpty();
    }

    friend bool operator==(const CatalogDocument &, const CatalogDocument &) = default;
};

} // namespace Tessera
