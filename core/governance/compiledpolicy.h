#pragma once

#include "model/policy.h"
#include "policy/celexplanationmarks.h"
#include "policy/celprogram.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <span>

namespace Tessera {

class CelProjection;

// What one policy says about one product, with what a reader needs: the message and the
// explanation of a failure, or the reason of an error. Empty for the other outcomes.
struct PolicyResult
{
    PolicyOutcome outcome = PolicyOutcome::NotApplicable;
    QString message; // the policy's message (a failure), or the reason (an error)
    CelExplanationMarks explanation; // of a failure, when explained
    // The message, then the laid-out explanation under it.
    QString detail() const { return explanation.under(message); }
    friend bool operator==(const PolicyResult &, const PolicyResult &) = default;
};

// A policy with its `when` and `rule` compiled once, evaluated against many products.
// Immutable after construction; evaluate() may run on several threads at once.
class CompiledPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CompiledPolicy)

public:
    // The variables of every policy, in this order.
    enum Variable { Product, Domain, Upstream, Now, VariableCount };
    static const CelEnvironment &environment();

    explicit CompiledPolicy(Policy policy);

    const Policy &policy() const { return m_policy; }
    // Empty when `when` and `rule` compile; else the message naming the field and position.
    const QString &compileError() const { return m_compileError; }

    // The outcome for one product. `variables` follow Variable; `today` (the date of `now`)
    // decides which exemptions have expired: one expiring today still applies. Scope is the
    // caller's business (see PolicySet). With `explain` false a failure has no detail.
    PolicyResult evaluate(std::span<const CelValue> variables, const QString &productId,
                          QDate today, bool explain = true) const;
    // The same with the value of `when` known: applies(variables) of this policy or of one
    // with the same `when` text. Policies that share a precondition (many apply only to
    // published products) need it once per product, not once each.
    PolicyResult evaluate(std::span<const CelValue> variables, const CelValue &applies,
                          const QString &productId, QDate today, bool explain = true) const;
    // The outcome alone, as evaluate() decides it: a check calls evaluate() only for the
    // failures and errors, whose text it keeps.
    PolicyOutcome outcome(std::span<const CelValue> variables, const CelValue &applies,
                          const QString &productId, QDate today) const;
    // The value of `when` for a product: true when the policy has none. Meaningful only when
    // compileError() is empty.
    CelValue applies(std::span<const CelValue> variables) const;

    // Adds what `when` and `rule` read of the product document and of each upstream
    // document, so that a check converts only that (see CelProjection).
    void addReads(CelProjection &product, CelProjection &upstream) const;

    // The exemption naming the product that still applies on `today`, if any.
    const Policy::Exemption *exemptionFor(const QString &productId, QDate today) const;

private:
    Policy m_policy;
    std::optional<CelProgram> m_when;
    std::optional<CelProgram> m_rule;
    QString m_compileError;
};

} // namespace Tessera
