#include "policy/celstringpool.h"

#include "policy/celvalue.h"

#include <QHash>

#include <mutex>

namespace Tessera {

namespace {

struct Pool
{
    std::mutex mutex;
    // Never shrinks: the strings and their values live as long as the process, so borrowed
    // copies of them are always valid.
    QHash<QString, CelValue> strings;
};

Pool &pool()
{
    // Never destroyed: values borrowed from it may be dropped by static destructors.
    static Pool *const instance = new Pool;
    return *instance;
}

// A borrowed copy of the pooled value of `text`, or a null value when it cannot be pooled.
// Payloads stay where they are when the hash grows, so borrowed copies stay valid.
CelValue find(QStringView text)
{
    if (text.size() > CelStringPool::MaxLength)
        return {};
    Pool &p = pool();
    const std::lock_guard lock(p.mutex);
    const QString key = text.toString();
    auto it = p.strings.constFind(key);
    if (it == p.strings.cend()) {
        if (p.strings.size() >= CelStringPool::MaxStrings)
            return {};
        it = p.strings.insert(key, CelValue::fromString(key));
    }
    return it->borrowed();
}

} // namespace

QString CelStringPool::intern(QStringView text)
{
    const CelValue pooled = find(text);
    return pooled.kind() == CelValue::Kind::String ? pooled.stringValue() : text.toString();
}

CelValue CelStringPool::internValue(QStringView text)
{
    CelValue pooled = find(text);
    return pooled.kind() == CelValue::Kind::String ? pooled : CelValue::fromString(text.toString());
}

} // namespace Tessera
