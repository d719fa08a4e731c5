#pragma once

#include "policy/celvalue.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace re2 {
class RE2;
}

namespace Tessera {

// One node of a parsed CEL expression, with the 1-based line and column where it starts
// (for operators: where the operator is) and the span of its text. Owns its children.
// CelCompiler annotates the tree once (slots, hashes, regular expressions) so that evaluation
// does no lookups by name.
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
        OptionalIndex, // a[?k]
        OptionalEntry, // ?e in a list literal, the value of ?k: v in a map literal
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

    enum class Macro : quint8 { All, Exists, ExistsOne, Map, Filter, OptMap, OptFlatMap };

    // What an identifier (or a select chain that names a qualified variable or a type) refers to.
    enum class Reference : quint8 {
        ByName, // looked up in the bindings when evaluating (open environment)
        Variable, // slot = the declared environment's variable index
        Local, // slot = the comprehension variable's depth
        Constant, // value (a type name such as `int` or `google.protobuf.Timestamp`)
    };

    Kind kind = Kind::Literal;
    int line = 0;
    int column = 0;
    // In UTF-16 units of the source: the whole sub-expression, and its operator or name (for a
    // select, the field name) under which an explanation shows its value.
    qsizetype offset = 0;
    qsizetype length = 0;
    qsizetype tokenOffset = 0;
    CelValue value;
    QString name;
    Function function = Function::Other;
    Macro macro = Macro::All;
    bool receiver = false; // a method call: children[0] is the target
    bool testOnly = false;
    bool optional = false; // a.?f: an optional select
    int height = 1; // levels of nodes below and including this one; bounded by the parser
    QStringList fieldNames;
    std::vector<std::unique_ptr<CelAst>> children;

    // Set by CelCompiler.
    Reference reference = Reference::ByName;
    bool extension = false; // a call of math.f() or strings.f(): children[0] is the namespace
    // A comparison (==, !=, <, <=, >, >=) of operands that usually need no evaluation
    // (literals, variables, field paths from variables, size() of those): compared in place.
    bool directComparison = false;
    bool sizeComparison = false; // a directComparison with a size() operand
    int slot = -1; // Variable, Local; for a Comprehension, its variable's slot
    size_t hash = 0; // Select: CelMap::hashOf(name)
    // Select: the map slot the field was found in last time (CelMap::findField), shared by
    // the threads that evaluate the node; read and written through std::atomic_ref.
    alignas(std::atomic_ref<qint32>::required_alignment) mutable qint32 fieldHint = 0;
    // Select: when the node ends a chain of plain field selections (`p.schema.fields`) from a
    // variable or a macro's variable, that identifier and the chain's selects from it
    // outwards, this node last: the evaluator walks them without visiting the tree.
    const CelAst *pathRoot = nullptr;
    std::vector<const CelAst *> pathSelects;
    qsizetype variableOffset = 0; // Comprehension: where its variable is named
    std::shared_ptr<const re2::RE2> regex; // matches() with a literal pattern, compiled once

    // A readable, fully parenthesised rendering for tests and diagnostics.
    QString debugString() const;

    static Function functionFor(const QString &name);
    // `a.b.c` for a chain of identifiers and field selections (not has()); nullopt otherwise.
    static std::optional<QString> qualifiedName(const CelAst &node);
};

} // namespace Tessera
