#include "policy/celmath.h"

#include <QHash>
#include <QStringList>

#include <cmath>
#include <cstdlib>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using Kind = CelValue::Kind;

enum class Op {
    Greatest,
    Least,
    Ceil,
    Floor,
    Round,
    Trunc,
    Abs,
    Sign,
    IsNaN,
    IsInf,
    IsFinite,
    BitAnd,
    BitOr,
    BitXor,
    BitNot,
    BitShiftLeft,
    BitShiftRight,
};

CelValue noOverload(const QString &name, const std::vector<CelValue> &args)
{
    QStringList types;
    for (const CelValue &arg : args)
        types += arg.typeName();
    return CelValue::error(CelMath::tr("no matching overload for 'math.%1' applied to (%2)")
                               .arg(name, types.join(u", "_s)));
}

// Greatest or least of numbers of any numeric kind; the winner keeps its kind.
CelValue extreme(const QString &name, const std::vector<CelValue> &args, bool greatest)
{
    std::vector<CelValue> values = args;
    if (args.size() == 1 && args[0].kind() == Kind::List)
        values.assign(args[0].listValue().cbegin(), args[0].listValue().cend());
    if (values.empty())
        return CelValue::error(CelMath::tr("math.%1() needs at least one argument").arg(name));
    const CelValue *best = nullptr;
    for (const CelValue &v : values) {
        if (!v.isNumber())
            return noOverload(name, args);
        if (!best) {
            best = &v;
            continue;
        }
        const auto order = v.celCompare(*best);
        if (order && (greatest ? *order > 0 : *order < 0))
            best = &v;
    }
    return *best;
}

} // namespace

namespace {

const QHash<QString, Op> &operations()
{
    static const QHash<QString, Op> ops = {
        {u"greatest"_s, Op::Greatest},
        {u"least"_s, Op::Least},
        {u"ceil"_s, Op::Ceil},
        {u"floor"_s, Op::Floor},
        {u"round"_s, Op::Round},
        {u"trunc"_s, Op::Trunc},
        {u"abs"_s, Op::Abs},
        {u"sign"_s, Op::Sign},
        {u"isNaN"_s, Op::IsNaN},
        {u"isInf"_s, Op::IsInf},
        {u"isFinite"_s, Op::IsFinite},
        {u"bitAnd"_s, Op::BitAnd},
        {u"bitOr"_s, Op::BitOr},
        {u"bitXor"_s, Op::BitXor},
        {u"bitNot"_s, Op::BitNot},
        {u"bitShiftLeft"_s, Op::BitShiftLeft},
        {u"bitShiftRight"_s, Op::BitShiftRight},
    };
    return ops;
}

} // namespace

bool CelMath::hasFunction(const QString &name)
{
    return operations().contains(name);
}

std::optional<CelValue> CelMath::call(const QString &name, const std::vector<CelValue> &args)
{
    const auto &ops = operations();
    const auto op = ops.constFind(name);
    if (op == ops.cend())
        return std::nullopt;
    if (*op == Op::Greatest || *op == Op::Least)
        return extreme(name, args, *op == Op::Greatest);

    const auto n = args.size();
    const Kind k0 = n > 0 ? args[0].kind() : Kind::Null;
    switch (*op) {
    case Op::Ceil:
    case Op::Floor:
    case Op::Round:
    case Op::Trunc: {
        if (n != 1 || k0 != Kind::Double)
            break;
        const double d = args[0].doubleValue();
        // std::round rounds halves away from zero, as the extension specifies.
        const double r = *op == Op::Ceil ? std::ceil(d)
            : *op == Op::Floor           ? std::floor(d)
            : *op == Op::Round           ? std::round(d)
                                         : std::trunc(d);
        return CelValue::fromDouble(r);
    }
    case Op::Abs:
        if (n != 1)
            break;
        if (k0 == Kind::Int) {
            if (args[0].intValue() == std::numeric_limits<qint64>::min())
                return CelValue::error(tr("integer overflow"));
            return CelValue::fromInt(std::abs(args[0].intValue()));
        }
        if (k0 == Kind::Uint)
            return args[0];
        if (k0 == Kind::Double)
            return CelValue::fromDouble(std::fabs(args[0].doubleValue()));
        break;
    case Op::Sign:
        if (n != 1)
            break;
        if (k0 == Kind::Int)
            return CelValue::fromInt((args[0].intValue() > 0) - (args[0].intValue() < 0));
        if (k0 == Kind::Uint)
            return CelValue::fromUint(args[0].uintValue() > 0 ? 1 : 0);
        if (k0 == Kind::Double) {
            const double d = args[0].doubleValue();
            return CelValue::fromDouble(std::isnan(d) ? d : double((d > 0) - (d < 0)));
        }
        break;
    case Op::IsNaN:
    case Op::IsInf:
    case Op::IsFinite: {
        if (n != 1 || k0 != Kind::Double)
            break;
        const double d = args[0].doubleValue();
        return CelValue::fromBool(*op == Op::IsNaN       ? std::isnan(d)
                                      : *op == Op::IsInf ? std::isinf(d)
                                                         : std::isfinite(d));
    }
    case Op::BitNot:
        if (n == 1 && k0 == Kind::Int)
            return CelValue::fromInt(~args[0].intValue());
        if (n == 1 && k0 == Kind::Uint)
            return CelValue::fromUint(~args[0].uintValue());
        break;
    case Op::BitAnd:
    case Op::BitOr:
    case Op::BitXor: {
        if (n != 2 || args[1].kind() != k0 || (k0 != Kind::Int && k0 != Kind::Uint))
            break;
        // Work on the unsigned bits; the result keeps the operands' kind.
        const quint64 a = k0 == Kind::Int ? quint64(args[0].intValue()) : args[0].uintValue();
        const quint64 b = k0 == Kind::Int ? quint64(args[1].intValue()) : args[1].uintValue();
        const quint64 r = *op == Op::BitAnd ? (a & b) : *op == Op::BitOr ? (a | b) : (a ^ b);
        return k0 == Kind::Int ? CelValue::fromInt(qint64(r)) : CelValue::fromUint(r);
    }
    case Op::BitShiftLeft:
    case Op::BitShiftRight: {
        if (n != 2 || args[1].kind() != Kind::Int || (k0 != Kind::Int && k0 != Kind::Uint))
            break;
        const qint64 shift = args[1].intValue();
        if (shift < 0)
            return CelValue::error(tr("math.%1() with a negative shift %2").arg(name).arg(shift));
        // Shifts are logical, on the 64 bits; 64 or more clears them all.
        const quint64 bits = k0 == Kind::Int ? quint64(args[0].intValue()) : args[0].uintValue();
        const quint64 r = shift >= 64 ? 0 : *op == Op::BitShiftLeft ? bits << shift : bits >> shift;
        return k0 == Kind::Int ? CelValue::fromInt(qint64(r)) : CelValue::fromUint(r);
    }
    case Op::Greatest:
    case Op::Least:
        break;
    }
    return noOverload(name, args);
}

} // namespace Tessera
