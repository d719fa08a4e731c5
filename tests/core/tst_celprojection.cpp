#include "governance/compiledpolicy.h"
#include "governance/policyvariables.h"
#include "interop/catalogjson.h"
#include "policy/celarena.h"
#include "policy/celexplanation.h"
#include "policy/celjson.h"
#include "policy/celmap.h"
#include "policy/celpacked.h"
#include "policy/celprogram.h"
#include "policy/celprojection.h"
#include "storage/samplecatalog.h"

#include <QTest>

#include <array>
#include <deque>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CelProjection : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void upstreamReads();
    void partialObjects();
    void droppedText();
    void skipsTrickyValues();
    void rejectsBrokenSkippedValues();
    void matchesKeysHoweverWritten();
    void findsMembersByName();
    void keysInAnyOrder();
    void keyOrderNeverLeaks();
    void sameResultsAsWholeDocuments();

private:
    static CelProjection readsOf(const QString &rule, CelProjection *upstream = nullptr);
};

CelProjection tst_CelProjection::readsOf(const QString &rule, CelProjection *upstream)
{
    Policy policy;
    policy.id = u"p"_s;
    policy.rule = rule;
    const CompiledPolicy compiled(policy);
    if (!compiled.compileError().isEmpty())
        qWarning("%s", qPrintable(compiled.compileError()));
    CelProjection product;
    CelProjection upstreamReads;
    compiled.addReads(product, upstream ? *upstream : upstreamReads);
    return product;
}

void tst_CelProjection::reads_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reads");
    QTest::newRow("a field") << u"product.owner != ''"_s << u"{owner: *}"_s;
    QTest::newRow("has() needs presence only") << u"has(product.schema)"_s << u"{schema}"_s;
    QTest::newRow("nested macros")
        << u"product.outputPorts.all(p, p.schema.fields.all(f, f.pii == false))"_s
        << u"{outputPorts: [{schema: {fields: [{pii: *}]}}]}"_s;
    QTest::newRow("outer variable inside inner macro")
        << u"product.outputPorts.exists(p, p.schema.fields.all(f, has(f.description) && p.type == 'table'))"_s
        << u"{outputPorts: [{schema: {fields: [{description}]}, type: *}]}"_s;
    QTest::newRow("filter returns the elements themselves")
        << u"product.outputPorts.filter(p, p.type == 'table').all(q, has(q.schema))"_s
        << u"{outputPorts: *}"_s;
    QTest::newRow("size() reads the count") << u"size(product.slos) > 0"_s << u"{slos: #}"_s;
    QTest::newRow("size() and elements")
        << u"product.outputPorts.all(p, p.schema.fields.size() > 0 && p.schema.fields.all(f, f.pii == false))"_s
        << u"{outputPorts: [{schema: {fields: #[{pii: *}]}}]}"_s;
    QTest::newRow("literal indexes")
        << u"product['tags'][0] == 'a' && product.outputPorts[1].name == 'x'"_s
        << u"{tags: [*], outputPorts: [{name: *}]}"_s;
    QTest::newRow("iterating an object reads its keys")
        << u"product.customProperties.all(k, k != '')"_s << u"{customProperties: [*]}"_s;
    QTest::newRow("a computed index reads the whole value")
        << u"product.customProperties[product.owner] == 1"_s
        << u"{customProperties: *, owner: *}"_s;
    QTest::newRow("the document itself") << u"product == product"_s << u"*"_s;
    QTest::newRow("values passed on") << u"size([product.a, product.b.c]) == 2"_s
                                      << u"{a: *, b: {c: *}}"_s;
    QTest::newRow("map() transforms are read whole")
        << u"product.outputPorts.map(p, p.schema).all(s, has(s.fields))"_s
        << u"{outputPorts: [{schema: *}]}"_s;
    QTest::newRow("a shadowed variable")
        << u"product.outputPorts.all(p, [1].all(p, p > 0) && p.name != '')"_s
        << u"{outputPorts: [{name: *}]}"_s;
    QTest::newRow("optional selection") << u"product.?sunsetDate.orValue('') != ''"_s
                                        << u"{sunsetDate: *}"_s;
}

void tst_CelProjection::reads()
{
    QFETCH(QString, rule);
    QFETCH(QString, reads);
    QCOMPARE(readsOf(rule).debugString(), reads);
}

