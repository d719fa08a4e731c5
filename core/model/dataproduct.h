#pragma once

#include "model/enums.h"
#include "model/inputport.h"
#include "model/outputport.h"
#include "model/roleassignment.h"
#include "model/servicelevelobjective.h"
#include "model/supportchannel.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Tessera {

// A data product: discoverable, addressable (id "<domain>.<name>"), self-describing,
// versioned, with an SLA. Its canonical JSON form is documented in docs/product.schema.json.
struct DataProduct
{
    QString id;        // "<domainId>.<name>", stable
    QString domainId;
    QString name;      // slug unique within the domain
    QString title;
    QString version = QStringLiteral("0.1.0"); // semantic version
    LifecycleStatus status = LifecycleStatus::Draft;
    QDate sunsetDate;  // required when status is Deprecated
    QString purpose;
    QString limitations;
    QString usage;
    QStringList tags;
    Classification classification = Classification::Internal;
    QString ownerTeamId;
    QList<SupportChannel> supportChannels;
    QList<RoleAssignment> roles;
    QVariantMap customProperties;
    QList<OutputPort> outputPorts;
    QList<InputPort> inputPorts;
    QList<ServiceLevelObjective> slos;
    QDateTime createdAt;  // UTC, set by the catalog
    QDateTime updatedAt;  // UTC, set by the catalog on every save

    static QString makeId(const QString &domainId, const QString &name)
    {
        return domainId + QLatin1Char('.') + name;
    }

    friend bool operator==(const DataProduct &, const DataProduct &) = default;
};

} // namespace Tessera
