#include "governance/publishgate.h"

#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "storage/catalog.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

PublishReport PublishGate::evaluate(const DataProduct &product, const QList<Policy> &policies,
                                    const QList<Domain> &domains, const QList<DataProduct> &upstream,
                                    const QDateTime &now)
{
    DataProduct published = product;
    published.status = LifecycleStatus::Published;

    QHash<QString, const Domain *> domainById;
    for (const Domain &d : domains)
        domainById.insert(d.id, &d);
    QStringList ancestors;
    for (QString cursor = domainById.contains(product.domainId) ? domainById.value(product.domainId)->parentId : QString();
         !cursor.isEmpty() && !ancestors.contains(cursor) && cursor != product.domainId;
         cursor = domainById.contains(cursor) ? domainById.value(cursor)->parentId : QString())
        ancestors.append(cursor);
    const Domain fallback{product.domainId, product.domainId, {}, {}, {}};
    const Domain &domain = domainById.contains(product.domainId) ? *domainById.value(product.domainId) : fallback;

    std::array<CelValue, CompiledPolicy::VariableCount> variables;
    variables[CompiledPolicy::Product] = PolicyVariables::product(published);
    variables[CompiledPolicy::Domain] = PolicyVariables::domain(domain, ancestors);
    QList<CelValue> upstreamValues;
    for (const DataProduct &p : upstream)
        upstreamValues.append(PolicyVariables::product(p));
    variables[CompiledPolicy::Upstream] = CelValue::fromList(upstreamValues);
    variables[CompiledPolicy::Now] = PolicyVariables::now(now);
    const QDate today = now.toUTC().date();

    PublishReport report;
    report.productId = product.id;
    for (const Policy &policy : policies) {
        if (!policy.enabled)
            continue;
        if (!policy.isGlobal() && policy.scope != product.domainId && !ancestors.contains(policy.scope))
            continue;
        const PolicyResult result = CompiledPolicy(policy).evaluate(variables, product.id, today);
        if (result.outcome == PolicyOutcome::NotApplicable)
            continue;
        ++report.evaluated;
        if (result.outcome != PolicyOutcome::Fail && result.outcome != PolicyOutcome::Error)
            continue;
        const PublishReport::Finding finding{policy.id, policy.title, policy.severity, result.outcome, result.detail()};
        switch (policy.severity) {
        case Policy::Severity::Error: report.blocking.append(finding); break;
        case Policy::Severity::Warning: report.warnings.append(finding); break;
        case Policy::Severity::Info: report.notes.append(finding); break;
        }
    }
    return report;
}

Result<PublishReport> PublishGate::check(Catalog &catalog, const DataProduct &product, const QDateTime &now)
{
    auto policies = catalog.policies();
    if (!policies)
        return Error{policies.error()};
    auto domains = catalog.domains();
    if (!domains)
        return Error{domains.error()};
    QList<DataProduct> upstream;
    QStringList seen;
    for (const InputPort &input : product.inputPorts) {
        if (seen.contains(input.productId))
            continue;
        seen.append(input.productId);
        auto found = catalog.product(input.productId);
        if (!found)
            return Error{found.error()};
        if (found.value())
            upstream.append(*found.value());
    }
    return evaluate(product, policies.value(), domains.value(), upstream, now);
}

QString PublishGate::describe(const QList<PublishReport::Finding> &findings)
{
    QString text;
    for (const PublishReport::Finding &f : findings) {
        const QString kind = f.outcome == PolicyOutcome::Error ? tr("cannot be evaluated") : tr("fails");
        text += tr("- %1 (%2) %3").arg(f.policyId, f.title, kind) + u'\n';
        for (const QString &line : f.detail.split(u'\n'))
            text += u"    "_s + line + u'\n';
    }
    return text;
}

} // namespace Tessera
