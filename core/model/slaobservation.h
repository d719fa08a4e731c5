#pragma once

#include <QDateTime>
#include <QString>

namespace Tessera {

// One measured value of one service-level objective of one product.
struct SlaObservation
{
    QString productId;
    QString sloId;
    QDateTime at;   // UTC
    double value = 0;

    friend bool operator==(const SlaObservation &, const SlaObservation &) = default;
};

} // namespace Tessera
