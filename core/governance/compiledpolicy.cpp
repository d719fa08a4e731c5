#include "governance/compiledpolicy.h"

#include "governance/policyvalidator.h"
#include "policy/celprojection.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

const CelEnvironment &CompiledPolicy::environment()
{
    static const CelEnvironment env({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s});
    return env;
}

CompiledPolicy::CompiledPolicy(Policy policy)
    : m_policy(std::move(policy))
{
    if (!m_policy.when.isEmpty()) {
        auto when = PolicyValidator::compile(m_policy.when);
        if (!when) {
            m_compileError = u"when: "_s + when.error();
            return;
        }
        m_when = std::move(when).value();
    }
    auto rule = PolicyValidator::compile(m_policy.rule);
    if (!rule) {
        m_compileError = u"rule: "_s + rule.error();
        return;
    }
    m_rule = std::move(rule).value();
}

void CompiledPolicy::addReads(CelProjection &product, CelProjection &upstream) const
{
    std::array<CelProjection *, VariableCount> roots {};
    roots[Product] = &product;
    roots[Upstream] = &upstream;
    for (const std::optional<CelProgram> *program : {&m_when, &m_rule}) {
        if (*program)
            CelProjection::collect((*program)->ast(), roots);
    }
}

const Policy::Exemption *CompiledPolicy::exemptionFor(const QString &productId, QDate today) const
{
    for (const Policy::Exemption &e : m_policy.exemptions) {
        if (e.productId == productId && (!e.expires.isValid() || e.expires >= today))
            return &e;
    }
    return nullptr;
}

CelValue CompiledPolicy::applies(std::span<const CelValue> variables) const
{
    return m_when ? m_when->evaluate(variables) : CelValue::fromBool(true);
}

PolicyResult CompiledPolicy::evaluate(std::span<const CelValue> variables,
                                      const QString &productId, QDate today, bool explain) const
{
    if (!m_compileError.isEmpty())
        return {PolicyOutcome::Error, m_compileError, {}};
    return evaluate(variables, applies(variables), productId, today, explain);
}

PolicyOutcome CompiledPolicy::outcome(std::span<const CelValue> variables, const CelValue &applies,
                                      const QString &productId, QDate today) const
{
    if (!m_compileError.isEmpty() || applies.kind() != CelValue::Kind::Bool)
        return PolicyOutcome::Error;
    if (!applies.boolValue())
        return PolicyOutcome::NotApplicable;
    if (!m_policy.exemptions.isEmpty() && exemptionFor(productId, today))
        return PolicyOutcome::Exempt;
    const CelValue result = m_rule->evaluate(variables);
    if (result.kind() != CelValue::Kind::Bool)
        return PolicyOutcome::Error;
    return result.boolValue() ? PolicyOutcome::Pass : PolicyOutcome::Fail;
}

PolicyResult CompiledPolicy::evaluate(std::span<const CelValue> variables, const CelValue &applies,
                                      const QString &productId, QDate today, bool explain) const
{
    if (!m_compileError.isEmpty())
        return {PolicyOutcome::Error, m_compileError, {}};
    if (applies.kind() == CelValue::Kind::Error)
        return {PolicyOutcome::Error, tr("when: %1").arg(applies.stringValue()), {}};
    if (applies.kind() != CelValue::Kind::Bool)
        return {PolicyOutcome::Error,
                tr("when: the precondition must give a bool, not %1").arg(applies.typeName()), {}};
    if (!applies.boolValue())
        return {PolicyOutcome::NotApplicable, {}, {}};
    if (!m_policy.exemptions.isEmpty() && exemptionFor(productId, today))
        return {PolicyOutcome::Exempt, {}, {}};
    const CelValue result = m_rule->evaluate(variables);
    if (result.kind() == CelValue::Kind::Bool) {
        if (result.boolValue())
            return {PolicyOutcome::Pass, {}, {}};
        if (!explain)
            return {PolicyOutcome::Fail, {}, {}};
        PolicyResult failure {PolicyOutcome::Fail,
                              m_policy.message.isEmpty() ? m_policy.title : m_policy.message, {}};
        // The owner would otherwise not know that renewing it is an option.
        QDate expired;
        for (const Policy::Exemption &e : m_policy.exemptions) {
            if (e.productId == productId && e.expires.isValid() && e.expires < today
                && (!expired.isValid() || e.expires > expired))
                expired = e.expires;
        }
        if (expired.isValid())
            failure.message += u"\n"_s + tr("(The exemption for this product expired on %1.)")
                                             .arg(expired.toString(Qt::ISODate));
        // Kept as values and their places: a check explains every failure it finds, and lays
        // out only those it shows.
        failure.explanation = m_rule->explanationMarks(variables);
        return failure;
    }
    if (result.kind() == CelValue::Kind::Error)
        return {PolicyOutcome::Error, tr("rule: %1").arg(result.stringValue()), {}};
    return {PolicyOutcome::Error,
            tr("rule: the rule must give a bool, not %1").arg(result.typeName()), {}};
}

} // namespace Tessera
