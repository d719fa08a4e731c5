#pragma once

#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Tessera {

// The CEL strings extension (charAt, indexOf, lastIndexOf, lowerAscii, upperAscii, replace,
// split, substring, trim, join, reverse, strings.quote). Indexes count code points. Stateless,
// thread-safe.
class CelStrings final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelStrings)

public:
    // args[0] is the receiver. nullopt when `name` is not a function of the extension.
    static std::optional<CelValue> call(const QString &name, const std::vector<CelValue> &args);
    // Whether call() knows `name`, so that a compiler can refuse unknown functions.
    static bool hasFunction(const QString &name);
    // strings.quote(s): s as a double-quoted CEL string literal.
    static CelValue quote(const std::vector<CelValue> &args);
};

} // namespace Tessera
