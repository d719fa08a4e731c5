#pragma once

#include "policy/celast.h"
#include "policy/celenvironment.h"
#include "policy/celsourceerror.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tessera {

// Annotates a parsed tree once for an environment, so that evaluating it does no lookups by
// name: comprehension variables become local slots, declared variables environment slots, type
// names constants, field names hashes, literal patterns of matches() compiled regular
// expressions. Against a declared environment, references to anything undeclared and calls of
// unknown functions are errors with their position.
class CelCompiler final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelCompiler)

public:
    [[nodiscard]] static Result<void> compile(CelAst &root, const CelEnvironment &environment,
                                              const QString &source,
                                              CelSourceError *where = nullptr);

    // The type names an expression may use as values (`type(x) == int`).
    static bool isTypeName(const QString &name);

private:
    CelCompiler(const CelEnvironment &environment, const QString &source);

    bool resolve(CelAst &node);
    bool resolveIdentifier(CelAst &node);
    bool resolveSelect(CelAst &node);
    bool resolveCall(CelAst &node);
    bool resolveComprehension(CelAst &node);
    bool isLocal(const QString &name) const;
    bool isVariable(const QString &name) const;
    bool fail(const CelAst &node, qsizetype length, const QString &reason);

    const CelEnvironment &m_environment;
    const QString &m_source;
    QStringList m_locals; // comprehension variables in scope, innermost last; slot = index
    std::optional<Error> m_error;
    CelSourceError m_where;
};

} // namespace Tessera
