#pragma once

#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Tessera {

// The CEL math extension: math.greatest/least, ceil, floor, round, trunc, abs, sign, isNaN,
// isInf, isFinite and the bit operations. Stateless, thread-safe.
class CelMath final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelMath)

public:
    // `name` without the "math." prefix. nullopt when it is not a function of the extension.
    static std::optional<CelValue> call(const QString &name, const std::vector<CelValue> &args);
    // Whether call() knows `name`, so that a compiler can refuse unknown functions.
    static bool hasFunction(const QString &name);
};

} // namespace Tessera
