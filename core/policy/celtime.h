#pragma once

#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Tessera {

// CEL's timestamp and duration functions: conversions from strings and ints, arithmetic with
// range checks (years 0001-9999, durations within int64 nanoseconds) and the time-zone-aware
// accessors (getFullYear(), getHours('Europe/Paris'), ...). Stateless and thread-safe.
class CelTime final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelTime)

public:
    static CelValue timestamp(const CelValue &arg);
    static CelValue duration(const CelValue &arg);
    // For _+_ and _-_ when an operand is a timestamp or a duration.
    static CelValue add(const CelValue &a, const CelValue &b);
    static CelValue subtract(const CelValue &a, const CelValue &b);
    static QString toString(const CelValue &value);
    // getFullYear() and friends; args[0] is the receiver, args[1] the optional time zone.
    static CelValue accessor(const QString &name, const std::vector<CelValue> &args);
};

} // namespace Tessera
