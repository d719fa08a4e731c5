#include "policy/celpacked.h"

#include "policy/celarena.h"
#include "policy/celjsonscan.h"
#include "policy/celmap.h"
#include "policy/celprojection.h"
#include "policy/celstringpool.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// Bytes that never begin JSON text, which starts with whitespace or one of `{["-0123456789tfn`.
enum Tag : quint8 {
    Null = 0xf0,
    False,
    True,
    Int,
    Uint,
    Double,
    Ascii,
    Utf8,
    Array,
    Object,
};

inline void putLength(std::string &out, quint64 value)
{
    if (value < 0x80) [[likely]] {
        out.push_back(char(value));
        return;
    }
    while (value >= 0x80) {
        out.push_back(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

void putFixed(std::string &out, Tag tag, quint64 bits)
{
    out.push_back(char(tag));
    char bytes[8];
    qToLittleEndian(bits, bytes);
    out.append(bytes, 8);
}

// Appends the scalar `value` as CelJson reads JSON numbers and strings.
void packScalar(std::string &out, const CelValue &value)
{
    switch (value.kind()) {
    case CelValue::Kind::Null:
        out.push_back(char(Null));
        return;
    case CelValue::Kind::Bool:
        out.push_back(char(value.boolValue() ? True : False));
        return;
    case CelValue::Kind::Int:
        putFixed(out, Int, quint64(value.intValue()));
        return;
    case CelValue::Kind::Uint:
        putFixed(out, Uint, value.uintValue());
        return;
    case CelValue::Kind::Double: {
        quint64 bits;
        const double d = value.doubleValue();
        std::memcpy(&bits, &d, 8);
        putFixed(out, Double, bits);
        return;
    }
    case CelValue::Kind::String: {
        const QString &text = value.stringValue();
        const bool ascii = isAscii(text);
        const QByteArray bytes = ascii ? text.toLatin1() : text.toUtf8();
        out.push_back(char(ascii ? Ascii : Utf8));
        putLength(out, quint64(bytes.size()));
        out.append(bytes.constData(), size_t(bytes.size()));
        return;
    }
    default:
        Q_UNREACHABLE(); // JSON scalars are no other kinds
    }
}

qsizetype lengthOfLength(quint64 value)
{
    qsizetype bytes = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++bytes;
    }
    return bytes;
}

// Packs JSON text in one pass over it, making values only of numbers and of the rare string
// with escapes or non-ASCII characters (read as CelJson reads them): a catalog packs every
// product it saves, and an import saves a hundred thousand.
class JsonPacker
{
public:
    explicit JsonPacker(QByteArrayView text)
        : m_text(text)
        , m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    Result<QByteArray> run()
    {
        thread_local std::string out;
        out.clear();
        out.push_back(CelPacked::FormatVersion);
        skipSpace();
        bool ok = value(out, 0);
        if (ok) {
            skipSpace();
            if (m_p != m_end)
                ok = fail(m_p, CelJson::tr("unexpected text after the JSON value"));
        }
        if (!ok)
            return Error {m_error};
        return QByteArray(out.data(), qsizetype(out.size()));
    }

private:
    // The members of an object being packed: keys and values apart, as objects are packed.
    // std::string, not QByteArray: appending a byte is inlined, and clearing keeps the memory.
    struct Level
    {
        std::string keys;
        std::string values;
        std::vector<std::pair<qsizetype, qsizetype>> names; // where each key's bytes are in keys
    };
    static Level &levelAt(int depth)
    {
        // A deque: a level stays where it is while deeper ones are added.
        thread_local std::deque<Level> levels;
        while (levels.size() <= size_t(depth))
            levels.emplace_back();
        return levels[size_t(depth)];
    }

    bool fail(const char *at, const QString &reason)
    {
        m_error = CelJson::errorAt(m_text, at - m_text.data(), reason);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // The scalar at m_p (a number, literal, or string with escapes or non-ASCII characters), as
    // CelJson reads it.
    bool scalar(CelValue &out)
    {
        qsizetype offset = m_p - m_text.data();
        auto read = CelJson::scalarAt(m_text, offset);
        if (!read) {
            m_error = read.error();
            return false;
        }
        m_p = m_text.data() + offset;
        out = std::move(read).value();
        return true;
    }

    // A string at m_p, plain ASCII or not: its UTF-8 bytes (in `scratch` unless plain) and
    // whether they are ASCII.
    bool string(QByteArrayView &bytes, bool &ascii, QByteArray &scratch)
    {
        const char *close = CelJsonScan::plainEnd(m_p + 1, m_end);
        if (close < m_end && *close == '"') {
            bytes = QByteArrayView(m_p + 1, close);
            ascii = true;
            m_p = close + 1;
            return true;
        }
        CelValue read;
        if (!scalar(read))
            return false;
        const QString &text = read.stringValue();
        ascii = isAscii(text);
        scratch = ascii ? text.toLatin1() : text.toUtf8();
        bytes = scratch;
        return true;
    }

    bool value(std::string &out, int depth)
    {
        if (m_p == m_end)
            return fail(m_p, CelJson::tr("expected a JSON value, found the end"));
        switch (*m_p) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"': {
            QByteArrayView bytes;
            bool ascii = true;
            QByteArray scratch;
            if (!string(bytes, ascii, scratch))
                return false;
            out.push_back(char(ascii ? Ascii : Utf8));
            putLength(out, quint64(bytes.size()));
            out.append(bytes.data(), size_t(bytes.size()));
            return true;
        }
        default:
            break;
        }
        CelValue read;
        if (!scalar(read))
            return false;
        packScalar(out, read);
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

    // After an item: true at the closing bracket (consumed) or after a comma (consumed).
    bool next(char close, bool &closed)
    {
        skipSpace();
        if (m_p < m_end && (*m_p == ',' || *m_p == close)) {
            closed = *m_p++ == close;
            skipSpace();
            return true;
        }
        return fail(m_p, close == ']' ? CelJson::tr("expected ',' or ']'") : CelJson::tr("expected ',' or '}'"));
    }

    bool array(std::string &out, int depth)
    {
        if (!enter(depth))
            return false;
        std::string &items = levelAt(depth).values;
        items.clear();
        quint64 count = 0;
        bool closed = m_p < m_end && *m_p == ']';
        if (closed)
            ++m_p;
        while (!closed) {
            if (!value(items, depth + 1) || !next(']', closed))
                return false;
            ++count;
        }
        out.push_back(char(Array));
        putLength(out, count);
        putLength(out, quint64(items.size()));
        out += items;
        return true;
    }

    // Whether `name` is among the keys of `level` so far: compared one by one in the objects
    // documents are made of, looked up in `seen` beyond sixty-four keys.
    static bool isRepeated(const Level &level, QSet<QByteArray> &seen, QByteArrayView name)
    {
        constexpr qsizetype Few = 64;
        if (level.names.size() < Few) {
            return std::any_of(level.names.cbegin(), level.names.cend(), [&](const auto &key) {
                return key.second == name.size()
                    && std::memcmp(level.keys.data() + key.first, name.data(), size_t(name.size())) == 0;
            });
        }
        if (seen.isEmpty()) {
            for (const auto &[at, size] : level.names)
                seen.insert(QByteArray(level.keys.data() + at, size));
        }
        const QByteArray key(name.data(), name.size());
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    }

    bool object(std::string &out, int depth)
    {
        const char *start = m_p;
        if (!enter(depth))
            return false;
        Level &level = levelAt(depth);
        level.keys.clear();
        level.values.clear();
        level.names.clear();
        QSet<QByteArray> seen;
        QString repeated;
        bool closed = m_p < m_end && *m_p == '}';
        if (closed)
            ++m_p;
        while (!closed) {
            if (m_p == m_end || *m_p != '"')
                return fail(m_p, CelJson::tr("expected a string key"));
            QByteArrayView name;
            bool ascii = true;
            QByteArray scratch;
            if (!string(name, ascii, scratch))
                return false;
            // A CEL map cannot hold a key twice, and CelJson::parse() refuses it, naming the
            // first repeated key once the object has been read.
            if (repeated.isNull() && isRepeated(level, seen, name))
                repeated = ascii ? QString::fromLatin1(name) : QString::fromUtf8(name);
            putLength(level.keys, quint64(name.size()) * 2 + (ascii ? 0 : 1));
            level.names.emplace_back(qsizetype(level.keys.size()), name.size());
            level.keys.append(name.data(), size_t(name.size()));
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail(m_p, CelJson::tr("expected ':'"));
            ++m_p;
            skipSpace();
            if (!value(level.values, depth + 1) || !next('}', closed))
                return false;
        }
        if (!repeated.isNull())
            return fail(start, CelJson::tr("the object has the key \"%1\" twice").arg(repeated));
        const std::string &keys = level.keys;
        out.push_back(char(Object));
        putLength(out, quint64(level.names.size()));
        putLength(out, quint64(8 + lengthOfLength(quint64(keys.size()))) + keys.size() + level.values.size());
        // The keys as one number: objects of a kind (a schema's fields) come by the hundred with
        // the same keys, and a reader finds how it reads them by it (then checks the keys).
        char hash[8];
        qToLittleEndian(CelJsonScan::hashBytes(QByteArrayView(keys.data(), qsizetype(keys.size()))), hash);
        out.append(hash, 8);
        putLength(out, quint64(keys.size()));
        out += keys;
        out += level.values;
        return true;
    }

    QByteArrayView m_text;
    const char *m_p;
    const char *m_end;
    QString m_error;
};

// The unsigned LEB128 number at `p`, moved past; false when it is cut short or too long.
bool decodeLongLength(const char *&p, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const quint8 byte = quint8(*p++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

Q_ALWAYS_INLINE bool decodeLength(const char *&p, const char *end, quint64 &value)
{
    // Mostly a byte: lengths of keys and short strings.
    if (p < end && quint8(*p) < 0x80) [[likely]] {
        value = quint8(*p++);
        return true;
    }
    return decodeLongLength(p, end, value);
}

// Which members of objects with a given key sequence a projection keeps: for each member in
// order, the projection's member it is, or Id, or Skip; and the hash of each kept key.
struct Plan
{
    static constexpr qint32 Skip = -1;
    static constexpr qint32 Id = -2;
    const CelProjection *projection = nullptr;
    quint64 serial = 0;
    quint64 keys = 0;
    quint64 count = 0;
    QByteArray keyBlock; // the keys as packed, which an object must have to be read by this plan
    std::vector<qint32> actions;
    std::vector<QString> names; // of the kept keys the projection has no value for, else null
    std::vector<size_t> hashes; // of the kept keys, in order
    bool skips = false;
    bool distinct = false; // the kept keys are: maps are made without checking them
};

// What a thread keeps between reads: the plans it has made, and (for reads outside an arena)
// the members of objects waiting for their map.
struct PackedScratch
{
    std::vector<CelMap::Entry> entries;
    // Plans live until a read begins with too many of them; slots only find them, and a plan
    // that loses its slot stays valid for whoever is using it.
    std::deque<Plan> plans;
    std::array<Plan *, 512> byKeys {};

    static size_t slotOf(const CelProjection *projection, quint64 keys)
    {
        return size_t((keys ^ quintptr(projection)) * 0x9E3779B97F4A7C15ull >> 40) & (std::tuple_size_v<decltype(byKeys)> - 1);
    }
    Plan *find(const CelProjection *projection, quint64 keys)
    {
        Plan *plan = byKeys[slotOf(projection, keys)];
        if (plan && plan->keys == keys && plan->projection == projection && plan->serial == projection->serial())
            return plan;
        return nullptr;
    }
    const Plan *add(Plan &&plan)
    {
        Plan &kept = plans.emplace_back(std::move(plan));
        byKeys[slotOf(kept.projection, kept.keys)] = &kept;
        return &kept;
    }
    void trim()
    {
        if (plans.size() > 4096) {
            byKeys.fill(nullptr);
            plans.clear();
        }
    }
};

PackedScratch &packedScratch()
{
    // On the heap: the slots are too big for every thread's static TLS block.
    thread_local const std::unique_ptr<PackedScratch> scratch = std::make_unique<PackedScratch>();
    return *scratch;
}

class PackedReader
{
public:
    PackedReader(QByteArrayView bytes, const CelProjection *projection = nullptr,
                 const QByteArray *document = nullptr, CelArena *arena = nullptr)
        : m_begin(bytes.data())
        , m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
        , m_projection(projection)
        , m_document(document)
        , m_arena(arena)
        , m_scratch(packedScratch())
    {
    }

    Result<CelValue> run(bool formatByte)
    {
        const size_t base = m_scratch.entries.size();
        m_scratch.trim();
        CelValue value;
        bool ok = true;
        if (formatByte) {
            if (m_p == m_end || *m_p != CelPacked::FormatVersion)
                ok = fail(CelPacked::tr("not a packed document of format %1").arg(int(CelPacked::FormatVersion)));
            else
                ++m_p;
        }
        ok = ok && readProjected(value, 0, m_projection);
        if (ok && m_p != m_end)
            ok = fail(CelPacked::tr("unexpected bytes after the value"));
        m_scratch.entries.resize(base);
        if (!ok)
            return Error {m_error};
        return value;
    }

private:
    // The same, naming the byte at `at` (a key, which is not where m_p is).
    bool failAt(const char *at, const QString &reason)
    {
        m_p = at;
        return fail(reason);
    }

    bool fail(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = CelPacked::tr("packed document, byte %1: %2").arg(m_p - m_begin).arg(reason);
        return false;
    }

    Q_ALWAYS_INLINE bool length(quint64 &value)
    {
        if (decodeLength(m_p, m_end, value)) [[likely]]
            return true;
        return fail(CelPacked::tr("a length runs past the end or past 64 bits"));
    }
    // A length of bytes that follow: no more than there are.
    Q_ALWAYS_INLINE bool span(quint64 &value)
    {
        if (!length(value))
            return false;
        if (value > quint64(m_end - m_p)) [[unlikely]]
            return fail(CelPacked::tr("a value runs past the end"));
        return true;
    }

    bool readProjected(CelValue &out, int depth, const CelProjection *projection)
    {
        if (!projection || projection->isWhole() || m_p == m_end)
            return readValue(out, depth, nullptr);
        const CelProjection *elements = projection->findElements();
        const quint8 tag = quint8(*m_p);
        if (tag == Object && !elements && !projection->isSized())
            return readValue(out, depth, projection);
        if (tag == Array && (elements || projection->isSized())) {
            static const CelProjection presence;
            return readValue(out, depth, elements ? elements : &presence);
        }
        return readValue(out, depth, nullptr);
    }

    // The value at m_p: whole without a projection; an object through `projection`, or an
    // array with `projection` for its elements.
    bool readValue(CelValue &out, int depth, const CelProjection *projection)
    {
        if (m_p == m_end)
            return fail(CelPacked::tr("expected a value, found the end"));
        const char *start = m_p;
        const quint8 tag = quint8(*m_p++);
        switch (tag) {
        case Null:
            out = CelValue();
            return true;
        case False:
        case True:
            out = CelValue::fromBool(tag == True);
            return true;
        case Int:
        case Uint:
        case Double: {
            if (m_end - m_p < 8)
                return fail(CelPacked::tr("a number runs past the end"));
            const quint64 bits = qFromLittleEndian<quint64>(m_p);
            m_p += 8;
            if (tag == Int) {
                out = CelValue::fromInt(qint64(bits));
            } else if (tag == Uint) {
                out = CelValue::fromUint(bits);
            } else {
                double d;
                std::memcpy(&d, &bits, 8);
                out = CelValue::fromDouble(d);
            }
            return true;
        }
        case Ascii:
        case Utf8: {
            quint64 size;
            if (!span(size))
                return false;
            out = string(QByteArrayView(m_p, qsizetype(size)), tag == Ascii);
            m_p += size;
            return true;
        }
        case Array:
            return readArray(out, depth, projection);
        case Object:
            return readObject(out, depth, projection, start);
        default:
            m_p = start;
            return fail(CelPacked::tr("unknown tag %1").arg(tag));
        }
    }

    // Moves past the value at m_p.
    Q_ALWAYS_INLINE bool skipValue()
    {
        if (m_p == m_end)
            return fail(CelPacked::tr("expected a value, found the end"));
        const quint8 tag = quint8(*m_p++);
        quint64 size;
        switch (tag) {
        case Null:
        case False:
        case True:
            return true;
        case Int:
        case Uint:
        case Double:
            if (m_end - m_p < 8)
                return fail(CelPacked::tr("a number runs past the end"));
            m_p += 8;
            return true;
        case Ascii:
        case Utf8:
            if (!span(size))
                return false;
            m_p += size;
            return true;
        case Array:
        case Object:
            if (!length(size) || !span(size))
                return false;
            m_p += size;
            return true;
        default:
            --m_p;
            return fail(CelPacked::tr("unknown tag %1").arg(tag));
        }
    }

    CelValue string(QByteArrayView bytes, bool ascii)
    {
        if (!m_arena)
            return CelValue::fromString(ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes));
        if (ascii)
            return CelValue::fromLatin1(*m_arena, bytes.data(), bytes.size());
        return CelValue::fromString(*m_arena, QString::fromUtf8(bytes));
    }

    // A key as a map holds it: pooled (and borrowed) when the pool has room.
    CelValue key(QStringView name)
    {
        CelValue value = CelStringPool::internValue(name);
        if (m_arena && value.isOwned())
            return CelValue::fromString(*m_arena, value.stringValue());
        return value;
    }
    CelValue key(QByteArrayView bytes, bool ascii)
    {
        return key(ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes));
    }

    bool readArray(CelValue &out, int depth, const CelProjection *elements)
    {
        if (depth >= CelJson::MaxDepth)
            return fail(CelPacked::tr("nested more than %1 levels deep").arg(CelJson::MaxDepth));
        quint64 count, size;
        if (!length(count) || !span(size))
            return false;
        // Every item takes a byte at least: a count beyond that is not worth allocating for.
        if (count > size)
            return fail(CelPacked::tr("an array counts more items than it has bytes"));
        const char *end = m_p + size;
        if (m_arena) {
            // Items go straight to their place: what they hold is made after them.
            CelValue *items = m_arena->allocateArray<CelValue>(size_t(count));
            for (quint64 i = 0; i < count; ++i) {
                new (items + i) CelValue();
                if (!readProjected(items[i], depth + 1, elements))
                    return false;
            }
            if (m_p != end)
                return fail(CelPacked::tr("an array's items do not fill its length"));
            out = CelValue::fromList(*m_arena, items, qsizetype(count));
            return true;
        }
        QList<CelValue> items;
        items.reserve(qsizetype(count));
        for (quint64 i = 0; i < count; ++i) {
            CelValue item;
            if (!readProjected(item, depth + 1, elements))
                return false;
            items.append(std::move(item));
        }
        if (m_p != end)
            return fail(CelPacked::tr("an array's items do not fill its length"));
        out = CelValue::fromList(std::move(items));
        return true;
    }

    static const CelValue &idKey()
    {
        static const CelValue key = CelStringPool::internValue(u"id");
        return key;
    }

    // The plan for objects of `count` members with the packed keys `keyBlock`.
    const Plan *makePlan(const CelProjection &projection, quint64 hash, quint64 count, QByteArrayView keyBlock)
    {
        static const size_t idHash = CelMap::hashOf(idKey().stringValue());
        Plan plan;
        plan.projection = &projection;
        plan.serial = projection.serial();
        plan.keys = hash;
        plan.count = count;
        plan.keyBlock = keyBlock.toByteArray();
        plan.actions.reserve(count);
        const char *p = keyBlock.data();
        const char *end = keyBlock.data() + keyBlock.size();
        for (quint64 i = 0; i < count; ++i) {
            QByteArrayView name;
            bool ascii = true;
            if (!readKey(p, end, name, ascii))
                return nullptr;
            const qsizetype at = projection.indexOfMember(name);
            if (at >= 0) {
                const bool made = projection.memberKey(at).kind() == CelValue::Kind::String;
                const QString text = made ? QString() : ascii ? QString::fromLatin1(name) : QString::fromUtf8(name);
                plan.actions.push_back(qint32(at));
                plan.hashes.push_back(made ? projection.memberKeyHash(at) : CelMap::hashOf(text));
                plan.names.push_back(text);
            } else if (name == "id") {
                plan.actions.push_back(Plan::Id);
                plan.hashes.push_back(idHash);
                plan.names.emplace_back();
            } else {
                plan.actions.push_back(Plan::Skip);
                plan.skips = true;
            }
        }
        if (p != end) {
            fail(CelPacked::tr("an object's keys do not fill their length"));
            return nullptr;
        }
        // Packed from JSON objects, keys are distinct; a document that repeats one (as the
        // strings they read as: invalid UTF-8 reads as replacement characters) is read the
        // careful way, which names it.
        std::vector<QString> keptNames;
        p = keyBlock.data();
        for (const qint32 action : plan.actions) {
            QByteArrayView name;
            bool ascii = true;
            (void)readKey(p, end, name, ascii);
            if (action != Plan::Skip)
                keptNames.push_back(ascii ? QString::fromLatin1(name) : QString::fromUtf8(name));
        }
        std::sort(keptNames.begin(), keptNames.end());
        plan.distinct = std::adjacent_find(keptNames.begin(), keptNames.end()) == keptNames.end();
        return m_scratch.add(std::move(plan));
    }

    // The key at `p` (its header and bytes), moved past.
    Q_ALWAYS_INLINE bool readKey(const char *&p, const char *end, QByteArrayView &name, bool &ascii)
    {
        const char *at = p;
        quint64 header;
        if (!decodeLength(p, end, header) || (header >> 1) > quint64(end - p)) [[unlikely]]
            return failAt(at, CelPacked::tr("a key runs past the end"));
        name = QByteArrayView(p, qsizetype(header >> 1));
        ascii = !(header & 1);
        // Read as Latin-1, a key marked ASCII that is not could read as another key does.
        if (ascii && std::any_of(name.begin(), name.end(), [](char c) { return quint8(c) >= 0x80; })) [[unlikely]]
            return failAt(at, CelPacked::tr("a key marked ASCII is not"));
        p += name.size();
        return true;
    }

    bool readObject(CelValue &out, int depth, const CelProjection *projection, const char *start)
    {
        if (depth >= CelJson::MaxDepth)
            return fail(CelPacked::tr("nested more than %1 levels deep").arg(CelJson::MaxDepth));
        quint64 count, size;
        if (!length(count) || !span(size))
            return false;
        const char *end = m_p + size;
        if (size < 9)
            return fail(CelPacked::tr("an object is shorter than its header"));
        const quint64 hash = qFromLittleEndian<quint64>(m_p);
        m_p += 8;
        quint64 keysSize;
        if (!decodeLength(m_p, end, keysSize))
            return fail(CelPacked::tr("an object's keys run past its end"));
        if (keysSize > quint64(end - m_p))
            return fail(CelPacked::tr("an object's keys run past its end"));
        // Every key takes a byte at least, and so does every value.
        if (count > keysSize || count > quint64(end - m_p) - keysSize)
            return fail(CelPacked::tr("an object counts more members than it has bytes"));
        const QByteArrayView keyBlock(m_p, qsizetype(keysSize));
        m_p += keysSize;
        CelMap map;
        bool ok;
        if (m_arena && projection) {
            const Plan *plan = m_scratch.find(projection, hash);
            if (!plan || plan->count != count || QByteArrayView(plan->keyBlock) != keyBlock) {
                plan = makePlan(*projection, hash, count, keyBlock);
                if (!plan)
                    return false;
            }
            ok = readPlanned(map, depth, *projection, *plan, end);
            if (ok && plan->skips) {
                if (m_document) {
                    // The arena keeps the document (CelPacked::read), so a raw view of it will do.
                    map.setSource(QByteArray::fromRawData(m_document->constData(), m_document->size()),
                                  start - m_begin, m_p - start);
                } else {
                    map.setTextDropped();
                }
            }
        } else {
            ok = readWhole(map, depth, count, keyBlock, end);
        }
        if (!ok)
            return false;
        out = m_arena ? CelValue::fromMap(*m_arena, std::move(map)) : CelValue::fromMap(std::move(map));
        return true;
    }

    // The values a plan keeps, straight into the arena.
    bool readPlanned(CelMap &map, int depth, const CelProjection &projection, const Plan &plan, const char *end)
    {
        const qsizetype kept = qsizetype(plan.hashes.size());
        auto *entries = m_arena->allocateArray<CelMap::Entry>(size_t(kept));
        qsizetype k = 0;
        for (const qint32 action : plan.actions) {
            if (action == Plan::Skip) {
                if (!skipValue())
                    return false;
                continue;
            }
            CelMap::Entry *entry = new (entries + k) CelMap::Entry();
            const CelProjection *member = nullptr;
            if (action == Plan::Id) {
                entry->first = idKey();
            } else {
                member = &projection.memberAt(action);
                const QString &name = plan.names[std::size_t(k)];
                entry->first = name.isNull() ? projection.memberKey(action) : key(name);
            }
            ++k;
            if (!readProjected(entry->second, depth + 1, member))
                return false;
        }
        if (m_p != end)
            return fail(CelPacked::tr("an object's values do not fill its length"));
        if (plan.distinct ? !map.adoptDistinct(*m_arena, entries, kept, plan.hashes.data())
                          : !map.adopt(*m_arena, entries, kept, plan.hashes.data()))
            return repeated(entries, kept);
        return true;
    }

    // Every member, its keys pooled.
    bool readWhole(CelMap &map, int depth, quint64 members, QByteArrayView keyBlock, const char *end)
    {
        std::vector<CelMap::Entry> &stack = m_scratch.entries;
        const size_t base = stack.size();
        const char *keys = keyBlock.data();
        const char *keysEnd = keyBlock.data() + keyBlock.size();
        for (quint64 i = 0; i < members; ++i) {
            QByteArrayView name;
            bool ascii = true;
            if (!readKey(keys, keysEnd, name, ascii))
                return false;
            CelValue k = key(name, ascii);
            CelValue item;
            if (!readValue(item, depth + 1, nullptr))
                return false;
            stack.emplace_back(std::move(k), std::move(item));
        }
        if (keys != keysEnd)
            return fail(CelPacked::tr("an object's keys do not fill their length"));
        if (m_p != end)
            return fail(CelPacked::tr("an object's values do not fill its length"));
        const qsizetype count = qsizetype(stack.size() - base);
        if (m_arena) {
            auto *entries = m_arena->allocateArray<CelMap::Entry>(size_t(count));
            std::uninitialized_move(stack.begin() + qsizetype(base), stack.end(), entries);
            stack.resize(base);
            std::vector<size_t> hashes;
            hashes.reserve(size_t(count));
            for (qsizetype i = 0; i < count; ++i)
                hashes.push_back(CelMap::hashOf(entries[i].first.stringValue()));
            if (!map.adopt(*m_arena, entries, count, hashes.data()))
                return repeated(entries, count);
            return true;
        }
        map.reserve(count);
        for (size_t i = base; i < stack.size(); ++i) {
            if (!map.insert(stack[i].first, stack[i].second)) {
                const bool failed = repeated(stack.data() + base, count);
                stack.resize(base);
                return failed;
            }
        }
        stack.resize(base);
        return true;
    }

    // Names the first key that occurs twice among `count` entries.
    bool repeated(const CelMap::Entry *entries, qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (entries[j].first.stringValue() == entries[i].first.stringValue())
                    return fail(CelPacked::tr("the object has the key \"%1\" twice").arg(entries[i].first.stringValue()));
            }
        }
        return fail(CelPacked::tr("the object has a key twice"));
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const CelProjection *m_projection;
    const QByteArray *m_document;
    CelArena *m_arena;
    PackedScratch &m_scratch;
    QString m_error;
};

} // namespace

