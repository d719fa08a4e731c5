#include "interop/catalogjson.h"

#include "governance/policyio.h"
#include "interop/jsonwriter.h"
#include "model/productvalidator.h"
#include "util/textposition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;

namespace Tessera {

namespace {

constexpr int MaxReportedProblems = 20;

// Where a value sits in the document. Built on the stack while reading and turned into a
// JSON pointer only when something is wrong, so valid input costs no string building.
struct Path
{
    const Path *parent = nullptr;
    const char *key = nullptr; // member name, or null for an array index
    std::size_t index = 0;

    Path at(const char *name) const { return Path{this, name, 0}; }
    Path at(std::size_t i) const { return Path{this, nullptr, i}; }

    std::string pointer() const
    {
        std::string result = parent ? parent->pointer() : std::string();
        if (!parent && !key)
            return result; // the root
        result += '/';
        if (key) {
            for (const char *c = key; *c; ++c) {
                if (*c == '~')
                    result += "~0";
                else if (*c == '/')
                    result += "~1";
                else
                    result += *c;
            }
        } else {
            result += std::to_string(index);
        }
        return result;
    }
};

// Thrown while reading a document; caught at the parse boundary.
struct ContentError
{
    std::string pointer;
    QString message;
};

QString qstr(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString typeName(const Json &value) { return QString::fromLatin1(value.type_name()); }

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CatalogJson)

public:
    [[noreturn]] static void fail(const Path &path, const QString &message)
    {
        throw ContentError{path.pointer(), message};
    }

    static void expectObject(const Json &value, const Path &path)
    {
        if (!value.is_object())
            fail(path, tr("expected an object, found %1").arg(typeName(value)));
    }

    static const Json *member(const Json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    static QString string(const Json &object, const char *key, const Path &path,
                          bool required = false, const QString &fallback = {})
    {
        const Json *value = member(object, key);
        if (!value) {
            if (required)
                fail(path.at(key), tr("the required value \"%1\" is missing").arg(QLatin1StringView(key)));
            return fallback;
        }
        if (!value->is_string())
            fail(path.at(key), tr("expected a string, found %1").arg(typeName(*value)));
        return qstr(value->get_ref<const std::string &>());
    }

    static bool boolean(const Json &object, const char *key, const Path &path, bool fallback)
    {
        const Json *value = member(object, key);
        if (!value)
            return fallback;
        if (!value->is_boolean())
            fail(path.at(key), tr("expected true or false, found %1").arg(typeName(*value)));
        return value->get<bool>();
    }

    static const Json &array(const Json &object, const char *key, const Path &path)
    {
        static const Json empty = Json::array();
        const Json *value = member(object, key);
        if (!value)
            return empty;
        if (!value->is_array())
            fail(path.at(key), tr("expected an array, found %1").arg(typeName(*value)));
        return *value;
    }

    template<typename Enum>
    static Enum enumeration(const Json &object, const char *key, const Path &path,
                            std::optional<Enum> (*parse)(const QString &), QStringList (*names)(),
                            Enum fallback)
    {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> value = parse(text);
        if (!value)
            fail(path.at(key), tr("\"%1\" is not one of %2").arg(text, names().join(u", "_s)));
        return *value;
    }

    static QDateTime dateTime(const Json &object, const char *key, const Path &path,
                              bool required = false)
    {
        const QString text = string(object, key, path, required);
        if (text.isEmpty())
            return {};
        return parseUtc(text, path.at(key));
    }

    // A date and time without an offset is taken as UTC, never as the reader's local time
    // (which would make the same file mean different instants on different machines).
    static QDateTime parseUtc(const QString &text, const Path &path)
    {
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (value.isValid() && value.timeSpec() == Qt::LocalTime)
            value = QDateTime(value.date(), value.time(), Qt::UTC);
        if (!value.isValid()) {
            // A local time in a daylight-saving gap parses as invalid: read it as UTC.
            const QDateTime utc = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
            if (!utc.isValid())
                fail(path, tr("\"%1\" is not an ISO 8601 date and time").arg(text));
            return utc;
        }
        return value.toUTC();
    }

    static QDate date(const Json &object, const char *key, const Path &path)
    {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return {};
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!value.isValid())
            fail(path.at(key), tr("\"%1\" is not an ISO 8601 date (YYYY-MM-DD)").arg(text));
        return value;
    }

