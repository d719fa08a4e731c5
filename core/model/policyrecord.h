#pragma once

#include <QString>

namespace Tessera {

// A governance policy as stored in the catalog. Evaluation lives in core/policy;
// the full policy document (tests, exemptions, ...) is kept verbatim in `document`.
struct PolicyRecord
{
    QString id;
    QString title;
    QString scope = QStringLiteral("global"); // "global" or a domain id
    QString severity = QStringLiteral("error"); // error, warning, info
    QString rule;       // CEL text
    QString status = QStringLiteral("draft"); // draft, active, disabled
    QString document;   // canonical JSON of the whole policy

    friend bool operator==(const PolicyRecord &, const PolicyRecord &) = default;
};

} // namespace Tessera