Result<QByteArray> CelPacked::fromJson(QByteArrayView utf8)
{
    return JsonPacker(utf8).run();
}

Result<CelValue> CelPacked::read(QByteArrayView packed)
{
    return PackedReader(packed).run(true);
}

Result<CelValue> CelPacked::read(const QByteArray &packed, const CelProjection &projection, CelArena &arena,
                                 CelJson::Text text)
{
    if (text == CelJson::Text::Kept)
        arena.keep(packed);
    return PackedReader(packed, &projection, text == CelJson::Text::Kept ? &packed : nullptr, &arena).run(true);
}

Result<CelValue> CelPacked::readValue(QByteArrayView value)
{
    return PackedReader(value).run(false);
}

bool CelPacked::isPackedValue(QByteArrayView bytes)
{
    return !bytes.isEmpty() && quint8(bytes.front()) >= Null && quint8(bytes.front()) <= Object;
}

std::optional<QString> CelPacked::leadingId(QByteArrayView packed)
{
    // Format byte, object tag, count, length, the keys' hash, the keys' length, the keys with
    // "id" first (its header is 2 * 2), then the values with the id's first.
    const char *p = packed.data();
    const char *end = p + packed.size();
    quint64 count, size, keysSize, idSize;
    if (end - p < 2 || p[0] != FormatVersion || quint8(p[1]) != Object)
        return std::nullopt;
    p += 2;
    if (!decodeLength(p, end, count) || count == 0 || !decodeLength(p, end, size) || end - p < 9)
        return std::nullopt;
    p += 8;
    if (!decodeLength(p, end, keysSize) || keysSize < 3 || keysSize > quint64(end - p) || p[0] != 4 || p[1] != 'i'
        || p[2] != 'd')
        return std::nullopt;
    p += keysSize;
    if (p == end || (quint8(*p) != Ascii && quint8(*p) != Utf8))
        return std::nullopt;
    const bool ascii = quint8(*p++) == Ascii;
    if (!decodeLength(p, end, idSize) || idSize > quint64(end - p))
        return std::nullopt;
    const QByteArrayView id(p, qsizetype(idSize));
    return ascii ? QString::fromLatin1(id) : QString::fromUtf8(id);
}

} // namespace Tessera
