#include "policy/celcompiler.h"

#include "policy/celmap.h"
#include "policy/celmath.h"
#include "policy/celstringpool.h"
#include "policy/celstrings.h"

#include <QSet>

#include <re2/re2.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

CelCompiler::CelCompiler(const CelEnvironment &environment, const QString &source)
    : m_environment(environment)
    , m_source(source)
{
}

Result<void> CelCompiler::compile(CelAst &root, const CelEnvironment &environment,
                                  const QString &source, CelSourceError *where)
{
    CelCompiler compiler(environment, source);
    if (!compiler.resolve(root)) {
        if (where)
            *where = compiler.m_where;
        return *compiler.m_error;
    }
    return {};
}

bool CelCompiler::isTypeName(const QString &name)
{
    static const QSet<QString> types = {u"int"_s,
                                        u"uint"_s,
                                        u"double"_s,
                                        u"bool"_s,
                                        u"string"_s,
                                        u"bytes"_s,
                                        u"list"_s,
                                        u"map"_s,
                                        u"null_type"_s,
                                        u"type"_s,
                                        u"dyn"_s,
                                        u"optional_type"_s,
                                        u"google.protobuf.Timestamp"_s,
                                        u"google.protobuf.Duration"_s};
    return types.contains(name);
}

bool CelCompiler::isLocal(const QString &name) const
{
    return m_locals.contains(name);
}

bool CelCompiler::isVariable(const QString &name) const
{
    return isLocal(name) || m_environment.indexOf(name) >= 0;
}

bool CelCompiler::fail(const CelAst &node, qsizetype length, const QString &reason)
{
    // Positions as the parser reports them: line and column (code points) of the offending
    // name, computed from its offset.
    const qsizetype offset = node.tokenOffset;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < m_source.size(); ++i) {
        if (m_source.at(i) == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset && i < m_source.size(); ++i) {
        if (!m_source.at(i).isLowSurrogate())
            ++column;
    }
    m_error = Error {tr("Syntax error at line %1, column %2: %3").arg(line).arg(column).arg(reason)};
    m_where = CelSourceError {line, column, offset, length, reason};
    return false;
}

bool CelCompiler::resolve(CelAst &node)
{
    switch (node.kind) {
    case CelAst::Kind::Literal:
        return true;
    case CelAst::Kind::Identifier:
        return resolveIdentifier(node);
    case CelAst::Kind::Select:
        return resolveSelect(node);
    case CelAst::Kind::Call:
        return resolveCall(node);
    case CelAst::Kind::Comprehension:
        return resolveComprehension(node);
    case CelAst::Kind::List:
    case CelAst::Kind::Map:
    case CelAst::Kind::Struct:
        break;
    }
    for (auto &child : node.children) {
        if (!resolve(*child))
            return false;
    }
    if (node.kind == CelAst::Kind::List && !node.children.empty()
        && std::all_of(node.children.cbegin(), node.children.cend(),
                       [](const auto &child) { return child->kind == CelAst::Kind::Literal; })) {
        // `x in ['a', 'b']`: built once here rather than at every evaluation. The node stays a
        // list, so that explanations still show its value.
        QList<CelValue> values;
        values.reserve(qsizetype(node.children.size()));
        for (const auto &child : node.children)
            values.append(child->value);
        node.value = CelValue::fromList(std::move(values));
    }
    return true;
}

bool CelCompiler::resolveIdentifier(CelAst &node)
{
    const bool rooted = node.name.startsWith(u'.');
    const QString name = rooted ? node.name.mid(1) : node.name;
    if (!rooted) {
        const qsizetype local = m_locals.lastIndexOf(name);
        if (local >= 0) {
            node.reference = CelAst::Reference::Local;
            node.slot = int(local);
            return true;
        }
    }
    if (m_environment.isOpen())
        return true; // by name, when evaluating
    if (const int index = m_environment.indexOf(name); index >= 0) {
        node.reference = CelAst::Reference::Variable;
        node.slot = index;
        return true;
    }
    if (isTypeName(name)) {
        node.reference = CelAst::Reference::Constant;
        node.value = CelValue::fromType(name);
        return true;
    }
    return fail(node, node.name.size(), tr("undeclared reference to '%1'").arg(name));
}

