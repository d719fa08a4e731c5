#include "policy/celjson.h"

#include "policy/celarena.h"
#include "policy/celjsonscan.h"
#include "policy/celmap.h"
#include "policy/celpacked.h"
#include "policy/celprojection.h"
#include "policy/celstringpool.h"
#include "policy/celtime.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;

namespace Tessera {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

std::string typeNameOf(const CelValue &value)
{
    switch (value.kind()) {
    case CelValue::Kind::Null:
        return "null_type";
    case CelValue::Kind::Type:
        return "type";
    default:
        return value.typeName().toStdString();
    }
}

struct TypedReader
{
    QString problem;

    bool fail(const QString &pointer, const QString &reason)
    {
        if (problem.isEmpty())
            problem = CelJson::tr("%1: %2").arg(pointer.isEmpty() ? u"/"_s : pointer, reason);
        return false;
    }

    std::optional<CelValue> read(const Json &typed, const QString &pointer)
    {
        if (!typed.is_object() || !typed.contains("type")) {
            fail(pointer, CelJson::tr("expected an object {\"type\": …, \"value\": …}"));
            return std::nullopt;
        }
        const Json &typeJson = typed.at("type");
        if (!typeJson.is_string()) {
            fail(pointer + u"/type"_s, CelJson::tr("expected a string"));
            return std::nullopt;
        }
        const std::string type = typeJson.get<std::string>();
        static const Json nullJson;
        const Json &v = typed.contains("value") ? typed.at("value") : nullJson;
        const QString at = pointer + u"/value"_s;
        const auto wrong = [&](const QString &expected) -> std::optional<CelValue> {
            fail(at, CelJson::tr("a %1 value must be %2").arg(qs(type), expected));
            return std::nullopt;
        };
        if (type == "null_type")
            return v.is_null() ? std::optional(CelValue()) : wrong(CelJson::tr("null"));
        if (type == "bool")
            return v.is_boolean() ? std::optional(CelValue::fromBool(v.get<bool>()))
                                  : wrong(CelJson::tr("true or false"));
        if (type == "int") {
            if (v.is_number_integer() && !(v.is_number_unsigned()
                                           && v.get<quint64>() > quint64(std::numeric_limits<qint64>::max())))
                return CelValue::fromInt(v.get<qint64>());
            return wrong(CelJson::tr("an integer within 64 bits"));
        }
        if (type == "uint") {
            if (v.is_number_unsigned() || (v.is_number_integer() && v.get<qint64>() >= 0))
                return CelValue::fromUint(v.get<quint64>());
            return wrong(CelJson::tr("a non-negative integer"));
        }
        if (type == "double") {
            if (v.is_number())
                return CelValue::fromDouble(v.get<double>());
            if (v.is_string()) {
                const std::string s = v.get<std::string>();
                if (s == "inf" || s == "+inf" || s == "Infinity")
                    return CelValue::fromDouble(std::numeric_limits<double>::infinity());
                if (s == "-inf" || s == "-Infinity")
                    return CelValue::fromDouble(-std::numeric_limits<double>::infinity());
                if (s == "nan" || s == "NaN")
                    return CelValue::fromDouble(std::numeric_limits<double>::quiet_NaN());
            }
            return wrong(CelJson::tr("a number, \"inf\", \"-inf\" or \"nan\""));
        }
        if (type == "string")
            return v.is_string() ? std::optional(CelValue::fromString(qs(v.get<std::string>())))
                                 : wrong(CelJson::tr("a string"));
        if (type == "bytes") {
            if (!v.is_string())
                return wrong(CelJson::tr("base64 text"));
            const auto decoded = QByteArray::fromBase64Encoding(
                QByteArray::fromStdString(v.get<std::string>()),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return wrong(CelJson::tr("base64 text"));
            return CelValue::fromBytes(*decoded);
        }
        if (type == "list") {
            if (!v.is_array())
                return wrong(CelJson::tr("an array of typed values"));
            QList<CelValue> items;
            items.reserve(qsizetype(v.size()));
            for (size_t i = 0; i < v.size(); ++i) {
                auto item = read(v[i], at + u'/' + QString::number(i));
                if (!item)
                    return std::nullopt;
                items.append(std::move(*item));
            }
            return CelValue::fromList(std::move(items));
        }
        if (type == "map") {
            if (!v.is_array())
                return wrong(CelJson::tr("an array of [key, value] pairs"));
            CelMap map;
            for (size_t i = 0; i < v.size(); ++i) {
                const QString entryAt = at + u'/' + QString::number(i);
                if (!v[i].is_array() || v[i].size() != 2) {
                    fail(entryAt, CelJson::tr("expected a [key, value] pair"));
                    return std::nullopt;
                }
                auto key = read(v[i][0], entryAt + u"/0"_s);
                if (!key)
                    return std::nullopt;
                auto value = read(v[i][1], entryAt + u"/1"_s);
                if (!value)
                    return std::nullopt;
                if (!CelMap::isValidKey(*key)) {
                    fail(entryAt + u"/0"_s, CelJson::tr("a map key must be bool, int, uint or string"));
                    return std::nullopt;
                }
                if (!map.insert(*key, *value)) {
                    fail(entryAt + u"/0"_s, CelJson::tr("duplicate map key %1").arg(key->debugString()));
                    return std::nullopt;
                }
            }
            return CelValue::fromMap(std::move(map));
        }
        if (type == "google.protobuf.Timestamp" || type == "google.protobuf.Duration") {
            if (!v.is_string())
                return wrong(CelJson::tr("a string"));
            const CelValue text = CelValue::fromString(qs(v.get<std::string>()));
            CelValue converted = type == "google.protobuf.Timestamp" ? CelTime::timestamp(text)
                                                                     : CelTime::duration(text);
            if (converted.isError()) {
                fail(at, converted.stringValue());
                return std::nullopt;
            }
            return converted;
        }
        if (type == "type") {
            if (!v.is_string())
                return wrong(CelJson::tr("a type name"));
            return CelValue::fromType(qs(v.get<std::string>()));
        }
        fail(pointer + u"/type"_s, CelJson::tr("unknown type \"%1\"").arg(qs(type)));
        return std::nullopt;
    }
};

} // namespace

namespace {

// Object keys repeat across a document (every field has a "description"): one shared string per
// key keeps the converted document small and its keys hot in the cache when policies look
// fields up.
using KeyCache = std::unordered_map<std::string, CelValue>;

CelValue convert(const Json &json, KeyCache &keys)
{
    switch (json.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return {};
    case Json::value_t::boolean:
        return CelValue::fromBool(json.get<bool>());
    case Json::value_t::number_integer:
        return CelValue::fromInt(json.get<qint64>());
    case Json::value_t::number_unsigned: {
        const quint64 u = json.get<quint64>();
        if (u <= quint64(std::numeric_limits<qint64>::max()))
            return CelValue::fromInt(qint64(u));
        return CelValue::fromUint(u);
    }
    case Json::value_t::number_float:
        return CelValue::fromDouble(json.get<double>());
    case Json::value_t::string:
        return CelValue::fromString(qs(json.get_ref<const std::string &>()));
    case Json::value_t::binary:
        return CelValue::fromBytes(QByteArray(reinterpret_cast<const char *>(json.get_binary().data()),
                                              qsizetype(json.get_binary().size())));
    case Json::value_t::array: {
        QList<CelValue> items;
        items.reserve(qsizetype(json.size()));
        for (const Json &item : json)
            items.append(convert(item, keys));
        return CelValue::fromList(std::move(items));
    }
    case Json::value_t::object: {
        CelMap map;
        map.reserve(qsizetype(json.size()));
        for (auto it = json.begin(); it != json.end(); ++it) {
            auto key = keys.find(it.key());
            if (key == keys.end())
                key = keys.emplace(it.key(), CelValue::fromString(CelStringPool::intern(qs(it.key()))))
                          .first;
            map.insert(key->second, convert(it.value(), keys));
        }
        return CelValue::fromMap(std::move(map));
    }
    }
    return {};
}

} // namespace

CelValue CelJson::fromJson(const Json &json)
{
    KeyCache keys;
    return convert(json, keys);
}

namespace {

using CelJsonScan::hashBytes;
using CelJsonScan::plainEnd;

// Recently read short strings of this thread, by their UTF-8 bytes. Documents repeat their keys
// and many values ("", "table", "steward"); a hit costs neither a conversion nor an allocation.
// Direct-mapped, so that a stream of distinct values (ids, names) cannot grow it: a newcomer
// takes its slot.
template<size_t Slots, qsizetype Longest>
class RecentStrings
{
public:
    static constexpr qsizetype MaxLength = Longest;

