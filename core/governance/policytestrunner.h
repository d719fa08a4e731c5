#pragma once

#include "model/policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Tessera {

// The outcome of one policy test: the expected and the actual outcome, and on a mismatch
// the text that explains the actual one.
struct PolicyTestResult
{
    QString policyId;
    QString testName;
    PolicyOutcome expected = PolicyOutcome::Pass;
    PolicyOutcome actual = PolicyOutcome::Pass;
    QString detail; // explanation (fail), reason (error), or why it passed; empty when as expected

    bool passed() const { return expected == actual; }
};

// Runs the tests written beside policies (like `opa test`): each example product document,
// completed with the defaults of the canonical shape, is evaluated by its policy (scope and
// `when` included; exemptions are not, enabled or not). Thread-safe; quick enough for the GUI
// thread for a handful of policies.
class PolicyTestRunner
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyTestRunner)

public:
    static QList<PolicyTestResult> run(const Policy &policy,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QList<PolicyTestResult> run(const QList<Policy> &policies,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Tessera
