#include "testproducts.h"

#include "governance/policyio.h"
#include "interop/catalogjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_PolicyIo : public QObject
{
    Q_OBJECT

private slots:
    void yamlPolicy();
    void roundTrip_data();
    void roundTrip();
    void bundles();
    void errorsNamePlace_data();
    void errorsNamePlace();
    void directory();
    void catalogFileCarriesPolicies();

private:
    static Policy fullPolicy();
};

Policy tst_PolicyIo::fullPolicy()
{
    Policy p;
    p.id = u"owner-present"_s;
    p.title = u"Owner present"_s;
    p.description = u"Someone answers for every product.\nEven drafts."_s;
    p.scope = u"orders"_s;
    p.severity = Policy::Severity::Warning;
    p.when = u"product.status != \"retired\""_s;
    p.rule = u"product.owner != \"\""_s;
    p.message = u"Name the owner team."_s;
    p.owner = u"governance-guild"_s;
    p.version = 4;
    p.enabled = false;
    p.exemptions.append({u"orders.orders"_s, u"true"_s, u"ana.lima"_s, QDate(2030, 1, 31)});
    p.exemptions.append({u"orders.carts"_s, u"legacy"_s, {}, {}});
    p.tests.append({u"no owner"_s, R"({"domain":"orders","name":"x","owner":""})", {}, {}, PolicyOutcome::Fail});
    p.tests.append({u"upstream"_s, R"({"domain":"orders","name":"y","owner":"t"})",
                    R"({"ancestors":[],"id":"orders"})", R"([{"domain":"a","name":"b"}])", PolicyOutcome::Pass});
    return p;
}

void tst_PolicyIo::yamlPolicy()
{
    const QByteArray yaml = R"(# a policy as people write it
id: slo-defined
title: At least one SLO
severity: warning
when: product.status in ["published", "proposed"]
rule: |
  size(product.slos) > 0
message: Declare at least one service-level objective.
version: 2
enabled: yes-not-a-bool-but-a-string
)";
    auto bad = PolicyIo::parse(yaml, u"slo.yaml"_s, PolicyIo::Format::Yaml);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(u"slo.yaml:10:10: /enabled: "_s), qPrintable(bad.error()));

    QByteArray good = yaml;
    good.replace("yes-not-a-bool-but-a-string", "true");
    good += "exemptions:\n  - product: marketing.campaigns\n    reason: \"SLOs agreed in Q3\"\n    expires: 2031-06-30\n"
            "tests:\n  - name: none\n    product: {domain: m, name: c, status: published, slos: []}\n    expect: fail\n";
    auto parsed = PolicyIo::parse(good, u"slo.yaml"_s, PolicyIo::Format::Yaml);
    TESSERA_VERIFY_OK(parsed);
    QCOMPARE(parsed->size(), 1);
    const Policy &p = parsed->first();
    QCOMPARE(p.id, u"slo-defined"_s);
    QCOMPARE(p.severity, Policy::Severity::Warning);
    QCOMPARE(p.rule, u"size(product.slos) > 0"_s);
    QCOMPARE(p.scope, u"global"_s);
    QCOMPARE(p.version, 2);
    QVERIFY(p.enabled);
    QCOMPARE(p.exemptions.size(), 1);
    QCOMPARE(p.exemptions.first().expires, QDate(2031, 6, 30));
    QCOMPARE(p.tests.size(), 1);
    QCOMPARE(toString(p.tests.first().expect), u"fail"_s);
    QVERIFY(p.tests.first().product.contains("\"slos\":[]"));
}

void tst_PolicyIo::roundTrip_data()
{
    QTest::addColumn<PolicyIo::Format>("format");
    QTest::newRow("json") << PolicyIo::Format::Json;
    QTest::newRow("yaml") << PolicyIo::Format::Yaml;
}

void tst_PolicyIo::roundTrip()
{
    QFETCH(PolicyIo::Format, format);
    Policy second = fullPolicy();
    second.id = u"second"_s;
    second.rule = u"true"_s;
    second.title = u"123"_s; // must stay a string
    second.exemptions.clear();
    second.tests.clear();
    for (const QList<Policy> &policies : {QList<Policy>{fullPolicy()}, QList<Policy>{fullPolicy(), second}}) {
        const QByteArray bytes = PolicyIo::serialize(policies, format);
        auto back = PolicyIo::parse(bytes, u"mem"_s, format);
        TESSERA_VERIFY_OK(back);
        QCOMPARE(back->size(), policies.size());
        for (qsizetype i = 0; i < policies.size(); ++i) {
            const Policy &a = back->at(i);
            const Policy &b = policies.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.exemptions, b.exemptions);
            QCOMPARE(a.tests.size(), b.tests.size());
            for (qsizetype t = 0; t < a.tests.size(); ++t) {
                QCOMPARE(PolicyIo::toJson(a), PolicyIo::toJson(b));
            }
            QCOMPARE(a, b);
        }
    }
}

