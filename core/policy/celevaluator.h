#pragma once

#include "policy/celast.h"
#include "policy/cellimits.h"
#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace Tessera {

// Walks a CEL tree annotated by CelCompiler with CEL's runtime semantics: errors are values
// that propagate through strict functions and are absorbed by && and ||, int64 and uint64
// arithmetic is checked, and numbers never convert implicitly. Sub-expressions are evaluated
// to references where the value already exists (literals, variables, map entries, loop
// variables); only computed values are materialised. One instance per evaluation; the tree and
// the variables must outlive it. The recursion depth is bounded by CelParser::MaxHeight.
class CelEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelEvaluator)

public:
    using Bindings = QHash<QString, CelValue>;

    // The value of one sub-expression, or (binding) of a macro's variable in the iteration that
    // decided the macro, for explanations.
    struct Record
    {
        const CelAst *node = nullptr;
        CelValue value;
        bool binding = false;
    };

    // Variables by name: the open environment.
    explicit CelEvaluator(const Bindings &bindings);
    // Variables by the slots CelCompiler assigned: a declared environment. Inline, as is
    // evaluate(): most policies take a few dozen instructions to evaluate, and making the
    // evaluator was once as many again.
    explicit CelEvaluator(std::span<const CelValue> variables)
        : m_variables(variables)
    {
    }
    CelEvaluator(std::span<const CelValue> variables, const CelLimits &limits)
        : m_variables(variables)
        , m_limits(limits)
        , m_maxSteps(limits.maxSteps)
    {
    }

    void setLimits(const CelLimits &limits)
    {
        m_limits = limits;
        m_maxSteps = m_aborted ? -1 : limits.maxSteps;
    }
    // Records sub-expression values into `records` (slower; for explanations).
    void setRecords(std::vector<Record> *records) { m_records = records; }

    // Never fails outright: failures come back as CelValue::Kind::Error.
    CelValue evaluate(const CelAst &node)
    {
        CelValue out;
        const CelValue &result = eval(node, out);
        if (m_aborted) [[unlikely]]
            return m_abortValue;
        return result;
    }

private:
    const CelValue &eval(const CelAst &node, CelValue &out);
    const CelValue &dispatch(const CelAst &node, CelValue &out);
    const CelValue &identifier(const CelAst &node, CelValue &out);
    const CelValue &byName(const QString &name, CelValue &out);
    const CelValue &select(const CelAst &node, CelValue &out);
    // The value at the end of a chain of field selections from a variable, or null when the
    // chain has another shape or fails (the recursive walk then reports why).
    const CelValue *path(const CelAst &node);
    // An operand that needs no evaluation (literal, variable, path), or null.
    const CelValue *direct(const CelAst &node);
    // The value of a directComparison node whose operands exist in place, counted as eval()
    // counts it; null (steps counted in part) when one does not, or there is no overload.
    inline const CelValue *comparedInPlace(const CelAst &node);
    // comparedInPlace() of a comparison with size() operands.
    const CelValue *sizesCompared(const CelAst &node);
    // The comparison of operands found in place.
    inline const CelValue *compared(const CelAst &node, const CelValue &a, const CelValue &b);
    // size() of an operand that needs no evaluation, as an int in `scratch`, counted as
    // eval() counts it; null, and nothing counted, for other operands (strings among them).
    inline const CelValue *sizeInPlace(const CelAst &node, CelValue &scratch);
    // The value of a comparison of operands that need no evaluation, or of a path, counted
    // as eval() counts it; null (steps counted in part) when `node` is not that simple.
    inline const CelValue *quick(const CelAst &node);
    // An operand that already exists (literal, variable, path) in place; others evaluated
    // into `scratch`.
    inline const CelValue &operand(const CelAst &node, CelValue &scratch);
    const CelValue &call(const CelAst &node, CelValue &out);
    const CelValue &logical(const CelAst &node, bool isAnd, CelValue &out);
    const CelValue &conditional(const CelAst &node, CelValue &out);
    const CelValue &binary(const CelAst &node, CelValue &out);
    const CelValue &unary(const CelAst &node, CelValue &out);
    const CelValue &generic(const CelAst &node, size_t first, const QString &extension,
                            CelValue &out);
    const CelValue &list(const CelAst &node, CelValue &out);
    const CelValue &map(const CelAst &node, CelValue &out);
    const CelValue &comprehension(const CelAst &node, CelValue &out);
    const CelValue &optionalMacro(const CelAst &node, const CelValue &range, CelValue &out);
    // optional.of(), optional.none(), optional.ofNonZeroValue().
    CelValue optionalFunction(const QString &name, const std::vector<CelValue> &args);
    // hasValue(), value(), orValue(), or() of an optional (args[0]); nullopt for other names.
    std::optional<CelValue> optionalMethod(const QString &name, const std::vector<CelValue> &args);
    CelValue function(const CelAst &node, const std::vector<CelValue> &args);
    CelValue matches(const CelAst &node, const CelValue &text, const CelValue &pattern);
    bool isBound(const QString &name) const;

    // Ends the evaluation with `error`, which no && or || may absorb.
    const CelValue &abort(const QString &error);
    // abort() for exceeding CelLimits::maxSteps.
    const CelValue &stepLimit();
    // Aborts when a built string, bytes or list exceeds the limits, or the evaluation has
    // built more than it may; true when it does.
    bool tooLarge(const CelValue &value);
    // Counts the work of `function` on `a` and `b` in proportion to their sizes, as steps
    // (see CelLimits::maxSteps); false, and the evaluation aborted, past the limit.
    bool chargeFor(CelAst::Function function, const CelValue &a, const CelValue &b);
    bool chargeForLarge(const CelValue &a, const CelValue &b);
    // Counts `steps` of work on large values; false, and aborted, past the limit.
    bool chargeSteps(qint64 steps);
    // Counts `bytes` built towards CelLimits::maxAllocation; false, and aborted, past it.
    bool chargeAllocation(qint64 bytes);

    const Bindings *m_bindings = nullptr;
    std::span<const CelValue> m_variables;
    bool m_hasQualifiedBindings = false;
    // The current value of each comprehension variable, by slot.
    QVarLengthArray<const CelValue *, 8> m_locals;
    std::vector<Record> *m_records = nullptr;
    CelLimits m_limits;
    qint64 m_steps = 0;
    qint64 m_maxSteps = CelLimits().maxSteps;
    qint64 m_allocated = 0;
    bool m_aborted = false;
    CelValue m_abortValue;
    QHash<QString, std::shared_ptr<const re2::RE2>> m_regexCache; // computed matches() patterns
};

} // namespace Tessera
