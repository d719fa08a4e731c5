#include "governance/policyio.h"

#include "model/productvalidator.h"
#include "util/textposition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <unordered_map>

using namespace Qt::Literals::StringLiterals;
using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

namespace Tessera {

namespace {

// Thrown while reading; caught at the boundary of the public functions.
struct ContentError
{
    std::string pointer;
    QString message;
};

QString qstr(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString typeName(const Json &value) { return QString::fromLatin1(value.type_name()); }

std::string escapeToken(const std::string &key)
{
    std::string result;
    for (char c : key) {
        if (c == '~')
            result += "~0";
        else if (c == '/')
            result += "~1";
        else
            result += c;
    }
    return result;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyIo)

public:
    [[noreturn]] static void fail(const std::string &pointer, const QString &message)
    {
        throw ContentError{pointer, message};
    }

    static std::string at(const std::string &pointer, const char *key)
    {
        return pointer + '/' + escapeToken(key);
    }
    static std::string at(const std::string &pointer, std::size_t index)
    {
        return pointer + '/' + std::to_string(index);
    }

    static void expectObject(const Json &value, const std::string &pointer)
    {
        if (!value.is_object())
            fail(pointer, tr("expected an object, found %1").arg(typeName(value)));
    }

    static void onlyKeys(const Json &object, const std::string &pointer,
                         std::initializer_list<const char *> keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : keys)
                known = known || it.key() == key;
            if (!known) {
                QStringList names;
                for (const char *key : keys)
                    names.append(QLatin1StringView(key));
                fail(at(pointer, it.key().c_str()),
                     tr("unknown key \"%1\" (expected one of %2)")
                         .arg(qstr(it.key()), names.join(u", "_s)));
            }
        }
    }

