#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace Tessera {

class SqliteDatabase;

// The ordered list of forward migrations of the catalog schema. Migration N takes a file
// from user_version N-1 to N.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SchemaMigrations)

public:
    static int latestVersion();
    // Applies migrations (fromVersion, toVersion] in one transaction and sets user_version.
    static Result<void> migrate(SqliteDatabase &db, int fromVersion, int toVersion);
};

} // namespace Tessera
