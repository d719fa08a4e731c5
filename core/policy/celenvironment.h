#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

// The variables a program may refer to. A program compiled against a declared environment
// refuses references to anything else, so a typo in a policy is a compile error with a
// position rather than an error at evaluation, and each variable is found by its index.
// The open environment (the default) accepts any identifier and looks it up by name when
// evaluating, as CEL's conformance tests expect.
class CelEnvironment final
{
public:
    CelEnvironment() = default;
    explicit CelEnvironment(QStringList variables) : m_variables(std::move(variables)), m_open(false) {}

    bool isOpen() const { return m_open; }
    const QStringList &variables() const { return m_variables; }
    // -1 when not declared.
    int indexOf(const QString &name) const { return int(m_variables.indexOf(name)); }

private:
    QStringList m_variables;
    bool m_open = true;
};

} // namespace Tessera
