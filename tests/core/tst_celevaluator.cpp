#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celprogram.h"
#include "policy/celprojection.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

Q_DECLARE_METATYPE(Tessera::CelValue)

namespace QTest {
template<> char *toString(const Tessera::CelValue &value)
{
    return qstrdup(value.debugString().toUtf8().constData());
}
} // namespace QTest

class tst_CelEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void debugStrings_data();
    void debugStrings();
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
    void bindings();
    void heterogeneousEquality();
    void evaluateManyTimes();
    void fieldsInAnyOrder();
    void declaredEnvironment_data();
    void declaredEnvironment();
    void compileErrors_data();
    void compileErrors();
    void limits_data();
    void limits();
    void chargesLikeTheExplanation();
    void allocationLimit();
    void customLimits();
    void macroStepsMatchTheGeneralPath();
    void renderAppends();
    void hostileSources_data();
    void hostileSources();
    void explain_data();
    void explain();
    void explainSteps();
    void explainNamesObjectsById();
    void explanationMarksOutliveTheirValues();
    void concurrentEvaluation();
};

void tst_CelEvaluator::evaluate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<CelValue>("expected");

    const auto b = [](bool v) { return CelValue::fromBool(v); };
    const auto i = [](qint64 v) { return CelValue::fromInt(v); };
    const auto list = [](QList<CelValue> v) { return CelValue::fromList(std::move(v)); };

    // Arithmetic stays in its type; int64 min is reachable as a literal.
    QTest::newRow("int arithmetic") << u"7 / 2 * 2 + 7 % 2 - 1"_s << i(6);
    QTest::newRow("truncating division") << u"-7 / 2"_s << i(-3);
    QTest::newRow("uint arithmetic") << u"3u * 5u - 1u"_s << CelValue::fromUint(14);
    QTest::newRow("double division by zero") << u"1.0 / 0.0"_s << CelValue::fromDouble(qInf());
    QTest::newRow("int64 min") << u"-9223372036854775808"_s
                               << i(std::numeric_limits<qint64>::min());
    QTest::newRow("string concat") << u"'ab' + \"c\""_s << CelValue::fromString(u"abc"_s);
    QTest::newRow("list concat") << u"[1] + [2]"_s << list({i(1), i(2)});

    // && and || absorb errors when the other side decides, in either order.
    QTest::newRow("false && error") << u"false && 1 / 0 == 1"_s << b(false);
    QTest::newRow("error && false") << u"1 / 0 == 1 && false"_s << b(false);
    QTest::newRow("true || error") << u"true || 1 / 0 == 1"_s << b(true);
    QTest::newRow("error || true") << u"1 / 0 == 1 || true"_s << b(true);
    QTest::newRow("non-bool || true") << u"'x' || true"_s << b(true);
    QTest::newRow("ternary is lazy") << u"true ? 1 : 1 / 0"_s << i(1);

    // Equality and ordering across int, uint and double; other kinds are simply unequal.
    QTest::newRow("1 == 1u") << u"1 == 1u"_s << b(true);
    QTest::newRow("1 == 1.0") << u"1 == 1.0"_s << b(true);
    QTest::newRow("-1 < 0u") << u"-1 < 0u"_s << b(true);
    QTest::newRow("2u > 1.5") << u"2u > 1.5"_s << b(true);
    QTest::newRow("int vs huge double") << u"9223372036854775807 < 1e19"_s << b(true);
    QTest::newRow("NaN is unequal") << u"0.0 / 0.0 == 0.0 / 0.0"_s << b(false);
    QTest::newRow("NaN orders false") << u"0.0 / 0.0 < 1.0 || 0.0 / 0.0 >= 1.0"_s << b(false);
    QTest::newRow("different kinds") << u"1 == '1'"_s << b(false);
    QTest::newRow("null") << u"null == null"_s << b(true);
    QTest::newRow("lists numeric") << u"[1, 2.0] == [1u, 2]"_s << b(true);
    QTest::newRow("maps order-free") << u"{'a': 1, 'b': 2} == {'b': 2, 'a': 1u}"_s << b(true);
    QTest::newRow("string order by code point") << u"'\\uffff' < '\\U0001F600'"_s << b(true);
    QTest::newRow("bytes order") << u"b'\\x01' < b'\\xff'"_s << b(true);

    QTest::newRow("in list") << u"2u in [1, 2, 3]"_s << b(true);
    QTest::newRow("in map") << u"2.0 in {2: 'two'}"_s << b(true);
    QTest::newRow("map lookup across numbers")
        << u"{1u: 'one'}[1]"_s << CelValue::fromString(u"one"_s);
    QTest::newRow("map field") << u"{'a': {'b': 5}}.a.b"_s << i(5);
    QTest::newRow("has") << u"has({'a': 1}.a) && !has({'a': 1}.b)"_s << b(true);

    QTest::newRow("size") << u"size('é😀') + 'ab'.size() + size(b'abc') + size([1]) + size({})"_s
                          << i(8);
    QTest::newRow("string functions")
        << u"'hello'.contains('ell') && 'hello'.startsWith('he') && 'hello'.endsWith('lo')"_s
        << b(true);

    QTest::newRow("all") << u"[1, 2, 3].all(x, x > 0)"_s << b(true);
    QTest::newRow("all absorbs error") << u"[0, 1].all(x, 1 / x > 1)"_s << b(false);
    QTest::newRow("exists") << u"[1, 2, 3].exists(x, x == 2)"_s << b(true);
    QTest::newRow("exists absorbs error") << u"[0, 1].exists(x, 1 / x == 1)"_s << b(true);
    // Comparisons that cannot be made in place halfway through a list.
    QTest::newRow("all decides after an error") << u"[1, 'a', 0].all(x, x > 0)"_s << b(false);
    QTest::newRow("exists decides after an error") << u"[0, 'a', 1].exists(x, x > 0)"_s << b(true);
    QTest::newRow("exists_one") << u"[1, 2, 3].exists_one(x, x > 2)"_s << b(true);
    QTest::newRow("exists_one two") << u"[1, 2, 3].exists_one(x, x > 1)"_s << b(false);
    QTest::newRow("map") << u"[1, 2].map(x, x * 10)"_s << list({i(10), i(20)});
    QTest::newRow("map with filter")
        << u"[1, 2, 3].map(x, x != 2, x * 10)"_s << list({i(10), i(30)});
    QTest::newRow("filter") << u"[1, 2, 3].filter(x, x % 2 == 1)"_s << list({i(1), i(3)});
    QTest::newRow("macro over map keys")
        << u"{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])"_s << b(true);
    QTest::newRow("nested macros")
        << u"[[1, 2], [3]].map(l, l.map(x, x + 1))"_s << list({list({i(2), i(3)}), list({i(4)})});

    QTest::newRow("matches") << u"'data-42'.matches('[a-z]+-\\\\d+') && !matches('abc', '^b')"_s
                             << b(true);
    QTest::newRow("strings extension")
        << u"'ta©o©αT'.indexOf('©', 3) == 4 && 'ta©o'.charAt(2) == '©' && 'a,b,c'.split(',', 2) == "
           u"['a', 'b,c']"
           u" && ['x', 'y'].join('-') == 'x-y' && ' ab '.trim().reverse().upperAscii() == 'BA'"_s
        << b(true);
    QTest::newRow("format()")
        << u"'%s has %d ports, %.2f%% ok, %x'.format(['orders', 2, 99.5, 255]) + ' ' + "
           u"'%s'.format([{'b': [1u, null], 'a': double('-Infinity')}])"_s
        << CelValue::fromString(u"orders has 2 ports, 99.50% ok, ff {a: -Infinity, b: [1, null]}"_s);
    QTest::newRow("optional chaining")
        << u"{'a': {'b': 1}}.?a.?b.orValue(0) + {'a': {}}.?a.?b.orValue(2) + [1][?3].orValue(4)"_s
        << i(7);
    QTest::newRow("optional entries")
        << u"[?optional.of(1), ?optional.none(), 2] == [1, 2] && {?'x': optional.none(), 'y': 1} == {'y': 1}"_s
        << b(true);
    QTest::newRow("optional functions")
        << u"optional.ofNonZeroValue('').or(optional.of(3)).optMap(x, x * 2).value() == 6"
           u" && !optional.none().hasValue() && type(optional.none()) == optional_type"_s
        << b(true);
    QTest::newRow("computed patterns")
        << u"['ab', 'ac', 'ab'].map(x, 'xab'.matches(x + '$'))"_s << list({b(true), b(false), b(true)});
    QTest::newRow("math extension")
        << u"math.greatest(1, 2u, 1.5) == 2u && math.least([3, -1.5]) == -1.5 && math.round(-2.5) "
           u"== -3.0"
           u" && math.bitShiftRight(-1024, 3) == 2305843009213693824 && math.abs(-3) == 3"_s
        << b(true);
    QTest::newRow("math as a variable")
        << u"[{'greatest': 1}].map(math, math.greatest)"_s << list({i(1)});
    QTest::newRow("strings.quote")
        << u"strings.quote('a\"b\\n')"_s << CelValue::fromString(u"\"a\\\"b\\n\""_s);
    QTest::newRow("int()") << u"int(-3.9) + int('7') + int(2u)"_s << i(6);
    QTest::newRow("uint()") << u"uint(3.9)"_s << CelValue::fromUint(3);
    QTest::newRow("double()") << u"double('1.5') + double(1)"_s << CelValue::fromDouble(2.5);
    QTest::newRow("string()")
        << u"string(1) + string(2u) + string(1.5) + string(true) + string(b'x')"_s
        << CelValue::fromString(u"121.5truex"_s);
    QTest::newRow("bytes()") << u"bytes('é')"_s << CelValue::fromBytes("\xc3\xa9");
    QTest::newRow("bool()") << u"bool('True') && !bool('0')"_s << b(true);
    QTest::newRow("timestamp arithmetic")
        << u"timestamp('2024-02-28T23:00:00-01:00') + duration('1h30m') == timestamp('2024-02-29T01:30:00Z')"_s
        << b(true);
    QTest::newRow("timestamp difference")
        << u"string(timestamp('2024-01-01T00:00:01.5Z') - timestamp(1704067200))"_s
        << CelValue::fromString(u"1.5s"_s);
    QTest::newRow("timestamp string") << u"string(timestamp('2009-02-13T23:31:30.120Z'))"_s
                                      << CelValue::fromString(u"2009-02-13T23:31:30.12Z"_s);
    QTest::newRow("time zone accessor")
        << u"timestamp('2009-02-13T23:31:30Z').getHours('Europe/Paris')"_s << i(0);
    // Any fixed offset CEL's syntax allows, not only the ±14 hours of real zones.
    QTest::newRow("fixed offset") << u"timestamp('2023-01-01T12:00:00Z').getHours('+05:30')"_s << i(17);
    QTest::newRow("fixed offset beyond a day's zones")
        << u"timestamp('2023-01-01T12:00:00Z').getHours('+23:59')"_s << i(11);
    QTest::newRow("fixed offset, date") << u"timestamp('2023-01-01T12:00:00Z').getDate('-15:00')"_s << i(31);
    QTest::newRow("year zero") << u"timestamp('0001-01-01T00:00:00Z').getFullYear('-01:00')"_s << i(0);
    QTest::newRow("duration accessor") << u"duration('-1.5h').getMinutes()"_s << i(-90);
    QTest::newRow("type()") << u"type(1) == int && type(type(1)) == type && type(1u) != int"_s
                            << b(true);
}