void tst_CelProjection::upstreamReads()
{
    CelProjection upstream;
    const CelProjection product =
        readsOf(u"product.status != 'published' || upstream.all(u, u.status != 'retired')"_s, &upstream);
    QCOMPARE(product.debugString(), u"{status: *}"_s);
    QCOMPARE(upstream.debugString(), u"[{status: *}]"_s);

    CelProjection counted;
    QCOMPARE(readsOf(u"size(upstream) < 3"_s, &counted).debugString(), u"{}"_s);
    QCOMPARE(counted.debugString(), u"#"_s);
    CelProjection compared;
    readsOf(u"upstream == []"_s, &compared);
    QCOMPARE(compared.debugString(), u"*"_s);
}

void tst_CelProjection::partialObjects()
{
    const QByteArray text = R"({"id": "orders.orders", "owner": "ann", "big": {"x": [1, 2, {"y": "z"}]},
        "ports": [{"name": "a", "schema": {"fields": [{"pii": true, "name": "email"}]}},
                  {"name": "b", "schema": {"fields": []}}]})"_ba;
    CelProjection reads;
    reads.member(u"owner").setWhole();
    reads.member(u"ports").elements().member(u"schema").member(u"fields").elements().member(u"pii").setWhole();
    auto partial = CelJson::parse(text, reads);
    QVERIFY2(partial, qPrintable(partial.error()));
    const CelMap &root = partial->mapValue();
    // "id" always stays: it names the object wherever an explanation shows it.
    QCOMPARE(root.size(), 3);
    QVERIFY(root.isPartial());
    QVERIFY(!root.contains(CelValue::fromString(u"big"_s)));
    const CelValue ports = *root.find(CelValue::fromString(u"ports"_s));
    QCOMPARE(ports.listValue().size(), 2);
    const CelValue port = ports.listValue().first();
    QCOMPARE(port.mapValue().size(), 1);
    QVERIFY(port.mapValue().isPartial());
    const CelValue fields = *port.mapValue().find(CelValue::fromString(u"schema"_s))->mapValue().find(
        CelValue::fromString(u"fields"_s));
    QCOMPARE(fields.listValue().first().mapValue().size(), 1);

    // Shown, a partial map is the whole object it was read from.
    auto whole = CelJson::parse(text);
    QVERIFY(whole);
    QCOMPARE(partial->debugString(), whole->debugString());
    QCOMPARE(port.debugString(), whole->mapValue().find(CelValue::fromString(u"ports"_s))->listValue().first().debugString());
    QCOMPARE(CelJson::complete(port), whole->mapValue().find(CelValue::fromString(u"ports"_s))->listValue().first());

    // An object whose members are all read is not partial.
    CelProjection all;
    all.member(u"name").setWhole();
    all.member(u"schema").setWhole();
    auto port2 = CelJson::parse(R"({"name": "b", "schema": {}})"_ba, all);
    QVERIFY(port2);
    QVERIFY(!port2->mapValue().isPartial());
}

void tst_CelProjection::droppedText()
{
    // Read without keeping its text, a document holds only what was read, refers to nothing
    // of the text, and still shows as its id with more members than it holds.
    QByteArray text = R"({"id": "orders.orders", "owner": "ann", "ports": [{"name": "a"}]})"_ba;
    text.detach();
    CelProjection reads;
    reads.member(u"owner").setWhole();
    CelArena arena(256, CelArena::Blocks::Exact);
    auto value = CelJson::parse(text, reads, arena, CelJson::Text::Dropped);
    QVERIFY2(value, qPrintable(value.error()));
    text.fill(' ');
    const CelMap &root = value->mapValue();
    QCOMPARE(root.size(), 2);
    QCOMPARE(*root.find(CelValue::fromString(u"owner"_s)), CelValue::fromString(u"ann"_s));
    QCOMPARE(*root.find(CelValue::fromString(u"id"_s)), CelValue::fromString(u"orders.orders"_s));
    QVERIFY(root.isPartial());
    QVERIFY(root.source().isEmpty());
    QCOMPARE(CelJson::complete(*value), *value);
    QString shown;
    CelExplanation::appendShown(shown, CelValue::fromList({*value}));
    QCOMPARE(shown, uR"([{"id": "orders.orders", …}])"_s);
    // The same with only the id read: still more than it holds.
    auto idOnly = CelJson::parse(R"({"id": "x", "owner": "ann"})"_ba, CelProjection(), arena, CelJson::Text::Dropped);
    QVERIFY(idOnly);
    QCOMPARE(idOnly->mapValue().size(), 1);
    shown.clear();
    CelExplanation::appendShown(shown, *idOnly);
    QCOMPARE(shown, uR"({"id": "x", …})"_s);
    // Without an id, it shows what it holds, and that it holds less than there was.
    CelProjection ports;
    ports.member(u"ports").elements().member(u"name").setWhole();
    auto nested = CelJson::parse(R"({"ports": [{"name": "a", "type": "table"}]})"_ba, ports, arena,
                                 CelJson::Text::Dropped);
    QVERIFY(nested);
    const CelValue port = nested->mapValue().find(CelValue::fromString(u"ports"_s))->listValue().first();
    shown.clear();
    CelExplanation::appendShown(shown, port);
    QCOMPARE(shown, uR"({"name": "a", …})"_s);
    QCOMPARE(port.debugString(), uR"({"name": "a", …})"_s);
}

