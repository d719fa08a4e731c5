#pragma once

#include "model/enums.h"

#include <QString>

namespace Tessera {

// A person's role (owner, steward, consumer) on the domain or product that holds it.
struct RoleAssignment
{
    QString personId;
    Role role = Role::Steward;

    friend bool operator==(const RoleAssignment &, const RoleAssignment &) = default;
};

} // namespace Tessera
