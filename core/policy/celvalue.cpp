#include "policy/celvalue.h"

#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celmap.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// Orders an int against a double: doubles beyond the int64 range are simply greater or
// smaller; within it the int converts to double, as CEL specifies (so 2^63 - 1 == 2^63 as doubles).
std::partial_ordering compareIntDouble(qint64 i, double d)
{
    if (std::isnan(d))
        return std::partial_ordering::unordered;
    if (d < -9223372036854775808.0)
        return std::partial_ordering::greater;
    if (d > 9223372036854775808.0)
        return std::partial_ordering::less;
    return double(i) <=> d;
}

std::partial_ordering compareUintDouble(quint64 u, double d)
{
    if (std::isnan(d))
        return std::partial_ordering::unordered;
    if (d < 0)
        return std::partial_ordering::greater;
    if (d > 18446744073709551616.0)
        return std::partial_ordering::less;
    return double(u) <=> d;
}

std::partial_ordering compareIntUint(qint64 i, quint64 u)
{
    if (i < 0)
        return std::partial_ordering::less;
    return quint64(i) <=> u;
}

// By code point, as CEL orders strings; QString's operator< orders UTF-16 units,
// which differs for characters beyond the BMP.
std::partial_ordering compareStrings(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        // Surrogates (0xD800-0xDFFF) encode code points above every BMP character.
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return xs ? std::partial_ordering::greater : std::partial_ordering::less;
        return x <=> y;
    }
    return a.size() <=> b.size();
}

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    CelValue::appendQuoted(out, s);
    return out;
}

QString formatDouble(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"+infinity"_s : u"-infinity"_s;
    QString s = QString::number(d, 'g', QLocale::FloatingPointShortest);
    // Keep a double recognisable as one in debug output.
    if (!s.contains(u'.') && !s.contains(u'e'))
        s += u".0"_s;
    return s;
}

} // namespace

namespace {

// A payload: the reference count, then the object at CelValue's PayloadOffset.
template<typename T>
struct Payload
{
    alignas(8) std::atomic<qint32> refs {1};
    T value;
    // Made in place from what the caller gives: a CelMap moved once, not three times.
    template<typename U>
    explicit Payload(U &&v) : value(std::forward<U>(v)) {}
};

} // namespace

template<typename T>
CelValue CelValue::make(Kind kind, T &&value)
{
    using Value = std::decay_t<T>;
    static_assert(offsetof(Payload<Value>, value) == PayloadOffset);
    CelValue v;
    v.m_shared = reinterpret_cast<Shared *>(new Payload<Value>(std::forward<T>(value)));
    v.m_kind = kind;
    v.m_owned = true;
    return v;
}

template<typename T>
CelValue CelValue::make(CelArena &arena, Kind kind, T &&value)
{
    // Never destroyed: T must own no memory of its own (raw data, or a CelMap::adopt map).
    using Value = std::decay_t<T>;
    CelValue v;
    void *memory = arena.allocate(sizeof(Payload<Value>), alignof(Payload<Value>));
    v.m_shared = reinterpret_cast<Shared *>(new (memory) Payload<Value>(std::forward<T>(value)));
    v.m_kind = kind;
    return v;
}

void CelValue::release() noexcept
{
    if (m_shared->refs.fetch_sub(1, std::memory_order_acq_rel) != 1)
        return;
    switch (m_kind) {
    case Kind::String:
    case Kind::Type:
    case Kind::Error:
        delete reinterpret_cast<Payload<QString> *>(m_shared);
        break;
    case Kind::Bytes:
        delete reinterpret_cast<Payload<QByteArray> *>(m_shared);
        break;
    case Kind::List:
        delete reinterpret_cast<Payload<QList<CelValue>> *>(m_shared);
        break;
    case Kind::Map:
        delete reinterpret_cast<Payload<CelMap> *>(m_shared);
        break;
    case Kind::Optional:
        delete reinterpret_cast<Payload<std::optional<CelValue>> *>(m_shared);
        break;
    default:
        break;
    }
}

