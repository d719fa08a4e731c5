#pragma once

#include "policy/celvalue.h"

#include <QString>

namespace Tessera {

// One lexical token of a CEL expression, with its 1-based line and column (in code points).
struct CelToken
{
    enum class Kind : quint8 {
        End,
        Invalid, // text holds the reason
        Identifier,
        IntLiteral, // magnitude in `magnitude`: the sign belongs to the parser
        UintLiteral,
        DoubleLiteral,
        StringLiteral,
        BytesLiteral,
        True,
        False,
        Null,
        In,
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        LeftBrace,
        RightBrace,
        Dot,
        Comma,
        Colon,
        Question,
        LogicalOr,
        LogicalAnd,
        Not,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
    };

    Kind kind = Kind::End;
    int line = 1;
    int column = 1;
    qsizetype offset = 0; // in UTF-16 units of the source, as QString indexes it
    qsizetype length = 0;
    QString text; // identifier name, or the reason of an Invalid token
    CelValue value; // string, bytes, uint and double literals
    quint64 magnitude = 0; // int literals
    bool overflow = false; // an int or uint literal beyond 64 bits
    bool quoted = false; // a `backquoted` identifier, only valid as a field name
};

} // namespace Tessera
