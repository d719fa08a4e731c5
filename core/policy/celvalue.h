#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <compare>
#include <cstddef>
#include <new>
#include <optional>
#include <utility>

namespace Tessera {

class CelArena;
class CelMap;

// A CEL runtime value in 16 bytes: a kind and either an inline scalar or a pointer to an
// immutable, reference-counted payload (string, bytes, list, map, type name, error message).
// Copying a scalar copies 16 bytes; copying anything else adds a reference. Errors are values
// too, because CEL propagates and absorbs them like operands (`false && error` is false).
// Values read into a CelArena, and borrowed() copies, hold no reference: they are as cheap to
// copy and drop as scalars and are valid as long as what they point to.
class CelValue final
{
public:
    enum class Kind : quint8 {
        Null,
        Bool,
        Int,
        Uint,
        Double,
        String,
        Bytes,
        List,
        Map,
        Type,
        Timestamp,
        Duration,
        Error,
        Optional, // optional.of(x) or optional.none()
    };

    // Seconds and nanoseconds as in google.protobuf.Timestamp/Duration; nanos has the sign of
    // seconds.
    struct Time
    {
        qint64 seconds = 0;
        qint32 nanos = 0;
        friend bool operator==(const Time &, const Time &) = default;
    };

    CelValue() noexcept : m_bits(0) {} // null
    CelValue(const CelValue &other) noexcept
        : m_kind(other.m_kind)
        , m_owned(other.m_owned)
        , m_nanos(other.m_nanos)
        , m_bits(other.m_bits)
    {
        if (m_owned)
            m_shared->refs.fetch_add(1, std::memory_order_relaxed);
    }
    CelValue(CelValue &&other) noexcept
        : m_kind(other.m_kind)
        , m_owned(other.m_owned)
        , m_nanos(other.m_nanos)
        , m_bits(other.m_bits)
    {
        other.m_kind = Kind::Null;
        other.m_owned = false;
    }
    // Both take what they assign before dropping the old payload, which may hold `other`.
    CelValue &operator=(const CelValue &other) noexcept
    {
        if (other.m_owned)
            other.m_shared->refs.fetch_add(1, std::memory_order_relaxed);
        replace(other.m_kind, other.m_owned, other.m_nanos, other.m_bits);
        return *this;
    }
    CelValue &operator=(CelValue &&other) noexcept
    {
        if (this == &other) [[unlikely]]
            return *this;
        const Kind kind = other.m_kind;
        const bool owned = other.m_owned;
        other.m_kind = Kind::Null;
        other.m_owned = false;
        replace(kind, owned, other.m_nanos, other.m_bits);
        return *this;
    }
    ~CelValue()
    {
        if (m_owned)
            release();
    }
    void swap(CelValue &other) noexcept
    {
        std::swap(m_kind, other.m_kind);
        std::swap(m_owned, other.m_owned);
        std::swap(m_nanos, other.m_nanos);
        std::swap(m_bits, other.m_bits);
    }

    // Scalars inline: policies make them by the million (sizes, comparisons).
    static CelValue fromBool(bool value)
    {
        CelValue v;
        v.m_kind = Kind::Bool;
        v.m_bool = value;
        return v;
    }
    static CelValue fromInt(qint64 value)
    {
        CelValue v;
        v.m_kind = Kind::Int;
        v.m_int = value;
        return v;
    }
    static CelValue fromUint(quint64 value)
    {
        CelValue v;
        v.m_kind = Kind::Uint;
        v.m_uint = value;
        return v;
    }
    static CelValue fromDouble(double value)
    {
        CelValue v;
        v.m_kind = Kind::Double;
        v.m_double = value;
        return v;
    }
    static CelValue fromString(const QString &value);
    static CelValue fromBytes(const QByteArray &value);
    static CelValue fromList(QList<CelValue> values);
    static CelValue fromMap(CelMap map);
    // A type value such as `int` or `list`; the name is the CEL type name.
    static CelValue fromType(const QString &name);
    static CelValue fromTimestamp(Time time);
    static CelValue fromDuration(Time time);
    static CelValue error(const QString &message);
    static CelValue optionalOf(const CelValue &value);
    static CelValue optionalNone();

    // Values whose payload is placed in `arena` (see CelArena). `characters` and `items`
    // must be in the arena already; `map` must have been built with CelMap::adopt.
    static CelValue fromString(CelArena &arena, const char16_t *characters, qsizetype size);
    // A copy of `text` in `arena`.
    static CelValue fromString(CelArena &arena, QStringView text);
    // A string of `size` Latin-1 characters at `latin1`, widened into `arena`.
    static CelValue fromLatin1(CelArena &arena, const char *latin1, qsizetype size);
    static CelValue fromList(CelArena &arena, CelValue *items, qsizetype size);
    static CelValue fromMap(CelArena &arena, CelMap &&map);
    // A copy that holds no reference, for values that outlive every use of the copy
    // (CelStringPool's, which live for ever).
    CelValue borrowed() const
    {
        CelValue v;
        v.m_kind = m_kind;
        v.m_nanos = m_nanos;
        v.m_bits = m_bits;
        return v;
    }
    // Whether this value holds a reference to its payload: false for scalars, for values in
    // an arena and for borrowed copies.
    bool isOwned() const { return m_owned; }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind == Kind::Error; }
    bool isNumber() const
    {
        return m_kind == Kind::Int || m_kind == Kind::Uint || m_kind == Kind::Double;
    }

