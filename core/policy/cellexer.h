#pragma once

#include "policy/celtoken.h"

#include <QString>

#include <string>

namespace Tessera {

// Splits CEL source into tokens on demand. Columns count code points, as CEL positions do.
class CelLexer final
{
public:
    explicit CelLexer(const QString &source);

    // The next token; End forever after the input is consumed.
    CelToken next();

private:
    CelToken scan();
    char32_t peek(qsizetype ahead = 0) const;
    void advance(qsizetype count = 1);
    void skipSpaceAndComments();
    CelToken lexNumber(CelToken token);
    CelToken lexString(CelToken token, bool raw, bool bytes);
    CelToken invalid(CelToken token, const QString &reason) const;

    std::u32string m_source;
    qsizetype m_pos = 0;
    qsizetype m_offset = 0; // m_pos in UTF-16 units

    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace Tessera
