#pragma once

#include <QString>

namespace Tessera {

// Where a CEL source fails to compile: a 1-based line and column, the 0-based offset and
// length of the offending text in the source (for underlining), and the reason alone (the
// full message of the compile error also names the position).
struct CelSourceError
{
    int line = 0;
    int column = 0;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString reason;
};

} // namespace Tessera
