#include "policy/celevaluator.h"

#include "policy/celmap.h"
#include "policy/celmath.h"
#include "policy/celstrings.h"
#include "policy/celtime.h"

#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using Kind = CelValue::Kind;
using Function = CelAst::Function;

CelValue noOverload(const QString &function, const std::vector<CelValue> &args)
{
    QStringList types;
    for (const CelValue &arg : args)
        types += arg.typeName();
    return CelValue::error(CelEvaluator::tr("no matching overload for '%1' applied to (%2)")
                               .arg(function, types.join(u", "_s)));
}

CelValue overflow()
{
    return CelValue::error(CelEvaluator::tr("integer overflow"));
}

CelValue rangeError()
{
    return CelValue::error(CelEvaluator::tr("range error: value out of range for the conversion"));
}

qint64 codePointCount(const QString &s)
{
    qint64 n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

// Shortest text that reads back as the same double, as CEL's string(double) gives it.
QString doubleToString(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"+Inf"_s : u"-Inf"_s;
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

CelValue arithmetic(Function op, const QString &name, const CelValue &a, const CelValue &b)
{
    if (a.kind() != b.kind())
        return noOverload(name, {a, b});
    switch (a.kind()) {
    case Kind::Int: {
        const qint64 x = a.intValue();
        const qint64 y = b.intValue();
        qint64 r = 0;
        switch (op) {
        case Function::Add:
            return __builtin_add_overflow(x, y, &r) ? overflow() : CelValue::fromInt(r);
        case Function::Subtract:
            return __builtin_sub_overflow(x, y, &r) ? overflow() : CelValue::fromInt(r);
        case Function::Multiply:
            return __builtin_mul_overflow(x, y, &r) ? overflow() : CelValue::fromInt(r);
        case Function::Divide:
            if (y == 0)
                return CelValue::error(CelEvaluator::tr("division by zero"));
            if (x == std::numeric_limits<qint64>::min() && y == -1)
                return overflow();
            return CelValue::fromInt(x / y);
        case Function::Modulo:
            if (y == 0)
                return CelValue::error(CelEvaluator::tr("modulus by zero"));
            if (x == std::numeric_limits<qint64>::min() && y == -1)
                return overflow();
            return CelValue::fromInt(x % y);
        default:
            break;
        }
        break;
    }
    case Kind::Uint: {
        const quint64 x = a.uintValue();
        const quint64 y = b.uintValue();
        quint64 r = 0;
        switch (op) {
        case Function::Add:
            return __builtin_add_overflow(x, y, &r) ? overflow() : CelValue::fromUint(r);
        case Function::Subtract:
            return __builtin_sub_overflow(x, y, &r) ? overflow() : CelValue::fromUint(r);
        case Function::Multiply:
            return __builtin_mul_overflow(x, y, &r) ? overflow() : CelValue::fromUint(r);
        case Function::Divide:
            if (y == 0)
                return CelValue::error(CelEvaluator::tr("division by zero"));
            return CelValue::fromUint(x / y);
        case Function::Modulo:
            if (y == 0)
                return CelValue::error(CelEvaluator::tr("modulus by zero"));
            return CelValue::fromUint(x % y);
        default:
            break;
        }
        break;
    }
    case Kind::Double: {
        const double x = a.doubleValue();
        const double y = b.doubleValue();
        switch (op) {
        case Function::Add:
            return CelValue::fromDouble(x + y);
        case Function::Subtract:
            return CelValue::fromDouble(x - y);
        case Function::Multiply:
            return CelValue::fromDouble(x * y);
        case Function::Divide:
            return CelValue::fromDouble(x / y);
        default:
            break;
        }
        break;
    }
    case Kind::String:
        if (op == Function::Add)
            return CelValue::fromString(a.stringValue() + b.stringValue());
        break;
    case Kind::Bytes:
        if (op == Function::Add)
            return CelValue::fromBytes(a.bytesValue() + b.bytesValue());
        break;
    case Kind::List:
        if (op == Function::Add) {
            if (a.listValue().isEmpty())
                return b;
            if (b.listValue().isEmpty())
                return a;
            return CelValue::fromList(a.listValue() + b.listValue());
        }
        break;
    default:
        break;
    }
    return noOverload(name, {a, b});
}

CelValue index(const CelValue &container, const CelValue &key)
{
    if (container.kind() == Kind::Map) {
        if (const CelValue *found = container.mapValue().find(key))
            return *found;
        return CelValue::error(CelEvaluator::tr("no such key: %1").arg(key.debugString()));
    }
    if (container.kind() != Kind::List)
        return noOverload(u"_[_]"_s, {container, key});
    qint64 i = 0;
    switch (key.kind()) {
    case Kind::Int:
        i = key.intValue();
        break;
    case Kind::Uint:
        i = key.uintValue() > quint64(std::numeric_limits<qint64>::max()) ? -1
                                                                          : qint64(key.uintValue());
        break;
    case Kind::Double: {
        // A double index must hold an integer exactly.
        const double d = key.doubleValue();
        if (std::trunc(d) != d || !(d > -9.3e18 && d < 9.3e18))
            return CelValue::error(CelEvaluator::tr("invalid_argument: index %1 is not an integer")
                                       .arg(key.debugString()));
        i = qint64(d);
        break;
    }
    default:
        return CelValue::error(
            CelEvaluator::tr("invalid_argument: cannot index a list with %1").arg(key.typeName()));
    }
    const auto &values = container.listValue();
    if (i < 0 || i >= values.size())
        return CelValue::error(
            CelEvaluator::tr("invalid_argument: index %1 out of range for a list of size %2")
                .arg(i)
                .arg(values.size()));
    return values.at(qsizetype(i));
}

CelValue contains(const CelValue &container, const CelValue &element)
{
    if (container.kind() == Kind::List) {
        for (const CelValue &v : container.listValue()) {
            if (v.celEquals(element))
                return CelValue::fromBool(true);
        }
        return CelValue::fromBool(false);
    }
    if (container.kind() == Kind::Map)
        return CelValue::fromBool(container.mapValue().contains(element));
    return noOverload(u"@in"_s, {element, container});
}

CelValue toInt(const CelValue &v)
{
    switch (v.kind()) {
    case Kind::Int:
        return v;
    case Kind::Uint:
        if (v.uintValue() > quint64(std::numeric_limits<qint64>::max()))
            return rangeError();
        return CelValue::fromInt(qint64(v.uintValue()));
    case Kind::Double: {
        // Both ends excluded: -2^63 and 2^63 - 1 are not exactly representable round trips.
        const double d = v.doubleValue();
        if (!(d > -9223372036854775808.0 && d < 9223372036854775807.0))
            return rangeError();
        return CelValue::fromInt(qint64(d));
    }
    case Kind::String: {
        bool ok = false;
        const qint64 i = v.stringValue().toLongLong(&ok, 10);
        if (!ok)
            return CelValue::error(
                CelEvaluator::tr("cannot convert \"%1\" to int").arg(v.stringValue()));
        return CelValue::fromInt(i);
    }
    case Kind::Timestamp:
        return CelValue::fromInt(v.timeValue().seconds);
    default:
        return noOverload(u"int"_s, {v});
    }
}

CelValue toUint(const CelValue &v)
{
    switch (v.kind()) {
    case Kind::Uint:
        return v;
    case Kind::Int:
        if (v.intValue() < 0)
            return rangeError();
        return CelValue::fromUint(quint64(v.intValue()));
    case Kind::Double: {
        const double d = v.doubleValue();
        if (!(d >= 0 && d < 18446744073709551616.0))
            return rangeError();
        return CelValue::fromUint(quint64(d));
    }
    case Kind::String: {
        bool ok = false;
        const QString &s = v.stringValue();
        const quint64 u = s.toULongLong(&ok, 10);
        if (!ok || s.startsWith(u'-'))
            return CelValue::error(CelEvaluator::tr("cannot convert \"%1\" to uint").arg(s));
        return CelValue::fromUint(u);
    }
    default:
        return noOverload(u"uint"_s, {v});
    }
}

CelValue toDouble(const CelValue &v)
{
    switch (v.kind()) {
    case Kind::Double:
        return v;
    case Kind::Int:
        return CelValue::fromDouble(double(v.intValue()));
    case Kind::Uint:
        return CelValue::fromDouble(double(v.uintValue()));
    case Kind::String: {
        bool ok = false;
        const double d = QLocale::c().toDouble(v.stringValue(), &ok);
        if (!ok)
            return CelValue::error(
                CelEvaluator::tr("cannot convert \"%1\" to double").arg(v.stringValue()));
        return CelValue::fromDouble(d);
    }
    default:
        return noOverload(u"double"_s, {v});
    }
}

CelValue toString(const CelValue &v)
{
    switch (v.kind()) {
    case Kind::String:
        return v;
    case Kind::Int:
        return CelValue::fromString(QString::number(v.intValue()));
    case Kind::Uint:
        return CelValue::fromString(QString::number(v.uintValue()));
    case Kind::Double:
        return CelValue::fromString(doubleToString(v.doubleValue()));
    case Kind::Bool:
        return CelValue::fromString(v.boolValue() ? u"true"_s : u"false"_s);
    case Kind::Timestamp:
    case Kind::Duration:
        return CelValue::fromString(CelTime::toString(v));
    case Kind::Bytes: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString s = decoder.decode(v.bytesValue());
        if (decoder.hasError())
            return CelValue::error(CelEvaluator::tr("invalid UTF-8 in bytes converted to string"));
        return CelValue::fromString(s);
    }
    default:
        return noOverload(u"string"_s, {v});
    }
}

CelValue toBool(const CelValue &v)
{
    if (v.kind() == Kind::Bool)
        return v;
    if (v.kind() != Kind::String)
        return noOverload(u"bool"_s, {v});
    static const QStringList truths = {u"1"_s, u"t"_s, u"true"_s, u"TRUE"_s, u"True"_s};
    static const QStringList falsehoods = {u"0"_s, u"f"_s, u"false"_s, u"FALSE"_s, u"False"_s};
    if (truths.contains(v.stringValue()))
        return CelValue::fromBool(true);
    if (falsehoods.contains(v.stringValue()))
        return CelValue::fromBool(false);
    return CelValue::error(
        CelEvaluator::tr("type conversion error: \"%1\" is not a bool").arg(v.stringValue()));
}

// RE2, as CEL specifies: linear time, so a policy's pattern cannot stall evaluation the way
// a backtracking engine can. Matches anywhere in the text unless the pattern is anchored.
CelValue matches(const QString &text, const QString &pattern)
{
    const QByteArray patternUtf8 = pattern.toUtf8();
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 re(re2::StringPiece(patternUtf8.constData(), size_t(patternUtf8.size())), options);
    if (!re.ok())
        return CelValue::error(CelEvaluator::tr("invalid regular expression \"%1\": %2")
                                   .arg(pattern, QString::fromStdString(re.error())));
    const QByteArray textUtf8 = text.toUtf8();
    return CelValue::fromBool(
        RE2::PartialMatch(re2::StringPiece(textUtf8.constData(), size_t(textUtf8.size())), re));
}

CelValue typeIdentifier(const QString &name)
{
    static const QSet<QString> types = {u"int"_s,
                                        u"uint"_s,
                                        u"double"_s,
                                        u"bool"_s,
                                        u"string"_s,
                                        u"bytes"_s,
                                        u"list"_s,
                                        u"map"_s,
                                        u"null_type"_s,
                                        u"type"_s,
                                        u"google.protobuf.Timestamp"_s,
                                        u"google.protobuf.Duration"_s};
    if (types.contains(name))
        return CelValue::fromType(name);
    return CelValue::error(CelEvaluator::tr("undeclared reference to '%1'").arg(name));
}

std::optional<QString> qualifiedName(const CelAst &node)
{
    if (node.kind == CelAst::Kind::Identifier)
        return node.name;
    if (node.kind == CelAst::Kind::Select && !node.testOnly) {
        if (const auto prefix = qualifiedName(*node.children[0]))
            return *prefix + u'.' + node.name;
    }
    return std::nullopt;
}

} // namespace

