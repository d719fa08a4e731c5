#pragma once

#include "policy/celjson.h"
#include "policy/celvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace Tessera {

class CelArena;
class CelProjection;

// A JSON document in a compact binary form that reads back as CelJson::parse reads the text,
// without tokenising it: every value starts with a tag, and strings, arrays and objects with
// their length in bytes, so that what a check does not read is stepped over at once. Catalogs
// store it beside each product's canonical JSON (see SqliteCatalog), for whole-catalog checks
// to convert documents several times faster. Stateless and thread-safe.
//
// A packed document is the format byte (FormatVersion) and one value. A value is a tag byte,
// then: nothing (null, false, true); 8 little-endian bytes (int, uint, double); the byte length
// and the bytes (strings: ASCII or UTF-8); the count, the byte length and the items (arrays);
// the count, the byte length, and then a hash of the keys (8 bytes), the keys' byte length,
// the keys and the values (objects). A key is its byte length times two, plus one when it is
// not ASCII, then its UTF-8 bytes. Lengths and counts are unsigned LEB128. Tags are bytes that
// never begin JSON text, so that a partial map shows its whole object from either kind of
// source (CelJson::complete). Objects of a kind (a schema's fields) share their keys: a reader
// works out once, by the hash and then by the keys themselves, which values it keeps.
class CelPacked final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelPacked)

public:
    // The first byte of every packed document; a reader that meets another falls back to the
    // JSON text.
    static constexpr char FormatVersion = 1;

    // The packed form of a JSON document, which must be what CelJson::parse() accepts.
    [[nodiscard]] static Result<QByteArray> fromJson(QByteArrayView utf8);

    // A packed document read back whole: what CelJson::parse() gives for its JSON text.
    [[nodiscard]] static Result<CelValue> read(QByteArrayView packed);
    // Only what `projection` reads, into `arena`, as CelJson::parse() does with the same
    // arguments: partial maps show their whole objects from `packed` with Text::Kept (it must
    // then outlive the arena; raw data will do), and keep nothing of it with Text::Dropped.
    [[nodiscard]] static Result<CelValue> read(const QByteArray &packed, const CelProjection &projection,
                                               CelArena &arena, CelJson::Text text);
    // One value of a packed document (no format byte), read whole: how a partial map read
    // from a packed document shows its object.
    [[nodiscard]] static Result<CelValue> readValue(QByteArrayView value);
    // Whether `bytes` begins with a packed value rather than JSON text.
    static bool isPackedValue(QByteArrayView bytes);

    // The document's "id" when it is the first member of its object and a string, as
    // canonical product documents have it; read without converting the document.
    static std::optional<QString> leadingId(QByteArrayView packed);
};

} // namespace Tessera
