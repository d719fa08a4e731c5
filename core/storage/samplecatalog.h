#pragma once

#include "model/catalogdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tessera {

class Catalog;

// The bundled sample: a retailer's data mesh (resources/sample/retail-mesh.json) with its
// policy set (resources/sample/policies/*.yaml).
class SampleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SampleCatalog)

public:
    // The sample with every timestamp shifted so that its newest observation is at `now`,
    // so recent SLA windows always have data.
    static Result<CatalogDocument> load(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Creates `path` as a new catalog holding the sample.
    static Result<void> install(const QString &path,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Tessera