CelEvaluator::CelEvaluator(const Bindings &bindings)
    : m_bindings(bindings)
{
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (it.key().contains(u'.')) {
            m_hasQualifiedBindings = true;
            break;
        }
    }
}

CelValue CelEvaluator::evaluate(const CelAst &node)
{
    switch (node.kind) {
    case CelAst::Kind::Literal:
        return node.value;
    case CelAst::Kind::Identifier:
        return identifier(node);
    case CelAst::Kind::Select:
        return select(node);
    case CelAst::Kind::Call:
        return call(node);
    case CelAst::Kind::List:
        return list(node);
    case CelAst::Kind::Map:
        return map(node);
    case CelAst::Kind::Struct:
        return CelValue::error(
            tr("message construction (%1{...}) is not supported").arg(node.name));
    case CelAst::Kind::Comprehension:
        return comprehension(node);
    }
    return CelValue::error(tr("unknown expression"));
}

CelValue CelEvaluator::identifier(const CelAst &node)
{
    if (node.name.startsWith(u'.')) {
        // Root-scoped: comprehension variables do not apply.
        const QString name = node.name.mid(1);
        const auto it = m_bindings.constFind(name);
        return it != m_bindings.cend() ? *it : typeIdentifier(name);
    }
    for (auto it = m_locals.crbegin(); it != m_locals.crend(); ++it) {
        if (it->first == node.name)
            return it->second;
    }
    const auto it = m_bindings.constFind(node.name);
    return it != m_bindings.cend() ? *it : typeIdentifier(node.name);
}

