#include "interop/catalogjson.h"
#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celprojection.h"
#include "policy/celmap.h"
#include "policy/celstringpool.h"
#include "storage/samplecatalog.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using Json = nlohmann::json;

Q_DECLARE_METATYPE(Tessera::CelValue)

namespace {

// Equal values, maps compared as maps: parse keeps the document's key order where
// nlohmann's tree (and so fromJson) sorts keys.
bool sameValue(const CelValue &a, const CelValue &b)
{
    if (a.kind() == CelValue::Kind::Map && b.kind() == CelValue::Kind::Map) {
        if (a.mapValue().size() != b.mapValue().size())
            return false;
        for (const auto &[key, value] : a.mapValue().entries()) {
            const CelValue *other = b.mapValue().find(key);
            if (!other || !sameValue(value, *other))
                return false;
        }
        return true;
    }
    if (a.kind() == CelValue::Kind::List && b.kind() == CelValue::Kind::List) {
        const QList<CelValue> &x = a.listValue();
        const QList<CelValue> &y = b.listValue();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

// CelJson::parse reads stored documents straight into CEL values; it must give what fromJson
// gives on nlohmann's tree (but for the order of keys), and refuse what strict JSON refuses.
class tst_CelJson : public QObject
{
    Q_OBJECT

private slots:
    void parseMatchesFromJson_data();
    void parseMatchesFromJson();
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void rejects_data();
    void rejects();
    void nestingLimit();
    void keepsKeyOrder();
    void keysArePooled();
    void sampleDocuments();
    void arenaMatchesHeap_data();
    void arenaMatchesHeap();
    void arenaRejects_data();
    void arenaRejects();
    void arenaMapsCopyOnWrite();
    void exactArenaStaysSmall();
};

void tst_CelJson::parseMatchesFromJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("null") << "null"_ba;
    QTest::newRow("true") << "true"_ba;
    QTest::newRow("false") << " false "_ba;
    QTest::newRow("empty array") << "[]"_ba;
    QTest::newRow("empty object") << "{ }"_ba;
    QTest::newRow("array") << "[1, -2, 3.5, \"x\", null, true, [], {}]"_ba;
    QTest::newRow("object") << "{\"b\": 1, \"a\": {\"c\": [1, {\"d\": \"e\"}]}, \"z\": null}"_ba;
    QTest::newRow("whitespace") << " \t\r\n{ \"a\" :\n[ 1 ,2 ] }\n"_ba;
    QTest::newRow("big ints") << "[9223372036854775807, -9223372036854775808, 9223372036854775808, 18446744073709551615, 18446744073709551616, -9223372036854775809]"_ba;
    QTest::newRow("doubles") << "[0.5, -0.0, 1e3, 1E-3, 2.5e+2, 123456789.123456789, 1e308]"_ba;
    QTest::newRow("escapes") << R"(["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u4e2d", "\ud83d\ude00", "a\u0000b"])"_ba;
    QTest::newRow("utf-8") << "[\"é中😀\", \"naïve\"]"_ba;
    QTest::newRow("long strings") << ("[\"" + QByteArray(100, 'x') + "\", {\"" + QByteArray(80, 'k') + "\": 1}]");
}

void tst_CelJson::parseMatchesFromJson()
{
    QFETCH(QByteArray, text);
    const auto parsed = CelJson::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const CelValue expected = CelJson::fromJson(Json::parse(text.constBegin(), text.constEnd()));
    QVERIFY2(sameValue(*parsed, expected), qPrintable(parsed->debugString()));
}

void tst_CelJson::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<CelValue>("expected");
    QTest::newRow("zero") << "0"_ba << CelValue::fromInt(0);
    QTest::newRow("minus zero int") << "-0"_ba << CelValue::fromInt(0);
    QTest::newRow("int") << "42"_ba << CelValue::fromInt(42);
    QTest::newRow("negative") << "-42"_ba << CelValue::fromInt(-42);
    QTest::newRow("int64 max") << "9223372036854775807"_ba << CelValue::fromInt(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << "-9223372036854775808"_ba << CelValue::fromInt(std::numeric_limits<qint64>::min());
    QTest::newRow("uint") << "9223372036854775808"_ba << CelValue::fromUint(9223372036854775808ull);
    QTest::newRow("uint64 max") << "18446744073709551615"_ba << CelValue::fromUint(std::numeric_limits<quint64>::max());
    QTest::newRow("beyond uint64") << "18446744073709551616"_ba << CelValue::fromDouble(18446744073709551616.0);
    QTest::newRow("below int64") << "-9223372036854775809"_ba << CelValue::fromDouble(-9223372036854775809.0);
    QTest::newRow("fraction") << "0.25"_ba << CelValue::fromDouble(0.25);
    QTest::newRow("exponent") << "1e2"_ba << CelValue::fromDouble(100);
    QTest::newRow("minus zero") << "-0.0"_ba << CelValue::fromDouble(-0.0);
    QTest::newRow("overflow") << "1e400"_ba << CelValue::fromDouble(std::numeric_limits<double>::infinity());
    QTest::newRow("negative overflow") << "-1e400"_ba << CelValue::fromDouble(-std::numeric_limits<double>::infinity());
    QTest::newRow("underflow") << "1e-400"_ba << CelValue::fromDouble(0.0);
}

void tst_CelJson::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(CelValue, expected);
    const auto parsed = CelJson::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed->kind(), expected.kind());
    QVERIFY2(*parsed == expected, qPrintable(parsed->debugString()));
    if (expected.kind() == CelValue::Kind::Double)
        QCOMPARE(std::signbit(parsed->doubleValue()), std::signbit(expected.doubleValue()));
}

