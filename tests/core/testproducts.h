#pragma once

// Small, readable fixtures shared by the core tests.

#include "model/dataproduct.h"
#include "model/domain.h"
#include "storage/catalog.h"

#include <QTest>

namespace TestProducts {

inline Tessera::Domain domain(const QString &id, const QString &parent = {})
{
    Tessera::Domain d;
    d.id = id;
    d.name = id.at(0).toUpper() + id.mid(1);
    d.parentId = parent;
    return d;
}

inline Tessera::DataProduct product(const QString &domainId, const QString &name,
                                    const QString &title, const QString &purpose = {})
{
    Tessera::DataProduct p;
    p.domainId = domainId;
    p.name = name;
    p.id = Tessera::DataProduct::makeId(domainId, name);
    p.title = title;
    p.version = QStringLiteral("1.0.0");
    p.purpose = purpose;
    Tessera::OutputPort port;
    port.name = name + QStringLiteral("_table");
    port.fields.append({QStringLiteral("id"), QStringLiteral("string"), QStringLiteral("Key"), false, false});
    p.outputPorts.append(port);
    return p;
}

} // namespace TestProducts

namespace QTest {
template<typename T>
char *toString(const Tessera::Result<T> &result)
{
    return result.ok() ? qstrdup("ok") : qstrdup(result.error().toUtf8().constData());
}
} // namespace QTest

// Fails the test with the error message when a Result is an error.
#define TESSERA_VERIFY_OK(expr)                                                                  \
    do {                                                                                       \
        const auto &tesseraResult_ = (expr);                                                   \
        QVERIFY2(tesseraResult_.ok(), qPrintable(tesseraResult_.error()));                      \
    } while (false)