    static const Json *member(const Json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    static QString string(const Json &object, const char *key, const std::string &pointer,
                          bool required = false)
    {
        const Json *value = member(object, key);
        if (!value) {
            if (required)
                fail(at(pointer, key), tr("the required value \"%1\" is missing").arg(QLatin1StringView(key)));
            return {};
        }
        if (!value->is_string())
            fail(at(pointer, key), tr("expected a string, found %1").arg(typeName(*value)));
        return qstr(value->get_ref<const std::string &>());
    }

    static const Json &array(const Json &object, const char *key, const std::string &pointer)
    {
        static const Json empty = Json::array();
        const Json *value = member(object, key);
        if (!value)
            return empty;
        if (!value->is_array())
            fail(at(pointer, key), tr("expected an array, found %1").arg(typeName(*value)));
        return *value;
    }
};

QByteArray compact(const Json &value) { return QByteArray::fromStdString(value.dump()); }

Policy readPolicy(const Json &o, const std::string &path)
{
    Reader::expectObject(o, path);
    Reader::onlyKeys(o, path, {"id", "title", "description", "scope", "severity", "when", "rule",
                               "message", "owner", "version", "enabled", "exemptions", "tests",
                               "status"});
    Policy p;
    p.id = Reader::string(o, "id", path, true);
    if (!ProductValidator::isSlug(p.id))
        Reader::fail(Reader::at(path, "id"),
                     Reader::tr("\"%1\" is not a valid id (lower-case letters, digits, '-' and '_')").arg(p.id));
    p.title = Reader::string(o, "title", path);
    if (p.title.isEmpty())
        p.title = p.id;
    // YAML block scalars end in a newline that is no part of the text.
    p.description = Reader::string(o, "description", path).trimmed();
    p.scope = Reader::string(o, "scope", path);
    if (p.scope.isEmpty())
        p.scope = u"global"_s;
    const QString severity = Reader::string(o, "severity", path);
    if (!severity.isEmpty()) {
        const auto parsed = Policy::severityFromString(severity);
        if (!parsed)
            Reader::fail(Reader::at(path, "severity"),
                         Reader::tr("\"%1\" is not one of %2").arg(severity, Policy::severityNames().join(u", "_s)));
        p.severity = *parsed;
    }
    p.when = Reader::string(o, "when", path).trimmed();
    p.rule = Reader::string(o, "rule", path, true).trimmed();
    if (p.rule.isEmpty())
        Reader::fail(Reader::at(path, "rule"), Reader::tr("the rule is empty"));
    p.message = Reader::string(o, "message", path).trimmed();
    p.owner = Reader::string(o, "owner", path);
    if (const Json *version = Reader::member(o, "version")) {
        if (!version->is_number_integer() || version->get<qint64>() < 1 || version->get<qint64>() > 1'000'000'000)
            Reader::fail(Reader::at(path, "version"),
                         Reader::tr("expected a positive integer, found %1").arg(qstr(version->dump())));
        p.version = int(version->get<qint64>());
    }
    if (const Json *enabled = Reader::member(o, "enabled")) {
        if (!enabled->is_boolean())
            Reader::fail(Reader::at(path, "enabled"), Reader::tr("expected true or false, found %1").arg(typeName(*enabled)));
        p.enabled = enabled->get<bool>();
    } else if (const Json *status = Reader::member(o, "status")) {
        // Catalogs of schema 2 stored a status (draft, active, disabled) instead.
        p.enabled = status->is_string() && status->get<std::string>() == "active";
    }

    const Json &exemptions = Reader::array(o, "exemptions", path);
    for (std::size_t i = 0; i < exemptions.size(); ++i) {
        const std::string at = Reader::at(Reader::at(path, "exemptions"), i);
        const Json &e = exemptions[i];
        Reader::expectObject(e, at);
        Reader::onlyKeys(e, at, {"product", "reason", "approvedBy", "expires"});
        Policy::Exemption exemption;
        exemption.productId = Reader::string(e, "product", at, true);
        exemption.reason = Reader::string(e, "reason", at, true);
        exemption.approvedBy = Reader::string(e, "approvedBy", at);
        const QString expires = Reader::string(e, "expires", at);
        if (!expires.isEmpty()) {
            exemption.expires = QDate::fromString(expires, Qt::ISODate);
            if (!exemption.expires.isValid())
                Reader::fail(Reader::at(at, "expires"),
                             Reader::tr("\"%1\" is not an ISO 8601 date (YYYY-MM-DD)").arg(expires));
        }
        p.exemptions.append(exemption);
    }

    const Json &tests = Reader::array(o, "tests", path);
    for (std::size_t i = 0; i < tests.size(); ++i) {
        const std::string at = Reader::at(Reader::at(path, "tests"), i);
        const Json &t = tests[i];
        Reader::expectObject(t, at);
        Reader::onlyKeys(t, at, {"name", "product", "domain", "upstream", "expect"});
        Policy::Test test;
        test.name = Reader::string(t, "name", at);
        if (test.name.isEmpty())
            test.name = Reader::tr("test %1").arg(i + 1);
        const Json *product = Reader::member(t, "product");
        if (!product)
            Reader::fail(Reader::at(at, "product"), Reader::tr("the required value \"product\" is missing"));
        Reader::expectObject(*product, Reader::at(at, "product"));
        test.product = compact(*product);
        if (const Json *domain = Reader::member(t, "domain")) {
            Reader::expectObject(*domain, Reader::at(at, "domain"));
            test.domain = compact(*domain);
        }
        const Json &upstream = Reader::array(t, "upstream", at);
        for (std::size_t u = 0; u < upstream.size(); ++u)
            Reader::expectObject(upstream[u], Reader::at(Reader::at(at, "upstream"), u));
        if (!upstream.empty())
            test.upstream = compact(upstream);
        const QString expect = Reader::string(t, "expect", at, true);
        const auto outcome = policyOutcomeFromString(expect);
        if (!outcome || (*outcome != PolicyOutcome::Pass && *outcome != PolicyOutcome::Fail
                         && *outcome != PolicyOutcome::NotApplicable))
            Reader::fail(Reader::at(at, "expect"),
                         Reader::tr("\"%1\" is not one of pass, fail, not-applicable").arg(expect));
        test.expect = *outcome;
        p.tests.append(test);
    }
    return p;
}

// A bundle, an array or one policy.
void readPolicies(const Json &root, const std::string &path, QList<Policy> &out)
{
    if (root.is_array()) {
        for (std::size_t i = 0; i < root.size(); ++i)
            out.append(readPolicy(root[i], Reader::at(path, i)));
        return;
    }
    Reader::expectObject(root, path);
    if (root.contains("policies")) {
        Reader::onlyKeys(root, path, {"format", "formatVersion", "policies"});
        const QString format = Reader::string(root, "format", path);
        if (!format.isEmpty() && format != "tessera-policies"_L1)
            Reader::fail(Reader::at(path, "format"),
                         Reader::tr("\"%1\" is not a Tessera policy bundle (expected \"tessera-policies\")").arg(format));
        const Json &items = Reader::array(root, "policies", path);
        for (std::size_t i = 0; i < items.size(); ++i)
            out.append(readPolicy(items[i], Reader::at(Reader::at(path, "policies"), i)));
        return;
    }
    out.append(readPolicy(root, path));
}

// YAML scalars are untyped text; plain (unquoted) ones are typed as YAML 1.2's core schema
// does, quoted and block ones stay strings.
Json plainScalar(const std::string &text)
{
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression real(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    const QString q = qstr(text);
    if (q.isEmpty() || q == "~"_L1 || q == "null"_L1 || q == "Null"_L1 || q == "NULL"_L1)
        return nullptr;
    if (q == "true"_L1 || q == "True"_L1 || q == "TRUE"_L1)
        return true;
    if (q == "false"_L1 || q == "False"_L1 || q == "FALSE"_L1)
        return false;
    if (integer.match(q).hasMatch()) {
        bool ok = false;
        const qint64 value = q.toLongLong(&ok);
        if (ok)
            return value;
    }
    if (real.match(q).hasMatch())
        return q.toDouble();
    return text;
}

Json yamlScalar(const YAML::Node &node)
{
    if (node.Tag() != "?")
        return node.Scalar();
    return plainScalar(node.Scalar());
}

struct Position
{
    int line = 0;
    int column = 0;
};
using Marks = std::unordered_map<std::string, Position>;

Json fromYaml(const YAML::Node &node, const std::string &pointer, Marks &marks)
{
    const YAML::Mark mark = node.Mark();
    marks.emplace(pointer, Position{mark.line + 1, mark.column + 1});
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: return nullptr;
    case YAML::NodeType::Scalar: return yamlScalar(node);
    case YAML::NodeType::Sequence: {
        Json array = Json::array();
        std::size_t i = 0;
        for (const YAML::Node &item : node)
            array.push_back(fromYaml(item, pointer + '/' + std::to_string(i++), marks));
        return array;
    }
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (const auto &entry : node) {
            const std::string key = entry.first.Scalar();
            object[key] = fromYaml(entry.second, pointer + '/' + escapeToken(key), marks);
        }
        return object;
    }
    }
    return nullptr;
}

// The mark of the value at the pointer, or of its nearest ancestor present in the file (a
// missing key is reported at the object that lacks it).
Position markOf(const Marks &marks, std::string pointer)
{
    for (;;) {
        if (const auto it = marks.find(pointer); it != marks.end())
            return it->second;
        const std::size_t slash = pointer.rfind('/');
        if (slash == std::string::npos)
            return {};
        pointer.resize(slash);
    }
}

// Strings the reader would type as something else are quoted.
bool needsQuotes(const std::string &text)
{
    if (text.empty())
        return true;
    return !plainScalar(text).is_string() || text.front() == ' ' || text.back() == ' ';
}

void emitYaml(YAML::Emitter &out, const OrderedJson &value)
{
    switch (value.type()) {
    case OrderedJson::value_t::null: out << YAML::Null; break;
    case OrderedJson::value_t::boolean: out << value.get<bool>(); break;
    case OrderedJson::value_t::number_integer: out << value.get<qint64>(); break;
    case OrderedJson::value_t::number_unsigned: out << value.get<quint64>(); break;
    case OrderedJson::value_t::number_float: out << value.get<double>(); break;
    case OrderedJson::value_t::string: {
        const std::string &text = value.get_ref<const std::string &>();
        if (text.find('\n') != std::string::npos)
            out << YAML::Literal << text;
        else if (needsQuotes(text))
            out << YAML::DoubleQuoted << text;
        else
            out << text;
        break;
    }
    case OrderedJson::value_t::array:
        if (value.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const OrderedJson &item : value)
            emitYaml(out, item);
        out << YAML::EndSeq;
        break;
    case OrderedJson::value_t::object:
        if (value.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (auto it = value.begin(); it != value.end(); ++it) {
            out << YAML::Key << it.key() << YAML::Value;
            emitYaml(out, it.value());
        }
        out << YAML::EndMap;
        break;
    default: out << YAML::Null; break;
    }
}

OrderedJson orderedFromText(const QByteArray &text, OrderedJson fallback)
{
    if (text.isEmpty())
        return fallback;
    OrderedJson value = OrderedJson::parse(text.constBegin(), text.constEnd(), nullptr, false);
    return value.is_discarded() ? fallback : value;
}


QString pointerText(const std::string &pointer) { return pointer.empty() ? u"/"_s : qstr(pointer); }

} // namespace

OrderedJson PolicyIo::toJsonValue(const Policy &p)
{
    OrderedJson o = OrderedJson::object();
    o["id"] = p.id.toStdString();
    o["title"] = p.title.toStdString();
    o["description"] = p.description.toStdString();
    o["scope"] = p.scope.toStdString();
    o["severity"] = Policy::toString(p.severity).toStdString();
    o["when"] = p.when.toStdString();
    o["rule"] = p.rule.toStdString();
    o["message"] = p.message.toStdString();
    o["owner"] = p.owner.toStdString();
    o["version"] = p.version;
    o["enabled"] = p.enabled;
    OrderedJson exemptions = OrderedJson::array();
    for (const Policy::Exemption &e : p.exemptions) {
        OrderedJson x = OrderedJson::object();
        x["product"] = e.productId.toStdString();
        x["reason"] = e.reason.toStdString();
        x["approvedBy"] = e.approvedBy.toStdString();
        x["expires"] = e.expires.isValid() ? OrderedJson(e.expires.toString(Qt::ISODate).toStdString())
                                           : OrderedJson(nullptr);
        exemptions.push_back(std::move(x));
    }
    o["exemptions"] = std::move(exemptions);
    OrderedJson tests = OrderedJson::array();
    for (const Policy::Test &t : p.tests) {
        OrderedJson x = OrderedJson::object();
        x["name"] = t.name.toStdString();
        x["product"] = orderedFromText(t.product, OrderedJson::object());
        if (!t.domain.isEmpty())
            x["domain"] = orderedFromText(t.domain, OrderedJson::object());
        if (!t.upstream.isEmpty())
            x["upstream"] = orderedFromText(t.upstream, OrderedJson::array());
        x["expect"] = toString(t.expect).toStdString();
        tests.push_back(std::move(x));
    }
    o["tests"] = std::move(tests);
    return o;
}

QByteArray PolicyIo::toJson(const Policy &policy, bool indented)
{
    return QByteArray::fromStdString(toJsonValue(policy).dump(indented ? 2 : -1));
}

Result<Policy> PolicyIo::fromJsonValue(const Json &value, std::string *errorPointer)
{
    try {
        return readPolicy(value, std::string());
    } catch (const ContentError &e) {
        if (errorPointer)
            *errorPointer = e.pointer;
        return Error{e.message};
    }
}

Result<Policy> PolicyIo::fromJson(const QByteArray &bytes, const QString &sourceName)
{
    const Json root = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Error{tr("%1: not valid JSON").arg(sourceName)};
    std::string pointer;
    auto policy = fromJsonValue(root, &pointer);
    if (!policy)
        return Error{tr("%1: %2: %3").arg(sourceName, pointerText(pointer), policy.error())};
    return policy;
}

Result<QList<Policy>> PolicyIo::parse(const QByteArray &bytes, const QString &sourceName,
                                      Format format, Locations *locations)
{
    QList<Policy> policies;
    if (format == Format::Json) {
        Json root;
        try {
            root = Json::parse(bytes.constBegin(), bytes.constEnd());
        } catch (const Json::exception &e) {
            const auto *parseError = dynamic_cast<const Json::parse_error *>(&e);
            const std::size_t byte = parseError ? parseError->byte : 0;
            const auto [line, column] = lineAndColumnAt(bytes, byte > 0 ? byte - 1 : 0);
            QString reason = QString::fromUtf8(e.what());
            const qsizetype at = reason.indexOf(u"syntax error"_s);
            if (at >= 0)
                reason = reason.mid(at);
            return Error{tr("%1:%2:%3: not valid JSON: %4").arg(sourceName).arg(line).arg(column).arg(reason)};
        }
        try {
            readPolicies(root, std::string(), policies);
        } catch (const ContentError &e) {
            return Error{tr("%1: %2: %3").arg(sourceName, pointerText(e.pointer), e.message)};
        }
        if (locations) {
            for (const Policy &policy : std::as_const(policies))
                locations->insert(policy.id, Location{sourceName});
        }
        return policies;
    }

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{tr("%1:%2:%3: not valid YAML: %4")
                         .arg(sourceName)
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(qstr(e.msg))};
    }
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (documents[d].IsNull())
            continue; // an empty document, e.g. after a trailing "---"
        Marks marks;
        const Json root = fromYaml(documents[d], std::string(), marks);
        const qsizetype before = policies.size();
        try {
            readPolicies(root, std::string(), policies);
            // Each policy's rule, where readPolicies() found the policy.
            for (qsizetype i = before; locations && i < policies.size(); ++i) {
                const std::string index = std::to_string(i - before);
                const std::string policy = root.is_array() ? "/" + index
                    : root.contains("policies")            ? "/policies/" + index
                                                           : std::string();
                const Position position = markOf(marks, policy + "/rule");
                locations->insert(policies.at(i).id, Location{sourceName, position.line, position.column});
            }
        } catch (const ContentError &e) {
            const Position position = markOf(marks, e.pointer);
            const QString where = documents.size() > 1
                ? tr("document %1, %2").arg(d + 1).arg(pointerText(e.pointer))
                : pointerText(e.pointer);
            return Error{tr("%1:%2:%3: %4: %5")
                             .arg(sourceName)
                             .arg(position.line)
                             .arg(position.column)
                             .arg(where, e.message)};
        }
    }
    return policies;
}

