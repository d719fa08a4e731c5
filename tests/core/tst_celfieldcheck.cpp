#include "authoring/celfieldcheck.h"
#include "governance/compiledpolicy.h"
#include "policy/celprogram.h"
#include "storage/samplecatalog.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_CelFieldCheck : public QObject
{
    Q_OBJECT

private slots:
    void unknownFields_data();
    void unknownFields();
    void samplePoliciesAreClean();

private:
    static QList<CelSourceError> check(const QString &source);
};

QList<CelSourceError> tst_CelFieldCheck::check(const QString &source)
{
    const CelEnvironment &env = CompiledPolicy::environment();
    auto program = CelProgram::compile(source, env);
    if (!program) {
        qWarning("%s", qPrintable(program.error()));
        return {};
    }
    return CelFieldCheck::unknownFields(program->ast(), DocumentSchema::product(),
                                        env.indexOf(u"product"_s), env.indexOf(u"upstream"_s));
}

void tst_CelFieldCheck::unknownFields_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QList<qsizetype>>("offsets");
    QTest::newRow("known field") << u"product.owner != ''"_s << QStringList() << QList<qsizetype>();
    QTest::newRow("typo") << u"product.owne == 1"_s
                          << QStringList{u"product documents have no field \"owne\""_s}
                          << QList<qsizetype>{8};
    QTest::newRow("in has()") << u"has(product.sunset)"_s
                              << QStringList{u"product documents have no field \"sunset\""_s}
                              << QList<qsizetype>{12};
    QTest::newRow("through macros")
        << u"product.outputPorts.all(p, p.schema.fields.all(f, f.pi))"_s
        << QStringList{u"\"outputPorts[].schema.fields[]\" of product documents has no field \"pi\""_s}
        << QList<qsizetype>{52};
    QTest::newRow("upstream documents") << u"upstream.all(u, u.stauts != 'retired')"_s
                                        << QStringList{u"product documents have no field \"stauts\""_s}
                                        << QList<qsizetype>{18};
    QTest::newRow("literal index") << u"product.outputPorts[0].nme == 'x'"_s
                                   << QStringList{u"\"outputPorts[]\" of product documents has no field \"nme\""_s}
                                   << QList<qsizetype>{23};
    QTest::newRow("open objects are not checked")
        << u"product.customProperties.anything == 'x'"_s << QStringList() << QList<qsizetype>();
    QTest::newRow("other variables are not checked")
        << u"domain.whatever == 'x' && [1].all(x, x > 0)"_s << QStringList() << QList<qsizetype>();
}

void tst_CelFieldCheck::unknownFields()
{
    QFETCH(QString, source);
    QFETCH(QStringList, reasons);
    QFETCH(QList<qsizetype>, offsets);
    const QList<CelSourceError> found = check(source);
    QStringList actual;
    QList<qsizetype> at;
    for (const CelSourceError &e : found) {
        actual += e.reason;
        at += e.offset;
    }
    QCOMPARE(actual, reasons);
    QCOMPARE(at, offsets);
}

void tst_CelFieldCheck::samplePoliciesAreClean()
{
    // The federation's policies read only fields that exist: no false alarms.
    auto sample = SampleCatalog::load();
    QVERIFY(sample);
    QVERIFY(sample->policies.size() >= 10);
    for (const Policy &policy : std::as_const(sample->policies)) {
        for (const QString &source : {policy.when, policy.rule}) {
            if (source.isEmpty())
                continue;
            const QList<CelSourceError> found = check(source);
            QVERIFY2(found.isEmpty(), qPrintable(policy.id + u": "_s + found.value(0).reason));
        }
    }
}

QTEST_GUILESS_MAIN(tst_CelFieldCheck)
#include "tst_celfieldcheck.moc"
