#include "policy/celparser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CelParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void positions_data();
    void positions();
    void spans_data();
    void spans();
    void syntaxErrors_data();
    void syntaxErrors();
    void sourceErrors_data();
    void sourceErrors();
    void sourceTooLong();
    void nestingLimit_data();
    void nestingLimit();
};

void tst_CelParser::parse_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("tree");

    QTest::newRow("precedence") << u"1 + 2 * 3 - 4"_s << u"_-_(_+_(1, _*_(2, 3)), 4)"_s;
    QTest::newRow("ternary is right-associative")
        << u"a ? b : c ? d : e"_s << u"_?_:_(a, b, _?_:_(c, d, e))"_s;
    QTest::newRow("or below and") << u"a || b && c"_s << u"_||_(a, _&&_(b, c))"_s;
    QTest::newRow("in") << u"x in [1, 2,]"_s << u"@in(x, [1, 2])"_s;
    QTest::newRow("unary") << u"!!a && -b"_s << u"_&&_(!_(!_(a)), -_(b))"_s;
    QTest::newRow("negative literal folds")
        << u"-9223372036854775808"_s << u"-9223372036854775808"_s;
    QTest::newRow("double minus") << u"--1"_s << u"-_(-1)"_s;
    QTest::newRow("hex and uint") << u"[0x1F, 0XffU, 7u]"_s << u"[31, 255u, 7u]"_s;
    QTest::newRow("doubles") << u"[1.5, .5, 1e3, 2E-2]"_s << u"[1.5, 0.5, 1000.0, 0.02]"_s;
    QTest::newRow("member, index, method")
        << u"a.b[0].size() + size(c)"_s << u"_+_(_[_](a.b, 0).size(), size(c))"_s;
    QTest::newRow("map literal") << u"{'a': 1, 2u: [true, null]}"_s
                                 << u"{\"a\": 1, 2u: [true, null]}"_s;
    QTest::newRow("has macro") << u"has(a.b)"_s << u"has(a.b)"_s;
    QTest::newRow("exists macro") << u"[1].exists(x, x > 0)"_s << u"[1].exists(x, _>_(x, 0))"_s;
    QTest::newRow("map macro with filter")
        << u"l.map(x, x > 0, x * 2)"_s << u"l.map(x, _>_(x, 0), _*_(x, 2))"_s;
    QTest::newRow("optional syntax")
        << u"a.?b[?0] + [?x, y] + {?'k': v}"_s
        << u"_+_(_+_(_[?_](a.?b, 0), [?_(x), y]), {\"k\": ?_(v)})"_s;
    QTest::newRow("message construction") << u"a.B{f: 1}"_s << u"a.B{f: 1}"_s;
    QTest::newRow("root-scoped") << u".x + .f(1)"_s << u"_+_(.x, f(1))"_s;
    QTest::newRow("quoted field") << u"m.`content-type`"_s << u"m.content-type"_s;
    QTest::newRow("comment") << u"1 // one\n + 2"_s << u"_+_(1, 2)"_s;
    QTest::newRow("string escapes") << u"'\\a\\n\\t\\\\\\'\\\"\\x41\\101\\u00e9\\U0001F600'"_s
                                    << u"\"\\x07\\n\\t\\\\'\\\"AAé😀\""_s;
    QTest::newRow("raw string") << u"r'\\n'"_s << u"\"\\\\n\""_s;
    QTest::newRow("triple-quoted")
        << u"'''a\n'b''' + \"\"\"x\"\"\""_s << u"_+_(\"a\\n'b\", \"x\")"_s;
    QTest::newRow("bytes escapes") << u"b'\\xff\\377A'"_s << u"b\"ÿÿA\""_s;
}

void tst_CelParser::parse()
{
    QFETCH(QString, source);
    QFETCH(QString, tree);
    const auto ast = CelParser::parse(source);
    QVERIFY2(ast.ok(), qPrintable(ast.error()));
    QCOMPARE((*ast)->debugString(), tree);
}

