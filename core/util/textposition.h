#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstddef>
#include <utility>

namespace Tessera {

// The 1-based line and column of a byte offset in UTF-8 text, counting characters (not
// bytes) in the column, for the "file:line:column" of syntax errors.
inline std::pair<int, int> lineAndColumnAt(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes.at(qsizetype(i)) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(bytes.at(qsizetype(i))) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace Tessera
