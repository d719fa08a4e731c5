#include "authoring/documentschema.h"

#include <QFile>

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Tessera {

struct DocumentSchema::Data
{
    Json document;
    const Json *root = nullptr;

    // Follows $ref chains within the document; null when a reference is dangling.
    const Json *resolve(const Json *node) const
    {
        for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 16; ++hops) {
            const Json &ref = node->at("$ref");
            if (!ref.is_string())
                return nullptr;
            const std::string target = ref.get<std::string>();
            if (target.rfind('#', 0) != 0)
                return nullptr;
            try {
                node = &document.at(Json::json_pointer(target.substr(1)));
            } catch (const Json::exception &) {
                return nullptr;
            }
        }
        return node;
    }

    const Json *at(const QStringList &path) const
    {
        const Json *node = resolve(root);
        for (const QString &segment : path) {
            if (!node || !node->is_object())
                return nullptr;
            if (segment == u"[]"_s) {
                if (node->contains("items"))
                    node = resolve(&node->at("items"));
                else if (node->contains("additionalProperties")
                         && node->at("additionalProperties").is_object())
                    node = resolve(&node->at("additionalProperties"));
                else
                    return nullptr;
                continue;
            }
            const auto properties = node->find("properties");
            if (properties == node->end() || !properties->is_object())
                return nullptr;
            const auto property = properties->find(segment.toStdString());
            if (property == properties->end())
                return nullptr;
            node = resolve(&*property);
        }
        return node;
    }

    static QString typeOf(const Json &node)
    {
        const auto type = node.find("type");
        if (type == node.end())
            return node.contains("properties") ? u"object"_s : QString();
        if (type->is_string())
            return QString::fromStdString(type->get<std::string>());
        QStringList types;
        if (type->is_array()) {
            for (const Json &t : *type) {
                if (t.is_string())
                    types += QString::fromStdString(t.get<std::string>());
            }
        }
        return types.join(u'|');
    }
};

DocumentSchema::DocumentSchema() = default;

DocumentSchema::DocumentSchema(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Result<DocumentSchema> DocumentSchema::fromJson(const QByteArray &json, const QString &root)
{
    auto data = std::make_shared<Data>();
    data->document = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (data->document.is_discarded())
        return Error {tr("The schema is not valid JSON.")};
    try {
        data->root = &data->document.at(Json::json_pointer(root.toStdString()));
    } catch (const Json::exception &) {
        return Error {tr("The schema has nothing at \"%1\".").arg(root)};
    }
    return DocumentSchema(std::move(data));
}

namespace {

DocumentSchema compiledIn(const QString &resource, const QString &root)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto schema = DocumentSchema::fromJson(file.readAll(), root);
    return schema ? std::move(schema).value() : DocumentSchema();
}

} // namespace

DocumentSchema DocumentSchema::product()
{
    static const DocumentSchema schema
        = compiledIn(u":/schemas/product.schema.json"_s, QString());
    return schema;
}

DocumentSchema DocumentSchema::domain()
{
    static const DocumentSchema schema
        = compiledIn(u":/schemas/catalog.schema.json"_s, u"/properties/domains/items"_s);
    return schema;
}

bool DocumentSchema::isValid() const { return d && d->root; }

QList<SchemaProperty> DocumentSchema::properties(const QStringList &path) const
{
    QList<SchemaProperty> result;
    if (!isValid())
        return result;
    const Json *node = d->at(path);
    if (!node || !node->is_object())
        return result;
    const auto properties = node->find("properties");
    if (properties == node->end() || !properties->is_object())
        return result;
    for (auto it = properties->begin(); it != properties->end(); ++it) {
        const Json *property = d->resolve(&it.value());
        SchemaProperty item;
        item.name = QString::fromStdString(it.key());
        if (property && property->is_object()) {
            item.type = Data::typeOf(*property);
            const std::string description = property->value("description", std::string());
            item.description = QString::fromStdString(description.empty()
                    ? it.value().value("description", std::string()) : description);
            if (const auto values = property->find("enum");
                values != property->end() && values->is_array()) {
                for (const Json &value : *values) {
                    if (value.is_string())
                        item.enumValues += QString::fromStdString(value.get<std::string>());
                }
            }
        }
        result.append(item);
    }
    return result;
}

QString DocumentSchema::typeAt(const QStringList &path) const
{
    if (!isValid())
        return {};
    const Json *node = d->at(path);
    return node && node->is_object() ? Data::typeOf(*node) : QString();
}

} // namespace Tessera
