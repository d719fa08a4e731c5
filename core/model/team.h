#pragma once

#include <QString>

namespace Tessera {

// A team that owns data products; usually belongs to one domain.
struct Team
{
    QString id;
    QString name;
    QString domainId;
    QString email;

    friend bool operator==(const Team &, const Team &) = default;
};

} // namespace Tessera
