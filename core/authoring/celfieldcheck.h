#pragma once

#include "authoring/documentschema.h"
#include "policy/celsourceerror.h"

#include <QCoreApplication>
#include <QList>

namespace Tessera {

struct CelAst;

// Finds field selections that the document schema says cannot exist: `product.owne` or
// `port.shema`. CEL reads documents as maps, so such a typo compiles and only fails when
// evaluated, as an error on every product; the editor shows these as warnings while typing.
// Followed through `product`, `upstream` (a list of product documents), macros over arrays
// and literal indexes; objects whose members the schema leaves open (customProperties) are
// not checked.
class CelFieldCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelFieldCheck)

public:
    // `productSlot` and `upstreamSlot` are the declared variables' slots (-1 when absent).
    static QList<CelSourceError> unknownFields(const CelAst &program, const DocumentSchema &schema,
                                               int productSlot, int upstreamSlot);
};

} // namespace Tessera
