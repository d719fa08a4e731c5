#pragma once

#include "policy/celvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <nlohmann/json_fwd.hpp>

namespace Tessera {

class CelArena;
class CelProjection;

// Conversions between CEL values and JSON. Stateless and thread-safe.
class CelJson final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelJson)

public:
    // A JSON document as CEL sees it: objects become maps with string keys, arrays lists,
    // integral numbers int (uint beyond int64), other numbers double. Product documents are
    // converted once this way and then evaluated by any number of policies.
    static CelValue fromJson(const nlohmann::json &json);
    // The same conversion straight from UTF-8 JSON text, without building a JSON tree: what
    // whole-catalog checks use for stored documents. Maps keep the document's key order
    // (fromJson's come sorted, as nlohmann's tree holds them). Strict RFC 8259 (one value, no comments,
    // no trailing commas, valid UTF-8, no lone surrogates, at most MaxDepth nested arrays and
    // objects); an object with a repeated key is an error too, since a CEL map cannot hold it.
    // The error names line and column. Object keys come from CelStringPool.
    [[nodiscard]] static Result<CelValue> parse(QByteArrayView utf8);
    // Only what `projection` says some programs read: objects keep the members it names and
    // their "id" (they are then partial maps, see CelMap::setSource), arrays whose elements
    // it reads are read element by element, and everything else is skipped unconverted
    // (and unchecked beyond its brackets and strings). Evaluating those programs gives the
    // same results as on the whole document, several times faster for typical policies.
    [[nodiscard]] static Result<CelValue> parse(const QByteArray &utf8,
                                                const CelProjection &projection);
    // The same with every string, list and map made in `arena`, which also keeps `utf8`
    // (raw data, see QByteArray::fromRawData, must outlive the arena itself): the result is
    // valid as long as the arena is, and costs nothing to free one by one.
    [[nodiscard]] static Result<CelValue> parse(const QByteArray &utf8,
                                                const CelProjection &projection, CelArena &arena);
    // Whether partial maps keep the text they were read from, to show all of it.
    enum class Text { Kept, Dropped };
    // The same; with Text::Dropped, partial maps keep no text (CelMap::setTextDropped()) and
    // nothing in the result refers to `utf8`, which need not outlive the arena. For values
    // that are summed up rather than shown whole: a product document shows its id.
    [[nodiscard]] static Result<CelValue> parse(const QByteArray &utf8, const CelProjection &projection,
                                                CelArena &arena, Text text);
    // For readers that walk JSON text themselves (CelPacked::fromJson): the scalar (number,
    // string, true, false or null) at `offset` in `utf8`, read as parse() reads it, and
    // `offset` moved past it. The error names line and column in `utf8`.
    [[nodiscard]] static Result<CelValue> scalarAt(QByteArrayView utf8, qsizetype &offset);
    // The same readers' own errors as parse() words them: `reason` at the line and column of
    // `offset`.
    static QString errorAt(QByteArrayView utf8, qsizetype offset, const QString &reason);
    // A partial map as the whole object it was read from; any other value as it is.
    // For showing values, not for evaluating.
    static CelValue complete(const CelValue &value);
    static constexpr int MaxDepth = 512;

    // The typed-value form of `tessera-cli cel`: {"type": T, "value": V}. T is int, uint,
    // double, bool, string, bytes (V base64), null_type, list (V an array of typed values),
    // map (V an array of [key, value] pairs), google.protobuf.Timestamp (V RFC 3339),
    // google.protobuf.Duration (V like "3600s"), type (V the type's name) or optional_type
    // (V the typed value, or null for optional.none(); output only). Non-finite
    // doubles are "inf", "-inf" and "nan"; 64-bit integers are JSON numbers.
    // Errors are not values here: callers report them.
    static nlohmann::json toTyped(const CelValue &value);
    // The inverse; the error names the JSON pointer of what is wrong.
    static Result<CelValue> fromTyped(const nlohmann::json &typed);
};

} // namespace Tessera
