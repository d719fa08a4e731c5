#pragma once

#include "model/roleassignment.h"

#include <QList>
#include <QString>

namespace Tessera {

// A business domain that owns data products; domains nest through parentId.
struct Domain
{
    QString id;          // slug: lower case letters, digits, '-' and '_'
    QString name;        // display name, e.g. "Orders"
    QString parentId;    // empty for a top-level domain
    QString description;
    QList<RoleAssignment> roles;

    friend bool operator==(const Domain &, const Domain &) = default;
};

} // namespace Tessera
