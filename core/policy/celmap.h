#pragma once

#include "policy/celvalue.h"

#include <QHash>
#include <QList>

#include <utility>

namespace Tessera {

// A CEL map: insertion-ordered entries with a hash index. Keys are bool, int, uint or string;
// numeric keys are found across int/uint/double by value, as CEL's heterogeneous equality asks.
class CelMap final
{
public:
    using Entry = std::pair<CelValue, CelValue>;

    static bool isValidKey(const CelValue &key);

    // False (and nothing changes) when the key is invalid or already present.
    bool insert(const CelValue &key, const CelValue &value);
    // Null when absent or when the key cannot be a map key.
    const CelValue *find(const CelValue &key) const;
    bool contains(const CelValue &key) const { return find(key) != nullptr; }

    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }

private:
    // Keys normalised so that 1, 1u and 1.0 hash and compare alike.
    struct Key
    {
        enum Category : quint8 { Bool, Negative, NonNegative, String };
        Category category = Bool;
        quint64 bits = 0;
        QString text;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.category), key.bits, key.text);
        }
    };
    static std::optional<Key> keyOf(const CelValue &value);

    QList<Entry> m_entries;
    QHash<Key, qsizetype> m_index;
};

} // namespace Tessera