void tst_CelJson::strings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "\"abc\""_ba << u"abc"_s;
    QTest::newRow("empty") << "\"\""_ba << QString();
    QTest::newRow("quote and backslash") << R"("a\"b\\c")"_ba << u"a\"b\\c"_s;
    QTest::newRow("solidus") << R"("a\/b")"_ba << u"a/b"_s;
    QTest::newRow("controls") << R"("\b\f\n\r\t")"_ba << u"\b\f\n\r\t"_s;
    QTest::newRow("bmp escape") << R"("\u00e9\u4E2D")"_ba << u"é中"_s;
    QTest::newRow("surrogate pair") << R"("\ud83d\ude00!")"_ba << u"😀!"_s;
    QTest::newRow("nul") << R"("a\u0000b")"_ba << QString(u"a\0b"_s);
    QTest::newRow("utf-8") << "\"é中😀\""_ba << u"é中😀"_s;
    QTest::newRow("utf-8 then escape") << "\"é\\n中\""_ba << u"é\n中"_s;
    // Read eight bytes at a time: what ends a run at every offset of a word.
    QTest::newRow("long plain") << "\"abcdefghijklmnopqrstuvwxyz0123456789\""_ba
                                << u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
    QTest::newRow("escape in the second word") << R"("abcdefghij\"klmnop")"_ba << u"abcdefghij\"klmnop"_s;
    QTest::newRow("escape at a word's end") << R"("abcdefg\\hijklmn")"_ba << u"abcdefg\\hijklmn"_s;
    QTest::newRow("utf-8 after a word") << "\"abcdefghé and more text\""_ba << u"abcdefghé and more text"_s;
    QTest::newRow("utf-8 across words") << "\"abcdef中ghijklmnopq\""_ba << u"abcdef中ghijklmnopq"_s;
    QTest::newRow("DEL and tilde") << "\"abcdefgh\x7f~ijklmnopq\""_ba << u"abcdefgh\x7f~ijklmnopq"_s;
}

void tst_CelJson::strings()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    // Twice: the second read may come from the thread's recent strings.
    for (int i = 0; i < 2; ++i) {
        const auto parsed = CelJson::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->kind(), CelValue::Kind::String);
        QCOMPARE(parsed->stringValue(), expected);
    }
}

