#pragma once

#include "policy/celast.h"
#include "policy/celvalue.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Tessera {

// A CEL expression compiled once and evaluated many times. Copies share the immutable tree,
// so one program may be evaluated from several threads at once.
class CelProgram final
{
public:
    // The program, or the syntax error with its line and column.
    [[nodiscard]] static Result<CelProgram> compile(const QString &source);

    // Evaluates against variables by name; failures come back as an error value.
    CelValue evaluate(const QHash<QString, CelValue> &bindings = {}) const;

    const CelAst &ast() const { return *m_ast; }

private:
    explicit CelProgram(std::shared_ptr<const CelAst> ast);

    std::shared_ptr<const CelAst> m_ast;
};

} // namespace Tessera
