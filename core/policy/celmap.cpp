#include "policy/celmap.h"

#include <cmath>

namespace Tessera {

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

std::optional<CelMap::Key> CelMap::keyOf(const CelValue &value)
{
    switch (value.kind()) {
    case CelValue::Kind::Bool:
        return Key {Key::Bool, value.boolValue() ? 1u : 0u, {}};
    case CelValue::Kind::Int: {
        const qint64 i = value.intValue();
        return i < 0 ? Key {Key::Negative, quint64(i), {}} : Key {Key::NonNegative, quint64(i), {}};
    }
    case CelValue::Kind::Uint:
        return Key {Key::NonNegative, value.uintValue(), {}};
    case CelValue::Kind::Double: {
        // Lookups only: a double finds an integer key of the same value.
        const double d = value.doubleValue();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return std::nullopt;
        if (d < 0 && d >= -9223372036854775808.0)
            return Key {Key::Negative, quint64(qint64(d)), {}};
        if (d >= 0 && d < 18446744073709551616.0)
            return Key {Key::NonNegative, quint64(d), {}};
        return std::nullopt;
    }
    case CelValue::Kind::String:
        return Key {Key::String, 0, value.stringValue()};
    default:
        return std::nullopt;
    }
}

bool CelMap::insert(const CelValue &key, const CelValue &value)
{
    if (!isValidKey(key))
        return false;
    const auto k = keyOf(key);
    if (m_index.contains(*k))
        return false;
    m_index.insert(*k, m_entries.size());
    m_entries.append({key, value});
    return true;
}

const CelValue *CelMap::find(const CelValue &key) const
{
    const auto k = keyOf(key);
    if (!k)
        return nullptr;
    const auto it = m_index.constFind(*k);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it).second;
}

} // namespace Tessera