bool CelCompiler::resolveSelect(CelAst &node)
{
    // Pooled like JSON documents' keys, so that lookups usually match by pointer.
    node.name = CelStringPool::intern(node.name);
    node.hash = CelMap::hashOf(QStringView(node.name));
    if (!m_environment.isOpen() && !node.testOnly) {
        // `a.b.c` may name a declared variable or a qualified type rather than select fields.
        if (auto name = CelAst::qualifiedName(node)) {
            const bool rooted = name->startsWith(u'.');
            if (rooted)
                name = name->mid(1);
            const QString root = name->section(u'.', 0, 0);
            if (rooted || !isLocal(root)) {
                if (const int index = m_environment.indexOf(*name); index >= 0) {
                    node.reference = CelAst::Reference::Variable;
                    node.slot = index;
                    return true;
                }
                if (!isVariable(root) && isTypeName(*name)) {
                    node.reference = CelAst::Reference::Constant;
                    node.value = CelValue::fromType(*name);
                    return true;
                }
            }
        }
    }
    if (!resolve(*node.children[0]))
        return false;
    const CelAst &operand = *node.children[0];
    if (!node.testOnly && !node.optional) {
        if (operand.kind == CelAst::Kind::Identifier
            && (operand.reference == CelAst::Reference::Variable || operand.reference == CelAst::Reference::Local)) {
            node.pathRoot = &operand;
        } else if (operand.kind == CelAst::Kind::Select && operand.pathRoot) {
            node.pathRoot = operand.pathRoot;
            node.pathSelects = operand.pathSelects;
        }
        if (node.pathRoot)
            node.pathSelects.push_back(&node);
    }
    return true;
}

namespace {

// Whether the evaluator can usually find the node's value without evaluating it.
bool isDirect(const CelAst &node)
{
    switch (node.kind) {
    case CelAst::Kind::Literal:
        return true;
    case CelAst::Kind::Identifier:
        return node.reference != CelAst::Reference::ByName;
    case CelAst::Kind::Select:
        return !node.testOnly && !node.optional
            && (node.reference != CelAst::Reference::ByName || isDirect(*node.children[0]));
    default:
        return false;
    }
}

// `size(x)` of such an operand: an int the evaluator finds in place too.
bool isSizeOfDirect(const CelAst &node)
{
    return node.kind == CelAst::Kind::Call && node.function == CelAst::Function::Size
        && node.children.size() == 1 && isDirect(*node.children[0]);
}

} // namespace

bool CelCompiler::resolveCall(CelAst &node)
{
    const bool open = m_environment.isOpen();
    size_t first = 0;
    if (node.receiver && node.function == CelAst::Function::Other
        && node.children[0]->kind == CelAst::Kind::Identifier) {
        // `math.greatest(...)`, `strings.quote(...)`: functions of an extension's namespace,
        // unless the name is a variable (checked again when evaluating in an open environment).
        const QString &target = node.children[0]->name;
        if ((target == u"math"_s || target == u"strings"_s || target == u"optional"_s)
            && !isLocal(target) && (open || !isVariable(target))) {
            node.extension = true;
            first = 1;
            const bool known = target == u"math"_s ? CelMath::hasFunction(node.name)
                : target == u"strings"_s
                ? node.name == u"quote"_s
                : QStringList {u"of"_s, u"none"_s, u"ofNonZeroValue"_s}.contains(node.name);
            if (!open && !known)
                return fail(node, node.name.size(),
                            tr("unknown function '%1.%2'").arg(target, node.name));
        }
    }
    static const QStringList optionalMethods = {u"hasValue"_s, u"value"_s, u"orValue"_s, u"or"_s};
    if (!open && !node.extension && node.function == CelAst::Function::Other
        && !(node.receiver
             && (CelStrings::hasFunction(node.name) || optionalMethods.contains(node.name))))
        return fail(node, node.name.size(), tr("unknown function '%1'").arg(node.name));

    if (node.function == CelAst::Function::Matches && node.children.size() == 2
        && node.children[1]->kind == CelAst::Kind::Literal
        && node.children[1]->value.kind() == CelValue::Kind::String) {
        // A literal pattern is compiled once here; an invalid one stays an evaluation error,
        // reported by the evaluator as for computed patterns.
        const QByteArray pattern = node.children[1]->value.stringValue().toUtf8();
        RE2::Options options;
        options.set_log_errors(false);
        auto re = std::make_shared<const RE2>(
            re2::StringPiece(pattern.constData(), size_t(pattern.size())), options);
        if (re->ok())
            node.regex = std::move(re);
    }
    for (size_t i = first; i < node.children.size(); ++i) {
        if (!resolve(*node.children[i]))
            return false;
    }
    switch (node.function) {
    case CelAst::Function::Equal:
    case CelAst::Function::NotEqual:
    case CelAst::Function::Less:
    case CelAst::Function::LessEqual:
    case CelAst::Function::Greater:
    case CelAst::Function::GreaterEqual:
        node.directComparison = !node.receiver && node.children.size() == 2
            && (isDirect(*node.children[0]) || isSizeOfDirect(*node.children[0]))
            && (isDirect(*node.children[1]) || isSizeOfDirect(*node.children[1]));
        node.sizeComparison = node.directComparison
            && (isSizeOfDirect(*node.children[0]) || isSizeOfDirect(*node.children[1]));
        break;
    default:
        break;
    }
    return true;
}

bool CelCompiler::resolveComprehension(CelAst &node)
{
    if (!resolve(*node.children[0]))
        return false;
    node.slot = int(m_locals.size());
    m_locals.append(node.fieldNames.value(0));
    bool ok = true;
    for (size_t i = 1; ok && i < node.children.size(); ++i)
        ok = resolve(*node.children[i]);
    m_locals.removeLast();
    return ok;
}

} // namespace Tessera
