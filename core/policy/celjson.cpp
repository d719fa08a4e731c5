#include "policy/celjson.h"

#include "policy/celmap.h"
#include "policy/celstringpool.h"
#include "policy/celtime.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <unordered_map>

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
