#pragma once

#include <QString>
#include <QStringView>

namespace Tessera {

class CelValue;

// One shared copy of each short string used as a map key: JSON documents' object keys and
// compiled programs' field names. A field lookup then usually recognises its key by the data
// pointer, without comparing characters, and documents share their keys' storage.
// Thread-safe; bounded, so that arbitrary documents cannot grow it without limit.
class CelStringPool final
{
public:
    // The pooled copy of `text`, or a plain copy when it is long or the pool is full.
    static QString intern(QStringView text);
    // The same as a CEL string: a borrowed() value (no reference to count) when pooled.
    static CelValue internValue(QStringView text);

    static constexpr qsizetype MaxLength = 64;
    static constexpr qsizetype MaxStrings = 65'536;
};

} // namespace Tessera
