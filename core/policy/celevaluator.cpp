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
#include <array>
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
                .arg(key.kind() == Kind::Int ? QString::number(i) : key.debugString())
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
        // Also the spellings of non-finite values that CEL's reference implementation accepts.
        const QString lower = v.stringValue().toLower();
        const QStringView unsigned_ = QStringView(lower).mid(
            lower.startsWith(u'-') || lower.startsWith(u'+') ? 1 : 0);
        if (unsigned_ == u"inf"_s || unsigned_ == u"infinity"_s)
            return CelValue::fromDouble(lower.startsWith(u'-')
                                            ? -std::numeric_limits<double>::infinity()
                                            : std::numeric_limits<double>::infinity());
        if (unsigned_ == u"nan"_s)
            return CelValue::fromDouble(std::numeric_limits<double>::quiet_NaN());
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
bool partialMatch(const QString &text, const RE2 &re)
{
    // Policies mostly match short ASCII values (versions, names, ids): narrowed on the stack,
    // they need no conversion and no allocation.
    if (text.size() <= 256) {
        std::array<char, 256> narrow;
        const auto *units = reinterpret_cast<const char16_t *>(text.constData()); // utf16() would copy raw data
        qsizetype i = 0;
        for (; i < text.size() && units[i] < 0x80; ++i)
            narrow[size_t(i)] = char(units[i]);
        if (i == text.size())
            return RE2::PartialMatch(re2::StringPiece(narrow.data(), size_t(i)), re);
    }
    const QByteArray textUtf8 = text.toUtf8();
    return RE2::PartialMatch(re2::StringPiece(textUtf8.constData(), size_t(textUtf8.size())), re);
}

// Results that exist once, so that evaluation can return references to them.
const CelValue trueValue = CelValue::fromBool(true);
const CelValue falseValue = CelValue::fromBool(false);

inline const CelValue &boolValue(bool b)
{
    return b ? trueValue : falseValue;
}

// `<`, `<=`, `>` or `>=` (any other function) of two values CEL could order.
inline const CelValue &ordered(CelAst::Function function, std::partial_ordering order)
{
    switch (function) {
    case CelAst::Function::Less:
        return boolValue(order < 0);
    case CelAst::Function::LessEqual:
        return boolValue(order <= 0);
    case CelAst::Function::Greater:
        return boolValue(order > 0);
    default:
        return boolValue(order >= 0);
    }
}

// `v` as a result: a reference when it outlives the evaluation step, else moved into `out`.
const CelValue &keep(const CelValue &v, CelValue &temporary, CelValue &out)
{
    if (&v != &temporary)
        return v;
    out = std::move(temporary);
    return out;
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
                                        u"optional_type"_s,
                                        u"google.protobuf.Timestamp"_s,
                                        u"google.protobuf.Duration"_s};
    if (types.contains(name))
        return CelValue::fromType(name);
    return CelValue::error(CelEvaluator::tr("undeclared reference to '%1'").arg(name));
}

// The field `select` names, looked up first where it was last found.
Q_ALWAYS_INLINE const CelValue *findField(const CelMap &map, const CelAst &select)
{
    std::atomic_ref<qint32> shared(select.fieldHint);
    const qint32 last = shared.load(std::memory_order_relaxed);
    qint32 hint = last;
    const CelValue *found = map.findField(QStringView(select.name), select.hash, hint);
    if (hint != last)
        shared.store(hint, std::memory_order_relaxed);
    return found;
}

} // namespace

CelEvaluator::CelEvaluator(const Bindings &bindings)
    : m_bindings(&bindings)
{
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (it.key().contains(u'.')) {
            m_hasQualifiedBindings = true;
            break;
        }
    }
}

const CelValue &CelEvaluator::abort(const QString &error)
{
    if (!m_aborted) {
        m_aborted = true;
        m_abortValue = CelValue::error(error);
        // Every later step fails at once, so the evaluation unwinds quickly.
        m_maxSteps = -1;
    }
    return m_abortValue;
}

namespace {

// What an operation on `value` scans, in steps: a step per 16 characters or bytes, per element.
Q_ALWAYS_INLINE qint64 scanSteps(const CelValue &value)
{
    // Strings, which policies compare most, by the length they carry inline; then strings,
    // bytes, lists and maps are neighbours among the kinds: one comparison rules out scalars.
    static_assert(int(Kind::Bytes) == int(Kind::String) + 1 && int(Kind::List) == int(Kind::String) + 2
                  && int(Kind::Map) == int(Kind::String) + 3);
    if (value.kind() == Kind::String) [[likely]]
        return qint64(quint64(value.stringLength()) >> 4);
    if (quint8(quint8(value.kind()) - quint8(Kind::String)) > 3)
        return 0;
    switch (value.kind()) {
    case Kind::Bytes:
        return value.bytesValue().size() / 16;
    case Kind::List:
        return value.listValue().size();
    case Kind::Map:
        return value.mapValue().size();
    default:
        return 0;
    }
}

// Whether an operation on `value` counts no steps (see scanSteps()): a scalar, or a string
// shorter than 16 characters; decided in two comparisons.
Q_ALWAYS_INLINE bool countsNothing(const CelValue &value)
{
    return value.isStringShorterThan(16) || quint8(quint8(value.kind()) - quint8(Kind::String)) > 3;
}

// Roughly what `value` took to build, in bytes.
qint64 builtBytes(const CelValue &value)
{
    switch (value.kind()) {
    case Kind::String:
        return 2 * value.stringValue().size();
    case Kind::Bytes:
        return value.bytesValue().size();
    case Kind::List:
        return qint64(sizeof(CelValue)) * value.listValue().size();
    case Kind::Map:
        return 3 * qint64(sizeof(CelValue)) * value.mapValue().size();
    default:
        return 0;
    }
}

} // namespace