void tst_CelEvaluator::evaluate()
{
    QFETCH(QString, source);
    QFETCH(CelValue, expected);
    const auto program = CelProgram::compile(source);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    QCOMPARE(program->evaluate(), expected);
}

void tst_CelEvaluator::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");

    QTest::newRow("int overflow add") << u"9223372036854775807 + 1"_s << u"integer overflow"_s;
    QTest::newRow("int overflow sub") << u"-9223372036854775808 - 1"_s << u"integer overflow"_s;
    QTest::newRow("int overflow mul") << u"4611686018427387904 * 2"_s << u"integer overflow"_s;
    QTest::newRow("int overflow negate") << u"-(-9223372036854775808)"_s << u"integer overflow"_s;
    QTest::newRow("int overflow divide") << u"-9223372036854775808 / -1"_s << u"integer overflow"_s;
    QTest::newRow("uint underflow") << u"1u - 2u"_s << u"integer overflow"_s;
    QTest::newRow("division by zero") << u"1 / 0"_s << u"division by zero"_s;
    QTest::newRow("modulus by zero") << u"1u % 0u"_s << u"modulus by zero"_s;
    QTest::newRow("no implicit conversion")
        << u"1 + 1.0"_s << u"no matching overload for '_+_' applied to (int, double)"_s;
    QTest::newRow("no double modulo") << u"5.5 % 2.0"_s << u"no matching overload"_s;
    QTest::newRow("true && error") << u"true && 1 / 0 == 1"_s << u"division by zero"_s;
    QTest::newRow("error || false") << u"1 / 0 == 1 || false"_s << u"division by zero"_s;
    QTest::newRow("all keeps error") << u"[0, 1].all(x, 1 / x > 0)"_s << u"division by zero"_s;
    QTest::newRow("all keeps a comparison's error")
        << u"[1, 'a', 2].all(x, x > 0)"_s << u"no matching overload for '_>_' applied to (string, int)"_s;
    QTest::newRow("exists_one error") << u"[0].exists_one(x, 1 / x > 0)"_s << u"division by zero"_s;
    QTest::newRow("ordering lists") << u"[1] < [2]"_s << u"no matching overload"_s;
    QTest::newRow("no such key") << u"{'a': 1}.b"_s << u"no such key"_s;
    QTest::newRow("index out of range") << u"[1][1]"_s << u"index 1 out of range"_s;
    QTest::newRow("uint index out of range")
        << u"[1][18446744073709551615u]"_s << u"index 18446744073709551615u out of range"_s;
    QTest::newRow("repeated key") << u"{1: 'a', 1u: 'b'}"_s << u"repeated key"_s;
    QTest::newRow("bad key type") << u"{1.5: 'a'}"_s << u"unsupported key type"_s;
    QTest::newRow("undeclared") << u"x"_s << u"undeclared reference to 'x'"_s;
    QTest::newRow("int() range") << u"int(18446744073709551615u)"_s << u"range"_s;
    QTest::newRow("uint() range") << u"uint(-1)"_s << u"range"_s;
    QTest::newRow("string() utf-8") << u"string(b'\\xff')"_s << u"invalid UTF-8"_s;
    QTest::newRow("timestamp range")
        << u"timestamp('9999-12-31T23:59:59Z') + duration('1s')"_s << u"range"_s;
    QTest::newRow("duration range") << u"duration('2562047h') + duration('1h')"_s << u"range"_s;
    QTest::newRow("bad duration") << u"duration('1x')"_s << u"cannot parse"_s;
    QTest::newRow("bad time zone")
        << u"timestamp(0).getHours('Mars/Olympus')"_s << u"unknown time zone"_s;
    QTest::newRow("bad regular expression")
        << u"'a'.matches('(')"_s << u"invalid regular expression"_s;
    QTest::newRow("bad computed regular expression")
        << u"['a', 'b'].all(x, x.matches('(' + x))"_s << u"invalid regular expression \"(a\""_s;
    QTest::newRow("substring range") << u"'abc'.substring(2, 1)"_s << u"index out of range"_s;
    QTest::newRow("math overload")
        << u"math.ceil(1)"_s << u"no matching overload for 'math.ceil'"_s;
    QTest::newRow("message") << u"Msg{a: 1}"_s << u"not supported"_s;
    QTest::newRow("unknown function") << u"frobnicate(1)"_s << u"unknown function 'frobnicate'"_s;
    QTest::newRow("optional.none().value()")
        << u"optional.none().value()"_s << u"optional.none() dereference"_s;
    QTest::newRow("format() arguments") << u"'%s %s'.format(['a'])"_s << u"too few arguments"_s;
    QTest::newRow("format() clause") << u"'%d'.format(['a'])"_s << u"cannot apply %d to string"_s;
}