void tst_CelParser::positions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("rhsLine");
    QTest::addColumn<int>("rhsColumn");

    // Binary operators sit at their operator; the right operand at its own start.
    QTest::newRow("same line") << u"a  ==  bb"_s << 1 << 4 << 1 << 8;
    QTest::newRow("next line") << u"a &&\n  b"_s << 1 << 3 << 2 << 3;
    QTest::newRow("columns count code points") << u"'é😀' + x"_s << 1 << 6 << 1 << 8;
}

void tst_CelParser::positions()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, rhsLine);
    QFETCH(int, rhsColumn);
    const auto ast = CelParser::parse(source);
    QVERIFY2(ast.ok(), qPrintable(ast.error()));
    const CelAst &root = **ast;
    QCOMPARE(root.line, line);
    QCOMPARE(root.column, column);
    QCOMPARE(root.children.size(), size_t(2));
    QCOMPARE(root.children[1]->line, rhsLine);
    QCOMPARE(root.children[1]->column, rhsColumn);
}

void tst_CelParser::spans_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("lhs");
    QTest::addColumn<int>("mark");

    // The span covers the whole sub-expression; the mark is its operator or (select) field name.
    QTest::newRow("comparison") << u"product.owner != ''"_s << u"product.owner != ''"_s
                                << u"product.owner"_s << 14;
    QTest::newRow("parentheses") << u" (a + b) * c"_s << u"(a + b) * c"_s << u"(a + b)"_s << 9;
    QTest::newRow("method call") << u"x.size() > 0"_s << u"x.size() > 0"_s << u"x.size()"_s << 9;
    QTest::newRow("macro") << u"l.all(p, p.x)"_s << u"l.all(p, p.x)"_s << u"l"_s << 2;
    QTest::newRow("has") << u"has(a.b) && c"_s << u"has(a.b) && c"_s << u"has(a.b)"_s << 9;
}

void tst_CelParser::spans()
{
    QFETCH(QString, source);
    QFETCH(QString, root);
    QFETCH(QString, lhs);
    QFETCH(int, mark);
    const auto ast = CelParser::parse(source);
    QVERIFY2(ast.ok(), qPrintable(ast.error()));
    const CelAst &node = **ast;
    QCOMPARE(source.mid(node.offset, node.length), root);
    QCOMPARE(node.tokenOffset, mark);
    const CelAst &first = *node.children[0];
    QCOMPARE(source.mid(first.offset, first.length), lhs);
}

void tst_CelParser::syntaxErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");

    const auto at = [](int line, int column, const QString &reason) {
        return u"Syntax error at line %1, column %2: %3"_s.arg(line).arg(column).arg(reason);
    };
    QTest::newRow("empty") << u""_s << at(1, 1, u"unexpected end of input"_s);
    QTest::newRow("missing operand") << u"1 +"_s << at(1, 4, u"unexpected end of input"_s);
    QTest::newRow("unclosed paren")
        << u"(1 + 2"_s << at(1, 7, u"expected ')' but found end of input"_s);
    QTest::newRow("trailing token") << u"a b"_s << at(1, 3, u"unexpected 'b'"_s);
    QTest::newRow("single equals") << u"a = b"_s << at(1, 3, u"unexpected character '='"_s);
    QTest::newRow("second line") << u"a &&\n  (b ||)"_s << at(2, 8, u"unexpected ')'"_s);
    QTest::newRow("reserved word") << u"if"_s << at(1, 1, u"reserved identifier 'if'"_s);
    QTest::newRow("int out of range")
        << u"9223372036854775808"_s << at(1, 1, u"integer literal out of range"_s);
    QTest::newRow("uint out of range")
        << u"18446744073709551616u"_s << at(1, 1, u"integer literal out of range"_s);
    QTest::newRow("unterminated string") << u"'abc"_s << at(1, 1, u"unterminated string literal"_s);
    QTest::newRow("newline in string")
        << u"'a\nb'"_s << at(1, 1, u"line break in a single-quoted string literal"_s);
    QTest::newRow("bad escape") << u"'\\q'"_s << at(1, 1, u"invalid escape sequence"_s);
    QTest::newRow("code point in bytes") << u"b'\\u00e9'"_s
                                         << at(1, 1, u"invalid escape sequence: \\u is for strings, not bytes"_s);
    QTest::newRow("long code point in bytes") << u"b\"\\U0001F600\""_s
                                              << at(1, 1, u"invalid escape sequence: \\U is for strings, not bytes"_s);
    QTest::newRow("surrogate escape")
        << u"'\\ud800'"_s << at(1, 1, u"invalid code point in escape sequence"_s);
    QTest::newRow("has without field")
        << u"has(a)"_s << at(1, 1, u"invalid argument to has() macro"_s);
    QTest::newRow("macro variable")
        << u"l.all(1, true)"_s << at(1, 3, u"the first argument of all() must be a simple name"_s);
    QTest::newRow("call trailing comma") << u"f(1,)"_s << at(1, 5, u"unexpected ')'"_s);
    QTest::newRow("exponent") << u"1e"_s << at(1, 1, u"exponent without digits"_s);
}