Result<QList<Policy>> PolicyIo::readFile(const QString &path, Locations *locations)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const Format format = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Yaml;
    return parse(file.readAll(), QDir::toNativeSeparators(path), format, locations);
}

Result<QList<Policy>> PolicyIo::readDirectory(const QString &path, Locations *locations)
{
    const QDir dir(path);
    if (!dir.exists())
        return Error{tr("Cannot read policies from \"%1\": the folder does not exist.").arg(QDir::toNativeSeparators(path))};
    const QStringList files = dir.entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s},
                                            QDir::Files | QDir::Readable, QDir::Name);
    QList<Policy> all;
    QHash<QString, QString> definedIn;
    for (const QString &name : files) {
        const QString file = dir.filePath(name);
        auto policies = readFile(file, locations);
        if (!policies)
            return policies;
        for (const Policy &policy : std::as_const(policies.value())) {
            if (definedIn.contains(policy.id))
                return Error{tr("%1: policy \"%2\" is already defined in %3")
                                 .arg(QDir::toNativeSeparators(file), policy.id,
                                      QDir::toNativeSeparators(definedIn.value(policy.id)))};
            definedIn.insert(policy.id, file);
            all.append(policy);
        }
    }
    return all;
}

QByteArray PolicyIo::serialize(const QList<Policy> &policies, Format format)
{
    if (format == Format::Json) {
        if (policies.size() == 1)
            return toJson(policies.constFirst(), true) + '\n';
        OrderedJson bundle = OrderedJson::object();
        bundle["format"] = "tessera-policies";
        bundle["formatVersion"] = 1;
        bundle["policies"] = OrderedJson::array();
        for (const Policy &policy : policies)
            bundle["policies"].push_back(toJsonValue(policy));
        return QByteArray::fromStdString(bundle.dump(2)) + '\n';
    }
    QByteArray result;
    for (const Policy &policy : policies) {
        YAML::Emitter out;
        out.SetIndent(2);
        emitYaml(out, toJsonValue(policy));
        if (!result.isEmpty() || policies.size() > 1)
            result += "---\n";
        result += QByteArray(out.c_str()) + '\n';
    }
    return result;
}

Result<void> PolicyIo::writeFile(const QString &path, const QList<Policy> &policies, Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = serialize(policies, format);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Tessera
