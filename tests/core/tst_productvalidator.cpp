#include "model/productvalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;

class tst_ProductValidator : public QObject
{
    Q_OBJECT

private slots:
    void semanticVersion_data();
    void semanticVersion();
    void problems_data();
    void problems();
};

void tst_ProductValidator::semanticVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"1.2.3"_s << true;
    QTest::newRow("prerelease") << u"2.0.0-rc.1"_s << true;
    QTest::newRow("build") << u"1.0.0+20261124"_s << true;
    QTest::newRow("two parts") << u"1.2"_s << false;
    QTest::newRow("leading zero") << u"01.2.3"_s << false;
    QTest::newRow("v prefix") << u"v1.2.3"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_ProductValidator::semanticVersion()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ProductValidator::isSemanticVersion(text), valid);
}

void tst_ProductValidator::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << u"none"_s << QString();
    QTest::newRow("empty title") << u"title"_s << u"title"_s;
    QTest::newRow("upper-case name") << u"name"_s << u"name"_s;
    QTest::newRow("deprecated without sunset") << u"deprecated"_s << u"sunsetDate"_s;
    QTest::newRow("duplicate field") << u"field"_s << u"outputPorts/0/schema/fields/1/name"_s;
    QTest::newRow("consumes itself") << u"self"_s << u"inputPorts/0/product"_s;
}

void tst_ProductValidator::problems()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    DataProduct p;
    p.domainId = u"orders"_s;
    p.name = u"orders"_s;
    p.id = u"orders.orders"_s;
    p.title = u"Orders"_s;
    p.version = u"1.0.0"_s;
    p.outputPorts.append({u"orders_table"_s, PortType::Table, {}, {}, {}, {{u"id"_s, u"string"_s, {}, false, false}}});
    if (change == "title"_L1)
        p.title = u"  "_s;
    else if (change == "name"_L1)
        p.name = u"Orders"_s, p.id = u"orders.Orders"_s;
    else if (change == "deprecated"_L1)
        p.status = LifecycleStatus::Deprecated;
    else if (change == "field"_L1)
        p.outputPorts[0].fields.append(p.outputPorts[0].fields.first());
    else if (change == "self"_L1)
        p.inputPorts.append({u"orders.orders"_s, {}});

    const auto problems = ProductValidator::validate(p);
    if (field.isEmpty()) {
        QVERIFY(problems.isEmpty());
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_ProductValidator)
#include "tst_productvalidator.moc"
