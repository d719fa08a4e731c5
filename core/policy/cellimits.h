#pragma once

#include <QtGlobal>

namespace Tessera {

// Bounds on one evaluation, so that a hostile or careless expression ends with an error
// instead of a hang or exhausted memory.
struct CelLimits
{
    // Nodes evaluated, macro iterations included; comparing, searching or converting a large
    // value counts a step per 16 characters or bytes, or per element, of its operands.
    qint64 maxSteps = 10'000'000;
    qint64 maxListSize = 1'000'000; // elements of any list or map built while evaluating
    qint64 maxStringLength = 10'000'000; // characters of any string or bytes built
    // Bytes of all the strings, bytes, lists and maps built, summed over the evaluation: a
    // macro that builds values just under the limits above, over and over, runs out of this.
    qint64 maxAllocation = qint64(512) << 20;
};

} // namespace Tessera