CelValue CelEvaluator::select(const CelAst &node)
{
    if (m_hasQualifiedBindings && !node.testOnly) {
        // `a.b.c` may name a binding outright rather than select fields of `a`.
        if (auto name = qualifiedName(node)) {
            const QString root = name->section(u'.', 0, 0);
            const bool shadowed
                = std::any_of(m_locals.cbegin(), m_locals.cend(),
                              [&](const auto &local) { return local.first == root; });
            if (name->startsWith(u'.'))
                name = name->mid(1);
            const auto it = m_bindings.constFind(*name);
            if (!shadowed && it != m_bindings.cend())
                return *it;
        }
    }
    if (!node.testOnly && (node.name == u"Timestamp"_s || node.name == u"Duration"_s)) {
        // The two qualified type names of the language, unless `google` is a variable.
        const auto name = qualifiedName(node);
        const bool google = m_bindings.contains(u"google"_s)
            || std::any_of(m_locals.cbegin(), m_locals.cend(),
                           [](const auto &local) { return local.first == u"google"_s; });
        if (name && name->startsWith(u"google.protobuf."_s) && name->count(u'.') == 2 && !google)
            return CelValue::fromType(*name);
    }
    const CelValue operand = evaluate(*node.children[0]);
    if (operand.isError())
        return operand;
    if (operand.kind() == Kind::Map) {
        const CelValue *found = operand.mapValue().find(CelValue::fromString(node.name));
        if (node.testOnly)
            return CelValue::fromBool(found != nullptr);
        if (!found)
            return CelValue::error(tr("no such key: '%1'").arg(node.name));
        return *found;
    }
    return CelValue::error(
        tr("type '%1' does not support field selection ('%2')").arg(operand.typeName(), node.name));
}

