#include "policy/celstringpool.h"

#include <QSet>

#include <mutex>

namespace Tessera {

QString CelStringPool::intern(QStringView text)
{
    if (text.size() > MaxLength)
        return text.toString();
    static std::mutex mutex;
    static QSet<QString> pool;
    const std::lock_guard lock(mutex);
    const auto it = pool.constFind(text.toString());
    if (it != pool.cend())
        return *it;
    QString copy = text.toString();
    if (pool.size() < MaxStrings)
        pool.insert(copy);
    return copy;
}

} // namespace Tessera