void tst_CelProjection::skipsTrickyValues()
{
    // Skipped strings with escaped quotes, backslashes and brackets; numbers and literals
    // next to the closing brace; deep nesting.
    const QByteArray text = R"({"a": "x\"}]\\", "b": -1.5e3, "c": [[{"d": "]"}], {}], "e":true,"f":null,
        "g" : { "h" : [ "\\\"" ] } , "i": "sixteen bytes...\\\"then more than sixteen\\\\",
        "j": ["0123456789abcde\\\\", "0123456789abcdef0123456789abcd\\\"", "é and ü, then \\u0022 and more text"],
        "keep": "yes", "z": 12})"_ba;
    CelProjection reads;
    reads.member(u"keep").setWhole();
    auto value = CelJson::parse(text, reads);
    QVERIFY2(value, qPrintable(value.error()));
    QCOMPARE(value->mapValue().size(), 1);
    QCOMPARE(value->mapValue().find(CelValue::fromString(u"keep"_s))->stringValue(), u"yes"_s);
    auto whole = CelJson::parse(text);
    QVERIFY(whole);
    QCOMPARE(CelJson::complete(*value), *whole);
}

void tst_CelProjection::rejectsBrokenSkippedValues()
{
    CelProjection reads;
    reads.member(u"keep").setWhole();
    for (const QByteArray &text : {R"({"skip": "never ends})"_ba, R"({"skip": [1, 2)"_ba,
                                   R"({"skip": "longer than sixteen bytes, never ends\"})"_ba,
                                   R"({"skip": "0123456789abcdef0123456789abcde\)"_ba,
                                   R"({"skip": , "keep": 1})"_ba, R"({"keep": 1, "skip": {"a": [})"_ba}) {
        const auto value = CelJson::parse(text, reads);
        QVERIFY2(!value, text.constData());
        QVERIFY2(value.error().startsWith(u"JSON line 1, column "_s), qPrintable(value.error()));
    }
    // What is read is still checked as strictly as ever.
    QVERIFY(!CelJson::parse(R"({"keep": [1, 2,], "skip": 1})"_ba, reads));
    QVERIFY(!CelJson::parse(R"({"keep": 1, "keep": 2})"_ba, reads));
}

void tst_CelProjection::matchesKeysHoweverWritten()
{
    // Members are found whether their key is plain, escaped or not ASCII, in an arena or not.
    const QByteArray text = R"({"a\u0062": 1, "ké": 2, "longer_than_a_word": 3, "longer_than_a_wore": 4,
        "i\u0064x": 5, "plain": 6})"_ba;
    CelProjection reads;
    for (const QStringView name : {u"ab", u"ké", u"longer_than_a_word", u"plain"})
        reads.member(name).setWhole();
    CelArena arena;
    for (const bool inArena : {false, true}) {
        auto value = inArena ? CelJson::parse(text, reads, arena) : CelJson::parse(text, reads);
        QVERIFY2(value, qPrintable(value.error()));
        const CelMap &map = value->mapValue();
        QCOMPARE(map.size(), 4);
        QVERIFY(map.isPartial());
        QCOMPARE(*map.find(CelValue::fromString(u"ab"_s)), CelValue::fromInt(1));
        QCOMPARE(*map.findField(u"ké", CelMap::hashOf(u"ké")), CelValue::fromInt(2));
        QCOMPARE(*map.find(CelValue::fromString(u"longer_than_a_word"_s)), CelValue::fromInt(3));
        QCOMPARE(*map.findField(u"plain", CelMap::hashOf(u"plain")), CelValue::fromInt(6));
        QVERIFY(!map.contains(CelValue::fromString(u"longer_than_a_wore"_s)));
        QVERIFY(!map.contains(CelValue::fromString(u"idx"_s)));
    }
}

