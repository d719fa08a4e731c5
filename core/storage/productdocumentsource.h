#pragma once

#include "storage/productdocumentreader.h"
#include "util/result.h"

#include <QStringList>

#include <memory>

namespace Tessera {

// The products of a catalog as they were when the source was made, and readers of their
// documents that several threads use at once, each its own: the bulk read of a whole-catalog
// check, spread over the threads that convert the documents.
class ProductDocumentSource
{
public:
    virtual ~ProductDocumentSource() = default;

    // Every product id, in id order: the rows the readers read.
    virtual const QStringList &ids() const = 0;
    // A reader for the calling thread (then for whichever thread it is handed to, one at a
    // time).
    virtual Result<std::unique_ptr<ProductDocumentReader>> openReader() = 0;
};

} // namespace Tessera