CelValue CelEvaluator::logical(const CelAst &node, bool isAnd)
{
    // The deciding value (false for &&, true for ||) wins over errors on either side.
    const CelValue lhs = evaluate(*node.children[0]);
    if (lhs.kind() == Kind::Bool && lhs.boolValue() != isAnd)
        return lhs;
    const CelValue rhs = evaluate(*node.children[1]);
    if (rhs.kind() == Kind::Bool && rhs.boolValue() != isAnd)
        return rhs;
    if (lhs.kind() == Kind::Bool && rhs.kind() == Kind::Bool)
        return lhs;
    if (lhs.isError())
        return lhs;
    if (rhs.isError())
        return rhs;
    return noOverload(node.name, {lhs, rhs});
}

CelValue CelEvaluator::conditional(const CelAst &node)
{
    const CelValue condition = evaluate(*node.children[0]);
    if (condition.isError())
        return condition;
    if (condition.kind() != Kind::Bool)
        return noOverload(node.name, {condition});
    return evaluate(*node.children[condition.boolValue() ? 1 : 2]);
}

CelValue CelEvaluator::call(const CelAst &node)
{
    switch (node.function) {
    case Function::LogicalAnd:
        return logical(node, true);
    case Function::LogicalOr:
        return logical(node, false);
    case Function::Conditional:
        return conditional(node);
    default:
        break;
    }
    // `math.greatest(...)`, `strings.quote(...)`: functions of an extension's namespace, unless
    // the namespace name is a variable.
    QString extension;
    if (node.receiver && node.function == Function::Other
        && node.children[0]->kind == CelAst::Kind::Identifier) {
        const QString &target = node.children[0]->name;
        const bool variable = m_bindings.contains(target)
            || std::any_of(m_locals.cbegin(), m_locals.cend(),
                           [&](const auto &local) { return local.first == target; });
        if ((target == u"math"_s || target == u"strings"_s) && !variable)
            extension = target;
    }
    // Strict functions: the first error among the arguments is the result.
    std::vector<CelValue> args;
    args.reserve(node.children.size());
    for (size_t i = extension.isEmpty() ? 0 : 1; i < node.children.size(); ++i) {
        args.push_back(evaluate(*node.children[i]));
        if (args.back().isError())
            return args.back();
    }
    if (extension == u"math"_s) {
        if (auto result = CelMath::call(node.name, args))
            return *result;
    } else if (extension == u"strings"_s && node.name == u"quote"_s) {
        return CelStrings::quote(args);
    }
    if (!extension.isEmpty())
        return CelValue::error(tr("unknown function '%1.%2'").arg(extension, node.name));
    return function(node, args);
}

