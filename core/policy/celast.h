#pragma once

#include "policy/celvalue.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Tessera {

// One node of a parsed CEL expression, with the 1-based line and column where it starts
// (for operators: where the operator is). Owns its children.
struct CelAst
{
    enum class Kind : quint8 {
        Literal, // value
        Identifier, // name
        Select, // children[0].name; testOnly for has()
        Call, // function (name), children = arguments; receiver set for x.f(...)
        List, // children = elements
        Map, // children = key, value, key, value, ...
        Struct, // name = message type, fieldNames[i] ↔ children[i]; parsed, not evaluated
        Comprehension, // a macro: children[0] range, [1] predicate or transform, [2] transform of
                       // map(x, p, t)
    };

    // Functions and operators resolved once at parse time, so evaluation switches on an enum.
    enum class Function : quint8 {
        Other,
        Conditional,
        LogicalAnd,
        LogicalOr,
        LogicalNot,
        Negate,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        In,
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
        Index,
        Size,
        Contains,
        StartsWith,
        EndsWith,
        Matches,
        ToInt,
        ToUint,
        ToDouble,
        ToString,
        ToBytes,
        ToBool,
        TypeOf,
        Dyn,
        ToTimestamp,
        ToDuration,
        TimeAccessor, // getFullYear(), getHours(), ...
    };

    enum class Macro : quint8 { All, Exists, ExistsOne, Map, Filter };

    Kind kind = Kind::Literal;
    int line = 0;
    int column = 0;
    CelValue value;
    QString name;
    Function function = Function::Other;
    Macro macro = Macro::All;
    bool receiver = false; // a method call: children[0] is the target
    bool testOnly = false;
    int height = 1; // levels of nodes below and including this one; bounded by the parser
    QStringList fieldNames;
    std::vector<std::unique_ptr<CelAst>> children;

    // A readable, fully parenthesised rendering for tests and diagnostics.
    QString debugString() const;

    static Function functionFor(const QString &name);
};

} // namespace Tessera
