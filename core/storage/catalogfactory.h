#pragma once

#include "storage/catalog.h"

#include <memory>

namespace Tessera {

// Opens the catalog at a location (today a SQLite file path). Used for the catalog a
// window shows and for the extra connections that background jobs open.
Result<std::unique_ptr<Catalog>> openCatalog(const QString &location);

// Where the user's default catalog lives (under the application data directory).
QString defaultCatalogPath();

} // namespace Tessera
