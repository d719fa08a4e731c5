#pragma once

#include "policy/celast.h"
#include "policy/celenvironment.h"
#include "policy/celexplanation.h"
#include "policy/cellimits.h"
#include "policy/celsourceerror.h"
#include "policy/celvalue.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace Tessera {

class CelEvaluator;

// A CEL expression compiled once and evaluated many times. Copies share the immutable
// compiled form, so one program may be evaluated from several threads at once.
class CelProgram final
{
public:
    // The program, or the compile error, whose message names line and column; `where`
    // (when given) receives the position and the bare reason. Against a declared
    // environment, references to undeclared variables are compile errors.
    [[nodiscard]] static Result<CelProgram> compile(const QString &source,
                                                    const CelEnvironment &environment = {},
                                                    CelSourceError *where = nullptr);

    // Evaluates against variables by name (any environment); failures come back as an
    // error value.
    CelValue evaluate(const QHash<QString, CelValue> &bindings = {}) const;
    // Evaluates against the declared environment's variables, in its order. The fast path:
    // no lookups by name.
    CelValue evaluate(std::span<const CelValue> variables) const;
    // Evaluates and records the value of every sub-expression that decided the result.
    // Slower than evaluate(); meant for results worth explaining (failures).
    CelExplanation explain(std::span<const CelValue> variables) const;
    CelExplanation explain(const QHash<QString, CelValue> &bindings) const;
    // explain(variables).marks(source()), made without the steps in between: what a check keeps
    // of each failure.
    CelExplanationMarks explanationMarks(std::span<const CelValue> variables) const;

    const CelAst &ast() const { return *m_ast; }
    const QString &source() const { return m_source; }
    const CelEnvironment &environment() const { return m_environment; }

    const CelLimits &limits() const { return m_limits; }
    void setLimits(const CelLimits &limits) { m_limits = limits; }

private:
    CelExplanation explainWith(CelEvaluator &evaluator) const;
    CelProgram(std::shared_ptr<const CelAst> ast, QString source, CelEnvironment environment);
    // The declared environment's variables from bindings by name; missing ones are errors.
    std::vector<CelValue> variablesOf(const QHash<QString, CelValue> &bindings) const;

    std::shared_ptr<const CelAst> m_ast;
    QString m_source;
    CelEnvironment m_environment;
    CelLimits m_limits;
};

} // namespace Tessera