void tst_CelEvaluator::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const auto program = CelProgram::compile(source);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    const CelValue result = program->evaluate();
    QVERIFY2(result.isError(), qPrintable(result.debugString()));
    QVERIFY2(result.stringValue().contains(message), qPrintable(result.stringValue()));
}

void tst_CelEvaluator::bindings()
{
    CelMap owner;
    QVERIFY(owner.insert(CelValue::fromString(u"team"_s), CelValue::fromString(u"payments"_s)));
    const QHash<QString, CelValue> bindings = {
        {u"product"_s, CelValue::fromMap(owner)},
        {u"tags"_s, CelValue::fromList({CelValue::fromString(u"pii"_s)})},
        {u"a.b"_s, CelValue::fromInt(42)},
    };
    const auto program = CelProgram::compile(
        u"product.team == 'payments' && 'pii' in tags && tags.exists(tags, tags == 'pii') && a.b == 42"_s);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    QCOMPARE(program->evaluate(bindings), CelValue::fromBool(true));
}

void tst_CelEvaluator::heterogeneousEquality()
{
    const CelValue one = CelValue::fromInt(1);
    QVERIFY(one.celEquals(CelValue::fromUint(1)));
    QVERIFY(one.celEquals(CelValue::fromDouble(1.0)));
    QVERIFY(!one.celEquals(CelValue::fromDouble(1.5)));
    QVERIFY(
        !CelValue::fromInt(-1).celEquals(CelValue::fromUint(std::numeric_limits<quint64>::max())));
    // Identity keeps the kinds apart, for comparing results in tests.
    QVERIFY(!(one == CelValue::fromUint(1)));
    QCOMPARE(CelValue::fromDouble(qQNaN()), CelValue::fromDouble(qQNaN()));
}

void tst_CelEvaluator::evaluateManyTimes()
{
    const auto program = CelProgram::compile(u"x * 2"_s);
    QVERIFY(program.ok());
    for (qint64 x = 0; x < 3; ++x)
        QCOMPARE(program->evaluate({{u"x"_s, CelValue::fromInt(x)}}), CelValue::fromInt(x * 2));
}

void tst_CelEvaluator::fieldsInAnyOrder()
{
    // A selection looks first where it found its field last time: maps whose keys come in
    // another order, in another number or as other strings must still give their own values.
    const CelEnvironment environment({u"product"_s});
    const auto program = CelProgram::compile(u"product.b * 10 + product.c"_s, environment);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    const auto parsed = [](const char *json) {
        auto value = CelJson::parse(QByteArrayView(json));
        return value ? value.value() : CelValue::error(value.error());
    };
    const auto run = [&](const CelValue &product) {
        const std::vector<CelValue> variables = {product};
        return program->evaluate(variables);
    };
    QCOMPARE(run(parsed(R"({"a": 0, "b": 1, "c": 2})")), CelValue::fromInt(12));
    QCOMPARE(run(parsed(R"({"c": 3, "b": 4, "a": 0})")), CelValue::fromInt(43));
    // Large enough for a hash table, then small again.
    QCOMPARE(run(parsed(R"({"k1": 0, "k2": 0, "k3": 0, "k4": 0, "k5": 0, "k6": 0, "k7": 0, "k8": 0,
                           "c": 5, "k9": 0, "b": 6})")),
             CelValue::fromInt(65));
    QCOMPARE(run(parsed(R"({"b": 7, "c": 8})")), CelValue::fromInt(78));
    QCOMPARE(run(parsed(R"({"a": 1, "c": 2})")), CelValue::error(u"no such key: 'b'"_s));
    // Keys made one by one, not pooled: found by their text.
    CelMap made;
    made.insert(CelValue::fromString(u"c"_s), CelValue::fromInt(9));
    made.insert(CelValue::fromString(QString(u"b"_s).append(QString())), CelValue::fromInt(2));
    QCOMPARE(run(CelValue::fromMap(made)), CelValue::fromInt(29));
    QCOMPARE(run(parsed(R"({"b": 1, "c": 1})")), CelValue::fromInt(11));
}

