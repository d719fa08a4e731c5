#pragma once

#include "policy/celast.h"
#include "policy/celvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace Tessera {

// Walks a parsed CEL tree with CEL's runtime semantics: errors are values that propagate
// through strict functions and are absorbed by && and ||, int64 and uint64 arithmetic is
// checked, and numbers never convert implicitly. One instance per evaluation; the tree and the
// bindings must outlive it. The recursion depth is bounded by CelParser::MaxHeight.
class CelEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelEvaluator)

public:
    using Bindings = QHash<QString, CelValue>;

    explicit CelEvaluator(const Bindings &bindings);

    // Never fails outright: failures come back as CelValue::Kind::Error.
    CelValue evaluate(const CelAst &node);

private:
    CelValue identifier(const CelAst &node);
    CelValue select(const CelAst &node);
    CelValue call(const CelAst &node);
    CelValue logical(const CelAst &node, bool isAnd);
    CelValue conditional(const CelAst &node);
    CelValue list(const CelAst &node);
    CelValue map(const CelAst &node);
    CelValue comprehension(const CelAst &node);
    CelValue function(const CelAst &node, const std::vector<CelValue> &args);

    const Bindings &m_bindings;
    bool m_hasQualifiedBindings = false;
    // Comprehension variables, innermost last; they shadow bindings.
    std::vector<std::pair<QString, CelValue>> m_locals;
};

} // namespace Tessera
