#pragma once

#include <QString>

#include <optional>

namespace Tessera {

// What one policy says about one product.
enum class PolicyOutcome : quint8 {
    Pass,
    Fail,
    NotApplicable, // out of scope, or the policy's `when` does not match
    Exempt,        // an unexpired exemption names the product
    Error,         // the policy does not compile, fails to evaluate or gives no bool
};

// The canonical spelling ("pass", "fail", "not-applicable", "exempt", "error").
inline QString toString(PolicyOutcome outcome)
{
    switch (outcome) {
    case PolicyOutcome::Pass: return QStringLiteral("pass");
    case PolicyOutcome::Fail: return QStringLiteral("fail");
    case PolicyOutcome::NotApplicable: return QStringLiteral("not-applicable");
    case PolicyOutcome::Exempt: return QStringLiteral("exempt");
    case PolicyOutcome::Error: return QStringLiteral("error");
    }
    return {};
}

inline std::optional<PolicyOutcome> policyOutcomeFromString(const QString &text)
{
    for (PolicyOutcome o : {PolicyOutcome::Pass, PolicyOutcome::Fail, PolicyOutcome::NotApplicable,
                            PolicyOutcome::Exempt, PolicyOutcome::Error}) {
        if (toString(o) == text)
            return o;
    }
    return std::nullopt;
}

} // namespace Tessera