    // Accessors: only valid for the matching kind.
    bool boolValue() const { return m_bool; }
    qint64 intValue() const { return m_int; }
    quint64 uintValue() const { return m_uint; }
    double doubleValue() const { return m_double; }
    // String, Type (its name) or Error (its message).
    const QString &stringValue() const { return payload<QString>(); }
    // A string's length in UTF-16 code units, without reading its payload unless it is huge.
    qsizetype stringLength() const
    {
        return m_nanos != MaxInlineLength ? qsizetype(m_nanos) : stringValue().size();
    }
    // Whether this is a string shorter than `length` (at most MaxInlineLength), told from the
    // value alone.
    bool isStringShorterThan(qint32 length) const { return m_kind == Kind::String && m_nanos < length; }
    const QByteArray &bytesValue() const { return payload<QByteArray>(); }
    const QList<CelValue> &listValue() const { return payload<QList<CelValue>>(); }
    const CelMap &mapValue() const { return payload<CelMap>(); }
    Time timeValue() const { return Time {m_int, m_nanos}; }
    // An Optional's value; null when it has none.
    const CelValue *optionalValue() const
    {
        const auto &value = payload<std::optional<CelValue>>();
        return value ? &*value : nullptr;
    }

    // The CEL type name: "int", "list", "google.protobuf.Timestamp", ...
    QString typeName() const;

    // CEL `==`: numbers compare by value across int/uint/double, other kinds must match,
    // NaN is unequal to everything. Never true for errors.
    bool celEquals(const CelValue &other) const
    {
        // Strings are what policies compare most; unequal lengths decide without the payload.
        if (m_kind == Kind::String && other.m_kind == Kind::String) {
            if (m_nanos != other.m_nanos && m_nanos != MaxInlineLength
                && other.m_nanos != MaxInlineLength)
                return false;
            return stringValue() == other.stringValue();
        }
        return celEqualsOther(other);
    }

    // CEL ordering. nullopt when no `<` overload exists for the two kinds;
    // unordered when a NaN is involved (every comparison is then false).
    std::optional<std::partial_ordering> celCompare(const CelValue &other) const
    {
        // Ints, which sizes are, first and inline.
        if (m_kind == Kind::Int && other.m_kind == Kind::Int)
            return m_int <=> other.m_int;
        return celCompareOther(other);
    }

    // For diagnostics and test output, in CEL literal syntax where there is one.
    QString debugString() const;
    // Appends `text` as debugString() shows a string: a CEL literal, escaped where it must be.
    static void appendQuoted(QString &out, QStringView text);

    // Identity, not CEL equality: kinds must match exactly and NaN equals NaN.
    // Used to compare results with expected values.
    friend bool operator==(const CelValue &a, const CelValue &b);

private:
    // The header of every payload; the payload object itself follows at PayloadOffset.
    struct alignas(8) Shared
    {
        std::atomic<qint32> refs {1};
    };
    static constexpr size_t PayloadOffset = 8;
    template<typename T>
    const T &payload() const
    {
        return *std::launder(
            reinterpret_cast<const T *>(reinterpret_cast<const char *>(m_shared) + PayloadOffset));
    }
    // Drops a reference; the last one destroys the payload.
    void release() noexcept;
    // Drops its own reference and takes these fields (and the reference they hold, if any).
    void replace(Kind kind, bool owned, qint32 nanos, quint64 bits) noexcept
    {
        if (m_owned)
            release();
        m_kind = kind;
        m_owned = owned;
        m_nanos = nanos;
        m_bits = bits;
    }
    template<typename T>
    static CelValue make(Kind kind, T &&value);
    template<typename T>
    static CelValue make(CelArena &arena, Kind kind, T &&value);
    bool sameData(const CelValue &other) const;
    bool celEqualsOther(const CelValue &other) const;
    std::optional<std::partial_ordering> celCompareOther(const CelValue &other) const;
    // A String's length in m_nanos saturates here.
    static constexpr qint32 MaxInlineLength = 0x7fffffff;

    Kind m_kind = Kind::Null;
    bool m_owned = false; // m_shared is a counted reference
    qint32 m_nanos = 0; // of a Timestamp or Duration (seconds in m_int); a String's length
    union {
        bool m_bool;
        qint64 m_int;
        quint64 m_uint;
        double m_double;
        Shared *m_shared;
        quint64 m_bits;
    };
};

} // namespace Tessera

Q_DECLARE_TYPEINFO(Tessera::CelValue, Q_RELOCATABLE_TYPE);