    static QStringList strings(const Json &object, const char *key, const Path &path)
    {
        QStringList list;
        const Json &items = array(object, key, path);
        list.reserve(qsizetype(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!items[i].is_string())
                fail(path.at(key).at(i), tr("expected a string, found %1").arg(typeName(items[i])));
            list.append(qstr(items[i].get_ref<const std::string &>()));
        }
        return list;
    }

    // SLO values are a number or a string (ODCS allows both).
    static QVariant scalar(const Json &object, const char *key, const Path &path)
    {
        const Json *value = member(object, key);
        if (!value)
            return {};
        if (value->is_number_unsigned()) {
            const quint64 number = value->get<quint64>();
            if (number > quint64(std::numeric_limits<qint64>::max()))
                return double(number);
            return QVariant::fromValue<qint64>(qint64(number));
        }
        if (value->is_number_integer())
            return QVariant::fromValue<qint64>(value->get<qint64>());
        if (value->is_number())
            return value->get<double>();
        if (value->is_string())
            return qstr(value->get_ref<const std::string &>());
        fail(path.at(key), tr("expected a number or a string, found %1").arg(typeName(*value)));
    }
};

QVariant toVariant(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return QVariant::fromValue(nullptr);
    case Json::value_t::boolean: return value.get<bool>();
    case Json::value_t::number_integer: return QVariant::fromValue<qint64>(value.get<qint64>());
    case Json::value_t::number_unsigned: return QVariant::fromValue<quint64>(value.get<quint64>());
    case Json::value_t::number_float: return value.get<double>();
    case Json::value_t::string: return qstr(value.get_ref<const std::string &>());
    case Json::value_t::array: {
        QVariantList list;
        for (const Json &item : value)
            list.append(toVariant(item));
        return list;
    }
    case Json::value_t::object: {
        QVariantMap map;
        for (auto it = value.begin(); it != value.end(); ++it)
            map.insert(qstr(it.key()), toVariant(it.value()));
        return map;
    }
    default: return {};
    }
}

void writeDateTime(JsonWriter &w, const QDateTime &value)
{
    w.value(value);
}

void writeScalar(JsonWriter &w, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        w.null();
    else
        w.value(value);
}

void writeRoles(JsonWriter &w, const QList<RoleAssignment> &roles)
{
    w.beginArray();
    for (const RoleAssignment &role : roles) {
        w.beginObject();
        w.member("person", role.personId);
        w.member("role", toString(role.role));
        w.endObject();
    }
    w.endArray();
}

