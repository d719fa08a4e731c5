#pragma once

#include "governance/checkreport.h"
#include "model/catalogdocument.h"
#include "util/progress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace Tessera {

class CelProjection;
class CompiledPolicy;

class Catalog;

struct CheckOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc(); // the policies' `now`; decides exemptions
    bool includeDisabled = false;
    bool explain = true; // render explanations of failures
    int threads = 0;     // 0: one per core
    // Convert every document whole rather than only what the policies read (CelProjection):
    // the same report, slower; for comparisons.
    bool wholeDocuments = false;
};

// Evaluates every (product, policy) pair of a catalog: each policy's `when` and `rule` are
// compiled once, and worker threads take the products in turn, each stored document read
// straight into a CEL value once (when first needed, as a product or as someone's upstream),
// only as far as the policies read it, and freed after its last use. Policies apply to products of their scope (global, or a domain
// with its subdomains); others are not applicable and not evaluated.
//
// Blocking; call it off the GUI thread (with its own Catalog instance, see openCatalog()).
// `progress` is called on the calling thread; when it returns false the check stops with an
// error. Logs a summary to tessera.policy.
class PolicyChecker
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyChecker)

public:
    // With the catalog's stored policies.
    [[nodiscard]] static Result<CheckReport> check(Catalog &catalog, const CheckOptions &options = {},
                                                   const ProgressCallback &progress = {});
    // With these policies instead (e.g. from a folder, or for a what-if).
    [[nodiscard]] static Result<CheckReport> check(Catalog &catalog, const QList<Policy> &policies,
                                                   const CheckOptions &options = {},
                                                   const ProgressCallback &progress = {});
    // Over an in-memory document (its products, domains and policies).
    [[nodiscard]] static Result<CheckReport> check(const CatalogDocument &document,
                                                   const CheckOptions &options = {},
                                                   const ProgressCallback &progress = {});

    // What a check converts of each stored document: what the policies read (of products and
    // of upstream documents alike) and what the check reads itself.
    static CelProjection documentReads(const std::vector<CompiledPolicy> &policies);
};

} // namespace Tessera
