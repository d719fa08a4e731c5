#include "governance/policyvalidator.h"

#include "governance/compiledpolicy.h"
#include "model/productvalidator.h"
#include "policy/celprogram.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

// The first name that is neither a policy variable, a macro's variable nor a type name.
const CelAst *undeclared(const CelAst &node, QStringList &locals)
{
    static const QSet<QString> types = {u"int"_s, u"uint"_s, u"double"_s, u"bool"_s, u"string"_s,
                                        u"bytes"_s, u"list"_s, u"map"_s, u"null_type"_s, u"type"_s};
    if (node.kind == CelAst::Kind::Identifier) {
        const QString name = node.name.startsWith(u'.') ? node.name.mid(1) : node.name;
        if (CompiledPolicy::environment().indexOf(name) < 0 && !locals.contains(name)
            && !types.contains(name) && !name.startsWith(u"google."_s))
            return &node;
        return nullptr;
    }
    if (node.kind == CelAst::Kind::Comprehension && !node.children.empty()) {
        if (const CelAst *found = undeclared(*node.children.front(), locals))
            return found;
        locals.append(node.fieldNames.value(0));
        const CelAst *found = nullptr;
        for (std::size_t i = 1; i < node.children.size() && !found; ++i)
            found = undeclared(*node.children[i], locals);
        locals.removeLast();
        return found;
    }
    for (const auto &child : node.children) {
        if (const CelAst *found = undeclared(*child, locals))
            return found;
    }
    return nullptr;
}

} // namespace

Result<CelProgram> PolicyValidator::compile(const QString &source)
{
    CelSourceError where;
    auto program = CelProgram::compile(source, CompiledPolicy::environment(), &where);
    if (!program)
        return Error{tr("line %1, column %2: %3").arg(where.line).arg(where.column).arg(where.reason)};
    QStringList locals;
    if (const CelAst *name = undeclared(program->ast(), locals)) {
        return Error{tr("line %1, column %2: undeclared reference to \"%3\" (policies see %4)")
                         .arg(name->line).arg(name->column).arg(name->name,
                              CompiledPolicy::environment().variables().join(u", "_s))};
    }
    return program;
}

QList<PolicyValidator::Problem> PolicyValidator::validate(const Policy &policy)
{
    QList<Problem> problems;
    if (!ProductValidator::isSlug(policy.id))
        problems.append({u"id"_s, tr("\"%1\" is not a valid policy id (lower-case letters, digits, '-' and '_')").arg(policy.id)});
    if (policy.title.trimmed().isEmpty())
        problems.append({u"title"_s, tr("the title is empty")});
    if (policy.scope.trimmed().isEmpty())
        problems.append({u"scope"_s, tr("the scope is empty (use \"global\" or a domain id)")});
    if (policy.version < 1)
        problems.append({u"version"_s, tr("the version must be 1 or more")});
    if (policy.rule.trimmed().isEmpty())
        problems.append({u"rule"_s, tr("the rule is empty")});
    auto check = [&](const QString &field, const QString &source) {
        if (auto program = compile(source); !program)
            problems.append({field, program.error()});
    };
    if (!policy.when.trimmed().isEmpty())
        check(u"when"_s, policy.when);
    if (!policy.rule.trimmed().isEmpty())
        check(u"rule"_s, policy.rule);
    for (qsizetype i = 0; i < policy.exemptions.size(); ++i) {
        if (policy.exemptions.at(i).productId.isEmpty())
            problems.append({u"exemptions/%1/product"_s.arg(i), tr("the exemption names no product")});
    }
    return problems;
}

} // namespace Tessera