void tst_CelJson::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << ""_ba << u"JSON line 1, column 1: expected a JSON value, found the end"_s;
    QTest::newRow("space only") << "  \n "_ba << u"JSON line 2, column 2: expected a JSON value, found the end"_s;
    QTest::newRow("trailing comma in array") << "[1,]"_ba << u"JSON line 1, column 4: expected a JSON value"_s;
    QTest::newRow("trailing comma in object") << "{\"a\": 1,}"_ba << u"JSON line 1, column 9: expected a string key"_s;
    QTest::newRow("missing comma") << "[1 2]"_ba << u"JSON line 1, column 4: expected ',' or ']'"_s;
    QTest::newRow("unclosed object") << "{\"a\": 1"_ba << u"JSON line 1, column 8: expected ',' or '}'"_s;
    QTest::newRow("missing colon") << "{\"a\" 1}"_ba << u"JSON line 1, column 6: expected ':'"_s;
    QTest::newRow("number key") << "{1: 2}"_ba << u"JSON line 1, column 2: expected a string key"_s;
    QTest::newRow("leading zero") << "01"_ba << u"JSON line 1, column 2: a number cannot start with 0"_s;
    QTest::newRow("bare minus") << "-"_ba << u"JSON line 1, column 2: expected a digit"_s;
    QTest::newRow("plus") << "+1"_ba << u"JSON line 1, column 1: expected a JSON value"_s;
    QTest::newRow("no fraction digits") << "1."_ba << u"JSON line 1, column 3: expected a digit after the decimal point"_s;
    QTest::newRow("no exponent digits") << "1e+"_ba << u"JSON line 1, column 4: expected a digit in the exponent"_s;
    QTest::newRow("leading dot") << ".5"_ba << u"JSON line 1, column 1: expected a JSON value"_s;
    QTest::newRow("nan") << "NaN"_ba << u"JSON line 1, column 1: expected a JSON value"_s;
    QTest::newRow("bad literal") << "[tru]"_ba << u"JSON line 1, column 2: expected a JSON value"_s;
    QTest::newRow("text after") << "{} {}"_ba << u"JSON line 1, column 4: unexpected text after the JSON value"_s;
    QTest::newRow("unterminated string") << "[\"abc"_ba << u"JSON line 1, column 2: the string does not end"_s;
    QTest::newRow("raw newline") << "\"a\nb\""_ba << u"JSON line 1, column 3: a control character in a string must be escaped"_s;
    QTest::newRow("raw tab after a word") << "\"abcdefghij\tk\""_ba << u"JSON line 1, column 12: a control character in a string must be escaped"_s;
    QTest::newRow("unterminated long string") << "[\"abcdefghijklmnopqrstuvwxyz"_ba << u"JSON line 1, column 2: the string does not end"_s;
    QTest::newRow("invalid utf-8 after a word") << "\"abcdefghij\xff\""_ba << u"JSON line 1, column 12: invalid UTF-8"_s;
    QTest::newRow("bad escape") << R"("a\x")"_ba << u"JSON line 1, column 3: invalid escape"_s;
    QTest::newRow("short \\u") << R"("\u12")"_ba << u"JSON line 1, column 2: \\u needs four hexadecimal digits"_s;
    QTest::newRow("lone high surrogate") << R"("\ud83d")"_ba << u"JSON line 1, column 2: a high surrogate without a low one after it"_s;
    QTest::newRow("high then bmp") << R"("\ud83d\u0041")"_ba << u"JSON line 1, column 2: a high surrogate without a low one after it"_s;
    QTest::newRow("lone low surrogate") << R"("x\ude00")"_ba << u"JSON line 1, column 3: a low surrogate without a high one before it"_s;
    QTest::newRow("invalid utf-8") << "\"a\xff\""_ba << u"JSON line 1, column 3: invalid UTF-8"_s;
    QTest::newRow("overlong utf-8") << "\"\xc0\xaf\""_ba << u"JSON line 1, column 2: invalid UTF-8"_s;
    QTest::newRow("utf-8 surrogate") << "\"\xed\xa0\x80\""_ba << u"JSON line 1, column 2: invalid UTF-8"_s;
    QTest::newRow("truncated utf-8") << "\"\xe4\xb8\""_ba << u"JSON line 1, column 2: invalid UTF-8"_s;
    QTest::newRow("duplicate key") << "[0, {\"a\": 1, \"a\": 2}]"_ba << u"JSON line 1, column 5: the object has the key \"a\" twice"_s;
    QTest::newRow("position on a later line") << "{\n  \"é\": [1,\n  x]}"_ba << u"JSON line 3, column 3: expected a JSON value"_s;
    QTest::newRow("comment") << "[1] // no"_ba << u"JSON line 1, column 5: unexpected text after the JSON value"_s;
}