CelValue CelEvaluator::function(const CelAst &node, const std::vector<CelValue> &args)
{
    const auto n = args.size();
    const bool global = !node.receiver;
    switch (node.function) {
    case Function::Equal:
    case Function::NotEqual:
        if (n == 2 && global)
            return CelValue::fromBool(args[0].celEquals(args[1])
                                      == (node.function == Function::Equal));
        break;
    case Function::Less:
    case Function::LessEqual:
    case Function::Greater:
    case Function::GreaterEqual: {
        if (n != 2 || !global)
            break;
        const auto order = args[0].celCompare(args[1]);
        if (!order)
            break;
        switch (node.function) {
        case Function::Less:
            return CelValue::fromBool(*order < 0);
        case Function::LessEqual:
            return CelValue::fromBool(*order <= 0);
        case Function::Greater:
            return CelValue::fromBool(*order > 0);
        default:
            return CelValue::fromBool(*order >= 0);
        }
    } break;
    case Function::In:
        if (n == 2 && global)
            return contains(args[1], args[0]);
        break;
    case Function::Add:
    case Function::Subtract:
    case Function::Multiply:
    case Function::Divide:
    case Function::Modulo:
        if (n != 2 || !global)
            break;
        if (node.function == Function::Add
            && (args[0].kind() == Kind::Timestamp || args[0].kind() == Kind::Duration))
            return CelTime::add(args[0], args[1]);
        if (node.function == Function::Subtract
            && (args[0].kind() == Kind::Timestamp || args[0].kind() == Kind::Duration))
            return CelTime::subtract(args[0], args[1]);
        return arithmetic(node.function, node.name, args[0], args[1]);
    case Function::Negate:
        if (n != 1 || !global)
            break;
        if (args[0].kind() == Kind::Int) {
            if (args[0].intValue() == std::numeric_limits<qint64>::min())
                return overflow();
            return CelValue::fromInt(-args[0].intValue());
        }
        if (args[0].kind() == Kind::Double)
            return CelValue::fromDouble(-args[0].doubleValue());
        break;
    case Function::LogicalNot:
        if (n == 1 && global && args[0].kind() == Kind::Bool)
            return CelValue::fromBool(!args[0].boolValue());
        break;
    case Function::Index:
        if (n == 2 && global)
            return index(args[0], args[1]);
        break;
    case Function::Size:
        if (n != 1)
            break;
        switch (args[0].kind()) {
        case Kind::String:
            return CelValue::fromInt(codePointCount(args[0].stringValue()));
        case Kind::Bytes:
            return CelValue::fromInt(args[0].bytesValue().size());
        case Kind::List:
            return CelValue::fromInt(args[0].listValue().size());
        case Kind::Map:
            return CelValue::fromInt(args[0].mapValue().size());
        default:
            break;
        }
        break;
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith: {
        if (n != 2 || global || args[0].kind() != Kind::String || args[1].kind() != Kind::String)
            break;
        const QString &s = args[0].stringValue();
        const QString &t = args[1].stringValue();
        if (node.function == Function::Contains)
            return CelValue::fromBool(s.contains(t));
        if (node.function == Function::StartsWith)
            return CelValue::fromBool(s.startsWith(t));
        return CelValue::fromBool(s.endsWith(t));
    }
    case Function::ToInt:
        if (n == 1 && global)
            return toInt(args[0]);
        break;
    case Function::ToUint:
        if (n == 1 && global)
            return toUint(args[0]);
        break;
    case Function::ToDouble:
        if (n == 1 && global)
            return toDouble(args[0]);
        break;
    case Function::ToString:
        if (n == 1 && global)
            return toString(args[0]);
        break;
    case Function::ToBytes:
        if (n == 1 && global && args[0].kind() == Kind::Bytes)
            return args[0];
        if (n == 1 && global && args[0].kind() == Kind::String)
            return CelValue::fromBytes(args[0].stringValue().toUtf8());
        break;
    case Function::ToBool:
        if (n == 1 && global)
            return toBool(args[0]);
        break;
    case Function::TypeOf:
        if (n == 1 && global)
            return CelValue::fromType(args[0].typeName());
        break;
    case Function::Dyn:
        if (n == 1 && global)
            return args[0];
        break;
    case Function::ToTimestamp:
        if (n == 1 && global)
            return CelTime::timestamp(args[0]);
        break;
    case Function::ToDuration:
        if (n == 1 && global)
            return CelTime::duration(args[0]);
        break;
    case Function::TimeAccessor:
        if (!global)
            return CelTime::accessor(node.name, args);
        break;
    case Function::Matches:
        if (n == 2 && args[0].kind() == Kind::String && args[1].kind() == Kind::String)
            return matches(args[0].stringValue(), args[1].stringValue());
        break;
    case Function::Other:
        if (!global) {
            if (auto result = CelStrings::call(node.name, args))
                return *result;
        }
        return CelValue::error(tr("unknown function '%1'").arg(node.name));
    default:
        break;
    }
    return noOverload(node.name, args);
}

