#include "models/slomodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SloModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void parseValue_data();
    void parseValue();
    void readOnly();
    void editing();
};

void tst_SloModel::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("integer") << u" 4 "_s << QVariant(qint64(4));
    QTest::newRow("negative") << u"-12"_s << QVariant(qint64(-12));
    QTest::newRow("decimal") << u"99.9"_s << QVariant(99.9);
    QTest::newRow("exponent") << u"1e3"_s << QVariant(1000.0);
    QTest::newRow("text") << u"09:00-08:00"_s << QVariant(u"09:00-08:00"_s);
    QTest::newRow("empty") << u"  "_s << QVariant();
}

void tst_SloModel::parseValue()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const QVariant value = SloModel::parseValue(text);
    QCOMPARE(value.typeId(), expected.typeId());
    QCOMPARE(value, expected);
}

void tst_SloModel::readOnly()
{
    SloModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceLevelObjective latency;
    latency.id = u"freshness"_s;
    latency.property = u"latency"_s;
    latency.value = qint64(4);
    latency.unit = u"h"_s;
    latency.element = u"orders.order_ts"_s;
    latency.driver = u"operational"_s;
    latency.description = u"At most 4 hours old"_s;
    model.setObjectives({latency});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SloModel::PropertyColumn).data().toString(), u"latency"_s);
    QCOMPARE(model.index(0, SloModel::ObjectiveColumn).data().toString(), u"4 h"_s);
    QCOMPARE(model.index(0, SloModel::ElementColumn).data().toString(), u"orders.order_ts"_s);
    QCOMPARE(model.index(0, SloModel::DriverColumn).data().toString(), u"operational"_s);
    QCOMPARE(model.index(0, SloModel::IdColumn).data().toString(), u"freshness"_s);
    QCOMPARE(model.index(0, SloModel::ElementColumn).data(Qt::ToolTipRole).toString(),
             u"At most 4 hours old"_s);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), u"x"_s));
    QVERIFY(!model.insertRows(0, 1));
    QCOMPARE(model.objectives().constFirst(), latency);
}

void tst_SloModel::editing()
{
    SloModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    ServiceLevelObjective kept;
    kept.property = u"retention"_s;
    kept.value = qint64(7);
    kept.scheduler = u"cron"_s;
    kept.schedule = u"0 6 * * *"_s;
    model.setObjectives({kept});
    QVERIFY(model.insertRows(1, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!(model.flags(model.index(1, SloModel::ObjectiveColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(1, SloModel::ValueColumn)) & Qt::ItemIsEditable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, SloModel::PropertyColumn), u" availability "_s));
    QVERIFY(model.setData(model.index(1, SloModel::ValueColumn), u"99.9"_s));
    QVERIFY(model.setData(model.index(1, SloModel::UnitColumn), u"%"_s));
    QCOMPARE(changed.count(), 3);
    const ServiceLevelObjective added = model.objectives().at(1);
    QCOMPARE(added.property, u"availability"_s);
    QCOMPARE(added.value.typeId(), int(QMetaType::Double));
    QCOMPARE(added.value.toDouble(), 99.9);
    QVERIFY(model.setData(model.index(1, SloModel::ValueColumn), u"09:00-17:00"_s));
    QCOMPARE(model.objectives().at(1).value, QVariant(u"09:00-17:00"_s));

    // Rewriting the shown value keeps its type; columns the table lacks survive edits.
    QVERIFY(model.setData(model.index(0, SloModel::ValueColumn),
                          model.index(0, SloModel::ValueColumn).data(Qt::EditRole)));
    QCOMPARE(model.objectives().at(0), kept);

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.objectives().constFirst().property, u"availability"_s);
    QVERIFY(!model.removeRows(1, 1));
}

QTEST_MAIN(tst_SloModel)
#include "tst_slomodel.moc"