// The canonical product document; the key order is the one docs/FORMAT.md shows.
void writeProduct(JsonWriter &w, const DataProduct &p)
{
    w.beginObject();
    w.member("id", p.id);
    w.member("domain", p.domainId);
    w.member("name", p.name);
    w.member("title", p.title);
    w.member("version", p.version);
    w.member("status", toString(p.status));
    w.key("sunsetDate");
    if (p.sunsetDate.isValid())
        w.value(p.sunsetDate.toString(Qt::ISODate));
    else
        w.null();
    w.key("description");
    w.beginObject();
    w.member("purpose", p.purpose);
    w.member("limitations", p.limitations);
    w.member("usage", p.usage);
    w.endObject();
    w.key("tags");
    w.beginArray();
    for (const QString &tag : p.tags)
        w.value(tag);
    w.endArray();
    w.member("classification", toString(p.classification));
    w.member("owner", p.ownerTeamId);
    w.key("support");
    w.beginArray();
    for (const SupportChannel &c : p.supportChannels) {
        w.beginObject();
        w.member("channel", c.channel);
        w.member("url", c.url);
        w.endObject();
    }
    w.endArray();
    w.key("roles");
    writeRoles(w, p.roles);
    w.key("customProperties");
    w.value(QVariant(p.customProperties));
    w.key("outputPorts");
    w.beginArray();
    for (const OutputPort &port : p.outputPorts) {
        w.beginObject();
        w.member("name", port.name);
        w.member("type", toString(port.type));
        w.member("location", port.location);
        w.member("contractId", port.contractId);
        w.key("schema");
        w.beginObject();
        w.member("version", port.schemaVersion);
        w.key("fields");
        w.beginArray();
        for (const SchemaField &f : port.fields) {
            w.beginObject();
            w.member("name", f.name);
            w.member("type", f.type);
            w.member("description", f.description);
            w.member("nullable", f.nullable);
            w.member("pii", f.pii);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.key("inputPorts");
    w.beginArray();
    for (const InputPort &input : p.inputPorts) {
        w.beginObject();
        w.member("product", input.productId);
        w.member("port", input.portName);
        w.endObject();
    }
    w.endArray();
    w.key("slos");
    w.beginArray();
    for (const ServiceLevelObjective &s : p.slos) {
        w.beginObject();
        w.member("id", s.id);
        w.member("property", s.property);
        w.key("value");
        writeScalar(w, s.value);
        w.key("valueExt");
        writeScalar(w, s.valueExt);
        w.member("unit", s.unit);
        w.member("element", s.element);
        w.member("driver", s.driver);
        w.member("description", s.description);
        w.member("scheduler", s.scheduler);
        w.member("schedule", s.schedule);
        w.endObject();
    }
    w.endArray();
    w.key("createdAt");
    writeDateTime(w, p.createdAt);
    w.key("updatedAt");
    writeDateTime(w, p.updatedAt);
    w.endObject();
}

QList<RoleAssignment> readRoles(const Json &object, const Path &path)
{
    QList<RoleAssignment> roles;
    const Json &items = Reader::array(object, "roles", path);
    const Path base = path.at("roles");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Path at = base.at(i);
        Reader::expectObject(items[i], at);
        RoleAssignment role;
        role.personId = Reader::string(items[i], "person", at, true);
        role.role = Reader::enumeration(items[i], "role", at, &roleFromString, &roleNames, Role::Steward);
        roles.append(role);
    }
    return roles;
}

DataProduct readProduct(const Json &o, const Path &path)
{
    Reader::expectObject(o, path);
    DataProduct p;
    p.domainId = Reader::string(o, "domain", path, true);
    p.name = Reader::string(o, "name", path, true);
    p.id = Reader::string(o, "id", path, false, DataProduct::makeId(p.domainId, p.name));
    p.title = Reader::string(o, "title", path, false, p.name);
    p.version = Reader::string(o, "version", path, false, u"0.1.0"_s);
    p.status = Reader::enumeration(o, "status", path, &lifecycleStatusFromString, &lifecycleStatusNames, LifecycleStatus::Draft);
    p.sunsetDate = Reader::date(o, "sunsetDate", path);
    if (const Json *description = Reader::member(o, "description")) {
        if (description->is_string()) {
            p.purpose = qstr(description->get_ref<const std::string &>());
        } else {
            const Path at = path.at("description");
            Reader::expectObject(*description, at);
            p.purpose = Reader::string(*description, "purpose", at);
            p.limitations = Reader::string(*description, "limitations", at);
            p.usage = Reader::string(*description, "usage", at);
        }
    }
    p.tags = Reader::strings(o, "tags", path);
    p.classification = Reader::enumeration(o, "classification", path, &classificationFromString, &classificationNames, Classification::Internal);
    p.ownerTeamId = Reader::string(o, "owner", path);

    const Json &support = Reader::array(o, "support", path);
    for (std::size_t i = 0; i < support.size(); ++i) {
        const Path at = path.at("support").at(i);
        Reader::expectObject(support[i], at);
        p.supportChannels.append({Reader::string(support[i], "channel", at), Reader::string(support[i], "url", at)});
    }
    p.roles = readRoles(o, path);
    if (const Json *custom = Reader::member(o, "customProperties")) {
        Reader::expectObject(*custom, path.at("customProperties"));
        p.customProperties = toVariant(*custom).toMap();
    }

    const Json &outputs = Reader::array(o, "outputPorts", path);
    const Path outputsPath = path.at("outputPorts");
    p.outputPorts.reserve(qsizetype(outputs.size()));
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const Path at = outputsPath.at(i);
        const Json &po = outputs[i];
        Reader::expectObject(po, at);
        OutputPort port;
        port.name = Reader::string(po, "name", at, true);
        port.type = Reader::enumeration(po, "type", at, &portTypeFromString, &portTypeNames, PortType::Table);
        port.location = Reader::string(po, "location", at);
        port.contractId = Reader::string(po, "contractId", at);
        if (const Json *schema = Reader::member(po, "schema")) {
            const Path schemaPath = at.at("schema");
            Reader::expectObject(*schema, schemaPath);
            port.schemaVersion = Reader::string(*schema, "version", schemaPath);
            const Json &fields = Reader::array(*schema, "fields", schemaPath);
            const Path fieldsPath = schemaPath.at("fields");
            port.fields.reserve(qsizetype(fields.size()));
            for (std::size_t j = 0; j < fields.size(); ++j) {
                const Path fieldPath = fieldsPath.at(j);
                const Json &fo = fields[j];
                Reader::expectObject(fo, fieldPath);
                SchemaField field;
                field.name = Reader::string(fo, "name", fieldPath, true);
                field.type = Reader::string(fo, "type", fieldPath);
                field.description = Reader::string(fo, "description", fieldPath);
                field.nullable = Reader::boolean(fo, "nullable", fieldPath, true);
                field.pii = Reader::boolean(fo, "pii", fieldPath, false);
                port.fields.append(std::move(field));
            }
        }
        p.outputPorts.append(std::move(port));
    }
    const Json &inputs = Reader::array(o, "inputPorts", path);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Path at = path.at("inputPorts").at(i);
        Reader::expectObject(inputs[i], at);
        p.inputPorts.append({Reader::string(inputs[i], "product", at, true), Reader::string(inputs[i], "port", at)});
    }
    const Json &slos = Reader::array(o, "slos", path);
    for (std::size_t i = 0; i < slos.size(); ++i) {
        const Path at = path.at("slos").at(i);
        const Json &so = slos[i];
        Reader::expectObject(so, at);
        ServiceLevelObjective slo;
        slo.id = Reader::string(so, "id", at);
        slo.property = Reader::string(so, "property", at, true);
        slo.value = Reader::scalar(so, "value", at);
        slo.valueExt = Reader::scalar(so, "valueExt", at);
        slo.unit = Reader::string(so, "unit", at);
        slo.element = Reader::string(so, "element", at);
        slo.driver = Reader::string(so, "driver", at);
        slo.description = Reader::string(so, "description", at);
        slo.scheduler = Reader::string(so, "scheduler", at);
        slo.schedule = Reader::string(so, "schedule", at);
        p.slos.append(std::move(slo));
    }
    p.createdAt = Reader::dateTime(o, "createdAt", path);
    p.updatedAt = Reader::dateTime(o, "updatedAt", path);

    // The same rules the catalog enforces on save, reported at their place in the file.
    const QList<ProductValidator::Problem> problems = ProductValidator::validate(p);
    if (!problems.isEmpty()) {
        std::string pointer = path.pointer() + '/' + problems.first().field.toStdString();
        throw ContentError{pointer, problems.first().message};
    }
    return p;
}

