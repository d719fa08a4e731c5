#include "policy/celparser.h"

#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {

using K = CelToken::Kind;

bool isReserved(const QString &name)
{
    static const QSet<QString> reserved = {
        u"as"_s,        u"break"_s,  u"const"_s,  u"continue"_s, u"else"_s,  u"for"_s,
        u"function"_s,  u"if"_s,     u"import"_s, u"let"_s,      u"loop"_s,  u"package"_s,
        u"namespace"_s, u"return"_s, u"var"_s,    u"void"_s,     u"while"_s,
    };
    return reserved.contains(name);
}

// Restores the nesting count on every exit path of a recursive parse function.
class NestingGuard
{
public:
    explicit NestingGuard(int &nesting)
        : m_nesting(nesting)
    {
        ++m_nesting;
    }
    ~NestingGuard() { --m_nesting; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

private:
    int &m_nesting;
};

} // namespace

CelParser::CelParser(const QString &source)
    : m_lexer(source)
{
    m_token = m_lexer.next();
}

Result<std::shared_ptr<const CelAst>> CelParser::parse(const QString &source,
                                                      CelSourceError *where)
{
    auto tree = parseTree(source, where);
    if (!tree)
        return Error {tree.error()};
    return std::shared_ptr<const CelAst>(std::move(tree).value());
}

Result<std::unique_ptr<CelAst>> CelParser::parseTree(const QString &source, CelSourceError *where)
{
    if (source.size() > MaxSourceLength) {
        const QString reason = tr("expression too long (%1 characters, at most %2)")
                                   .arg(source.size())
                                   .arg(MaxSourceLength);
        if (where)
            *where = CelSourceError {1, 1, 0, 0, reason};
        return Error {tr("Syntax error at line %1, column %2: %3").arg(1).arg(1).arg(reason)};
    }
    CelParser parser(source);
    Node root = parser.parseExpr();
    if (root && parser.m_token.kind != K::End)
        parser.failUnexpected();
    if (parser.m_error) {
        if (where)
            *where = parser.m_where;
        return *parser.m_error;
    }
    return root;
}

void CelParser::advance()
{
    m_lastEnd = m_token.offset + m_token.length;
    m_token = m_lexer.next();
}

bool CelParser::accept(CelToken::Kind kind)
{
    if (m_token.kind != kind)
        return false;
    advance();
    return true;
}

bool CelParser::expect(CelToken::Kind kind)
{
    if (accept(kind))
        return true;
    CelToken wanted;
    wanted.kind = kind;
    if (m_token.kind == K::Invalid)
        return failUnexpected();
    return fail(m_token, tr("expected %1 but found %2").arg(tokenText(wanted), tokenText(m_token)));
}

bool CelParser::fail(const CelToken &at, const QString &reason)
{
    // The first error is the one worth reporting; later ones follow from it.
    if (!m_error) {
        m_error = Error {
            tr("Syntax error at line %1, column %2: %3").arg(at.line).arg(at.column).arg(reason)};
        m_where = CelSourceError {at.line, at.column, at.offset, at.length, reason};
    }
    return false;
}

bool CelParser::failUnexpected()
{
    if (m_token.kind == K::Invalid)
        return fail(m_token, m_token.text);
    if (m_token.kind == K::End)
        return fail(m_token, tr("unexpected end of input"));
    return fail(m_token, tr("unexpected %1").arg(tokenText(m_token)));
}