void tst_CelProjection::findsMembersByName()
{
    // Names that share a length and their first and last eight bytes, of every length around
    // the words compared, among enough members to grow the table several times: each is
    // found as itself and nothing else is.
    QStringList names {u""_s, u"a"_s, u"b"_s, u"id"_s, u"pii"_s, u"name"_s, u"nam"_s, u"naMe"_s};
    for (int length = 5; length <= 26; ++length) {
        QString name(length, u'x');
        names.append(name);
        name[length / 2] = u'y';
        names.append(name);
        name[0] = u'y';
        names.append(name);
        name[length - 1] = u'z';
        names.append(name);
    }
    names.append(u"abcdefgh_1_ijklmnop"_s);
    names.append(u"abcdefgh_2_ijklmnop"_s);
    names.removeDuplicates();
    CelProjection reads;
    for (const QString &name : std::as_const(names))
        reads.member(name).setSized();
    QCOMPARE(reads.memberCount(), names.size());
    for (const QString &name : std::as_const(names)) {
        const QByteArray utf8 = name.toUtf8();
        const qsizetype at = reads.indexOfMember(utf8);
        QVERIFY2(at >= 0, qPrintable(name));
        QCOMPARE(reads.memberKey(at).stringValue(), name);
        QCOMPARE(reads.findMember(QByteArrayView(utf8)), &reads.memberAt(at));
    }
    for (const QByteArrayView absent : {"c"_ba, "ids"_ba, "Name"_ba, "xxxxxxxxxxxxxxxxxxxxxxxxxxx"_ba,
                                        "abcdefgh_3_ijklmnop"_ba, "xxxxxxxxxyxxxxxxxxxx"_ba})
        QCOMPARE(reads.indexOfMember(absent), -1);
}

void tst_CelProjection::keysInAnyOrder()
{
    // Objects of one kind mostly list the same keys in the same order, and the reader expects
    // them so; each object still keeps exactly its projected members, whatever its order,
    // keys that begin like a projected one, escaped or long keys, or keys near the text's end.
    const QByteArray text = R"([{"name": 1, "pii": true, "description": "a"},
        {"name": 2, "pii": false, "description": "b"},
        {"pii": 3, "name": 4, "description": "c"},
        {"na": 5, "pii": 6},
        {"names": 7, "piiX": 8, "pii": 9},
        {"name": 10, "pii": 11},
        {"a_key_longer_than_twenty_four_bytes": 12, "name": 13},
        {"a_key_longer_than_twenty_four_bytes": 14, "name": 15},
        {"name": 16, "pii": 17, "description": "d"},
        {"pii": 18}, {"name": 19}])"_ba;
    const auto members = [](const CelValue &map) {
        QStringList found;
        for (const auto &[key, value] : map.mapValue().entries())
            found.append(key.stringValue() + u'=' + value.debugString());
        found.sort();
        return found.join(u' ');
    };
    const QStringList expected = {u"name=1 pii=true"_s, u"name=2 pii=false"_s, u"name=4 pii=3"_s, u"pii=6"_s,
                                  u"pii=9"_s, u"name=10 pii=11"_s,
                                  u"a_key_longer_than_twenty_four_bytes=12 name=13"_s,
                                  u"a_key_longer_than_twenty_four_bytes=14 name=15"_s,
                                  u"name=16 pii=17"_s, u"pii=18"_s, u"name=19"_s};
    CelProjection reads;
    CelProjection &element = reads.elements();
    element.member(u"pii").setWhole();
    for (int round = 0; round < 2; ++round) {
        // The second round adds members to the projection the reader has seen before.
        if (round == 1) {
            element.member(u"name").setWhole();
            element.member(u"a_key_longer_than_twenty_four_bytes").setWhole();
        }
        CelArena arena;
        for (const bool inArena : {false, true}) {
            auto value = inArena ? CelJson::parse(text, reads, arena) : CelJson::parse(text, reads);
            QVERIFY2(value, qPrintable(value.error()));
            const QList<CelValue> &items = value->listValue();
            QCOMPARE(items.size(), expected.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                QString want = expected.at(i);
                if (round == 0) {
                    QStringList kept = want.split(u' ');
                    kept.removeIf([](const QString &m) { return !m.startsWith(u"pii="_s); });
                    want = kept.join(u' ');
                }
                QCOMPARE(members(items.at(i)), want);
            }
        }
    }
}