const CelValue &CelEvaluator::stepLimit()
{
    return abort(tr("evaluation exceeded %1 steps").arg(m_limits.maxSteps));
}

Q_ALWAYS_INLINE bool CelEvaluator::chargeFor(Function function, const CelValue &a, const CelValue &b)
{
    // Inline: every comparison of a policy comes here, mostly with two short strings or
    // numbers, which count nothing; strings of different lengths are unequal at once.
    if (countsNothing(a) && countsNothing(b)) [[likely]]
        return true;
    if ((function == Function::Equal || function == Function::NotEqual) && a.kind() == Kind::String
        && b.kind() == Kind::String && a.stringLength() != b.stringLength())
        return true;
    return chargeForLarge(a, b);
}

bool CelEvaluator::chargeForLarge(const CelValue &a, const CelValue &b)
{
    return chargeSteps(scanSteps(a) + scanSteps(b));
}

bool CelEvaluator::chargeSteps(qint64 steps)
{
    // Nothing to count leaves the limit to the callers: the inline paths check it where the
    // general path would.
    if (steps == 0) [[likely]]
        return true;
    m_steps += steps;
    if (m_steps <= m_maxSteps)
        return true;
    stepLimit();
    return false;
}

bool CelEvaluator::chargeAllocation(qint64 bytes)
{
    m_allocated += bytes;
    if (m_allocated <= m_limits.maxAllocation)
        return true;
    abort(tr("evaluation built more than %1 MB of values").arg(m_limits.maxAllocation >> 20));
    return false;
}

bool CelEvaluator::tooLarge(const CelValue &value)
{
    if (!chargeAllocation(builtBytes(value)))
        return true;
    qint64 size = 0;
    switch (value.kind()) {
    case Kind::String:
        size = value.stringValue().size();
        break;
    case Kind::Bytes:
        size = value.bytesValue().size();
        break;
    case Kind::List:
        if (value.listValue().size() <= m_limits.maxListSize)
            return false;
        abort(tr("evaluation exceeded the maximum list size of %1 elements")
                  .arg(m_limits.maxListSize));
        return true;
    case Kind::Map:
        if (value.mapValue().size() <= m_limits.maxListSize)
            return false;
        abort(tr("evaluation exceeded the maximum map size of %1 entries")
                  .arg(m_limits.maxListSize));
        return true;
    default:
        return false;
    }
    if (size <= m_limits.maxStringLength)
        return false;
    abort(tr("evaluation exceeded the maximum string length of %1 characters").arg(m_limits.maxStringLength));
    return true;
}

const CelValue &CelEvaluator::eval(const CelAst &node, CelValue &out)
{
    if (++m_steps > m_maxSteps) [[unlikely]]
        return stepLimit();
    if (node.directComparison && !m_records) {
        // The most common policy shape, `product.owner != ""`, without the general dispatch.
        if (const CelValue *compared = comparedInPlace(node))
            return *compared;
    }
    const CelValue &result = dispatch(node, out);
    if (m_records && node.kind != CelAst::Kind::Literal) [[unlikely]]
        m_records->push_back({&node, result, false});
    return result;
}

// Q_ALWAYS_INLINE here and below: these layers only dispatch, and at tens of millions of
// evaluations per second the calls between them are a large part of the cost.
Q_ALWAYS_INLINE const CelValue &CelEvaluator::dispatch(const CelAst &node, CelValue &out)
{
    switch (node.kind) {
    case CelAst::Kind::Literal:
        return node.value;
    case CelAst::Kind::Identifier:
        return identifier(node, out);
    case CelAst::Kind::Select:
        return select(node, out);
    case CelAst::Kind::Call:
        return call(node, out);
    case CelAst::Kind::List:
        return list(node, out);
    case CelAst::Kind::Map:
        return map(node, out);
    case CelAst::Kind::Struct:
        out = CelValue::error(tr("message construction (%1{...}) is not supported").arg(node.name));
        return out;
    case CelAst::Kind::Comprehension:
        return comprehension(node, out);
    }
    out = CelValue::error(tr("unknown expression"));
    return out;
}

Q_ALWAYS_INLINE const CelValue &CelEvaluator::identifier(const CelAst &node, CelValue &out)
{
    switch (node.reference) {
    case CelAst::Reference::Variable:
        if (size_t(node.slot) < m_variables.size())
            return m_variables[size_t(node.slot)];
        out = CelValue::error(tr("no value for variable '%1'").arg(node.name));
        return out;
    case CelAst::Reference::Local:
        return *m_locals[node.slot];
    case CelAst::Reference::Constant:
        return node.value;
    case CelAst::Reference::ByName:
        break;
    }
    return byName(node.name.startsWith(u'.') ? node.name.mid(1) : node.name, out);
}

const CelValue &CelEvaluator::byName(const QString &name, CelValue &out)
{
    if (m_bindings) {
        const auto it = m_bindings->constFind(name);
        if (it != m_bindings->cend())
            return *it;
    }
    out = typeIdentifier(name);
    return out;
}

bool CelEvaluator::isBound(const QString &name) const
{
    return m_bindings && m_bindings->contains(name);
}

