#include "models/outputportmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_OutputPortModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void readOnly();
    void editing();
};

void tst_OutputPortModel::readOnly()
{
    OutputPortModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OutputPort port;
    port.name = u"orders_table"_s;
    port.type = PortType::Topic;
    port.location = u"kafka://orders"_s;
    port.contractId = u"urn:odcs:orders"_s;
    port.fields = {SchemaField {}, SchemaField {}};
    model.setPorts({port});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OutputPortModel::NameColumn).data().toString(), u"orders_table"_s);
    QCOMPARE(model.index(0, OutputPortModel::TypeColumn).data().toString(),
             displayName(PortType::Topic));
    QCOMPARE(model.index(0, OutputPortModel::TypeColumn).data(Qt::EditRole).toString(), u"topic"_s);
    QCOMPARE(model.index(0, OutputPortModel::LocationColumn).data().toString(),
             u"kafka://orders"_s);
    QCOMPARE(model.index(0, OutputPortModel::FieldsColumn).data(Qt::EditRole).toInt(), 2);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), u"x"_s));
}

void tst_OutputPortModel::editing()
{
    OutputPortModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    QCOMPARE(model.addPort(), 0);
    QCOMPARE(model.addPort(), 1);
    QCOMPARE(model.port(0).name, u"port"_s);
    QCOMPARE(model.port(1).name, u"port2"_s); // new names never collide

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, OutputPortModel::NameColumn), u"  orders_table "_s));
    QCOMPARE(model.port(0).name, u"orders_table"_s);
    QVERIFY(model.setData(model.index(0, OutputPortModel::TypeColumn), u"view"_s));
    QVERIFY(model.port(0).type == PortType::View);
    QVERIFY(!model.setData(model.index(0, OutputPortModel::TypeColumn), u"spreadsheet"_s));
    QVERIFY(!(model.flags(model.index(0, OutputPortModel::FieldsColumn)) & Qt::ItemIsEditable));
    QCOMPARE(changed.count(), 2);

    model.setFields(1, {SchemaField {u"id"_s, u"string"_s, {}, false, false}});
    QCOMPARE(model.ports().at(1).fields.size(), 1);
    model.removePort(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.port(0).name, u"port2"_s);
}

QTEST_MAIN(tst_OutputPortModel)
#include "tst_outputportmodel.moc"
