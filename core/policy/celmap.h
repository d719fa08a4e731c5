#pragma once

#include "policy/celvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace Tessera {

class CelArena;

// A CEL map: insertion-ordered entries with a hash index. Keys are bool, int, uint or string;
// numeric keys are found across int/uint/double by value, as CEL's heterogeneous equality asks.
// The low half of each key's hash is kept in a slot beside the entries (in entry order for
// small maps, in an open-addressing table for larger ones), so that a compiled field
// selection (findField) costs one probe and one comparison.
class CelMap final
{
public:
    using Entry = std::pair<CelValue, CelValue>;

    CelMap() = default;
    CelMap(const CelMap &other);
    CelMap(CelMap &&other) noexcept;
    CelMap &operator=(const CelMap &other);
    CelMap &operator=(CelMap &&other) noexcept;
    ~CelMap();

    static bool isValidKey(const CelValue &key);

    // Makes this (empty) map the `count` entries at `entries`, which live in `arena` as
    // everything the map needs then does: the result owns no memory and goes into
    // CelValue::fromMap(CelArena &, ...). False (the map is then unusable) when a key is
    // invalid or repeated. `hashes`, when given, are the keys' hashOf(), all strings.
    [[nodiscard]] bool adopt(CelArena &arena, Entry *entries, qsizetype count,
                             const size_t *hashes = nullptr);
    // The same for entries whose keys are strings known to be distinct, with their hashOf()
    // in `hashes`: a reader that checked the keys once for many maps of one kind builds each
    // without looking at them again (beyond eight entries they are checked all the same).
    [[nodiscard]] bool adoptDistinct(CelArena &arena, Entry *entries, qsizetype count, const size_t *hashes);

    void reserve(qsizetype size);

    // False (and nothing changes) when the key is invalid or already present.
    bool insert(const CelValue &key, const CelValue &value);
    // Null when absent or when the key cannot be a map key.
    const CelValue *find(const CelValue &key) const;
    bool contains(const CelValue &key) const { return find(key) != nullptr; }
    // The value of the string key `name`, whose hashOf() the caller computed once.
    const CelValue *findField(QStringView name, size_t hash) const;
    // As findField(), trying first the slot at `hint`, where the caller found the field last
    // time (the documents of a catalog share their key order), and leaving its slot there.
    const CelValue *findField(QStringView name, size_t hash, qint32 &hint) const
    {
        const size_t count = m_tableSize ? m_tableSize : size_t(m_entries.size());
        if (size_t(hint) < count && m_table[hint].text == name.data() && m_table[hint].entry >= 0)
            return &m_entries.at(m_table[hint].entry).second;
        const qint32 found = findSlot(name, hash);
        if (found < 0)
            return nullptr;
        hint = found;
        return &m_entries.at(m_table[found].entry).second;
    }
    static size_t hashOf(QStringView name);

    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }

    // A map read from JSON through a CelProjection holds only the members some programs read;
    // it keeps the object's text (sharing the document), so that whatever shows the map
    // (an explanation) can show all of it. See CelJson::complete().
    void setSource(QByteArray document, qsizetype offset, qsizetype length)
    {
        m_source = std::move(document);
        m_sourceOffset = offset;
        m_sourceLength = length;
    }
    // A partial map that keeps no text (CelJson::Text::Dropped): it still has more members
    // than it holds, but shows only those.
    void setTextDropped()
    {
        m_source = QByteArray();
        m_sourceOffset = 0;
        m_sourceLength = -1;
    }
    bool isPartial() const { return m_sourceLength != 0; }
    // The object's text; empty when it was dropped.
    QByteArrayView source() const
    {
        if (m_sourceLength < 0)
            return {};
        return QByteArrayView(m_source).sliced(m_sourceOffset, m_sourceLength);
    }

private:
    // Keys normalised so that 1, 1u and 1.0 hash and compare alike; strings compare by text.
    struct Key
    {
        enum Category : quint8 { Bool, Negative, NonNegative, String };
        Category category = Bool;
        quint64 bits = 0;
        size_t hash = 0;
    };
    static std::optional<Key> keyOf(const CelValue &value);
    static size_t hashOf(Key::Category category, quint64 bits);
    qsizetype indexOf(const Key &key, const CelValue &original) const;
    bool keyMatches(qint32 entry, const Key &key, const CelValue &original) const;
    void rehash(size_t capacity);

    QList<Entry> m_entries;
    // A slot of the index: enough to recognise a pooled string key without touching the
    // entries (the key's character data is compared by address first).
    struct Slot
    {
        quint32 hash = 0; // the low half
        qint32 entry = -1; // -1 when free
        const void *text = nullptr; // a string key's characters
    };
    // The slots of the entries: for maps of up to SmallSize entries, one per entry in entry
    // order, scanned (m_tableSize is 0); for larger ones an open-addressing table of
    // m_tableSize slots, a power of two. Outside the map object, which stays small: a
    // converted document holds many maps. In an arena (adopt()) it is arena memory, otherwise
    // the map's own (small maps then have room for SmallSize slots).
    Slot *m_table = nullptr;
    size_t m_tableSize = 0;
    bool m_ownsTable = false;
    void setTable(Slot *table, size_t size, bool owned);
    void placeAll(Slot *table, size_t size);
    // Owned slots for a small map, with room for SmallSize, holding the current ones.
    void ownSmallSlots();
    static constexpr size_t SmallSize = 8;
    bool matchesField(qsizetype entry, QStringView name) const;
    // The slot (in m_table) of the string key `name`, or -1.
    qint32 findSlot(QStringView name, size_t hash) const;
    QByteArray m_source;
    qsizetype m_sourceOffset = 0;
    qsizetype m_sourceLength = 0;
};

} // namespace Tessera
