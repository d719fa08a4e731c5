#include "interop/catalogjson.h"

#include "model/productvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Tessera {

namespace {

constexpr int MaxReportedProblems = 20;

// Thrown while reading a document; caught at the parse boundary.
struct ContentError
{
    std::string pointer;
    QString message;
};

std::string str(const QString &s) { return s.toStdString(); }
QString qstr(const std::string &s) { return QString::fromStdString(s); }

QString typeName(const Json &value)
{
    return qstr(value.type_name());
}

std::string child(const std::string &pointer, const std::string &key)
{
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + '/' + escaped;
}

std::string child(const std::string &pointer, std::size_t index)
{
    return pointer + '/' + std::to_string(index);
}

// Typed access with the JSON pointer of every value, so an error can name its place.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CatalogJson)

public:
    static void expectObject(const Json &value, const std::string &pointer)
    {
        if (!value.is_object())
            throw ContentError{pointer, tr("expected an object, found %1").arg(typeName(value))};
    }

    static const Json *member(const Json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    static QString string(const Json &object, const char *key, const std::string &pointer,
                          bool required = false, const QString &fallback = {})
    {
        const Json *value = member(object, key);
        if (!value) {
            if (required)
                throw ContentError{child(pointer, key), tr("the required value \"%1\" is missing").arg(QLatin1StringView(key))};
            return fallback;
        }
        if (!value->is_string())
            throw ContentError{child(pointer, key), tr("expected a string, found %1").arg(typeName(*value))};
        return qstr(value->get<std::string>());
    }

    static bool boolean(const Json &object, const char *key, const std::string &pointer, bool fallback)
    {
        const Json *value = member(object, key);
        if (!value)
            return fallback;
        if (!value->is_boolean())
            throw ContentError{child(pointer, key), tr("expected true or false, found %1").arg(typeName(*value))};
        return value->get<bool>();
    }

    static const Json &array(const Json &object, const char *key, const std::string &pointer)
    {
        static const Json empty = Json::array();
        const Json *value = member(object, key);
        if (!value)
            return empty;
        if (!value->is_array())
            throw ContentError{child(pointer, key), tr("expected an array, found %1").arg(typeName(*value))};
        return *value;
    }

    template<typename Enum>
    static Enum enumeration(const Json &object, const char *key, const std::string &pointer,
                            std::optional<Enum> (*parse)(const QString &), const QStringList &names,
                            Enum fallback)
    {
        const QString text = string(object, key, pointer);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> value = parse(text);
        if (!value)
            throw ContentError{child(pointer, key), tr("\"%1\" is not one of %2").arg(text, names.join(u", "_s))};
        return *value;
    }

    static QDateTime dateTime(const Json &object, const char *key, const std::string &pointer,
                              bool required = false)
    {
        const QString text = string(object, key, pointer, required);
        if (text.isEmpty())
            return {};
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!value.isValid())
            throw ContentError{child(pointer, key), tr("\"%1\" is not an ISO 8601 date and time").arg(text)};
        return value.toUTC();
    }

    static QDate date(const Json &object, const char *key, const std::string &pointer)
    {
        const QString text = string(object, key, pointer);
        if (text.isEmpty())
            return {};
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!value.isValid())
            throw ContentError{child(pointer, key), tr("\"%1\" is not an ISO 8601 date (YYYY-MM-DD)").arg(text)};
        return value;
    }

    static QStringList strings(const Json &object, const char *key, const std::string &pointer)
    {
        QStringList list;
        const Json &items = array(object, key, pointer);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!items[i].is_string())
                throw ContentError{child(child(pointer, key), i), tr("expected a string, found %1").arg(typeName(items[i]))};
            list.append(qstr(items[i].get<std::string>()));
        }
        return list;
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
    case Json::value_t::string: return qstr(value.get<std::string>());
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

Json fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: return nullptr;
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULongLong: return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: return value.toDouble();
    case QMetaType::QVariantList: {
        Json list = Json::array();
        for (const QVariant &item : value.toList())
            list.push_back(fromVariant(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        Json map = Json::object();
        const QVariantMap source = value.toMap();
        for (auto it = source.cbegin(); it != source.cend(); ++it)
            map[str(it.key())] = fromVariant(it.value());
        return map;
    }
    default: return str(value.toString());
    }
}

