#pragma once

#include <QDateTime>
#include <QString>

namespace Tessera {

// One saved revision of a product document.
struct HistoryEntry
{
    QString productId;
    int revision = 0;       // 1 for the first save, increasing
    QDateTime savedAt;      // UTC
    QString version;        // the product's semantic version at that revision
    QString document;       // canonical JSON of that revision

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

} // namespace Tessera