void tst_CelParser::syntaxErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const auto ast = CelParser::parse(source);
    QVERIFY(!ast.ok());
    QCOMPARE(ast.error(), message);
}

void tst_CelParser::sourceErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("reason");

    QTest::newRow("trailing identifier")
        << u"a bcd"_s << 1 << 3 << 2 << 3 << u"unexpected 'bcd'"_s;
    QTest::newRow("operator on line 2")
        << u"a &&\n  (b ||)"_s << 2 << 8 << 12 << 1 << u"unexpected ')'"_s;
    QTest::newRow("end of input") << u"1 +"_s << 1 << 4 << 3 << 0 << u"unexpected end of input"_s;
    QTest::newRow("bad character") << u"a = b"_s << 1 << 3 << 2 << 1
                                   << u"unexpected character '='"_s;
    // Offsets count UTF-16 units (QString indexes), columns code points.
    QTest::newRow("after an emoji") << u"'😀' + )"_s << 1 << 7 << 7 << 1 << u"unexpected ')'"_s;
    QTest::newRow("string literal") << u"x + 'abc' 'd'"_s << 1 << 11 << 10 << 3
                                    << u"unexpected string"_s;
}

void tst_CelParser::sourceErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(int, length);
    QFETCH(QString, reason);
    CelSourceError where;
    const auto ast = CelParser::parse(source, &where);
    QVERIFY(!ast.ok());
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
    QCOMPARE(where.offset, offset);
    QCOMPARE(where.length, length);
    QCOMPARE(where.reason, reason);
    QCOMPARE(ast.error(),
             u"Syntax error at line %1, column %2: %3"_s.arg(line).arg(column).arg(reason));
}

void tst_CelParser::sourceTooLong()
{
    CelSourceError where;
    const auto ast = CelParser::parse(u"1 + "_s.repeated(30000) + u"1"_s, &where);
    QVERIFY(!ast.ok());
    QVERIFY2(where.reason.contains(u"too long"_s), qPrintable(where.reason));
}

void tst_CelParser::nestingLimit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");

    const auto repeat = [](const QString &s, int n) { return s.repeated(n); };
    QTest::newRow("10,000 parentheses")
        << repeat(u"("_s, 10000) + u"1"_s + repeat(u")"_s, 10000) << false;
    QTest::newRow("10,000 unclosed parentheses") << repeat(u"("_s, 10000) << false;
    QTest::newRow("10,000 lists") << repeat(u"["_s, 10000) + repeat(u"]"_s, 10000) << false;
    QTest::newRow("10,000 negations") << repeat(u"!"_s, 10000) + u"true"_s << false;
    QTest::newRow("10,000 additions") << u"1"_s + repeat(u" + 1"_s, 10000) << false;
    QTest::newRow("10,000 selections") << u"a"_s + repeat(u".b"_s, 10000) << false;
    QTest::newRow("within limits")
        << repeat(u"("_s, 100) + u"1"_s + repeat(u" + 1)"_s, 100) << true;
}

void tst_CelParser::nestingLimit()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    const auto ast = CelParser::parse(source);
    QCOMPARE(ast.ok(), valid);
    if (!valid)
        QVERIFY2(ast.error().contains(u"nested too deeply"_s), qPrintable(ast.error()));
}

QTEST_GUILESS_MAIN(tst_CelParser)
#include "tst_celparser.moc"
