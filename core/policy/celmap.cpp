#include "policy/celmap.h"

#include "policy/celarena.h"

#include <QHashFunctions>

#include <algorithm>
#include <memory>

#include <cmath>
#include <cstring>

namespace Tessera {

CelMap::CelMap(const CelMap &other)
    : m_entries(other.m_entries)
    , m_source(other.m_source)
    , m_sourceOffset(other.m_sourceOffset)
    , m_sourceLength(other.m_sourceLength)
{
    if (other.m_tableSize > 0) {
        auto *table = new Slot[other.m_tableSize];
        std::copy(other.m_table, other.m_table + other.m_tableSize, table);
        setTable(table, other.m_tableSize, true);
    } else if (!other.m_entries.isEmpty()) {
        auto *table = new Slot[SmallSize];
        std::copy(other.m_table, other.m_table + other.m_entries.size(), table);
        setTable(table, 0, true);
    }
}

CelMap::CelMap(CelMap &&other) noexcept
    : m_entries(std::move(other.m_entries))
    , m_table(std::exchange(other.m_table, nullptr))
    , m_tableSize(std::exchange(other.m_tableSize, 0))
    , m_ownsTable(std::exchange(other.m_ownsTable, false))
    , m_source(std::move(other.m_source))
    , m_sourceOffset(other.m_sourceOffset)
    , m_sourceLength(other.m_sourceLength)
{
}

CelMap &CelMap::operator=(const CelMap &other)
{
    if (this != &other) {
        CelMap copy(other);
        *this = std::move(copy);
    }
    return *this;
}

CelMap &CelMap::operator=(CelMap &&other) noexcept
{
    if (this != &other) {
        setTable(std::exchange(other.m_table, nullptr), std::exchange(other.m_tableSize, 0),
                 std::exchange(other.m_ownsTable, false));
        m_entries = std::move(other.m_entries);
        m_source = std::move(other.m_source);
        m_sourceOffset = other.m_sourceOffset;
        m_sourceLength = other.m_sourceLength;
    }
    return *this;
}

CelMap::~CelMap()
{
    if (m_ownsTable)
        delete[] m_table;
}

void CelMap::setTable(Slot *table, size_t size, bool owned)
{
    if (m_ownsTable)
        delete[] m_table;
    m_table = table;
    m_tableSize = size;
    m_ownsTable = owned;
}

void CelMap::ownSmallSlots()
{
    auto *table = new Slot[SmallSize];
    if (m_table)
        std::copy(m_table, m_table + m_entries.size(), table);
    setTable(table, 0, true);
}

bool CelMap::isValidKey(const CelValue &key)
{
    switch (key.kind()) {
    case CelValue::Kind::Bool:
    case CelValue::Kind::Int:
    case CelValue::Kind::Uint:
    case CelValue::Kind::String:
        return true;
    default:
        return false;
    }
}

size_t CelMap::hashOf(QStringView name)
{
    // A fixed seed: hashes are computed at compile time and must match every map's.
    return qHash(name, size_t(0));
}

size_t CelMap::hashOf(Key::Category category, quint64 bits)
{
    // splitmix64's finaliser: consecutive integers spread over the whole table.
    quint64 x = bits ^ (quint64(category) * 0x9E3779B97F4A7C15ull);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return size_t(x ^ (x >> 31));
}

std::optional<CelMap::Key> CelMap::keyOf(const CelValue &value)
{
    const auto number = [](Key::Category category, quint64 bits) {
        return Key {category, bits, hashOf(category, bits)};
    };
    switch (value.kind()) {
    case CelValue::Kind::Bool:
        return number(Key::Bool, value.boolValue() ? 1u : 0u);
    case CelValue::Kind::Int: {
        const qint64 i = value.intValue();
        return number(i < 0 ? Key::Negative : Key::NonNegative, quint64(i));
    }
    case CelValue::Kind::Uint:
        return number(Key::NonNegative, value.uintValue());
    case CelValue::Kind::Double: {
        // Lookups only: a double finds an integer key of the same value.
        const double d = value.doubleValue();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return std::nullopt;
        if (d < 0 && d >= -9223372036854775808.0)
            return number(Key::Negative, quint64(qint64(d)));
        if (d >= 0 && d < 18446744073709551616.0)
            return number(Key::NonNegative, quint64(d));
        return std::nullopt;
    }
    case CelValue::Kind::String:
        return Key {Key::String, 0, hashOf(QStringView(value.stringValue()))};
    default:
        return std::nullopt;
    }
}

bool CelMap::keyMatches(qint32 entry, const Key &key, const CelValue &original) const
{
    // Slots keep the low half of each key's hash; the key itself decides.
    const CelValue &k = m_entries.at(entry).first;
    if (key.category == Key::String)
        return k.kind() == CelValue::Kind::String && k.stringValue() == original.stringValue();
    if (k.kind() == CelValue::Kind::String)
        return false;
    const auto other = keyOf(k);
    return other && other->category == key.category && other->bits == key.bits;
}

qsizetype CelMap::indexOf(const Key &key, const CelValue &original) const
{
    const quint32 low = quint32(key.hash);
    if (m_tableSize == 0) {
        for (qint32 entry = 0; entry < qint32(m_entries.size()); ++entry) {
            if (m_table[entry].hash == low && keyMatches(entry, key, original))
                return entry;
        }
        return -1;
    }
    const size_t mask = m_tableSize - 1;
    for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_table[i];
        if (slot.entry < 0)
            return -1;
        if (slot.hash == low && keyMatches(slot.entry, key, original))
            return slot.entry;
    }
}

