#include "policy/celstrings.h"

#include <QHash>
#include <QStringList>

#include "policy/celmap.h"
#include "policy/celtime.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using Kind = CelValue::Kind;

enum class Op {
    CharAt,
    IndexOf,
    LastIndexOf,
    LowerAscii,
    UpperAscii,
    Replace,
    Split,
    Substring,
    Trim,
    Join,
    Reverse,
    Format
};

CelValue noOverload(const QString &name, const std::vector<CelValue> &args)
{
    QStringList types;
    for (const CelValue &arg : args)
        types += arg.typeName();
    return CelValue::error(CelStrings::tr("no matching overload for '%1' applied to (%2)")
                               .arg(name, types.join(u", "_s)));
}

CelValue outOfRange(qint64 index, qint64 size)
{
    return CelValue::error(
        CelStrings::tr("index out of range: %1 (string of %2 code points)").arg(index).arg(size));
}

QString fromU32(const std::u32string &s)
{
    return QString::fromStdU32String(s);
}

// Kinds of args[1..] must match `kinds` exactly.
bool hasArgs(const std::vector<CelValue> &args, std::initializer_list<Kind> kinds)
{
    if (args.size() != kinds.size() + 1)
        return false;
    size_t i = 1;
    for (const Kind k : kinds) {
        if (args[i++].kind() != k)
            return false;
    }
    return true;
}

QString formatDouble(double d, char conversion, int precision)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"Infinity"_s : u"-Infinity"_s;
    // The C library's printf rounds correctly from the binary value, ties to even, as CEL's
    // reference implementation does (QString::asprintf rounds ties away from zero).
    const int size = std::snprintf(nullptr, 0, conversion == 'e' ? "%.*e" : "%.*f", precision, d);
    std::string buffer(size_t(size) + 1, '\0');
    std::snprintf(buffer.data(), buffer.size(), conversion == 'e' ? "%.*e" : "%.*f", precision, d);
    buffer.resize(size_t(size));
    return QString::fromStdString(buffer);
}

// %s: the value as text, strings unquoted, in lists and maps too; map entries by key text.
std::optional<QString> asText(const CelValue &v)
{
    switch (v.kind()) {
    case Kind::Null:
        return u"null"_s;
    case Kind::Bool:
        return v.boolValue() ? u"true"_s : u"false"_s;
    case Kind::Int:
        return QString::number(v.intValue());
    case Kind::Uint:
        return QString::number(v.uintValue());
    case Kind::Double: {
        const double d = v.doubleValue();
        if (std::isnan(d) || std::isinf(d))
            return formatDouble(d, 'f', 0);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case Kind::String:
    case Kind::Type:
        return v.stringValue();
    case Kind::Bytes:
        return QString::fromUtf8(v.bytesValue());
    case Kind::Timestamp:
    case Kind::Duration:
        return CelTime::toString(v);
    case Kind::List: {
        QStringList parts;
        for (const CelValue &e : v.listValue()) {
            const auto t = asText(e);
            if (!t)
                return std::nullopt;
            parts += *t;
        }
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Kind::Map: {
        QList<std::pair<QString, QString>> entries;
        for (const auto &[key, value] : v.mapValue().entries()) {
            const auto k = asText(key);
            const auto t = asText(value);
            if (!k || !t)
                return std::nullopt;
            entries.append(std::make_pair(*k, *t));
        }
        std::sort(entries.begin(), entries.end());
        QStringList parts;
        for (const auto &[k, t] : std::as_const(entries))
            parts += k + u": "_s + t;
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case Kind::Error:
    case Kind::Optional:
        break;
    }
    return std::nullopt;
}

QString hexOf(const QByteArray &bytes, bool upper)
{
    const QByteArray hex = bytes.toHex();
    return upper ? QString::fromLatin1(hex).toUpper() : QString::fromLatin1(hex);
}

// One clause of format(): %s, %d, %f, %e, %b, %o, %x, %X, with an optional precision.
std::optional<QString> formatClause(QChar conversion, int precision, const CelValue &v)
{
    const Kind k = v.kind();
    const bool nonFinite = k == Kind::Double && !std::isfinite(v.doubleValue());
    switch (conversion.unicode()) {
    case 's':
        return asText(v);
    case 'd':
        if (k == Kind::Int)
            return QString::number(v.intValue());
        if (k == Kind::Uint)
            return QString::number(v.uintValue());
        if (nonFinite)
            return formatDouble(v.doubleValue(), 'f', 0);
        return std::nullopt;
    case 'f':
    case 'e': {
        const int p = precision < 0 ? 6 : precision;
        const char c = char(conversion.unicode());
        if (k == Kind::Double)
            return formatDouble(v.doubleValue(), c, p);
        if (k == Kind::Int)
            return formatDouble(double(v.intValue()), c, p);
        if (k == Kind::Uint)
            return formatDouble(double(v.uintValue()), c, p);
        return std::nullopt;
    }
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
        const int base = conversion == u'b' ? 2 : conversion == u'o' ? 8 : 16;
        const bool upper = conversion == u'X';
        QString text;
        if (k == Kind::Int) {
            const qint64 i = v.intValue();
            // Go's formatting: a sign and the magnitude.
            const quint64 magnitude = i < 0 ? quint64(0) - quint64(i) : quint64(i);
            text = (i < 0 ? u"-"_s : QString()) + QString::number(magnitude, base);
        } else if (k == Kind::Uint) {
            text = QString::number(v.uintValue(), base);
        } else if (k == Kind::Bool && base == 2) {
            text = v.boolValue() ? u"1"_s : u"0"_s;
        } else if (base == 16 && k == Kind::String) {
            return hexOf(v.stringValue().toUtf8(), upper);
        } else if (base == 16 && k == Kind::Bytes) {
            return hexOf(v.bytesValue(), upper);
        } else {
            return std::nullopt;
        }
        return upper ? text.toUpper() : text;
    }
    default:
        return std::nullopt;
    }
}

CelValue format(const QString &pattern, const QList<CelValue> &args)
{
    QString out;
    qsizetype next = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (++i >= pattern.size())
            return CelValue::error(CelStrings::tr("format: a lone '%' ends the pattern"));
        if (pattern.at(i) == u'%') {
            out += u'%';
            continue;
        }
        int precision = -1;
        if (pattern.at(i) == u'.') {
            precision = 0;
            while (++i < pattern.size() && pattern.at(i).isDigit())
                precision = std::min(precision * 10 + pattern.at(i).digitValue(), 1000);
            if (i >= pattern.size())
                return CelValue::error(CelStrings::tr("format: unterminated clause"));
        }
        if (next >= args.size())
            return CelValue::error(
                CelStrings::tr("format: index %1 out of range: too few arguments").arg(next));
        const CelValue &arg = args.at(next++);
        const auto text = formatClause(pattern.at(i), precision, arg);
        if (!text)
            return CelValue::error(CelStrings::tr("format: cannot apply %1 to %2")
                                       .arg(u'%' + QString(pattern.at(i)), arg.typeName()));
        out += *text;
    }
    return CelValue::fromString(out);
}

} // namespace