void tst_CelProjection::keyOrderNeverLeaks()
{
    // What the reader remembers of one object's keys never decides another's: not after an
    // escaped key leaves a gap, nor after members were added to the projection, nor when a
    // nested object's projection takes the parent's place in the reader's memory (with 256
    // parents, some share it with their child).
    CelProjection reads;
    CelProjection &element = reads.elements();
    element.member(u"pii").setWhole();
    auto first = CelJson::parse(R"([{"name": 1, "pii": 2}])"_ba, reads);
    QVERIFY2(first, qPrintable(first.error()));
    element.member(u"name").setWhole();
    // (Text after each key, so that the reader may compare a remembered key's bytes there.)
    auto second = CelJson::parse(R"([{"n\\u0061me": 1, "x": 0}, {"name": 3, "pii": 4, "padding": "................"}])"_ba,
                                 reads);
    QVERIFY2(second, qPrintable(second.error()));
    const CelMap &later = second->listValue().at(1).mapValue();
    QCOMPARE(later.size(), 2);
    QCOMPARE(*later.find(CelValue::fromString(u"name"_s)), CelValue::fromInt(3));
    QCOMPARE(*later.find(CelValue::fromString(u"pii"_s)), CelValue::fromInt(4));

    const QByteArray text = R"([{"owner": {"id": "u", "name": "Ann"}, "name": "Orders"},
                                {"owner": {"id": "v", "name": "Bea"}, "name": "Returns"}])"_ba;
    std::vector<std::unique_ptr<CelProjection>> parents;
    for (int i = 0; i < 256; ++i) {
        auto parent = std::make_unique<CelProjection>();
        CelProjection &each = parent->elements();
        // Members the documents lack, a different number each time, place the child at
        // another distance from its parent.
        for (int other = 0; other < i % 37; ++other)
            each.member(u"other%1"_s.arg(other)).setWhole();
        each.member(u"owner").member(u"name").setWhole();
        each.member(u"name").setWhole();
        CelArena arena;
        auto value = CelJson::parse(text, *parent, arena);
        QVERIFY2(value, qPrintable(value.error()));
        for (qsizetype row = 0; row < 2; ++row) {
            const CelMap &product = value->listValue().at(row).mapValue();
            QCOMPARE(product.size(), 2);
            QCOMPARE(*product.find(CelValue::fromString(u"name"_s)),
                     CelValue::fromString(row == 0 ? u"Orders"_s : u"Returns"_s));
            const CelMap &owner = product.find(CelValue::fromString(u"owner"_s))->mapValue();
            QCOMPARE(*owner.find(CelValue::fromString(u"name"_s)),
                     CelValue::fromString(row == 0 ? u"Ann"_s : u"Bea"_s));
        }
        parents.push_back(std::move(parent));
    }
}

