#pragma once

#include "governance/outcomecounts.h"
#include "model/policy.h"
#include "policy/celexplanationmarks.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Tessera {

// The result of checking policies over a catalog: a matrix of outcomes (a row per product,
// a column per policy), the explanation of each failure and the reason of each error, and
// counts and scores per product, per policy and per domain. A value: copy it to the GUI
// thread freely.
struct CheckReport
{
    struct PolicyColumn
    {
        QString id;
        QString title;
        QString scope;
        Policy::Severity severity = Policy::Severity::Error;
        QString message;
        QString compileError; // empty when the policy compiles
    };
    struct ProductRow
    {
        QString id;
        QString domainId;
        QString status;
    };
    // A failed or erroneous pair, with its text.
    struct Finding
    {
        int product = 0; // row
        int policy = 0;  // column
        PolicyOutcome outcome = PolicyOutcome::Fail;
        QString message; // the policy's message (a failure), or the reason (an error)
        CelExplanationMarks explanation; // of a failure, when explained
        // The message, then the laid-out explanation under it.
        QString detail() const { return explanation.under(message); }
    };

    QDateTime evaluatedAt; // the `now` the policies saw
    QList<PolicyColumn> policies;
    QList<ProductRow> products;
    std::vector<PolicyOutcome> outcomes; // products.size() x policies.size(), row-major
    QList<Finding> findings;             // fails and errors, by product then policy
    std::vector<OutcomeCounts> productCounts; // per row
    std::vector<OutcomeCounts> policyCounts;  // per column
    QHash<QString, OutcomeCounts> domainCounts; // products directly in each domain
    OutcomeCounts total;
    qint64 elapsedMs = 0; // wall time of the whole check
    qint64 loadMs = 0;    // wall time reading the documents
    // Documents are converted, evaluated and freed in one pass over worker threads; these are
    // the workers' times in each, summed over the threads.
    qint64 convertMs = 0; // reading documents into CEL values, finding each product's upstream ones
    qint64 evaluateMs = 0; // evaluating policies, explaining failures
    qint64 releaseMs = 0; // freeing the values and the documents' text
    int threads = 0;
    // How the pass used memory: documents converted (more than the products when a use was
    // not counted in advance and a document had to be converted again), and documents still
    // held when it ended instead of freed after their last use (uses counted too high), and
    // documents kept for their consumers alone once their own row was checked (read again,
    // as much as consumers read of them).
    qint64 documentsConverted = 0;
    qint64 documentsKeptToEnd = 0;
    qint64 documentsKeptForConsumers = 0;

    PolicyOutcome outcome(int product, int policy) const
    {
        return outcomes[std::size_t(product) * std::size_t(policies.size()) + std::size_t(policy)];
    }
    // Findings that fail an error-severity policy (they block publishing).
    qint64 blockingFailures() const
    {
        qint64 count = 0;
        for (const Finding &f : findings) {
            if (f.outcome == PolicyOutcome::Fail
                && policies.at(f.policy).severity == Policy::Severity::Error)
                ++count;
        }
        return count;
    }
    int productIndex(const QString &id) const
    {
        for (qsizetype i = 0; i < products.size(); ++i) {
            if (products.at(i).id == id)
                return int(i);
        }
        return -1;
    }
    int policyIndex(const QString &id) const
    {
        for (qsizetype i = 0; i < policies.size(); ++i) {
            if (policies.at(i).id == id)
                return int(i);
        }
        return -1;
    }
};

} // namespace Tessera
