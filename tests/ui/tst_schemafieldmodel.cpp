#include "models/piistyle.h"
#include "models/schemafieldmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Gui;

class tst_SchemaFieldModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::enterTestMode(); }
    void init() { TestSupport::failOnUnexpectedWarnings(); }
    void editing();
    void piiCheckBox();
    void moving();
};

void tst_SchemaFieldModel::editing()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &SchemaFieldModel::fieldsEdited);
    QCOMPARE(model.addField(), 0);
    QCOMPARE(model.addField(), 1);
    QCOMPARE(model.fields().at(1).name, u"field2"_s);
    QCOMPARE(model.fields().at(0).type, u"string"_s);
    QVERIFY(model.setData(model.index(0, SchemaFieldModel::NameColumn), u"order_id"_s));
    QVERIFY(model.setData(model.index(0, SchemaFieldModel::TypeColumn), u"decimal(12,2)"_s));
    QVERIFY(model.setData(model.index(0, SchemaFieldModel::DescriptionColumn), u"Id"_s));
    QCOMPARE(model.fields().at(0),
             (SchemaField {u"order_id"_s, u"decimal(12,2)"_s, u"Id"_s, true, false}));
    QCOMPARE(edited.count(), 5);
    // Check boxes are not edited as text.
    QVERIFY(!model.setData(model.index(0, SchemaFieldModel::PiiColumn), u"yes"_s));
    model.removeField(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(edited.count(), 6);
}

void tst_SchemaFieldModel::piiCheckBox()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields({{u"email"_s, u"string"_s, {}, true, false}});
    const QModelIndex pii = model.index(0, SchemaFieldModel::PiiColumn);
    QVERIFY(model.flags(pii) & Qt::ItemIsUserCheckable);
    QCOMPARE(pii.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isNull());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(pii, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.fields().at(0).pii);
    // The whole row changes colour.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), SchemaFieldModel::ColumnCount - 1);
    QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>(), PiiStyle::background());

    QVERIFY(model.setData(model.index(0, SchemaFieldModel::NullableColumn), Qt::Unchecked,
                          Qt::CheckStateRole));
    QVERIFY(!model.fields().at(0).nullable);
}

void tst_SchemaFieldModel::moving()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields({{u"a"_s, {}, {}, true, false},
                     {u"b"_s, {}, {}, true, false},
                     {u"c"_s, {}, {}, true, false}});
    auto names = [&model] {
        QStringList result;
        for (const SchemaField &field : model.fields())
            result.append(field.name);
        return result;
    };
    model.moveField(0, 2);
    QCOMPARE(names(), (QStringList {u"b"_s, u"c"_s, u"a"_s}));
    model.moveField(2, 0);
    QCOMPARE(names(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    model.moveField(1, 1);
    model.moveField(0, 7);
    QCOMPARE(names(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
}

QTEST_MAIN(tst_SchemaFieldModel)
#include "tst_schemafieldmodel.moc"
