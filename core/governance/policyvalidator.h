#pragma once

#include "model/policy.h"
#include "policy/celprogram.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tessera {

// Checks what a policy must satisfy to be stored: a slug id, a title, and `when` and `rule`
// that compile against the policy variables. Whether its scope names an existing domain is
// the catalog's check.
class PolicyValidator
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyValidator)

public:
    struct Problem
    {
        QString field;   // document key, e.g. "rule" or "exemptions/0/product"
        QString message; // translated, names the position for CEL errors
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    static QList<Problem> validate(const Policy &policy);

    // Compiles `source` against the policy variables; the error names line and column.
    // Checks itself that every name is declared, as the engine is to do at compile time.
    [[nodiscard]] static Result<CelProgram> compile(const QString &source);
};

} // namespace Tessera
