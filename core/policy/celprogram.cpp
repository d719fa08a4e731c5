#include "policy/celprogram.h"

#include "policy/celcompiler.h"
#include "policy/celevaluator.h"
#include "policy/celparser.h"

#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Tessera {

namespace {

// The records an explanation shows, in source order of their marks: of several records of one
// node (a macro's body seen again in an enclosing iteration) the last one, in the place of the
// first.
using Shown = QVarLengthArray<const CelEvaluator::Record *, 64>;

qsizetype markOf(const CelEvaluator::Record *record)
{
    return record->binding ? record->node->variableOffset : record->node->tokenOffset;
}

Shown shownRecords(const std::vector<CelEvaluator::Record> &records)
{
    // The nodes seen so far sit in an open-addressing table keyed by address, a binding's with
    // the low bit set (nodes are aligned): one allocation, where explanations are made by the
    // thousand.
    Shown shown;
    size_t capacity = 64;
    while (capacity < 2 * records.size())
        capacity *= 2;
    struct Seen
    {
        quintptr key = 0;
        qsizetype index = 0;
    };
    QVarLengthArray<Seen, 64> seen(qsizetype(capacity), Seen {});
    for (const CelEvaluator::Record &record : records) {
        const quintptr key = reinterpret_cast<quintptr>(record.node) | quintptr(record.binding);
        size_t i = (key >> 3) * 0x9E3779B97F4A7C15ull >> 20;
        for (;; ++i) {
            Seen &slot = seen[qsizetype(i & (capacity - 1))];
            if (slot.key == key) {
                shown[slot.index] = &record;
                break;
            }
            if (slot.key == 0) {
                slot = {key, shown.size()};
                shown.push_back(&record);
                break;
            }
        }
    }
    // The records, not the bigger steps, are moved to sort them.
    std::stable_sort(shown.begin(), shown.end(),
                     [](const CelEvaluator::Record *a, const CelEvaluator::Record *b) {
                         return markOf(a) < markOf(b);
                     });
    return shown;
}

// Explanation steps from an evaluation's records, in source order.
QList<CelExplanation::Step> stepsOf(const std::vector<CelEvaluator::Record> &records,
                                    const QString &source)
{
    const Shown shown = shownRecords(records);
    // Where each line starts, for the steps' lines and columns.
    QVarLengthArray<qsizetype, 16> lineStarts {0};
    for (qsizetype i = source.indexOf(u'\n'); i >= 0; i = source.indexOf(u'\n', i + 1))
        lineStarts.push_back(i + 1);
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
        step.markOffset = markOf(record);
        // The line holding the mark: the last that starts at or before it.
        const auto line = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), step.markOffset) - 1;
        step.line = 1 + int(line - lineStarts.cbegin());
        step.column = 1 + int(step.markOffset - *line);
        step.value = record->value;
        steps.append(std::move(step));
    }
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
    if (m_environment.isOpen()) [[unlikely]]
        return evaluate(QHash<QString, CelValue>());
    return CelEvaluator(variables, m_limits).evaluate(*m_ast);
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

CelExplanationMarks CelProgram::explanationMarks(std::span<const CelValue> variables) const
{
    if (m_environment.isOpen())
        return explain(QHash<QString, CelValue>()).marks(m_source);
    // Straight from the records to the values' texts, without steps: a check explains every
    // failure it finds this way. The records are reused from explanation to explanation.
    thread_local std::vector<CelEvaluator::Record> records;
    records.clear();
    CelEvaluator evaluator(variables);
    evaluator.setLimits(m_limits);
    evaluator.setRecords(&records);
    (void)evaluator.evaluate(*m_ast);
    const Shown shown = shownRecords(records);
    QVarLengthArray<CelExplanationMarks::Value, 64> values;
    for (const CelEvaluator::Record *record : shown) {
        const CelAst &node = *record->node;
        CelExplanationMarks::Value value;
        value.markOffset = markOf(record);
        value.binding = record->binding;
        if (record->binding) {
            if (!node.fieldNames.isEmpty())
                value.name = node.fieldNames.first();
        } else {
            value.depth = node.length;
        }
        value.value = &record->value;
        values.append(value);
    }
    CelExplanationMarks marks = CelExplanationMarks::make(m_source, values);
    // The values may point into documents that are about to go.
    records.clear();
    if (records.capacity() > 4096)
        records = {};
    return marks;
}

CelExplanation CelProgram::explainWith(CelEvaluator &evaluator) const
{
    std::vector<CelEvaluator::Record> records;
    records.reserve(64);
    evaluator.setLimits(m_limits);
    evaluator.setRecords(&records);
    CelExplanation explanation;
    explanation.result = evaluator.evaluate(*m_ast);
    explanation.steps = stepsOf(records, m_source);
    return explanation;
}

} // namespace Tessera
