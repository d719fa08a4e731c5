#include "interop/catalogjson.h"
#include "policy/celarena.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celpacked.h"
#include "policy/celprojection.h"
#include "storage/samplecatalog.h"

#include <QTest>

#include <deque>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CelPacked : public QObject
{
    Q_OBJECT

private slots:
    void readsAsJsonDoes_data();
    void readsAsJsonDoes();
    void refusesWhatJsonRefuses_data();
    void refusesWhatJsonRefuses();
    void projectedAsJsonDoes();
    void droppedText();
    void plansFollowKeysAndProjections();
    void manyKindsOfObjects();
    void rejectsCorruptDocuments();
    void keysNotHashes();
    void leadingId();
};

void tst_CelPacked::readsAsJsonDoes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("null") << "null"_ba;
    QTest::newRow("scalars") << R"([true, false, 0, -1, 42, 1.5, -0.0, 1e300, 5e-324, 2.0])"_ba;
    QTest::newRow("int64 edges") << R"([9223372036854775807, -9223372036854775808])"_ba;
    QTest::newRow("uint beyond int64") << R"([9223372036854775808, 18446744073709551615])"_ba;
    QTest::newRow("strings") << R"(["", "a", "caf\u00e9", "日本語", "😀", "tab\tquote\"\\", "\u0000"])"_ba;
    QTest::newRow("empty containers") << R"({"a": [], "b": {}, "c": [[]], "d": [{}]})"_ba;
    QTest::newRow("keys") << R"({"": 1, "é": 2, "id": "x", "a\"b": 3, "long key of more than twenty-four bytes": 4})"_ba;
    // Lengths of one, two and three bytes.
    QTest::newRow("long strings") << ("[\"" + QByteArray(127, 'a') + "\", \"" + QByteArray(128, 'b') + "\", \""
                                      + QByteArray(20000, 'c') + "\"]");
    QByteArray members = "{";
    for (int i = 0; i < 300; ++i)
        members += QByteArray(i ? "," : "") + "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    QTest::newRow("many members") << members + "}";
    QTest::newRow("deep") << QByteArray(200, '[') + QByteArray(200, ']');
    auto sample = SampleCatalog::load(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(sample);
    QTest::newRow("a product") << CatalogJson::productToJson(sample->products.first());
}

void tst_CelPacked::readsAsJsonDoes()
{
    QFETCH(QByteArray, json);
    const auto expected = CelJson::parse(json);
    QVERIFY2(expected, qPrintable(expected.error()));
    const auto packed = CelPacked::fromJson(json);
    QVERIFY2(packed, qPrintable(packed.error()));
    QCOMPARE(packed->front(), CelPacked::FormatVersion);
    const auto read = CelPacked::read(packed.value());
    QVERIFY2(read, qPrintable(read.error()));
    // Identity: kinds match exactly (an int is not read back as a double), key order too.
    QCOMPARE(read.value(), expected.value());
    QCOMPARE(read->debugString(), expected->debugString());
    // In an arena, through a projection that reads it all.
    CelProjection whole;
    whole.setWhole();
    CelArena arena(256);
    const auto inArena = CelPacked::read(packed.value(), whole, arena, CelJson::Text::Kept);
    QVERIFY2(inArena, qPrintable(inArena.error()));
    QCOMPARE(inArena.value(), expected.value());
}

void tst_CelPacked::refusesWhatJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << ""_ba;
    QTest::newRow("trailing comma") << R"([1, 2,])"_ba;
    QTest::newRow("trailing comma in an object") << R"({"a": 1,})"_ba;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba;
    QTest::newRow("key not a string") << R"({a: 1})"_ba;
    QTest::newRow("key twice") << R"({"a": 1, "b": {"c": 2}, "a": 3})"_ba;
    QTest::newRow("unclosed") << R"({"a": [1, 2)"_ba;
    QTest::newRow("text after") << R"({} x)"_ba;
    QTest::newRow("leading zero") << R"([01])"_ba;
    QTest::newRow("bad literal") << R"([tru])"_ba;
    QTest::newRow("control character") << "[\"a\tb\"]"_ba;
    QTest::newRow("lone surrogate") << R"(["\ud800"])"_ba;
    QTest::newRow("bad escape") << R"(["\q"])"_ba;
    QTest::newRow("invalid UTF-8") << "[\"\xc3\x28\"]"_ba;
    QTest::newRow("unterminated string") << R"(["abc)"_ba;
    QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    QByteArray many = "{";
    for (int i = 0; i < 100; ++i)
        many += "\"k" + QByteArray::number(i) + "\": 0, ";
    QTest::newRow("key twice among many") << many + "\"k50\": 1}";
}

