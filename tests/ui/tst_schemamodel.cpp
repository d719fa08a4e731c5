#include "models/piistyle.h"
#include "models/schemamodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SchemaModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void portsAndFields();
    void piiHighlight_data();
    void piiHighlight();
    void clear();

private:
    QTemporaryDir m_dir;
    DataProduct m_orders;
};

void tst_SchemaModel::initTestCase()
{
    TestSupport::enterTestMode();
    QVERIFY(m_dir.isValid());
    std::unique_ptr<Catalog> catalog = TestSupport::openOrFail(TestSupport::installSample(m_dir));
    QVERIFY(catalog);
    const Result<std::optional<DataProduct>> orders = catalog->product(u"orders.orders"_s);
    QVERIFY(orders && orders->has_value());
    m_orders = **orders;
}

void tst_SchemaModel::init()
{
    TestSupport::failOnUnexpectedWarnings();
}

void tst_SchemaModel::portsAndFields()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPorts(m_orders.outputPorts);

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex table = model.index(0, SchemaModel::NameColumn);
    QCOMPARE(table.data().toString(), u"orders_table"_s);
    QVERIFY(table.data(SchemaModel::IsPortRole).toBool());
    QCOMPARE(table.siblingAtColumn(SchemaModel::TypeColumn).data().toString(),
             displayName(PortType::Table));
    QCOMPARE(table.siblingAtColumn(SchemaModel::DescriptionColumn).data().toString(),
             m_orders.outputPorts.at(0).location);
    QCOMPARE(model.rowCount(table), int(m_orders.outputPorts.at(0).fields.size()));

    const QModelIndex first = model.index(0, SchemaModel::NameColumn, table);
    QCOMPARE(first.data().toString(), u"order_id"_s);
    QCOMPARE(first.parent(), table);
    QCOMPARE(first.siblingAtColumn(SchemaModel::TypeColumn).data().toString(), u"string"_s);
    QCOMPARE(first.siblingAtColumn(SchemaModel::NullableColumn).data().toString(), u"No"_s);
    QCOMPARE(first.data(SchemaModel::PortNameRole).toString(), u"orders_table"_s);
    QCOMPARE(model.fieldCount(), 23);
    QCOMPARE(model.piiFieldCount(), 1);
}

void tst_SchemaModel::piiHighlight_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("pii");
    QTest::newRow("e-mail") << u"customer_email"_s << true;
    QTest::newRow("order id") << u"order_id"_s << false;
    QTest::newRow("customer id") << u"customer_id"_s << false;
}

void tst_SchemaModel::piiHighlight()
{
    QFETCH(QString, field);
    QFETCH(bool, pii);

    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPorts(m_orders.outputPorts);
    const QModelIndex table = model.index(0, 0);
    QModelIndex found;
    for (int row = 0; row < model.rowCount(table); ++row) {
        if (model.index(row, 0, table).data().toString() == field)
            found = model.index(row, 0, table);
    }
    QVERIFY(found.isValid());
    QCOMPARE(found.data(SchemaModel::IsPiiRole).toBool(), pii);
    for (int column = 0; column < SchemaModel::ColumnCount; ++column) {
        const QModelIndex cell = found.siblingAtColumn(column);
        if (pii) {
            // The whole row carries the PII colours.
            QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>(), PiiStyle::background());
            QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>(), PiiStyle::foreground());
        } else {
            QVERIFY(cell.data(Qt::BackgroundRole).isNull());
        }
    }
    QCOMPARE(found.siblingAtColumn(SchemaModel::PiiColumn).data().toString(),
             pii ? u"PII"_s : QString());
    QVERIFY(!found.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void tst_SchemaModel::clear()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPorts(m_orders.outputPorts);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.fieldCount(), 0);
}

QTEST_MAIN(tst_SchemaModel)
#include "tst_schemamodel.moc"