void tst_CelEvaluator::declaredEnvironment_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<CelValue>("expected");

    const auto b = [](bool v) { return CelValue::fromBool(v); };
    QTest::newRow("variable") << u"product.owner == 'payments'"_s << b(true);
    QTest::newRow("second variable") << u"domain == 'sales'"_s << b(true);
    QTest::newRow("qualified type") << u"type(now) == google.protobuf.Timestamp"_s << b(true);
    QTest::newRow("type names") << u"type(1) == int && type(domain) == string"_s << b(true);
    QTest::newRow("comprehension variable")
        << u"product.ports.all(p, p.name != '' && product.ports.exists(q, q == p))"_s << b(true);
    QTest::newRow("shadowing") << u"[1].all(domain, domain == 1)"_s << b(true);
    // Fields as conditions, missing or not bools in some elements.
    QTest::newRow("all over a missing field") << u"[{'p': true}, {}, {'p': false}].all(m, m.p)"_s << b(false);
    QTest::newRow("exists over a missing field")
        << u"[{'p': false}, {}].exists(m, m.p)"_s << CelValue::error(u"no such key: 'p'"_s);
    QTest::newRow("exists over a field not a bool") << u"[{'p': 1}, {'p': true}].exists(m, m.p)"_s << b(true);
    QTest::newRow("math namespace") << u"math.greatest(1, 2) == 2"_s << b(true);
    QTest::newRow("optional namespace")
        << u"product.?team.orValue('none') == 'none' && optional.of(domain).hasValue()"_s << b(true);
    QTest::newRow("strings extension") << u"domain.upperAscii() == 'SALES'"_s << b(true);
    QTest::newRow("literal regex") << u"product.owner.matches('^pay')"_s << b(true);
    QTest::newRow("computed regex") << u"product.owner.matches(domain.replace('sales', 'ments'))"_s
                                    << b(true);
    QTest::newRow("missing value")
        << u"upstream"_s << CelValue::error(u"no value for variable 'upstream'"_s);
}

void tst_CelEvaluator::declaredEnvironment()
{
    QFETCH(QString, source);
    QFETCH(CelValue, expected);
    const CelEnvironment environment({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s});
    CelSourceError where;
    const auto program = CelProgram::compile(source, environment, &where);
    QVERIFY2(program.ok(), qPrintable(program.error()));

    CelMap port;
    QVERIFY(port.insert(CelValue::fromString(u"name"_s), CelValue::fromString(u"orders"_s)));
    CelMap product;
    QVERIFY(product.insert(CelValue::fromString(u"owner"_s), CelValue::fromString(u"payments"_s)));
    QVERIFY(product.insert(CelValue::fromString(u"ports"_s),
                           CelValue::fromList({CelValue::fromMap(port)})));
    const QHash<QString, CelValue> bindings = {
        {u"product"_s, CelValue::fromMap(product)},
        {u"domain"_s, CelValue::fromString(u"sales"_s)},
        {u"now"_s, CelValue::fromTimestamp({1700000000, 0})},
    };
    QCOMPARE(program->evaluate(bindings), expected);
}

void tst_CelEvaluator::compileErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("reason");

    QTest::newRow("misspelt variable") << u"prodct.owner != ''"_s << 1 << 1 << 0 << 6
                                       << u"undeclared reference to 'prodct'"_s;
    QTest::newRow("second line") << u"product.owner != '' &&\n  size(ownr) > 0"_s << 2 << 8 << 30
                                 << 4 << u"undeclared reference to 'ownr'"_s;
    QTest::newRow("outside its macro")
        << u"product.ports.all(p, true) && p.name != ''"_s << 1 << 31 << 30 << 1
        << u"undeclared reference to 'p'"_s;
    QTest::newRow("unknown method") << u"product.owner.startswith('a')"_s << 1 << 15 << 14 << 10
                                    << u"unknown function 'startswith'"_s;
    QTest::newRow("unknown function")
        << u"frobnicate(1)"_s << 1 << 1 << 0 << 10 << u"unknown function 'frobnicate'"_s;
    QTest::newRow("unknown math function")
        << u"math.sqrt(2.0)"_s << 1 << 6 << 5 << 4 << u"unknown function 'math.sqrt'"_s;
    QTest::newRow("syntax error")
        << u"product.owner = ''"_s << 1 << 15 << 14 << 1 << u"unexpected character '='"_s;
}

void tst_CelEvaluator::compileErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(int, length);
    QFETCH(QString, reason);
    const CelEnvironment environment({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s});
    CelSourceError where;
    const auto program = CelProgram::compile(source, environment, &where);
    QVERIFY(!program.ok());
    QCOMPARE(where.reason, reason);
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
    QCOMPARE(where.offset, offset);
    QCOMPARE(where.length, length);
    QCOMPARE(program.error(),
             u"Syntax error at line %1, column %2: %3"_s.arg(line).arg(column).arg(reason));
    // The open environment accepts the same references and leaves them to evaluation.
    if (!reason.startsWith(u"unexpected"_s))
        QVERIFY(CelProgram::compile(source).ok());
}

void tst_CelEvaluator::limits_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");

    const QString ten = u"[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"_s;
    // 10^9 iterations if nothing stopped it.
    QTest::newRow("exponential map()")
        << ten + u".map(a, "_s + ten + u".map(b, "_s + ten + u".map(c, "_s + ten + u".map(d, "_s
            + ten + u".map(e, "_s + ten + u".map(f, "_s + ten + u".map(g, "_s + ten
            + u".map(h, "_s + ten + u".map(i, i)))))))))"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("exponential all() absorbed by ||")
        << ten + u".all(a, "_s + ten + u".all(b, "_s + ten + u".all(c, "_s + ten + u".all(d, "_s
            + ten + u".all(e, "_s + ten + u".all(f, "_s + ten + u".all(g, "_s + ten
            + u".all(h, true)))))))) || true"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("string doubling")
        << u"['ab']"_s + u".map(s, s + s)"_s.repeated(30) << u"maximum string length"_s;
    QTest::newRow("bytes doubling")
        << u"[b'ab']"_s + u".map(s, s + s)"_s.repeated(30) << u"maximum bytes size"_s;
    QTest::newRow("list concatenation")
        << u"[[1, 2]]"_s + u".map(l, l + l)"_s.repeated(30) << u"maximum list size"_s;
    QTest::newRow("replace growth")
        << u"['a']"_s + u".map(s, s.replace('a', 'aaaaaaaaaa'))"_s.repeated(9)
        << u"maximum string length"_s;
    QTest::newRow("map() growth")
        << u"[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]"_s
            + u".map(l, l.map(x, l)).map(l, l.map(x, x))"_s
        << QString();
    // A million operations on large values: each counts steps in proportion to what it scans
    // or builds, or the first would take minutes and the second some 20 GB.
    const QString thousand = u'[' + QStringList(1000, u"0"_s).join(u',') + u']';
    const QString text = u"["_s + thousand + u".map(i, 'aaaaaaaaaa').join()]"_s;
    QTest::newRow("searching large strings")
        << text + u".map(s, "_s + thousand + u".map(x, "_s + thousand
            + u".map(y, s.contains('aaaaaaaaab'))).size())"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("matching large strings")
        << text + u".map(s, "_s + thousand + u".map(x, "_s + thousand
            + u".map(y, s.matches('(a|b)*c'))).size())"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("concatenating large strings")
        << text + u".map(s, "_s + thousand + u".map(x, "_s + thousand + u".map(y, s + 'b')).size())"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("comparing large lists")
        << thousand + u".map(x, "_s + thousand + u".map(y, "_s + thousand + u" == "_s + thousand + u")).size()"_s
        << u"evaluation exceeded 10000000 steps"_s;
    QTest::newRow("searching large lists")
        << thousand + u".map(x, "_s + thousand + u".map(y, 1 in "_s + thousand + u")).size()"_s
        << u"evaluation exceeded 10000000 steps"_s;
}

