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

    // A document in whichever stored form is quickest to convert: packed (CelPacked) when the
    // catalog keeps that form, else the JSON text of document().
    struct Stored
    {
        QByteArrayView bytes;
        bool packed = false;
    };
    // The same product's document in that form, valid until the next call.
    virtual Result<Stored> stored(qsizetype row)
    {
        auto text = document(row);
        if (!text)
            return Error {text.error()};
        return Stored {text.value(), false};
    }
};

} // namespace Tessera