bool CelMap::matchesField(qsizetype entry, QStringView name) const
{
    const CelValue &key = m_entries.at(entry).first;
    return key.kind() == CelValue::Kind::String && QStringView(key.stringValue()) == name;
}

const CelValue *CelMap::findField(QStringView name, size_t hash) const
{
    const qint32 slot = findSlot(name, hash);
    if (slot < 0)
        return nullptr;
    return &m_entries.at(m_tableSize ? m_table[slot].entry : slot).second;
}

qint32 CelMap::findSlot(QStringView name, size_t hash) const
{
    const quint32 low = quint32(hash);
    if (m_tableSize == 0) {
        // Small maps (most JSON objects) are scanned.
        const size_t count = size_t(m_entries.size());
        for (size_t i = 0; i < count; ++i) {
            const Slot &slot = m_table[i];
            if (slot.hash != low)
                continue;
            if (slot.text == name.data() || matchesField(qsizetype(i), name))
                return qint32(i);
        }
        return -1;
    }
    const size_t mask = m_tableSize - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_table[i];
        if (slot.entry < 0)
            return -1;
        if (slot.hash != low)
            continue;
        if (slot.text == name.data() || matchesField(slot.entry, name))
            return qint32(i);
    }
}

// Places every entry in `table`, whose slots are all free.
void CelMap::placeAll(Slot *table, size_t size)
{
    const size_t mask = size - 1;
    for (qsizetype entry = 0; entry < m_entries.size(); ++entry) {
        const CelValue &key = m_entries.at(entry).first;
        const size_t hash = keyOf(key)->hash;
        size_t i = hash & mask;
        while (table[i].entry >= 0)
            i = (i + 1) & mask;
        table[i] = Slot {quint32(hash), qint32(entry),
                         key.kind() == CelValue::Kind::String ? key.stringValue().constData()
                                                              : nullptr};
    }
}

void CelMap::rehash(size_t capacity)
{
    auto *table = new Slot[capacity];
    placeAll(table, capacity);
    setTable(table, capacity, true);
}

