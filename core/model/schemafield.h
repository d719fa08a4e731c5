#pragma once

#include <QString>

namespace Tessera {

// One field of an output port's schema.
struct SchemaField
{
    QString name;
    QString type;        // logical type, e.g. string, integer, decimal(12,2), timestamp
    QString description;
    bool nullable = true;
    bool pii = false;

    friend bool operator==(const SchemaField &, const SchemaField &) = default;
};

} // namespace Tessera
