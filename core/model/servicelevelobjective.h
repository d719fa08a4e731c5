#pragma once

#include <QString>
#include <QVariant>

namespace Tessera {

// One entry of ODCS v3 slaProperties: property (latency, availability, frequency,
// completeness, retention, timeOfAvailability, ...), value, unit and optional element.
struct ServiceLevelObjective
{
    QString id;
    QString property;
    QVariant value;   // a number (double or qint64) or text (e.g. "09:00-08:00")
    QVariant valueExt; // extended value, when the property needs one
    QString unit;     // e.g. d, h, m, %, y
    QString element;  // e.g. orders.order_ts
    QString driver;   // regulatory, analytics, operational
    QString description;
    QString scheduler; // e.g. cron
    QString schedule;  // e.g. "0 20 * * *"

    friend bool operator==(const ServiceLevelObjective &, const ServiceLevelObjective &) = default;
};

} // namespace Tessera