void CelValue::appendQuoted(QString &out, QStringView s)
{
    const QChar *data = s.data();
    qsizetype plain = 0;
    while (plain < s.size() && data[plain].unicode() >= 0x20 && data[plain] != u'"' && data[plain] != u'\\')
        ++plain;
    if (plain == s.size()) {
        // Most strings need no escape: written in place at once (explanations show
        // thousands of them).
        const qsizetype at = out.size();
        out.resize(at + s.size() + 2);
        QChar *to = out.data() + at;
        *to = u'"';
        std::copy(data, data + s.size(), to + 1);
        to[s.size() + 1] = u'"';
        return;
    }
    out += u'"';
    // Runs of characters that need no escape are copied whole.
    qsizetype from = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + from, i - from);
        from = i + 1;
        switch (c) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            out += u"\\x"_s % QString::number(c, 16).rightJustified(2, u'0');
        }
    }
    out.append(data + from, s.size() - from);
    out += u'"';
}

CelValue CelValue::fromString(const QString &value)
{
    CelValue v = make(Kind::String, value);
    // The length, clipped, beside the pointer: unequal lengths tell unequal strings apart
    // without loading the payload.
    v.m_nanos = qint32(std::min<qsizetype>(value.size(), MaxInlineLength));
    return v;
}

CelValue CelValue::fromString(CelArena &arena, const char16_t *characters, qsizetype size)
{
    CelValue v = make(arena, Kind::String,
                      QString::fromRawData(reinterpret_cast<const QChar *>(characters), size));
    v.m_nanos = qint32(std::min<qsizetype>(size, MaxInlineLength));
    return v;
}

CelValue CelValue::fromString(CelArena &arena, QStringView text)
{
    auto *characters = arena.allocateArray<char16_t>(size_t(text.size()));
    std::copy(text.utf16(), text.utf16() + text.size(), characters);
    return fromString(arena, characters, text.size());
}

CelValue CelValue::fromLatin1(CelArena &arena, const char *latin1, qsizetype size)
{
    auto *characters = arena.allocateArray<char16_t>(size_t(size));
    const auto *from = reinterpret_cast<const quint8 *>(latin1);
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen characters at a time, the last sixteen overlapping those before: every string a
    // check keeps comes through here, and most are a few words long.
    const __m128i zero = _mm_setzero_si128();
    const auto widen16 = [&](qsizetype at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + at));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(characters + at), _mm_unpacklo_epi8(v, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(characters + at + 8), _mm_unpackhi_epi8(v, zero));
    };
    if (size >= 16) {
        for (; size - i > 16; i += 16)
            widen16(i);
        widen16(size - 16);
        i = size;
    } else if (size >= 8) {
        const auto widen8 = [&](qsizetype at) {
            const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(from + at));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(characters + at), _mm_unpacklo_epi8(v, zero));
        };
        widen8(0);
        widen8(size - 8);
        i = size;
    }
#endif
    for (; i < size; ++i)
        characters[i] = from[i];
    return fromString(arena, characters, size);
}

CelValue CelValue::fromList(CelArena &arena, CelValue *items, qsizetype size)
{
    return make(arena, Kind::List,
                QList<CelValue>(QArrayDataPointer<CelValue>::fromRawData(items, size)));
}

CelValue CelValue::fromMap(CelArena &arena, CelMap &&map)
{
    return make(arena, Kind::Map, std::move(map));
}

CelValue CelValue::fromBytes(const QByteArray &value)
{
    return make(Kind::Bytes, value);
}

CelValue CelValue::fromList(QList<CelValue> values)
{
    return make(Kind::List, std::move(values));
}

CelValue CelValue::fromMap(CelMap map)
{
    return make(Kind::Map, std::move(map));
}

CelValue CelValue::fromType(const QString &name)
{
    return make(Kind::Type, name);
}

CelValue CelValue::fromTimestamp(Time time)
{
    CelValue v;
    v.m_kind = Kind::Timestamp;
    v.m_int = time.seconds;
    v.m_nanos = time.nanos;
    return v;
}

