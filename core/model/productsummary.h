#pragma once

#include "model/enums.h"

#include <QDateTime>
#include <QString>

namespace Tessera {

// The columns of a product list row, without the full document.
struct ProductSummary
{
    QString id;
    QString domainId;
    QString title;
    QString version;
    LifecycleStatus status = LifecycleStatus::Draft;
    Classification classification = Classification::Internal;
    QString ownerTeamId;
    QDateTime updatedAt;

    friend bool operator==(const ProductSummary &, const ProductSummary &) = default;
};

} // namespace Tessera