void tst_CelEvaluator::chargesLikeTheExplanation()
{
    // Comparing large operands counts the same steps on the inline paths a policy takes as on
    // the general one its explanation takes, so that a failure within the limit is explained
    // within it too; and a macro that compares large variables over and over stops.
    const CelEnvironment environment({u"product"_s});
    CelMap product;
    const QString longText = QString(4000, u'a');
    product.insert(CelValue::fromString(u"s"_s), CelValue::fromString(longText));
    // As long, so that comparing them reads them: strings of different lengths differ at once.
    product.insert(CelValue::fromString(u"t"_s), CelValue::fromString(longText.left(3999) + u'b'));
    QList<CelValue> items;
    for (int i = 0; i < 1000; ++i)
        items.append(CelValue::fromInt(i));
    product.insert(CelValue::fromString(u"items"_s), CelValue::fromList(items));
    const std::vector<CelValue> variables = {CelValue::fromMap(std::move(product))};
    for (const QString &source : {u"product.s == product.t"_s, u"[product.s].all(x, x == product.t)"_s,
                                  u"[product.s, product.t].exists(x, x != product.s && x == product.s)"_s}) {
        auto program = CelProgram::compile(source, environment);
        QVERIFY2(program.ok(), qPrintable(source));
        const auto fewest = [&](auto &&evaluate) {
            for (qint64 steps = 1; steps < 10'000; ++steps) {
                CelLimits limits;
                limits.maxSteps = steps;
                program->setLimits(limits);
                if (!evaluate().isError())
                    return steps;
            }
            return qint64(-1);
        };
        const qint64 outcome = fewest([&] { return program->evaluate(variables); });
        const qint64 explained = fewest([&] { return program->explain(variables).result; });
        QVERIFY2(outcome > 250, qPrintable(source)); // a step per 16 characters compared
        QCOMPARE(explained, outcome);
    }
    auto nested = CelProgram::compile(u"product.items.all(x, product.items.all(y, product.s != product.t))"_s,
                                      environment);
    QVERIFY(nested.ok());
    QCOMPARE(nested->evaluate(variables), CelValue::error(u"evaluation exceeded 10000000 steps"_s));
}

void tst_CelEvaluator::allocationLimit()
{
    // Lists of a thousand elements, a thousand times: 16 MB built, none of it larger than the
    // limits on one value.
    const QString thousand = u'[' + QStringList(1000, u"0"_s).join(u',') + u']';
    auto program = CelProgram::compile(thousand + u".map(x, "_s + thousand + u".map(y, y)).size()"_s);
    QVERIFY(program.ok());
    QCOMPARE(program->evaluate(), CelValue::fromInt(1000));
    CelLimits limits;
    limits.maxAllocation = 8 << 20;
    program->setLimits(limits);
    QCOMPARE(program->evaluate(), CelValue::error(u"evaluation built more than 8 MB of values"_s));
}

void tst_CelEvaluator::limits()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const auto program = CelProgram::compile(source);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    QElapsedTimer timer;
    timer.start();
    const CelValue result = program->evaluate();
    QVERIFY2(timer.elapsed() < 10'000, "the limits stop hostile expressions quickly");
    if (message.isEmpty()) {
        QVERIFY2(!result.isError(), qPrintable(result.debugString()));
        return;
    }
    QVERIFY2(result.isError(), qPrintable(result.debugString().left(200)));
    QVERIFY2(result.stringValue().contains(message), qPrintable(result.stringValue()));
}

namespace {
CelValue productDocument();
}

void tst_CelEvaluator::macroStepsMatchTheGeneralPath()
{
    // all() and exists() decide simple bodies inline. They count the steps the tree walk
    // counted: the fewest steps each expression needs are those it needed before the inline
    // path (commit 42e4f85), and one fewer fails.
    const CelEnvironment environment({u"product"_s});
    const std::vector<CelValue> variables = {CelValue::fromMap(CelMap())};
    const auto b = [](bool v) { return CelValue::fromBool(v); };
    const QList<std::tuple<QString, qint64, CelValue>> cases = {
        {u"[1, 2, 3].all(x, x > 0)"_s, 12, b(true)},
        {u"[0, 'a', 1].exists(x, x > 0)"_s, 14, b(true)},
        {u"[{'p': true}, {}, {'p': false}].all(m, m.p)"_s, 18, b(false)},
        {u"[{'s': {'f': [{'d': 'x'}, {'d': 'y'}]}}, {'s': {'f': [{'d': 'z'}]}}]"
         u".all(p, p.s.f.all(f, f.d != ''))"_s, 43, b(true)},
        {u"{'a': 1, 'b': 2}.all(k, k != '')"_s, 12, b(true)},
        {u"[1, 2, 3].exists(x, x == 3)"_s, 12, b(true)},
        {u"[{'p': false}, {'p': 1}, {'p': true}].exists(m, m.p)"_s, 19, b(true)},
    };
    for (const auto &[source, steps, expected] : cases) {
        auto program = CelProgram::compile(source, environment);
        QVERIFY2(program.ok(), qPrintable(source));
        CelLimits limits;
        limits.maxSteps = steps;
        program->setLimits(limits);
        QCOMPARE(program->evaluate(variables), expected);
        limits.maxSteps = steps - 1;
        program->setLimits(limits);
        QCOMPARE(program->evaluate(variables),
                 CelValue::error(u"evaluation exceeded %1 steps"_s.arg(steps - 1)));
    }
    // Bodies that compare a field path of the element with a literal go straight down the
    // path; any element where that does not decide (a missing field, an element that is not
    // a map, operands without an ordering, the size of a string) goes the general way.
    // Results and the fewest steps are those of the general way (commit 0499b29, and with
    // size() left to the general way).
    const QList<std::tuple<QString, qint64, CelValue>> shortcuts = {
        {u"[{'n': 1}, {'n': 5}].exists(m, 3 < m.n)"_s, 15, b(true)},
        {u"[{'n': 1}, {'n': 5}].all(m, m.n <= 5)"_s, 15, b(true)},
        {u"[{'a': {'b': 'x'}}, {'a': {'b': 'y'}}].exists(m, 'y' == m.a.b)"_s, 20, b(true)},
        {u"[{'a': {'b': 'x'}}, {'a': {}}, {'a': {'b': 'y'}}].exists(m, m.a.b == 'y')"_s, 34, b(true)},
        {u"[{'a': {'b': 'x'}}, {'a': {}}].all(m, m.a.b == 'x')"_s, 26,
         CelValue::error(u"no such key: 'b'"_s)},
        {u"[{'n': 1}, 7, {'n': 2}].exists(m, m.n == 2)"_s, 23, b(true)},
        {u"[{'n': 'a'}, {'n': 2}].exists(m, m.n > 1)"_s, 18, b(true)},
        {u"[{'n': 'a'}, {'n': 0}].all(m, m.n > 1)"_s, 18, b(false)},
        {u"[{'p': true}, {'p': 'x'}, {'p': false}].all(m, m.p)"_s, 19, b(false)},
        {u"[{'p': false}, {'q': true}].exists(m, m.p)"_s, 15, CelValue::error(u"no such key: 'p'"_s)},
        {u"[[{'d': ''}], [{'d': 'x'}]].exists(l, l.all(f, f.d != ''))"_s, 23, b(true)},
        // size() of a path is compared in place too; of a string, or of what has no size,
        // the general way.
        {u"[{'f': [1]}, {'f': []}].all(m, size(m.f) > 0)"_s, 17, b(false)},
        {u"[{'f': {'a': 1}}, {'f': b'xy'}].all(m, 0 < m.f.size())"_s, 20, b(true)},
        {u"[{'f': 'ab'}, {'f': 'abc'}].exists(m, size(m.f) == 3)"_s, 17, b(true)},
        {u"[{'f': 1}, {'f': [1, 2]}].exists(m, size(m.f) == 2)"_s, 16, b(true)},
        {u"size([1, 2]) == size({'a': 1}) + 1"_s, 8, b(true)},
        {u"3 == size('abc')"_s, 3, b(true)},
        {u"size([1]) > 'a' || true"_s, 6, b(true)},
        {u"[{'f': [1]}].all(m, size(m.f) == m.g)"_s, 14, CelValue::error(u"no such key: 'g'"_s)},
    };
    for (const auto &[source, steps, expected] : shortcuts) {
        auto program = CelProgram::compile(source, environment);
        QVERIFY2(program.ok(), qPrintable(source));
        qint64 fewest = -1;
        for (qint64 limit = 1; fewest < 0 && limit < 1000; ++limit) {
            CelLimits limits;
            limits.maxSteps = limit;
            program->setLimits(limits);
            if (program->evaluate(variables) != CelValue::error(u"evaluation exceeded %1 steps"_s.arg(limit)))
                fewest = limit;
        }
        QCOMPARE(program->evaluate(variables), expected);
        QVERIFY2(fewest == steps, qPrintable(u"%1: %2 steps, not %3"_s.arg(source).arg(fewest).arg(steps)));
    }
}

