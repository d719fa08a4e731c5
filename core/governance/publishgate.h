#pragma once

#include "governance/publishreport.h"
#include "model/dataproduct.h"
#include "model/domain.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tessera {

class Catalog;

// The publish gate: before a product becomes `published`, the enabled global policies and
// those of its domain and parent domains are evaluated on the product as it would be stored
// (status published). A failing `error` policy blocks; a failing `warning` needs the user's
// confirmation; `info` failures are notes. A policy that cannot be evaluated counts as
// failing (the gate fails closed).
//
// The studio and the CLI call check() first to show the failures and ask about warnings;
// SqliteCatalog::saveProduct enforces the blocking part on every path.
class PublishGate
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PublishGate)

public:
    // Reads policies, domains and the upstream products from the catalog. Quick (one product);
    // may run on the GUI thread.
    [[nodiscard]] static Result<PublishReport> check(Catalog &catalog, const DataProduct &product,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    static PublishReport evaluate(const DataProduct &product, const QList<Policy> &policies,
                                  const QList<Domain> &domains, const QList<DataProduct> &upstream,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The findings as text: one line per policy, explanations indented below.
    static QString describe(const QList<PublishReport::Finding> &findings);
};

} // namespace Tessera