// SLO values are a number or a string (ODCS allows both).
QVariant scalar(const Json &object, const char *key, const std::string &pointer)
{
    const Json *value = Reader::member(object, key);
    if (!value)
        return {};
    if (value->is_number_integer())
        return QVariant::fromValue<qint64>(value->get<qint64>());
    if (value->is_number())
        return value->get<double>();
    if (value->is_string())
        return qstr(value->get<std::string>());
    throw ContentError{child(pointer, key), CatalogJson::tr("expected a number or a string, found %1").arg(typeName(*value))};
}

Json scalarJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    return fromVariant(value);
}

Json dateTimeJson(const QDateTime &value)
{
    if (!value.isValid())
        return nullptr;
    const QDateTime utc = value.toUTC();
    return str(utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
}

Json rolesJson(const QList<RoleAssignment> &roles)
{
    Json list = Json::array();
    for (const RoleAssignment &role : roles)
        list.push_back(Json{{"person", str(role.personId)}, {"role", str(toString(role.role))}});
    return list;
}

QList<RoleAssignment> readRoles(const Json &object, const std::string &pointer)
{
    QList<RoleAssignment> roles;
    const Json &items = Reader::array(object, "roles", pointer);
    const std::string base = child(pointer, "roles");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string at = child(base, i);
        Reader::expectObject(items[i], at);
        RoleAssignment role;
        role.personId = Reader::string(items[i], "person", at, true);
        role.role = Reader::enumeration(items[i], "role", at, &roleFromString, roleNames(), Role::Steward);
        roles.append(role);
    }
    return roles;
}

Json productJson(const DataProduct &p)
{
    Json outputs = Json::array();
    for (const OutputPort &port : p.outputPorts) {
        Json fields = Json::array();
        for (const SchemaField &f : port.fields) {
            fields.push_back(Json{{"name", str(f.name)},
                                  {"type", str(f.type)},
                                  {"description", str(f.description)},
                                  {"nullable", f.nullable},
                                  {"pii", f.pii}});
        }
        outputs.push_back(Json{{"name", str(port.name)},
                               {"type", str(toString(port.type))},
                               {"location", str(port.location)},
                               {"contractId", str(port.contractId)},
                               {"schema", Json{{"version", str(port.schemaVersion)}, {"fields", fields}}}});
    }
    Json inputs = Json::array();
    for (const InputPort &input : p.inputPorts)
        inputs.push_back(Json{{"product", str(input.productId)}, {"port", str(input.portName)}});
    Json slos = Json::array();
    for (const ServiceLevelObjective &s : p.slos) {
        slos.push_back(Json{{"id", str(s.id)},
                            {"property", str(s.property)},
                            {"value", scalarJson(s.value)},
                            {"valueExt", scalarJson(s.valueExt)},
                            {"unit", str(s.unit)},
                            {"element", str(s.element)},
                            {"driver", str(s.driver)},
                            {"description", str(s.description)},
                            {"scheduler", str(s.scheduler)},
                            {"schedule", str(s.schedule)}});
    }
    Json support = Json::array();
    for (const SupportChannel &c : p.supportChannels)
        support.push_back(Json{{"channel", str(c.channel)}, {"url", str(c.url)}});
    Json tags = Json::array();
    for (const QString &tag : p.tags)
        tags.push_back(str(tag));

    return Json{{"id", str(p.id)},
                {"domain", str(p.domainId)},
                {"name", str(p.name)},
                {"title", str(p.title)},
                {"version", str(p.version)},
                {"status", str(toString(p.status))},
                {"sunsetDate", p.sunsetDate.isValid() ? Json(str(p.sunsetDate.toString(Qt::ISODate))) : Json(nullptr)},
                {"description", Json{{"purpose", str(p.purpose)}, {"limitations", str(p.limitations)}, {"usage", str(p.usage)}}},
                {"tags", tags},
                {"classification", str(toString(p.classification))},
                {"owner", str(p.ownerTeamId)},
                {"support", support},
                {"roles", rolesJson(p.roles)},
                {"customProperties", fromVariant(p.customProperties)},
                {"outputPorts", outputs},
                {"inputPorts", inputs},
                {"slos", slos},
                {"createdAt", dateTimeJson(p.createdAt)},
                {"updatedAt", dateTimeJson(p.updatedAt)}};
}

