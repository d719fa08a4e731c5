#pragma once

#include "governance/checkreport.h"
#include "governance/policyio.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Tessera {

// A check report in the formats CI systems read: Tessera's JSON, SARIF 2.1.0 (code-scanning
// dashboards) and JUnit XML (test reports). Failures and errors only in JSON and SARIF; JUnit
// has a test case per (product, policy) pair, exempt and not applicable ones skipped.
class CheckReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CheckReportWriter)

public:
    static QByteArray toJson(const CheckReport &report);
    // With the policies' `locations` (policies read from files), each result also points at
    // the rule in its file, as code-scanning dashboards need, and carries a fingerprint of its
    // policy and product so that each product's failure is an alert of its own.
    static QByteArray toSarif(const CheckReport &report, const PolicyIo::Locations &locations = {});
    static QByteArray toJUnit(const CheckReport &report);
};

} // namespace Tessera