    struct Slot
    {
        size_t hash = 0;
        qsizetype length = -1;
        std::array<char, size_t(Longest)> text {};
        CelValue value;
        size_t mapHash = 0; // of a key: CelMap::hashOf(value), which maps need
    };

    const Slot *find(QByteArrayView bytes, size_t hash) const
    {
        const Slot &slot = m_slots[hash & (Slots - 1)];
        if (slot.hash == hash && slot.length == bytes.size()
            && std::memcmp(slot.text.data(), bytes.data(), size_t(bytes.size())) == 0)
            return &slot;
        return nullptr;
    }
    const Slot &insert(QByteArrayView bytes, size_t hash, const CelValue &value, size_t mapHash = 0)
    {
        Slot &slot = m_slots[hash & (Slots - 1)];
        slot.hash = hash;
        slot.length = bytes.size();
        std::memcpy(slot.text.data(), bytes.data(), size_t(bytes.size()));
        slot.value = value;
        slot.mapHash = mapHash;
        return slot;
    }

private:
    std::array<Slot, Slots> m_slots {};
};

// The keys last met, in order, in objects read through one projection, with the member each
// is (or -1): objects of a kind (a schema's fields) come by the hundred with the same keys in
// the same order, and a key that is the one expected is then known by comparing its bytes,
// without finding where it ends and looking it up. Plain keys of up to 24 bytes only.
struct KeyShape
{
    static constexpr int MaxKeys = 16;
    static constexpr qsizetype MaxLength = 24;
    struct Key
    {
        std::array<quint64, 3> bytes {}; // zero-padded
        std::array<quint64, 3> masks {}; // of the bytes that belong to the key
        qsizetype length = 0;
        qsizetype member = -1;
    };
    const CelProjection *projection = nullptr;
    quint64 serial = 0;
    int count = 0;
    std::array<Key, MaxKeys> keys;

