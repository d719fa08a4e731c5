#pragma once

#include <QString>

namespace Tessera {

struct SupportChannel
{
    QString channel;  // e.g. slack, email, issues
    QString url;

    friend bool operator==(const SupportChannel &, const SupportChannel &) = default;
};

} // namespace Tessera