CelValue CelValue::fromDuration(Time time)
{
    CelValue v = fromTimestamp(time);
    v.m_kind = Kind::Duration;
    return v;
}

CelValue CelValue::error(const QString &message)
{
    return make(Kind::Error, message);
}

CelValue CelValue::optionalOf(const CelValue &value)
{
    return make(Kind::Optional, std::optional<CelValue>(value));
}

CelValue CelValue::optionalNone()
{
    return make(Kind::Optional, std::optional<CelValue>());
}

bool CelValue::sameData(const CelValue &other) const
{
    // Kinds are equal; compares as the former std::variant did.
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return m_bool == other.m_bool;
    case Kind::Int:
        return m_int == other.m_int;
    case Kind::Uint:
        return m_uint == other.m_uint;
    case Kind::Double:
        return m_double == other.m_double;
    case Kind::String:
    case Kind::Type:
    case Kind::Error:
        return stringValue() == other.stringValue();
    case Kind::Bytes:
        return bytesValue() == other.bytesValue();
    case Kind::Optional: {
        const CelValue *a = optionalValue();
        const CelValue *b = other.optionalValue();
        return a && b ? *a == *b : a == b;
    }
    case Kind::List:
    case Kind::Map:
        return m_shared == other.m_shared;
    case Kind::Timestamp:
    case Kind::Duration:
        return timeValue() == other.timeValue();
    }
    return false;
}

QString CelValue::typeName() const
{
    switch (m_kind) {
    case Kind::Null:
        return u"null_type"_s;
    case Kind::Bool:
        return u"bool"_s;
    case Kind::Int:
        return u"int"_s;
    case Kind::Uint:
        return u"uint"_s;
    case Kind::Double:
        return u"double"_s;
    case Kind::String:
        return u"string"_s;
    case Kind::Bytes:
        return u"bytes"_s;
    case Kind::List:
        return u"list"_s;
    case Kind::Map:
        return u"map"_s;
    case Kind::Type:
        return u"type"_s;
    case Kind::Timestamp:
        return u"google.protobuf.Timestamp"_s;
    case Kind::Duration:
        return u"google.protobuf.Duration"_s;
    case Kind::Error:
        return u"error"_s;
    case Kind::Optional:
        return u"optional_type"_s;
    }
    return {};
}

bool CelValue::celEqualsOther(const CelValue &other) const
{
    if (isNumber() && other.isNumber())
        return celCompare(other) == std::partial_ordering::equivalent;
    if (m_kind != other.m_kind || m_kind == Kind::Error)
        return false;
    switch (m_kind) {
    case Kind::Optional: {
        const CelValue *a = optionalValue();
        const CelValue *b = other.optionalValue();
        return a && b ? a->celEquals(*b) : a == b;
    }
    case Kind::List: {
        const auto &a = listValue();
        const auto &b = other.listValue();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).celEquals(b.at(i)))
                return false;
        }
        return true;
    }
    case Kind::Map: {
        const auto &a = mapValue();
        const auto &b = other.mapValue();
        if (a.size() != b.size())
            return false;
        for (const auto &[key, value] : a.entries()) {
            const CelValue *found = b.find(key);
            if (!found || !value.celEquals(*found))
                return false;
        }
        return true;
    }
    default:
        return sameData(other);
    }
}

