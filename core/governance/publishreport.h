#pragma once

#include "model/policy.h"

#include <QList>
#include <QString>

namespace Tessera {

// What the publish gate found for one product.
struct PublishReport
{
    struct Finding
    {
        QString policyId;
        QString title;
        Policy::Severity severity = Policy::Severity::Error;
        PolicyOutcome outcome = PolicyOutcome::Fail; // fail or error
        QString detail; // the explanation of a failure, the reason of an error
    };

    QString productId;
    QList<Finding> blocking; // error-severity policies that fail or cannot be evaluated
    QList<Finding> warnings; // warning-severity policies that fail or cannot be evaluated
    QList<Finding> notes;    // info-severity failures: shown, never in the way
    int evaluated = 0;       // policies that applied

    bool isBlocked() const { return !blocking.isEmpty(); }
    bool needsConfirmation() const { return !warnings.isEmpty(); }
};

} // namespace Tessera