CelValue CelEvaluator::list(const CelAst &node)
{
    QList<CelValue> values;
    values.reserve(qsizetype(node.children.size()));
    for (const auto &child : node.children) {
        CelValue v = evaluate(*child);
        if (v.isError())
            return v;
        values.append(std::move(v));
    }
    return CelValue::fromList(std::move(values));
}

CelValue CelEvaluator::map(const CelAst &node)
{
    CelMap result;
    for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
        const CelValue key = evaluate(*node.children[i]);
        if (key.isError())
            return key;
        const CelValue value = evaluate(*node.children[i + 1]);
        if (value.isError())
            return value;
        if (!CelMap::isValidKey(key))
            return CelValue::error(
                tr("unsupported key type %1 in a map literal").arg(key.typeName()));
        if (!result.insert(key, value))
            return CelValue::error(
                tr("Failed with repeated key %1 in a map literal").arg(key.debugString()));
    }
    return CelValue::fromMap(std::move(result));
}

CelValue CelEvaluator::comprehension(const CelAst &node)
{
    const CelValue range = evaluate(*node.children[0]);
    if (range.isError())
        return range;
    QList<CelValue> items;
    if (range.kind() == Kind::List) {
        items = range.listValue();
    } else if (range.kind() == Kind::Map) {
        for (const auto &entry : range.mapValue().entries())
            items.append(entry.first);
    } else {
        return noOverload(node.name, {range});
    }

    using Macro = CelAst::Macro;
    const CelAst &body = *node.children[1];
    m_locals.emplace_back(node.fieldNames.value(0), CelValue());
    const auto localIndex = m_locals.size() - 1;

    CelValue result;
    CelValue firstError;
    qint64 matches = 0;
    QList<CelValue> mapped;
    bool decided = false;
    for (const CelValue &item : std::as_const(items)) {
        m_locals[localIndex].second = item;
        const CelValue v = evaluate(body);
        if (node.macro == Macro::Map && node.children.size() == 2) {
            if (v.isError()) {
                result = v;
                decided = true;
                break;
            }
            mapped.append(v);
            continue;
        }
        if (v.kind() != Kind::Bool) {
            // all/exists: remember the error, a later deciding value still wins.
            const CelValue error = v.isError() ? v : noOverload(node.name, {v});
            if (node.macro == Macro::All || node.macro == Macro::Exists) {
                if (!firstError.isError())
                    firstError = error;
                continue;
            }
            result = error;
            decided = true;
            break;
        }
        const bool b = v.boolValue();
        if (node.macro == Macro::All && !b) {
            result = CelValue::fromBool(false);
            decided = true;
            break;
        }
        if (node.macro == Macro::Exists && b) {
            result = CelValue::fromBool(true);
            decided = true;
            break;
        }
        if (node.macro == Macro::ExistsOne && b)
            ++matches;
        if ((node.macro == Macro::Filter || node.macro == Macro::Map) && b) {
            if (node.macro == Macro::Filter) {
                mapped.append(item);
            } else {
                const CelValue t = evaluate(*node.children[2]);
                if (t.isError()) {
                    result = t;
                    decided = true;
                    break;
                }
                mapped.append(t);
            }
        }
    }
    m_locals.pop_back();
    if (decided)
        return result;
    switch (node.macro) {
    case Macro::All:
    case Macro::Exists:
        if (firstError.isError())
            return firstError;
        return CelValue::fromBool(node.macro == Macro::All);
    case Macro::ExistsOne:
        return CelValue::fromBool(matches == 1);
    case Macro::Map:
    case Macro::Filter:
        return CelValue::fromList(std::move(mapped));
    }
    return {};
}

} // namespace Tessera