void tst_CelEvaluator::renderAppends()
{
    // Explanations are laid out in buffers the thread reuses: a long one, then a short one,
    // each appended after what `out` holds.
    const CelEnvironment environment({u"product"_s});
    const std::vector<CelValue> variables = {productDocument()};
    const QString longSource = u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != ''))"_s;
    const QString shortSource = u"product.owner != ''"_s;
    const auto longProgram = CelProgram::compile(longSource, environment);
    const auto shortProgram = CelProgram::compile(shortSource, environment);
    QVERIFY(longProgram.ok() && shortProgram.ok());
    const CelExplanation longOne = longProgram->explain(variables);
    const CelExplanation shortOne = shortProgram->explain(variables);
    const QString longAlone = longOne.render(longSource);
    const QString shortAlone = shortOne.render(shortSource);
    QVERIFY(longAlone.size() > shortAlone.size());
    QString out = u"message\n"_s;
    longOne.render(longSource, out);
    QCOMPARE(out, u"message\n"_s + longAlone);
    out = u"other"_s;
    shortOne.render(shortSource, out);
    QCOMPARE(out, u"other"_s + shortAlone);
    QCOMPARE(shortOne.render(shortSource), shortAlone);
}

void tst_CelEvaluator::customLimits()
{
    auto program = CelProgram::compile(u"[1, 2, 3, 4, 5, 6, 7, 8, 9].all(x, x > 0)"_s);
    QVERIFY(program.ok());
    QCOMPARE(program->evaluate(), CelValue::fromBool(true));
    CelLimits limits;
    limits.maxSteps = 20;
    program->setLimits(limits);
    QCOMPARE(program->evaluate(), CelValue::error(u"evaluation exceeded 20 steps"_s));

    limits = {};
    limits.maxListSize = 3;
    program->setLimits(limits);
    QCOMPARE(program->evaluate().stringValue(),
             u"evaluation exceeded the maximum list size of 3 elements"_s);

    auto strings = CelProgram::compile(u"'abc' + 'def'"_s);
    QVERIFY(strings.ok());
    limits = {};
    limits.maxStringLength = 5;
    strings->setLimits(limits);
    QCOMPARE(strings->evaluate().stringValue(),
             u"evaluation exceeded the maximum string length of 5 characters"_s);
}

void tst_CelEvaluator::hostileSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");

    QTest::newRow("10,000 nested parentheses")
        << u"("_s.repeated(10000) + u"1"_s + u")"_s.repeated(10000) << u"nested too deeply"_s;
    QTest::newRow("10,000 nested lists")
        << u"["_s.repeated(10000) + u"]"_s.repeated(10000) << u"nested too deeply"_s;
    QTest::newRow("10,000 nested macros")
        << u"[1].all(x, "_s.repeated(10000) + u"true"_s + u")"_s.repeated(10000)
        << u"too long"_s;
    QTest::newRow("long source") << u"1 + "_s.repeated(50000) + u"1"_s << u"too long"_s;
}

