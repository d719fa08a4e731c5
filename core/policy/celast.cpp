#include "policy/celast.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CelAst::Function CelAst::functionFor(const QString &name)
{
    static const QHash<QString, Function> functions = {
        {u"_?_:_"_s, Function::Conditional},
        {u"_&&_"_s, Function::LogicalAnd},
        {u"_||_"_s, Function::LogicalOr},
        {u"!_"_s, Function::LogicalNot},
        {u"-_"_s, Function::Negate},
        {u"_==_"_s, Function::Equal},
        {u"_!=_"_s, Function::NotEqual},
        {u"_<_"_s, Function::Less},
        {u"_<=_"_s, Function::LessEqual},
        {u"_>_"_s, Function::Greater},
        {u"_>=_"_s, Function::GreaterEqual},
        {u"@in"_s, Function::In},
        {u"_+_"_s, Function::Add},
        {u"_-_"_s, Function::Subtract},
        {u"_*_"_s, Function::Multiply},
        {u"_/_"_s, Function::Divide},
        {u"_%_"_s, Function::Modulo},
        {u"_[_]"_s, Function::Index},
        {u"_[?_]"_s, Function::OptionalIndex},
        {u"?_"_s, Function::OptionalEntry},
        {u"size"_s, Function::Size},
        {u"contains"_s, Function::Contains},
        {u"startsWith"_s, Function::StartsWith},
        {u"endsWith"_s, Function::EndsWith},
        {u"matches"_s, Function::Matches},
        {u"int"_s, Function::ToInt},
        {u"uint"_s, Function::ToUint},
        {u"double"_s, Function::ToDouble},
        {u"string"_s, Function::ToString},
        {u"bytes"_s, Function::ToBytes},
        {u"bool"_s, Function::ToBool},
        {u"type"_s, Function::TypeOf},
        {u"dyn"_s, Function::Dyn},
        {u"timestamp"_s, Function::ToTimestamp},
        {u"duration"_s, Function::ToDuration},
        {u"getFullYear"_s, Function::TimeAccessor},
        {u"getMonth"_s, Function::TimeAccessor},
        {u"getDate"_s, Function::TimeAccessor},
        {u"getDayOfMonth"_s, Function::TimeAccessor},
        {u"getDayOfWeek"_s, Function::TimeAccessor},
        {u"getDayOfYear"_s, Function::TimeAccessor},
        {u"getHours"_s, Function::TimeAccessor},
        {u"getMinutes"_s, Function::TimeAccessor},
        {u"getSeconds"_s, Function::TimeAccessor},
        {u"getMilliseconds"_s, Function::TimeAccessor},
    };
    return functions.value(name, Function::Other);
}

QString CelAst::debugString() const
{
    const auto childList = [this](qsizetype from) {
        QStringList parts;
        for (size_t i = size_t(from); i < children.size(); ++i)
            parts += children[i]->debugString();
        return parts.join(u", "_s);
    };
    switch (kind) {
    case Kind::Literal:
        return value.debugString();
    case Kind::Identifier:
        return name;
    case Kind::Select:
        return (testOnly ? u"has("_s : QString()) + children[0]->debugString()
            + (optional ? u".?"_s : u"."_s) + name
            + (testOnly ? u")"_s : QString());
    case Kind::Call:
        if (receiver)
            return children[0]->debugString() + u'.' + name + u'(' + childList(1) + u')';
        return name + u'(' + childList(0) + u')';
    case Kind::List:
        return u'[' + childList(0) + u']';
    case Kind::Map: {
        QStringList parts;
        for (size_t i = 0; i + 1 < children.size(); i += 2)
            parts += children[i]->debugString() + u": "_s + children[i + 1]->debugString();
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case Kind::Struct: {
        QStringList parts;
        for (size_t i = 0; i < children.size(); ++i)
            parts += fieldNames.at(qsizetype(i)) + u": "_s + children[i]->debugString();
        return name + u'{' + parts.join(u", "_s) + u'}';
    }
    case Kind::Comprehension:
        return children[0]->debugString() + u'.' + name + u'(' + fieldNames.value(0) + u", "_s
            + childList(1) + u')';
    }
    return {};
}

std::optional<QString> CelAst::qualifiedName(const CelAst &node)
{
    if (node.kind == CelAst::Kind::Identifier)
        return node.name;
    if (node.kind == CelAst::Kind::Select && !node.testOnly) {
        if (const auto prefix = qualifiedName(*node.children[0]))
            return *prefix + u'.' + node.name;
    }
    return std::nullopt;
}

} // namespace Tessera
