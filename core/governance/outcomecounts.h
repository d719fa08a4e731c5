#pragma once

#include "model/policyoutcome.h"

#include <QtGlobal>

namespace Tessera {

// How many (product, policy) pairs gave each outcome.
struct OutcomeCounts
{
    qint64 passed = 0;
    qint64 failed = 0;
    qint64 notApplicable = 0;
    qint64 exempt = 0;
    qint64 errors = 0;

    void add(PolicyOutcome outcome)
    {
        // Without a branch: a check adds two outcomes per pair, and which comes next is hard
        // to predict.
        static constexpr qint64 OutcomeCounts::*counters[] = {
            &OutcomeCounts::passed, &OutcomeCounts::failed, &OutcomeCounts::notApplicable,
            &OutcomeCounts::exempt, &OutcomeCounts::errors};
        static_assert(int(PolicyOutcome::Pass) == 0 && int(PolicyOutcome::Fail) == 1
                      && int(PolicyOutcome::NotApplicable) == 2 && int(PolicyOutcome::Exempt) == 3
                      && int(PolicyOutcome::Error) == 4);
        ++(this->*counters[int(outcome)]);
    }
    OutcomeCounts &operator+=(const OutcomeCounts &other)
    {
        passed += other.passed;
        failed += other.failed;
        notApplicable += other.notApplicable;
        exempt += other.exempt;
        errors += other.errors;
        return *this;
    }

    qint64 applicable() const { return passed + failed + errors; }
    // passed / (passed + failed + errors), in [0, 1]; not-applicable and exempt pairs do not
    // count. 1 when nothing applies: there is nothing to fail.
    double score() const { return applicable() == 0 ? 1.0 : double(passed) / double(applicable()); }

    friend bool operator==(const OutcomeCounts &, const OutcomeCounts &) = default;
};

} // namespace Tessera
