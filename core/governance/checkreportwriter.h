#pragma once

#include "governance/checkreport.h"

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
    static QByteArray toSarif(const CheckReport &report);
    static QByteArray toJUnit(const CheckReport &report);
};

} // namespace Tessera