DataProduct readProduct(const Json &o, const std::string &ptr)
{
    Reader::expectObject(o, ptr);
    DataProduct p;
    p.domainId = Reader::string(o, "domain", ptr, true);
    p.name = Reader::string(o, "name", ptr, true);
    p.id = Reader::string(o, "id", ptr, false, DataProduct::makeId(p.domainId, p.name));
    p.title = Reader::string(o, "title", ptr, false, p.name);
    p.version = Reader::string(o, "version", ptr, false, u"0.1.0"_s);
    p.status = Reader::enumeration(o, "status", ptr, &lifecycleStatusFromString, lifecycleStatusNames(), LifecycleStatus::Draft);
    p.sunsetDate = Reader::date(o, "sunsetDate", ptr);
    if (const Json *description = Reader::member(o, "description")) {
        const std::string at = child(ptr, "description");
        if (description->is_string()) {
            p.purpose = qstr(description->get<std::string>());
        } else {
            Reader::expectObject(*description, at);
            p.purpose = Reader::string(*description, "purpose", at);
            p.limitations = Reader::string(*description, "limitations", at);
            p.usage = Reader::string(*description, "usage", at);
        }
    }
    p.tags = Reader::strings(o, "tags", ptr);
    p.classification = Reader::enumeration(o, "classification", ptr, &classificationFromString, classificationNames(), Classification::Internal);
    p.ownerTeamId = Reader::string(o, "owner", ptr);

    const Json &support = Reader::array(o, "support", ptr);
    for (std::size_t i = 0; i < support.size(); ++i) {
        const std::string at = child(child(ptr, "support"), i);
        Reader::expectObject(support[i], at);
        p.supportChannels.append({Reader::string(support[i], "channel", at), Reader::string(support[i], "url", at)});
    }
    p.roles = readRoles(o, ptr);
    if (const Json *custom = Reader::member(o, "customProperties")) {
        Reader::expectObject(*custom, child(ptr, "customProperties"));
        p.customProperties = toVariant(*custom).toMap();
    }

    const Json &outputs = Reader::array(o, "outputPorts", ptr);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const std::string at = child(child(ptr, "outputPorts"), i);
        const Json &po = outputs[i];
        Reader::expectObject(po, at);
        OutputPort port;
        port.name = Reader::string(po, "name", at, true);
        port.type = Reader::enumeration(po, "type", at, &portTypeFromString, portTypeNames(), PortType::Table);
        port.location = Reader::string(po, "location", at);
        port.contractId = Reader::string(po, "contractId", at);
        if (const Json *schema = Reader::member(po, "schema")) {
            const std::string sat = child(at, "schema");
            Reader::expectObject(*schema, sat);
            port.schemaVersion = Reader::string(*schema, "version", sat);
            const Json &fields = Reader::array(*schema, "fields", sat);
            for (std::size_t j = 0; j < fields.size(); ++j) {
                const std::string fat = child(child(sat, "fields"), j);
                Reader::expectObject(fields[j], fat);
                SchemaField field;
                field.name = Reader::string(fields[j], "name", fat, true);
                field.type = Reader::string(fields[j], "type", fat);
                field.description = Reader::string(fields[j], "description", fat);
                field.nullable = Reader::boolean(fields[j], "nullable", fat, true);
                field.pii = Reader::boolean(fields[j], "pii", fat, false);
                port.fields.append(field);
            }
        }
        p.outputPorts.append(port);
    }
    const Json &inputs = Reader::array(o, "inputPorts", ptr);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string at = child(child(ptr, "inputPorts"), i);
        Reader::expectObject(inputs[i], at);
        p.inputPorts.append({Reader::string(inputs[i], "product", at, true), Reader::string(inputs[i], "port", at)});
    }
    const Json &slos = Reader::array(o, "slos", ptr);
    for (std::size_t i = 0; i < slos.size(); ++i) {
        const std::string at = child(child(ptr, "slos"), i);
        const Json &so = slos[i];
        Reader::expectObject(so, at);
        ServiceLevelObjective slo;
        slo.id = Reader::string(so, "id", at);
        slo.property = Reader::string(so, "property", at, true);
        slo.value = scalar(so, "value", at);
        slo.valueExt = scalar(so, "valueExt", at);
        slo.unit = Reader::string(so, "unit", at);
        slo.element = Reader::string(so, "element", at);
        slo.driver = Reader::string(so, "driver", at);
        slo.description = Reader::string(so, "description", at);
        slo.scheduler = Reader::string(so, "scheduler", at);
        slo.schedule = Reader::string(so, "schedule", at);
        p.slos.append(slo);
    }
    p.createdAt = Reader::dateTime(o, "createdAt", ptr);
    p.updatedAt = Reader::dateTime(o, "updatedAt", ptr);

    // The same rules the catalog enforces on save, reported at their place in the file.
    const QList<ProductValidator::Problem> problems = ProductValidator::validate(p);
    if (!problems.isEmpty())
        throw ContentError{child(ptr, str(problems.first().field)), problems.first().message};
    return p;
}