bool CelMap::adoptDistinct(CelArena &arena, Entry *entries, qsizetype count, const size_t *hashes)
{
    if (size_t(count) > SmallSize)
        return adopt(arena, entries, count, hashes);
    m_entries = QList<Entry>(QArrayDataPointer<Entry>::fromRawData(entries, count));
    if (count == 0)
        return true;
    Slot *small = arena.allocateArray<Slot>(size_t(count));
    for (qsizetype entry = 0; entry < count; ++entry)
        new (small + entry) Slot {quint32(hashes[entry]), qint32(entry), entries[entry].first.stringValue().constData()};
    setTable(small, 0, false);
    return true;
}

bool CelMap::adopt(CelArena &arena, Entry *entries, qsizetype count, const size_t *hashes)
{
    const auto keyAt = [&](qsizetype entry) -> std::optional<Key> {
        if (hashes)
            return Key {Key::String, 0, hashes[entry]};
        return keyOf(entries[entry].first);
    };
    m_entries = QList<Entry>(QArrayDataPointer<Entry>::fromRawData(entries, count));
    const auto slotOf = [&](qsizetype entry, const Key &key) {
        const CelValue &k = entries[entry].first;
        return Slot {quint32(key.hash), qint32(entry),
                     k.kind() == CelValue::Kind::String ? k.stringValue().constData() : nullptr};
    };
    if (size_t(count) <= SmallSize) {
        if (count == 0)
            return true;
        Slot *small = arena.allocateArray<Slot>(size_t(count));
        setTable(small, 0, false);
        for (qsizetype entry = 0; entry < count; ++entry) {
            const CelValue &key = entries[entry].first;
            if (!isValidKey(key))
                return false;
            const Key k = *keyAt(entry);
            for (qsizetype earlier = 0; earlier < entry; ++earlier) {
                if (small[earlier].hash == quint32(k.hash) && keyMatches(earlier, k, key))
                    return false;
            }
            new (small + entry) Slot(slotOf(entry, k));
        }
        return true;
    }
    size_t capacity = 4 * SmallSize;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    Slot *table = arena.allocateArray<Slot>(capacity);
    std::uninitialized_fill_n(table, capacity, Slot {});
    const size_t mask = capacity - 1;
    for (qsizetype entry = 0; entry < count; ++entry) {
        const CelValue &key = entries[entry].first;
        if (!isValidKey(key))
            return false;
        const Key k = *keyAt(entry);
        size_t i = k.hash & mask;
        for (; table[i].entry >= 0; i = (i + 1) & mask) {
            if (table[i].hash == quint32(k.hash) && keyMatches(table[i].entry, k, key))
                return false;
        }
        table[i] = slotOf(entry, k);
    }
    setTable(table, capacity, false);
    return true;
}

void CelMap::reserve(qsizetype size)
{
    m_entries.reserve(size);
}

bool CelMap::insert(const CelValue &key, const CelValue &value)
{
    if (!isValidKey(key))
        return false;
    const auto k = keyOf(key);
    if (indexOf(*k, key) >= 0)
        return false;
    if (m_tableSize == 0 && !m_ownsTable && m_entries.size() < qsizetype(SmallSize))
        ownSmallSlots(); // the first entry, or a small map adopted from an arena
    m_entries.append({key, value});
    const size_t count = size_t(m_entries.size());
    const Slot slot {quint32(k->hash), qint32(count - 1),
                     key.kind() == CelValue::Kind::String ? key.stringValue().constData() : nullptr};
    if (count <= SmallSize) {
        m_table[count - 1] = slot;
        return true;
    }
    // At most half full, so probes stay short.
    if (count * 2 > m_tableSize) {
        rehash(std::max<size_t>(4 * SmallSize, m_tableSize * 2));
    } else {
        const size_t mask = m_tableSize - 1;
        size_t i = k->hash & mask;
        while (m_table[i].entry >= 0)
            i = (i + 1) & mask;
        m_table[i] = slot;
    }
    return true;
}

const CelValue *CelMap::find(const CelValue &key) const
{
    const auto k = keyOf(key);
    if (!k)
        return nullptr;
    const qsizetype entry = indexOf(*k, key);
    return entry < 0 ? nullptr : &m_entries.at(entry).second;
}

} // namespace Tessera
