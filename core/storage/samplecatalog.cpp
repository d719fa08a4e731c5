#include "storage/samplecatalog.h"

#include "governance/policyio.h"
#include "interop/catalogjson.h"
#include "storage/sqlitecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

Result<CatalogDocument> SampleCatalog::load(const QDateTime &now)
{
    const QString resource = u":/sample/retail-mesh.json"_s;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The bundled sample catalog is missing from this build (%1).").arg(resource)};
    auto parsed = CatalogJson::parse(file.readAll(), resource);
    if (!parsed)
        return parsed;
    CatalogDocument document = std::move(parsed).value();
    // The federation's policies live as YAML files beside the catalog, as a governance team
    // would keep them in a repository.
    auto policies = PolicyIo::readDirectory(u":/sample/policies"_s);
    if (!policies)
        return Error{policies.error()};
    document.policies.append(policies.value());

    // Anchor the sample at `now`: its newest observation becomes now (to the hour), and every
    // other time moves by the same amount, so "the last 7 days" always has data.
    QDateTime newest;
    for (const SlaObservation &o : std::as_const(document.observations)) {
        if (!newest.isValid() || o.at > newest)
            newest = o.at;
    }
    if (!newest.isValid())
        return document;
    QDateTime anchor = now.toUTC();
    anchor.setTime(QTime(anchor.time().hour(), 0));
    const qint64 shift = newest.secsTo(anchor);
    const qint64 shiftDays = shift / 86400;
    for (SlaObservation &o : document.observations)
        o.at = o.at.addSecs(shift);
    for (DataProduct &p : document.products) {
        if (p.createdAt.isValid())
            p.createdAt = p.createdAt.addSecs(shift);
        if (p.updatedAt.isValid())
            p.updatedAt = p.updatedAt.addSecs(shift);
        if (p.sunsetDate.isValid())
            p.sunsetDate = p.sunsetDate.addDays(shiftDays);
    }
    return document;
}

Result<void> SampleCatalog::install(const QString &path, const QDateTime &now)
{
    auto document = load(now);
    if (!document)
        return Error{document.error()};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(info.absolutePath()))};
    auto catalog = SqliteCatalog::create(path);
    if (!catalog)
        return Error{catalog.error()};
    auto imported = catalog.value()->importDocument(document.value());
    if (!imported) {
        catalog.value().reset();
        QFile::remove(path);
        return Error{tr("Cannot install the sample catalog into \"%1\": %2").arg(QDir::toNativeSeparators(path), imported.error())};
    }
    return {};
}

} // namespace Tessera