QString CelParser::tokenText(const CelToken &token)
{
    switch (token.kind) {
    case K::End:
        return tr("end of input");
    case K::Invalid:
        return token.text;
    case K::Identifier:
        return u"'"_s + token.text + u"'"_s;
    case K::IntLiteral:
    case K::UintLiteral:
    case K::DoubleLiteral:
        return tr("number");
    case K::StringLiteral:
        return tr("string");
    case K::BytesLiteral:
        return tr("bytes");
    case K::True:
        return u"'true'"_s;
    case K::False:
        return u"'false'"_s;
    case K::Null:
        return u"'null'"_s;
    case K::In:
        return u"'in'"_s;
    case K::LeftParen:
        return u"'('"_s;
    case K::RightParen:
        return u"')'"_s;
    case K::LeftBracket:
        return u"'['"_s;
    case K::RightBracket:
        return u"']'"_s;
    case K::LeftBrace:
        return u"'{'"_s;
    case K::RightBrace:
        return u"'}'"_s;
    case K::Dot:
        return u"'.'"_s;
    case K::Comma:
        return u"','"_s;
    case K::Colon:
        return u"':'"_s;
    case K::Question:
        return u"'?'"_s;
    case K::LogicalOr:
        return u"'||'"_s;
    case K::LogicalAnd:
        return u"'&&'"_s;
    case K::Not:
        return u"'!'"_s;
    case K::Equal:
        return u"'=='"_s;
    case K::NotEqual:
        return u"'!='"_s;
    case K::Less:
        return u"'<'"_s;
    case K::LessEqual:
        return u"'<='"_s;
    case K::Greater:
        return u"'>'"_s;
    case K::GreaterEqual:
        return u"'>='"_s;
    case K::Plus:
        return u"'+'"_s;
    case K::Minus:
        return u"'-'"_s;
    case K::Star:
        return u"'*'"_s;
    case K::Slash:
        return u"'/'"_s;
    case K::Percent:
        return u"'%'"_s;
    }
    return {};
}

CelParser::Node CelParser::make(CelAst::Kind kind, const CelToken &at)
{
    auto node = std::make_unique<CelAst>();
    node->kind = kind;
    node->line = at.line;
    node->column = at.column;
    node->offset = at.offset;
    node->tokenOffset = at.offset;
    return node;
}

CelParser::Node CelParser::finish(Node node)
{
    int height = 0;
    for (const auto &child : node->children) {
        height = std::max(height, child->height);
        node->offset = std::min(node->offset, child->offset);
    }
    node->height = height + 1;
    node->length = std::max<qsizetype>(m_lastEnd - node->offset, 0);
    if (node->height > MaxHeight) {
        CelToken at;
        at.line = node->line;
        at.column = node->column;
        at.offset = node->tokenOffset;
        at.length = 1;
        fail(at,
             tr("expression nested too deeply (more than %1 levels)").arg(MaxHeight));
        return {};
    }
    return node;
}

CelParser::Node CelParser::call(const QString &function, const CelToken &at, Node a, Node b, Node c)
{
    Node node = make(CelAst::Kind::Call, at);
    node->name = function;
    node->function = CelAst::functionFor(function);
    for (Node *arg : {&a, &b, &c}) {
        if (*arg)
            node->children.push_back(std::move(*arg));
    }
    return finish(std::move(node));
}

CelParser::Node CelParser::parseExpr()
{
    NestingGuard guard(m_nesting);
    if (m_nesting > MaxNesting) {
        fail(m_token, tr("expression nested too deeply (more than %1 levels)").arg(MaxNesting));
        return {};
    }
    Node condition = parseOr();
    if (!condition || m_token.kind != K::Question)
        return condition;
    const CelToken op = m_token;
    advance();
    Node whenTrue = parseOr();
    if (!whenTrue || !expect(K::Colon))
        return {};
    Node whenFalse = parseExpr();
    if (!whenFalse)
        return {};
    return call(u"_?_:_"_s, op, std::move(condition), std::move(whenTrue), std::move(whenFalse));
}

CelParser::Node CelParser::parseOr()
{
    Node lhs = parseAnd();
    while (lhs && m_token.kind == K::LogicalOr) {
        const CelToken op = m_token;
        advance();
        Node rhs = parseAnd();
        if (!rhs)
            return {};
        lhs = call(u"_||_"_s, op, std::move(lhs), std::move(rhs));
    }
    return lhs;
}

CelParser::Node CelParser::parseAnd()
{
    Node lhs = parseRelation();
    while (lhs && m_token.kind == K::LogicalAnd) {
        const CelToken op = m_token;
        advance();
        Node rhs = parseRelation();
        if (!rhs)
            return {};
        lhs = call(u"_&&_"_s, op, std::move(lhs), std::move(rhs));
    }
    return lhs;
}