Policy readPolicy(const Json &o, const Path &path)
{
    std::string pointer;
    auto policy = PolicyIo::fromJsonValue(o, &pointer);
    if (!policy)
        throw ContentError{path.pointer() + pointer, policy.error()};
    return std::move(policy).value();
}


} // namespace

Result<CatalogDocument> CatalogJson::parse(const QByteArray &bytes, const QString &sourceName)
{
    Json root;
    try {
        root = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::exception &e) {
        // parse_error carries the place; others (a number out of range) only a byte count.
        const auto *parseError = dynamic_cast<const Json::parse_error *>(&e);
        // e.byte is 1-based and points at the last character of the offending token; a
        // reader wants the start of the token, so step back over a string literal.
        const std::size_t byte = parseError ? parseError->byte : 0;
        std::size_t offset = byte > 0 ? byte - 1 : 0;
        if (offset < std::size_t(bytes.size()) && offset > 0 && bytes.at(qsizetype(offset)) == '"') {
            std::size_t open = offset - 1;
            while (open > 0 && !(bytes.at(qsizetype(open)) == '"' && bytes.at(qsizetype(open - 1)) != '\\'))
                --open;
            offset = open;
        }
        const auto [line, column] = lineAndColumnAt(bytes, offset);
        QString reason = QString::fromUtf8(e.what());
        const qsizetype at = reason.indexOf(u"syntax error"_s);
        if (at >= 0)
            reason = reason.mid(at);
        return Error{tr("%1:%2:%3: not valid JSON: %4").arg(sourceName).arg(line).arg(column).arg(reason)};
    }

    CatalogDocument document;
    QStringList problems;
    auto record = [&](const ContentError &e) {
        if (problems.size() < MaxReportedProblems)
            problems.append(tr("%1: %2: %3").arg(sourceName, e.pointer.empty() ? u"/"_s : qstr(e.pointer), e.message));
    };
    const Path rootPath;

    try {
        if (root.is_array()) {
            document.products.reserve(qsizetype(root.size()));
            for (std::size_t i = 0; i < root.size(); ++i) {
                try {
                    document.products.append(readProduct(root[i], rootPath.at(i)));
                } catch (const ContentError &e) {
                    record(e);
                }
            }
        } else if (root.is_object() && !root.contains("format") && root.contains("domain")) {
            document.products.append(readProduct(root, rootPath));
        } else {
            Reader::expectObject(root, rootPath);
            const QString format = Reader::string(root, "format", rootPath, true);
            if (format != "tessera-catalog"_L1)
                Reader::fail(rootPath.at("format"), tr("\"%1\" is not a Tessera catalog file (expected \"tessera-catalog\")").arg(format));
            if (const Json *version = Reader::member(root, "formatVersion")) {
                if (!version->is_number_integer())
                    Reader::fail(rootPath.at("formatVersion"), tr("expected an integer, found %1").arg(typeName(*version)));
                if (version->is_number_unsigned() ? version->get<quint64>() > quint64(FormatVersion)
                                                  : version->get<qint64>() > FormatVersion)
                    Reader::fail(rootPath.at("formatVersion"), tr("format version %1 is newer than this Tessera reads (%2); update Tessera").arg(QString::fromStdString(version->dump())).arg(FormatVersion));
            }
            auto each = [&](const char *key, auto &&read) {
                const Json &items = Reader::array(root, key, rootPath);
                const Path base = rootPath.at(key);
                for (std::size_t i = 0; i < items.size(); ++i) {
                    try {
                        read(items[i], base.at(i));
                    } catch (const ContentError &e) {
                        record(e);
                    }
                }
            };
            each("domains", [&](const Json &o, const Path &path) {
                Reader::expectObject(o, path);
                Domain d;
                d.id = Reader::string(o, "id", path, true);
                d.name = Reader::string(o, "name", path, false, d.id);
                d.parentId = Reader::string(o, "parent", path);
                d.description = Reader::string(o, "description", path);
                d.roles = readRoles(o, path);
                const auto domainProblems = ProductValidator::validate(d);
                if (!domainProblems.isEmpty())
                    throw ContentError{path.pointer() + '/' + domainProblems.first().field.toStdString(), domainProblems.first().message};
                document.domains.append(d);
            });
            each("teams", [&](const Json &o, const Path &path) {
                Reader::expectObject(o, path);
                Team t;
                t.id = Reader::string(o, "id", path, true);
                t.name = Reader::string(o, "name", path, false, t.id);
                t.domainId = Reader::string(o, "domain", path);
                t.email = Reader::string(o, "email", path);
                document.teams.append(t);
            });
            each("people", [&](const Json &o, const Path &path) {
                Reader::expectObject(o, path);
                Person person;
                person.id = Reader::string(o, "id", path, true);
                person.name = Reader::string(o, "name", path, false, person.id);
                person.email = Reader::string(o, "email", path);
                person.teamId = Reader::string(o, "team", path);
                document.people.append(person);
            });
            document.products.reserve(qsizetype(Reader::array(root, "products", rootPath).size()));
            each("products", [&](const Json &o, const Path &path) {
                document.products.append(readProduct(o, path));
            });
            each("policies", [&](const Json &o, const Path &path) {
                document.policies.append(readPolicy(o, path));
            });
            each("observations", [&](const Json &o, const Path &path) {
                Reader::expectObject(o, path);
                SlaObservation obs;
                obs.productId = Reader::string(o, "product", path, true);
                obs.sloId = Reader::string(o, "slo", path, true);
                obs.at = Reader::dateTime(o, "at", path, true);
                const Json *value = Reader::member(o, "value");
                if (!value || !value->is_number())
                    Reader::fail(path.at("value"), tr("expected a number"));
                obs.value = value->get<double>();
                document.observations.append(obs);
            });
        }
    } catch (const ContentError &e) {
        record(e);
    }

    if (!problems.isEmpty())
        return Error{problems.join(u'\n')};
    return document;
}

