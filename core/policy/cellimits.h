#pragma once

#include <QtGlobal>

namespace Tessera {

// Bounds on one evaluation, so that a hostile or careless expression ends with an error
// instead of a hang or exhausted memory.
struct CelLimits
{
    qint64 maxSteps = 10'000'000; // nodes evaluated, macro iterations included
    qint64 maxListSize = 1'000'000; // elements of any list or map built while evaluating
    qint64 maxStringLength = 10'000'000; // characters of any string or bytes built
};

} // namespace Tessera
