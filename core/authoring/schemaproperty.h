#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

// One property of an object in a document schema, as the policy editor offers it.
struct SchemaProperty
{
    QString name;
    QString type; // JSON Schema type: "string", "array", "object", ... ("string|null" for unions)
    QString description;
    QStringList enumValues;
};

} // namespace Tessera