Result<CatalogDocument> CatalogJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(file.readAll(), QDir::toNativeSeparators(path));
}

QByteArray CatalogJson::serialize(const CatalogDocument &document, bool indented)
{
    JsonWriter w(indented ? 2 : -1,
                 std::size_t(document.products.size()) * 4096 + std::size_t(document.observations.size()) * 100 + 4096);
    w.beginObject();
    w.member("format", "tessera-catalog");
    w.member("formatVersion", FormatVersion);
    w.key("domains");
    w.beginArray();
    for (const Domain &d : document.domains) {
        w.beginObject();
        w.member("id", d.id);
        w.member("name", d.name);
        w.key("parent");
        if (d.parentId.isEmpty())
            w.null();
        else
            w.value(d.parentId);
        w.member("description", d.description);
        w.key("roles");
        writeRoles(w, d.roles);
        w.endObject();
    }
    w.endArray();
    w.key("teams");
    w.beginArray();
    for (const Team &t : document.teams) {
        w.beginObject();
        w.member("id", t.id);
        w.member("name", t.name);
        w.member("domain", t.domainId);
        w.member("email", t.email);
        w.endObject();
    }
    w.endArray();
    w.key("people");
    w.beginArray();
    for (const Person &p : document.people) {
        w.beginObject();
        w.member("id", p.id);
        w.member("name", p.name);
        w.member("email", p.email);
        w.member("team", p.teamId);
        w.endObject();
    }
    w.endArray();
    w.key("products");
    w.beginArray();
    for (const DataProduct &p : document.products)
        writeProduct(w, p);
    w.endArray();
    w.key("policies");
    w.beginArray();
    for (const Policy &p : document.policies)
        w.raw(PolicyIo::toJson(p));
    w.endArray();
    w.key("observations");
    w.beginArray();
    // One observation a line even when indented: there are many and they are alike.
    for (const SlaObservation &o : document.observations) {
        JsonWriter line(-1, 128);
        line.beginObject();
        line.member("product", o.productId);
        line.member("slo", o.sloId);
        line.key("at");
        writeDateTime(line, o.at);
        line.member("value", o.value);
        line.endObject();
        w.raw(line.bytes());
    }
    w.endArray();
    w.endObject();
    return w.bytes() + '\n';
}

Result<void> CatalogJson::writeFile(const QString &path, const CatalogDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = serialize(document);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

std::optional<QUtf8StringView> CatalogJson::leadingProductId(QByteArrayView document)
{
    static constexpr QByteArrayView prefix = "{\"id\":\"";
    if (!document.startsWith(prefix))
        return std::nullopt;
    const QByteArrayView rest = document.sliced(prefix.size());
    const qsizetype end = rest.indexOf('"');
    if (end < 0 || rest.first(end).contains('\\'))
        return std::nullopt;
    return QUtf8StringView(rest.first(end));
}

QByteArray CatalogJson::productToJson(const DataProduct &product, bool indented)
{
    JsonWriter w(indented ? 2 : -1);
    writeProduct(w, product);
    return w.bytes();
}

Result<DataProduct> CatalogJson::productFromJson(const QByteArray &bytes, const QString &sourceName)
{
    Json root = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Error{tr("%1: not valid JSON").arg(sourceName)};
    try {
        return readProduct(root, Path());
    } catch (const ContentError &e) {
        return Error{tr("%1: %2: %3").arg(sourceName, e.pointer.empty() ? u"/"_s : qstr(e.pointer), e.message)};
    }
}

} // namespace Tessera