CelParser::Node CelParser::parseRelation()
{
    Node lhs = parseAddition();
    while (lhs) {
        QString function;
        switch (m_token.kind) {
        case K::Less:
            function = u"_<_"_s;
            break;
        case K::LessEqual:
            function = u"_<=_"_s;
            break;
        case K::Greater:
            function = u"_>_"_s;
            break;
        case K::GreaterEqual:
            function = u"_>=_"_s;
            break;
        case K::Equal:
            function = u"_==_"_s;
            break;
        case K::NotEqual:
            function = u"_!=_"_s;
            break;
        case K::In:
            function = u"@in"_s;
            break;
        default:
            return lhs;
        }
        const CelToken op = m_token;
        advance();
        Node rhs = parseAddition();
        if (!rhs)
            return {};
        lhs = call(function, op, std::move(lhs), std::move(rhs));
    }
    return lhs;
}

CelParser::Node CelParser::parseAddition()
{
    Node lhs = parseMultiplication();
    while (lhs && (m_token.kind == K::Plus || m_token.kind == K::Minus)) {
        const CelToken op = m_token;
        advance();
        Node rhs = parseMultiplication();
        if (!rhs)
            return {};
        lhs = call(op.kind == K::Plus ? u"_+_"_s : u"_-_"_s, op, std::move(lhs), std::move(rhs));
    }
    return lhs;
}

CelParser::Node CelParser::parseMultiplication()
{
    Node lhs = parseUnary();
    while (lhs
           && (m_token.kind == K::Star || m_token.kind == K::Slash || m_token.kind == K::Percent)) {
        const CelToken op = m_token;
        advance();
        Node rhs = parseUnary();
        if (!rhs)
            return {};
        const QString function = op.kind == K::Star ? u"_*_"_s
            : op.kind == K::Slash                   ? u"_/_"_s
                                                    : u"_%_"_s;
        lhs = call(function, op, std::move(lhs), std::move(rhs));
    }
    return lhs;
}

CelParser::Node CelParser::parseUnary()
{
    if (m_token.kind != K::Not && m_token.kind != K::Minus)
        return parseMember(false);
    const K kind = m_token.kind;
    std::vector<CelToken> ops;
    while (m_token.kind == kind) {
        ops.push_back(m_token);
        advance();
    }
    // The minus next to a number belongs to the literal, so -9223372036854775808 is an int.
    const bool fold
        = kind == K::Minus && (m_token.kind == K::IntLiteral || m_token.kind == K::DoubleLiteral);
    if (fold)
        ops.pop_back();
    Node operand = parseMember(fold);
    for (auto it = ops.rbegin(); operand && it != ops.rend(); ++it)
        operand = call(kind == K::Not ? u"!_"_s : u"-_"_s, *it, std::move(operand));
    return operand;
}

CelParser::Node CelParser::parseMember(bool negateLiteral)
{
    Node node = parsePrimary(negateLiteral);
    while (node) {
        if (m_token.kind == K::Dot) {
            const CelToken dot = m_token;
            advance();
            // `.?name`: an optional select.
            const bool optional = accept(K::Question);
            if (m_token.kind != K::Identifier) {
                failUnexpected();
                return {};
            }
            const CelToken nameToken = m_token;
            advance();
            if (m_token.kind == K::LeftParen && !nameToken.quoted && !optional) {
                node = parseCall(std::move(node), nameToken);
                continue;
            }
            Node select = make(CelAst::Kind::Select, dot);
            select->tokenOffset = nameToken.offset;
            select->name = nameToken.text;
            select->optional = optional;
            select->children.push_back(std::move(node));
            node = finish(std::move(select));
        } else if (m_token.kind == K::LeftBracket) {
            const CelToken open = m_token;
            advance();
            const bool optional = accept(K::Question);
            Node index = parseExpr();
            if (!index || !expect(K::RightBracket))
                return {};
            node = call(optional ? u"_[?_]"_s : u"_[_]"_s, open, std::move(node), std::move(index));
        } else if (m_token.kind == K::LeftBrace && CelAst::qualifiedName(*node)) {
            const CelToken open = m_token;
            advance();
            node = parseStruct(std::move(node), open);
        } else {
            break;
        }
    }
    return node;
}