void tst_CelPacked::refusesWhatJsonRefuses()
{
    // Packing reads as strictly as CelJson::parse(), and says so in the same words.
    QFETCH(QByteArray, json);
    const auto parsed = CelJson::parse(json);
    QVERIFY(!parsed);
    const auto packed = CelPacked::fromJson(json);
    QVERIFY(!packed);
    QCOMPARE(packed.error(), parsed.error());
}

void tst_CelPacked::projectedAsJsonDoes()
{
    // What a check reads of the sample's products, and what explanations show of it: the same
    // from either form, partial maps showing their whole objects.
    auto sample = SampleCatalog::load(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(sample);
    CelProjection reads;
    reads.member(u"owner").setWhole();
    reads.member(u"outputPorts").elements().member(u"schema").member(u"fields").elements().member(u"pii").setWhole();
    reads.member(u"slos").setSized();
    reads.member(u"description").member(u"purpose").setWhole();
    int partial = 0;
    for (const DataProduct &product : std::as_const(sample->products)) {
        const QByteArray json = CatalogJson::productToJson(product);
        const QByteArray packed = CelPacked::fromJson(json).value();
        CelArena jsonArena(256);
        CelArena packedArena(256);
        const auto expected = CelJson::parse(json, reads, jsonArena, CelJson::Text::Kept);
        const auto actual = CelPacked::read(packed, reads, packedArena, CelJson::Text::Kept);
        QVERIFY2(actual, qPrintable(actual.error()));
        QCOMPARE(actual.value(), expected.value());
        QVERIFY(actual->mapValue().isPartial());
        // Shown whole: from the packed object, as from the JSON one.
        QCOMPARE(actual->debugString(), expected->debugString());
        QCOMPARE(CelJson::complete(actual.value()), CelJson::parse(json).value());
        const CelValue *ports = actual->mapValue().find(CelValue::fromString(u"outputPorts"_s));
        QVERIFY(ports);
        for (const CelValue &port : ports->listValue()) {
            QVERIFY(port.mapValue().isPartial());
            QVERIFY(CelPacked::isPackedValue(port.mapValue().source()));
            ++partial;
        }
    }
    QVERIFY(partial > 5);
}

void tst_CelPacked::droppedText()
{
    QByteArray packed = CelPacked::fromJson(R"({"id": "orders.orders", "owner": "ann", "ports": [{"name": "a"}]})").value();
    CelProjection reads;
    reads.member(u"owner").setWhole();
    CelArena arena(256, CelArena::Blocks::Exact);
    auto value = CelPacked::read(packed, reads, arena, CelJson::Text::Dropped);
    QVERIFY2(value, qPrintable(value.error()));
    // Nothing refers to the packed bytes any more.
    packed.fill('\xff');
    const CelMap &root = value->mapValue();
    QCOMPARE(root.size(), 2);
    QCOMPARE(*root.find(CelValue::fromString(u"owner"_s)), CelValue::fromString(u"ann"_s));
    QCOMPARE(*root.find(CelValue::fromString(u"id"_s)), CelValue::fromString(u"orders.orders"_s));
    QVERIFY(root.isPartial());
    QVERIFY(root.source().isEmpty());
    QCOMPARE(value->debugString(), uR"({"id": "orders.orders", "owner": "ann", …})"_s);
}

void tst_CelPacked::plansFollowKeysAndProjections()
{
    // Objects of one kind share how they are read; objects with other keys, other projections,
    // and a projection that has since gained members are each read as they are.
    const QByteArray packed = CelPacked::fromJson(R"([
        {"name": "a", "type": "t", "pii": true},
        {"name": "b", "type": "t", "pii": false},
        {"pii": true, "name": "c", "type": "t"},
        {"name": "d", "pii": false}])").value();
    CelProjection reads;
    reads.elements().member(u"name").setWhole();
    const auto names = [&](const CelProjection &projection) {
        CelArena arena(256);
        auto value = CelPacked::read(packed, projection, arena, CelJson::Text::Dropped);
        if (!value)
            return value.error();
        QStringList shown;
        for (const CelValue &item : value->listValue()) {
            QStringList members;
            for (const auto &[key, member] : item.mapValue().entries())
                members.append(key.stringValue() + u'=' + member.debugString());
            shown.append(members.join(u','));
        }
        return shown.join(u' ');
    };
    QCOMPARE(names(reads), uR"(name="a" name="b" name="c" name="d")"_s);
    CelProjection other;
    other.elements().member(u"pii").setWhole();
    QCOMPARE(names(other), u"pii=true pii=false pii=true pii=false"_s);
    // The first projection again, now reading "type" too.
    reads.elements().member(u"type").setWhole();
    QCOMPARE(names(reads), uR"(name="a",type="t" name="b",type="t" name="c",type="t" name="d")"_s);
}

