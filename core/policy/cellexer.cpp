#include "policy/cellexer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelLexer)
};

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}
bool isHexDigit(char32_t c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isIdentStart(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isIdentPart(char32_t c)
{
    return isIdentStart(c) || isDigit(c);
}
int hexValue(char32_t c)
{
    if (isDigit(c))
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    return int(c - 'A' + 10);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    out += s.toUtf8();
}

} // namespace

CelLexer::CelLexer(const QString &source)
    : m_source(source.toStdU32String())
{
}

char32_t CelLexer::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < qsizetype(m_source.size()) ? m_source[size_t(at)] : U'\0';
}

void CelLexer::advance(qsizetype count)
{
    for (qsizetype i = 0; i < count && m_pos < qsizetype(m_source.size()); ++i) {
        if (m_source[size_t(m_pos)] == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        m_offset += m_source[size_t(m_pos)] > 0xFFFF ? 2 : 1;
        ++m_pos;
    }
}

void CelLexer::skipSpaceAndComments()
{
    for (;;) {
        const char32_t c = peek();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            advance();
        } else if (c == '/' && peek(1) == '/') {
            while (m_pos < qsizetype(m_source.size()) && peek() != '\n')
                advance();
        } else {
            return;
        }
    }
}

CelToken CelLexer::invalid(CelToken token, const QString &reason) const
{
    token.kind = CelToken::Kind::Invalid;
    token.text = reason;
    return token;
}

CelToken CelLexer::next()
{
    skipSpaceAndComments();
    const qsizetype start = m_offset;
    CelToken token = scan();
    token.offset = start;
    // An invalid token may stop before consuming anything; still underline one character.
    token.length = std::max<qsizetype>(m_offset - start, token.kind == CelToken::Kind::End ? 0 : 1);
    return token;
}

CelToken CelLexer::scan()
{
    CelToken token;
    token.line = m_line;
    token.column = int(m_pos - m_lineStart + 1);
    if (m_pos >= qsizetype(m_source.size()))
        return token;

    const char32_t c = peek();
    using K = CelToken::Kind;
    auto single = [&](K kind, qsizetype length = 1) {
        advance(length);
        token.kind = kind;
        return token;
    };

    if (isIdentStart(c)) {
        // String prefixes: r, b and their combinations, in either case.
        const char32_t c1 = peek(1);
        const char32_t c2 = peek(2);
        const auto isQuote = [](char32_t q) { return q == '"' || q == '\''; };
        const auto lower = [](char32_t x) { return x >= 'A' && x <= 'Z' ? x + 32 : x; };
        if ((lower(c) == 'r' || lower(c) == 'b') && isQuote(c1)) {
            advance();
            return lexString(token, lower(c) == 'r', lower(c) == 'b');
        }
        if (((lower(c) == 'r' && lower(c1) == 'b') || (lower(c) == 'b' && lower(c1) == 'r'))
            && isQuote(c2)) {
            advance(2);
            return lexString(token, true, true);
        }
        const qsizetype start = m_pos;
        while (isIdentPart(peek()))
            advance();
        const QString name
            = QString::fromStdU32String(m_source.substr(size_t(start), size_t(m_pos - start)));
        if (name == u"true"_s)
            token.kind = K::True;
        else if (name == u"false"_s)
            token.kind = K::False;
        else if (name == u"null"_s)
            token.kind = K::Null;
        else if (name == u"in"_s)
            token.kind = K::In;
        else
            token.kind = K::Identifier;
        token.text = name;
        return token;
    }
    if (c == '`') {
        // A quoted field name: `content-type`, allowed after a dot.
        advance();
        const qsizetype start = m_pos;
        while (m_pos < qsizetype(m_source.size()) && peek() != '`' && peek() != '\n')
            advance();
        if (peek() != '`' || m_pos == start)
            return invalid(token, Tr::tr("unterminated quoted identifier"));
        token.kind = K::Identifier;
        token.quoted = true;
        token.text
            = QString::fromStdU32String(m_source.substr(size_t(start), size_t(m_pos - start)));
        advance();
        return token;
    }
    if (isDigit(c) || (c == '.' && isDigit(peek(1))))
        return lexNumber(token);
    if (c == '"' || c == '\'')
        return lexString(token, false, false);

    switch (c) {
    case '(':
        return single(K::LeftParen);
    case ')':
        return single(K::RightParen);
    case '[':
        return single(K::LeftBracket);
    case ']':
        return single(K::RightBracket);
    case '{':
        return single(K::LeftBrace);
    case '}':
        return single(K::RightBrace);
    case '.':
        return single(K::Dot);
    case ',':
        return single(K::Comma);
    case ':':
        return single(K::Colon);
    case '?':
        return single(K::Question);
    case '+':
        return single(K::Plus);
    case '-':
        return single(K::Minus);
    case '*':
        return single(K::Star);
    case '/':
        return single(K::Slash);
    case '%':
        return single(K::Percent);
    case '|':
        if (peek(1) == '|')
            return single(K::LogicalOr, 2);
        break;
    case '&':
        if (peek(1) == '&')
            return single(K::LogicalAnd, 2);
        break;
    case '!':
        return peek(1) == '=' ? single(K::NotEqual, 2) : single(K::Not);
    case '=':
        if (peek(1) == '=')
            return single(K::Equal, 2);
        break;
    case '<':
        return peek(1) == '=' ? single(K::LessEqual, 2) : single(K::Less);
    case '>':
        return peek(1) == '=' ? single(K::GreaterEqual, 2) : single(K::Greater);
    default:
        break;
    }
    return invalid(token, Tr::tr("unexpected character '%1'").arg(QString::fromUcs4(&c, 1)));
}

