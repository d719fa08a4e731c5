#include "policy/celprogram.h"

#include "policy/celcompiler.h"
#include "policy/celevaluator.h"
#include "policy/celparser.h"

#include <algorithm>

namespace Tessera {

namespace {

// Explanation steps from an evaluation's records, in source order; of several records of one
// node (a macro's body seen again in an enclosing iteration) the last one wins.
QList<CelExplanation::Step> stepsOf(const std::vector<CelEvaluator::Record> &records,
                                    const QString &source)
{
    // A node evaluated many times (inside a macro) shows its last value, in the place of its
    // first: find those records first, and build steps (with their text) only for them.
    std::vector<const CelEvaluator::Record *> shown;
    QHash<const CelAst *, qsizetype> seen;
    QHash<const CelAst *, qsizetype> seenBindings;
    for (const CelEvaluator::Record &record : records) {
        auto &index = record.binding ? seenBindings : seen;
        const auto it = index.constFind(record.node);
        if (it != index.cend()) {
            shown[size_t(*it)] = &record;
        } else {
            index.insert(record.node, qsizetype(shown.size()));
            shown.push_back(&record);
        }
    }
    QList<CelExplanation::Step> steps;
    steps.reserve(qsizetype(shown.size()));
    for (const CelEvaluator::Record *record : shown) {
        const CelAst &node = *record->node;
        CelExplanation::Step step;
        step.binding = record->binding;
        if (record->binding) {
            step.offset = node.variableOffset;
            step.length = node.fieldNames.value(0).size();
            step.text = node.fieldNames.value(0);
        } else {
            step.offset = node.offset;
            step.length = node.length;
            step.text = source.mid(node.offset, node.length);
        }
        step.markOffset = record->binding ? node.variableOffset : node.tokenOffset;
        const QStringView before = QStringView(source).left(step.markOffset);
        step.line = 1 + int(before.count(u'\n'));
        step.column = 1 + int(step.markOffset - (before.lastIndexOf(u'\n') + 1));
        step.value = record->value;
        steps.append(std::move(step));
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const CelExplanation::Step &a, const CelExplanation::Step &b) {
                         return a.markOffset < b.markOffset;
                     });
    return steps;
}

} // namespace

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
    auto parsed = CelParser::parseTree(source, where);
    if (!parsed)
        return Error {parsed.error()};
    std::unique_ptr<CelAst> tree = std::move(parsed).value();
    const auto compiled = CelCompiler::compile(*tree, environment, source, where);
    if (!compiled)
        return Error {compiled.error()};
    return CelProgram(std::shared_ptr<const CelAst>(std::move(tree)), source, environment);
}

std::vector<CelValue> CelProgram::variablesOf(const QHash<QString, CelValue> &bindings) const
{
    std::vector<CelValue> variables;
    variables.reserve(size_t(m_environment.variables().size()));
    for (const QString &name : m_environment.variables()) {
        const auto it = bindings.constFind(name);
        variables.push_back(it != bindings.cend()
                                ? *it
                                : CelValue::error(CelEvaluator::tr("no value for variable '%1'")
                                                      .arg(name)));
    }
    return variables;
}

CelValue CelProgram::evaluate(const QHash<QString, CelValue> &bindings) const
{
    if (!m_environment.isOpen()) {
        const std::vector<CelValue> variables = variablesOf(bindings);
        return evaluate(std::span<const CelValue>(variables));
    }
    CelEvaluator evaluator(bindings);
    evaluator.setLimits(m_limits);
    return evaluator.evaluate(*m_ast);
}

CelValue CelProgram::evaluate(std::span<const CelValue> variables) const
{
    if (m_environment.isOpen())
        return evaluate(QHash<QString, CelValue>());
    CelEvaluator evaluator(variables);
    evaluator.setLimits(m_limits);
    return evaluator.evaluate(*m_ast);
}

CelExplanation CelProgram::explain(std::span<const CelValue> variables) const
{
    if (m_environment.isOpen())
        return explain(QHash<QString, CelValue>());
    CelEvaluator evaluator(variables);
    return explainWith(evaluator);
}

CelExplanation CelProgram::explain(const QHash<QString, CelValue> &bindings) const
{
    if (!m_environment.isOpen()) {
        const std::vector<CelValue> variables = variablesOf(bindings);
        return explain(std::span<const CelValue>(variables));
    }
    CelEvaluator evaluator(bindings);
    return explainWith(evaluator);
}

CelExplanation CelProgram::explainWith(CelEvaluator &evaluator) const
{
    std::vector<CelEvaluator::Record> records;
    evaluator.setLimits(m_limits);
    evaluator.setRecords(&records);
    CelExplanation explanation;
    explanation.result = evaluator.evaluate(*m_ast);
    explanation.steps = stepsOf(records, m_source);
    return explanation;
}

} // namespace Tessera
