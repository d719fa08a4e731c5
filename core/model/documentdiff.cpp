#include "model/documentdiff.h"

#include <nlohmann/json.hpp>

#include <QSet>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Tessera {

namespace {

QString compact(const Json &value) { return QString::fromStdString(value.dump()); }

// How an array item is named in a path: by "name" or "id" (or product/port for inputs),
// so that reordering or inserting a field reads as such rather than as a cascade.
QString itemKey(const Json &item)
{
    if (!item.is_object())
        return {};
    for (const char *key : {"id", "name"}) {
        const auto it = item.find(key);
        if (it != item.end() && it->is_string() && !it->get<std::string>().empty())
            return QString::fromStdString(it->get<std::string>());
    }
    const auto product = item.find("product");
    const auto port = item.find("port");
    if (product != item.end() && product->is_string())
        return QString::fromStdString(product->get<std::string>())
            + (port != item.end() && port->is_string() ? u":"_s + QString::fromStdString(port->get<std::string>()) : QString());
    return {};
}

bool keyedArray(const Json &array)
{
    QSet<QString> seen;
    for (const Json &item : array) {
        const QString key = itemKey(item);
        if (key.isEmpty() || seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

void diff(const Json &a, const Json &b, const QString &path, QList<DocumentChange> &out)
{
    if (a == b)
        return;
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString child = path.isEmpty() ? QString::fromStdString(it.key())
                                                 : path + u'.' + QString::fromStdString(it.key());
            const auto other = b.find(it.key());
            if (other == b.end())
                out.append({DocumentChange::Kind::Removed, child, compact(it.value()), {}});
            else
                diff(it.value(), *other, child, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (a.find(it.key()) == a.end()) {
                const QString child = path.isEmpty() ? QString::fromStdString(it.key())
                                                     : path + u'.' + QString::fromStdString(it.key());
                out.append({DocumentChange::Kind::Added, child, {}, compact(it.value())});
            }
        }
        return;
    }
    if (a.is_array() && b.is_array()) {
        if (keyedArray(a) && keyedArray(b)) {
            for (const Json &item : a) {
                const QString key = itemKey(item);
                const QString child = path + u'[' + key + u']';
                const Json *match = nullptr;
                for (const Json &other : b) {
                    if (itemKey(other) == key) {
                        match = &other;
                        break;
                    }
                }
                if (match)
                    diff(item, *match, child, out);
                else
                    out.append({DocumentChange::Kind::Removed, child, compact(item), {}});
            }
            for (const Json &item : b) {
                const QString key = itemKey(item);
                bool present = false;
                for (const Json &other : a)
                    present = present || itemKey(other) == key;
                if (!present)
                    out.append({DocumentChange::Kind::Added, path + u'[' + key + u']', {}, compact(item)});
            }
            return;
        }
        if (a.size() == b.size() && !a.empty() && a.front().is_object()) {
            for (std::size_t i = 0; i < a.size(); ++i)
                diff(a[i], b[i], path + u'[' + QString::number(i) + u']', out);
            return;
        }
    }
    out.append({DocumentChange::Kind::Changed, path, compact(a), compact(b)});
}

} // namespace

QList<DocumentChange> DocumentDiff::compare(const QString &before, const QString &after)
{
    const Json a = Json::parse(before.toStdString(), nullptr, false);
    const Json b = Json::parse(after.toStdString(), nullptr, false);
    QList<DocumentChange> changes;
    if (a.is_discarded() || b.is_discarded()) {
        if (before != after)
            changes.append({DocumentChange::Kind::Changed, {}, before, after});
        return changes;
    }
    diff(a, b, QString(), changes);
    return changes;
}

} // namespace Tessera