    static quint64 wordAt(const char *p)
    {
        quint64 word;
        std::memcpy(&word, p, 8);
        return word;
    }
    // Whether the text at `p` (with at least MaxLength + 1 bytes after it) is key `k` followed
    // by its closing quote.
    static bool matches(const Key &k, const char *p)
    {
        return (((wordAt(p) ^ k.bytes[0]) & k.masks[0]) | ((wordAt(p + 8) ^ k.bytes[1]) & k.masks[1])
                | ((wordAt(p + 16) ^ k.bytes[2]) & k.masks[2])) == 0
            && p[k.length] == '"';
    }
    // Keys are remembered in order from the first: a key that cannot be (too long, or not
    // plain) ends what is known of the order, so that no entry of an earlier object, or of
    // an earlier projection in this slot, is ever taken for this one's.
    void forget(int position) { count = std::min(count, position); }
    void remember(int position, QByteArrayView name, qsizetype member)
    {
        if (position > count || position >= MaxKeys || name.size() > MaxLength) {
            forget(position);
            return;
        }
        Key &k = keys[std::size_t(position)];
        k = Key {};
        std::memcpy(k.bytes.data(), name.data(), std::size_t(name.size()));
        for (std::size_t w = 0; w < 3; ++w) {
            const qsizetype inWord = std::clamp<qsizetype>(name.size() - qsizetype(8 * w), 0, 8);
            k.masks[w] = inWord == 8 ? ~quint64(0) : (quint64(1) << (8 * inWord)) - 1;
        }
        k.length = name.size();
        k.member = member;
        count = position + 1;
    }
};

// What a thread keeps between parses: the string caches, and one stack on which the elements of
// every open array and object wait until it closes and its list or map is built at its size.
struct ParseScratch
{
    RecentStrings<256, CelStringPool::MaxLength> keys; // pooled strings
    RecentStrings<2048, 32> values;
    std::vector<CelValue> stack;
    std::vector<size_t> keyHashes; // beside the keys on the stack, when maps go in an arena
    std::array<KeyShape, 32> shapes;

    KeyShape &shapeOf(const CelProjection &projection)
    {
        const auto address = reinterpret_cast<quintptr>(&projection);
        KeyShape &shape = shapes[((address >> 4) ^ (address >> 10)) % shapes.size()];
        if (shape.projection != &projection || shape.serial != projection.serial()) {
            shape.projection = &projection;
            shape.serial = projection.serial();
            shape.count = 0;
        }
        return shape;
    }
};


// The closing quote of a string whose text starts at p, unchecked (escapes are skipped, not
// read); null when it does not end. Skipped strings are mostly short: a vector compare beats
// a call to memchr and a look back for backslashes.
const char *closingQuote(const char *p, const char *end)
{
    while (true) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        int mask = 0;
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask)
                break;
            p += 16;
        }
        if (mask) {
            p += qCountTrailingZeroBits(quint32(mask));
        } else
#endif
        {
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p == end)
                return nullptr;
        }
        if (*p == '"')
            return p;
        p += 2; // a backslash and the character it escapes
        if (p >= end)
            return nullptr;
    }
}

