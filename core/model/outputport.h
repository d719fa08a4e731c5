#pragma once

#include "model/enums.h"
#include "model/schemafield.h"

#include <QList>
#include <QString>

namespace Tessera {

// Where and how a product serves its data, with the versioned schema it serves.
struct OutputPort
{
    QString name;
    PortType type = PortType::Table;
    QString location;      // table name, topic, URL or connection string
    QString contractId;    // the data contract (ODCS) that governs this port
    QString schemaVersion;
    QList<SchemaField> fields;

    friend bool operator==(const OutputPort &, const OutputPort &) = default;
};

} // namespace Tessera
