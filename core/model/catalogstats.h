#pragma once

#include <QtGlobal>

namespace Tessera {

struct CatalogStats
{
    qint64 domains = 0;
    qint64 teams = 0;
    qint64 people = 0;
    qint64 products = 0;
    qint64 outputPorts = 0;
    qint64 fields = 0;
    qint64 lineageEdges = 0;
    qint64 policies = 0;
    qint64 observations = 0;

    friend bool operator==(const CatalogStats &, const CatalogStats &) = default;
};

} // namespace Tessera