void tst_PolicyIo::bundles()
{
    const QByteArray json = R"({"format": "tessera-policies", "policies": [
        {"id": "a", "rule": "true"}, {"id": "b", "rule": "false", "severity": "info"}]})";
    auto bundle = PolicyIo::parse(json, u"b.json"_s, PolicyIo::Format::Json);
    TESSERA_VERIFY_OK(bundle);
    QCOMPARE(bundle->size(), 2);
    QCOMPARE(bundle->at(0).title, u"a"_s); // defaults to the id
    QCOMPARE(bundle->at(1).severity, Policy::Severity::Info);
    auto array = PolicyIo::parse(R"([{"id": "a", "rule": "true"}])", u"a.json"_s, PolicyIo::Format::Json);
    TESSERA_VERIFY_OK(array);
    QCOMPARE(array->size(), 1);
    auto stream = PolicyIo::parse("id: a\nrule: 'true'\n---\nid: b\nrule: 'false'\n---\n", u"s.yaml"_s,
                                  PolicyIo::Format::Yaml);
    TESSERA_VERIFY_OK(stream);
    QCOMPARE(stream->size(), 2);
    QCOMPARE(stream->at(1).rule, u"false"_s);
    // a legacy (schema 2) document: status instead of enabled
    auto legacy = PolicyIo::fromJson(R"({"id":"p","rule":"true","status":"disabled"})", u"old"_s);
    TESSERA_VERIFY_OK(legacy);
    QVERIFY(!legacy->enabled);
}

void tst_PolicyIo::errorsNamePlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PolicyIo::Format>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yaml syntax") << QByteArray("id: a\nrule: [true\n") << PolicyIo::Format::Yaml
                                 << u"p.yaml:3:1: not valid YAML"_s;
    QTest::newRow("yaml severity") << QByteArray("id: a\nrule: 'true'\nseverity: fatal\n")
                                   << PolicyIo::Format::Yaml << u"p.yaml:3:11: /severity: \"fatal\" is not one of error, warning, info"_s;
    QTest::newRow("yaml missing rule") << QByteArray("id: a\ntitle: A\n") << PolicyIo::Format::Yaml
                                       << u"p.yaml:1:1: /rule: the required value \"rule\" is missing"_s;
    QTest::newRow("yaml typo") << QByteArray("id: a\nrule: 'true'\nseverty: error\n")
                               << PolicyIo::Format::Yaml << u"p.yaml:3:10: /severty: unknown key"_s;
    QTest::newRow("yaml expiry") << QByteArray("id: a\nrule: 'true'\nexemptions:\n  - product: x\n    reason: r\n    expires: soon\n")
                                 << PolicyIo::Format::Yaml << u"p.yaml:6:14: /exemptions/0/expires: \"soon\" is not an ISO 8601 date"_s;
    QTest::newRow("yaml expect") << QByteArray("id: a\nrule: 'true'\ntests:\n  - product: {}\n    expect: exempt\n")
                                 << PolicyIo::Format::Yaml << u"p.yaml:5:13: /tests/0/expect"_s;
    QTest::newRow("json syntax") << QByteArray("{\"id\": \"a\",\n \"rule\": }") << PolicyIo::Format::Json
                                 << u"p.yaml:2:10: not valid JSON"_s;
    QTest::newRow("json id") << QByteArray(R"({"id": "Not a slug", "rule": "true"})") << PolicyIo::Format::Json
                             << u"p.yaml: /id: \"Not a slug\" is not a valid id"_s;
}

void tst_PolicyIo::errorsNamePlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(PolicyIo::Format, format);
    QFETCH(QString, expected);
    auto result = PolicyIo::parse(bytes, u"p.yaml"_s, format);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
}

void tst_PolicyIo::directory()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"b.yml"_s, "id: b\nrule: 'true'\n");
    write(u"a.json"_s, R"({"id": "a", "rule": "true"})");
    write(u"c.yaml"_s, "id: c\nrule: 'true'\n");
    write(u"notes.txt"_s, "ignored");
    auto all = PolicyIo::readDirectory(dir.path());
    TESSERA_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, u"a"_s);
    QCOMPARE(all->at(2).id, u"c"_s);
    write(u"d.yaml"_s, "id: a\nrule: 'false'\n");
    auto twice = PolicyIo::readDirectory(dir.path());
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(u"already defined"_s), qPrintable(twice.error()));
    QVERIFY(!PolicyIo::readDirectory(dir.filePath(u"missing"_s)).ok());
}

void tst_PolicyIo::catalogFileCarriesPolicies()
{
    CatalogDocument document;
    document.domains.append(TestProducts::domain(u"orders"_s));
    document.policies.append(fullPolicy());
    const QByteArray bytes = CatalogJson::serialize(document);
    auto back = CatalogJson::parse(bytes, u"c.json"_s);
    TESSERA_VERIFY_OK(back);
    QCOMPARE(back->policies, document.policies);
    // invalid policy content is reported at its place in the catalog file
    QByteArray broken = bytes;
    broken.replace("\"severity\":\"warning\"", "\"severity\":\"loud\"");
    auto invalid = CatalogJson::parse(broken, u"c.json"_s);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().contains(u"c.json: /policies/0/severity"_s), qPrintable(invalid.error()));
}

QTEST_GUILESS_MAIN(tst_PolicyIo)
#include "tst_policyio.moc"