// The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates,
// nothing beyond U+10FFFF), or 0.
int utf8Length(const char *p, const char *end)
{
    const auto at = [&](qsizetype i) { return p + i < end ? quint8(p[i]) : 0; };
    const auto cont = [&](qsizetype i, quint8 low = 0x80, quint8 high = 0xbf) {
        const quint8 c = at(i);
        return c >= low && c <= high;
    };
    const quint8 c = at(0);
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c == 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c == 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

class JsonReader
{
public:
    // With a projection, `document` is the text (shared by the partial maps).
    // With an arena, every string, list and map is made in it (see CelArena).
    JsonReader(QByteArrayView text, ParseScratch &scratch, const CelProjection *projection = nullptr,
               const QByteArray *document = nullptr, CelArena *arena = nullptr)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_scratch(scratch)
        , m_projection(projection)
        , m_document(document)
        , m_arena(arena)
    {
    }

    Result<CelValue> run()
    {
        const size_t base = m_scratch.stack.size();
        const size_t hashBase = m_scratch.keyHashes.size();
        CelValue value;
        skipSpace();
        bool ok = readProjected(value, 0, m_projection);
        if (ok) {
            skipSpace();
            if (m_p != m_end)
                ok = fail(m_p, CelJson::tr("unexpected text after the JSON value"));
        }
        m_scratch.stack.resize(base);
        m_scratch.keyHashes.resize(hashBase);
        if (!ok)
            return Error {m_error};
        return value;
    }

    // The scalar at `at` (a number, string, true, false or null), for a caller walking the
    // text itself; `at` is moved past it.
    // The message fail() would give for `reason` at `at`.
    QString errorAt(const char *at, const QString &reason)
    {
        fail(at, reason);
        return m_error;
    }

    Result<CelValue> scalarAt(const char *&at)
    {
        m_p = at;
        CelValue value;
        const bool ok = m_p < m_end && (*m_p == '"' ? readString(value, false)
                                                    : *m_p != '{' && *m_p != '[' && readValue(value, 0));
        if (!ok) {
            if (m_error.isEmpty())
                fail(m_p, CelJson::tr("expected a JSON value"));
            return Error {m_error};
        }
        at = m_p;
        return value;
    }

private:
    bool fail(const char *at, const QString &reason)
    {
        // Positions are worked out only now: counting lines while reading would slow every
        // document down for the rare bad one.
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *p = m_begin; p < at; ++p) {
            if (*p == '\n') {
                ++line;
                lineStart = p + 1;
            }
        }
        int column = 1;
        for (const char *p = lineStart; p < at; ++p) {
            if ((quint8(*p) & 0xc0) != 0x80)
                ++column;
        }
        m_error = CelJson::tr("JSON line %1, column %2: %3").arg(line).arg(column).arg(reason);
        return false;
    }

    void skipSpace()
    {
        // Stored documents are compact: between their tokens there is mostly nothing to skip.
        if (m_p < m_end && quint8(*m_p) > quint8(' ')) [[likely]]
            return;
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word, size_t length, CelValue value, CelValue &out)
    {
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return fail(m_p, CelJson::tr("expected a JSON value"));
        m_p += length;
        out = std::move(value);
        return true;
    }

    bool readValue(CelValue &out, int depth)
    {
        if (m_p == m_end)
            return fail(m_p, CelJson::tr("expected a JSON value, found the end"));
        switch (*m_p) {
        case '{':
            return readObject(out, depth);
        case '[':
            return readArray(out, depth);
        case '"':
            return readString(out, false);
        case 't':
            return literal("true", 4, CelValue::fromBool(true), out);
        case 'f':
            return literal("false", 5, CelValue::fromBool(false), out);
        case 'n':
            return literal("null", 4, CelValue(), out);
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return readNumber(out);
            return fail(m_p, CelJson::tr("expected a JSON value"));
        }
    }

    // Reads what `projection` needs of the value at m_p (all of it when null).
    bool readProjected(CelValue &out, int depth, const CelProjection *projection)
    {
        if (!projection || projection->isWhole() || m_p == m_end)
            return readValue(out, depth);
        // Iterating an object, or taking its size, reads all its keys.
        const CelProjection *elements = projection->findElements();
        if (*m_p == '{' && !elements && !projection->isSized())
            return readObject(out, depth, projection);
        if (*m_p == '[' && (elements || projection->isSized())) {
            static const CelProjection presence;
            return readArray(out, depth, elements ? elements : &presence);
        }
        return readValue(out, depth);
    }

    // Moves past the value at m_p without converting it. Only its brackets and strings are
    // followed: what nobody reads is not checked either.
    bool skipValue(int depth)
    {
        const char *start = m_p;
        int nesting = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                const char *quote = closingQuote(m_p + 1, m_end);
                if (!quote)
                    return fail(m_p, CelJson::tr("the string does not end"));
                m_p = quote + 1;
                if (nesting == 0)
                    return true;
                continue;
            }
            if (c == '{' || c == '[') {
                if (depth + ++nesting > CelJson::MaxDepth)
                    return fail(m_p, CelJson::tr("nested more than %1 levels deep").arg(CelJson::MaxDepth));
                ++m_p;
                continue;
            }
            if (c == '}' || c == ']') {
                if (nesting == 0)
                    break;
                ++m_p;
                if (--nesting == 0)
                    return true;
                continue;
            }
            if (nesting == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
                break;
            ++m_p;
        }
        if (nesting > 0)
            return fail(start, CelJson::tr("expected a JSON value, found the end"));
        if (m_p == start)
            return fail(m_p, CelJson::tr("expected a JSON value"));
        return true;
    }

    bool enter(int depth)
    {
        if (depth >= CelJson::MaxDepth)
            return fail(m_p, CelJson::tr("nested more than %1 levels deep").arg(CelJson::MaxDepth));
        ++m_p;
        skipSpace();
        return true;
    }

    // After an element: true at the closing bracket (consumed), false with an error or after a
    // comma (consumed, the next element follows).
    bool next(char close, bool &closed)
    {
        if (m_p < m_end && *m_p == ',') [[likely]] { // compact, as stored documents are
            ++m_p;
            skipSpace();
            closed = false;
            return true;
        }
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipSpace();
            closed = false;
            return true;
        }
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            closed = true;
            return true;
        }
        return fail(m_p, close == ']' ? CelJson::tr("expected ',' or ']'")
                                      : CelJson::tr("expected ',' or '}'"));
    }

    bool readArray(CelValue &out, int depth, const CelProjection *elements = nullptr)
    {
        if (!enter(depth))
            return false;
        std::vector<CelValue> &stack = m_scratch.stack;
        const size_t base = stack.size();
        bool closed = m_p < m_end && *m_p == ']';
        if (closed)
            ++m_p;
        while (!closed) {
            // Read into a local: nested containers may grow (and move) the stack.
            CelValue item;
            if (!readProjected(item, depth + 1, elements))
                return false;
            stack.push_back(std::move(item));
            if (!next(']', closed))
                return false;
        }
        const qsizetype count = qsizetype(stack.size() - base);
        if (m_arena) {
            CelValue *items = m_arena->allocateArray<CelValue>(size_t(count));
            std::uninitialized_move(stack.begin() + qsizetype(base), stack.end(), items);
            stack.resize(base);
            out = CelValue::fromList(*m_arena, items, count);
            return true;
        }
        QList<CelValue> items;
        items.reserve(count);
        for (size_t i = base; i < stack.size(); ++i)
            items.append(std::move(stack[i]));
        stack.resize(base);
        out = CelValue::fromList(std::move(items));
        return true;
    }

    // With a projection, only the members it names (and "id", which names the object wherever
    // it is shown) are converted and the others skipped: a partial map.
    bool readObject(CelValue &out, int depth, const CelProjection *projection = nullptr)
    {
        static const QString id = CelStringPool::intern(u"id");
        const char *start = m_p;
        if (!enter(depth))
            return false;
        std::vector<CelValue> &stack = m_scratch.stack;
        const size_t base = stack.size();
        const size_t hashBase = m_scratch.keyHashes.size();
        bool skipped = false;
        KeyShape *shape = projection ? &m_scratch.shapeOf(*projection) : nullptr;
        int position = 0;
        bool closed = m_p < m_end && *m_p == '}';
        if (closed)
            ++m_p;
        while (!closed) {
            if (m_p == m_end || *m_p != '"')
                return fail(m_p, CelJson::tr("expected a string key"));
            CelValue key;
            const CelProjection *member = nullptr;
            bool keep = true;
            // A plain ASCII key is matched against the projection as it stands in the text,
            // and only made into a value when the member is kept: the key expected here, or
            // looked up.
            const char *plain = nullptr;
            qsizetype at = -1;
            if (shape && position < shape->count && m_end - m_p > KeyShape::MaxLength + 1
                && KeyShape::matches(shape->keys[std::size_t(position)], m_p + 1)) {
                const KeyShape::Key &expected = shape->keys[std::size_t(position)];
                plain = m_p + 1 + expected.length;
                at = expected.member;
            } else if (projection) {
                plain = plainEnd(m_p + 1, m_end);
                if (plain < m_end && *plain == '"') {
                    at = projection->indexOfMember(QByteArrayView(m_p + 1, plain));
                    if (shape)
                        shape->remember(position, QByteArrayView(m_p + 1, plain), at);
                } else {
                    plain = nullptr;
                    if (shape)
                        shape->forget(position);
                }
            }
            ++position;
            if (plain) {
                const QByteArrayView name(m_p + 1, plain);
                m_p = plain + 1;
                if (at >= 0 && projection->memberKey(at).kind() == CelValue::Kind::String) {
                    // The projection has the key made already.
                    member = &projection->memberAt(at);
                    key = projection->memberKey(at);
                    m_keyHash = projection->memberKeyHash(at);
                } else {
                    member = at >= 0 ? &projection->memberAt(at) : nullptr;
                    keep = member || name == "id";
                    if (keep)
                        key = cached(name, true, [&] { return QString::fromLatin1(name); });
                }
            } else {
                if (!readString(key, true))
                    return false;
                if (projection) {
                    const QString &name = key.stringValue();
                    member = projection->findMember(name);
                    keep = member || name.constData() == id.constData() || name == id;
                }
            }
            const size_t keyHash = m_keyHash;
            if (m_p < m_end && *m_p == ':') [[likely]] { // compact, as stored documents are
                ++m_p;
            } else {
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return fail(m_p, CelJson::tr("expected ':'"));
                ++m_p;
            }
            skipSpace();
            if (!keep) {
                if (!skipValue(depth + 1))
                    return false;
                skipped = true;
                if (!next('}', closed))
                    return false;
                continue;
            }
            CelValue item;
            const bool nested = shape && m_p < m_end && (*m_p == '{' || *m_p == '[');
            if (!readProjected(item, depth + 1, member))
                return false;
            // An object below, read through a projection of its own, may have taken the
            // slot: then it is claimed again, knowing nothing of the order.
            if (nested && (shape->projection != projection || shape->serial != projection->serial())) [[unlikely]]
                shape = &m_scratch.shapeOf(*projection);
            stack.push_back(std::move(key));
            stack.push_back(std::move(item));
            if (m_arena)
                m_scratch.keyHashes.push_back(keyHash);
            if (!next('}', closed))
                return false;
        }
        const auto repeated = [&] {
            // Named by the first key that occurs twice.
            for (size_t i = base; i < stack.size(); i += 2) {
                for (size_t j = base; j < i; j += 2) {
                    if (stack[j].stringValue() == stack[i].stringValue())
                        return fail(start, CelJson::tr("the object has the key \"%1\" twice")
                                               .arg(stack[i].stringValue()));
                }
            }
            return fail(start, CelJson::tr("the object has a key twice"));
        };
        CelMap map;
        if (m_arena) {
            const qsizetype count = qsizetype(stack.size() - base) / 2;
            auto *entries = m_arena->allocateArray<CelMap::Entry>(size_t(count));
            for (qsizetype i = 0; i < count; ++i) {
                new (entries + i) CelMap::Entry(std::move(stack[base + size_t(2 * i)]),
                                                std::move(stack[base + size_t(2 * i) + 1]));
            }
            const bool adopted = map.adopt(*m_arena, entries, count,
                                           m_scratch.keyHashes.data() + hashBase);
            m_scratch.keyHashes.resize(hashBase);
            if (!adopted) {
                for (qsizetype i = 0; i < count; ++i) {
                    stack[base + size_t(2 * i)] = entries[i].first;
                    stack[base + size_t(2 * i) + 1] = entries[i].second;
                }
                return repeated();
            }
            stack.resize(base);
            if (skipped && !m_document) {
                map.setTextDropped();
            } else if (skipped) {
                // The arena keeps the document (CelJson::parse), so a raw view of it will do.
                map.setSource(QByteArray::fromRawData(m_document->constData(), m_document->size()),
                              start - m_begin, m_p - start);
            }
            out = CelValue::fromMap(*m_arena, std::move(map));
            return true;
        }
        map.reserve(qsizetype(stack.size() - base) / 2);
        for (size_t i = base; i < stack.size(); i += 2) {
            if (!map.insert(stack[i], stack[i + 1]))
                return repeated();
        }
        stack.resize(base);
        if (skipped && m_document)
            map.setSource(*m_document, start - m_begin, m_p - start);
        else if (skipped)
            map.setTextDropped();
        out = CelValue::fromMap(std::move(map));
        return true;
    }

    bool readString(CelValue &out, bool key)
    {
        const char *open = m_p;
        const char *p = m_p + 1;
        bool ascii = true;
        while (true) {
            p = plainEnd(p, m_end);
            if (p == m_end)
                return fail(open, CelJson::tr("the string does not end"));
            const quint8 c = quint8(*p);
            if (c == '"')
                break;
            if (c == '\\')
                return readEscapedString(out, key, p);
            if (c < 0x20)
                return fail(p, CelJson::tr("a control character in a string must be escaped"));
            const int length = utf8Length(p, m_end);
            if (length == 0)
                return fail(p, CelJson::tr("invalid UTF-8"));
            ascii = false;
            p += length;
        }
        const QByteArrayView bytes(open + 1, p);
        m_p = p + 1;
        if (m_arena && !key) {
            out = ascii ? arenaLatin1(bytes) : arenaString(QString::fromUtf8(bytes));
            return true;
        }
        out = cached(bytes, key, [&] {
            return ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
        });
        return true;
    }

    // The string from `open` on, which has an escape at `escape`.
    bool readEscapedString(CelValue &out, bool key, const char *escape)
    {
        const char *open = m_p;
        QString text = QString::fromUtf8(QByteArrayView(open + 1, escape));
        const char *p = escape;
        while (true) {
            if (p == m_end)
                return fail(open, CelJson::tr("the string does not end"));
            const quint8 c = quint8(*p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(p, CelJson::tr("a control character in a string must be escaped"));
            if (c >= 0x80) {
                const int length = utf8Length(p, m_end);
                if (length == 0)
                    return fail(p, CelJson::tr("invalid UTF-8"));
                text += QString::fromUtf8(QByteArrayView(p, length));
                p += length;
                continue;
            }
            if (c != '\\') {
                text += QLatin1Char(char(c));
                ++p;
                continue;
            }
            if (p + 1 == m_end)
                return fail(open, CelJson::tr("the string does not end"));
            switch (p[1]) {
            case '"': text += u'"'; break;
            case '\\': text += u'\\'; break;
            case '/': text += u'/'; break;
            case 'b': text += u'\b'; break;
            case 'f': text += u'\f'; break;
            case 'n': text += u'\n'; break;
            case 'r': text += u'\r'; break;
            case 't': text += u'\t'; break;
            case 'u': {
                int unit = 0;
                if (!hex4(p + 2, unit))
                    return fail(p, CelJson::tr("\\u needs four hexadecimal digits"));
                if (unit >= 0xdc00 && unit <= 0xdfff)
                    return fail(p, CelJson::tr("a low surrogate without a high one before it"));
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    int low = 0;
                    if (m_end - p < 12 || p[6] != '\\' || p[7] != 'u' || !hex4(p + 8, low)
                        || low < 0xdc00 || low > 0xdfff)
                        return fail(p, CelJson::tr("a high surrogate without a low one after it"));
                    text += QChar(char16_t(unit));
                    text += QChar(char16_t(low));
                    p += 6;
                } else {
                    text += QChar(char16_t(unit));
                }
                p += 4;
                break;
            }
            default:
                return fail(p, CelJson::tr("invalid escape"));
            }
            p += 2;
        }
        const QByteArrayView bytes(open + 1, p);
        m_p = p + 1;
        if (m_arena && !key) {
            out = arenaString(text);
            return true;
        }
        out = cached(bytes, key, [&] { return text; });
        return true;
    }

    bool hex4(const char *p, int &value) const
    {
        if (m_end - p < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(p[i]);
            if (digit < 0)
                return false;
            value = value * 16 + digit;
        }
        return true;
    }

    // The value of a string whose source bytes (escapes included) are `bytes`: a key is pooled,
    // and short strings come from the thread's recent ones when they can.
    template<typename Text>
    CelValue cached(QByteArrayView bytes, bool key, Text text)
    {
        if (key) {
            // Keys also leave their map hash in m_keyHash, which a recent key brings along.
            const auto uncached = [&](CelValue value) {
                m_keyHash = CelMap::hashOf(value.stringValue());
                return value;
            };
            if (bytes.size() > CelStringPool::MaxLength)
                return uncached(m_arena ? arenaString(text()) : CelValue::fromString(text()));
            const size_t hash = hashBytes(bytes);
            if (const auto *hit = m_scratch.keys.find(bytes, hash)) {
                if (!(m_arena && hit->value.isOwned())) {
                    m_keyHash = hit->mapHash;
                    return hit->value;
                }
            }
            // Borrowed from the pool, unless it is full.
            CelValue value = CelStringPool::internValue(text());
            if (value.isOwned() && m_arena)
                return uncached(arenaString(value.stringValue()));
            const auto &slot = m_scratch.keys.insert(bytes, hash, value,
                                                     CelMap::hashOf(value.stringValue()));
            m_keyHash = slot.mapHash;
            return slot.value;
        }
        if (bytes.size() > m_scratch.values.MaxLength)
            return CelValue::fromString(text());
        const size_t hash = hashBytes(bytes);
        if (const auto *hit = m_scratch.values.find(bytes, hash))
            return hit->value;
        CelValue value = CelValue::fromString(text());
        m_scratch.values.insert(bytes, hash, value);
        return value;
    }

    CelValue arenaString(QStringView text)
    {
        return CelValue::fromString(*m_arena, text);
    }

    CelValue arenaLatin1(QByteArrayView bytes)
    {
        return CelValue::fromLatin1(*m_arena, bytes.data(), bytes.size());
    }

    bool readNumber(CelValue &out)
    {
        const char *start = m_p;
        const char *p = m_p;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        if (p == m_end || !isDigit(*p))
            return fail(p, CelJson::tr("expected a digit"));
        if (*p == '0') {
            ++p;
            if (p < m_end && isDigit(*p))
                return fail(p, CelJson::tr("a number cannot start with 0"));
        } else {
            while (p < m_end && isDigit(*p))
                ++p;
        }
        const char *integerEnd = p;
        bool integral = true;
        if (p < m_end && *p == '.') {
            ++p;
            if (p == m_end || !isDigit(*p))
                return fail(p, CelJson::tr("expected a digit after the decimal point"));
            while (p < m_end && isDigit(*p))
                ++p;
            integral = false;
        }
        bool negativeExponent = false;
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                negativeExponent = *p++ == '-';
            if (p == m_end || !isDigit(*p))
                return fail(p, CelJson::tr("expected a digit in the exponent"));
            while (p < m_end && isDigit(*p))
                ++p;
            integral = false;
        }
        m_p = p;
        if (integral) {
            // As fromJson: int, uint beyond int64, double beyond both.
            quint64 magnitude = 0;
            bool overflow = false;
            for (const char *d = start + (negative ? 1 : 0); d < integerEnd && !overflow; ++d) {
                const quint64 digit = quint64(*d - '0');
                overflow = magnitude > (std::numeric_limits<quint64>::max() - digit) / 10;
                magnitude = magnitude * 10 + digit;
            }
            constexpr quint64 int64Max = quint64(std::numeric_limits<qint64>::max());
            if (!overflow && !negative) {
                out = magnitude <= int64Max ? CelValue::fromInt(qint64(magnitude))
                                            : CelValue::fromUint(magnitude);
                return true;
            }
            if (!overflow && magnitude <= int64Max + 1) {
                out = CelValue::fromInt(magnitude == int64Max + 1 ? std::numeric_limits<qint64>::min()
                                                                  : -qint64(magnitude));
                return true;
            }
        }
        double value = 0;
        const auto [end, error] = std::from_chars(start, p, value);
        if (error == std::errc::result_out_of_range) {
            // Too large for a double is infinite, too small zero, as strtod has them.
            const bool tiny = negativeExponent || (integerEnd - start == (negative ? 2 : 1) && integerEnd[-1] == '0');
            value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
            if (negative)
                value = -value;
        } else if (error != std::errc() || end != p) {
            return fail(start, CelJson::tr("invalid number"));
        }
        out = CelValue::fromDouble(value);
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    ParseScratch &m_scratch;
    const CelProjection *m_projection;
    const QByteArray *m_document;
    CelArena *m_arena;
    size_t m_keyHash = 0; // of the key cached() made last
    QString m_error;
};

} // namespace

