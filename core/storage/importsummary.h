#pragma once

#include <QtGlobal>

namespace Tessera {

// What an import wrote (inserted or replaced).
struct ImportSummary
{
    qint64 domains = 0;
    qint64 teams = 0;
    qint64 people = 0;
    qint64 products = 0;
    qint64 policies = 0;
    qint64 observations = 0;

    friend bool operator==(const ImportSummary &, const ImportSummary &) = default;
};

} // namespace Tessera
