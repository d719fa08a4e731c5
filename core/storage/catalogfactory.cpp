#include "storage/catalogfactory.h"

#include "storage/sqlitecatalog.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

Result<std::unique_ptr<Catalog>> openCatalog(const QString &location)
{
    auto catalog = SqliteCatalog::open(location);
    if (!catalog)
        return Error{catalog.error()};
    return std::unique_ptr<Catalog>(std::move(catalog).value());
}

QString defaultCatalogPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(u"catalog.tessera"_s);
}

} // namespace Tessera