void tst_CelJson::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto parsed = CelJson::parse(text);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->debugString() : QString()));
    QCOMPARE(parsed.error(), error);
    // nlohmann agrees that it is not JSON (it keeps the last of repeated keys instead).
    if (QByteArray(QTest::currentDataTag()) != "duplicate key")
        QVERIFY(Json::parse(text.constBegin(), text.constEnd(), nullptr, false).is_discarded());
}

void tst_CelJson::nestingLimit()
{
    const auto nested = [](int depth) -> QByteArray {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    QVERIFY(CelJson::parse(nested(CelJson::MaxDepth)));
    const auto tooDeep = CelJson::parse(nested(CelJson::MaxDepth + 1));
    QVERIFY(!tooDeep);
    QCOMPARE(tooDeep.error(), u"JSON line 1, column 513: nested more than 512 levels deep"_s);
    // Far deeper input fails the same way instead of exhausting the stack.
    QVERIFY(!CelJson::parse(QByteArray(1'000'000, '[')));
    QVERIFY(!CelJson::parse(QByteArray(100'000, '{')));
}

void tst_CelJson::keepsKeyOrder()
{
    const auto parsed = CelJson::parse(R"({"b": 1, "a": 2, "c": 3})"_ba);
    QVERIFY(parsed);
    QCOMPARE(parsed->debugString(), uR"({"b": 1, "a": 2, "c": 3})"_s);
}

void tst_CelJson::keysArePooled()
{
    const auto parsed = CelJson::parse("{\"owner\": \"owner\"}"_ba);
    QVERIFY(parsed);
    const auto &[key, value] = parsed->mapValue().entries().constFirst();
    QCOMPARE(key.stringValue().constData(), CelStringPool::intern(u"owner").constData());
    // Borrowed from the pool, which keeps it for ever: nothing to count.
    QVERIFY(!key.isOwned());
    QVERIFY(value.isOwned());
    const CelValue *found = parsed->mapValue().findField(u"owner", CelMap::hashOf(u"owner"));
    QVERIFY(found);
    QCOMPARE(found->stringValue(), u"owner"_s);
}

void tst_CelJson::sampleDocuments()
{
    auto sample = SampleCatalog::load();
    QVERIFY(sample);
    QVERIFY(!sample->products.isEmpty());
    for (const DataProduct &product : std::as_const(sample->products)) {
        const QByteArray document = CatalogJson::productToJson(product);
        const auto parsed = CelJson::parse(document);
        QVERIFY2(parsed, qPrintable(product.id));
        const CelValue expected = CelJson::fromJson(Json::parse(document.constBegin(), document.constEnd()));
        QVERIFY2(sameValue(*parsed, expected), qPrintable(product.id));
        // In the document's order: the id first.
        QCOMPARE(parsed->mapValue().entries().constFirst().first.stringValue(), u"id"_s);
    }
}

namespace {

const CelProjection &wholeDocument()
{
    static const CelProjection whole = [] {
        CelProjection p;
        p.setWhole();
        return p;
    }();
    return whole;
}

// Whether any string, list or map in `value` holds a reference: none may, in an arena.
bool ownsAnything(const CelValue &value)
{
    if (value.isOwned())
        return true;
    if (value.kind() == CelValue::Kind::List) {
        for (const CelValue &item : value.listValue()) {
            if (ownsAnything(item))
                return true;
        }
    }
    if (value.kind() == CelValue::Kind::Map) {
        for (const auto &[key, item] : value.mapValue().entries()) {
            if (ownsAnything(key) || ownsAnything(item))
                return true;
        }
    }
    return false;
}

} // namespace

void tst_CelJson::arenaMatchesHeap_data()
{
    parseMatchesFromJson_data();
    QByteArray big = "{";
    for (int i = 0; i < 40; ++i)
        big += (i ? ", " : "") + "\"key"_ba + QByteArray::number(i) + "\": [" + QByteArray::number(i) + "]";
    QTest::newRow("big object") << big + "}";
}

void tst_CelJson::arenaMatchesHeap()
{
    // Read into an arena, the same values as on the heap; none of them counts references,
    // so that the arena can be dropped at once.
    QFETCH(QByteArray, text);
    const auto heap = CelJson::parse(text);
    QVERIFY(heap);
    for (int i = 0; i < 2; ++i) {
        CelArena arena(64); // small: the arena grows
        const auto parsed = CelJson::parse(text, wholeDocument(), arena);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QVERIFY2(*parsed == *heap, qPrintable(parsed->debugString()));
        QVERIFY(!ownsAnything(*parsed));
        if (parsed->kind() == CelValue::Kind::Map) {
            for (const auto &[key, value] : heap->mapValue().entries()) {
                const CelValue *found = parsed->mapValue().findField(key.stringValue(),
                                                                     CelMap::hashOf(key.stringValue()));
                QVERIFY2(found && *found == value, qPrintable(key.stringValue()));
            }
        }
    }
}

void tst_CelJson::arenaRejects_data()
{
    rejects_data();
    QByteArray big = "{";
    for (int i = 0; i < 20; ++i)
        big += "\"k"_ba + QByteArray::number(i) + "\": 1, ";
    QTest::newRow("duplicate key in a big object")
        << big + "\"k7\": 2}" << u"JSON line 1, column 1: the object has the key \"k7\" twice"_s;
}

void tst_CelJson::arenaRejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    CelArena arena;
    const auto parsed = CelJson::parse(text, wholeDocument(), arena);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->debugString() : QString()));
    QCOMPARE(parsed.error(), error);
    QCOMPARE(CelJson::parse(text).error(), error);
}

void tst_CelJson::arenaMapsCopyOnWrite()
{
    // A map from an arena, copied and changed, leaves the original as it was.
    QByteArray text = "{";
    for (int i = 0; i < 12; ++i)
        text += (i ? ", " : "") + "\"k"_ba + QByteArray::number(i) + "\": " + QByteArray::number(i);
    text += "}";
    CelArena arena;
    const auto parsed = CelJson::parse(text, wholeDocument(), arena);
    QVERIFY(parsed);
    CelMap copy = parsed->mapValue();
    QVERIFY(copy.insert(CelValue::fromString(u"extra"_s), CelValue::fromInt(99)));
    QVERIFY(!copy.insert(CelValue::fromString(u"k3"_s), CelValue::fromInt(0)));
    QCOMPARE(copy.size(), 13);
    QCOMPARE(parsed->mapValue().size(), 12);
    QVERIFY(!parsed->mapValue().contains(CelValue::fromString(u"extra"_s)));
    for (int i = 0; i < 12; ++i) {
        const CelValue key = CelValue::fromString(u"k%1"_s.arg(i));
        QCOMPARE(*parsed->mapValue().find(key), CelValue::fromInt(i));
        QCOMPARE(*copy.find(key), CelValue::fromInt(i));
    }
    QCOMPARE(*copy.find(CelValue::fromString(u"extra"_s)), CelValue::fromInt(99));
}

void tst_CelJson::exactArenaStaysSmall()
{
    // An arena of exact blocks grows by exact blocks: a document kept small does not end in
    // a 16 kB pooled block when it needs a little more than it was given.
    CelArena exact(256, CelArena::Blocks::Exact);
    for (int i = 0; i < 10; ++i)
        QVERIFY(exact.allocate(100));
    QVERIFY(exact.used() >= 1000);
    QVERIFY2(exact.reserved() < 2048, qPrintable(QString::number(exact.reserved())));
    CelArena pooled(256);
    QVERIFY(pooled.reserved() >= 16 * 1024 - 64);
}

QTEST_GUILESS_MAIN(tst_CelJson)
#include "tst_celjson.moc"
