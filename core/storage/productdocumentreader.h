#pragma once

#include "util/result.h"

#include <QByteArrayView>

namespace Tessera {

// Reads the stored documents of a ProductDocumentSource's products, for one thread at a time.
class ProductDocumentReader
{
public:
    virtual ~ProductDocumentReader() = default;

    // The stored canonical document (compact JSON, UTF-8) of the product at `row` of the
    // source's ids, valid until the next call.
    virtual Result<QByteArrayView> document(qsizetype row) = 0;
};

} // namespace Tessera
