#pragma once

#include "model/catalogdocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QUtf8StringView>

#include <optional>

namespace Tessera {

// The canonical JSON forms: a product document (docs/product.schema.json) and a catalog
// file (docs/catalog.schema.json). Reading validates fully and names the file with a
// line/column for syntax errors or a JSON pointer for invalid content.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CatalogJson)

public:
    static constexpr int FormatVersion = 1;

    // Accepts a catalog file, one product document, or an array of product documents.
    static Result<CatalogDocument> parse(const QByteArray &bytes, const QString &sourceName);
    static Result<CatalogDocument> readFile(const QString &path);
    static QByteArray serialize(const CatalogDocument &document, bool indented = true);
    // Writes atomically: the previous file stays intact if anything fails.
    static Result<void> writeFile(const QString &path, const CatalogDocument &document);

    static QByteArray productToJson(const DataProduct &product, bool indented = false);
    // The id a compact productToJson() document begins with, read without parsing the rest;
    // nullopt when the document does not begin so or the id has escapes (then parse it).
    static std::optional<QUtf8StringView> leadingProductId(QByteArrayView document);
    static Result<DataProduct> productFromJson(const QByteArray &bytes, const QString &sourceName);
};

} // namespace Tessera