void tst_CelPacked::manyKindsOfObjects()
{
    // More kinds of objects than a thread remembers plans for, in one document and across
    // documents: plans made while reading one are forgotten only between documents.
    QByteArray json = "[";
    for (int i = 0; i < 5000; ++i) {
        json += QByteArray(i ? "," : "") + "{\"id\": " + QByteArray::number(i) + ", \"k" + QByteArray::number(i)
            + "\": {\"v\": " + QByteArray::number(i) + ", \"w\": 0}, \"keep\": " + QByteArray::number(i % 7) + "}";
    }
    json += "]";
    const QByteArray packed = CelPacked::fromJson(json).value();
    CelProjection reads;
    reads.elements().member(u"keep").setWhole();
    for (int round = 0; round < 2; ++round) {
        CelArena jsonArena(256);
        CelArena packedArena(256);
        const auto expected = CelJson::parse(json, reads, jsonArena, CelJson::Text::Dropped);
        const auto actual = CelPacked::read(packed, reads, packedArena, CelJson::Text::Dropped);
        QVERIFY2(actual, qPrintable(actual.error()));
        QCOMPARE(actual->listValue().size(), 5000);
        QCOMPARE(actual.value(), expected.value());
    }
}

void tst_CelPacked::rejectsCorruptDocuments()
{
    auto sample = SampleCatalog::load(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(sample);
    const QByteArray packed = CelPacked::fromJson(CatalogJson::productToJson(sample->products.first())).value();
    CelProjection reads;
    reads.member(u"owner").setWhole();
    reads.member(u"outputPorts").elements().member(u"schema").member(u"fields").elements().member(u"pii").setWhole();
    // Cut anywhere, it reads as an error naming the byte, whole and projected.
    for (qsizetype size = 0; size < packed.size(); ++size) {
        const QByteArray cut = packed.left(size);
        const auto whole = CelPacked::read(cut);
        QVERIFY2(!whole, qPrintable(u"cut to %1 bytes"_s.arg(size)));
        QVERIFY(whole.error().startsWith(u"packed document, byte "_s));
        CelArena arena(256);
        QVERIFY(!CelPacked::read(cut, reads, arena, CelJson::Text::Kept));
    }
    // Any byte changed, it reads as something or fails, and never reads past its end.
    for (qsizetype at = 0; at < packed.size(); ++at) {
        for (const char flip : {'\x01', '\x80', '\xff'}) {
            QByteArray changed = packed;
            changed[at] = char(changed[at] ^ flip);
            (void)CelPacked::read(changed);
            CelArena arena(256);
            (void)CelPacked::read(changed, reads, arena, CelJson::Text::Kept);
        }
    }
    // The same with small and empty objects and arrays, whose lengths take a byte.
    const QByteArray small = CelPacked::fromJson(R"({"a": {}, "b": [{}], "c": {"d": 1}, "e": []})").value();
    for (qsizetype size = 0; size < small.size(); ++size)
        QVERIFY(!CelPacked::read(small.left(size)));
    for (qsizetype at = 0; at < small.size(); ++at) {
        for (const char flip : {'\x01', '\x04', '\x80', '\xff'}) {
            QByteArray changed = small;
            changed[at] = char(changed[at] ^ flip);
            (void)CelPacked::read(changed);
            CelArena arena(256);
            (void)CelPacked::read(changed, reads, arena, CelJson::Text::Kept);
        }
    }
    // An object of 9 bytes whose keys' length takes two: the keys would start past its end.
    const QByteArray past = QByteArray::fromHex("01f90109") + QByteArray(8, '\0') + QByteArray::fromHex("8500");
    QVERIFY(!CelPacked::read(past));
    CelProjection anything;
    anything.member(u"a").setWhole();
    CelArena pastArena(256);
    QCOMPARE(CelPacked::read(past, anything, pastArena, CelJson::Text::Kept).error(),
             u"packed document, byte 13: an object's keys run past its end"_s);
    // A key marked ASCII that is not, and two keys that read as one string.
    const auto object = [](const QList<std::pair<QByteArray, bool>> &keys) -> QByteArray {
        QByteArray names;
        QByteArray values;
        for (const auto &[name, ascii] : keys) {
            names += char(name.size() * 2 + (ascii ? 0 : 1)) + name;
            values += '\xf0';
        }
        const QByteArray body = QByteArray(QByteArray(8, '\0') + char(names.size()) + names + values);
        return QByteArray::fromHex("01f9") + char(keys.size()) + char(body.size()) + body;
    };
    QCOMPARE(CelPacked::read(object({{"a", true}, {"\xe9", true}})).error(),
             u"packed document, byte 15: a key marked ASCII is not"_s);
    const auto sameString = CelPacked::read(object({{"a", true}, {"\xff", false}, {"\xfe", false}}));
    QVERIFY(!sameString);
    QVERIFY2(sameString.error().contains(u"twice"_s), qPrintable(sameString.error()));
    QVERIFY(CelPacked::read(object({{"a", true}, {"\xc3\xa9", false}})));

    QByteArray otherFormat = packed;
    otherFormat[0] = char(CelPacked::FormatVersion + 1);
    QCOMPARE(CelPacked::read(otherFormat).error(), u"packed document, byte 0: not a packed document of format 1"_s);
    QVERIFY(!CelPacked::read(QByteArray(QByteArray(1, CelPacked::FormatVersion) + '\x42')));
    // A count no bytes could hold is not allocated for.
    QVERIFY(!CelPacked::read(QByteArray::fromHex("01f8ffffffffffffffff7f00")));
    // Keys twice, as in no JSON object CelJson reads: object tag, 2 members, 15 bytes of hash,
    // keys' length, keys and values.
    const QByteArray twice = QByteArray::fromHex("01f9020f") + QByteArray(8, '\0') + QByteArray::fromHex("0402") + "a"
        + QByteArray::fromHex("02") + "a" + QByteArray::fromHex("f0f0");
    QCOMPARE(CelPacked::read(twice).error(), uR"(packed document, byte 19: the object has the key "a" twice)"_s);
}

void tst_CelPacked::keysNotHashes()
{
    // Objects are read by their keys, whatever their hash says: here the second object has
    // the first one's hash.
    QByteArray packed = CelPacked::fromJson(R"([{"a": 1, "b": 2}, {"b": 3, "a": 4}])").value();
    const qsizetype first = packed.indexOf("\xf9\x02");
    const qsizetype second = packed.indexOf("\xf9\x02", first + 1);
    QVERIFY(first > 0 && second > first);
    packed.replace(second + 3, 8, packed.mid(first + 3, 8));
    CelProjection reads;
    reads.elements().member(u"a").setWhole();
    CelArena arena(256);
    const auto value = CelPacked::read(packed, reads, arena, CelJson::Text::Dropped);
    QVERIFY2(value, qPrintable(value.error()));
    QCOMPARE(value->debugString(), uR"([{"a": 1, …}, {"a": 4, …}])"_s);
}

void tst_CelPacked::leadingId()
{
    QCOMPARE(CelPacked::leadingId(CelPacked::fromJson(R"({"id": "orders.orders", "x": 1})").value()),
             std::optional(u"orders.orders"_s));
    QCOMPARE(CelPacked::leadingId(CelPacked::fromJson(R"({"id": "köln.stores"})").value()), std::optional(u"köln.stores"_s));
    QCOMPARE(CelPacked::leadingId(CelPacked::fromJson(R"({"name": "x", "id": "y"})").value()), std::nullopt);
    QCOMPARE(CelPacked::leadingId(CelPacked::fromJson(R"({"id": 7})").value()), std::nullopt);
    QCOMPARE(CelPacked::leadingId(CelPacked::fromJson(R"(["id"])").value()), std::nullopt);
    const QByteArray packed = CelPacked::fromJson(R"({"id": "orders.orders"})").value();
    for (qsizetype size = 0; size < packed.size(); ++size)
        QCOMPARE(CelPacked::leadingId(packed.left(size)), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_CelPacked)
#include "tst_celpacked.moc"
