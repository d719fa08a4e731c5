#include "policy/celprogram.h"

#include "policy/celevaluator.h"
#include "policy/celparser.h"

namespace Tessera {

CelProgram::CelProgram(std::shared_ptr<const CelAst> ast, QString source,
                       CelEnvironment environment)
    : m_ast(std::move(ast))
    , m_source(std::move(source))
    , m_environment(std::move(environment))
{
}

Result<CelProgram> CelProgram::compile(const QString &source, const CelEnvironment &environment,
                                       CelSourceError *where)
{
    auto parsed = CelParser::parse(source);
    if (!parsed) {
        if (where) {
            // FIXME(engine): structured position from the parser.
            *where = CelSourceError {1, 1, 0, 0, parsed.error()};
        }
        return Error {parsed.error()};
    }
    return CelProgram(std::move(parsed).value(), source, environment);
}

CelValue CelProgram::evaluate(const QHash<QString, CelValue> &bindings) const
{
    CelEvaluator evaluator(bindings);
    return evaluator.evaluate(*m_ast);
}

CelValue CelProgram::evaluate(std::span<const CelValue> variables) const
{
    QHash<QString, CelValue> bindings;
    const QStringList &names = m_environment.variables();
    for (qsizetype i = 0; i < names.size() && i < qsizetype(variables.size()); ++i)
        bindings.insert(names.at(i), variables[size_t(i)]);
    return evaluate(bindings);
}

CelExplanation CelProgram::explain(std::span<const CelValue> variables) const
{
    return CelExplanation {evaluate(variables), {}};
}

CelExplanation CelProgram::explain(const QHash<QString, CelValue> &bindings) const
{
    return CelExplanation {evaluate(bindings), {}};
}

} // namespace Tessera