void tst_CelEvaluator::hostileSources()
{
    QFETCH(QString, source);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    CelSourceError where;
    const auto program = CelProgram::compile(source, {}, &where);
    QVERIFY(!program.ok());
    QVERIFY2(where.reason.contains(reason), qPrintable(where.reason));
    QVERIFY(timer.elapsed() < 5'000);
}

namespace {

CelValue productDocument()
{
    const auto s = [](const QString &v) { return CelValue::fromString(v); };
    const auto field = [&](const QString &name, const QString &description, bool pii,
                           bool masked) {
        CelMap f;
        f.insert(s(u"name"_s), s(name));
        f.insert(s(u"description"_s), s(description));
        f.insert(s(u"pii"_s), CelValue::fromBool(pii));
        f.insert(s(u"masked"_s), CelValue::fromBool(masked));
        return CelValue::fromMap(f);
    };
    const auto port = [&](const QString &name, QList<CelValue> fields) {
        CelMap schema;
        schema.insert(s(u"fields"_s), CelValue::fromList(std::move(fields)));
        CelMap p;
        p.insert(s(u"name"_s), s(name));
        p.insert(s(u"schema"_s), CelValue::fromMap(schema));
        return CelValue::fromMap(p);
    };
    CelMap product;
    product.insert(s(u"owner"_s), s(QString()));
    product.insert(s(u"status"_s), s(u"published"_s));
    product.insert(
        s(u"outputPorts"_s),
        CelValue::fromList({port(u"orders_api"_s, {field(u"id"_s, u"Order id"_s, false, false)}),
                            port(u"orders_table"_s,
                                 {field(u"id"_s, u"Order id"_s, false, false),
                                  field(u"email"_s, QString(), true, false)})}));
    return CelValue::fromMap(product);
}

} // namespace

void tst_CelEvaluator::explain_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("rendering");

    QTest::newRow("comparison") << u"product.owner != \"\""_s
                                << u"product.owner != \"\"\n"
                                   u"|       |     |\n"
                                   u"|       \"\"    false\n"
                                   u"{\"owner\": \"\", \"status\": \"published\", \"outputPorts\": [{\"name…"_s;
    QTest::newRow("nested macro")
        << u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != \"\"))"_s
        << u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != \"\"))\n"
           u"|       |           |      | |      |      |      | |           |\n"
           u"|       |           false  | |      |      false  | \"\"          false\n"
           u"|       |                  | |      |             {\"name\": \"email\", \"description\": \"\", \"pii\": true, \"masked\":…\n"
           u"|       |                  | |      [{\"name\": \"id\", \"description\": \"Order id\", \"pii\": false, \"m…\n"
           u"|       |                  | {\"fields\": [{\"name\": \"id\", \"description\": \"Order id\", \"pii\"…\n"
           u"|       |                  {\"name\": \"orders_table\", \"schema\": {\"fields\": [{\"name\": \"id…\n"
           u"|       [{\"name\": \"orders_api\", \"schema\": {\"fields\": [{\"name\": \"id\"…\n"
           u"{\"owner\": \"\", \"status\": \"published\", \"outputPorts\": [{\"name…\n"
           u"p = {\"name\": \"orders_table\", \"schema\": {\"fields\": [{\"name\": \"id…\n"
           u"f = {\"name\": \"email\", \"description\": \"\", \"pii\": true, \"masked\":…"_s;
    QTest::newRow("pii without masking")
        << u"product.outputPorts.all(p,\n  p.schema.fields.all(f, !f.pii || f.masked))"_s
        << u"product.outputPorts.all(p,\n"
           u"|       |           |\n"
           u"|       |           false\n"
           u"|       [{\"name\": \"orders_api\", \"schema\": {\"fields\": [{\"name\": \"id\"…\n"
           u"{\"owner\": \"\", \"status\": \"published\", \"outputPorts\": [{\"name…\n"
           u"  p.schema.fields.all(f, !f.pii || f.masked))\n"
           u"  | |      |      |      || |   |  | |\n"
           u"  | |      |      false  || |   |  | false\n"
           u"  | |      |             || |   |  {\"name\": \"email\", \"description\": \"\", \"pii\": true, \"masked\":…\n"
           u"  | |      |             || |   false\n"
           u"  | |      |             || true\n"
           u"  | |      |             |{\"name\": \"email\", \"description\": \"\", \"pii\": true, \"masked\":…\n"
           u"  | |      |             false\n"
           u"  | |      [{\"name\": \"id\", \"description\": \"Order id\", \"pii\": false, \"m…\n"
           u"  | {\"fields\": [{\"name\": \"id\", \"description\": \"Order id\", \"pii\"…\n"
           u"  {\"name\": \"orders_table\", \"schema\": {\"fields\": [{\"name\": \"id…\n"
           u"p = {\"name\": \"orders_table\", \"schema\": {\"fields\": [{\"name\": \"id…\n"
           u"f = {\"name\": \"email\", \"description\": \"\", \"pii\": true, \"masked\":…"_s;
    QTest::newRow("two clauses") << u"product.status == \"published\" && size(product.outputPorts) > 2"_s
        << u"product.status == \"published\" && size(product.outputPorts) > 2\n"
           u"|       |      |              |  |    |       |            |\n"
           u"|       |      true           |  2    |       |            false\n"
           u"|       \"published\"           false   |       [{\"name\": \"orders_api\", \"schema\": {\"fields\": [{\"name\": \"id\"…\n"
           u"|                                     {\"owner\": \"\", \"status\": \"published\", \"outputPorts\": [{\"name…\n"
           u"{\"owner\": \"\", \"status\": \"published\", \"outputPorts\": [{\"name…"_s;
}

void tst_CelEvaluator::explain()
{
    QFETCH(QString, source);
    QFETCH(QString, rendering);
    const CelEnvironment environment({u"product"_s, u"domain"_s, u"upstream"_s, u"now"_s});
    const auto program = CelProgram::compile(source, environment);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    const std::vector<CelValue> variables = {productDocument(), CelValue::fromString(u"sales"_s),
                                             CelValue::fromList({}), CelValue()};
    const CelExplanation explanation = program->explain(variables);
    QCOMPARE(explanation.result, program->evaluate(variables));
    const QString actual = explanation.render(source);
    if (actual != rendering)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, rendering);
    // What a check keeps of a failure lays out the same.
    QCOMPARE(program->explanationMarks(variables).render(), rendering);
    QCOMPARE(explanation.marks(source).render(), rendering);
}

void tst_CelEvaluator::explainSteps()
{
    const CelEnvironment environment({u"product"_s});
    const QString source = u"product.outputPorts.exists(p, p.name == 'orders_api')"_s;
    const auto program = CelProgram::compile(source, environment);
    QVERIFY(program.ok());
    const std::vector<CelValue> variables = {productDocument()};
    const CelExplanation explanation = program->explain(variables);
    QCOMPARE(explanation.result, CelValue::fromBool(true));
    // Source order; the deciding iteration of exists() is the first port.
    QStringList texts;
    for (const auto &step : explanation.steps)
        texts += step.text;
    QCOMPARE(texts, (QStringList {u"product"_s, u"product.outputPorts"_s,
                                  u"product.outputPorts.exists(p, p.name == 'orders_api')"_s,
                                  u"p"_s, u"p"_s, u"p.name"_s, u"p.name == 'orders_api'"_s}));
    const auto binding = std::find_if(explanation.steps.cbegin(), explanation.steps.cend(),
                                      [](const auto &step) { return step.binding; });
    QVERIFY(binding != explanation.steps.cend());
    QCOMPARE(binding->value.mapValue().find(CelValue::fromString(u"name"_s))->stringValue(),
             u"orders_api"_s);
    QCOMPARE(binding->line, 1);
    QCOMPARE(binding->column, 28);

    // Lines and columns of marks on later lines.
    const auto lines = CelProgram::compile(u"product.outputPorts\n    .exists(p,\n p.name == 'orders_api')"_s,
                                           environment);
    QVERIFY(lines.ok());
    const CelExplanation multiLine = lines->explain(variables);
    QStringList places;
    for (const auto &step : multiLine.steps)
        places += u"%1 %2:%3"_s.arg(step.text).arg(step.line).arg(step.column);
    QCOMPARE(places, (QStringList {u"product 1:1"_s, u"product.outputPorts 1:9"_s,
                                   u"product.outputPorts\n    .exists(p,\n p.name == 'orders_api') 2:6"_s,
                                   u"p 2:13"_s, u"p 3:2"_s, u"p.name 3:4"_s,
                                   u"p.name == 'orders_api' 3:9"_s}));

    // The open environment explains by name, and errors show as such.
    const auto open = CelProgram::compile(u"x.y + 1"_s);
    QVERIFY(open.ok());
    CelMap x;
    x.insert(CelValue::fromString(u"y"_s), CelValue::fromString(u"a"_s));
    const CelExplanation failed = open->explain({{u"x"_s, CelValue::fromMap(x)}});
    QVERIFY(failed.result.isError());
    QCOMPARE(failed.render(u"x.y + 1"_s),
             u"x.y + 1\n"
             u"| | |\n"
             u"| | error: no matching overload for '_+_' applied to (string, int)\n"
             u"| \"a\"\n"
             u"{\"y\": \"a\"}"_s);
}