namespace {

ParseScratch &parseScratch()
{
    // On the heap: the caches are too big for every thread's static TLS block.
    thread_local const std::unique_ptr<ParseScratch> scratch = std::make_unique<ParseScratch>();
    return *scratch;
}

} // namespace

Result<CelValue> CelJson::parse(QByteArrayView utf8)
{
    return JsonReader(utf8, parseScratch()).run();
}

Result<CelValue> CelJson::parse(const QByteArray &utf8, const CelProjection &projection)
{
    return JsonReader(utf8, parseScratch(), &projection, &utf8).run();
}

Result<CelValue> CelJson::parse(const QByteArray &utf8, const CelProjection &projection,
                                CelArena &arena)
{
    return parse(utf8, projection, arena, Text::Kept);
}

Result<CelValue> CelJson::parse(const QByteArray &utf8, const CelProjection &projection,
                                CelArena &arena, Text text)
{
    if (text == Text::Kept)
        arena.keep(utf8);
    return JsonReader(utf8, parseScratch(), &projection, text == Text::Kept ? &utf8 : nullptr, &arena).run();
}

Result<CelValue> CelJson::scalarAt(QByteArrayView utf8, qsizetype &offset)
{
    const char *at = utf8.data() + offset;
    auto value = JsonReader(utf8, parseScratch()).scalarAt(at);
    offset = at - utf8.data();
    return value;
}

