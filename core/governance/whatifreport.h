#pragma once

#include "governance/outcomecounts.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Tessera {

// How an edited (or new) policy would change outcomes compared with its active version.
// Failing means fail or error; a product is newly failing when it fails now and did not
// before, newly passing when it failed before and no longer does.
struct WhatIfReport
{
    struct Change
    {
        QString productId;
        QString domainId;
        PolicyOutcome before = PolicyOutcome::NotApplicable;
        PolicyOutcome after = PolicyOutcome::NotApplicable;
        QString detail; // the explanation of the new failure, if it is one
    };
    struct DomainDelta
    {
        qint64 newlyFailing = 0;
        qint64 newlyPassing = 0;
        friend bool operator==(const DomainDelta &, const DomainDelta &) = default;
    };

    bool isNew = false; // no stored version: everything is compared with "not applicable"
    QList<Change> newlyFailing;
    QList<Change> newlyPassing;
    QHash<QString, DomainDelta> byDomain;
    OutcomeCounts before;
    OutcomeCounts after;
};

} // namespace Tessera