Json policyJson(const PolicyRecord &policy)
{
    Json doc = Json::object();
    if (!policy.document.isEmpty()) {
        Json stored = Json::parse(policy.document.toStdString(), nullptr, false);
        if (stored.is_object())
            doc = std::move(stored);
    }
    doc["id"] = str(policy.id);
    doc["title"] = str(policy.title);
    doc["scope"] = str(policy.scope);
    doc["severity"] = str(policy.severity);
    doc["rule"] = str(policy.rule);
    doc["status"] = str(policy.status);
    return doc;
}

PolicyRecord readPolicy(const Json &o, const std::string &ptr)
{
    Reader::expectObject(o, ptr);
    PolicyRecord policy;
    policy.id = Reader::string(o, "id", ptr, true);
    policy.title = Reader::string(o, "title", ptr, false, policy.id);
    policy.scope = Reader::string(o, "scope", ptr, false, u"global"_s);
    policy.severity = Reader::string(o, "severity", ptr, false, u"error"_s);
    static const QStringList severities{u"error"_s, u"warning"_s, u"info"_s};
    if (!severities.contains(policy.severity))
        throw ContentError{child(ptr, "severity"), CatalogJson::tr("\"%1\" is not one of %2").arg(policy.severity, severities.join(u", "_s))};
    policy.rule = Reader::string(o, "rule", ptr);
    policy.status = Reader::string(o, "status", ptr, false, u"draft"_s);
    static const QStringList statuses{u"draft"_s, u"active"_s, u"disabled"_s};
    if (!statuses.contains(policy.status))
        throw ContentError{child(ptr, "status"), CatalogJson::tr("\"%1\" is not one of %2").arg(policy.status, statuses.join(u", "_s))};
    policy.document = qstr(o.dump());
    return policy;
}

