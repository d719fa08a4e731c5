#pragma once

#include <QString>

namespace Tessera {

// One suggestion of the policy editor's completion.
struct CelCompletionItem
{
    enum class Kind : quint8 { Variable, Field, Macro, Function, Keyword };

    Kind kind = Kind::Field;
    QString name; // what the popup lists and the typed prefix is matched against
    QString insertText; // what replaces the prefix ("all(" for a macro)
    QString detail; // type or signature, e.g. "list<outputPort>" or "all(x, predicate)"
    QString description;
};

} // namespace Tessera
