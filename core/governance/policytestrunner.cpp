#include "governance/policytestrunner.h"

#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "policy/celjson.h"

#include <nlohmann/json.hpp>

#include <array>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;

namespace Tessera {

namespace {

Json parsed(const QByteArray &text, Json fallback)
{
    if (text.isEmpty())
        return fallback;
    Json value = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    return value.is_discarded() ? fallback : value;
}

} // namespace

QList<PolicyTestResult> PolicyTestRunner::run(const Policy &policy, const QDateTime &now)
{
    QList<PolicyTestResult> results;
    if (policy.tests.isEmpty())
        return results;
    Policy withoutExemptions = policy;
    withoutExemptions.exemptions.clear();
    const CompiledPolicy compiled(withoutExemptions);
    const QDate today = now.toUTC().date();
    for (const Policy::Test &test : policy.tests) {
        PolicyTestResult result{policy.id, test.name, test.expect, PolicyOutcome::Pass, {}};
        const Json product = PolicyVariables::completeProduct(parsed(test.product, Json::object()));
        Json domain = {{"id", product.value("domain", "")}, {"name", product.value("domain", "")},
                       {"parent", nullptr}, {"description", ""}, {"roles", Json::array()},
                       {"ancestors", Json::array()}};
        const Json given = parsed(test.domain, Json::object());
        if (given.is_object())
            domain.update(given);
        Json upstream = Json::array();
        for (const Json &item : parsed(test.upstream, Json::array()))
            upstream.push_back(PolicyVariables::completeProduct(item));

        bool inScope = policy.isGlobal() || domain.value("id", "") == policy.scope.toStdString();
        if (!inScope && domain["ancestors"].is_array()) {
            for (const Json &a : domain["ancestors"])
                inScope = inScope || (a.is_string() && a.get<std::string>() == policy.scope.toStdString());
        }
        if (!inScope) {
            result.actual = PolicyOutcome::NotApplicable;
        } else {
            std::array<CelValue, CompiledPolicy::VariableCount> variables;
            variables[CompiledPolicy::Product] = CelJson::fromJson(product);
            variables[CompiledPolicy::Domain] = CelJson::fromJson(domain);
            variables[CompiledPolicy::Upstream] = CelJson::fromJson(upstream);
            variables[CompiledPolicy::Now] = PolicyVariables::now(now);
            const PolicyResult outcome = compiled.evaluate(variables, QString::fromStdString(product.value("id", "")), today);
            result.actual = outcome.outcome;
            if (!result.passed()) {
                result.detail = outcome.detail();
                if (result.detail.isEmpty())
                    result.detail = result.actual == PolicyOutcome::Pass ? tr("the rule held")
                                                                         : tr("the precondition (when) did not match");
            }
        }
        if (!result.passed() && result.actual == PolicyOutcome::NotApplicable && !inScope)
            result.detail = tr("the product's domain is outside the policy's scope \"%1\"").arg(policy.scope);
        results.append(result);
    }
    return results;
}

QList<PolicyTestResult> PolicyTestRunner::run(const QList<Policy> &policies, const QDateTime &now)
{
    QList<PolicyTestResult> results;
    for (const Policy &policy : policies)
        results.append(run(policy, now));
    return results;
}

} // namespace Tessera
