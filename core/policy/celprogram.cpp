#include "policy/celprogram.h"

#include "policy/celevaluator.h"
#include "policy/celparser.h"

namespace Tessera {

CelProgram::CelProgram(std::shared_ptr<const CelAst> ast)
    : m_ast(std::move(ast))
{
}

Result<CelProgram> CelProgram::compile(const QString &source)
{
    auto parsed = CelParser::parse(source);
    if (!parsed)
        return Error {parsed.error()};
    return CelProgram(std::move(parsed).value());
}

CelValue CelProgram::evaluate(const QHash<QString, CelValue> &bindings) const
{
    CelEvaluator evaluator(bindings);
    return evaluator.evaluate(*m_ast);
}

} // namespace Tessera
