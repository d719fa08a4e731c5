#include "governance/policywhatif.h"

#include "storage/catalog.h"

namespace Tessera {

namespace {

bool failing(PolicyOutcome o) { return o == PolicyOutcome::Fail || o == PolicyOutcome::Error; }

} // namespace

WhatIfReport PolicyWhatIf::compare(const CheckReport &report, int activeColumn, int editedColumn,
                                   bool activeEnabled, bool editedEnabled)
{
    WhatIfReport result;
    result.isNew = activeColumn < 0;
    // Laid out only for the changes shown: most failures did not change.
    QHash<qint64, const CheckReport::Finding *> findings;
    for (const CheckReport::Finding &f : report.findings) {
        if (f.policy == editedColumn)
            findings.insert(f.product, &f);
    }
    for (qsizetype i = 0; i < report.products.size(); ++i) {
        const PolicyOutcome before = activeColumn >= 0 && activeEnabled
            ? report.outcome(int(i), activeColumn) : PolicyOutcome::NotApplicable;
        const PolicyOutcome after = editedEnabled ? report.outcome(int(i), editedColumn)
                                                  : PolicyOutcome::NotApplicable;
        result.before.add(before);
        result.after.add(after);
        if (failing(before) == failing(after))
            continue;
        const CheckReport::ProductRow &row = report.products.at(i);
        WhatIfReport::Change change{row.id, row.domainId, before, after, {}};
        if (failing(after)) {
            if (const CheckReport::Finding *f = findings.value(i))
                change.detail = f->detail();
            result.newlyFailing.append(change);
            ++result.byDomain[row.domainId].newlyFailing;
        } else {
            result.newlyPassing.append(change);
            ++result.byDomain[row.domainId].newlyPassing;
        }
    }
    return result;
}

Result<WhatIfReport> PolicyWhatIf::compare(Catalog &catalog, const Policy &edited,
                                           const CheckOptions &options, const ProgressCallback &progress)
{
    auto stored = catalog.policies();
    if (!stored)
        return Error{stored.error()};
    QList<Policy> versions;
    bool activeEnabled = false;
    for (const Policy &policy : stored.value()) {
        if (policy.id == edited.id) {
            versions.append(policy);
            activeEnabled = policy.enabled;
        }
    }
    versions.append(edited);
    CheckOptions all = options;
    all.includeDisabled = true;
    auto report = PolicyChecker::check(catalog, versions, all, progress);
    if (!report)
        return Error{report.error()};
    const int active = versions.size() == 2 ? 0 : -1;
    return compare(report.value(), active, int(versions.size()) - 1, activeEnabled, edited.enabled);
}

} // namespace Tessera