CelToken CelLexer::lexNumber(CelToken token)
{
    using K = CelToken::Kind;
    const qsizetype start = m_pos;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
        advance(2);
        if (!isHexDigit(peek()))
            return invalid(token, Tr::tr("hexadecimal literal without digits"));
        quint64 value = 0;
        while (isHexDigit(peek())) {
            if (value > (std::numeric_limits<quint64>::max() >> 4))
                token.overflow = true;
            value = (value << 4) | quint64(hexValue(peek()));
            advance();
        }
        if (peek() == 'u' || peek() == 'U') {
            advance();
            token.kind = K::UintLiteral;
            token.value = CelValue::fromUint(value);
        } else {
            token.kind = K::IntLiteral;
        }
        token.magnitude = value;
        return token;
    }

    bool isDouble = false;
    while (isDigit(peek()))
        advance();
    if (peek() == '.' && isDigit(peek(1))) {
        isDouble = true;
        advance();
        while (isDigit(peek()))
            advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        qsizetype ahead = 1;
        if (peek(ahead) == '+' || peek(ahead) == '-')
            ++ahead;
        if (!isDigit(peek(ahead)))
            return invalid(token, Tr::tr("exponent without digits"));
        isDouble = true;
        advance(ahead);
        while (isDigit(peek()))
            advance();
    }
    const QString text
        = QString::fromStdU32String(m_source.substr(size_t(start), size_t(m_pos - start)));
    if (isDouble) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        // toDouble() refuses out-of-range values; CEL, like strtod, gives infinity for those.
        token.kind = K::DoubleLiteral;
        token.value
            = CelValue::fromDouble(ok ? d : std::strtod(text.toLatin1().constData(), nullptr));
        return token;
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 10);
    token.overflow = !ok;
    token.magnitude = value;
    if (peek() == 'u' || peek() == 'U') {
        advance();
        token.kind = K::UintLiteral;
        token.value = CelValue::fromUint(value);
    } else {
        token.kind = K::IntLiteral;
    }
    return token;
}

CelToken CelLexer::lexString(CelToken token, bool raw, bool bytes)
{
    const char32_t quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    advance(triple ? 3 : 1);
    QByteArray out; // UTF-8 for strings, raw octets for bytes

    for (;;) {
        if (m_pos >= qsizetype(m_source.size()))
            return invalid(token, Tr::tr("unterminated string literal"));
        const char32_t c = peek();
        if (c == quote) {
            if (!triple) {
                advance();
                break;
            }
            if (peek(1) == quote && peek(2) == quote) {
                advance(3);
                break;
            }
        }
        if (!triple && (c == '\n' || c == '\r'))
            return invalid(token, Tr::tr("line break in a single-quoted string literal"));
        if (c != '\\' || raw) {
            appendUtf8(out, c);
            advance();
            continue;
        }
        // An escape sequence.
        const char32_t e = peek(1);
        advance(2);
        switch (e) {
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case '\\':
            out += '\\';
            break;
        case '?':
            out += '?';
            break;
        case '"':
            out += '"';
            break;
        case '\'':
            out += '\'';
            break;
        case '`':
            out += '`';
            break;
        case 'x':
        case 'X':
        case 'u':
        case 'U': {
            const int digits = (e == 'u') ? 4 : (e == 'U') ? 8 : 2;
            // A code point has no single byte: the language definition allows these in
            // string literals only.
            if (bytes && digits > 2)
                return invalid(token, Tr::tr("invalid escape sequence: \\%1 is for strings, not bytes").arg(QChar(e)));
            char32_t code = 0;
            for (int i = 0; i < digits; ++i) {
                if (!isHexDigit(peek()))
                    return invalid(
                        token,
                        Tr::tr("invalid escape sequence: expected %n hexadecimal digit(s)", nullptr,
                               digits));
                code = code * 16 + char32_t(hexValue(peek()));
                advance();
            }
            if (bytes && digits == 2) {
                out += char(code);
            } else {
                if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    return invalid(token, Tr::tr("invalid code point in escape sequence"));
                appendUtf8(out, code);
            }
            break;
        }
        case '0':
        case '1':
        case '2':
        case '3': {
            char32_t code = e - '0';
            for (int i = 0; i < 2; ++i) {
                if (peek() < '0' || peek() > '7')
                    return invalid(token, Tr::tr("invalid octal escape sequence"));
                code = code * 8 + (peek() - '0');
                advance();
            }
            if (bytes)
                out += char(code);
            else
                appendUtf8(out, code);
            break;
        }
        default:
            return invalid(token, Tr::tr("invalid escape sequence"));
        }
    }

    if (bytes) {
        token.kind = CelToken::Kind::BytesLiteral;
        token.value = CelValue::fromBytes(out);
    } else {
        token.kind = CelToken::Kind::StringLiteral;
        token.value = CelValue::fromString(QString::fromUtf8(out));
    }
    return token;
}

} // namespace Tessera
