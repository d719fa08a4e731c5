#include "governance/policyvariables.h"

#include "interop/catalogjson.h"
#include "policy/celjson.h"

#include <nlohmann/json.hpp>

using Json = nlohmann::json;

namespace Tessera {

namespace {

// Objects merge key by key; anything else in `overlay` replaces.
void mergeInto(Json &base, const Json &overlay)
{
    if (!base.is_object() || !overlay.is_object()) {
        base = overlay;
        return;
    }
    for (auto it = overlay.begin(); it != overlay.end(); ++it)
        mergeInto(base[it.key()], it.value());
}

Json completed(const Json &defaults, const Json &partial)
{
    Json result = defaults;
    mergeInto(result, partial);
    return result;
}

// Each element of the array at `key` completed with `element`, then `nested` applied to it.
template<typename Nested>
void completeArray(Json &object, const char *key, const Json &element, Nested nested)
{
    auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return;
    for (Json &item : *it) {
        if (item.is_object()) {
            item = completed(element, item);
            nested(item);
        }
    }
}

} // namespace

CelValue PolicyVariables::product(const DataProduct &product)
{
    return productFromDocument(CatalogJson::productToJson(product));
}

CelValue PolicyVariables::productFromDocument(const QByteArray &document)
{
    auto value = CelJson::parse(document);
    return value ? std::move(value).value() : CelValue();
}

Json PolicyVariables::domainJson(const Domain &domain, const QStringList &ancestors)
{
    Json roles = Json::array();
    for (const RoleAssignment &role : domain.roles)
        roles.push_back({{"person", role.personId.toStdString()}, {"role", toString(role.role).toStdString()}});
    Json up = Json::array();
    for (const QString &id : ancestors)
        up.push_back(id.toStdString());
    return Json{{"id", domain.id.toStdString()},
                {"name", domain.name.toStdString()},
                {"parent", domain.parentId.isEmpty() ? Json(nullptr) : Json(domain.parentId.toStdString())},
                {"description", domain.description.toStdString()},
                {"roles", std::move(roles)},
                {"ancestors", std::move(up)}};
}

CelValue PolicyVariables::domain(const Domain &domain, const QStringList &ancestors)
{
    return CelJson::fromJson(domainJson(domain, ancestors));
}

CelValue PolicyVariables::now(const QDateTime &now)
{
    const qint64 msecs = now.toMSecsSinceEpoch();
    qint64 seconds = msecs / 1000;
    qint32 millis = qint32(msecs % 1000);
    if (millis < 0) { // nanos carry the sign of seconds
        seconds += 1;
        millis -= 1000;
    }
    return CelValue::fromTimestamp({seconds, millis * 1'000'000});
}

Json PolicyVariables::completeProduct(const Json &partial)
{
    DataProduct defaults;
    const Json domain = partial.value("domain", Json("domain"));
    const Json name = partial.value("name", Json("product"));
    defaults.domainId = QString::fromStdString(domain.is_string() ? domain.get<std::string>() : "domain");
    defaults.name = QString::fromStdString(name.is_string() ? name.get<std::string>() : "product");
    defaults.id = DataProduct::makeId(defaults.domainId, defaults.name);
    defaults.title = defaults.name;
    const QByteArray canonical = CatalogJson::productToJson(defaults);
    Json result = completed(Json::parse(canonical.constBegin(), canonical.constEnd()), partial);

    static const Json field = {{"name", ""}, {"type", ""}, {"description", ""}, {"nullable", true}, {"pii", false}};
    static const Json port = {{"name", ""}, {"type", "table"}, {"location", ""}, {"contractId", ""},
                              {"schema", {{"version", ""}, {"fields", Json::array()}}}};
    static const Json slo = {{"id", ""}, {"property", ""}, {"value", nullptr}, {"valueExt", nullptr},
                             {"unit", ""}, {"element", ""}, {"driver", ""}, {"description", ""},
                             {"scheduler", ""}, {"schedule", ""}};
    auto none = [](Json &) {};
    completeArray(result, "outputPorts", port, [&](Json &p) {
        if (p["schema"].is_object())
            completeArray(p["schema"], "fields", field, none);
    });
    completeArray(result, "inputPorts", Json{{"product", ""}, {"port", ""}}, none);
    completeArray(result, "support", Json{{"channel", ""}, {"url", ""}}, none);
    completeArray(result, "roles", Json{{"person", ""}, {"role", "steward"}}, none);
    completeArray(result, "slos", slo, none);
    return result;
}

} // namespace Tessera