std::optional<std::partial_ordering> CelValue::celCompareOther(const CelValue &other) const
{
    switch (m_kind) {
    case Kind::Int:
        switch (other.m_kind) {
        case Kind::Int:
            return intValue() <=> other.intValue();
        case Kind::Uint:
            return compareIntUint(intValue(), other.uintValue());
        case Kind::Double:
            return compareIntDouble(intValue(), other.doubleValue());
        default:
            return std::nullopt;
        }
    case Kind::Uint:
        switch (other.m_kind) {
        case Kind::Int:
            return 0 <=> compareIntUint(other.intValue(), uintValue());
        case Kind::Uint:
            return uintValue() <=> other.uintValue();
        case Kind::Double:
            return compareUintDouble(uintValue(), other.doubleValue());
        default:
            return std::nullopt;
        }
    case Kind::Double:
        switch (other.m_kind) {
        case Kind::Int:
            return 0 <=> compareIntDouble(other.intValue(), doubleValue());
        case Kind::Uint:
            return 0 <=> compareUintDouble(other.uintValue(), doubleValue());
        case Kind::Double:
            return doubleValue() <=> other.doubleValue();
        default:
            return std::nullopt;
        }
    default:
        break;
    }
    if (m_kind != other.m_kind)
        return std::nullopt;
    switch (m_kind) {
    case Kind::Bool:
        return boolValue() <=> other.boolValue();
    case Kind::String:
        return compareStrings(stringValue(), other.stringValue());
    case Kind::Bytes: {
        // Unsigned bytewise, as CEL orders bytes.
        const int c = std::memcmp(bytesValue().constData(), other.bytesValue().constData(),
                                  size_t(std::min(bytesValue().size(), other.bytesValue().size())));
        if (c != 0)
            return c <=> 0;
        return bytesValue().size() <=> other.bytesValue().size();
    }
    case Kind::Timestamp:
    case Kind::Duration: {
        const Time a = timeValue();
        const Time b = other.timeValue();
        if (a.seconds != b.seconds)
            return a.seconds <=> b.seconds;
        return a.nanos <=> b.nanos;
    }
    default:
        return std::nullopt;
    }
}

QString CelValue::debugString() const
{
    switch (m_kind) {
    case Kind::Null:
        return u"null"_s;
    case Kind::Bool:
        return boolValue() ? u"true"_s : u"false"_s;
    case Kind::Int:
        return QString::number(intValue());
    case Kind::Uint:
        return QString::number(uintValue()) + u'u';
    case Kind::Double:
        return formatDouble(doubleValue());
    case Kind::String:
        return quoted(stringValue());
    case Kind::Bytes:
        return u"b"_s + quoted(QString::fromLatin1(bytesValue()));
    case Kind::List: {
        QStringList parts;
        for (const CelValue &v : listValue())
            parts += v.debugString();
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Kind::Map: {
        if (mapValue().isPartial()) {
            const CelValue whole = CelJson::complete(*this);
            if (!whole.mapValue().isPartial()) // else its text is gone: show what there is
                return whole.debugString();
        }
        QStringList parts;
        for (const auto &[key, value] : mapValue().entries())
            parts += key.debugString() + u": "_s + value.debugString();
        if (mapValue().isPartial()) // it has more members than it holds
            parts += u"…"_s;
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case Kind::Type:
        return stringValue();
    case Kind::Timestamp:
    case Kind::Duration: {
        const Time t = timeValue();
        return typeName() + u'(' + QString::number(t.seconds) + u"s "_s + QString::number(t.nanos)
            + u"ns)"_s;
    }
    case Kind::Error:
        return u"error("_s + stringValue() + u')';
    case Kind::Optional:
        if (const CelValue *value = optionalValue())
            return u"optional.of("_s + value->debugString() + u')';
        return u"optional.none()"_s;
    }
    return {};
}

bool operator==(const CelValue &a, const CelValue &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case CelValue::Kind::Double: {
        const double x = a.doubleValue();
        const double y = b.doubleValue();
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    case CelValue::Kind::List:
        return a.listValue() == b.listValue();
    case CelValue::Kind::Map: {
        const auto &x = a.mapValue();
        const auto &y = b.mapValue();
        if (x.size() != y.size())
            return false;
        for (const auto &[key, value] : x.entries()) {
            // Look up by exact kind: identity does not unify 1 and 1u.
            const CelValue *found = y.find(key);
            if (!found || !(*found == value))
                return false;
            const auto keyIt = std::find_if(y.entries().cbegin(), y.entries().cend(),
                                            [&](const CelMap::Entry &e) { return e.first == key; });
            if (keyIt == y.entries().cend())
                return false;
        }
        return true;
    }
    default:
        return a.sameData(b);
    }
}

} // namespace Tessera