CelParser::Node CelParser::parsePrimary(bool negateLiteral)
{
    const CelToken token = m_token;
    switch (token.kind) {
    case K::Dot:
    case K::Identifier: {
        // A leading dot names the root scope: `.x` or `.f()`.
        const bool rooted = token.kind == K::Dot;
        if (rooted) {
            advance();
            if (m_token.kind != K::Identifier) {
                failUnexpected();
                return {};
            }
        }
        const CelToken nameToken = m_token;
        if (nameToken.quoted) {
            fail(nameToken, tr("a quoted name is only allowed after '.'"));
            return {};
        }
        if (isReserved(nameToken.text)) {
            fail(nameToken, tr("reserved identifier '%1'").arg(nameToken.text));
            return {};
        }
        advance();
        if (m_token.kind == K::LeftParen)
            return parseCall({}, nameToken);
        Node node = make(CelAst::Kind::Identifier, token);
        node->name = (rooted ? u"."_s : QString()) + nameToken.text;
        return finish(std::move(node));
    }
    case K::LeftParen: {
        advance();
        Node inner = parseExpr();
        if (!inner || !expect(K::RightParen))
            return {};
        // The parentheses belong to the sub-expression's text, as a reader would quote it.
        inner->offset = token.offset;
        inner->length = m_lastEnd - token.offset;
        return inner;
    }
    case K::LeftBracket:
        advance();
        return parseList(token);
    case K::LeftBrace:
        advance();
        return parseMap(token);
    case K::IntLiteral: {
        advance();
        const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negateLiteral ? 1 : 0);
        if (token.overflow || token.magnitude > limit) {
            fail(token, tr("integer literal out of range"));
            return {};
        }
        Node node = make(CelAst::Kind::Literal, token);
        node->value = CelValue::fromInt(negateLiteral ? qint64(0 - token.magnitude)
                                                      : qint64(token.magnitude));
        return finish(std::move(node));
    }
    case K::UintLiteral:
        if (token.overflow) {
            fail(token, tr("integer literal out of range"));
            return {};
        }
        [[fallthrough]];
    case K::DoubleLiteral:
    case K::StringLiteral:
    case K::BytesLiteral:
    case K::True:
    case K::False:
    case K::Null: {
        advance();
        Node node = make(CelAst::Kind::Literal, token);
        if (token.kind == K::True || token.kind == K::False)
            node->value = CelValue::fromBool(token.kind == K::True);
        else if (token.kind == K::DoubleLiteral && negateLiteral)
            node->value = CelValue::fromDouble(-token.value.doubleValue());
        else
            node->value = token.value;
        return finish(std::move(node));
    }
    default:
        failUnexpected();
        return {};
    }
}

bool CelParser::parseArguments(std::vector<Node> &into, CelToken::Kind close)
{
    // Trailing commas are allowed in lists and maps, not in calls.
    const bool trailingComma = close != K::RightParen;
    if (accept(close))
        return true;
    for (;;) {
        // `[?e]`: an element that is there only when the optional e has a value.
        const CelToken question = m_token;
        const bool optional = close == K::RightBracket && accept(K::Question);
        Node arg = parseExpr();
        if (!arg)
            return false;
        if (optional)
            arg = call(u"?_"_s, question, std::move(arg));
        if (!arg)
            return false;
        into.push_back(std::move(arg));
        if (accept(close))
            return true;
        if (!expect(K::Comma))
            return false;
        if (trailingComma && accept(close))
            return true;
    }
}