void tst_CelProjection::sameResultsAsWholeDocuments()
{
    // The bundled policies and some that read documents in every way the projection knows,
    // over the sample's products: the same outcomes and the same explanations as on whole
    // documents.
    auto sample = SampleCatalog::load(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(sample);
    QList<Policy> policies = sample->policies;
    QVERIFY(policies.size() >= 10);
    const QStringList rules = {
        u"product.outputPorts.all(p, p.schema.fields.all(f, has(f.description) && f.description.size() > 20))"_s,
        u"product.outputPorts.filter(p, p.type == 'table').all(q, q.location.startsWith('warehouse'))"_s,
        u"product.outputPorts.map(p, p.schema).all(s, size(s.fields) < 5)"_s,
        u"product.customProperties.all(k, k.size() < 8)"_s,
        u"product.outputPorts[0].name.endsWith('_table') && product['tags'][0] != 'core'"_s,
        u"product.outputPorts.exists_one(p, p.schema.fields.exists(f, f.pii && p.type == 'topic'))"_s,
        u"has(product.sunsetDate) || product.outputPorts.all(p, has(p.schema.version))"_s,
        u"upstream.all(u, u.outputPorts.all(p, p.schema.fields.size() < 6))"_s,
        u"product.?description.?purpose.orValue('') != '' && product.description.usage.size() > 40"_s,
        u"size(product.customProperties) > 1 && product.outputPorts.all(p, size(p.schema.fields) > 7)"_s,
        u"size(product.slos) > 1 || size(product.support) == 0"_s,
    };
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Policy p;
        p.id = u"extra-%1"_s.arg(i);
        p.rule = rules.at(i);
        policies.append(p);
    }
    std::vector<CompiledPolicy> compiled;
    CelProjection reads;
    CelProjection upstreamReads;
    for (const Policy &p : std::as_const(policies)) {
        compiled.emplace_back(p);
        QVERIFY2(compiled.back().compileError().isEmpty(), qPrintable(compiled.back().compileError()));
        compiled.back().addReads(reads, upstreamReads);
    }
    QVERIFY(!upstreamReads.isWhole());
    QVERIFY(upstreamReads.findElements());
    reads.merge(*upstreamReads.findElements());
    QVERIFY(!reads.isWhole());

    QHash<QString, QByteArray> texts;
    for (const DataProduct &product : std::as_const(sample->products))
        texts.insert(product.id, CatalogJson::productToJson(product));
    // Partial documents on the heap and in arenas (as PolicyChecker reads them), from JSON
    // and from packed documents (as it reads a catalog's).
    enum class Read { Whole, Partial, InArena, Packed };
    std::deque<CelArena> arenas;
    const auto variables = [&](const DataProduct &product, Read read) {
        const auto parse = [&](const QByteArray &text) {
            switch (read) {
            case Read::Whole:
                return CelJson::parse(text).value();
            case Read::Partial:
                return CelJson::parse(text, reads).value();
            case Read::InArena:
                break;
            case Read::Packed:
                return CelPacked::read(CelPacked::fromJson(text).value(), reads, arenas.emplace_back(256),
                                       CelJson::Text::Kept).value();
            }
            return CelJson::parse(text, reads, arenas.emplace_back(256)).value();
        };
        std::array<CelValue, CompiledPolicy::VariableCount> v;
        v[CompiledPolicy::Product] = parse(texts.value(product.id));
        QList<CelValue> upstream;
        for (const InputPort &input : product.inputPorts) {
            if (texts.contains(input.productId))
                upstream.append(parse(texts.value(input.productId)));
        }
        v[CompiledPolicy::Upstream] = CelValue::fromList(upstream);
        v[CompiledPolicy::Domain] = CelJson::parse("{}"_ba).value();
        v[CompiledPolicy::Now] = PolicyVariables::now(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        return v;
    };
    int failures = 0;
    int partialFailures = 0;
    for (const DataProduct &product : std::as_const(sample->products)) {
        const auto whole = variables(product, Read::Whole);
        const auto partial = variables(product, Read::Partial);
        const auto inArena = variables(product, Read::InArena);
        const auto packed = variables(product, Read::Packed);
        QVERIFY(partial[CompiledPolicy::Product].mapValue().isPartial());
        QVERIFY(inArena[CompiledPolicy::Product].mapValue().isPartial());
        QVERIFY(!inArena[CompiledPolicy::Product].isOwned());
        for (const CompiledPolicy &policy : compiled) {
            const PolicyResult expected = policy.evaluate(whole, product.id, QDate(2026, 6, 1));
            const PolicyResult actual = policy.evaluate(partial, product.id, QDate(2026, 6, 1));
            QCOMPARE(toString(actual.outcome), toString(expected.outcome));
            QCOMPARE(actual.detail(), expected.detail());
            const PolicyResult fromArena = policy.evaluate(inArena, product.id, QDate(2026, 6, 1));
            QCOMPARE(toString(fromArena.outcome), toString(expected.outcome));
            QCOMPARE(fromArena.detail(), expected.detail());
            const PolicyResult fromPacked = policy.evaluate(packed, product.id, QDate(2026, 6, 1));
            QCOMPARE(toString(fromPacked.outcome), toString(expected.outcome));
            QCOMPARE(fromPacked.detail(), expected.detail());
            failures += expected.outcome == PolicyOutcome::Fail;
            partialFailures += expected.outcome == PolicyOutcome::Fail
                && policy.policy().id.startsWith(u"extra-"_s);
        }
    }
    // Enough failures (with explanations showing partial maps) for the comparison to mean
    // something.
    QVERIFY(failures > 20);
    QVERIFY(partialFailures > 10);
}

QTEST_GUILESS_MAIN(tst_CelProjection)
#include "tst_celprojection.moc"
