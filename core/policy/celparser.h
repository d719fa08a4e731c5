#pragma once

#include "policy/celast.h"
#include "policy/cellexer.h"
#include "policy/celsourceerror.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Tessera {

// Recursive-descent parser for the CEL grammar of the language definition. Macros (has, all,
// exists, exists_one, map, filter) are recognised here. Not thread-safe per instance; use one
// parse() call per thread.
class CelParser final
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CelParser)

public:
    // Bounds both the parser's recursion (parentheses, literals, arguments) and the height of the
    // tree, so hostile input gives an error instead of exhausting the stack here or when the tree
    // is evaluated or destroyed.
    static constexpr int MaxNesting = 200;
    static constexpr int MaxHeight = 1000;
    // Longer sources are refused before lexing: no policy needs more, and the limit bounds the
    // work a hostile source can cause at compile time.
    static constexpr qsizetype MaxSourceLength = 100'000;

    // The tree, or a syntax error "Syntax error at line L, column C: reason"; `where` (when
    // given) receives the position, the offending token's span and the bare reason.
    [[nodiscard]] static Result<std::shared_ptr<const CelAst>> parse(const QString &source,
                                                                      CelSourceError *where = nullptr);
    // The same, as a tree still open to CelCompiler's annotations.
    [[nodiscard]] static Result<std::unique_ptr<CelAst>> parseTree(const QString &source,
                                                                   CelSourceError *where = nullptr);

private:
    explicit CelParser(const QString &source);

    using Node = std::unique_ptr<CelAst>;

    void advance();
    bool accept(CelToken::Kind kind);
    bool expect(CelToken::Kind kind);
    bool fail(const CelToken &at, const QString &reason);
    bool failUnexpected();
    Node make(CelAst::Kind kind, const CelToken &at);
    Node finish(Node node);
    Node call(const QString &function, const CelToken &at, Node a, Node b = {}, Node c = {});

    Node parseExpr();
    Node parseOr();
    Node parseAnd();
    Node parseRelation();
    Node parseAddition();
    Node parseMultiplication();
    Node parseUnary();
    Node parseMember(bool negateLiteral);
    Node parsePrimary(bool negateLiteral);
    Node parseCall(Node target, const CelToken &nameToken);
    Node parseList(const CelToken &open);
    Node parseMap(const CelToken &open);
    Node parseStruct(Node typeName, const CelToken &open);
    bool parseArguments(std::vector<Node> &into, CelToken::Kind close);

    static QString tokenText(const CelToken &token);

    CelLexer m_lexer;
    CelToken m_token;
    int m_nesting = 0;
    qsizetype m_lastEnd = 0; // end of the last token consumed
    std::optional<Error> m_error;
    CelSourceError m_where;
};

} // namespace Tessera
