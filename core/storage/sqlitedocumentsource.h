#pragma once

#include "storage/productdocumentsource.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Tessera {

// The products of a catalog file, read by rows through the file's product_documents table:
// each reader is a read-only connection of its own that looks documents up by key (by id for a
// product saved since), so that threads read side by side and the documents are never all in
// memory at once.
class SqliteDocumentSource final : public ProductDocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SqliteDocumentSource)

public:
    // `keys` are the products' rows in product_documents, in the order of `ids`.
    SqliteDocumentSource(QString path, QStringList ids, std::vector<qint64> keys);

    const QStringList &ids() const override { return m_ids; }
    Result<std::unique_ptr<ProductDocumentReader>> openReader() override;

private:
    QString m_path;
    QStringList m_ids;
    std::shared_ptr<const std::vector<qint64>> m_keys;
};

} // namespace Tessera
