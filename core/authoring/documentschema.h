#pragma once

#include "authoring/schemaproperty.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tessera {

// Navigates a JSON Schema (draft 2020-12, the subset our document schemas use: properties,
// items, additionalProperties, $ref to "#/..." and type unions) to tell which properties a
// document has at a path. Drives completion of `product.` in the policy editor, so that it
// always matches docs/product.schema.json. Immutable and cheap to copy.
class DocumentSchema final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::DocumentSchema)

public:
    DocumentSchema();

    // The schema at the JSON pointer `root` of the document (e.g. "/properties/domains/items").
    static Result<DocumentSchema> fromJson(const QByteArray &json, const QString &root = {});

    // The product document, a domain of the catalog file: both compiled into core.
    static DocumentSchema product();
    static DocumentSchema domain();

    bool isValid() const;

    // Path segments are property names; "[]" steps into the items of an array or the
    // values of a map. Empty when the path leads nowhere or to something that is not an
    // object. Properties come in the schema's order.
    QList<SchemaProperty> properties(const QStringList &path = {}) const;
    // The JSON type at the path ("object", "array", "string", "string|null", ...), empty
    // when unknown.
    QString typeAt(const QStringList &path) const;

private:
    struct Data;
    explicit DocumentSchema(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> d;
};

} // namespace Tessera