const CelValue &CelEvaluator::select(const CelAst &node, CelValue &out)
{
    if (node.reference != CelAst::Reference::ByName)
        return identifier(node, out);
    if (m_bindings && !node.testOnly) {
        // Open environment: `a.b.c` may name a binding or a type rather than select fields of
        // `a`, unless `a` is a comprehension variable.
        const CelAst *root = &node;
        while (root->kind == CelAst::Kind::Select && !root->testOnly)
            root = root->children[0].get();
        const bool local = root->kind == CelAst::Kind::Identifier
            && root->reference == CelAst::Reference::Local;
        const bool typeCandidate = node.name == u"Timestamp"_s || node.name == u"Duration"_s;
        if (!local && (m_hasQualifiedBindings || typeCandidate)) {
            if (auto name = CelAst::qualifiedName(node)) {
                if (name->startsWith(u'.'))
                    name = name->mid(1);
                if (m_hasQualifiedBindings) {
                    const auto it = m_bindings->constFind(*name);
                    if (it != m_bindings->cend())
                        return *it;
                }
                if (typeCandidate && name->startsWith(u"google.protobuf."_s)
                    && name->count(u'.') == 2 && !isBound(u"google"_s)) {
                    out = CelValue::fromType(*name);
                    return out;
                }
            }
        }
    }
    if (!node.testOnly && !node.optional && !m_records) {
        // A path such as `p.schema.fields` over variables: walked here, without recursion.
        if (const CelValue *found = path(node))
            return *found;
    }
    CelValue temporary;
    const CelValue &operand = eval(*node.children[0], temporary);
    if (operand.kind() == Kind::Optional || (node.optional && operand.kind() == Kind::Map)) {
        // Optional chaining: a field of an optional map, or `.?` on a map, is an optional;
        // has() asks whether it is there.
        const CelValue *inner = operand.kind() == Kind::Optional ? operand.optionalValue() : &operand;
        if (!inner)
            return node.testOnly ? boolValue(false) : (out = CelValue::optionalNone(), out);
        if (inner->kind() != Kind::Map) {
            out = CelValue::error(tr("no such key: '%1' (%2 has no fields)")
                                      .arg(node.name, inner->typeName()));
            return out;
        }
        const CelValue *found = inner->mapValue().findField(QStringView(node.name), node.hash);
        if (node.testOnly)
            return boolValue(found != nullptr);
        out = found ? CelValue::optionalOf(*found) : CelValue::optionalNone();
        return out;
    }
    if (operand.kind() == Kind::Map) [[likely]] {
        const CelValue *found = findField(operand.mapValue(), node);
        if (node.testOnly)
            return boolValue(found != nullptr);
        if (!found) {
            out = CelValue::error(tr("no such key: '%1'").arg(node.name));
            return out;
        }
        if (&operand != &temporary)
            return *found;
        out = *found;
        return out;
    }
    if (operand.isError())
        return keep(operand, temporary, out);
    out = CelValue::error(
        tr("type '%1' does not support field selection ('%2')").arg(operand.typeName(), node.name));
    return out;
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::path(const CelAst &node)
{
    const CelAst *root = node.pathRoot;
    if (!root)
        return nullptr;
    const CelValue *value = nullptr;
    if (root->reference == CelAst::Reference::Local)
        value = m_locals[root->slot];
    else if (size_t(root->slot) < m_variables.size())
        value = &m_variables[size_t(root->slot)];
    else
        return nullptr;
    // The nodes count as evaluated, as they would be one by one.
    m_steps += qint64(node.pathSelects.size());
    for (const CelAst *select : node.pathSelects) {
        if (value->kind() != Kind::Map)
            return nullptr; // the recursive walk reports the error
        value = findField(value->mapValue(), *select);
        if (!value)
            return nullptr;
    }
    return value;
}

const CelValue &CelEvaluator::logical(const CelAst &node, bool isAnd, CelValue &out)
{
    // The deciding value (false for &&, true for ||) wins over errors on either side.
    CelValue left;
    const CelValue &lhs = eval(*node.children[0], left);
    if (lhs.kind() == Kind::Bool && lhs.boolValue() != isAnd)
        return boolValue(!isAnd);
    CelValue right;
    const CelValue &rhs = eval(*node.children[1], right);
    if (rhs.kind() == Kind::Bool && rhs.boolValue() != isAnd)
        return boolValue(!isAnd);
    if (lhs.kind() == Kind::Bool && rhs.kind() == Kind::Bool)
        return boolValue(isAnd);
    if (lhs.isError())
        return keep(lhs, left, out);
    if (rhs.isError())
        return keep(rhs, right, out);
    out = noOverload(node.name, {lhs, rhs});
    return out;
}

const CelValue &CelEvaluator::conditional(const CelAst &node, CelValue &out)
{
    CelValue temporary;
    const CelValue &condition = eval(*node.children[0], temporary);
    if (condition.isError())
        return keep(condition, temporary, out);
    if (condition.kind() != Kind::Bool) {
        out = noOverload(node.name, {condition});
        return out;
    }
    return eval(*node.children[condition.boolValue() ? 1 : 2], out);
}

Q_ALWAYS_INLINE const CelValue &CelEvaluator::call(const CelAst &node, CelValue &out)
{
    const size_t n = node.children.size();
    switch (node.function) {
    case Function::LogicalAnd:
        return logical(node, true, out);
    case Function::LogicalOr:
        return logical(node, false, out);
    case Function::Conditional:
        return conditional(node, out);
    case Function::Equal:
    case Function::NotEqual:
    case Function::Less:
    case Function::LessEqual:
    case Function::Greater:
    case Function::GreaterEqual:
    case Function::In:
    case Function::Index:
    case Function::OptionalIndex:
    case Function::Add:
    case Function::Subtract:
    case Function::Multiply:
    case Function::Divide:
    case Function::Modulo:
        if (n == 2 && !node.receiver)
            return binary(node, out);
        break;
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith:
        if (n == 2 && node.receiver)
            return binary(node, out);
        break;
    case Function::Matches:
        if (n == 2)
            return binary(node, out);
        break;
    case Function::Size:
        if (n == 1)
            return unary(node, out);
        break;
    case Function::LogicalNot:
    case Function::Negate:
        if (n == 1 && !node.receiver)
            return unary(node, out);
        break;
    default:
        break;
    }
    if (node.extension) {
        // Unless the namespace's name is bound as a variable (open environment).
        const QString &target = node.children[0]->name;
        if (!isBound(target))
            return generic(node, 1, target, out);
    }
    return generic(node, 0, {}, out);
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::direct(const CelAst &node)
{
    switch (node.kind) {
    case CelAst::Kind::Literal:
        return &node.value;
    case CelAst::Kind::Identifier:
        switch (node.reference) {
        case CelAst::Reference::Local:
            return m_locals[node.slot];
        case CelAst::Reference::Variable:
            return size_t(node.slot) < m_variables.size() ? &m_variables[size_t(node.slot)]
                                                           : nullptr;
        case CelAst::Reference::Constant:
            return &node.value;
        case CelAst::Reference::ByName:
            return nullptr;
        }
        return nullptr;
    case CelAst::Kind::Select:
        return node.testOnly ? nullptr : path(node);
    default:
        return nullptr;
    }
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::sizeInPlace(const CelAst &node, CelValue &scratch)
{
    // The call counts as eval() counts it, before its operand; the operand is counted as the
    // comparison's are. A size it leaves to the general way (a string's, say) is counted
    // there only.
    const qint64 before = m_steps;
    if (++m_steps > m_maxSteps) {
        m_steps = before;
        return nullptr; // the general way stops at the same step
    }
    const CelValue *operand = direct(*node.children[0]);
    if (!operand) {
        m_steps = before;
        return nullptr;
    }
    ++m_steps; // the operand, as operand() counts it
    switch (operand->kind()) {
    case Kind::List:
        scratch = CelValue::fromInt(operand->listValue().size());
        return &scratch;
    case Kind::Map:
        scratch = CelValue::fromInt(operand->mapValue().size());
        return &scratch;
    case Kind::Bytes:
        scratch = CelValue::fromInt(operand->bytesValue().size());
        return &scratch;
    default:
        m_steps = before;
        return nullptr; // strings count code points and steps: the general way
    }
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::comparedInPlace(const CelAst &node)
{
    if (node.sizeComparison) [[unlikely]]
        return sizesCompared(node);
    const CelValue *a = direct(*node.children[0]);
    const CelValue *b = a ? direct(*node.children[1]) : nullptr;
    if (!b)
        return nullptr;
    m_steps += 2; // the operands, as operand() counts them
    return compared(node, *a, *b);
}

Q_NEVER_INLINE const CelValue *CelEvaluator::sizesCompared(const CelAst &node)
{
    // Each operand counted where operand() would count it: a size() before the next. A
    // comparison left to the general way is counted there only, as before sizes were
    // compared in place.
    const qint64 before = m_steps;
    CelValue sizes[2];
    const CelValue *values[2];
    for (std::size_t i = 0; i < 2; ++i) {
        const CelAst &child = *node.children[i];
        if (child.kind == CelAst::Kind::Call) {
            values[i] = sizeInPlace(child, sizes[i]);
        } else {
            values[i] = direct(child);
            m_steps += values[i] != nullptr;
        }
        if (!values[i]) {
            m_steps = before;
            return nullptr;
        }
    }
    const CelValue *result = compared(node, *values[0], *values[1]);
    if (!result)
        m_steps = before;
    return result;
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::compared(const CelAst &node, const CelValue &a, const CelValue &b)
{
    // As binary() counts comparing large operands, so that an outcome and its explanation
    // (which takes the general path) count the same steps.
    if (!chargeFor(node.function, a, b)) [[unlikely]]
        return &m_abortValue;
    switch (node.function) {
    case Function::Equal:
        return &boolValue(a.celEquals(b));
    case Function::NotEqual:
        return &boolValue(!a.celEquals(b));
    default:
        if (const auto order = a.celCompare(b))
            return &ordered(node.function, *order);
        return nullptr; // no overload: the general path reports it (counted as it always was)
    }
}

Q_ALWAYS_INLINE const CelValue *CelEvaluator::quick(const CelAst &node)
{
    // As eval() takes these shapes, steps included.
    if (++m_steps > m_maxSteps)
        return nullptr;
    if (node.directComparison)
        return comparedInPlace(node);
    if (node.kind == CelAst::Kind::Select && node.reference == CelAst::Reference::ByName
        && !node.testOnly && !node.optional && !m_bindings)
        return path(node);
    return nullptr;
}

const CelValue &CelEvaluator::operand(const CelAst &node, CelValue &scratch)
{
    // While recording an explanation every node is evaluated, so that each gets its value.
    if (const CelValue *existing = m_records ? nullptr : direct(node)) {
        ++m_steps;
        return *existing;
    }
    return eval(node, scratch);
}

const CelValue &CelEvaluator::binary(const CelAst &node, CelValue &out)
{
    // Operands that already exist (literals, variables, paths such as `product.owner`) are
    // used in place, without evaluating them as nodes.
    CelValue left;
    const CelValue &a = operand(*node.children[0], left);
    if (a.isError())
        return keep(a, left, out);
    CelValue right;
    const CelValue &b = operand(*node.children[1], right);
    if (b.isError())
        return keep(b, right, out);
    // Comparing, searching or concatenating large values takes time in proportion to them: a
    // macro that repeats it stops at the step limit, as one repeating cheap steps does.
    // Indexing takes the same time whatever the container's size, and so does finding a key
    // in a map (as long as the key takes to hash).
    const bool indexing = node.function == Function::Index || node.function == Function::OptionalIndex;
    const bool keyInMap = node.function == Function::In && b.kind() == Kind::Map;
    static const CelValue none;
    if (!chargeFor(node.function, indexing ? none : a, keyInMap ? none : b)) [[unlikely]]
        return m_abortValue;
    switch (node.function) {
    case Function::Equal:
        return boolValue(a.celEquals(b));
    case Function::NotEqual:
        return boolValue(!a.celEquals(b));
    case Function::Less:
    case Function::LessEqual:
    case Function::Greater:
    case Function::GreaterEqual: {
        const auto order = a.celCompare(b);
        if (!order)
            break;
        return ordered(node.function, *order);
    }
    case Function::In:
        out = contains(b, a);
        return out;
    case Function::OptionalIndex:
    case Function::Index:
        if (a.kind() == Kind::Optional || node.function == Function::OptionalIndex) {
            // Optional chaining: the element of an optional container, or `[?k]`, is an
            // optional that is empty when the key or index is missing.
            const CelValue *inner = a.kind() == Kind::Optional ? a.optionalValue() : &a;
            if (!inner) {
                out = CelValue::optionalNone();
                return out;
            }
            if (inner->kind() == Kind::Map) {
                const CelValue *found = inner->mapValue().find(b);
                out = found ? CelValue::optionalOf(*found) : CelValue::optionalNone();
                return out;
            }
            if (inner->kind() == Kind::List) {
                const CelValue element = index(*inner, b);
                const bool outOfRange = element.isError() && (b.kind() == Kind::Int || b.kind() == Kind::Uint);
                out = outOfRange ? CelValue::optionalNone()
                    : element.isError() ? element
                                        : CelValue::optionalOf(element);
                return out;
            }
            out = noOverload(node.name, {a, b});
            return out;
        }
        if (a.kind() == Kind::Map) {
            if (const CelValue *found = a.mapValue().find(b)) {
                if (&a != &left)
                    return *found;
                out = *found;
                return out;
            }
        }
        out = index(a, b);
        return out;
    case Function::Add:
        if (a.kind() == Kind::Timestamp || a.kind() == Kind::Duration) {
            out = CelTime::add(a, b);
            return out;
        }
        if (a.kind() == b.kind()) {
            // Checked before building, so a doubling loop stops before it exhausts memory.
            if (a.kind() == Kind::String
                && a.stringValue().size() + b.stringValue().size() > m_limits.maxStringLength)
                return abort(tr("evaluation exceeded the maximum string length of %1 characters")
                                 .arg(m_limits.maxStringLength));
            if (a.kind() == Kind::Bytes
                && a.bytesValue().size() + b.bytesValue().size() > m_limits.maxStringLength)
                return abort(tr("evaluation exceeded the maximum bytes size of %1 bytes")
                                 .arg(m_limits.maxStringLength));
            if (a.kind() == Kind::List
                && a.listValue().size() + b.listValue().size() > m_limits.maxListSize)
                return abort(tr("evaluation exceeded the maximum list size of %1 elements")
                                 .arg(m_limits.maxListSize));
        }
        out = arithmetic(node.function, node.name, a, b);
        if (!chargeAllocation(builtBytes(out))) [[unlikely]]
            return m_abortValue;
        return out;
    case Function::Subtract:
        if (a.kind() == Kind::Timestamp || a.kind() == Kind::Duration) {
            out = CelTime::subtract(a, b);
            return out;
        }
        out = arithmetic(node.function, node.name, a, b);
        return out;
    case Function::Multiply:
    case Function::Divide:
    case Function::Modulo:
        out = arithmetic(node.function, node.name, a, b);
        return out;
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith: {
        if (a.kind() != Kind::String || b.kind() != Kind::String)
            break;
        const QString &s = a.stringValue();
        const QString &t = b.stringValue();
        if (node.function == Function::Contains)
            return boolValue(s.contains(t));
        if (node.function == Function::StartsWith)
            return boolValue(s.startsWith(t));
        return boolValue(s.endsWith(t));
    }
    case Function::Matches:
        out = matches(node, a, b);
        return out;
    default:
        break;
    }
    out = noOverload(node.name, {a, b});
    return out;
}

const CelValue &CelEvaluator::unary(const CelAst &node, CelValue &out)
{
    CelValue temporary;
    const CelValue &a = operand(*node.children[0], temporary);
    if (a.isError())
        return keep(a, temporary, out);
    switch (node.function) {
    case Function::Size:
        switch (a.kind()) {
        case Kind::String:
            if (!chargeSteps(scanSteps(a))) [[unlikely]] // counting code points scans the text
                return m_abortValue;
            out = CelValue::fromInt(codePointCount(a.stringValue()));
            return out;
        case Kind::Bytes:
            out = CelValue::fromInt(a.bytesValue().size());
            return out;
        case Kind::List:
            out = CelValue::fromInt(a.listValue().size());
            return out;
        case Kind::Map:
            out = CelValue::fromInt(a.mapValue().size());
            return out;
        default:
            break;
        }
        break;
    case Function::LogicalNot:
        if (a.kind() == Kind::Bool)
            return boolValue(!a.boolValue());
        break;
    case Function::Negate:
        if (a.kind() == Kind::Int) {
            out = a.intValue() == std::numeric_limits<qint64>::min()
                ? overflow()
                : CelValue::fromInt(-a.intValue());
            return out;
        }
        if (a.kind() == Kind::Double) {
            out = CelValue::fromDouble(-a.doubleValue());
            return out;
        }
        break;
    default:
        break;
    }
    out = noOverload(node.name, {a});
    return out;
}

CelValue CelEvaluator::matches(const CelAst &node, const CelValue &text, const CelValue &pattern)
{
    if (text.kind() != Kind::String || pattern.kind() != Kind::String)
        return noOverload(node.name, {text, pattern});
    if (node.regex)
        return CelValue::fromBool(partialMatch(text.stringValue(), *node.regex));
    // A computed pattern is compiled once per evaluation (a macro may apply it to every
    // element); the cache belongs to this evaluation, so programs stay free of shared state.
    auto cached = m_regexCache.constFind(pattern.stringValue());
    if (cached == m_regexCache.cend()) {
        const QByteArray patternUtf8 = pattern.stringValue().toUtf8();
        RE2::Options options;
        options.set_log_errors(false);
        auto re = std::make_shared<const RE2>(
            re2::StringPiece(patternUtf8.constData(), size_t(patternUtf8.size())), options);
        if (!re->ok())
            return CelValue::error(tr("invalid regular expression \"%1\": %2")
                                       .arg(pattern.stringValue(),
                                            QString::fromStdString(re->error())));
        cached = m_regexCache.insert(pattern.stringValue(), std::move(re));
    }
    return CelValue::fromBool(partialMatch(text.stringValue(), **cached));
}

const CelValue &CelEvaluator::generic(const CelAst &node, size_t first, const QString &extension,
                                      CelValue &out)
{
    // Strict functions: the first error among the arguments is the result.
    std::vector<CelValue> args;
    args.reserve(node.children.size());
    for (size_t i = first; i < node.children.size(); ++i) {
        CelValue temporary;
        const CelValue &v = eval(*node.children[i], temporary);
        if (v.isError())
            return keep(v, temporary, out);
        args.push_back(&v == &temporary ? std::move(temporary) : v);
    }
    if (extension == u"optional"_s) {
        out = optionalFunction(node.name, args);
        return out;
    }
    if (node.receiver && !args.empty() && args[0].kind() == Kind::Optional) {
        if (auto result = optionalMethod(node.name, args)) {
            out = std::move(*result);
            return out;
        }
    }
    if (extension == u"math"_s) {
        if (auto result = CelMath::call(node.name, args)) {
            out = std::move(*result);
            return out;
        }
    } else if (extension == u"strings"_s && node.name == u"quote"_s) {
        out = CelStrings::quote(args);
        return out;
    }
    if (!extension.isEmpty()) {
        out = CelValue::error(tr("unknown function '%1.%2'").arg(extension, node.name));
        return out;
    }
    if (node.name == u"replace"_s && node.receiver && args.size() >= 3
        && args[0].kind() == Kind::String && args[1].kind() == Kind::String
        && args[2].kind() == Kind::String) {
        // The longest possible result, checked before building it.
        const qint64 size = args[0].stringValue().size();
        const qint64 from = args[1].stringValue().size();
        const qint64 to = args[2].stringValue().size();
        const qint64 bound = size + (from == 0 ? size + 1 : size / from) * to;
        if (bound > m_limits.maxStringLength)
            return abort(tr("evaluation exceeded the maximum string length of %1 characters")
                             .arg(m_limits.maxStringLength));
    }
    qint64 scanned = 0;
    for (const CelValue &arg : args)
        scanned += scanSteps(arg);
    if (!chargeSteps(scanned))
        return m_abortValue;
    out = function(node, args);
    if (tooLarge(out))
        return m_abortValue;
    return out;
}

const CelValue &CelEvaluator::list(const CelAst &node, CelValue &out)
{
    if (qint64(node.children.size()) > m_limits.maxListSize)
        return abort(
            tr("evaluation exceeded the maximum list size of %1 elements").arg(m_limits.maxListSize));
    if (node.value.kind() == Kind::List) // all literals, built by the compiler
        return node.value;
    QList<CelValue> values;
    values.reserve(qsizetype(node.children.size()));
    for (const auto &child : node.children) {
        const bool optional = child->kind == CelAst::Kind::Call
            && child->function == Function::OptionalEntry && child->children.size() == 1;
        CelValue temporary;
        const CelValue &v = eval(optional ? *child->children[0] : *child, temporary);
        if (v.isError())
            return keep(v, temporary, out);
        if (optional) {
            // `[?e]`: the element only when e has a value.
            if (v.kind() != Kind::Optional) {
                out = noOverload(child->name, {v});
                return out;
            }
            if (const CelValue *inner = v.optionalValue())
                values.append(*inner);
            continue;
        }
        values.append(&v == &temporary ? std::move(temporary) : v);
    }
    out = CelValue::fromList(std::move(values));
    if (!chargeAllocation(builtBytes(out))) [[unlikely]]
        return m_abortValue;
    return out;
}

const CelValue &CelEvaluator::map(const CelAst &node, CelValue &out)
{
    if (qint64(node.children.size() / 2) > m_limits.maxListSize)
        return abort(
            tr("evaluation exceeded the maximum map size of %1 entries").arg(m_limits.maxListSize));
    CelMap result;
    for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
        CelValue keyTemporary;
        const CelValue &key = eval(*node.children[i], keyTemporary);
        if (key.isError())
            return keep(key, keyTemporary, out);
        const CelAst &valueNode = *node.children[i + 1];
        const bool optional = valueNode.kind == CelAst::Kind::Call
            && valueNode.function == Function::OptionalEntry && valueNode.children.size() == 1;
        CelValue valueTemporary;
        const CelValue &evaluated
            = eval(optional ? *valueNode.children[0] : valueNode, valueTemporary);
        if (evaluated.isError())
            return keep(evaluated, valueTemporary, out);
        if (optional && evaluated.kind() != Kind::Optional) {
            out = noOverload(valueNode.name, {evaluated});
            return out;
        }
        // `{?k: v}`: the entry only when v has a value.
        if (optional && !evaluated.optionalValue())
            continue;
        const CelValue &value = optional ? *evaluated.optionalValue() : evaluated;
        if (!CelMap::isValidKey(key)) {
            out = CelValue::error(tr("unsupported key type %1 in a map literal").arg(key.typeName()));
            return out;
        }
        if (!result.insert(key, value)) {
            out = CelValue::error(
                tr("Failed with repeated key %1 in a map literal").arg(key.debugString()));
            return out;
        }
    }
    out = CelValue::fromMap(std::move(result));
    if (!chargeAllocation(builtBytes(out))) [[unlikely]]
        return m_abortValue;
    return out;
}

const CelValue &CelEvaluator::comprehension(const CelAst &node, CelValue &out)
{
    CelValue rangeTemporary;
    const CelValue &range = eval(*node.children[0], rangeTemporary);
    if (range.isError())
        return keep(range, rangeTemporary, out);
    using Macro = CelAst::Macro;
    if (node.macro == Macro::OptMap || node.macro == Macro::OptFlatMap)
        return optionalMacro(node, range, out);
    // The loop variable points at each element (or key) in turn: nothing is copied.
    const QList<CelValue> *elements = nullptr;
    const QList<CelMap::Entry> *entries = nullptr;
    qsizetype count = 0;
    if (range.kind() == Kind::List) {
        elements = &range.listValue();
        count = elements->size();
    } else if (range.kind() == Kind::Map) {
        entries = &range.mapValue().entries();
        count = entries->size();
    } else {
        out = noOverload(node.name, {range});
        return out;
    }

    const CelAst &body = *node.children[1];
    const bool transform = node.macro == Macro::Map && node.children.size() == 2;
    const qsizetype slot = node.slot;
    if (m_locals.size() <= slot)
        m_locals.resize(slot + 1);
    const CelValue *saved = m_locals[slot];
    // Explanations keep the records of the last iteration only: the one that decided.
    const size_t mark = m_records ? m_records->size() : 0;

    qsizetype first = 0;
    if ((node.macro == Macro::All || node.macro == Macro::Exists) && !m_records) {
        // The commonest loops of policies (`fields.all(f, f.description != '')`, `exists(f,
        // f.pii)`) decided element by element without evaluating the body as a tree. An
        // element whose body needs more is counted again and goes the general way below, with
        // the ones after it.
        const bool deciding = node.macro == Macro::Exists;
        // Most such bodies compare a field path of the element with a literal, or are one:
        // those go straight from each element down its path, counting the steps quick()
        // would, while the step limit is not in sight.
        const auto ownPath = [&](const CelAst &n) {
            return n.kind == CelAst::Kind::Select && n.pathRoot && n.pathRoot->reference == CelAst::Reference::Local
                && n.pathRoot->slot == slot;
        };
        const CelAst *fieldPath = nullptr;
        const CelValue *literal = nullptr;
        bool literalFirst = false;
        if (body.directComparison) {
            const CelAst &left = *body.children[0];
            const CelAst &right = *body.children[1];
            if (ownPath(left) && right.kind == CelAst::Kind::Literal) {
                fieldPath = &left;
                literal = &right.value;
            } else if (left.kind == CelAst::Kind::Literal && ownPath(right)) {
                fieldPath = &right;
                literal = &left.value;
                literalFirst = true;
            }
        } else if (ownPath(body) && !m_bindings) {
            fieldPath = &body;
        }
        if (fieldPath) {
            // The loop's step, the body's, its selects' and, for a comparison, its operands'.
            const qint64 perElement = 2 + qint64(fieldPath->pathSelects.size()) + (literal ? 2 : 0);
            // `f.description != ''`: a string of another length is unequal at once, and
            // comparing it counts nothing (see chargeFor()).
            const bool equality = literal && literal->kind() == Kind::String
                && (body.function == Function::Equal || body.function == Function::NotEqual);
            const qsizetype literalLength = equality ? literal->stringLength() : -1;
            for (; first < count && m_steps + perElement <= m_maxSteps; ++first) {
                const CelValue *v = elements ? &elements->at(first) : &entries->at(first).first;
                for (const CelAst *select : fieldPath->pathSelects) {
                    v = v->kind() == Kind::Map ? findField(v->mapValue(), *select) : nullptr;
                    if (!v)
                        break;
                }
                if (!v)
                    break;
                bool result;
                const qint64 before = m_steps;
                m_steps += perElement;
                if (equality && v->kind() == Kind::String && v->stringLength() != literalLength) {
                    result = body.function == Function::NotEqual;
                } else if (literal) {
                    const CelValue *decided = literalFirst ? compared(body, *literal, *v) : compared(body, *v, *literal);
                    if (!decided) {
                        m_steps = before; // no overload: the general way reports it
                        break;
                    }
                    if (decided == &m_abortValue) [[unlikely]] {
                        m_locals[slot] = saved;
                        return m_abortValue;
                    }
                    result = decided->boolValue();
                } else {
                    if (v->kind() != Kind::Bool) {
                        m_steps = before;
                        break;
                    }
                    result = v->boolValue();
                }
                if (result == deciding) {
                    m_locals[slot] = saved;
                    return boolValue(deciding);
                }
            }
        }
        for (; first < count; ++first) {
            const qint64 before = m_steps;
            if (++m_steps > m_maxSteps) {
                m_steps = before;
                break;
            }
            m_locals[slot] = elements ? &elements->at(first) : &entries->at(first).first;
            const CelValue *v = quick(body);
            if (!v || v->kind() != Kind::Bool) {
                m_steps = before;
                break;
            }
            if (v->boolValue() == deciding) {
                m_locals[slot] = saved;
                return boolValue(deciding);
            }
        }
        if (first == count) {
            m_locals[slot] = saved;
            return boolValue(!deciding);
        }
    }

    std::optional<CelValue> decided;
    CelValue firstError;
    qint64 matchCount = 0;
    QList<CelValue> mapped;
    for (qsizetype i = first; i < count; ++i) {
        if (++m_steps > m_maxSteps) {
            decided = stepLimit();
            break;
        }
        const CelValue &item = elements ? elements->at(i) : entries->at(i).first;
        m_locals[slot] = &item;
        if (m_records) [[unlikely]] {
            m_records->resize(mark);
            m_records->push_back({&node, item, true});
        }
        CelValue temporary;
        const CelValue &v = eval(body, temporary);
        if (m_aborted) {
            decided = m_abortValue;
            break;
        }
        if (transform) {
            if (v.isError()) {
                decided = v;
                break;
            }
            mapped.append(v);
        } else if (v.kind() != Kind::Bool) {
            // all/exists: remember the error, a later deciding value still wins.
            const CelValue error = v.isError() ? v : noOverload(node.name, {v});
            if (node.macro == Macro::All || node.macro == Macro::Exists) {
                if (!firstError.isError())
                    firstError = error;
                continue;
            }
            decided = error;
            break;
        } else {
            const bool b = v.boolValue();
            if (node.macro == Macro::All && !b) {
                decided = boolValue(false);
                break;
            }
            if (node.macro == Macro::Exists && b) {
                decided = boolValue(true);
                break;
            }
            if (node.macro == Macro::ExistsOne && b)
                ++matchCount;
            if (node.macro == Macro::Filter && b) {
                mapped.append(item);
            } else if (node.macro == Macro::Map && b) {
                CelValue transformed;
                const CelValue &t = eval(*node.children[2], transformed);
                if (t.isError()) {
                    decided = t;
                    break;
                }
                mapped.append(t);
            }
        }
        if (mapped.size() > m_limits.maxListSize) {
            decided = abort(tr("evaluation exceeded the maximum list size of %1 elements")
                                .arg(m_limits.maxListSize));
            break;
        }
    }
    m_locals[slot] = saved;
    if (decided) {
        out = std::move(*decided);
        return out;
    }
    switch (node.macro) {
    case Macro::All:
    case Macro::Exists:
        if (firstError.isError()) {
            out = std::move(firstError);
            return out;
        }
        return boolValue(node.macro == Macro::All);
    case Macro::ExistsOne:
        return boolValue(matchCount == 1);
    case Macro::Map:
    case Macro::Filter:
        out = CelValue::fromList(std::move(mapped));
        if (!chargeAllocation(builtBytes(out))) [[unlikely]]
            return m_abortValue;
        return out;
    case Macro::OptMap:
    case Macro::OptFlatMap:
        break;
    }
    return out;
}

const CelValue &CelEvaluator::optionalMacro(const CelAst &node, const CelValue &range,
                                            CelValue &out)
{
    // x.optMap(v, e): optional.of(e) with v bound to x's value; optFlatMap: e itself, which
    // must be an optional. An empty x gives an empty optional.
    if (range.kind() != CelValue::Kind::Optional) {
        out = noOverload(node.name, {range});
        return out;
    }
    const CelValue *inner = range.optionalValue();
    if (!inner) {
        out = CelValue::optionalNone();
        return out;
    }
    const qsizetype slot = node.slot;
    if (m_locals.size() <= slot)
        m_locals.resize(slot + 1);
    const CelValue *saved = m_locals[slot];
    m_locals[slot] = inner;
    if (m_records) [[unlikely]]
        m_records->push_back({&node, *inner, true});
    CelValue temporary;
    const CelValue &v = eval(*node.children[1], temporary);
    m_locals[slot] = saved;
    if (v.isError())
        return keep(v, temporary, out);
    if (node.macro == CelAst::Macro::OptMap) {
        out = CelValue::optionalOf(v);
        return out;
    }
    if (v.kind() != CelValue::Kind::Optional) {
        out = noOverload(node.name, {v});
        return out;
    }
    return keep(v, temporary, out);
}

CelValue CelEvaluator::optionalFunction(const QString &name, const std::vector<CelValue> &args)
{
    if (name == u"none"_s && args.empty())
        return CelValue::optionalNone();
    if (name == u"of"_s && args.size() == 1)
        return CelValue::optionalOf(args[0]);
    if (name == u"ofNonZeroValue"_s && args.size() == 1) {
        const CelValue &v = args[0];
        bool zero = false;
        switch (v.kind()) {
        case Kind::Null:
            zero = true;
            break;
        case Kind::Bool:
            zero = !v.boolValue();
            break;
        case Kind::Int:
            zero = v.intValue() == 0;
            break;
        case Kind::Uint:
            zero = v.uintValue() == 0;
            break;
        case Kind::Double:
            zero = v.doubleValue() == 0;
            break;
        case Kind::String:
            zero = v.stringValue().isEmpty();
            break;
        case Kind::Bytes:
            zero = v.bytesValue().isEmpty();
            break;
        case Kind::List:
            zero = v.listValue().isEmpty();
            break;
        case Kind::Map:
            zero = v.mapValue().size() == 0;
            break;
        case Kind::Timestamp:
        case Kind::Duration:
            zero = v.timeValue() == CelValue::Time {};
            break;
        default:
            break;
        }
        return zero ? CelValue::optionalNone() : CelValue::optionalOf(v);
    }
    return CelValue::error(tr("unknown function 'optional.%1'").arg(name));
}

std::optional<CelValue> CelEvaluator::optionalMethod(const QString &name,
                                                     const std::vector<CelValue> &args)
{
    const CelValue *inner = args[0].optionalValue();
    if (name == u"hasValue"_s && args.size() == 1)
        return CelValue::fromBool(inner != nullptr);
    if (name == u"value"_s && args.size() == 1)
        return inner ? *inner : CelValue::error(tr("optional.none() dereference"));
    if (name == u"orValue"_s && args.size() == 2)
        return inner ? *inner : args[1];
    if (name == u"or"_s && args.size() == 2) {
        if (args[1].kind() != Kind::Optional)
            return noOverload(name, args);
        return inner ? args[0] : args[1];
    }
    return std::nullopt;
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

} // namespace Tessera