// Line and column (1-based) of a byte offset, for syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes.at(qsizetype(i)) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(bytes.at(qsizetype(i))) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Result<CatalogDocument> CatalogJson::parse(const QByteArray &bytes, const QString &sourceName)
{
    Json root;
    try {
        root = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error &e) {
        // e.byte is 1-based and points at the last character of the offending token; a
        // reader wants the start of the token, so step back over a string literal.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        if (offset < std::size_t(bytes.size()) && offset > 0 && bytes.at(qsizetype(offset)) == '"') {
            std::size_t open = offset - 1;
            while (open > 0 && !(bytes.at(qsizetype(open)) == '"' && bytes.at(qsizetype(open - 1)) != '\\'))
                --open;
            offset = open;
        }
        const auto [line, column] = lineAndColumn(bytes, offset);
        QString reason = qstr(e.what());
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

    try {
        if (root.is_array()) {
            for (std::size_t i = 0; i < root.size(); ++i) {
                try {
                    document.products.append(readProduct(root[i], child(std::string(), i)));
                } catch (const ContentError &e) {
                    record(e);
                }
            }
        } else if (root.is_object() && !root.contains("format") && root.contains("domain")) {
            document.products.append(readProduct(root, std::string()));
        } else {
            Reader::expectObject(root, std::string());
            const QString format = Reader::string(root, "format", std::string(), true);
            if (format != "tessera-catalog"_L1)
                throw ContentError{"/format", tr("\"%1\" is not a Tessera catalog file (expected \"tessera-catalog\")").arg(format)};
            if (const Json *version = Reader::member(root, "formatVersion")) {
                if (!version->is_number_integer())
                    throw ContentError{"/formatVersion", tr("expected an integer, found %1").arg(typeName(*version))};
                if (version->get<qint64>() > FormatVersion)
                    throw ContentError{"/formatVersion", tr("format version %1 is newer than this Tessera reads (%2); update Tessera").arg(version->get<qint64>()).arg(FormatVersion)};
            }
            auto each = [&](const char *key, auto &&read) {
                const Json &items = Reader::array(root, key, std::string());
                for (std::size_t i = 0; i < items.size(); ++i) {
                    try {
                        read(items[i], child(child(std::string(), key), i));
                    } catch (const ContentError &e) {
                        record(e);
                    }
                }
            };
            each("domains", [&](const Json &o, const std::string &ptr) {
                Reader::expectObject(o, ptr);
                Domain d;
                d.id = Reader::string(o, "id", ptr, true);
                d.name = Reader::string(o, "name", ptr, false, d.id);
                d.parentId = Reader::string(o, "parent", ptr);
                d.description = Reader::string(o, "description", ptr);
                d.roles = readRoles(o, ptr);
                const auto domainProblems = ProductValidator::validate(d);
                if (!domainProblems.isEmpty())
                    throw ContentError{child(ptr, str(domainProblems.first().field)), domainProblems.first().message};
                document.domains.append(d);
            });
            each("teams", [&](const Json &o, const std::string &ptr) {
                Reader::expectObject(o, ptr);
                Team t;
                t.id = Reader::string(o, "id", ptr, true);
                t.name = Reader::string(o, "name", ptr, false, t.id);
                t.domainId = Reader::string(o, "domain", ptr);
                t.email = Reader::string(o, "email", ptr);
                document.teams.append(t);
            });
            each("people", [&](const Json &o, const std::string &ptr) {
                Reader::expectObject(o, ptr);
                Person person;
                person.id = Reader::string(o, "id", ptr, true);
                person.name = Reader::string(o, "name", ptr, false, person.id);
                person.email = Reader::string(o, "email", ptr);
                person.teamId = Reader::string(o, "team", ptr);
                document.people.append(person);
            });
            each("products", [&](const Json &o, const std::string &ptr) {
                document.products.append(readProduct(o, ptr));
            });
            each("policies", [&](const Json &o, const std::string &ptr) {
                document.policies.append(readPolicy(o, ptr));
            });
            each("observations", [&](const Json &o, const std::string &ptr) {
                Reader::expectObject(o, ptr);
                SlaObservation obs;
                obs.productId = Reader::string(o, "product", ptr, true);
                obs.sloId = Reader::string(o, "slo", ptr, true);
                obs.at = Reader::dateTime(o, "at", ptr, true);
                const Json *value = Reader::member(o, "value");
                if (!value || !value->is_number())
                    throw ContentError{child(ptr, "value"), tr("expected a number")};
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
    Json domains = Json::array();
    for (const Domain &d : document.domains) {
        domains.push_back(Json{{"id", str(d.id)},
                               {"name", str(d.name)},
                               {"parent", d.parentId.isEmpty() ? Json(nullptr) : Json(str(d.parentId))},
                               {"description", str(d.description)},
                               {"roles", rolesJson(d.roles)}});
    }
    Json teams = Json::array();
    for (const Team &t : document.teams)
        teams.push_back(Json{{"id", str(t.id)}, {"name", str(t.name)}, {"domain", str(t.domainId)}, {"email", str(t.email)}});
    Json people = Json::array();
    for (const Person &p : document.people)
        people.push_back(Json{{"id", str(p.id)}, {"name", str(p.name)}, {"email", str(p.email)}, {"team", str(p.teamId)}});
    Json products = Json::array();
    for (const DataProduct &p : document.products)
        products.push_back(productJson(p));
    Json policies = Json::array();
    for (const PolicyRecord &p : document.policies)
        policies.push_back(policyJson(p));
    Json observations = Json::array();
    for (const SlaObservation &o : document.observations) {
        observations.push_back(Json{{"product", str(o.productId)}, {"slo", str(o.sloId)},
                                    {"at", dateTimeJson(o.at)}, {"value", o.value}});
    }
    const Json root{{"format", "tessera-catalog"},
                    {"formatVersion", FormatVersion},
                    {"domains", domains},
                    {"teams", teams},
                    {"people", people},
                    {"products", products},
                    {"policies", policies},
                    {"observations", observations}};
    return QByteArray::fromStdString(root.dump(indented ? 2 : -1)) + '\n';
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

QByteArray CatalogJson::productToJson(const DataProduct &product, bool indented)
{
    return QByteArray::fromStdString(productJson(product).dump(indented ? 2 : -1));
}

Result<DataProduct> CatalogJson::productFromJson(const QByteArray &bytes, const QString &sourceName)
{
    Json root = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Error{tr("%1: not valid JSON").arg(sourceName)};
    try {
        return readProduct(root, std::string());
    } catch (const ContentError &e) {
        return Error{tr("%1: %2: %3").arg(sourceName, e.pointer.empty() ? u"/"_s : qstr(e.pointer), e.message)};
    }
}

QByteArray CatalogJson::policyToJson(const PolicyRecord &policy, bool indented)
{
    return QByteArray::fromStdString(policyJson(policy).dump(indented ? 2 : -1));
}

} // namespace Tessera