CelParser::Node CelParser::parseCall(Node target, const CelToken &nameToken)
{
    advance(); // (
    std::vector<Node> args;
    if (!parseArguments(args, K::RightParen))
        return {};
    const QString &name = nameToken.text;

    if (!target && name == u"has"_s) {
        if (args.size() != 1 || args[0]->kind != CelAst::Kind::Select || args[0]->testOnly) {
            fail(nameToken, tr("invalid argument to has() macro"));
            return {};
        }
        args[0]->testOnly = true;
        args[0]->offset = nameToken.offset;
        args[0]->length = m_lastEnd - nameToken.offset;
        args[0]->tokenOffset = nameToken.offset;
        return std::move(args[0]);
    }

    if (target) {
        static const QHash<QString, CelAst::Macro> macros = {
            {u"all"_s, CelAst::Macro::All},
            {u"exists"_s, CelAst::Macro::Exists},
            {u"exists_one"_s, CelAst::Macro::ExistsOne},
            {u"map"_s, CelAst::Macro::Map},
            {u"filter"_s, CelAst::Macro::Filter},
            {u"optMap"_s, CelAst::Macro::OptMap},
            {u"optFlatMap"_s, CelAst::Macro::OptFlatMap},
        };
        const auto macro = macros.constFind(name);
        const bool arityFits = args.size() == 2 || (args.size() == 3 && name == u"map"_s);
        if (macro != macros.cend() && arityFits) {
            if (args[0]->kind != CelAst::Kind::Identifier || args[0]->name.startsWith(u'.')) {
                fail(nameToken, tr("the first argument of %1() must be a simple name").arg(name));
                return {};
            }
            Node node = make(CelAst::Kind::Comprehension, nameToken);
            node->name = name;
            node->macro = *macro;
            node->fieldNames = {args[0]->name};
            node->variableOffset = args[0]->offset;
            node->children.push_back(std::move(target));
            for (size_t i = 1; i < args.size(); ++i)
                node->children.push_back(std::move(args[i]));
            return finish(std::move(node));
        }
    }

    Node node = make(CelAst::Kind::Call, nameToken);
    node->name = name;
    node->function = CelAst::functionFor(name);
    node->receiver = bool(target);
    if (target)
        node->children.push_back(std::move(target));
    for (auto &arg : args)
        node->children.push_back(std::move(arg));
    return finish(std::move(node));
}

CelParser::Node CelParser::parseList(const CelToken &open)
{
    Node node = make(CelAst::Kind::List, open);
    if (!parseArguments(node->children, K::RightBracket))
        return {};
    return finish(std::move(node));
}

CelParser::Node CelParser::parseMap(const CelToken &open)
{
    Node node = make(CelAst::Kind::Map, open);
    if (accept(K::RightBrace))
        return finish(std::move(node));
    for (;;) {
        // `{?k: v}`: an entry that is there only when the optional v has a value.
        const CelToken question = m_token;
        const bool optional = accept(K::Question);
        Node key = parseExpr();
        if (!key || !expect(K::Colon))
            return {};
        Node value = parseExpr();
        if (value && optional)
            value = call(u"?_"_s, question, std::move(value));
        if (!value)
            return {};
        node->children.push_back(std::move(key));
        node->children.push_back(std::move(value));
        if (accept(K::RightBrace))
            break;
        if (!expect(K::Comma))
            return {};
        if (accept(K::RightBrace))
            break;
    }
    return finish(std::move(node));
}

CelParser::Node CelParser::parseStruct(Node typeName, const CelToken &open)
{
    Node node = make(CelAst::Kind::Struct, open);
    node->name = *CelAst::qualifiedName(*typeName);
    if (accept(K::RightBrace))
        return finish(std::move(node));
    for (;;) {
        if (m_token.kind != K::Identifier) {
            failUnexpected();
            return {};
        }
        node->fieldNames += m_token.text;
        advance();
        if (!expect(K::Colon))
            return {};
        Node value = parseExpr();
        if (!value)
            return {};
        node->children.push_back(std::move(value));
        if (accept(K::RightBrace))
            break;
        if (!expect(K::Comma))
            return {};
        if (accept(K::RightBrace))
            break;
    }
    return finish(std::move(node));
}

} // namespace Tessera