namespace {

const QHash<QString, Op> &operations()
{
    static const QHash<QString, Op> ops = {
        {u"charAt"_s, Op::CharAt},
        {u"indexOf"_s, Op::IndexOf},
        {u"lastIndexOf"_s, Op::LastIndexOf},
        {u"lowerAscii"_s, Op::LowerAscii},
        {u"upperAscii"_s, Op::UpperAscii},
        {u"replace"_s, Op::Replace},
        {u"split"_s, Op::Split},
        {u"substring"_s, Op::Substring},
        {u"trim"_s, Op::Trim},
        {u"join"_s, Op::Join},
        {u"reverse"_s, Op::Reverse},
        {u"format"_s, Op::Format},
    };
    return ops;
}

} // namespace

bool CelStrings::hasFunction(const QString &name)
{
    return operations().contains(name);
}

std::optional<CelValue> CelStrings::call(const QString &name, const std::vector<CelValue> &args)
{
    const auto &ops = operations();
    const auto op = ops.constFind(name);
    if (op == ops.cend())
        return std::nullopt;
    if (args.empty())
        return noOverload(name, args);

    if (*op == Op::Join) {
        if (args[0].kind() != Kind::List || !(args.size() == 1 || hasArgs(args, {Kind::String})))
            return noOverload(name, args);
        QStringList parts;
        for (const CelValue &v : args[0].listValue()) {
            if (v.kind() != Kind::String)
                return noOverload(name, {v});
            parts += v.stringValue();
        }
        return CelValue::fromString(
            parts.join(args.size() == 2 ? args[1].stringValue() : QString()));
    }
    if (args[0].kind() != Kind::String)
        return noOverload(name, args);
    if (*op == Op::Format) {
        if (!hasArgs(args, {Kind::List}))
            return noOverload(name, args);
        return format(args[0].stringValue(), args[1].listValue());
    }
    const QString &text = args[0].stringValue();
    const std::u32string s = text.toStdU32String();
    const auto size = qint64(s.size());

    switch (*op) {
    case Op::CharAt: {
        if (!hasArgs(args, {Kind::Int}))
            break;
        const qint64 i = args[1].intValue();
        if (i < 0 || i > size)
            return outOfRange(i, size);
        return CelValue::fromString(i == size ? QString() : fromU32(s.substr(size_t(i), 1)));
    }
    case Op::IndexOf:
    case Op::LastIndexOf: {
        if (!hasArgs(args, {Kind::String}) && !hasArgs(args, {Kind::String, Kind::Int}))
            break;
        const std::u32string needle = args[1].stringValue().toStdU32String();
        const bool last = *op == Op::LastIndexOf;
        const qint64 from = args.size() == 3 ? args[2].intValue() : (last ? size : 0);
        if (from < 0 || from > size)
            return outOfRange(from, size);
        const size_t found = last ? s.rfind(needle, size_t(from)) : s.find(needle, size_t(from));
        return CelValue::fromInt(found == std::u32string::npos ? -1 : qint64(found));
    }
    case Op::LowerAscii:
    case Op::UpperAscii: {
        if (args.size() != 1)
            break;
        QString out = text;
        for (QChar &c : out) {
            if (c.unicode() < 0x80)
                c = *op == Op::LowerAscii ? c.toLower() : c.toUpper();
        }
        return CelValue::fromString(out);
    }
    case Op::Replace: {
        if (!hasArgs(args, {Kind::String, Kind::String})
            && !hasArgs(args, {Kind::String, Kind::String, Kind::Int}))
            break;
        qint64 remaining = args.size() == 4 ? args[3].intValue() : -1;
        const QString &from = args[1].stringValue();
        const QString &to = args[2].stringValue();
        if (remaining < 0)
            return CelValue::fromString(QString(text).replace(from, to));
        // A bounded count: replace left to right, like Go's strings.Replace.
        QString out;
        qsizetype pos = 0;
        while (remaining-- > 0) {
            const qsizetype at
                = from.isEmpty() ? (pos <= text.size() ? pos : -1) : text.indexOf(from, pos);
            if (at < 0)
                break;
            out += QStringView(text).mid(pos, at - pos) + to;
            if (from.isEmpty()) {
                if (at < text.size())
                    out += text.at(at);
                pos = at + 1;
            } else {
                pos = at + from.size();
            }
        }
        if (pos < text.size())
            out += QStringView(text).mid(pos);
        return CelValue::fromString(out);
    }
    case Op::Split: {
        if (!hasArgs(args, {Kind::String}) && !hasArgs(args, {Kind::String, Kind::Int}))
            break;
        const qint64 limit = args.size() == 3 ? args[2].intValue() : -1;
        QList<CelValue> parts;
        if (limit == 0)
            return CelValue::fromList(parts);
        const std::u32string sep = args[1].stringValue().toStdU32String();
        size_t pos = 0;
        while (limit < 0 || qint64(parts.size()) < limit - 1) {
            if (sep.empty()) {
                if (pos + 1 >= s.size())
                    break;
                parts.append(CelValue::fromString(fromU32(s.substr(pos, 1))));
                ++pos;
                continue;
            }
            const size_t at = s.find(sep, pos);
            if (at == std::u32string::npos)
                break;
            parts.append(CelValue::fromString(fromU32(s.substr(pos, at - pos))));
            pos = at + sep.size();
        }
        if (!(sep.empty() && pos >= s.size() && !s.empty()))
            parts.append(CelValue::fromString(fromU32(s.substr(std::min(pos, s.size())))));
        return CelValue::fromList(parts);
    }
    case Op::Substring: {
        if (!hasArgs(args, {Kind::Int}) && !hasArgs(args, {Kind::Int, Kind::Int}))
            break;
        const qint64 start = args[1].intValue();
        const qint64 end = args.size() == 3 ? args[2].intValue() : size;
        if (start < 0 || start > size)
            return outOfRange(start, size);
        if (end < start || end > size)
            return outOfRange(end, size);
        return CelValue::fromString(fromU32(s.substr(size_t(start), size_t(end - start))));
    }
    case Op::Trim:
        if (args.size() != 1)
            break;
        return CelValue::fromString(text.trimmed());
    case Op::Reverse: {
        if (args.size() != 1)
            break;
        std::u32string reversed = s;
        std::reverse(reversed.begin(), reversed.end());
        return CelValue::fromString(fromU32(reversed));
    }
    case Op::Join:
    case Op::Format:
        break;
    }
    return noOverload(name, args);
}

CelValue CelStrings::quote(const std::vector<CelValue> &args)
{
    if (args.size() != 1 || args[0].kind() != Kind::String)
        return noOverload(u"strings.quote"_s, args);
    QString out = u"\""_s;
    for (const QChar c : args[0].stringValue()) {
        switch (c.unicode()) {
        case '\a':
            out += u"\\a"_s;
            break;
        case '\b':
            out += u"\\b"_s;
            break;
        case '\f':
            out += u"\\f"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        case '\v':
            out += u"\\v"_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '"':
            out += u"\\\""_s;
            break;
        default:
            out += c;
        }
    }
    return CelValue::fromString(out + u'"');
}

} // namespace Tessera