QString CelJson::errorAt(QByteArrayView utf8, qsizetype offset, const QString &reason)
{
    return JsonReader(utf8, parseScratch()).errorAt(utf8.data() + offset, reason);
}

CelValue CelJson::complete(const CelValue &value)
{
    if (value.kind() != CelValue::Kind::Map || !value.mapValue().isPartial() || value.mapValue().source().isEmpty())
        return value;
    // A map read from a packed document has its object in that form (see CelPacked).
    const QByteArrayView source = value.mapValue().source();
    auto whole = CelPacked::isPackedValue(source) ? CelPacked::readValue(source) : parse(source);
    return whole ? std::move(whole).value() : value;
}

Json CelJson::toTyped(const CelValue &value)
{
    Json out = Json::object();
    out["type"] = typeNameOf(value);
    switch (value.kind()) {
    case CelValue::Kind::Null:
    case CelValue::Kind::Error:
        out["value"] = nullptr;
        break;
    case CelValue::Kind::Optional:
        if (const CelValue *inner = value.optionalValue())
            out["value"] = toTyped(*inner);
        else
            out["value"] = nullptr;
        break;
    case CelValue::Kind::Bool:
        out["value"] = value.boolValue();
        break;
    case CelValue::Kind::Int:
        out["value"] = value.intValue();
        break;
    case CelValue::Kind::Uint:
        out["value"] = value.uintValue();
        break;
    case CelValue::Kind::Double: {
        const double d = value.doubleValue();
        if (std::isnan(d))
            out["value"] = "nan";
        else if (std::isinf(d))
            out["value"] = d > 0 ? "inf" : "-inf";
        else
            out["value"] = d;
        break;
    }
    case CelValue::Kind::String:
        out["value"] = value.stringValue().toStdString();
        break;
    case CelValue::Kind::Bytes:
        out["value"] = value.bytesValue().toBase64().toStdString();
        break;
    case CelValue::Kind::List: {
        Json items = Json::array();
        for (const CelValue &item : value.listValue())
            items.push_back(toTyped(item));
        out["value"] = std::move(items);
        break;
    }
    case CelValue::Kind::Map: {
        Json entries = Json::array();
        for (const auto &[key, item] : value.mapValue().entries())
            entries.push_back(Json::array({toTyped(key), toTyped(item)}));
        out["value"] = std::move(entries);
        break;
    }
    case CelValue::Kind::Timestamp:
    case CelValue::Kind::Duration:
        out["value"] = CelTime::toString(value).toStdString();
        break;
    case CelValue::Kind::Type:
        out["value"] = value.stringValue().toStdString();
        break;
    }
    return out;
}

Result<CelValue> CelJson::fromTyped(const Json &typed)
{
    TypedReader reader;
    auto value = reader.read(typed, QString());
    if (!value)
        return Error {reader.problem};
    return std::move(*value);
}

} // namespace Tessera
