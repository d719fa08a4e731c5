#pragma once

#include <QString>

namespace Tessera {

// consumerId reads port portName of producerId (declared by an input port of consumerId).
struct LineageEdge
{
    QString consumerId;
    QString producerId;
    QString portName;

    friend bool operator==(const LineageEdge &, const LineageEdge &) = default;
};

} // namespace Tessera