void tst_CelEvaluator::explainNamesObjectsById()
{
    // Product documents show as their id rather than as their first 60 characters.
    const auto object = [](const QString &id, const QString &status) {
        CelMap map;
        map.insert(CelValue::fromString(u"id"_s), CelValue::fromString(id));
        map.insert(CelValue::fromString(u"classification"_s), CelValue::fromString(u"internal"_s));
        map.insert(CelValue::fromString(u"status"_s), CelValue::fromString(status));
        map.insert(CelValue::fromString(u"owner"_s), CelValue::fromString(QString()));
        return CelValue::fromMap(map);
    };
    const CelEnvironment environment({u"product"_s, u"upstream"_s});
    const auto render = [&](const QString &source, const QList<CelValue> &upstream) {
        const auto program = CelProgram::compile(source, environment);
        if (!program)
            return program.error();
        const std::vector<CelValue> variables = {object(u"customers.loyalty-members"_s, u"published"_s),
                                                 CelValue::fromList(upstream)};
        const QString rendered = program->explain(variables).render(source);
        const QString kept = program->explanationMarks(variables).render();
        return rendered == kept ? rendered : u"explanationMarks() differs: "_s + kept;
    };
    QCOMPARE(render(u"product.owner != ''"_s, {}),
             u"product.owner != ''\n"
             u"|       |     |\n"
             u"|       \"\"    false\n"
             u"{\"id\": \"customers.loyalty-members\", …}"_s);
    const QList<CelValue> two = {object(u"a"_s, u"published"_s), object(u"b"_s, u"retired"_s)};
    QCOMPARE(render(u"upstream.all(u, u.status != 'retired')"_s, two),
             u"upstream.all(u, u.status != 'retired')\n"
             u"|        |      | |      |\n"
             u"|        false  | |      false\n"
             u"|               | \"retired\"\n"
             u"|               {\"id\": \"b\", …}\n"
             u"[{\"id\": \"a\", …}, {\"id\": \"b\", …}]\n"
             u"u = {\"id\": \"b\", …}"_s);
    const QList<CelValue> many = {object(u"customers.loyalty-members"_s, u"published"_s),
                                  object(u"customers.churn-scores"_s, u"published"_s),
                                  object(u"orders.orders"_s, u"deprecated"_s)};
    QCOMPARE(render(u"size(upstream) == 0"_s, many),
             u"size(upstream) == 0\n"
             u"|    |         |\n"
             u"3    |         false\n"
             u"     [{\"id\": \"customers.loyalty-members\", …}, … 3 items]"_s);
}

void tst_CelEvaluator::explanationMarksOutliveTheirValues()
{
    // A check converts each document into an arena, explains a failure, and frees the arena:
    // the marks it keeps must not point into it. Under AddressSanitizer a dangling text fails.
    const CelEnvironment environment({u"product"_s});
    const QString source = u"product.outputPorts.all(p,\n  p.schema.fields.all(f, f.description != ''))"_s;
    const auto program = CelProgram::compile(source, environment);
    QVERIFY(program.ok());
    CelProjection reads;
    reads.member(u"outputPorts").elements().member(u"schema").member(u"fields").elements()
        .member(u"description").setWhole();
    QString whileAlive;
    CelExplanationMarks kept;
    {
        const QByteArray document = QByteArrayLiteral(
            R"({"id": "orders.orders", "outputPorts": [{"name": "api", "schema": {"fields": [)"
            R"({"name": "id", "description": "Order id"}, {"name": "email", "description": ""}]}}]})");
        CelArena arena;
        const QByteArray text = QByteArray::fromRawData(document.constData(), document.size());
        auto product = CelJson::parse(text, reads, arena);
        QVERIFY2(product.ok(), qPrintable(product.error()));
        QVERIFY(!product->isOwned());
        const std::vector<CelValue> variables = {product.value()};
        whileAlive = program->explain(variables).render(source);
        kept = program->explanationMarks(variables);
    }
    // Another explanation since, on the same thread, does not change it either.
    CelMap other;
    other.insert(CelValue::fromString(u"outputPorts"_s), CelValue::fromString(u"not a list"_s));
    QVERIFY(!program->explanationMarks(std::vector<CelValue> {CelValue::fromMap(other)}).isEmpty());
    QCOMPARE(kept.render(), whileAlive);
    QVERIFY2(whileAlive.contains(u"f = {\"name\": \"email\", \"description\": \"\"}"_s), qPrintable(whileAlive));
    QVERIFY2(whileAlive.contains(u"{\"id\": \"orders.orders\", …}"_s), qPrintable(whileAlive));
    QCOMPARE(kept.source(), source);
}

void tst_CelEvaluator::concurrentEvaluation()
{
    // One program, shared by threads: the compiled form is immutable, values are reference
    // counted atomically and computed regular expressions are per evaluation.
    const CelEnvironment environment({u"product"_s});
    const auto program = CelProgram::compile(
        u"product.outputPorts.all(p, p.schema.fields.all(f, f.description != '')) == false"
        u" && product.status.matches('^pub' + 'lished$') && [1, 2, 3].map(x, x * 2)[2] == 6"_s,
        environment);
    QVERIFY2(program.ok(), qPrintable(program.error()));
    const std::vector<CelValue> variables = {productDocument()};
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5000; ++i) {
                if (program->evaluate(variables) != CelValue::fromBool(true))
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void tst_CelEvaluator::debugStrings_data()
{
    // What explanations show of strings: CEL literals, escaped where they must be.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"orders"_s << u"\"orders\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
    QTest::newRow("controls") << u"\n\r\tx\x01"_s << u"\"\\n\\r\\tx\\x01\""_s;
    QTest::newRow("escape last") << u"end\n"_s << u"\"end\\n\""_s;
    QTest::newRow("not ASCII") << u"é中😀"_s << u"\"é中😀\""_s;
}

void tst_CelEvaluator::debugStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(CelValue::fromString(text).debugString(), shown);
}

QTEST_GUILESS_MAIN(tst_CelEvaluator)
#include "tst_celevaluator.moc"
